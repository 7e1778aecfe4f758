/**
 * The weighting of the ontwerptafel: stakeholder groups, their weights per criterion, the score
 * table of the routes (qualitative scores and normalised engine figures) and the weighted result
 * per group and overall, with a deterministic ranking.
 *
 * Method (shown in the app and the verslag, see WEGING_UITLEG):
 * - Every criterion has a score from 1 (worst) to 5 (best) per route.
 * - Measurable criteria: linear min–max normalisation over the routes being compared. The best
 *   figure (lowest, for all four) gets 5, the worst 1, the others in proportion; when all routes
 *   have the same figure (within 1e-9 relative), all get 3. The scores therefore depend on which
 *   routes are compared.
 * - A group's result per route is the weighted mean Σ w·s / Σ w of its weights (0–10): a group
 *   that gives every criterion 10 counts as much as one that gives every criterion 5. A group
 *   whose weights are all 0 has no preference: all routes get 3 and it is left out of the overall.
 * - The overall result is the plain mean of the results of the groups that weighed (one group, one
 *   voice, however many people represent it).
 * - Ranking: higher is better; scores within 1e-9 (relative) are a tie and share a place. Within
 *   a tie the order of the compared routes decides (default: huidige situatie, gemeenteroute,
 *   onderwijsroute, integrale route), so the huidige situatie keeps first place on a tie: a change
 *   has to score better.
 */
import { ROUTES, type Evaluatie, type RouteId } from '../engine';
import {
  CRITERIUM_IDS,
  KWALITATIEVE_CRITERIUM_IDS,
  MEETBARE_CRITERIA,
  STANDAARD_SCORES,
  type CriteriumId,
  type KwalitatiefCriteriumId,
  type MeetbaarCriteriumId,
} from './criteria';
import { SCHAKELS_REGEL } from './schakels';
import { NEUTRALE_SCORE, SCORE_MAX, SCORE_MIN } from './schaal';

export interface Stakeholdergroep {
  /** Stable id, used as key of weights and positions. */
  id: string;
  naam: string;
}

/**
 * The seven groups of the ontwerptafel, as in the survey of the report's beleidssimulatie (tabel
 * 1.2, par. 1.4): gemeenten, samenwerkingsverbanden, schoolbesturen, schoolleiders (its largest
 * group, with the samenwerkingsverbanden), zorgaanbieders, zorgkantoren and zorgverzekeraars as one
 * group, and ouders (with belangenbehartigers and ervaringsdeskundigen). Editable in the session.
 */
export const STANDAARD_GROEPEN: readonly Stakeholdergroep[] = [
  { id: 'gemeenten', naam: 'Gemeenten' },
  { id: 'samenwerkingsverbanden', naam: 'Samenwerkingsverbanden' },
  { id: 'schoolbesturen', naam: 'Schoolbesturen' },
  { id: 'schoolleiders', naam: 'Schoolleiders' },
  { id: 'zorgaanbieders', naam: 'Zorgaanbieders' },
  { id: 'zorgkantoren_zorgverzekeraars', naam: 'Zorgkantoren en zorgverzekeraars' },
  { id: 'ouders', naam: 'Ouders' },
];

export const GEWICHT_MIN = 0;
export const GEWICHT_MAX = 10;
/** Every criterion starts with the same weight, in the middle of the range. */
export const STANDAARD_GEWICHT = 5;
export { SCORE_MIN, SCORE_MAX, NEUTRALE_SCORE };
/** Relative margin within which two scores count as equal. */
export const GELIJK_MARGE = 1e-9;

/** Group id → criterion → weight (0–10). A missing weight is STANDAARD_GEWICHT. */
export type Gewichten = Readonly<Record<string, Readonly<Partial<Record<CriteriumId, number>>>>>;

