/**
 * The `max` items with the largest measure, in their original order, and the marked item always
 * among them (in place of the smallest): how a chart stays readable at national scale while the
 * table beside it lists everything.
 */
export function grootsteMetMarkering<T>(items: readonly T[], max: number, maat: (x: T) => number, gemarkeerd: (x: T) => boolean): T[] {
  if (items.length <= max) return [...items];
  const volgorde = items.map((x, i) => ({ i, m: maat(x) })).sort((a, b) => b.m - a.m || a.i - b.i);
  const gekozen = new Set(volgorde.slice(0, max).map((x) => x.i));
  const markering = items.findIndex(gemarkeerd);
  if (markering >= 0 && !gekozen.has(markering)) {
    gekozen.delete(volgorde[max - 1].i);
    gekozen.add(markering);
  }
  return items.filter((_, i) => gekozen.has(i));
}
