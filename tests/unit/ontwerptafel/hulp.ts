import { readFileSync } from 'node:fs';
import { ROUTES, deriveNormenset, type Normenset, type RouteId } from '../../../shared/engine';
import { CRITERIUM_IDS, isKwalitatief, type CriteriumId, type Scorecel, type Scoretabel } from '../../../shared/ontwerptafel';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';

let normenset: Normenset | undefined;
/** The national normenset, derived once per test file. */
export function landelijk(): Normenset {
  normenset ??= deriveNormenset();
  return normenset;
}

/** The shipped demo regio, validated. */
export function demoregio(): RegioBestand {
  const r = valideerRegio(JSON.parse(readFileSync(new URL('../../../resources/demo/demoregio.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error('demoregio ongeldig');
  return r.waarde;
}

/** The demo regio with every pupil count multiplied by `factor`. */
export function geschaald(regio: RegioBestand, factor: number): RegioBestand {
  return { ...regio, leerlingen: regio.leerlingen.map((l) => ({ ...l, aantal: l.aantal * factor })) };
}

/**
 * A score table given directly: per criterion the scores of the routes in ROUTES order (or in the
 * order of `routes`); criteria not given score 3 for every route.
 */
export function tabelMet(scores: Partial<Record<CriteriumId, readonly number[]>>, routes: readonly RouteId[] = ROUTES): Scoretabel {
  const perRoute: Scoretabel['perRoute'] = {};
  routes.forEach((r, i) => {
    perRoute[r] = Object.fromEntries(
      CRITERIUM_IDS.map((c) => [c, { score: scores[c]?.[i] ?? 3, herkomst: isKwalitatief(c) ? 'startpunt' : 'gemeten', onderbouwing: '' }]),
    ) as Record<CriteriumId, Scorecel>;
  });
  return { routes: [...routes], perRoute };
}

/** The same table with one score replaced. */
export function metScore(tabel: Scoretabel, route: RouteId, criterium: CriteriumId, score: number): Scoretabel {
  const perRoute = { ...tabel.perRoute, [route]: { ...tabel.perRoute[route]!, [criterium]: { ...tabel.perRoute[route]![criterium], score } } };
  return { routes: tabel.routes, perRoute };
}

/** Weights with only the given criteria non-zero. */
export function alleen(gewichten: Partial<Record<CriteriumId, number>>): Record<CriteriumId, number> {
  return Object.fromEntries(CRITERIUM_IDS.map((c) => [c, gewichten[c] ?? 0])) as Record<CriteriumId, number>;
}
