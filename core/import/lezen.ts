/**
 * Reading an imported file, all or nothing, as the import worker does it: a whole regio from a
 * workbook or regio-bestand, or one table (CSV, or one sheet of a workbook) put into a given regio.
 * The content decides what a file is where the extension does not say (a workbook without an
 * extension), and every limit is checked before the expensive step.
 */
import { basename } from 'node:path';
import { begrens } from '../excel/herkomst';
import { leesBlad, leesCsvTabel, leesWerkmap, vervangTabel } from '../excel/importeer';
import { mb, nl, type ImportLimieten } from '../excel/limieten';
import { extensieVan, inhoudSoort, WERKMAP_EXTENSIES } from '../excel/werkmap';
import { PROFESSIONAL_IDS } from '../../shared/engine/normen';
import { valideerRegio, type RegioBestand } from '../../shared/regio/schema';
import { TABEL_IDS, TABEL_LABEL, type TabelId } from '../../shared/regio/tabellen';
import { leesJson, type Probleem, type Validatie } from '../../shared/validation/problems';

export type ImportDoel = { soort: 'nieuw' } | { soort: 'tabel'; tabel: TabelId; regio: RegioBestand };

export interface ImportTaak {
  bestandsnaam: string;
  inhoud: Uint8Array;
  doel: ImportDoel;
  limieten: ImportLimieten;
}

/** What comes back from the worker: the regio with notes, or a refusal with every (capped) problem. */
export type ImportUitkomst = { ok: true; regio: RegioBestand; opmerkingen: string[] } | { ok: false; melding: string; problemen: Probleem[] };

const opties = { professionals: PROFESSIONAL_IDS };

type BestandSoort = 'werkmap' | 'json' | 'csv' | 'onbekend';

/** The kind of file: by its first bytes for workbooks, otherwise by its extension or its text. */
export function bestandSoort(bestandsnaam: string, inhoud: Uint8Array): BestandSoort {
  const soort = inhoudSoort(inhoud);
  if (soort === 'zip' || soort === 'ole') return 'werkmap';
  const ext = extensieVan(bestandsnaam);
  if ((WERKMAP_EXTENSIES as readonly string[]).includes(ext)) return 'werkmap';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'json') return 'json';
  let i = inhoud[0] === 0xef && inhoud[1] === 0xbb && inhoud[2] === 0xbf ? 3 : 0;
  while (i < inhoud.length && i < 1024 && (inhoud[i] === 0x20 || inhoud[i] === 0x0a || inhoud[i] === 0x0d || inhoud[i] === 0x09)) i++;
  return inhoud[i] === 0x7b ? 'json' : 'onbekend';
}

export function weigering(naam: string, problemen: Probleem[]): ImportUitkomst {
  const n = problemen.length;
  return { ok: false, melding: `${naam} is niet ingelezen: ${n === 1 ? 'er is 1 probleem' : `er zijn ${n} problemen`}. Er is niets veranderd.`, problemen: begrens(problemen) };
}

/** A regio-bestand: the size and the number of rows of each table are checked before validating. */
function leesRegioBestand(naam: string, inhoud: Uint8Array, limieten: ImportLimieten): Validatie<RegioBestand> {
  const pad = `Bestand ${naam}`;
  if (inhoud.length > limieten.maxBestand) return { ok: false, problemen: [{ pad, melding: `het bestand is ${mb(inhoud.length)}; de grens is ${mb(limieten.maxBestand)}` }] };
  if (inhoud.includes(0)) return { ok: false, problemen: [{ pad, melding: 'dit is geen regio-bestand (JSON): het bevat binaire gegevens' }] };
  const json = leesJson(new TextDecoder('utf-8').decode(inhoud));
  if (!json.ok) return json;
  if (json.waarde && typeof json.waarde === 'object') {
    for (const tabel of TABEL_IDS) {
      const rijen = (json.waarde as Record<string, unknown>)[tabel];
      if (Array.isArray(rijen) && rijen.length > limieten.maxRijen) {
        return { ok: false, problemen: [{ pad: `$.${tabel}`, melding: `${TABEL_LABEL[tabel]} heeft ${nl(rijen.length)} rijen; de grens is ${nl(limieten.maxRijen)} rijen` }] };
      }
    }
  }
  return valideerRegio(json.waarde, opties);
}

/** Reads the file of `taak`; never throws for anything in the file. */
export function leesImportBestand(taak: ImportTaak): ImportUitkomst {
  const naam = basename(taak.bestandsnaam);
  const { inhoud, doel, limieten } = taak;
  const soort = bestandSoort(naam, inhoud);
  const opmerkingen: string[] = [];
  const lees = { limieten, opmerkingen };
  if (doel.soort === 'tabel') {
    let tabel;
    if (soort === 'werkmap') tabel = leesBlad(inhoud, naam, doel.tabel, lees);
    else if (soort === 'csv' || soort === 'onbekend') tabel = leesCsvTabel(inhoud, doel.tabel, { bestandsnaam: naam, limieten });
    else return weigering(naam, [{ pad: `Bestand ${naam}`, melding: `kies een CSV-bestand of een Excel- of ODS-werkmap met het blad ${TABEL_LABEL[doel.tabel]}` }]);
    if (!tabel.ok) return weigering(naam, tabel.problemen);
    const r = vervangTabel(doel.regio, doel.tabel, tabel.waarde.rijen, tabel.waarde.herkomst, opties);
    return r.ok ? { ok: true, regio: r.waarde, opmerkingen } : weigering(naam, r.problemen);
  }
  let r: Validatie<RegioBestand>;
  if (soort === 'werkmap') r = leesWerkmap(inhoud, naam, opties, lees);
  else if (soort === 'json') r = leesRegioBestand(naam, inhoud, limieten);
  else if (soort === 'csv') {
    r = { ok: false, problemen: [{ pad: `Bestand ${naam}`, melding: 'een CSV-bestand bevat één tabel, geen hele regio; importeer het als tabel (bijvoorbeeld de leerlingen) of gebruik het Excel-sjabloon voor een hele regio' }] };
  } else {
    const ext = extensieVan(naam);
    r = { ok: false, problemen: [{ pad: `Bestand ${naam}`, melding: `onbekend bestandstype${ext ? ` .${ext}` : ''}: geen werkmap en geen regio-bestand (JSON). De app leest .xlsx, .xls, .ods, .json en (voor één tabel) .csv` }] };
  }
  return r.ok ? { ok: true, regio: r.waarde, opmerkingen } : weigering(naam, r.problemen);
}
