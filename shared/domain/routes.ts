/** The four routes of the rekenmodel (§4) and their Dutch names. */

export const ROUTES = ['huidig', 'gemeenteroute', 'onderwijsroute', 'integraal'] as const;
export type RouteId = (typeof ROUTES)[number];
/** The three routes with a budgethouder (and uitvoeringskosten). */
export type PotRouteId = Exclude<RouteId, 'huidig'>;
/** The routes with a pot, in display order. */
export const POT_ROUTES: readonly PotRouteId[] = ['gemeenteroute', 'onderwijsroute', 'integraal'];

export const ROUTE_LABEL: Record<RouteId, string> = {
  huidig: 'Huidige situatie',
  gemeenteroute: 'Gemeenteroute',
  onderwijsroute: 'Onderwijsroute',
  integraal: 'Integrale route',
};
