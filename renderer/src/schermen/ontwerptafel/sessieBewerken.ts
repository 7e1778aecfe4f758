import type { RouteId } from '../../../../shared/engine';
import {
  MEERJAREN_MAX,
  MEERJAREN_MIN,
  STANDAARD_LEERLINGENGROEI,
  STANDAARD_PRIJSINDEX,
  STANDAARD_INDEXFACTOR,
  type CriteriumId,
  type KwalitatiefCriteriumId,
  type Ontwerpsessie,
  type Positie,
  type ScoreAanpassing,
} from '../../../../shared/ontwerptafel';

/**
 * Pure edits of an ontwerptafel session for the screens. None of this computes money or results:
 * the API does that for every session.
 */

/** One group's weight on one criterion. */
export function metGewicht(s: Ontwerpsessie, groep: string, criterium: CriteriumId, waarde: number): Ontwerpsessie {
  return { ...s, gewichten: { ...s.gewichten, [groep]: { ...s.gewichten[groep], [criterium]: waarde } } };
}

/** A group back to the default weight on every criterion. */
export function zonderGewichten(s: Ontwerpsessie, groep: string): Ontwerpsessie {
  const { [groep]: _weg, ...rest } = s.gewichten;
  return { ...s, gewichten: rest };
}

/** The table's own score of a route on a qualitative criterion; null: back to the starting point. */
export function metScore(s: Ontwerpsessie, route: RouteId, criterium: KwalitatiefCriteriumId, aanpassing: ScoreAanpassing | null): Ontwerpsessie {
  const { [criterium]: _oud, ...rest } = s.scores[route] ?? {};
  const rij = aanpassing ? { ...rest, [criterium]: aanpassing.onderbouwing?.trim() ? aanpassing : { score: aanpassing.score } } : rest;
  const { [route]: _r, ...anderen } = s.scores;
  return { ...s, scores: Object.keys(rij).length ? { ...anderen, [route]: rij } : anderen };
}

/** A group's position on a task; "onbeslist" is the default and is not written down. */
export function metPositie(s: Ontwerpsessie, taak: string, groep: string, positie: Positie): Ontwerpsessie {
  const { [groep]: _oud, ...rest } = s.scopeposities[taak] ?? {};
  const rij = positie === 'onbeslist' ? rest : { ...rest, [groep]: positie };
  const { [taak]: _t, ...anderen } = s.scopeposities;
  return { ...s, scopeposities: Object.keys(rij).length ? { ...anderen, [taak]: rij } : anderen };
}

/** Every group the same position on a task. */
export function metPositieVoorAlle(s: Ontwerpsessie, taak: string, positie: Positie): Ontwerpsessie {
  return s.groepen.reduce((x, g) => metPositie(x, taak, g.id, positie), s);
}

/** The next position when a position button is pressed: onbeslist → erin → eruit → onbeslist. */
export function volgendePositie(p: Positie): Positie {
  return p === 'onbeslist' ? 'in' : p === 'in' ? 'uit' : 'onbeslist';
}

export function zonderMomentopname(s: Ontwerpsessie, naam: string): Ontwerpsessie {
  return { ...s, momentopnamen: s.momentopnamen.filter((m) => m.naam !== naam) };
}

type Meerjaren = Ontwerpsessie['meerjaren'];
export type Tarief = 'leerlingengroei' | 'prijsindex' | 'indexfactor';

/** A rate as one value per year (the session may hold one value for all years). */
export function perJaar(x: number | readonly number[], jaren: number): number[] {
  if (typeof x === 'number') return Array.from({ length: jaren }, () => x);
  return Array.from({ length: jaren }, (_, i) => x[i] ?? x[x.length - 1]);
}

/** Another horizon: per-year rates are cut off or extended with their last value. */
export function metHorizon(s: Ontwerpsessie, jaren: number): Ontwerpsessie {
  const j = Math.min(MEERJAREN_MAX, Math.max(MEERJAREN_MIN, Math.round(jaren)));
  const m = s.meerjaren;
  const pas = (x: number | number[]) => (typeof x === 'number' ? x : perJaar(x, j));
  return { ...s, meerjaren: { ...m, jaren: j, leerlingengroei: pas(m.leerlingengroei), prijsindex: pas(m.prijsindex), indexfactor: pas(m.indexfactor) } };
}

/** One year's rate (a fraction); the other years keep theirs. */
export function metTarief(s: Ontwerpsessie, tarief: Tarief, jaar: number, waarde: number): Ontwerpsessie {
  const m = s.meerjaren;
  const lijst = perJaar(m[tarief], m.jaren);
  lijst[jaar] = waarde;
  // One value for every year stays one value: the workbook and the screen then say "per jaar".
  const alleGelijk = lijst.every((x) => x === lijst[0]);
  return { ...s, meerjaren: { ...m, [tarief]: alleGelijk ? lijst[0] : lijst } as Meerjaren };
}

/** The same rate for every year. */
export function metTariefVoorAlleJaren(s: Ontwerpsessie, tarief: Tarief, waarde: number): Ontwerpsessie {
  return { ...s, meerjaren: { ...s.meerjaren, [tarief]: waarde } };
}

/** The stated defaults (AANNAMES_MEERJAREN) for growth and index, the horizon kept. */
export function metStandaardTarieven(s: Ontwerpsessie): Ontwerpsessie {
  return { ...s, meerjaren: { ...s.meerjaren, leerlingengroei: STANDAARD_LEERLINGENGROEI, prijsindex: STANDAARD_PRIJSINDEX, indexfactor: STANDAARD_INDEXFACTOR } };
}

export function metBasisjaar(s: Ontwerpsessie, basisjaar: number | undefined): Ontwerpsessie {
  const { basisjaar: _oud, ...rest } = s.meerjaren;
  return { ...s, meerjaren: basisjaar === undefined ? rest : { ...rest, basisjaar } };
}

/** What the weighting depends on: the part of the session the API needs to rank the routes. */
export function wegingsdeel(s: Ontwerpsessie): Pick<Ontwerpsessie, 'routes' | 'groepen' | 'gewichten' | 'scores'> {
  return { routes: s.routes, groepen: s.groepen, gewichten: s.gewichten, scores: s.scores };
}

/** The date of the session (yyyy-mm-dd); undefined clears it. */
export function metDatum(s: Ontwerpsessie, datum: string | undefined): Ontwerpsessie {
  const { datum: _oud, ...rest } = s;
  return datum ? { ...rest, datum } : rest;
}

/** Today as yyyy-mm-dd in local time, for the date of a new session. */
export function vandaag(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
