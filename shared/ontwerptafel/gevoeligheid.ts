/**
 * Sensitivity of the winner (the first route of a ranking) to one weight or one score, computed
 * exactly rather than by trying values.
 *
 * Weights. Change the weight x of group g on criterion c, the rest fixed. With W' the sum of the
 * group's other weights, A_r = Σ_{c'≠c} w_c'·s_r,c' and s_r = s_r,c, the group's score of route r
 * is S_r(x) = (A_r + x·s_r) / (W' + x). Multiplying every route's score by the same positive number
 * (W' + x) keeps the ranking, so the group ranks the routes by the line g_r(x) = A_r + x·s_r. For the
 * overall result (mean over the m+1 groups that weigh) with K_r = Σ of the other groups' scores:
 * (m+1)(W'+x)·T_r(x) = (K_r·W' + A_r) + x·(K_r + s_r), again a line. Two lines cross where their
 * difference is 0: x = −Δa/Δb. The nearest crossing with a challenger in each direction, within
 * 0–10, is where the winner changes. One exception: when the group's other weights are all 0, at
 * x = 0 the group drops out of the overall result (it has no preference), so x = 0 is handled
 * apart: the overall winner at 0 follows K_r, for every x > 0 it follows K_r + s_r.
 *
 * Scores. Change the score y (1–5) of route r on a qualitative criterion c. A group's score of r
 * moves by k·(y − y₀) with k = w_c / Σw, the other routes stay; overall k is the mean of the
 * groups' k. Lines again.
 *
 * Ties follow the ranking rule of `weging.ts` (`rangschik`): a tie is won by the route that comes
 * first in the order of the compared routes. `vanafGrens` says whether the new winner already wins
 * at the crossing itself (it comes first on the tie) or only beyond it.
 */
import { ROUTE_LABEL, type RouteId } from '../engine';
import { formatGetal } from '../format';
import { CRITERIUM, CRITERIUM_IDS, KWALITATIEVE_CRITERIUM_IDS, type CriteriumId, type KwalitatiefCriteriumId } from './criteria';
import {
  GEWICHT_MAX,
  GEWICHT_MIN,
  GELIJK_MARGE,
  SCORE_MAX,
  SCORE_MIN,
  scoresGelijk,
  gewichtVan,
  rangschik,
  scoreVan,
  weeg,
  type Gewichten,
  type Scoretabel,
  type Stakeholdergroep,
} from './weging';

export interface Omslag {
  richting: 'omhoog' | 'omlaag';
  /** The weight or score at which a challenger catches up with the winner. */
  grens: number;
  /** grens − the current value (positive up, negative down). */
  verandering: number;
  /** true: at `grens` itself the new winner already wins; false: only beyond it. */
  vanafGrens: boolean;
  nieuweWinnaar: RouteId;
}

export interface Gevoeligheid {
  /** Whose ranking: one group's own, or the overall result. */
  niveau: 'groep' | 'totaal';
  /** Weights: the group whose weight changes. Scores at group level: the group whose ranking; overall: absent. */
  groep?: string;
  criterium: CriteriumId;
  /** Scores: the route whose score changes. */
  route?: RouteId;
  /** The current weight or score. */
  waarde: number;
  bereik: readonly [number, number];
  winnaar: RouteId;
  omlaag: Omslag | null;
  omhoog: Omslag | null;
  /** The smaller of the two changes (up on an equal distance); null: no change in the range. */
  kleinste: Omslag | null;
  /** One Dutch sentence for the sensitivity view. */
  tekst: string;
}

/** A route's (ranking-equivalent) value as a line in the changing parameter t: a + b·t. */
interface Lijn {
  route: RouteId;
  a: number;
  b: number;
}

const waardeOp = (l: Lijn, t: number) => l.a + l.b * t;

function winnaarOp(lijnen: readonly Lijn[], t: number): RouteId {
  const per = new Map(lijnen.map((l) => [l.route, waardeOp(l, t)]));
  return rangschik(
    lijnen.map((l) => l.route),
    (r) => per.get(r)!,
  )[0].route;
}

