import { isDeepStrictEqual } from 'node:util';
import { GebruikersFout } from '../../shared/api/fout';
import type { RegioBestand } from '../../shared/regio/schema';
import type { ProjectDb } from '../store/db';
import { leesRegio, vervangRegio } from '../store/regio-repository';

const MAX_ONGEDAAN = 100;

/** One edit of a regio: the regio before and after it. */
interface Stap {
  voor: RegioBestand;
  na: RegioBestand;
}

/**
 * Undo and redo per regio, for this session. A step is taken only while the regio is exactly as
 * this session's edit left it: if anything else changed it since (another program, another window),
 * the step is refused instead of overwriting that change.
 */
export class RegioGeschiedenis {
  private readonly perRegio = new Map<number, { ongedaan: Stap[]; opnieuw: Stap[] }>();

  private historie(regioId: number) {
    let h = this.perRegio.get(regioId);
    if (!h) this.perRegio.set(regioId, (h = { ongedaan: [], opnieuw: [] }));
    return h;
  }

  kan(regioId: number): { kanOngedaanMaken: boolean; kanOpnieuwDoen: boolean } {
    const h = this.historie(regioId);
    return { kanOngedaanMaken: h.ongedaan.length > 0, kanOpnieuwDoen: h.opnieuw.length > 0 };
  }

  /** Runs one change of a regio as one undo step; returns the regio as stored afterwards. */
  wijzig(db: ProjectDb, regioId: number, wijzig: (db: ProjectDb) => unknown): RegioBestand {
    const stap = db
      .transaction((): Stap => {
        const voor = leesRegio(db, regioId);
        wijzig(db);
        return { voor, na: leesRegio(db, regioId) };
      })
      .immediate();
    const h = this.historie(regioId);
    h.ongedaan.push(stap);
    if (h.ongedaan.length > MAX_ONGEDAAN) h.ongedaan.shift();
    h.opnieuw = [];
    return stap.na;
  }

  /** Steps back (or forward again) one edit, checked and stored in one transaction. */
  stap(db: ProjectDb, regioId: number, van: 'ongedaan' | 'opnieuw'): RegioBestand {
    const h = this.historie(regioId);
    const stap = h[van].at(-1);
    if (!stap) throw new GebruikersFout(van === 'ongedaan' ? 'Er is niets om ongedaan te maken.' : 'Er is niets om opnieuw te doen.');
    const [verwacht, doel] = van === 'ongedaan' ? [stap.na, stap.voor] : [stap.voor, stap.na];
    db.transaction(() => {
      if (!isDeepStrictEqual(leesRegio(db, regioId), verwacht)) {
        this.perRegio.delete(regioId);
        const wat = van === 'ongedaan' ? 'Ongedaan maken' : 'Opnieuw doen';
        throw new GebruikersFout(`${wat} kan niet: de regio ${verwacht.regio.naam} is intussen ook ergens anders gewijzigd. Die wijziging blijft staan; bekijk de regio en pas zo nodig zelf aan.`);
      }
      vervangRegio(db, regioId, doel);
    }).immediate();
    h[van].pop();
    h[van === 'ongedaan' ? 'opnieuw' : 'ongedaan'].push(stap);
    return doel;
  }

  vergeet(regioId: number): void {
    this.perRegio.delete(regioId);
  }
}
