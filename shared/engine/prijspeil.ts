/**
 * Prijspeil (rekenmodel-v2 §9). The national norms are amounts at 2022 prices; a regio may choose
 * another price level (`jaar`) with index factors relative to 2022. Norm costs are multiplied by
 * index(jaar); a realisatie of year j by index(jaar) / index(j). 2022 itself has index 1 unless the
 * regio states otherwise; any other year that is needed without a factor is an error naming it.
 */
export const BASISJAAR = 2022;

/** The regio's setting as in the regio-bestand: `index` maps a year ("2024") to its factor relative to 2022. */
export interface PrijspeilInstelling {
  jaar: number;
  index: Readonly<Record<string, number>>;
}

/** What an evaluation used: the year, its factor on the norms, and the words every screen shows. */
export interface PrijspeilUitkomst {
  jaar: number;
  /** index(jaar): the factor on every norm cost (1 at prijspeil 2022). */
  factor: number;
  /** "prijspeil 2022". */
  label: string;
  /** The regio's index factors (year → factor relative to 2022). */
  index: Record<string, number>;
}

export const STANDAARD_PRIJSPEIL: PrijspeilInstelling = { jaar: BASISJAAR, index: {} };

export const prijspeilLabel = (jaar: number) => `prijspeil ${jaar}`;

/** index(j) relative to 2022, or null when the regio gives none (2022 itself: 1). */
function indexVan(p: PrijspeilInstelling, jaar: number): number | null {
  const f = p.index[String(jaar)];
  if (f !== undefined) return f;
  return jaar === BASISJAAR ? 1 : null;
}

/** index(j); throws a Dutch error naming the year when the regio has no factor for it. */
export function prijsindex(p: PrijspeilInstelling, jaar: number): number {
  const f = indexVan(p, jaar);
  if (f === null) throw new Error(`de prijsindex van ${jaar} ontbreekt (nodig voor ${prijspeilLabel(p.jaar)}); vul bij het prijspeil een indexfactor voor ${jaar} in`);
  return f;
}

/** The years among `jaren` (and the prijspeil year itself) without an index factor, ascending. */
export function ontbrekendeIndexJaren(p: PrijspeilInstelling, jaren: Iterable<number>): number[] {
  const ontbreekt = new Set<number>();
  for (const j of [p.jaar, ...jaren]) if (indexVan(p, j) === null) ontbreekt.add(j);
  return [...ontbreekt].sort((a, b) => a - b);
}

export function prijspeilFactor(p: PrijspeilInstelling = STANDAARD_PRIJSPEIL): PrijspeilUitkomst {
  return { jaar: p.jaar, factor: prijsindex(p, p.jaar), label: prijspeilLabel(p.jaar), index: { ...p.index } };
}

/** A realisatie amount of year `jaar` at the prijspeil: bedrag × index(prijspeil) / index(jaar). */
export function realisatieOpPrijspeil(p: PrijspeilInstelling, bedrag: number, jaar: number): number {
  const doel = prijsindex(p, p.jaar);
  const bron = prijsindex(p, jaar);
  return doel === bron ? bedrag : (bedrag * doel) / bron;
}
