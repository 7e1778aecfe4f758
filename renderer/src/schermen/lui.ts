import { lazy, type ComponentType } from 'react';
import type { Scherm } from '../../../shared/api/operaties';

/** A screen's code, fetched once; `klaar` once it is in (the screen then renders without suspending). */
export interface SchermCode {
  haal(): Promise<unknown>;
  klaar: boolean;
}

/**
 * Every screen but the first is loaded when it is first shown, so the start-up bundle holds only
 * the app's frame and the Overzicht. The menu fetches a screen's code when the pointer or focus
 * comes to it (`SCHERM_CODE`); once it is in, the lazy component gets it as an already resolved
 * thenable, which React reads without suspending. A screen whose code is not in yet suspends: the
 * fallback shows, and React holds back the reveal after a fallback for up to 300 ms.
 */
function luiScherm<P extends object>(laad: () => Promise<ComponentType<P>>): [ComponentType<P>, SchermCode] {
  let belofte: Promise<ComponentType<P>> | null = null;
  let geladen: ComponentType<P> | null = null;
  const code: SchermCode = {
    klaar: false,
    haal: () =>
      (belofte ??= laad().then((c) => {
        geladen = c;
        code.klaar = true;
        return c;
      })),
  };
  const module = () => {
    if (geladen) {
      const c = geladen;
      return { then: (ok: (m: { default: ComponentType<P> }) => void) => ok({ default: c }) } as unknown as Promise<{ default: ComponentType<P> }>;
    }
    return (code.haal() as Promise<ComponentType<P>>).then((c) => ({ default: c }));
  };
  return [lazy(module), code];
}

export { Overzicht } from './Overzicht';
const [RegioScherm, regio] = luiScherm(() => import('./Regio').then((m) => m.RegioScherm));
const [Vergelijken, vergelijken] = luiScherm(() => import('./Vergelijken').then((m) => m.Vergelijken));
const [Oogo, oogo] = luiScherm(() => import('./Oogo').then((m) => m.Oogo));
const [Ontwerptafel, ontwerptafel] = luiScherm(() => import('./Ontwerptafel').then((m) => m.Ontwerptafel));
const [Bronnen, bronnen] = luiScherm(() => import('./Bronnen').then((m) => m.Bronnen));
export { Bronnen, Oogo, Ontwerptafel, RegioScherm, Vergelijken };

/** The code of each lazy screen, fetched ahead by the menu, most used first. */
export const SCHERM_CODE: Partial<Record<Scherm, SchermCode>> = { vergelijken, regio, oogo, ontwerptafel, bronnen };

/** How long after the start the idle fetching waits: the first screen and its chart come first. */
const NA_START_MS = 2000;

/**
 * Fetches the code of every screen, one by one, whenever the browser has nothing else to do after
 * the start: a first open then renders at once also without resting on the menu (a quick click, a
 * keyboard shortcut, a presenter on a slow laptop). Returns the stop.
 */
export function haalSchermenInRust(): () => void {
  const rij = Object.values(SCHERM_CODE);
  let gestopt = false;
  let idle: number | undefined;
  const volgende = () => {
    const code = rij.shift();
    if (gestopt || !code) return;
    idle = requestIdleCallback(() => void code.haal().then(volgende, volgende));
  };
  const timer = window.setTimeout(volgende, NA_START_MS);
  return () => {
    gestopt = true;
    window.clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
