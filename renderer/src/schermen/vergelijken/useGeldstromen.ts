import { useContext, useEffect, useState } from 'react';
import type { RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave, Geldstromen } from '../../../../shared/engine/evaluatie-weergave';
import type { SankeyVraag } from '../../../../shared/engine/sankey-beperken';
import { EvaluatieBronContext } from './useEvaluaties';

interface Stand {
  ev: EvaluatieWeergave;
  route: RouteId;
  deel: SankeyVraag['deel'];
  vraag: string;
  stromen: Geldstromen | null;
  fout: unknown;
}

const vraagSleutel = (v: SankeyVraag) => `${v.deel}\u0000${v.max ?? 'alle'}\u0000${v.gemarkeerd ?? ''}`;

export interface GevraagdeGeldstromen {
  stromen: Geldstromen | null;
  /** The evaluation `stromen` belong to (their flows are explained from it). */
  ev: EvaluatieWeergave;
  fout: unknown;
  /** `stromen` are of the previous view or variant while the asked one comes. */
  verouderd: boolean;
}

/**
 * The Sankey of a route once it is in (null while first asked), or the error. While another view of
 * the same chart is asked (a highlighted party, "Toon alle") or the chart of a changed variant, the
 * previous one stays on screen with `verouderd` set, so the chart is updated instead of replaced.
 */
export function useGeldstromen(ev: EvaluatieWeergave, route: RouteId, vraag: SankeyVraag): GevraagdeGeldstromen {
  const bron = useContext(EvaluatieBronContext);
  const [stand, zet] = useState<Stand | null>(null);
  const { deel, max, gemarkeerd } = vraag;
  const sleutel = vraagSleutel(vraag);
  useEffect(() => {
    let actueel = true;
    bron.geldstromen(ev, route, { deel, max, gemarkeerd }).then(
      (stromen) => actueel && zet({ ev, route, deel, vraag: sleutel, stromen, fout: null }),
      (fout: unknown) => actueel && zet({ ev, route, deel, vraag: sleutel, stromen: null, fout }),
    );
    return () => {
      actueel = false;
    };
  }, [bron, ev, route, deel, max, gemarkeerd, sleutel]);
  const bekend = bron.bekendeGeldstromen(ev, route, vraag);
  if (bekend) return { stromen: bekend, ev, fout: null, verouderd: false };
  if (!stand || stand.route !== route || stand.deel !== deel) return { stromen: null, ev, fout: null, verouderd: false };
  if (stand.ev === ev && stand.vraag === sleutel) return { stromen: stand.stromen, ev, fout: stand.fout, verouderd: false };
  return stand.stromen ? { stromen: stand.stromen, ev: stand.ev, fout: null, verouderd: true } : { stromen: null, ev, fout: null, verouderd: false };
}
