import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Variant } from '../../../../shared/engine';
import type { EvaluatieDeel, EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import { zio } from '../../api';
import { maakVolgorde } from './volgorde';

/**
 * Where evaluations come from: the API, with the last few answers remembered by variant and the
 * parts asked for (`delen`: what the visible screen shows besides the key figures; see
 * EvaluatieWeergave). The screen asks for a changed variant at the moment of the change (before
 * React renders anything), so the request and the render of the panel overlap; going back to an
 * earlier variant or tab costs no request at all, and an answer with more parts serves a screen
 * that needs fewer.
 */
export interface EvaluatieBron {
  haal(regioId: number, variant: Variant, delen?: readonly EvaluatieDeel[]): Promise<EvaluatieWeergave>;
}

/** No parts: the key figures only. */
export const ALLEEN_KERNCIJFERS: readonly EvaluatieDeel[] = [];

export function maakEvaluatieBron(grootte = 12): EvaluatieBron {
  const onthouden = new Map<string, { variant: string; delen: readonly EvaluatieDeel[]; p: Promise<EvaluatieWeergave> }>();
  return {
    haal(regioId, variant, delen = ALLEEN_KERNCIJFERS) {
      const variantSleutel = `${regioId}:${JSON.stringify(variant)}`;
      const bekend = [...onthouden].find(([, x]) => x.variant === variantSleutel && delen.every((d) => x.delen.includes(d)));
      if (bekend) {
        // Most recently used last.
        onthouden.delete(bekend[0]);
        onthouden.set(bekend[0], bekend[1]);
        return bekend[1].p;
      }
      const sleutel = `${variantSleutel}|${[...delen].sort().join(',')}`;
      const p = zio.evaluatie({ regioId, variant, delen: [...delen] });
      onthouden.set(sleutel, { variant: variantSleutel, delen, p });
      // A failed request is not remembered: asking again asks the API again.
      p.catch(() => onthouden.get(sleutel)?.p === p && onthouden.delete(sleutel));
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
 * Evaluates one or more variants of a regio (all four routes each), with the parts the screen shows.
 * Re-evaluates when a variant or the parts change in content; answers to superseded requests are
 * dropped. While a request runs, `data` still holds the previous answer and `bezig` is true: the
 * screen must mark those figures as stale.
 */
export function useEvaluaties(regioId: number, varianten: readonly Variant[] | null, delen: readonly EvaluatieDeel[] = ALLEEN_KERNCIJFERS): Evaluaties {
  const bron = useContext(EvaluatieBronContext);
  const delenSleutel = [...delen].sort().join(',');
  const sleutel = varianten === null ? null : `${regioId}:${JSON.stringify(varianten)}|${delenSleutel}`;
  const laatsteDelen = useRef(delen);
  laatsteDelen.current = delen;
  // What arrived last, for which request; "bezig" is derived (no extra render when a request starts).
  const [toestand, zet] = useState<{ sleutel: string | null; regioId: number; data: EvaluatieWeergave[] | null; fout: Error | null }>({ sleutel: null, regioId, data: null, fout: null });
  const volgorde = useRef(maakVolgorde());
  const laatsteVarianten = useRef(varianten);
  laatsteVarianten.current = varianten;

  useEffect(() => {
    const lijst = laatsteVarianten.current;
    if (lijst === null) return;
    const isLaatste = volgorde.current.volgende();
    Promise.all(lijst.map((variant) => bron.haal(regioId, variant, laatsteDelen.current))).then(
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
export function useEvaluatie(regioId: number, variant: Variant, delen: readonly EvaluatieDeel[] = ALLEEN_KERNCIJFERS): { ev: EvaluatieWeergave | null; fout: Error | null; bezig: boolean } {
  const lijst = useMemo(() => [variant], [variant]);
  const { data, fout, bezig } = useEvaluaties(regioId, lijst, delen);
  return { ev: data?.[0] ?? null, fout, bezig };
}