/** The winner just beyond t in direction `teken`: the value at t, then the slope, then the order. */
function winnaarNa(lijnen: readonly Lijn[], t: number, teken: 1 | -1): RouteId {
  const rijen = lijnen.map((l, i) => ({ route: l.route, v: waardeOp(l, t), b: teken * l.b, i }));
  rijen.sort((x, y) => (!scoresGelijk(x.v, y.v) ? y.v - x.v : !scoresGelijk(x.b, y.b) ? y.b - x.b : x.i - y.i));
  return rijen[0].route;
}

const nulHelling = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

/** The nearest change of the winner from t0 in one direction within [lo, hi], or null. */
function omslagVan(lijnen: readonly Lijn[], t0: number, lo: number, hi: number, richting: Omslag['richting']): Omslag | null {
  const w = winnaarOp(lijnen, t0);
  const lw = lijnen.find((l) => l.route === w)!;
  const omhoog = richting === 'omhoog';
  const marge = GELIJK_MARGE * Math.max(1, Math.abs(lo), Math.abs(hi));
  let tster: number | null = null;
  for (const l of lijnen) {
    if (l.route === w || nulHelling(l.b, lw.b)) continue;
    const db = l.b - lw.b;
    if (omhoog ? db < 0 : db > 0) continue; // the challenger falls further behind in this direction
    let t = -(l.a - lw.a) / db;
    // Crossed already (a tie at t0 that the winner wins on order): the challenger leads at once.
    if (omhoog ? t < t0 : t > t0) t = t0;
    if (omhoog ? t > hi + marge : t < lo - marge) continue;
    // Rounding noise must not move a crossing off the current value or a bound of the range.
    for (const vast of [t0, lo, hi]) if (Math.abs(t - vast) <= marge) t = vast;
    t = Math.min(hi, Math.max(lo, t));
    if (tster === null || (omhoog ? t < tster : t > tster)) tster = t;
  }
  if (tster === null) return null;
  const opGrens = winnaarOp(lijnen, tster);
  const verandering = tster - t0;
  if (opGrens !== w) return { richting, grens: tster, verandering, vanafGrens: true, nieuweWinnaar: opGrens };
  if (omhoog ? tster >= hi : tster <= lo) return null;
  const na = winnaarNa(lijnen, tster, omhoog ? 1 : -1);
  return na === w ? null : { richting, grens: tster, verandering, vanafGrens: false, nieuweWinnaar: na };
}

function kleinsteVan(omlaag: Omslag | null, omhoog: Omslag | null): Omslag | null {
  if (!omlaag) return omhoog;
  if (!omhoog) return omlaag;
  return Math.abs(omlaag.verandering) < Math.abs(omhoog.verandering) ? omlaag : omhoog;
}

const BEREIK_GEWICHT = [GEWICHT_MIN, GEWICHT_MAX] as const;
const BEREIK_SCORE = [SCORE_MIN, SCORE_MAX] as const;

const deRoute = (r: RouteId) => `de ${ROUTE_LABEL[r].toLowerCase()}`;
const getal = (x: number) => formatGetal(x, Number.isInteger(x) ? 0 : 2);

/**
 * The boundary as text, rounded so the sentence stays true at two decimals: up to the next
 * hundredth when going up, down when going down.
 */
function grensTekst(o: Omslag, [lo, hi]: readonly [number, number]): string {
  const scherp = Math.round(o.grens * 1e9) / 1e9;
  const afgerond = o.richting === 'omhoog' ? Math.ceil(scherp * 100) / 100 : Math.floor(scherp * 100) / 100;
  const g = getal(afgerond);
  if (o.vanafGrens && (afgerond === lo || afgerond === hi)) return `van ${g}`;
  if (o.richting === 'omhoog') return o.vanafGrens ? `van ${g} of meer` : `boven ${g}`;
  return o.vanafGrens ? `van ${g} of minder` : `onder ${g}`;
}

function gewichtTekst(waarde: number, winnaar: RouteId, o: Omslag | null): string {
  if (!o) return `Geen omslag: bij elk gewicht van ${GEWICHT_MIN} tot ${GEWICHT_MAX} blijft ${deRoute(winnaar)} bovenaan.`;
  return `Bij een gewicht ${grensTekst(o, BEREIK_GEWICHT)} (nu ${getal(waarde)}) komt ${deRoute(o.nieuweWinnaar)} bovenaan in plaats van ${deRoute(winnaar)}.`;
}

