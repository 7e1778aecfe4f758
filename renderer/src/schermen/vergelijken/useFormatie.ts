import { useContext } from 'react';
import type { SchoolFormatie } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import { useDeelNaEvaluatie } from './useDeelNaEvaluatie';
import { EvaluatieBronContext } from './useEvaluaties';

/**
 * The formatie of a school per professional (the evaluation itself carries only each school's
 * totals). While the formatie of a changed variant comes, the previous one of the same school stays.
 */
export function useFormatie(ev: EvaluatieWeergave, school: string): { formatie: SchoolFormatie | null; verouderd: boolean } {
  const bron = useContext(EvaluatieBronContext);
  const { antwoord, verouderd } = useDeelNaEvaluatie(
    ev,
    school,
    '',
    () => bron.formatie(ev, school),
    () => bron.bekendeFormatie(ev, school),
  );
  return { formatie: antwoord?.[0] ?? null, verouderd };
}
