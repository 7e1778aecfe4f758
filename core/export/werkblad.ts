/**
 * Writing a readable, checkable sheet with SheetJS CE: text lines, label/value pairs and tables
 * with number formats, header comments, column widths, one autofilter per sheet, row formulas
 * (a sum of columns or the difference of two) and a total row of SUM formulas. Every formula is
 * written with its result (`v`), computed here from the cells it refers to, so a reader without the
 * app (or a program that does not recalculate) sees the same figure that Excel computes.
 *
 * SheetJS CE writes number formats, formulas, widths, comments, hyperlinks and autofilters, but no
 * cell styles: headings are plain text.
 */
import * as XLSX from 'xlsx';
import { WEGGELATEN } from '../../shared/export/oogo-typen';
import { EURO_FORMAAT, formatGetal } from '../../shared/format';
import { isVerborgen, toonAantal } from './kleine-aantallen';

/**
 * Number formats. The format codes are locale-neutral: "," is the thousands separator and "." the
 * decimal point in the code, shown with the reader's own separators, so a Dutch Excel or LibreOffice
 * shows `€ 1.234.567` and `12,5%`. The euro sign is a quoted literal.
 */
export const FORMAAT = {
  /** Negative amounts as "−€ 1.234", the form of every screen (`formatEuro`). */
  euro: EURO_FORMAAT,
  pct: '0.0%',
  aantal: '#,##0',
  fte: '#,##0.00',
  decimaal: '#,##0.0',
  /** An index factor (1,025). */
  factor: '0.000',
} as const;

/**
 * What a column holds. `leerlingen` is a pupil count (subject to the kleine-aantallen rule);
 * `aantal` is any other count (flows, schools, gemeenten).
 */
export type Soort = 'tekst' | 'euro' | 'pct' | 'leerlingen' | 'aantal' | 'fte' | 'decimaal' | 'factor';

export type Waarde = number | string | boolean | null | undefined;

const FORMAAT_VAN: Record<Soort, string | undefined> = {
  tekst: undefined,
  euro: FORMAAT.euro,
  pct: FORMAAT.pct,
  leerlingen: FORMAAT.aantal,
  aantal: FORMAAT.aantal,
  fte: FORMAAT.fte,
  decimaal: FORMAAT.decimaal,
  factor: FORMAAT.factor,
};

/** Columns that get a SUM in the total row unless the column says otherwise. */
const STANDAARD_TOTAAL: Record<Soort, boolean> = { tekst: false, euro: true, pct: false, leerlingen: true, aantal: false, fte: true, decimaal: false, factor: false };

export const kolomLetter = (c: number) => XLSX.utils.encode_col(c);
export const celAdres = (r: number, c: number) => XLSX.utils.encode_cell({ r, c });

/** A formula over other columns of the same row, named by their header: Σ plus − Σ min. */
export interface Rekenregel {
  plus: readonly string[];
  min?: readonly string[];
}
export const som = (...koppen: string[]): Rekenregel => ({ plus: koppen });
export const verschil = (a: string, b: string): Rekenregel => ({ plus: [a], min: [b] });

/** The formula text of a rekenregel on row `excelRij` (1-based): SUM over a range or list, or a+b−c. */
function formuleTekst(plus: readonly number[], min: readonly number[], excelRij: number): string {
  const ref = (c: number) => `${kolomLetter(c)}${excelRij}`;
  if (min.length) return `${plus.map(ref).join('+')}${min.map((c) => `-${ref(c)}`).join('')}`;
  const aaneen = plus.every((c, i) => i === 0 || c === plus[i - 1] + 1);
  return aaneen && plus.length > 1 ? `SUM(${ref(plus[0])}:${ref(plus[plus.length - 1])})` : `SUM(${plus.map(ref).join(',')})`;
}

