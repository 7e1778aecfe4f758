import { useEffect, useRef, useState } from 'react';
import { maakVolgorde } from '../vergelijken/volgorde';

export interface LiveAntwoord<T> {
  /** The latest answer that arrived (kept while a newer request runs, and after an error). */
  data: T | null;
  /** The error of the latest request. */
  fout: Error | null;
  bezig: boolean;
}

/**
 * Asks the API again whenever `sleutel` changes, without blanking what is on screen: during a live
 * session the figures stay put while the new ones are computed, and a slow answer never overwrites
 * a newer one. `sleutel` null: ask nothing.
 */
export function useLiveLaden<T>(laad: () => Promise<T>, sleutel: string | null): LiveAntwoord<T> {
  const [toestand, zet] = useState<LiveAntwoord<T>>({ data: null, fout: null, bezig: sleutel !== null });
  const volgorde = useRef(maakVolgorde());
  const laadRef = useRef(laad);
  laadRef.current = laad;
  useEffect(() => {
    if (sleutel === null) return;
    const isLaatste = volgorde.current.volgende();
    zet((t) => (t.bezig ? t : { ...t, bezig: true }));
    laadRef.current().then(
      (data) => isLaatste() && zet({ data, fout: null, bezig: false }),
      (fout: Error) => isLaatste() && zet((t) => ({ data: t.data, fout, bezig: false })),
    );
  }, [sleutel]);
  useEffect(() => () => volgorde.current.vergeet(), []);
  return toestand;
}
