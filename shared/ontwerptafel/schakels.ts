/**
 * "Zo weinig mogelijk schakels" (par. 4.5 of the report) measured as parties, not as bank
 * transfers: how many different parties a school and a financier have to deal with in a route.
 *
 * Definition (computed from the route's flows, every flow has an amount > 0):
 * - Per school: the number of distinct parties it receives care money from: budgethouders,
 *   financiers that still pay it individually, and the parents when a pgb passes through them
 *   (all parents together count as one party, "Ouders (pgb)"). Averaged over the schools with care
 *   costs or a pot (the schools that receive money today or from the pot).
 * - Per financier: the number of distinct other parties a zorgfinancier (gemeente, GGD, zorgkantoor,
 *   zorgverzekeraar) pays from its own means: the budgethouder(s) it contributes to, the schools it
 *   still pays individually and the parents (pgb). A contribution to itself as budgethouder is no
 *   relation with another party; what a budgethouder pays the schools is its role as budgethouder
 *   and counts on the schools' side. Averaged over all zorgfinanciers of the evaluation, the same
 *   set in every route. The samenwerkingsverbanden' onderwijs money is left out: today it is no
 *   flow of the graph, so it cannot be compared.
 * - Schakels = the school average + the financier average. The ideal chain has 2: a school deals
 *   with one budgethouder and a financier pays one budgethouder.
 *
 * Score (a fixed scale, the same whichever routes are compared): 2 schakels score 5 and every
 * doubling costs one point: 4 → 4, 8 → 3, 16 → 2, 32 or more → 1. So score = 5 − log₂(schakels / 2),
 * between 1 and 5. A small difference between two routes stays a small difference in score.
 */
import type { Evaluatie, RouteId, Stroom } from '../engine';
import { schoolId } from '../domain/partijen';
import { formatGetal } from '../format';
import { SCORE_MAX, SCORE_MIN } from './schaal';

/** The soorten of party whose relations count on the financiers' side. */
export const ZORGFINANCIER_SOORTEN = ['gemeente', 'ggd', 'zorgkantoor', 'zorgverzekeraar'] as const;

/** Schakels of the ideal chain: one party for the school, one for the financier. */
export const SCHAKELS_IDEAAL = 2;

export interface SchakelZijde {
  /** Mean number of distinct parties over the counted parties (0 when there are none). */
  gemiddeld: number;
  /** Party id → its number of distinct parties, for every counted party. */
  perPartij: Record<string, number>;
}

export interface Schakels {
  scholen: SchakelZijde;
  financiers: SchakelZijde;
  /** scholen.gemiddeld + financiers.gemiddeld. */
  totaal: number;
  /** 1–5 by SCHAKELS_REGEL. */
  score: number;
}

/** The scoring rule in Dutch, for the app and the verslag. */
export const SCHAKELS_REGEL =
  'Vaste schaal: 2 schakels (de school heeft met één partij te maken en de financier betaalt aan één partij) geeft 5, elke verdubbeling kost een punt: 4 schakels 4, 8 schakels 3, 16 schakels 2, 32 of meer 1 (score = 5 − ²log(schakels / 2)). De score hangt niet af van welke routes worden vergeleken.';

/** 5 − log₂(schakels / 2), between 1 and 5; at or below the ideal 5. */
export function schakelScore(schakels: number): number {
  if (!(schakels > SCHAKELS_IDEAAL)) return SCORE_MAX;
  return Math.max(SCORE_MIN, SCORE_MAX - Math.log2(schakels / SCHAKELS_IDEAAL));
}

function gemiddelde(perPartij: Record<string, number>): number {
  const x = Object.values(perPartij);
  return x.length ? x.reduce((a, b) => a + b, 0) / x.length : 0;
}

/**
 * Counts the schakels of a set of flows: `scholen` are the school parties averaged over,
 * `financiers` the financier parties averaged over (each counted, also with no flow: then 0).
 */
