import type { Behoefte } from './behoefte';
import { ROUTES, legUit, sankeyGraaf, figuren, type Evaluatie, type RouteId, type SankeyGraaf } from './routes';

/**
 * What the screens receive of an evaluation: everything but the internal detail and the per-cell
 * need, plus the flow graphs for the Sankey charts and the explanation of every figure.
 */
export interface EvaluatieWeergave extends Omit<Evaluatie, 'detail' | 'behoefte'> {
  behoefte: Omit<Behoefte, 'cellen'>;
  sankey: Record<RouteId, SankeyGraaf>;
  /** Figure id (see `figuren`) → its explanation, in the shape of the UI's tooltip. */
  uitleg: Record<string, { titel: string; regels: string[]; tekst: string }>;
}

export function evaluatieWeergave(ev: Evaluatie): EvaluatieWeergave {
  const { detail: _detail, behoefte, ...rest } = ev;
  if (!behoefte) throw new Error('evaluatieWeergave: de evaluatie heeft geen behoefte (gebruik evalueerVariant)');
  const { cellen: _cellen, ...behoefteZonderCellen } = behoefte;
  const uitleg: EvaluatieWeergave['uitleg'] = {};
  for (const id of figuren(ev, { details: true })) {
    const u = legUit(ev, id);
    if (u) uitleg[id] = { titel: u.titel, regels: u.regels, tekst: u.tekst };
  }
  const sankey = Object.fromEntries(ROUTES.map((r) => [r, sankeyGraaf(ev, r)])) as Record<RouteId, SankeyGraaf>;
  return { ...rest, behoefte: behoefteZonderCellen, sankey, uitleg };
}
