/**
 * The shape of a chart's options: which components and series there are (with their type, id and
 * name) and which keys each sets, without the values. Two options of the same shape can be merged
 * into the chart, which then updates its elements in place; a new shape is built anew.
 *
 * ECharts merges the top-level arrays (series, axes, grids…) element by element and every nested
 * object key by key, but replaces nested arrays (data, nodes, links, colours) whole; so nested arrays
 * are leaves here, and a key that disappears changes the shape (a merge would keep its old value).
 */
export function grafiekVorm(opties: Record<string, unknown>): string {
  const delen: string[] = [];
  for (const sleutel of Object.keys(opties).sort()) {
    const waarde = opties[sleutel];
    if (Array.isArray(waarde)) delen.push(`${sleutel}[${waarde.map((e) => (isObject(e) ? `${kenmerk(e)}${objectVorm(e)}` : soort(e))).join(',')}]`);
    else delen.push(`${sleutel}:${isObject(waarde) ? `${kenmerk(waarde)}${objectVorm(waarde)}` : soort(waarde)}`);
  }
  return delen.join(';');
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Nested arrays are replaced whole by a merge: only that there is one counts. */
const soort = (x: unknown): string => (Array.isArray(x) ? 'a' : x === null ? 'n' : (typeof x)[0]);

/** What ECharts matches a component or series on. */
const kenmerk = (o: Record<string, unknown>) => ['type', 'id', 'name'].map((k) => (typeof o[k] === 'string' || typeof o[k] === 'number' ? `${k}=${String(o[k])}` : '')).join('|');

function objectVorm(o: Record<string, unknown>): string {
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${k}:${isObject(o[k]) ? objectVorm(o[k]) : soort(o[k])}`)
    .join(',')}}`;
}
