import { useContext, useEffect, useState } from 'react';
import type { SchoolFormatie } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import { EvaluatieBronContext } from './useEvaluaties';

/**
 * The formatie of a school per professional once it is in (null while first asked). While the
 * formatie of a changed variant comes, the previous one of the same school stays with `verouderd`
 * set, so the table is updated instead of emptied. The evaluation itself carries only each
 * school's totals.
 */
export function useFormatie(ev: EvaluatieWeergave, school: string): { formatie: SchoolFormatie | null; verouderd: boolean } {
  const bron = useContext(EvaluatieBronContext);
  const [stand, zet] = useState<{ ev: EvaluatieWeergave; school: string; f: SchoolFormatie | null } | null>(null);
  useEffect(() => {
    let actueel = true;
    bron.formatie(ev, school).then(
      (f) => actueel && zet({ ev, school, f: f[0] ?? null }),
      () => actueel && zet({ ev, school, f: null }),
    );
    return () => {
      actueel = false;
    };
  }, [bron, ev, school]);
  const bekend = bron.bekendeFormatie(ev, school);
  if (bekend) return { formatie: bekend[0] ?? null, verouderd: false };
  if (!stand || stand.school !== school) return { formatie: null, verouderd: false };
  return { formatie: stand.f, verouderd: stand.ev !== ev };
}