export interface WerkbladKolom<R> {
  kop: string;
  soort: Soort;
  /** The value of a row (absent for a column with a rekenregel). */
  waarde?: (rij: R) => Waarde;
  rekenregel?: Rekenregel;
  /** SUM in the total row (default: euro, leerlingen and fte columns). */
  totaal?: boolean;
  /** Column width in characters (default: fitted to the header and the values). */
  breedte?: number;
  /** Comment on the header cell: what the column means and where it comes from. */
  uitleg?: string;
  /** Internal hyperlink of a cell, e.g. `'Gemeenten'!A1`. */
  link?: (rij: R) => string | undefined;
}

export interface TabelOpties {
  /** A line of text above the header row. */
  titel?: string;
  /** Label of the total row (default "Totaal"); false: no total row. */
  totaal?: string | false;
  /** Put the sheet's autofilter on this table (one per sheet). */
  autofilter?: boolean;
  /** Text of the single row written when there are no rows. */
  leeg?: string;
}

export interface TabelPlaats {
  /** 0-based row indexes of the header, the first and last data row and the total row. */
  kopRij: number;
  eersteRij: number;
  laatsteRij: number;
  totaalRij?: number;
  /** Column index by header. */
  kolom: (kop: string) => number;
}

type Cel = XLSX.CellObject | undefined;

const AUTEUR = 'ZiO Collectieve Pot';
const MAX_BREEDTE = 60;

const centen = (x: number) => Math.round(x * 100) / 100 + 0;

/** The cell of a value: numbers get the column's format, booleans become ja/nee, markers and other text stay text. */
function celVan(w: Waarde, soort: Soort): Cel {
  if (w === null || w === undefined || (typeof w === 'number' && !Number.isFinite(w))) return undefined;
  if (typeof w === 'boolean') return { t: 's', v: w ? 'ja' : 'nee' };
  if (typeof w === 'string') return { t: 's', v: w };
  const z = FORMAAT_VAN[soort];
  const v = soort === 'euro' ? centen(w) : w + 0;
  return z ? { t: 'n', v, z } : { t: 'n', v };
}

/** What a cell shows, for fitting the column width. */
function breedteVan(c: Cel): number {
  if (!c) return 0;
  if (c.t === 's') return String(c.v).length;
  const v = c.v as number;
  switch (c.z) {
    case FORMAAT.euro:
      return formatGetal(Math.abs(v)).length + (v < 0 ? 3 : 2);
    case FORMAAT.pct:
      return formatGetal(v * 100, 1).length + 1;
    case FORMAAT.fte:
      return formatGetal(v, 2).length;
    case FORMAAT.decimaal:
      return formatGetal(v, 1).length;
    default:
      return formatGetal(v, Number.isInteger(v) ? 0 : 2).length;
  }
}

/** A sheet under construction, written top to bottom. */
export class Werkblad {
  private readonly data: Cel[][] = [];
  private readonly breedtes: number[] = [];
  private filter: string | undefined;

  /** With `kleineAantallen`, every pupil count of 1–4 written to a `leerlingen` column becomes "<5". */
  constructor(private readonly opties: { kleineAantallen?: boolean } = {}) {}

  /** A value's cell; pupil counts pass the kleine-aantallen rule first. */
  private cel(w: Waarde, soort: Soort): Cel {
    return celVan(this.opties.kleineAantallen && soort === 'leerlingen' && typeof w === 'number' ? toonAantal(w, true) : w, soort);
  }

  /** The 0-based index of the next row. */
  get rij(): number {
    return this.data.length;
  }

  /** Lines of text in column A (they do not widen the column). */
  tekst(...regels: string[]): this {
    for (const t of regels) this.data.push(t ? [{ t: 's', v: t }] : []);
    return this;
  }

  leeg(): this {
    this.data.push([]);
    return this;
  }

  /** A row of cells as given (text or numbers with a soort), e.g. a header of an explanation table. */
  rijVan(cellen: readonly (Waarde | { waarde: Waarde; soort: Soort; link?: string })[]): this {
    this.data.push(
      cellen.map((c, i) => {
        const cel = c !== null && typeof c === 'object' ? this.cel(c.waarde, c.soort) : celVan(c, 'tekst');
        if (cel && c !== null && typeof c === 'object' && c.link) cel.l = { Target: `#${c.link}` };
        if (cel && i > 0) this.pasBreedte(i, breedteVan(cel));
        return cel;
      }),
    );
    return this;
  }

