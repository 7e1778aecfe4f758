import { useEffect, useState } from 'react';
import type { RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave, Geldstromen } from '../../../../shared/engine/evaluatie-weergave';
import type { SankeyVraag } from '../../../../shared/engine/sankey-beperken';
import { zio } from '../../api';

interface Gevraagd {
  belofte: Promise<Geldstromen>;
  /** The answer once it is in: a chart that asks it again draws at once. */
  antwoord?: Geldstromen;
}

/** Per evaluation: route and view → its Sankey, asked once and kept as long as the evaluation. */
const gevraagd = new WeakMap<EvaluatieWeergave, Map<string, Gevraagd>>();

const sleutelVan = (route: RouteId, v: SankeyVraag) => `${route}\u0000${v.deel}\u0000${v.max ?? 'alle'}\u0000${v.gemarkeerd ?? ''}`;

function geheugen(ev: EvaluatieWeergave): Map<string, Gevraagd> {
  let m = gevraagd.get(ev);
  if (!m) gevraagd.set(ev, (m = new Map()));
  return m;
}

/** The Sankey of one route of an evaluation as a chart shows it (limited by the server); every flow with `max: null`. */
export function haalGeldstromen(ev: EvaluatieWeergave, route: RouteId, vraag: SankeyVraag): Promise<Geldstromen> {
  const lijst = geheugen(ev);
  const sleutel = sleutelVan(route, vraag);
  let g = lijst.get(sleutel);
  if (!g) {
    const nieuw: Gevraagd = {
      belofte: zio.geldstromen({ regioId: ev.regioId, variant: ev.variant, route, ...vraag }).then(
        (antwoord) => (nieuw.antwoord = antwoord),
        (e: unknown) => {
          lijst.delete(sleutel);
          throw e;
        },
      ),
    };
    lijst.set(sleutel, (g = nieuw));
  }
  return g.belofte;
}

interface Stand {
  ev: EvaluatieWeergave;
  route: RouteId;
  deel: SankeyVraag['deel'];
  sleutel: string;
  stromen: Geldstromen | null;
  fout: unknown;
}

/**
 * The Sankey of a route once it is in (null while asked for), or the error. While another view of
 * the same chart is asked (a highlighted party, "Toon alle"), the previous one stays on screen.
 */
export function useGeldstromen(ev: EvaluatieWeergave, route: RouteId, vraag: SankeyVraag): { stromen: Geldstromen | null; fout: unknown } {
  const sleutel = sleutelVan(route, vraag);
  const [stand, zet] = useState<Stand | null>(null);
  const { deel, max, gemarkeerd } = vraag;
  useEffect(() => {
    let actueel = true;
    haalGeldstromen(ev, route, { deel, max, gemarkeerd }).then(
      (stromen) => actueel && zet({ ev, route, deel, sleutel, stromen, fout: null }),
      (fout: unknown) => actueel && zet({ ev, route, deel, sleutel, stromen: null, fout }),
    );
    return () => {
      actueel = false;
    };
  }, [ev, route, deel, max, gemarkeerd, sleutel]);
  const bekend = gevraagd.get(ev)?.get(sleutel)?.antwoord;
  if (bekend) return { stromen: bekend, fout: null };
  if (!stand || stand.ev !== ev || stand.route !== route || stand.deel !== deel) return { stromen: null, fout: null };
  return stand.sleutel === sleutel ? stand : { stromen: stand.stromen, fout: null };
}
