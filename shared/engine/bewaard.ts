/**
 * A value kept per pair of objects (a normenset and a regio, a cell list and a regio), for as long
 * as both live: the engine keeps what a what-if on the same regio does not change. Weak on both
 * keys, so an edited regio (a new object) or a dropped normenset takes its values with it.
 */
export function bewaardBij<A extends object, B extends object, T>(kaart: WeakMap<A, WeakMap<B, T>>, a: A, b: B, maak: () => T): T {
  let perB = kaart.get(a);
  if (!perB) kaart.set(a, (perB = new WeakMap()));
  let waarde = perB.get(b);
  if (waarde === undefined) perB.set(b, (waarde = maak()));
  return waarde;
}