  /** Label / value rows (column A the label, column B the value with its format; text values do not widen column B). */
  paren(paren: readonly (readonly [string, Waarde, Soort?])[]): this {
    for (const [label, waarde, soort] of paren) {
      const cel = this.cel(waarde, soort ?? 'tekst');
      this.data.push([{ t: 's', v: label }, cel]);
      this.pasBreedte(0, Math.min(label.length, 40));
      // Text values overflow into the empty cells to their right, like the lines of `tekst`.
      if (cel?.t === 'n') this.pasBreedte(1, breedteVan(cel));
    }
    return this;
  }

  /** Minimum width of a column. */
  breedte(kolom: number, tekens: number): this {
    this.pasBreedte(kolom, tekens);
    return this;
  }

  private pasBreedte(kolom: number, tekens: number): void {
    this.breedtes[kolom] = Math.min(MAX_BREEDTE, Math.max(this.breedtes[kolom] ?? 8, tekens + 1));
  }

  /**
   * A table: optional title line, header row (with comments), one row per element, and a total row
   * with a SUM over each summed column. A total or row formula over a hidden or left-out value is
   * itself left out ("x"): the rule of kleine-aantallen.ts, and a SUM would silently skip the text.
   */
  tabel<R>(kolommen: readonly WerkbladKolom<R>[], rijen: readonly R[], opties: TabelOpties = {}): TabelPlaats {
    const index = new Map<string, number>();
    kolommen.forEach((k, i) => {
      if (index.has(k.kop)) throw new Error(`werkblad: kolomkop "${k.kop}" komt twee keer voor`);
      index.set(k.kop, i);
    });
    const kolom = (kop: string) => {
      const i = index.get(kop);
      if (i === undefined) throw new Error(`werkblad: onbekende kolom "${kop}"`);
      return i;
    };
    const regels = kolommen.map((k) => (k.rekenregel ? { plus: k.rekenregel.plus.map(kolom), min: (k.rekenregel.min ?? []).map(kolom) } : null));

    if (opties.titel) this.tekst(opties.titel);
    const kopRij = this.rij;
    this.data.push(
      kolommen.map((k): Cel => {
        const cel: XLSX.CellObject = { t: 's', v: k.kop };
        if (k.uitleg) cel.c = Object.assign([{ a: AUTEUR, t: k.uitleg }], { hidden: true }) as XLSX.Comments;
        return cel;
      }),
    );
    const breedte = kolommen.map((k) => k.breedte ?? Math.min(k.kop.length + 1, 30));
    const eersteRij = this.rij;

    if (!rijen.length) {
      this.data.push([{ t: 's', v: opties.leeg ?? '(geen)' }]);
      breedte.forEach((b, i) => this.pasBreedte(i, b));
      return { kopRij, eersteRij, laatsteRij: eersteRij, kolom };
    }

    const grootste: Cel[] = new Array(kolommen.length);
    for (const r of rijen) {
      const excelRij = this.rij + 1;
      const cellen: Cel[] = new Array(kolommen.length);
      for (let i = 0; i < kolommen.length; i++) {
        const k = kolommen[i];
        if (!k.waarde) continue;
        const cel = this.cel(k.waarde(r), k.soort);
        if (cel && k.link) {
          const doel = k.link(r);
          if (doel) cel.l = { Target: `#${doel}` };
        }
        cellen[i] = cel;
      }
      for (let i = 0; i < kolommen.length; i++) {
        const regel = regels[i];
        if (!regel) continue;
        const vals = [...regel.plus, ...regel.min].map((j) => cellen[j]);
        if (vals.some((c) => c?.t === 's')) {
          cellen[i] = vals.some((c) => c?.t === 's' && isVerborgen(c.v)) ? { t: 's', v: WEGGELATEN } : undefined;
          continue;
        }
        const getal = (j: number) => (cellen[j] ? (cellen[j]!.v as number) : 0);
        let v = 0;
        for (const j of regel.plus) v += getal(j);
        for (const j of regel.min) v -= getal(j);
        const cel = celVan(v, kolommen[i].soort)!;
        cel.f = formuleTekst(regel.plus, regel.min, excelRij);
        cellen[i] = cel;
      }
      for (let i = 0; i < kolommen.length; i++) {
        const c = cellen[i];
        if (!c || kolommen[i].breedte !== undefined) continue;
        if (c.t === 's') {
          const b = String(c.v).length;
          if (b > breedte[i]) breedte[i] = b;
        } else if (!grootste[i] || Math.abs(c.v as number) > Math.abs(grootste[i]!.v as number) || ((c.v as number) < 0 && Math.abs(c.v as number) === Math.abs(grootste[i]!.v as number))) {
          grootste[i] = c;
        }
      }
      this.data.push(cellen);
    }
    // Formatting every number to measure it is slow on large tables: measure the largest per column.
    grootste.forEach((c, i) => (breedte[i] = Math.max(breedte[i], breedteVan(c) + 1)));
    const laatsteRij = this.rij - 1;

    let totaalRij: number | undefined;
    if (opties.totaal !== false) {
      totaalRij = this.rij;
      const cellen: Cel[] = [{ t: 's', v: opties.totaal ?? 'Totaal' }];
      kolommen.forEach((k, i) => {
        if (!(k.totaal ?? STANDAARD_TOTAAL[k.soort])) return;
        let som = 0;
        let verborgen = false;
        for (let r = eersteRij; r <= laatsteRij; r++) {
          const c = this.data[r][i];
          if (!c) continue;
          if (c.t === 'n') som += c.v as number;
          else if (isVerborgen(c.v)) verborgen = true;
        }
        if (verborgen) {
          cellen[i] = { t: 's', v: WEGGELATEN };
          return;
        }
        const cel = celVan(k.soort === 'euro' ? centen(som) : som, k.soort)!;
        cel.f = `SUM(${kolomLetter(i)}${eersteRij + 1}:${kolomLetter(i)}${laatsteRij + 1})`;
        cellen[i] = cel;
        if (k.breedte === undefined) breedte[i] = Math.max(breedte[i], breedteVan(cel));
      });
      this.data.push(cellen);
    }

    if (opties.autofilter) {
      if (this.filter) throw new Error('werkblad: een blad kan maar één autofilter hebben');
      this.filter = XLSX.utils.encode_range({ s: { r: kopRij, c: 0 }, e: { r: laatsteRij, c: kolommen.length - 1 } });
    }
    breedte.forEach((b, i) => this.pasBreedte(i, b));
    return { kopRij, eersteRij, laatsteRij, totaalRij, kolom };
  }

  /** The worksheet (dense, as the import reads it). */
  naarSheet(): XLSX.WorkSheet {
    let kolommen = Math.max(1, this.breedtes.length);
    for (const r of this.data) if (r.length > kolommen) kolommen = r.length;
    const ws: XLSX.WorkSheet = {
      '!data': this.data as XLSX.CellObject[][],
      '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, this.data.length - 1), c: kolommen - 1 } }),
      '!cols': Array.from({ length: kolommen }, (_, i) => ({ wch: this.breedtes[i] ?? 10 })),
    };
    if (this.filter) ws['!autofilter'] = { ref: this.filter };
    return ws;
  }
}

/** A sheet name as a hyperlink target: `'Huidige situatie'!A1`. */
export function bladLink(blad: string, adres = 'A1'): string {
  return `'${blad.replace(/'/g, "''")}'!${adres}`;
}

/** Appends a sheet; the name must be unique and at most 31 characters (Excel's limit). */
export function voegBladToe(wb: XLSX.WorkBook, naam: string, ws: XLSX.WorkSheet): void {
  if (naam.length > 31) throw new Error(`bladnaam "${naam}" is langer dan 31 tekens`);
  XLSX.utils.book_append_sheet(wb, ws, naam);
}