function scoreTekst(route: RouteId, criterium: CriteriumId, waarde: number, winnaar: RouteId, o: Omslag | null): string {
  const naam = CRITERIUM[criterium].naam;
  if (!o) return `Geen omslag: welke score (${SCORE_MIN}–${SCORE_MAX}) ${deRoute(route)} ook krijgt op "${naam}", ${deRoute(winnaar)} blijft bovenaan.`;
  return `Krijgt ${deRoute(route)} op "${naam}" een score ${grensTekst(o, BEREIK_SCORE)} (nu ${getal(waarde)}), dan komt ${deRoute(o.nieuweWinnaar)} bovenaan in plaats van ${deRoute(winnaar)}.`;
}

function resultaat(basis: Omit<Gevoeligheid, 'omlaag' | 'omhoog' | 'kleinste' | 'tekst' | 'winnaar'>, lijnen: readonly Lijn[], tekst: (w: RouteId, o: Omslag | null) => string): Gevoeligheid {
  const [lo, hi] = basis.bereik;
  const winnaar = winnaarOp(lijnen, basis.waarde);
  const omlaag = omslagVan(lijnen, basis.waarde, lo, hi, 'omlaag');
  const omhoog = omslagVan(lijnen, basis.waarde, lo, hi, 'omhoog');
  const kleinste = kleinsteVan(omlaag, omhoog);
  return { ...basis, winnaar, omlaag, omhoog, kleinste, tekst: tekst(winnaar, kleinste) };
}

/** Σ_{c'≠c} w_c' and, per route, Σ_{c'≠c} w_c'·s_r,c' of a group. */
function zonderCriterium(tabel: Scoretabel, gewichten: Gewichten, groep: string, c: CriteriumId) {
  let wRest = 0;
  const aRest = new Map<RouteId, number>();
  for (const r of tabel.routes) aRest.set(r, 0);
  for (const c2 of CRITERIUM_IDS) {
    if (c2 === c) continue;
    const w = gewichtVan(gewichten, groep, c2);
    wRest += w;
    for (const r of tabel.routes) aRest.set(r, aRest.get(r)! + w * scoreVan(tabel, r, c2));
  }
  return { wRest, aRest };
}

/**
 * For every group and criterion: the smallest change of that group's weight (within 0–10) that
 * changes the winner of the group's own ranking (`perGroep`) and of the overall ranking (`totaal`).
 */
export function gewichtsgevoeligheid(tabel: Scoretabel, groepen: readonly Stakeholdergroep[], gewichten: Gewichten): { perGroep: Gevoeligheid[]; totaal: Gevoeligheid[] } {
  const weging = weeg(tabel, groepen, gewichten);
  const perGroep: Gevoeligheid[] = [];
  const totaal: Gevoeligheid[] = [];
  for (const g of groepen) {
    // K_r: the sum of the scores of the other groups that weigh.
    const anderen = weging.perGroep.filter((x) => x.groep !== g.id && !x.zonderGewicht);
    const K = (r: RouteId) => anderen.reduce((s, x) => s + x.scores[r]!, 0);
    for (const c of CRITERIUM_IDS) {
      const waarde = gewichtVan(gewichten, g.id, c);
      const { wRest, aRest } = zonderCriterium(tabel, gewichten, g.id, c);
      const s = (r: RouteId) => scoreVan(tabel, r, c);
      const basis = { groep: g.id, criterium: c, waarde, bereik: BEREIK_GEWICHT };
      const tekst = (w: RouteId, o: Omslag | null) => gewichtTekst(waarde, w, o);

      perGroep.push(resultaat({ niveau: 'groep', ...basis }, tabel.routes.map((r) => ({ route: r, a: aRest.get(r)!, b: s(r) })), tekst));

      if (wRest > 0) {
        const lijnen = tabel.routes.map((r) => ({ route: r, a: K(r) * wRest + aRest.get(r)!, b: K(r) + s(r) }));
        totaal.push(resultaat({ niveau: 'totaal', ...basis }, lijnen, tekst));
      } else {
        totaal.push(alleenDitGewicht({ niveau: 'totaal', ...basis }, tabel.routes.map((r) => ({ route: r, a: K(r), b: 0 })), tabel.routes.map((r) => ({ route: r, a: K(r) + s(r), b: 0 })), tekst));
      }
    }
  }
  return { perGroep, totaal };
}