/** A score the session sets instead of the default, with its own argument. */
export interface ScoreAanpassing {
  score: number;
  onderbouwing?: string;
}
export type ScoreAanpassingen = Readonly<Partial<Record<RouteId, Readonly<Partial<Record<KwalitatiefCriteriumId, ScoreAanpassing>>>>>>;

/** startpunt: the default of STANDAARD_SCORES; aangepast: set in the session; gemeten: from the engine. */
export type ScoreHerkomst = 'startpunt' | 'aangepast' | 'gemeten';

export interface Scorecel {
  score: number;
  herkomst: ScoreHerkomst;
  /** The argument (qualitative) or how the score follows from the figure (measurable). */
  onderbouwing: string;
  /** Measurable criteria: the engine figure. */
  waarde?: number;
}

/** Route → the engine figure of each measurable criterion. */
export type Meetwaarden = Partial<Record<RouteId, Record<MeetbaarCriteriumId, number>>>;

export interface Scoretabel {
  /** The compared routes, in the order that breaks ties. */
  routes: RouteId[];
  /** Route → criterion → score (only the compared routes). */
  perRoute: Partial<Record<RouteId, Record<CriteriumId, Scorecel>>>;
}

export interface Rangplaats {
  route: RouteId;
  score: number;
  /** 1 + the number of routes with a strictly higher score: tied routes share a place. */
  plaats: number;
  gedeeld: boolean;
}

export interface GroepsResultaat {
  groep: string;
  naam: string;
  /** Route → weighted mean score (1–5). */
  scores: Partial<Record<RouteId, number>>;
  rangorde: Rangplaats[];
  /** All weights 0: no preference, left out of the overall result. */
  zonderGewicht: boolean;
}

export interface Wegingsresultaat {
  routes: RouteId[];
  perGroep: GroepsResultaat[];
  totaal: { scores: Partial<Record<RouteId, number>>; rangorde: Rangplaats[]; groepenMeegeteld: number };
}

/** The method in Dutch, for the app and the Toelichting of the verslag. */
export const WEGING_UITLEG: readonly string[] = [
  'Elke route krijgt per criterium een score van 1 (slechtst) tot 5 (best).',
  'Kwalitatieve criteria: de startscores zijn onderbouwd met het rapport (DSP-groep & Oberon 2022) en gemarkeerd als startpunt; de tafel kan ze aanpassen.',
  'Meetbare criteria: de rekenkern levert het kengetal per route. De route met het beste (laagste) kengetal krijgt 5, die met het slechtste 1, de andere naar verhouding (lineair). Hebben alle routes hetzelfde kengetal, dan krijgen ze allemaal 3. De scores hangen dus af van welke routes worden vergeleken.',
  `Uitzondering: Schakels heeft een vaste schaal. ${SCHAKELS_REGEL}`,
  'Per groep is het resultaat van een route het gewogen gemiddelde van de scores met de gewichten van die groep (0–10). Alleen de verhouding tussen de gewichten telt: alles op 10 geeft hetzelfde resultaat als alles op 5.',
  'Een groep die alle gewichten op 0 zet, heeft geen voorkeur: alle routes krijgen 3 en de groep telt niet mee in het totaal.',
  'Het totaal is het gewone gemiddelde van de resultaten van de groepen: elke groep telt even zwaar, hoeveel mensen er ook namens die groep aan tafel zitten.',
  'Bij een gelijke score delen routes dezelfde plaats; de volgorde binnen een gelijke stand is: huidige situatie, gemeenteroute, onderwijsroute, integrale route. Zo blijft de huidige situatie bij een gelijke stand eerste: een verandering moet beter scoren.',
];

