import { lazy, type ComponentType } from 'react';

/**
 * Every screen is loaded when it is first shown, so the start-up bundle holds only the app's frame.
 * The Overzicht's chunk is requested at once: it is the first screen and loads alongside the
 * project, not after it.
 */
function luiScherm<P extends object>(laad: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await laad() }));
}

const overzicht = import('./Overzicht');

export const Overzicht = luiScherm(() => overzicht.then((m) => m.Overzicht));
export const RegioScherm = luiScherm(() => import('./Regio').then((m) => m.RegioScherm));
export const Vergelijken = luiScherm(() => import('./Vergelijken').then((m) => m.Vergelijken));
export const Oogo = luiScherm(() => import('./Oogo').then((m) => m.Oogo));
export const Ontwerptafel = luiScherm(() => import('./Ontwerptafel').then((m) => m.Ontwerptafel));
export const Bronnen = luiScherm(() => import('./Bronnen').then((m) => m.Bronnen));
