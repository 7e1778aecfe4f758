/**
 * The shape of a regio table's descriptor: one description per column from which the zod schema
 * (the single validator), the SQLite row mapping, the Excel template and import, and the Regio
 * screen's forms are derived. The descriptors themselves are in `tabellen.ts`.
 */
import { z } from 'zod';

/**
 * The kind of value of a column. It decides how Excel reads and writes a cell, how SQLite stores
 * the value and which input the Regio screen shows.
 */
export type WaardeSoort =
  | 'code'
  | 'naam'
  | 'geheelGetal'
  | 'fte'
  | 'aandeel'
  | 'jaNee'
  | 'doelgroep'
  | 'sector'
  | 'celSector'
  | 'swvType'
  | 'professional'
  /** A financier's party id: `gemeente:<code>`, `zorgkantoor`, `zorgverzekeraar:<naam>` or `ggd`. */
  | 'financier'
  /** A financing kader (jeugdwet, zvw, wlz, wpg, wmo). */
  | 'kader'
  /** A calendar year. */
  | 'jaar'
  /** An amount in euro (may be negative, a correction). */
  | 'bedrag'
  /** Free text. */
  | 'tekst'
  /** A share per kader (`{ jeugdwet: 0.4, zvw: 0.6 }`): one Excel column per kader, JSON in SQLite. */
  | 'kaderverdeling';

/** One allowed value of a choice column, with the words the app shows for it. */
export interface Keuze {
  waarde: string;
  label: string;
}

/** The tables whose codes other columns refer to. */
export type VerwezenTabel = 'gemeenten' | 'samenwerkingsverbanden' | 'scholen';

/** One Excel column of a nested field (a kader of an inventarisatie's `kaders`). */
export interface DeelKolom {
  sleutel: string;
  kop: string;
  aliassen: readonly string[];
  uitleg: string;
  breedte: number;
}

export interface KolomBeschrijving<V extends string = string, S extends z.ZodType = z.ZodType> {
  /** Field in the regio-bestand (JSON key). */
  veld: V;
  /** The zod type of the value: the regio schema is assembled from these. */
  schema: S;
  soort: WaardeSoort;
  /** Dutch label in the app's forms. */
  label: string;
  /** Header in the Excel template and in messages ("Blad Gemeenten, rij 5, kolom SWV vo"). */
  kop: string;
  /** Other headers that mean this column (compared without case, accents, spaces or punctuation). */
  aliassen: readonly string[];
  /** Explanation on the Toelichting sheet and in the header comment. */
  uitleg: string;
  /** Required columns must be present and filled in; optional ones may be left out. */
  verplicht: boolean;
  /** Excel column width in characters. */
  breedte: number;
  /** Column name in SQLite. */
  sql: string;
  /** What SQLite stores for an absent optional value when it cannot be NULL (a key column): ''. */
  sqlLeeg?: '';
  /** The allowed values of a choice column, in the order the app offers them. */
  keuzes?: readonly Keuze[];
  /** The column holds a code of a row of this table (of this SWV type, for samenwerkingsverbanden). */
  verwijst?: { tabel: VerwezenTabel; swvType?: 'po' | 'vo' };
  /** A nested field read and written as several Excel columns. */
  deelkolommen?: readonly DeelKolom[];
  /** The form's message when a required value is missing ("Vul een naam in."). */
  ontbreekt?: string;
  /** Help text under the form input. */
  hulp?: string;
}

export interface TabelBeschrijving<T extends string = string, K extends readonly KolomBeschrijving[] = readonly KolomBeschrijving[]> {
  id: T;
  /** Title of the table ("Gemeenten"). */
  label: string;
  /** The table inside a sentence ("de gemeenten"). */
  inZin: string;
  /** One row in words, without article ("gemeente"). */
  wat: string;
  blad: string;
  bladAliassen: readonly string[];
  /** false: a workbook without this sheet gets an empty table (older templates). */
  bladVerplicht: boolean;
  /** Explanation of the sheet on the Toelichting sheet. */
  uitleg: string;
  /** SQLite table; its rows carry `regio_id` and, when `geordend`, a `volgorde`. */
  sqlTabel: string;
  geordend: boolean;
  /** The fields that identify a row; the first is the key edits address a row by. */
  sleutel: readonly K[number]['veld'][];
  /** Rows whose value in this column is empty or 0 are left out (empty combinations in long format). */
  weglatenBijNul?: K[number]['veld'];
  kolommen: K;
}

/** Declares a table descriptor, keeping the literal field names and zod types for `vorm`. */
export function tabel<const T extends string, const K extends readonly KolomBeschrijving[]>(t: TabelBeschrijving<T, K>): TabelBeschrijving<T, K> {
  return t;
}

/** The zod object shape of a table's columns. */
export type Vorm<K extends readonly KolomBeschrijving[]> = { [C in K[number] as C['veld']]: C['schema'] };

export function vorm<K extends readonly KolomBeschrijving[]>(kolommen: K): Vorm<K> {
  return Object.fromEntries(kolommen.map((k) => [k.veld, k.schema])) as Vorm<K>;
}

/** Codes (gemeentecode, swv-code, schoolcode) and names as the regio-bestand allows them. */
export const CODE = z.string().trim().min(1).max(64);
export const NAAM = z.string().trim().min(1).max(200);

/** The value of a (possibly nested) field of a row. */
export function veldWaarde(rij: object, veld: string): unknown {
  let w: unknown = rij;
  for (const deel of veld.split('.')) {
    if (w === null || typeof w !== 'object') return undefined;
    w = (w as Record<string, unknown>)[deel];
  }
  return w;
}

/** The key of a row in words: "S03" or "S01 / GM9901 / gedrag" (absent optional key fields left out). */
export function rijSleutel(b: TabelBeschrijving, rij: object | undefined): string {
  if (!rij) return '?';
  return b.sleutel
    .map((v) => veldWaarde(rij, v))
    .filter((w) => w !== undefined && w !== null && w !== '')
    .join(' / ');
}
