import { basename } from 'node:path';
import { leesBlad, leesCsvTabel, leesWerkmap, maakSjabloon, vervangTabel, WERKMAP_EXTENSIES, extensieVan } from '../excel';
import { GebruikersFout } from '../../shared/api/fout';
import { leesRegioJson, type RegioBestand } from '../../shared/regio/schema';
import { TABEL_LABEL, type TabelId } from '../../shared/regio/tabellen';
import { PROFESSIONAL_IDS } from '../../shared/engine';
import type { Validatie } from '../../shared/validation/problems';
import type { DownloadSoort } from '../../shared/api/contract';

export type ImportDoel = { soort: 'nieuw' } | { soort: 'tabel'; tabel: TabelId; regio: RegioBestand };

function geweigerd(naam: string, r: Extract<Validatie<unknown>, { ok: false }>): GebruikersFout {
  const n = r.problemen.length;
  return new GebruikersFout(`${naam} is niet ingelezen: ${n === 1 ? 'er is 1 probleem' : `er zijn ${n} problemen`}. Er is niets veranderd.`, r.problemen);
}

/**
 * Reads an imported file, all or nothing: a whole regio from a workbook or regio-bestand, or one
 * table (CSV, or one sheet of a workbook) put into the given regio.
 */
export function leesImport(bestandsnaam: string, inhoud: Uint8Array, doel: ImportDoel): RegioBestand {
  const naam = basename(bestandsnaam);
  const ext = extensieVan(naam);
  const opties = { professionals: PROFESSIONAL_IDS };
  if (doel.soort === 'tabel') {
    let tabel;
    if (ext === 'csv' || ext === 'txt') tabel = leesCsvTabel(inhoud, doel.tabel, { bestandsnaam: naam });
    else if ((WERKMAP_EXTENSIES as readonly string[]).includes(ext)) tabel = leesBlad(inhoud, naam, doel.tabel);
    else throw new GebruikersFout(`${naam}: kies een CSV-bestand of een Excel- of ODS-werkmap met het blad ${TABEL_LABEL[doel.tabel]}.`);
    if (!tabel.ok) throw geweigerd(naam, tabel);
    const r = vervangTabel(doel.regio, doel.tabel, tabel.waarde.rijen, tabel.waarde.herkomst, opties);
    if (!r.ok) throw geweigerd(naam, r);
    return r.waarde;
  }
  let r: Validatie<RegioBestand>;
  if (ext === 'json') r = leesRegioJson(new TextDecoder('utf-8').decode(inhoud), opties);
  else if ((WERKMAP_EXTENSIES as readonly string[]).includes(ext)) r = leesWerkmap(inhoud, naam, opties);
  else if (ext === 'csv') throw new GebruikersFout(`${naam}: een CSV-bestand bevat één tabel. Kies bij Importeren welke tabel het is, of gebruik het Excel-sjabloon voor een hele regio.`);
  else throw new GebruikersFout(`${naam}: onbekend bestandstype. De app leest .xlsx, .xls, .ods, .json en (voor één tabel) .csv.`);
  if (!r.ok) throw geweigerd(naam, r);
  return r.waarde;
}


/** A file for the user to save: the empty template, or the regio as workbook or regio-bestand. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A name as part of a file name: without characters file systems refuse. */
export function bestandsstam(naam: string): string {
  return naam.replace(/[^\p{L}\p{N} ._()-]+/gu, '').trim() || 'regio';
}

export function maakDownload(regio: RegioBestand | null, soort: DownloadSoort): { bestandsnaam: string; mime: string; inhoud: Uint8Array } {
  const stam = regio ? bestandsstam(regio.regio.naam) : 'regio';
  switch (soort) {
    case 'sjabloon':
      return { bestandsnaam: 'ZiO-sjabloon.xlsx', mime: XLSX_MIME, inhoud: maakSjabloon() };
    case 'xlsx':
      return { bestandsnaam: `${stam}.xlsx`, mime: XLSX_MIME, inhoud: maakSjabloon(regio ?? undefined) };
    case 'ods':
      return { bestandsnaam: `${stam}.ods`, mime: 'application/vnd.oasis.opendocument.spreadsheet', inhoud: maakSjabloon(regio ?? undefined, 'ods') };
    case 'json':
      if (!regio) throw new GebruikersFout('Kies eerst een regio om te exporteren.');
      return { bestandsnaam: `${stam}.zio-regio.json`, mime: 'application/json', inhoud: new TextEncoder().encode(JSON.stringify(regio, null, 2) + '\n') };
  }
}
