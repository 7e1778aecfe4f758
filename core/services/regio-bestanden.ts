import { maakSjabloon } from '../excel';
import { GebruikersFout } from '../../shared/api/fout';
import type { RegioBestand } from '../../shared/regio/schema';
import type { DownloadSoort } from '../../shared/api/contract';

/** A file for the user to save: the empty template, or the regio as workbook or regio-bestand. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A name as part of a file name: without characters file systems refuse. */
export function bestandsstam(naam: string): string {
  return naam.replace(/[^\p{L}\p{N} ._()-]+/gu, '').trim() || 'regio';
}

/** A file name stem "<voorvoegsel> <naam>", without repeating the word when the name starts with it ("Ontwerptafel 5 december 2026"). */
export function bestandsstamMet(voorvoegsel: string, naam: string): string {
  const stam = bestandsstam(naam);
  return stam.toLowerCase().startsWith(voorvoegsel.toLowerCase()) ? stam : `${voorvoegsel} ${stam}`;
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
