/**
 * Opening a workbook file (.xlsx, .xlsm, .xls, .ods) with SheetJS, after checking that its content
 * is a workbook at all: SheetJS reads almost any bytes as a one-column text sheet, so a PNG renamed
 * to .xlsx must be refused here, with a message a user understands.
 */
import * as XLSX from 'xlsx';
import type { Probleem, Validatie } from '../../shared/validation/problems';
import { normaliseer, werkmapCel, type Raster } from './cel';

export const WERKMAP_EXTENSIES = ['xlsx', 'xlsm', 'xls', 'ods'] as const;

export function extensieVan(bestandsnaam: string): string {
  const m = /\.([^./\\]+)$/.exec(bestandsnaam);
  return m ? m[1].toLowerCase() : '';
}

function begintMet(b: Uint8Array, ...bytes: number[]): boolean {
  return bytes.every((x, i) => b[i] === x);
}

/** What the first bytes say the file is. */
function inhoudSoort(b: Uint8Array): 'zip' | 'ole' | 'xml' | 'png' | 'jpeg' | 'pdf' | 'anders' {
  if (begintMet(b, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (begintMet(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (begintMet(b, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (begintMet(b, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (begintMet(b, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  let i = begintMet(b, 0xef, 0xbb, 0xbf) ? 3 : 0;
  while (i < b.length && i < 64 && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  if (b[i] === 0x3c) return 'xml';
  return 'anders';
}

const HERSTEL = 'open het in Excel of LibreOffice en sla het opnieuw op als .xlsx';

/** Opens a workbook, or says in Dutch why this file is not one. */
export function openWerkmap(buffer: Uint8Array, bestandsnaam: string): Validatie<XLSX.WorkBook> {
  const pad = `Bestand ${bestandsnaam}`;
  const fout = (melding: string): Validatie<XLSX.WorkBook> => ({ ok: false, problemen: [{ pad, melding }] });
  const ext = extensieVan(bestandsnaam);
  if (ext === 'csv') return fout('een CSV-bestand bevat één tabel, geen hele regio; importeer het als tabel (bijvoorbeeld de leerlingen) of kies een .xlsx-, .xls- of .ods-werkmap');
  if (!(WERKMAP_EXTENSIES as readonly string[]).includes(ext)) {
    return fout(`onbekend bestandstype${ext ? ` .${ext}` : ''}; kies een Excel- of OpenDocument-werkmap (.xlsx, .xls of .ods)`);
  }
  if (buffer.length === 0) return fout('het bestand is leeg (0 bytes)');
  const soort = inhoudSoort(buffer);
  if (soort === 'png' || soort === 'jpeg') return fout(`dit is een afbeelding (${soort.toUpperCase()}), geen werkmap`);
  if (soort === 'pdf') return fout('dit is een PDF-document, geen werkmap; importeer de Excel-werkmap zelf');
  if (soort === 'anders' || (soort === 'xml' && ext !== 'xls')) return fout(`dit is geen Excel- of OpenDocument-werkmap: de inhoud past niet bij .${ext}; ${HERSTEL}`);

  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buffer, { dense: true, cellNF: true, cellText: false, cellHTML: false, cellFormula: false, cellStyles: false, bookVBA: false });
  } catch (e) {
    const tekst = e instanceof Error ? e.message : String(e);
    if (/password|ECMA-376 Encrypted|ODS Encryption/i.test(tekst)) {
      return fout('het bestand is beveiligd met een wachtwoord; sla het zonder wachtwoord op en importeer het opnieuw');
    }
    return fout(`het bestand is beschadigd of geen werkmap die de app kan lezen; ${HERSTEL}`);
  }
  if (!wb.SheetNames.length) return fout('de werkmap bevat geen bladen');
  return { ok: true, waarde: wb };
}

/** A sheet of a workbook read with `dense: true` as a grid of cells. */
export function bladRaster(wb: XLSX.WorkBook, bladNaam: string): Raster {
  const ws = wb.Sheets[bladNaam];
  const data: (XLSX.CellObject[] | undefined)[] = (ws?.['!data'] as XLSX.CellObject[][] | undefined) ?? [];
  return {
    plaats: `Blad ${bladNaam.trim()}`,
    aantalRijen: data.length,
    breedte: (r) => data[r]?.length ?? 0,
    cel: (r, k) => werkmapCel(data[r]?.[k]),
  };
}

export type BladZoeking = { ok: true; blad?: string } | { ok: false; probleem: Probleem };

/**
 * The sheet whose name is `naam` or one of its aliases (ignoring case, spaces and punctuation);
 * two matching sheets are a problem.
 */
export function zoekBlad(wb: XLSX.WorkBook, naam: string, aliassen: readonly string[], bestandsnaam: string): BladZoeking {
  const gezocht = new Set([naam, ...aliassen].map(normaliseer));
  const gevonden = wb.SheetNames.filter((b) => gezocht.has(normaliseer(b)));
  if (gevonden.length > 1) {
    return {
      ok: false,
      probleem: { pad: `Bestand ${bestandsnaam}`, melding: `de bladen ${gevonden.map((b) => `"${b}"`).join(' en ')} zijn allebei het blad ${naam}; laat er één over` },
    };
  }
  return { ok: true, blad: gevonden[0] };
}
