import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import type { Variant } from '../../../../shared/engine';
import { maakWinkel, type Winkel } from '../../winkel';

/**
 * The variant being designed, held outside React's state so that each control of the panel
 * subscribes to its own part: a click then re-renders the section it touches, not the panel with
 * its accordion and every switch in it.
 */
export type VariantWinkel = Winkel<Variant>;

export const maakVariantWinkel = (begin: Variant): VariantWinkel => maakWinkel(begin);

export const VariantWinkelContext = createContext<VariantWinkel | null>(null);

/** The same values under the same keys (one level deep), or the same primitive. */
export function ondiepGelijk(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The part of the variant that `kies` picks, re-rendering only when that part changes (compared one
 * level deep, so `kies` may return a fresh object or array of the variant's own values).
 */
export function useVariantDeel<T>(kies: (v: Variant) => T): T {
  const winkel = useContext(VariantWinkelContext);
  if (!winkel) throw new Error('useVariantDeel buiten VariantWinkelContext');
  const vorige = useRef<{ deel: T } | null>(null);
  // A new function each render is fine: React reads the snapshot with the `kies` of this render.
  const lees = () => {
    const deel = kies(winkel.lees());
    if (!vorige.current || !ondiepGelijk(vorige.current.deel, deel)) vorige.current = { deel };
    return vorige.current.deel;
  };
  return useSyncExternalStore(winkel.abonneer, lees);
}
