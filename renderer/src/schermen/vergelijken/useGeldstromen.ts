import { useEffect, useState } from 'react';
import type { RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave, Geldstromen } from '../../../../shared/engine/evaluatie-weergave';
import { zio } from '../../api';

/** Per evaluation: route → its flows, asked once and kept as long as the evaluation. */
const gevraagd = new WeakMap<EvaluatieWeergave, Map<RouteId, Promise<Geldstromen>>>();

/** The flows of one route of an evaluation with their Sankey graph; the evaluation itself carries only the figures. */
export function haalGeldstromen(ev: EvaluatieWeergave, route: RouteId): Promise<Geldstromen> {
  let perRoute = gevraagd.get(ev);
  if (!perRoute) gevraagd.set(ev, (perRoute = new Map()));
  let g = perRoute.get(route);
  if (!g) {
    const lijst = perRoute;
    g = zio.geldstromen({ regioId: ev.regioId, variant: ev.variant, route }).catch((e: unknown) => {
      lijst.delete(route);
      throw e;
    });
    perRoute.set(route, g);
  }
  return g;
}

/** The flows of a route once they are in (null while asked for), or the error. */
export function useGeldstromen(ev: EvaluatieWeergave, route: RouteId): { stromen: Geldstromen | null; fout: unknown } {
  const [stand, zet] = useState<{ ev: EvaluatieWeergave; route: RouteId; stromen: Geldstromen | null; fout: unknown } | null>(null);
  useEffect(() => {
    let actueel = true;
    haalGeldstromen(ev, route).then(
      (stromen) => actueel && zet({ ev, route, stromen, fout: null }),
      (fout: unknown) => actueel && zet({ ev, route, stromen: null, fout }),
    );
    return () => {
      actueel = false;
    };
  }, [ev, route]);
  return stand && stand.ev === ev && stand.route === route ? stand : { stromen: null, fout: null };
}
