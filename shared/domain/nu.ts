/**
 * "Nu": what a party pays today (rekenmodel-v2 §8). Today there is no pot: every financier pays the
 * care of all its pupils itself, every task (breed), at every school, inside the regio or not,
 * participating in the variant or not. The engine keeps this per party (`FinancierCijfers.huidig`);
 * every screen and export takes "Nu" from here, so one party never shows two "today" figures.
 */
import type { RouteId } from './routes';

/** What "Nu" needs of an evaluation: its financiers (an Evaluatie and an EvaluatieWeergave fit). */
export interface MetFinanciers {
  financiers: readonly { partij: string; huidig: number }[];
}

/** The column heading of today's figure, on every screen and in every export. */
export const NU_KOP = 'Nu';

/** What "Nu" means, for column explanations and Toelichting sheets. */
export const NU_UITLEG = 'Wat de financier nu betaalt, zonder pot: alle taken (breed), voor al zijn leerlingen op de scholen van de regio, ook als hij in de variant niet meedoet of buiten de regio ligt.';

/** Of the Huidige situatie: there is no pot, so no contribution, no "in de pot" and no "niet in de pot". */
export const GEEN_POT = '–';

const perEvaluatie = new WeakMap<MetFinanciers['financiers'], Map<string, number>>();

/** What party `partij` (party id) pays today; 0 for a party without costs in the regio. */
export function betaaltNu(ev: MetFinanciers, partij: string): number {
  let m = perEvaluatie.get(ev.financiers);
  if (!m) {
    m = new Map(ev.financiers.map((f) => [f.partij, f.huidig]));
    perEvaluatie.set(ev.financiers, m);
  }
  return m.get(partij) ?? 0;
}

/** True for the route without a pot (the Huidige situatie): figures of the pot do not apply there. */
export function zonderPot(route: RouteId): boolean {
  return route === 'huidig';
}
