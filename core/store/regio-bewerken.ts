import { GebruikersFout } from '../../shared/api/fout';
import { PROFESSIONAL_IDS } from '../../shared/engine';
import { valideerConcept, type Gemeente, type RegioBestand, type School, type Swv, type Zorgverzekeraar } from '../../shared/regio/schema';
import type { Wijziging } from '../../shared/regio/wijziging';
import type { ProjectDb } from './db';
import { leesRegio } from './regio-repository';

/** A table whose rows are edited one at a time, addressed by a key column. */
interface RijTabel<T> {
  tabel: string;
  sleutel: string;
  /** Dutch name of one row, for messages ("gemeente", "school"). */
  wat: string;
  kolommen: Array<[kolom: string, waarde: (rij: T) => unknown]>;
  sleutelVan: (rij: T) => string;
}

const bool = (b: boolean) => (b ? 1 : 0);

const GEMEENTE: RijTabel<Gemeente> = {
  tabel: 'gemeente',
  sleutel: 'code',
  wat: 'gemeente',
  sleutelVan: (g) => g.code,
  kolommen: [
    ['code', (g) => g.code],
    ['naam', (g) => g.naam],
    ['inwoners_0_17', (g) => g.inwoners0tot17],
    ['in_regio', (g) => bool(g.inRegio)],
    ['centrumgemeente', (g) => bool(g.centrumgemeente)],
  ],
};
const SWV: RijTabel<Swv> = {
  tabel: 'swv',
  sleutel: 'code',
  wat: 'samenwerkingsverband',
  sleutelVan: (s) => s.code,
  kolommen: [
    ['code', (s) => s.code],
    ['naam', (s) => s.naam],
    ['type', (s) => s.type],
  ],
};
const SCHOOL: RijTabel<School> = {
  tabel: 'school',
  sleutel: 'code',
  wat: 'school',
  sleutelVan: (s) => s.code,
  kolommen: [
    ['code', (s) => s.code],
    ['naam', (s) => s.naam],
    ['vestigingsgemeente', (s) => s.vestigingsgemeente],
    ['swv', (s) => s.swv],
    ['sector', (s) => s.sector],
  ],
};
const ZORGVERZEKERAAR: RijTabel<Zorgverzekeraar> = {
  tabel: 'zorgverzekeraar',
  sleutel: 'naam',
  wat: 'zorgverzekeraar',
  sleutelVan: (z) => z.naam,
  kolommen: [
    ['naam', (z) => z.naam],
    ['marktaandeel', (z) => z.marktaandeel],
  ],
};

