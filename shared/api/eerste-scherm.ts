import { SCOPE_PRESETS } from '../domain/catalogus';
import type { Invoer } from './contract';

/**
 * What the first screen, the Overzicht of the project's first regio, asks of the API besides the
 * project and the regio's overview: the renderer asks these ahead at start, and the host and the
 * Electron main process compute them once at start, so the first open finds them ready.
 */

/** The Overzicht's evaluation: the standard variant with its largest contributions. */
export const overzichtEvaluatie = (regioId: number): Invoer<'evaluatie'> => ({ regioId, variant: {}, delen: ['grootsteBijdragen'] });

/** The Overzicht's need: each scope preset. */
export const overzichtBehoefte = (regioId: number): Array<Invoer<'behoefte'>> => SCOPE_PRESETS.map((scope) => ({ regioId, scope }));
