import { useContext } from 'react';
import type { RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave, Geldstromen } from '../../../../shared/engine/evaluatie-weergave';
import type { SankeyVraag } from '../../../../shared/engine/sankey-beperken';
import { useDeelNaEvaluatie, type GevraagdDeel } from './useDeelNaEvaluatie';
import { EvaluatieBronContext } from './useEvaluaties';

/**
 * The Sankey of a route as a chart shows it. While another view of the same chart is asked (a
 * highlighted party, "Toon alle") or the chart of a changed variant, the previous one stays.
 */
export function useGeldstromen(ev: EvaluatieWeergave, route: RouteId, vraag: SankeyVraag): GevraagdDeel<Geldstromen> {
  const bron = useContext(EvaluatieBronContext);
  const { deel, max, gemarkeerd } = vraag;
  return useDeelNaEvaluatie(
    ev,
    `${route}\u0000${deel}`,
    `${max ?? 'alle'}\u0000${gemarkeerd ?? ''}`,
    () => bron.geldstromen(ev, route, { deel, max, gemarkeerd }),
    () => bron.bekendeGeldstromen(ev, route, { deel, max, gemarkeerd }),
  );
}
