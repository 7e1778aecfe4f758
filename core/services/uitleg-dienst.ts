import type { ZioDiensten } from '../../shared/api/contract';
import type { Evaluatie } from '../../shared/engine';
import { formatieVan, geldstromenVan, uitlegVanFiguren } from '../../shared/engine/evaluatie-weergave';

/**
 * The detail of an evaluation, asked for when it is shown: the explanation of figures (on hover
 * or focus), the Sankey of one route as the screen shows it and the formatie of a school per professional. The evaluation
 * answer itself carries only the figures. The evaluation comes from the session's recent ones, so a
 * hover at national scale does not recompute the routes.
 */
export function uitlegDiensten(evaluatie: (regioId: number, variant: unknown) => Evaluatie): Pick<ZioDiensten, 'uitleg' | 'geldstromen' | 'formatie'> {
  return {
    uitleg: ({ regioId, variant, figuren }) => uitlegVanFiguren(evaluatie(regioId, variant), figuren),
    geldstromen: ({ regioId, variant, route, deel, max, gemarkeerd }) => geldstromenVan(evaluatie(regioId, variant), route, { deel, max, gemarkeerd }),
    formatie: ({ regioId, variant, school }) => formatieVan(evaluatie(regioId, variant), school),
  };
}
