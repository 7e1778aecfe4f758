import { useEffect, useState } from 'react';
import type { SchoolFormatie } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import { zio } from '../../api';

/** Per evaluation: school (or '' for every school) → its formatie per professional, asked once and kept as long as the evaluation. */
const gevraagd = new WeakMap<EvaluatieWeergave, Map<string, Promise<SchoolFormatie[]>>>();

/**
 * The formatie per professional of one school of an evaluation (null: of every school, for a
 * download). The evaluation itself carries only each school's totals.
 */
export function haalFormatie(ev: EvaluatieWeergave, school: string | null): Promise<SchoolFormatie[]> {
  let perSchool = gevraagd.get(ev);
  if (!perSchool) gevraagd.set(ev, (perSchool = new Map()));
  const sleutel = school ?? '';
  let f = perSchool.get(sleutel);
  if (!f) {
    const lijst = perSchool;
    f = zio.formatie({ regioId: ev.regioId, variant: ev.variant, school }).catch((e: unknown) => {
      lijst.delete(sleutel);
      throw e;
    });
    perSchool.set(sleutel, f);
  }
  return f;
}

/** The formatie of a school per professional once it is in (null while asked for). */
export function useFormatie(ev: EvaluatieWeergave, school: string): SchoolFormatie | null {
  const [stand, zet] = useState<{ ev: EvaluatieWeergave; school: string; f: SchoolFormatie | null } | null>(null);
  useEffect(() => {
    let actueel = true;
    haalFormatie(ev, school).then(
      (f) => actueel && zet({ ev, school, f: f[0] ?? null }),
      () => actueel && zet({ ev, school, f: null }),
    );
    return () => {
      actueel = false;
    };
  }, [ev, school]);
  return stand && stand.ev === ev && stand.school === school ? stand.f : null;
}
