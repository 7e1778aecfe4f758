import type { ZioDiensten } from '../../shared/api/contract';
import type { Evaluatie } from '../../shared/engine';
import { evaluatieWeergave } from '../../shared/engine/evaluatie-weergave';
import { lijstVarianten, slaVariantOp, verwijderVariant } from '../store/variant-repository';
import type { ProjectSessie } from './project-sessie';

type VariantOperatie = 'evaluatie' | 'varianten' | 'variantOpslaan' | 'variantVerwijderen';

/** A regio's saved variants, and the evaluation of a variant with the regio's normenset: the parts the screen asked for. */
export function variantenDiensten(p: ProjectSessie, evaluatie: (regioId: number, variant: unknown) => Evaluatie): Pick<ZioDiensten, VariantOperatie> {
  return {
    evaluatie: ({ regioId, variant, delen }) => evaluatieWeergave(evaluatie(regioId, variant), regioId, delen),
    varianten: ({ regioId }) => lijstVarianten(p.huidigeDb(), regioId),
    variantOpslaan: ({ regioId, id, naam, instellingen }) => {
      p.controleerVariant(instellingen, p.regio(regioId));
      return slaVariantOp(p.huidigeDb(), regioId, id, naam, instellingen);
    },
    variantVerwijderen: ({ regioId, id }) => {
      verwijderVariant(p.huidigeDb(), regioId, id);
      return lijstVarianten(p.huidigeDb(), regioId);
    },
  };
}
