import { basename } from 'node:path';
import type { RegioStand, ZioDiensten } from '../../shared/api/contract';
import { regioOverzicht } from '../../shared/regio/overzicht';
import { onvolledigheden, REGIO_FORMAAT, REGIO_VERSIE, type RegioBestand } from '../../shared/regio/schema';
import { TABEL_LABEL } from '../../shared/regio/tabellen';
import { lijstRegios, vervangRegio, verwijderRegio, voegRegioToe } from '../store/regio-repository';
import { bewerkRegio } from '../store/regio-bewerken';
import type { ProjectDb } from '../store/db';
import type { ProjectSessie } from './project-sessie';
import { leesImport, maakDownload } from './regio-bestanden';

type RegioOperatie =
  | 'regioLezen'
  | 'regioOverzicht'
  | 'regioStand'
  | 'regioBewerken'
  | 'regioOngedaanMaken'
  | 'regioOpnieuwDoen'
  | 'regioNieuw'
  | 'regioImporteren'
  | 'regioDownload'
  | 'regioVerwijderen';

/**
 * The operations on a regio's data: reading, editing with undo and redo, import and download.
 * Every change goes through the undo history and forgets the cached regio.
 */
export function regioDiensten(p: ProjectSessie): Pick<ZioDiensten, RegioOperatie> {
  const stand = (regioId: number, regio = p.regio(regioId)): RegioStand => ({ regio, aandachtspunten: onvolledigheden(regio), ...p.geschiedenis().kan(regioId) });

  /** Runs one change of a regio as one undo step. */
  const metOngedaan = (regioId: number, wijzig: (db: ProjectDb) => unknown): RegioStand => {
    try {
      return stand(regioId, p.geschiedenis().wijzig(p.huidigeDb(), regioId, wijzig));
    } finally {
      p.regioGewijzigd(regioId);
    }
  };

  /** Steps back (or forward again) one edit; the step itself is stored atomically like any edit. */
  const stap = (regioId: number, van: 'ongedaan' | 'opnieuw'): RegioStand => {
    try {
      return stand(regioId, p.geschiedenis().stap(p.huidigeDb(), regioId, van));
    } finally {
      p.regioGewijzigd(regioId);
    }
  };

  /** The name, or with " (2)", " (3)"… when a regio of that name is already in the project. */
  const vrijeRegioNaam = (naam: string): string => {
    const bestaand = new Set(lijstRegios(p.huidigeDb()).map((r) => r.naam));
    if (!bestaand.has(naam)) return naam;
    for (let i = 2; ; i++) if (!bestaand.has(`${naam} (${i})`)) return `${naam} (${i})`;
  };

  return {
    regioLezen: ({ regioId }) => p.regio(regioId),
    regioOverzicht: ({ regioId }) => regioOverzicht(p.regio(regioId)),
    regioStand: ({ regioId }) => stand(regioId),
    regioBewerken: ({ regioId, wijzigingen }) => metOngedaan(regioId, (db) => bewerkRegio(db, regioId, wijzigingen)),
    regioOngedaanMaken: ({ regioId }) => stap(regioId, 'ongedaan'),
    regioOpnieuwDoen: ({ regioId }) => stap(regioId, 'opnieuw'),
    regioNieuw: ({ naam }) => {
      const db = p.huidigeDb();
      const id = voegRegioToe(db, { formaat: REGIO_FORMAAT, versie: REGIO_VERSIE, regio: { naam }, gemeenten: [], samenwerkingsverbanden: [], scholen: [], leerlingen: [], zorgkantoor: { naam: 'Zorgkantoor' }, zorgverzekeraars: [], inventarisaties: [] });
      return lijstRegios(db).find((r) => r.id === id)!;
    },
    regioImporteren: ({ bestandsnaam, inhoud, doel }) => {
      const bytes = Buffer.from(inhoud, 'base64');
      if (doel.soort === 'nieuw') {
        const gelezen = leesImport(bestandsnaam, bytes, doel);
        const regio = { ...gelezen, regio: { naam: vrijeRegioNaam(gelezen.regio.naam) } };
        const regioId = voegRegioToe(p.huidigeDb(), regio);
        const leerlingen = regio.leerlingen.reduce((s, l) => s + l.aantal, 0);
        return { regioId, melding: `Regio ${regio.regio.naam} ingelezen: ${regio.gemeenten.length} gemeenten, ${regio.scholen.length} scholen, ${leerlingen.toLocaleString('nl-NL')} leerlingen.` };
      }
      const huidig = p.regio(doel.regioId);
      // Read before the change: the undo step holds the database only while it writes.
      const nieuw: RegioBestand = leesImport(bestandsnaam, bytes, { soort: 'tabel', tabel: doel.tabel, regio: huidig });
      metOngedaan(doel.regioId, (db) => vervangRegio(db, doel.regioId, nieuw));
      return { regioId: doel.regioId, melding: `${TABEL_LABEL[doel.tabel]} vervangen door de inhoud van ${basename(bestandsnaam)}. Ongedaan maken kan.` };
    },
    regioDownload: ({ regioId, soort }) => {
      const b = maakDownload(regioId === null ? null : p.regio(regioId), soort);
      return { ...b, inhoud: Buffer.from(b.inhoud).toString('base64') };
    },
    regioVerwijderen: ({ regioId }) => {
      verwijderRegio(p.huidigeDb(), regioId);
      p.geschiedenis().vergeet(regioId);
      p.regioGewijzigd(regioId);
      return p.info();
    },
  };
}
