import type { ZioDiensten } from '../../shared/api/contract';
import { evalueerVariant, type Evaluatie } from '../../shared/engine';
import { geldstromenVan, uitlegVanFiguren } from '../../shared/engine/evaluatie-weergave';
import { leesNormAanpassingen } from '../store/normen-repository';
import { leesRegio } from '../store/regio-repository';
import type { ProjectSessie } from './project-sessie';

/** How many recent evaluations are kept for the explanations asked on hover. */
const BEWAARD = 4;

/**
 * The detail of an evaluation, asked for when it is shown: the explanation of figures (on hover
 * or focus) and the flows of one route. The evaluation answer itself carries only the figures.
 * Recent evaluations are kept, keyed by the regio as read now, its own norm values and the variant, so
 * a hover at national scale does not recompute the routes and an edited regio never answers stale.
 */
export function uitlegDiensten(p: ProjectSessie): Pick<ZioDiensten, 'uitleg' | 'geldstromen'> {
  const recent: { sleutel: string; ev: Evaluatie }[] = [];
  const evaluatie = (regioId: number, variant: unknown): Evaluatie => {
    const regio = leesRegio(p.huidigeDb(), regioId);
    const v = p.controleerVariant(variant, regio);
    const sleutel = JSON.stringify([regio, leesNormAanpassingen(p.huidigeDb(), regioId), v]);
    const bekend = recent.find((x) => x.sleutel === sleutel);
    if (bekend) return bekend.ev;
    const ev = evalueerVariant(p.normensetVoor(regioId), regio, v);
    recent.unshift({ sleutel, ev });
    recent.length = Math.min(recent.length, BEWAARD);
    return ev;
  };
  return {
    uitleg: ({ regioId, variant, figuren }) => uitlegVanFiguren(evaluatie(regioId, variant), figuren),
    geldstromen: ({ regioId, variant, route }) => geldstromenVan(evaluatie(regioId, variant), route),
  };
}
