import { SCOPE_PRESETS } from '../domain/catalogus';
import type { Invoer } from './contract';
import type { Antwoord, ApiOperatie } from './operaties';

/**
 * What the first screen, the Overzicht of the project's first regio, asks of the API besides the
 * project and the regio's overview: the renderer asks these ahead at start, and the host and the
 * Electron main process compute them once at start, so the first open finds them ready.
 */

/** The Overzicht's evaluation: the standard variant with its largest contributions. */
export const overzichtEvaluatie = (regioId: number): Invoer<'evaluatie'> => ({ regioId, variant: {}, delen: ['grootsteBijdragen'] });

/** The Overzicht's need: each scope preset. */
export const overzichtBehoefte = (regioId: number): Array<Invoer<'behoefte'>> => SCOPE_PRESETS.map((scope) => ({ regioId, scope }));

/** One call of the API, its operation with its input. */
export type ApiVraag = { [K in ApiOperatie]: { op: K; invoer: Invoer<K> } }[ApiOperatie];

/** Everything the Overzicht of regio `regioId` asks when it opens, in the order it asks. */
export function eersteSchermVragen(regioId: number): ApiVraag[] {
  return [
    { op: 'regioOverzicht', invoer: { regioId } },
    ...overzichtBehoefte(regioId).map((invoer) => ({ op: 'behoefte' as const, invoer })),
    { op: 'evaluatie', invoer: overzichtEvaluatie(regioId) },
  ];
}

/**
 * The browser host puts the first screen's answers in the page it serves, as a JSON data block with
 * this id (not a script: the CSP allows none inline): the app then starts with them instead of
 * asking the project first and the Overzicht's data after it, two round trips that wait for the
 * page's own code to run.
 */
export const EERSTE_SCHERM_ID = 'zio-eerste-scherm';

export interface MeegegevenAntwoord {
  op: ApiOperatie;
  invoer: unknown;
  antwoord: Antwoord<unknown>;
}

/** The Element Timing name of the Overzicht's heading: when it is painted, the first screen is there. */
export const EERSTE_SCHERM_KOP = 'overzicht-kop';
