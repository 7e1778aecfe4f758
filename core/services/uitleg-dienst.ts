import type { ZioDiensten } from '../../shared/api/contract';
import type { Evaluatie } from '../../shared/engine';
import { evaluatieWeergave, formatieVan, geldstromenVan, uitlegVanFiguren } from '../../shared/engine/evaluatie-weergave';

/**
 * The detail of an evaluation, asked for when it is shown: the explanation of figures (on hover
 * or focus), the Sankey of one route as the screen shows it and the formatie of a school per
 * professional; after a what-if change, the figures with the detail the tab shows, in one answer.
 * The evaluation answer itself carries only the figures. The evaluation comes from the session's
 * recent ones, so a hover at national scale does not recompute the routes.
 */
export function uitlegDiensten(evaluatie: (regioId: number, variant: unknown) => Evaluatie): Pick<ZioDiensten, 'uitleg' | 'geldstromen' | 'formatie' | 'evaluatieMetDetail'> {
  return {
    evaluatieMetDetail: ({ regioId, variant, delen, geldstromen, formatie }) => {
      const ev = evaluatie(regioId, variant);
      return {
        evaluatie: evaluatieWeergave(ev, regioId, delen),
        geldstromen: geldstromen.map(({ route, ...vraag }) => geldstromenVan(ev, route, vraag)),
        formatie: formatie.map((school) => formatieVan(ev, school)),
      };
    },
    uitleg: ({ regioId, variant, figuren }) => uitlegVanFiguren(evaluatie(regioId, variant), figuren),
    geldstromen: ({ regioId, variant, route, deel, max, gemarkeerd }) => geldstromenVan(evaluatie(regioId, variant), route, { deel, max, gemarkeerd }),
    formatie: ({ regioId, variant, school }) => formatieVan(evaluatie(regioId, variant), school),
  };
}