export function telSchakels(stromen: readonly Stroom[], scholen: readonly string[], financiers: readonly string[]): Schakels {
  const betalersVan = new Map<string, Set<string>>(scholen.map((s) => [s, new Set<string>()]));
  const ontvangersVan = new Map<string, Set<string>>(financiers.map((f) => [f, new Set<string>()]));
  for (const st of stromen) {
    if (!(st.bedrag > 0) || st.van === st.naar) continue;
    betalersVan.get(st.naar)?.add(st.van);
    if (st.soort !== 'budget') ontvangersVan.get(st.van)?.add(st.naar);
  }
  const tel = (m: Map<string, Set<string>>) => Object.fromEntries([...m].map(([id, s]) => [id, s.size]));
  const s: SchakelZijde = { perPartij: tel(betalersVan), gemiddeld: 0 };
  const f: SchakelZijde = { perPartij: tel(ontvangersVan), gemiddeld: 0 };
  s.gemiddeld = gemiddelde(s.perPartij);
  f.gemiddeld = gemiddelde(f.perPartij);
  const totaal = s.gemiddeld + f.gemiddeld;
  return { scholen: s, financiers: f, totaal, score: schakelScore(totaal) };
}

/** The schools counted in an evaluation: those receiving care money today or with a pot. */
export function schakelScholen(ev: Evaluatie): string[] {
  const uit = new Set<string>();
  for (const st of ev.routes.huidig.stromen) if (ev.partij[st.naar]?.soort === 'school') uit.add(st.naar);
  for (const s of ev.pot.perSchool) if (s.totaal > 0) uit.add(schoolId(s.school));
  return [...uit];
}

/** The zorgfinanciers of an evaluation. */
export function schakelFinanciers(ev: Evaluatie): string[] {
  return ev.financiers.filter((f) => (ZORGFINANCIER_SOORTEN as readonly string[]).includes(f.soort)).map((f) => f.partij);
}

/** Counted once per evaluation and route: the score and its explanation both need it. */
const geteld = new WeakMap<Evaluatie, Partial<Record<RouteId, Schakels>>>();

/** The schakels of a route in an evaluation. */
export function schakelsVan(ev: Evaluatie, route: RouteId): Schakels {
  let perRoute = geteld.get(ev);
  if (!perRoute) geteld.set(ev, (perRoute = {}));
  return (perRoute[route] ??= telSchakels(ev.routes[route].stromen, schakelScholen(ev), schakelFinanciers(ev)));
}

const getal = (x: number) => formatGetal(x, Number.isInteger(x) ? 0 : 1);

/** "Gemeente A 7, Gemeente B 1": the counts per party, highest first, at most `max`. */
function perPartijTekst(ev: Evaluatie, zijde: SchakelZijde, max = 6): string {
  const rij = Object.entries(zijde.perPartij).sort((a, b) => b[1] - a[1] || (ev.partij[a[0]]?.naam ?? a[0]).localeCompare(ev.partij[b[0]]?.naam ?? b[0], 'nl'));
  const tekst = rij.slice(0, max).map(([id, n]) => `${ev.partij[id]?.naam ?? id} ${formatGetal(n)}`);
  return tekst.join(', ') + (rij.length > max ? ` en ${formatGetal(rij.length - max)} meer` : '');
}

/** How the schakels of a route were computed, in Dutch, for the score's explanation. */
export function schakelsToelichting(ev: Evaluatie, route: RouteId): string {
  const k = schakelsVan(ev, route);
  return (
    `Een school heeft gemiddeld met ${getal(k.scholen.gemiddeld)} partijen te maken (${perPartijTekst(ev, k.scholen)}); ` +
    `een zorgfinancier betaalt gemiddeld aan ${getal(k.financiers.gemiddeld)} partijen (${perPartijTekst(ev, k.financiers)}). ` +
    `Samen ${getal(k.totaal)} schakels: score 5 − ²log(${getal(k.totaal)} / 2) = ${formatGetal(k.score, 2)}.`
  );
}