function isFkFout(e: unknown): boolean {
  return (e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

function isUniekFout(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Adds (sleutel null), removes (waarde null) or changes one row; a changed key cascades to references. */
function pasRijToe<T>(db: ProjectDb, regioId: number, t: RijTabel<T>, sleutel: string | null, waarde: T | null): void {
  const kolommen = t.kolommen.map(([k]) => k);
  try {
    if (sleutel === null) {
      if (waarde === null) return;
      const volgorde = (db.prepare(`SELECT coalesce(max(volgorde) + 1, 0) AS v FROM ${t.tabel} WHERE regio_id = ?`).get(regioId) as { v: number }).v;
      db.prepare(`INSERT INTO ${t.tabel} (regio_id, ${kolommen.join(', ')}, volgorde) VALUES (?, ${kolommen.map(() => '?').join(', ')}, ?)`).run(
        regioId,
        ...t.kolommen.map(([, f]) => f(waarde)),
        volgorde,
      );
      return;
    }
    const r =
      waarde === null
        ? db.prepare(`DELETE FROM ${t.tabel} WHERE regio_id = ? AND ${t.sleutel} = ?`).run(regioId, sleutel)
        : db.prepare(`UPDATE ${t.tabel} SET ${kolommen.map((k) => `${k} = ?`).join(', ')} WHERE regio_id = ? AND ${t.sleutel} = ?`).run(...t.kolommen.map(([, f]) => f(waarde)), regioId, sleutel);
    if (r.changes === 0) throw new GebruikersFout(`De ${t.wat} ${sleutel} bestaat niet (meer) in deze regio.`);
  } catch (e) {
    if (isUniekFout(e)) throw new GebruikersFout(`Er is al een ${t.wat} ${waarde ? t.sleutelVan(waarde) : sleutel}.`);
    if (isFkFout(e) && waarde === null) throw new GebruikersFout(`De ${t.wat} ${sleutel} kan niet worden verwijderd: er verwijzen nog scholen of leerlingen naar. Verwijder of wijzig die eerst.`);
    throw e;
  }
}

function pasToe(db: ProjectDb, regioId: number, w: Wijziging): void {
  switch (w.soort) {
    case 'regio':
      db.prepare('UPDATE regio SET naam = ?, zorgkantoor = ? WHERE id = ?').run(w.naam, w.zorgkantoor, regioId);
      return;
    case 'gemeente':
      // One centrumgemeente: choosing a new one releases the old.
      if (w.waarde?.centrumgemeente) db.prepare('UPDATE gemeente SET centrumgemeente = 0 WHERE regio_id = ?').run(regioId);
      return pasRijToe(db, regioId, GEMEENTE, w.code, w.waarde);
    case 'swv':
      return pasRijToe(db, regioId, SWV, w.code, w.waarde);
    case 'school':
      return pasRijToe(db, regioId, SCHOOL, w.code, w.waarde);
    case 'zorgverzekeraar':
      return pasRijToe(db, regioId, ZORGVERZEKERAAR, w.naam, w.waarde);
    case 'leerlingen': {
      const zet = db.prepare(
        'INSERT INTO leerlingen (regio_id, school, woongemeente, doelgroep, aantal) VALUES (?, ?, ?, ?, ?) ON CONFLICT (regio_id, school, woongemeente, doelgroep) DO UPDATE SET aantal = excluded.aantal',
      );
      const wis = db.prepare('DELETE FROM leerlingen WHERE regio_id = ? AND school = ? AND woongemeente = ? AND doelgroep = ?');
      try {
        for (const c of w.cellen) {
          if (c.aantal === 0) wis.run(regioId, w.school, c.woongemeente, c.doelgroep);
          else zet.run(regioId, w.school, c.woongemeente, c.doelgroep, c.aantal);
        }
      } catch (e) {
        if (isFkFout(e)) throw new GebruikersFout(`Leerlingen van school ${w.school}: de school of een woongemeente bestaat niet in deze regio.`);
        throw e;
      }
      return;
    }
    case 'inventarisatie': {
      db.prepare('DELETE FROM inventarisatie WHERE regio_id = ? AND school = ?').run(regioId, w.school);
      const voeg = db.prepare('INSERT INTO inventarisatie (regio_id, school, professional, fte, kaders, volgorde) VALUES (?, ?, ?, ?, ?, ?)');
      const start = (db.prepare('SELECT coalesce(max(volgorde) + 1, 0) AS v FROM inventarisatie WHERE regio_id = ?').get(regioId) as { v: number }).v;
      try {
        w.regels.forEach((r, i) => voeg.run(regioId, w.school, r.professional, r.fte, r.kaders ? JSON.stringify(r.kaders) : null, start + i));
      } catch (e) {
        if (isFkFout(e)) throw new GebruikersFout(`School ${w.school} bestaat niet in deze regio.`);
        if (isUniekFout(e)) throw new GebruikersFout(`Inventarisatie van school ${w.school}: een professional staat er twee keer in.`);
        throw e;
      }
      return;
    }
  }
}

/**
 * Applies a batch of edits in one transaction and returns the regio as it is afterwards. If the
 * result is inconsistent (e.g. a school pointing at a removed samenwerkingsverband), nothing is
 * stored and the problems are reported.
 */
export function bewerkRegio(db: ProjectDb, regioId: number, wijzigingen: readonly Wijziging[]): RegioBestand {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM regio WHERE id = ?').get(regioId)) throw new GebruikersFout(`Regio ${regioId} bestaat niet in dit project.`);
    for (const w of wijzigingen) pasToe(db, regioId, w);
    db.prepare('UPDATE regio SET gewijzigd = ? WHERE id = ?').run(new Date().toISOString(), regioId);
    const na = valideerConcept(leesRegio(db, regioId), { professionals: PROFESSIONAL_IDS });
    if (!na.ok) throw new GebruikersFout('De wijziging is niet opgeslagen: de regio zou niet meer kloppen.', na.problemen);
    return na.waarde;
  })();
}
