import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Variant } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import { zio } from '../../api';
import { maakVolgorde } from './volgorde';

/**
 * Where evaluations come from: the API, with the last few answers remembered by variant. The screen
 * asks for a changed variant at the moment of the change (before React renders anything), so the
 * request and the render of the panel overlap; going back to an earlier variant or tab costs no
 * request at all.
 */
export interface EvaluatieBron {
  haal(regioId: number, variant: Variant): Promise<EvaluatieWeergave>;
}

export function maakEvaluatieBron(grootte = 12): EvaluatieBron {
  const onthouden = new Map<string, Promise<EvaluatieWeergave>>();
  return {
    haal(regioId, variant) {
      const sleutel = `${regioId}:${JSON.stringify(variant)}`;
      let p = onthouden.get(sleutel);
      if (p) {
        // Most recently used last.
        onthouden.delete(sleutel);
        onthouden.set(sleutel, p);
        return p;
      }
      p = zio.evaluatie({ regioId, variant });
      onthouden.set(sleutel, p);
      // A failed request is not remembered: asking again asks the API again.
      p.catch(() => onthouden.get(sleutel) === p && onthouden.delete(sleutel));
      while (onthouden.size > grootte) onthouden.delete(onthouden.keys().next().value!);
      return p;
    },
  };
}

const standaardBron = maakEvaluatieBron();
export const EvaluatieBronContext = createContext<EvaluatieBron>(standaardBron);

export interface Evaluaties {
  /** The latest evaluations that arrived (kept while a newer request runs or after an error). */
  data: EvaluatieWeergave[] | null;
  /** The error of the latest request (the data are then those of an earlier variant). */
  fout: Error | null;
  bezig: boolean;
}

/**
 * Evaluates one or more variants of a regio (all four routes each). Re-evaluates when a variant
 * changes in content; answers to superseded requests are dropped.
 */
export function useEvaluaties(regioId: number, varianten: readonly Variant[] | null): Evaluaties {
  const bron = useContext(EvaluatieBronContext);
  const sleutel = varianten === null ? null : `${regioId}:${JSON.stringify(varianten)}`;
  // What arrived last, for which request; "bezig" is derived (no extra render when a request starts).
  const [toestand, zet] = useState<{ sleutel: string | null; regioId: number; data: EvaluatieWeergave[] | null; fout: Error | null }>({ sleutel: null, regioId, data: null, fout: null });
  const volgorde = useRef(maakVolgorde());
  const laatsteVarianten = useRef(varianten);
  laatsteVarianten.current = varianten;

  useEffect(() => {
    const lijst = laatsteVarianten.current;
    if (lijst === null) return;
    const isLaatste = volgorde.current.volgende();
    Promise.all(lijst.map((variant) => bron.haal(regioId, variant))).then(
      (data) => isLaatste() && zet({ sleutel, regioId, data, fout: null }),
      (fout: Error) => isLaatste() && zet((t) => ({ sleutel, regioId, data: t.regioId === regioId ? t.data : null, fout })),
    );
  }, [regioId, sleutel, bron]);

  useEffect(() => () => volgorde.current.vergeet(), []);

  return useMemo(
    () => (toestand.regioId === regioId ? { data: toestand.data, fout: toestand.fout, bezig: sleutel !== null && toestand.sleutel !== sleutel } : { data: null, fout: null, bezig: true }),
    [toestand, regioId, sleutel],
  );
}

/** One variant: its evaluation, or the latest one that arrived. */
export function useEvaluatie(regioId: number, variant: Variant): { ev: EvaluatieWeergave | null; fout: Error | null; bezig: boolean } {
  const lijst = useMemo(() => [variant], [variant]);
  const { data, fout, bezig } = useEvaluaties(regioId, lijst);
  return { ev: data?.[0] ?? null, fout, bezig };
}
