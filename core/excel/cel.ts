/**
 * One spreadsheet or CSV cell, reduced to what the import needs to know, and the grid of cells of
 * one sheet. Workbook cells (SheetJS) and CSV fields both become a `Cel`, so one parser reads both.
 */
import * as XLSX from 'xlsx';
import { toonGetal } from './getallen';

export type Cel =
  | { soort: 'leeg' }
  | { soort: 'tekst'; tekst: string }
  | { soort: 'getal'; getal: number }
  /** A number with a date format: Excel stores dates as day numbers. */
  | { soort: 'datum'; getal: number; tekst: string }
  | { soort: 'waarheid'; waarde: boolean }
  /** A formula error such as #REF!. */
  | { soort: 'fout'; tekst: string }
  /** A formula whose result the file does not hold (written by a program that does not calculate). */
  | { soort: 'formule'; formule: string };

export const LEEG: Cel = { soort: 'leeg' };

/** A sheet as rows × columns of cells, 0-based; rows and columns past the end are empty. */
export interface Raster {
  /** Name shown in messages: "Blad Leerlingen" or "Bestand leerlingen.csv". */
  plaats: string;
  aantalRijen: number;
  /** Number of cells in row `rij` (trailing cells may still be empty). */
  breedte(rij: number): number;
  cel(rij: number, kolom: number): Cel;
}

/** Excel's error codes (as stored in files) and the texts Dutch Excel shows and exports to CSV. */
const FOUTCODES: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };
const FOUTTEKSTEN = new Set([...Object.values(FOUTCODES), '#VERW!', '#WAARDE!', '#DEEL/0!', '#N/B', '#NAAM?', '#GETAL!', '#LEEG!', '#OVERLOOP!', '#SPILL!', '#CALC!', '#BEREKENEN!']);

/** The error text of a number cell whose value is no number at all (a damaged file). */
export const ONGELDIG_GETAL = 'ongeldig getal';

/** A cell from text (CSV, or a text cell of a workbook): trimmed; error texts such as #REF! count as errors. */
export function tekstCel(tekst: string): Cel {
  const t = tekst.trim();
  if (t === '') return LEEG;
  if (t.startsWith('#') && FOUTTEKSTEN.has(t.toUpperCase())) return { soort: 'fout', tekst: t };
  return { soort: 'tekst', tekst: t };
}

function datumTekst(getal: number): string {
  try {
    return String(XLSX.SSF.format('d-m-yyyy', getal));
  } catch {
    return toonGetal(getal);
  }
}

/** A SheetJS cell object (read with `cellNF: true`) as a `Cel`. */
export function werkmapCel(c: XLSX.CellObject | undefined | null): Cel {
  if (!c) return LEEG;
  if (c.f !== undefined && (c.v === undefined || c.t === 'z')) return { soort: 'formule', formule: c.f.startsWith('=') || c.f.startsWith('een ') ? c.f : `=${c.f}` };
  switch (c.t) {
    case 's':
      return typeof c.v === 'string' ? tekstCel(c.v) : c.v === undefined ? LEEG : tekstCel(String(c.v));
    case 'n': {
      const v = c.v as number;
      if (typeof v !== 'number' || !Number.isFinite(v)) return { soort: 'fout', tekst: ONGELDIG_GETAL };
      if (typeof c.z === 'string' && XLSX.SSF.is_date(c.z)) return { soort: 'datum', getal: v, tekst: datumTekst(v) };
      return { soort: 'getal', getal: v };
    }
    case 'b':
      return { soort: 'waarheid', waarde: Boolean(c.v) };
    case 'e':
      return { soort: 'fout', tekst: FOUTCODES[c.v as number] ?? c.w ?? '#FOUT' };
    case 'd': {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      return { soort: 'datum', getal: Number.NaN, tekst: Number.isNaN(d.getTime()) ? String(c.v) : `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}` };
    }
    default:
      return LEEG;
  }
}

/** How a cell's content is named in a message: "twaalf" with quotes, 12,5, een datum (1-3-2024). */
export function beschrijfCel(cel: Cel): string {
  switch (cel.soort) {
    case 'leeg':
      return 'een lege cel';
    case 'tekst':
      return `"${cel.tekst.length > 60 ? `${cel.tekst.slice(0, 60)}…` : cel.tekst}"`;
    case 'getal':
      return toonGetal(cel.getal);
    case 'datum':
      return `een datum (${cel.tekst})`;
    case 'waarheid':
      return cel.waarde ? 'WAAR' : 'ONWAAR';
    case 'fout':
      return cel.tekst === ONGELDIG_GETAL ? 'een getalcel zonder geldig getal' : `een formulefout (${cel.tekst})`;
    case 'formule':
      return `een formule zonder uitkomst (${cel.formule})`;
  }
}

/** Normalises a header, sheet name or choice for comparison: lower case, no accents, only letters and digits. */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/t\/m/g, 'tm')
    .replace(/[^a-z0-9]/g, '');
}

/** "A", "B", …, "AA": the column letter Excel shows. */
export function kolomLetter(kolom: number): string {
  return XLSX.utils.encode_col(kolom);
}
