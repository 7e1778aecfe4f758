import { basename } from 'node:path';
import type { RegioStand, ZioDiensten } from '../../shared/api/contract';
import { regioOverzicht } from '../../shared/regio/overzicht';
import { onvolledigheden, REGIO_FORMAAT, REGIO_VERSIE, type RegioBestand } from '../../shared/regio/schema';
import { TABEL_LABEL } from '../../shared/regio/tabellen';
import { lijstRegios, vervangRegio, verwijderRegio, voegRegioToe } from '../store/regio-repository';
import { bewerkRegio } from '../store/regio-bewerken';
import type { ProjectDb } from '../store/db';
import type { ProjectSessie } from './project-sessie';
import { importeer } from '../import/uitvoerder';
import { GebruikersFout } from '../../shared/api/fout';
import { LopendeImports } from './lopende-imports';
import { maakDownload } from './regio-bestanden';

type RegioOperatie =
  | 'regioLezen'
  | 'regioOverzicht'
  | 'regioStand'
  | 'regioBewerken'
  | 'regioOngedaanMaken'
  | 'regioOpnieuwDoen'
  | 'regioNieuw'
  | 'regioImporteren'
  | 'importAnnuleren'
  | 'regioDownload'
  | 'regioVerwijderen';

/**
 * The operations on a regio's data: reading, editing with undo and redo, import and download.
 * Every change goes through the undo history and forgets the cached regio.
 */
export function regioDiensten(p: ProjectSessie): Pick<ZioDiensten, RegioOperatie> {
  const imports = new LopendeImports();
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
      const id = voegRegioToe(db, { formaat: REGIO_FORMAAT, versie: REGIO_VERSIE, regio: { naam }, gemeenten: [], samenwerkingsverbanden: [], scholen: [], leerlingen: [], zorgkantoor: { naam: 'Zorgkantoor' }, zorgverzekeraars: [], inventarisaties: [], tlvs: [] });
      return lijstRegios(db).find((r) => r.id === id)!;
    },
    regioImporteren: async ({ bestandsnaam, inhoud, doel, importId }) => {
      // The file is read in the import worker; the project stays usable meanwhile. A file read while
      // the project was switched, or while the same regio was edited, is not applied (it would overwrite).
      const db = p.huidigeDb();
      const bytes = Buffer.from(inhoud, 'base64');
      const huidig = doel.soort === 'tabel' ? p.regio(doel.regioId) : null;
      const gelezen = await imports.volg(importId, (signaal) =>
        importeer(bestandsnaam, bytes, huidig && doel.soort === 'tabel' ? { soort: 'tabel', tabel: doel.tabel, regio: huidig } : { soort: 'nieuw' }, { signaal }),
      );
      if (p.huidigeDb() !== db) throw new GebruikersFout('Er is een ander project geopend terwijl het bestand werd ingelezen; er is niets veranderd.');
      const opmerkingen = gelezen.opmerkingen.length ? ` ${gelezen.opmerkingen.join(' ')}` : '';
      if (doel.soort === 'nieuw') {
        const regio = { ...gelezen.regio, regio: { naam: vrijeRegioNaam(gelezen.regio.regio.naam) } };
        const regioId = voegRegioToe(db, regio);
        const leerlingen = regio.leerlingen.reduce((s, l) => s + l.aantal, 0);
        return { regioId, melding: `Regio ${regio.regio.naam} ingelezen: ${regio.gemeenten.length} gemeenten, ${regio.scholen.length} scholen, ${leerlingen.toLocaleString('nl-NL')} leerlingen.${opmerkingen}` };
      }
      if (JSON.stringify(p.regio(doel.regioId)) !== JSON.stringify(huidig)) {
        throw new GebruikersFout('De regio is gewijzigd terwijl het bestand werd ingelezen; er is niets veranderd. Importeer het bestand opnieuw.');
      }
      const nieuw: RegioBestand = gelezen.regio;
      metOngedaan(doel.regioId, (d) => vervangRegio(d, doel.regioId, nieuw));
      return { regioId: doel.regioId, melding: `${TABEL_LABEL[doel.tabel]} vervangen door de inhoud van ${basename(bestandsnaam)}. Ongedaan maken kan.${opmerkingen}` };
    },
    importAnnuleren: ({ importId }) => ({ geannuleerd: imports.annuleer(importId) }),
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