export function scoresGelijk(a: number, b: number): boolean {
  return Math.abs(a - b) <= GELIJK_MARGE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The weight of a group on a criterion (STANDAARD_GEWICHT when not set). */
export function gewichtVan(gewichten: Gewichten, groep: string, criterium: CriteriumId): number {
  return gewichten[groep]?.[criterium] ?? STANDAARD_GEWICHT;
}

/** Every group the same weight on every criterion. */
export function standaardGewichten(groepen: readonly Stakeholdergroep[] = STANDAARD_GROEPEN): Record<string, Record<CriteriumId, number>> {
  return Object.fromEntries(groepen.map((g) => [g.id, Object.fromEntries(CRITERIUM_IDS.map((c) => [c, STANDAARD_GEWICHT])) as Record<CriteriumId, number>]));
}

/** The engine figures of the measurable criteria for the compared routes. */
export function meetwaarden(evaluatie: Evaluatie, routes: readonly RouteId[] = ROUTES): Meetwaarden {
  const uit: Meetwaarden = {};
  for (const r of routes) uit[r] = Object.fromEntries(MEETBARE_CRITERIA.map((c) => [c.id, c.meet(evaluatie, r)])) as Record<MeetbaarCriteriumId, number>;
  return uit;
}

/**
 * Linear min–max normalisation to 1–5 where a lower figure is better: the lowest gets 5, the
 * highest 1; all equal (within GELIJK_MARGE, relative) → all NEUTRALE_SCORE.
 */
export function normaliseerLagerIsBeter(waarden: readonly number[]): number[] {
  if (!waarden.length) return [];
  const lo = Math.min(...waarden);
  const hi = Math.max(...waarden);
  if (scoresGelijk(lo, hi)) return waarden.map(() => NEUTRALE_SCORE);
  return waarden.map((x) => SCORE_MAX - ((SCORE_MAX - SCORE_MIN) * (x - lo)) / (hi - lo));
}

function controleerRoutes(routes: readonly RouteId[]): void {
  if (routes.length < 2) throw new Error('vergelijk minstens twee routes');
  if (new Set(routes).size !== routes.length) throw new Error('elke route mag maar één keer worden vergeleken');
}

/**
 * The score table: the qualitative scores (the session's aanpassingen over STANDAARD_SCORES) and
 * the normalised measurable figures, for the compared routes (in tie-break order).
 */
export function maakScoretabel(waarden: Meetwaarden, aanpassingen: ScoreAanpassingen = {}, routes: readonly RouteId[] = ROUTES): Scoretabel {
  controleerRoutes(routes);
  const perRoute: Scoretabel['perRoute'] = {};
  for (const r of routes) {
    const rij = {} as Record<CriteriumId, Scorecel>;
    for (const c of KWALITATIEVE_CRITERIUM_IDS) {
      const eigen = aanpassingen[r]?.[c];
      const std = STANDAARD_SCORES[r][c];
      rij[c] = eigen
        ? { score: eigen.score, herkomst: 'aangepast', onderbouwing: eigen.onderbouwing?.trim() || 'Aangepast door de ontwerptafel.' }
        : { score: std.score, herkomst: 'startpunt', onderbouwing: std.onderbouwing };
    }
    perRoute[r] = rij;
  }
  for (const c of MEETBARE_CRITERIA) {
    const x = routes.map((r) => {
      const w = waarden[r]?.[c.id];
      if (w === undefined || !Number.isFinite(w)) throw new Error(`geen kengetal "${c.naam}" voor route ${r}`);
      return w;
    });
    const vast = c.vasteScore;
    const scores = vast ? x.map(vast.score) : normaliseerLagerIsBeter(x);
    routes.forEach((r, i) => {
      perRoute[r]![c.id] = {
        score: scores[i],
        herkomst: 'gemeten',
        waarde: x[i],
        onderbouwing: vast
          ? `Uit de rekenkern. ${vast.regel}`
          : 'Uit de rekenkern: het laagste kengetal van de vergeleken routes krijgt 5, het hoogste 1, daartussen lineair; allemaal gelijk geeft 3.',
      };
    });
  }
  return { routes: [...routes], perRoute };
}

/**
 * The score table of an evaluation (engine figures + the session's scores); a measurable criterion
 * that explains its figure per route gets that explanation before its rule.
 */
export function scoretabelVan(evaluatie: Evaluatie, aanpassingen: ScoreAanpassingen = {}, routes: readonly RouteId[] = ROUTES): Scoretabel {
  const tabel = maakScoretabel(meetwaarden(evaluatie, routes), aanpassingen, routes);
  for (const c of MEETBARE_CRITERIA) {
    if (!c.toelichting) continue;
    for (const r of routes) {
      const cel = tabel.perRoute[r]![c.id];
      cel.onderbouwing = `${c.toelichting(evaluatie, r)} ${cel.onderbouwing}`;
    }
  }
  return tabel;
}

export function scoreVan(tabel: Scoretabel, route: RouteId, criterium: CriteriumId): number {
  const cel = tabel.perRoute[route]?.[criterium];
  if (!cel) throw new Error(`route ${route} wordt niet vergeleken`);
  return cel.score;
}

/**
 * Ranks routes by a value (higher first); ties (GELIJK_MARGE) share a place and keep the order of
 * `routes`. The one ranking rule of the ontwerptafel, also used by the sensitivity analysis.
 */
export function rangschik(routes: readonly RouteId[], waarde: (route: RouteId) => number): Rangplaats[] {
  const rijen = routes.map((route, i) => ({ route, score: waarde(route), i }));
  const gesorteerd = [...rijen].sort((a, b) => (scoresGelijk(a.score, b.score) ? a.i - b.i : b.score - a.score));
  return gesorteerd.map((x) => {
    const hoger = rijen.filter((y) => y.score > x.score && !scoresGelijk(y.score, x.score)).length;
    const gedeeld = rijen.some((y) => y.route !== x.route && scoresGelijk(y.score, x.score));
    return { route: x.route, score: x.score, plaats: hoger + 1, gedeeld };
  });
}

/** A group's weighted mean score per route; all weights 0 → all NEUTRALE_SCORE. */
export function groepsscores(tabel: Scoretabel, gewichten: Readonly<Partial<Record<CriteriumId, number>>>): { scores: Partial<Record<RouteId, number>>; zonderGewicht: boolean } {
  let somW = 0;
  for (const c of CRITERIUM_IDS) somW += gewichten[c] ?? STANDAARD_GEWICHT;
  const scores: Partial<Record<RouteId, number>> = {};
  for (const r of tabel.routes) {
    if (somW <= 0) {
      scores[r] = NEUTRALE_SCORE;
      continue;
    }
    let som = 0;
    for (const c of CRITERIUM_IDS) som += (gewichten[c] ?? STANDAARD_GEWICHT) * scoreVan(tabel, r, c);
    scores[r] = som / somW;
  }
  return { scores, zonderGewicht: somW <= 0 };
}

/** The weighted result per group and overall, each with its ranking. */
export function weeg(tabel: Scoretabel, groepen: readonly Stakeholdergroep[], gewichten: Gewichten): Wegingsresultaat {
  const perGroep: GroepsResultaat[] = groepen.map((g) => {
    const { scores, zonderGewicht } = groepsscores(tabel, gewichten[g.id] ?? {});
    return { groep: g.id, naam: g.naam, scores, rangorde: rangschik(tabel.routes, (r) => scores[r]!), zonderGewicht };
  });
  const meegeteld = perGroep.filter((g) => !g.zonderGewicht);
  const scores: Partial<Record<RouteId, number>> = {};
  for (const r of tabel.routes) scores[r] = meegeteld.length ? meegeteld.reduce((s, g) => s + g.scores[r]!, 0) / meegeteld.length : NEUTRALE_SCORE;
  return {
    routes: [...tabel.routes],
    perGroep,
    totaal: { scores, rangorde: rangschik(tabel.routes, (r) => scores[r]!), groepenMeegeteld: meegeteld.length },
  };
}
