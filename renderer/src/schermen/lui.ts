import { lazy, type ComponentType } from 'react';

/**
 * Every screen but the first is loaded when it is first shown, so the start-up bundle holds only
 * the app's frame and the Overzicht. The Overzicht is part of the start: a lazy screen always
 * shows its fallback first and renders a second time, even when its code is already there.
 */
function luiScherm<P extends object>(laad: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await laad() }));
}

export { Overzicht } from './Overzicht';
export const RegioScherm = luiScherm(() => import('./Regio').then((m) => m.RegioScherm));
export const Vergelijken = luiScherm(() => import('./Vergelijken').then((m) => m.Vergelijken));
export const Oogo = luiScherm(() => import('./Oogo').then((m) => m.Oogo));
export const Ontwerptafel = luiScherm(() => import('./Ontwerptafel').then((m) => m.Ontwerptafel));
export const Bronnen = luiScherm(() => import('./Bronnen').then((m) => m.Bronnen));
