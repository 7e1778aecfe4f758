import { formatEuro, formatGetal } from '../../../shared/format';

/**
 * The data of an ECharts chart as tables, read from the chart's own options, so every chart can be
 * shown as a table ("Toon als tabel") without a second description of its data: bar and line
 * charts give one row per category and one column per series (series on the same categories, as
 * in charts of two grids side by side, share one table).
 */

export interface GrafiekTabel {
  /** Headers: the first names the rows (the category, or "Van"), the others the values. */
  kop: string[];
  /** How many columns, from the left, hold text (the row header included); the rest are figures. */
  tekstKolommen: number;
  /** Per row the row header and its cells, formatted nl-NL. */
  rijen: Array<{ kop: string; cellen: string[] }>;
}

/** How a chart's values read in its table. */
export type GrafiekEenheid = 'euro' | 'getal';

type Onbekend = Record<string, unknown>;

const lijst = (x: unknown): Onbekend[] => (Array.isArray(x) ? x : x && typeof x === 'object' ? [x as Onbekend] : []);

/** A data item's value: a number, `{ value }`, or nothing (a missing bar). */
function waardeVan(d: unknown): number | null {
  const v = d && typeof d === 'object' && !Array.isArray(d) ? (d as Onbekend).value : d;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

const tekstVan = (d: unknown): string => String(d && typeof d === 'object' ? ((d as Onbekend).value ?? '') : (d ?? ''));

/** A value in the table: euros whole, other numbers with up to two decimals; a missing value as a dash. */
export function tabelWaarde(v: number | null, eenheid: GrafiekEenheid): string {
  if (v === null) return '–';
  if (eenheid === 'euro') return formatEuro(v);
  return formatGetal(v, Number.isInteger(v) ? 0 : Math.abs(v) >= 100 ? 1 : 2);
}

export function grafiekTabellen(opties: object, categorie: string, eenheid: GrafiekEenheid): GrafiekTabel[] {
  const o = opties as Onbekend;
  const reeksen = lijst(o.series);
  const tabellen: GrafiekTabel[] = [];

  // Bars and lines, grouped by the categories they are drawn against.
  const xAssen = lijst(o.xAxis);
  const yAssen = lijst(o.yAxis);
  const groepen: Array<{ categorieen: string[]; reeksen: Array<{ naam: string; waarden: Array<number | null> }> }> = [];
  reeksen.forEach((r, i) => {
    if (r.type !== 'bar' && r.type !== 'line') return;
    const x = xAssen[Number(r.xAxisIndex ?? 0)];
    const y = yAssen[Number(r.yAxisIndex ?? 0)];
    const as = [y, x].find((a) => a && (a.type === 'category' || Array.isArray(a.data)));
    if (!as) return;
    const categorieen = Array.isArray(as.data) ? as.data.map(tekstVan) : [];
    const data = Array.isArray(r.data) ? (r.data as unknown[]) : [];
    let groep = groepen.find((g) => g.categorieen.length === categorieen.length && g.categorieen.every((c, j) => c === categorieen[j]));
    if (!groep) groepen.push((groep = { categorieen, reeksen: [] }));
    groep.reeksen.push({ naam: typeof r.name === 'string' && r.name ? r.name : `Reeks ${i + 1}`, waarden: categorieen.map((_, j) => waardeVan(data[j])) });
  });
  for (const g of groepen) {
    tabellen.push({
      kop: [categorie, ...g.reeksen.map((r) => r.naam)],
      tekstKolommen: 1,
      rijen: g.categorieen.map((c, j) => ({ kop: c, cellen: g.reeksen.map((r) => tabelWaarde(r.waarden[j], eenheid)) })),
    });
  }
  return tabellen;
}