/**
 * Overall sensitivity when the group's other weights are all 0: at weight 0 the group is left out
 * (ranking by `bijNul`), at every positive weight its score is its score on this criterion
 * (ranking by `positief`, constant in the weight).
 */
function alleenDitGewicht(
  basis: Omit<Gevoeligheid, 'omlaag' | 'omhoog' | 'kleinste' | 'tekst' | 'winnaar'>,
  bijNul: readonly Lijn[],
  positief: readonly Lijn[],
  tekst: (w: RouteId, o: Omslag | null) => string,
): Gevoeligheid {
  const w0 = winnaarOp(bijNul, 0);
  const wPos = winnaarOp(positief, 0);
  let omlaag: Omslag | null = null;
  let omhoog: Omslag | null = null;
  let winnaar: RouteId;
  if (basis.waarde > 0) {
    winnaar = wPos;
    if (w0 !== wPos) omlaag = { richting: 'omlaag', grens: 0, verandering: -basis.waarde, vanafGrens: true, nieuweWinnaar: w0 };
  } else {
    winnaar = w0;
    if (w0 !== wPos) omhoog = { richting: 'omhoog', grens: 0, verandering: 0, vanafGrens: false, nieuweWinnaar: wPos };
  }
  const kleinste = kleinsteVan(omlaag, omhoog);
  return { ...basis, winnaar, omlaag, omhoog, kleinste, tekst: tekst(winnaar, kleinste) };
}

/**
 * For every compared route and qualitative criterion: how far that route's score (within 1–5) must
 * move to change the winner of each group's ranking (`perGroep`) and of the overall ranking (`totaal`).
 */
export function scoregevoeligheid(tabel: Scoretabel, groepen: readonly Stakeholdergroep[], gewichten: Gewichten): { perGroep: Gevoeligheid[]; totaal: Gevoeligheid[] } {
  const weging = weeg(tabel, groepen, gewichten);
  const somGewicht = (groep: string) => CRITERIUM_IDS.reduce((s, c) => s + gewichtVan(gewichten, groep, c), 0);
  const aandeel = (groep: string, c: CriteriumId) => {
    const W = somGewicht(groep);
    return W > 0 ? gewichtVan(gewichten, groep, c) / W : 0;
  };
  const meegeteld = weging.perGroep.filter((g) => !g.zonderGewicht);
  const perGroep: Gevoeligheid[] = [];
  const totaal: Gevoeligheid[] = [];
  const lijnen = (scores: Partial<Record<RouteId, number>>, route: RouteId, k: number, y0: number): Lijn[] =>
    tabel.routes.map((r) => (r === route ? { route: r, a: scores[r]! - k * y0, b: k } : { route: r, a: scores[r]!, b: 0 }));

  for (const route of tabel.routes) {
    for (const c of KWALITATIEVE_CRITERIUM_IDS as readonly KwalitatiefCriteriumId[]) {
      const y0 = scoreVan(tabel, route, c);
      const basis = { criterium: c, route, waarde: y0, bereik: BEREIK_SCORE };
      const tekst = (w: RouteId, o: Omslag | null) => scoreTekst(route, c, y0, w, o);
      for (const g of weging.perGroep) {
        perGroep.push(resultaat({ niveau: 'groep', groep: g.groep, ...basis }, lijnen(g.scores, route, aandeel(g.groep, c), y0), tekst));
      }
      const k = meegeteld.length ? meegeteld.reduce((s, g) => s + aandeel(g.groep, c), 0) / meegeteld.length : 0;
      totaal.push(resultaat({ niveau: 'totaal', ...basis }, lijnen(weging.totaal.scores, route, k, y0), tekst));
    }
  }
  return { perGroep, totaal };
}
