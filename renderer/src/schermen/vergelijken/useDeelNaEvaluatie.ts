import { useEffect, useRef, useState } from 'react';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';

export interface GevraagdDeel<T> {
  /** The part once it is in (null while first asked, or after an error). */
  antwoord: T | null;
  /** The evaluation `antwoord` belongs to (its figures are explained from it). */
  ev: EvaluatieWeergave;
  fout: unknown;
  /** `antwoord` is of the previous view or variant while the asked one comes. */
  verouderd: boolean;
}

interface Stand<T> {
  ev: EvaluatieWeergave;
  reeks: string;
  vraag: string;
  antwoord: T | null;
  fout: unknown;
}

/**
 * A part of an evaluation asked after it (a Sankey, a school's formatie): `haal` asks it, `bekend`
 * gives it at once when the evaluation source already has it (then nothing is asked and nothing
 * renders twice). `reeks` names what is shown (a route's chart, a school), `vraag` the view of it;
 * both are strings that change when the part must be asked again. While another view of the same
 * thing or the part of a changed variant comes, the part shown last stays with `verouderd` set, so
 * the screen updates it instead of replacing it by a loader.
 */
export function useDeelNaEvaluatie<T>(ev: EvaluatieWeergave, reeks: string, vraag: string, haal: () => Promise<T>, bekend: () => T | undefined): GevraagdDeel<T> {
  const [stand, zet] = useState<Stand<T> | null>(null);
  const laatsteHaal = useRef(haal);
  laatsteHaal.current = haal;
  // The part shown last (set after each render that showed one): what a new view keeps meanwhile.
  const getoond = useRef<Stand<T> | null>(null);
  const nu = bekend();
  const actueel: Stand<T> | null = nu !== undefined ? { ev, reeks, vraag, antwoord: nu, fout: null } : stand?.ev === ev && stand.reeks === reeks && stand.vraag === vraag ? stand : null;
  useEffect(() => {
    // Shown by the render (from the source's memory, or already in): nothing to ask. A part that
    // came after the render still goes through the state below.
    if (actueel) return;
    let actief = true;
    laatsteHaal.current().then(
      (antwoord) => actief && zet({ ev, reeks, vraag, antwoord, fout: null }),
      (fout: unknown) => actief && zet({ ev, reeks, vraag, antwoord: null, fout }),
    );
    return () => {
      actief = false;
    };
    // The render's result for this part and view is what the effect looks at.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ev, reeks, vraag]);
  useEffect(() => {
    if (actueel?.antwoord != null) getoond.current = actueel;
  });
  if (actueel) return { antwoord: actueel.antwoord, ev, fout: actueel.fout, verouderd: false };
  const vorige = getoond.current;
  return vorige?.reeks === reeks ? { antwoord: vorige.antwoord, ev: vorige.ev, fout: null, verouderd: true } : { antwoord: null, ev, fout: null, verouderd: false };
}
