import { POT_ROUTES, type PotRouteId } from '../../domain/routes';
import type { FinancierCijfers, RouteResultaat } from './typen';

/**
 * The herverdeeleffect (rekenmodel-v2 §9) of a gemeente in a route: its contribution to the pot in
 * that route (with its part of the uitvoeringskosten) − what it pays today for the covered part
 * (the costs that are in the pot in this variant). Positive: it pays more (nadeel); negative: less
 * (voordeel). Per inwoner 0–17 where the gemeente has inwoners.
 */
export interface HerverdeeleffectGemeente {
  /** `gemeente:<code>`. */
  partij: string;
  naam: string;
  inwoners0tot17: number;
  /** Its contribution in the route (potdeel + uitvoeringskosten). */
  bijdrage: number;
  /** What it pays today for the part that is covered in this variant. */
  huidigGedekt: number;
  /**
   * Its contribution in the route (the route's `bijdragen[].bedrag`) − what it pays today for the
   * covered part (`financiers[].huidigGedekt`).
   */
  bedrag: number;
  /** bedrag / inwoners 0–17; null when the gemeente has no inwoners 0–17. */
  perInwoner: number | null;
}

export function herverdeeleffecten(
  financiers: readonly FinancierCijfers[],
  routes: Record<PotRouteId, Pick<RouteResultaat, 'bijdragen'>>,
  inwoners: ReadonlyMap<string, number>,
): Record<PotRouteId, HerverdeeleffectGemeente[]> {
  const gemeenten = financiers.filter((f) => f.soort === 'gemeente');
  const perRoute = (route: PotRouteId): HerverdeeleffectGemeente[] => {
    const bijdrage = new Map(routes[route].bijdragen.map((b) => [b.financier, b.bedrag]));
    return gemeenten.map((f) => {
      const n = inwoners.get(f.partij) ?? 0;
      const b = bijdrage.get(f.partij) ?? 0;
      const bedrag = b - f.huidigGedekt;
      return { partij: f.partij, naam: f.naam, inwoners0tot17: n, bijdrage: b, huidigGedekt: f.huidigGedekt, bedrag, perInwoner: n > 0 ? bedrag / n : null };
    });
  };
  return Object.fromEntries(POT_ROUTES.map((r) => [r, perRoute(r)])) as Record<PotRouteId, HerverdeeleffectGemeente[]>;
}
