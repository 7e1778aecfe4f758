import { berekenBehoefte, type Behoefte, type ScopeKeuze } from '../../shared/engine';
import type { ProjectSessie } from './project-sessie';

/**
 * How many recent needs are kept: the three scope presets of the Overzicht and one more. A need
 * holds a cell per school, home gemeente and doelgroep: at national scale tens of megabytes.
 */
const BEWAARD = 4;

/**
 * Recent needs of the open project's regios per scope. Every opening of the Overzicht asks the need
 * of each scope preset, and the formatie of a school asks it again; without this each request
 * computed it anew, and the host's other answers (the app's files among them) waited. Keyed, like
 * the evaluation cache, by the cached regio and normenset objects, which the regio cache replaces
 * on every edit: an edited regio never answers stale. The needs are shared: callers do not change them.
 */
export function behoefteCache(p: ProjectSessie): (regioId: number, scope: ScopeKeuze) => Behoefte {
  const recent: { regio: object; normenset: object; scope: string; behoefte: Behoefte }[] = [];
  return (regioId, scope) => {
    const regio = p.regio(regioId);
    const normenset = p.normensetVoor(regioId);
    const sleutel = JSON.stringify(scope);
    const i = recent.findIndex((x) => x.regio === regio && x.normenset === normenset && x.scope === sleutel);
    const behoefte = i >= 0 ? recent.splice(i, 1)[0].behoefte : berekenBehoefte(normenset, regio, scope);
    recent.unshift({ regio, normenset, scope: sleutel, behoefte });
    recent.length = Math.min(recent.length, BEWAARD);
    return behoefte;
  };
}
