import { evalueerVariant, type Evaluatie } from '../../shared/engine';
import type { ProjectSessie } from './project-sessie';

/** How many recent evaluations are kept. */
const BEWAARD = 4;

/**
 * Recent evaluations of the open project, so that the parts of one evaluation a screen asks for one
 * after the other (the key figures, then a tab's rows, an explanation on hover, the flows of a
 * route, the formatie of a school) compute the routes once. Keyed by the cached regio and
 * normenset objects, which the regio cache replaces on every edit, and the checked variant: an
 * edited regio never answers stale.
 */
export function evaluatieCache(p: ProjectSessie): (regioId: number, variant: unknown) => Evaluatie {
  const recent: { regio: object; normenset: object; variant: string; ev: Evaluatie }[] = [];
  return (regioId, variant) => {
    const regio = p.regio(regioId);
    const normenset = p.normensetVoor(regioId);
    const v = p.controleerVariant(variant, regio);
    const sleutel = JSON.stringify(v);
    const i = recent.findIndex((x) => x.regio === regio && x.normenset === normenset && x.variant === sleutel);
    const ev = i >= 0 ? recent.splice(i, 1)[0].ev : evalueerVariant(normenset, regio, v);
    recent.unshift({ regio, normenset, variant: sleutel, ev });
    recent.length = Math.min(recent.length, BEWAARD);
    return ev;
  };
}
