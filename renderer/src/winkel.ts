/**
 * A value held outside React's state, read with `useSyncExternalStore`: the components that
 * subscribe re-render when it changes, the component that holds it does not.
 */
export interface Winkel<T> {
  lees(): T;
  /** Sets the value; the subscribers hear of it unless it is the same value. */
  zet(waarde: T): void;
  abonneer(luisteraar: () => void): () => void;
}

export function maakWinkel<T>(begin: T): Winkel<T> {
  let waarde = begin;
  const luisteraars = new Set<() => void>();
  return {
    lees: () => waarde,
    zet(nieuw) {
      if (Object.is(nieuw, waarde)) return;
      waarde = nieuw;
      for (const l of luisteraars) l();
    },
    abonneer(l) {
      luisteraars.add(l);
      return () => luisteraars.delete(l);
    },
  };
}
