import type { Behoefte } from './behoefte';
import { legUit, sankeyGraaf, type Evaluatie, type RouteId, type RouteResultaat, type SankeyGraaf, type Stroom } from './routes';

/**
 * What the screens receive of an evaluation: its figures, without the internal detail, the per-cell
 * need and the flows. What a figure is made of (its explanation) and the flows of a route with
 * their Sankey graph are asked for when they are shown (`uitlegVanFiguur`, `geldstromenVan`), by
 * the figure's key (see `figuren` in ./routes/uitleg) and the route; `regioId` and `variant` say of
 * which evaluation.
 */
export interface EvaluatieWeergave extends Omit<Evaluatie, 'detail' | 'behoefte' | 'routes'> {
  regioId: number;
  behoefte: BehoefteSamenvatting;
  routes: Record<RouteId, RouteCijfers>;
}

/** The need in totals: what the comparison screens show of it. */
export type BehoefteSamenvatting = Pick<Behoefte, 'normenset' | 'scope' | 'taken' | 'leerlingen' | 'totaal' | 'perKader' | 'fteTotaal'>;

/** A route's figures; its flows come with `geldstromenVan`. */
export type RouteCijfers = Omit<RouteResultaat, 'stromen'>;

/** The explanation of one figure, in the shape of the UI's tooltip, and as one sentence. */
export interface FiguurUitleg {
  titel: string;
  regels: string[];
  tekst: string;
}

/** The flows of one route and the Sankey graph drawn from them. */
export interface Geldstromen {
  stromen: Stroom[];
  sankey: SankeyGraaf;
}

export function evaluatieWeergave(ev: Evaluatie, regioId: number): EvaluatieWeergave {
  const { detail: _detail, behoefte, routes, ...rest } = ev;
  if (!behoefte) throw new Error('evaluatieWeergave: de evaluatie heeft geen behoefte (gebruik evalueerVariant)');
  const { normenset, scope, taken, leerlingen, totaal, perKader, fteTotaal } = behoefte;
  const cijfers = Object.fromEntries(Object.entries(routes).map(([id, { stromen: _stromen, ...r }]) => [id, r])) as Record<RouteId, RouteCijfers>;
  return { ...rest, regioId, behoefte: { normenset, scope, taken, leerlingen, totaal, perKader, fteTotaal }, routes: cijfers };
}

/** The explanations of the given figure keys; a key the evaluation has no figure for is left out. */
export function uitlegVanFiguren(ev: Evaluatie, figuren: readonly string[]): Record<string, FiguurUitleg> {
  const uit: Record<string, FiguurUitleg> = {};
  for (const id of figuren) {
    const u = legUit(ev, id);
    if (u) uit[id] = { titel: u.titel, regels: u.regels, tekst: u.tekst };
  }
  return uit;
}

export function geldstromenVan(ev: Evaluatie, route: RouteId): Geldstromen {
  return { stromen: ev.routes[route].stromen, sankey: sankeyGraaf(ev, route) };
}
