import {
  columnFilteringFeature,
  constructFilterFn,
  constructSortFn,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type SortingState,
  type TableOptions,
} from '@tanstack/react-table';
import { formatGetal } from '../../../../shared/format';

/**
 * The logic of a big table, without React: which rows a search and the filters leave, in which
 * order, and what the footer sums. Sorting and searching are TanStack Table's row models; this
 * module gives them Dutch rules (nl collation, accents ignored, empty cells last).
 */

/** A cell's value as the table sorts, searches and sums it. */
export type CelWaarde = string | number | boolean | null | undefined;

/** One column of the table model: its value per row, and whether it is searched and summed. */
export interface ModelKolom<R> {
  id: string;
  waarde: (r: R) => CelWaarde;
  /** Searched by the search box (default: text columns, see `zoekbaar`). */
  zoekbaar?: boolean;
  /** Summed in the footer. */
  som?: boolean;
  /** The first click sorts from large to small (figures). */
  aflopendEerst?: boolean;
}

/** A filter the user can switch on: the rows for which `test` holds stay. */
export interface RijFilter<R> {
  id: string;
  label: string;
  test: (r: R) => boolean;
}

/** Text without case and accents: "Súdwest-Fryslân" is found by "sudwest fryslan". */
export function normaliseer(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl-NL')
    .replace(/[\s\-_.]+/g, ' ')
    .trim();
}

/** Whether a text contains every word of the search, in any order. */
export function pastBijZoekterm(tekst: string, zoek: string): boolean {
  const woorden = normaliseer(zoek).split(' ').filter(Boolean);
  if (!woorden.length) return true;
  const t = normaliseer(tekst);
  return woorden.every((w) => t.includes(w));
}

const collator = new Intl.Collator('nl-NL', { numeric: true, sensitivity: 'base' });

/** Ascending order of two cell values: numbers by size, text by Dutch collation ("Gemeente 2" before "Gemeente 10"). */
export function vergelijkWaarden(a: CelWaarde, b: CelWaarde): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a ?? ''), String(b ?? ''));
}

const sortNl = constructSortFn({ sort: (a: CelWaarde, b: CelWaarde) => vergelijkWaarden(a, b) });
const zoekFn = constructFilterFn({ filter: (_waarde: unknown, zoek: string, row, _kolom) => pastBijZoekterm(String((row.original as { zoektekst?: string }).zoektekst ?? ''), zoek) });

/** The TanStack Table features of every big table: sorting, and a global search over the searchable columns. */
export const TABEL_FEATURES = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { nl: sortNl },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { zoek: zoekFn },
});

export type TabelFeatures = typeof TABEL_FEATURES;

/** A row as the table holds it: the original, its index in the input and the text the search looks in. */
export interface ModelRij<R> {
  rij: R;
  index: number;
  zoektekst: string;
}

/** The rows with the text of their searchable columns joined, so one search word may match any column. */
export function modelRijen<R>(rijen: readonly R[], kolommen: readonly ModelKolom<R>[]): ModelRij<R>[] {
  const zoekbaar = kolommen.filter((k) => k.zoekbaar);
  return rijen.map((rij, index) => ({
    rij,
    index,
    zoektekst: zoekbaar
      .map((k) => k.waarde(rij))
      .filter((w) => w !== null && w !== undefined && w !== '')
      .join(' · '),
  }));
}

/** The columns for TanStack Table. Empty cells sort last in either direction. */
export function kolomDefinities<R>(kolommen: readonly ModelKolom<R>[]): ColumnDef<TabelFeatures, ModelRij<R>>[] {
  return kolommen.map((k, i) => ({
    id: k.id,
    accessorFn: (r: ModelRij<R>) => {
      const w = k.waarde(r.rij);
      return w === null || w === '' ? undefined : w;
    },
    sortFn: 'nl' as const,
    sortUndefined: 'last' as const,
    sortDescFirst: k.aflopendEerst ?? false,
    // The search looks in the row's joined text (see modelRijen), once per row: through the first column.
    enableGlobalFilter: i === 0,
  }));
}

/** The table options every big table shares, for `useTable` (or `constructTable` in a test). */
export function tabelOpties<R>(
  data: ModelRij<R>[],
  columns: ColumnDef<TabelFeatures, ModelRij<R>>[],
  state: { sorting: SortingState; globalFilter: string },
): Omit<TableOptions<TabelFeatures, ModelRij<R>>, 'onSortingChange' | 'onGlobalFilterChange'> {
  return {
    features: TABEL_FEATURES,
    data,
    columns,
    state,
    globalFilterFn: 'zoek',
    getColumnCanGlobalFilter: (c) => c.id === columns[0]?.id,
    getRowId: (r) => String(r.index),
    enableSortingRemoval: true,
    enableMultiSort: false,
  };
}

/** The rows the switched-on filters leave (all must hold). */
export function pasFiltersToe<R>(rijen: readonly R[], filters: readonly RijFilter<R>[], aan: readonly string[]): R[] {
  const actief = filters.filter((f) => aan.includes(f.id));
  return actief.length ? rijen.filter((r) => actief.every((f) => f.test(r))) : [...rijen];
}

/** Per summed column, the sum over the rows (non-numbers count as nothing). */
export function kolomTotalen<R>(rijen: readonly R[], kolommen: readonly ModelKolom<R>[]): Record<string, number> {
  const totalen: Record<string, number> = {};
  for (const k of kolommen) {
    if (!k.som) continue;
    let som = 0;
    for (const r of rijen) {
      const w = k.waarde(r);
      if (typeof w === 'number' && Number.isFinite(w)) som += w;
    }
    totalen[k.id] = som;
  }
  return totalen;
}

/** The footer's label: "Totaal", or with a filter on "Gefilterd: 12 van 344" above "Totaal (alle 344)". */
export function totaalLabels(zichtbaar: number, alle: number, meervoud: string): { gefilterd: string | null; totaal: string } {
  if (zichtbaar === alle) return { gefilterd: null, totaal: 'Totaal' };
  return { gefilterd: `Gefilterd: ${formatGetal(zichtbaar)} van ${formatGetal(alle)} ${meervoud}`, totaal: `Totaal (alle ${formatGetal(alle)})` };
}
