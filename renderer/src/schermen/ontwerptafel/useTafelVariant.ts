import { useCallback, useEffect, useMemo, useState } from 'react';
import { standaardVariant, type Variant, type VariantInvoer } from '../../../../shared/engine';
import type { RegioBestand } from '../../../../shared/regio/schema';
import { STANDAARD } from '../../onderdelen/VariantKeuze';
import { volledigeVariant } from '../vergelijken/variantBewerken';

/** The variant the table looks at: where it came from and whether the session changed it since. */
export interface TafelVariant {
  variant: Variant;
  /** The value of the variant choice: "standaard", the id of a saved variant, or "" (from a momentopname). */
  keuze: string;
  /** Its name as the table knows it. */
  naam: string;
  /** What the session changed since it was chosen (scope from the proposal, a preset, deelname). */
  wijzigingen: string[];
}

const sleutel = (regioId: number) => `zio:ontwerptafel:variant:${regioId}`;

function begin(regioId: number, regio: RegioBestand): TafelVariant {
  try {
    const bewaard = sessionStorage.getItem(sleutel(regioId));
    if (bewaard) {
      const t = JSON.parse(bewaard) as TafelVariant;
      return { ...t, variant: volledigeVariant(t.variant, regio), wijzigingen: Array.isArray(t.wijzigingen) ? t.wijzigingen : [] };
    }
  } catch {
    // A stored variant that no longer fits this regio: start from the standard.
  }
  return { variant: standaardVariant(regio), keuze: STANDAARD, naam: 'Standaardvariant (rekenmodel)', wijzigingen: [] };
}

export interface TafelVariantActies {
  /** A saved variant, the standard, or the variant of a momentopname. */
  kies(keuze: string, instellingen: VariantInvoer, naam: string): void;
  /** A change made at the table, with what it was in words ("scope uit het voorstel"). */
  wijzig(f: (v: Variant) => Variant, wat: string): void;
}

/**
 * The variant of the ontwerptafel, kept per regio for the browser session (leaving the screen or
 * presenting loses nothing). The session file itself keeps variants only in its momentopnamen.
 */
export function useTafelVariant(regioId: number, regio: RegioBestand): [TafelVariant, TafelVariantActies] {
  const [t, zet] = useState<TafelVariant>(() => begin(regioId, regio));
  useEffect(() => {
    sessionStorage.setItem(sleutel(regioId), JSON.stringify(t));
  }, [regioId, t]);
  const kies = useCallback((keuze: string, instellingen: VariantInvoer, naam: string) => zet({ variant: volledigeVariant(instellingen, regio), keuze, naam, wijzigingen: [] }), [regio]);
  const wijzig = useCallback(
    (f: (v: Variant) => Variant, wat: string) =>
      zet((x) => ({ ...x, variant: f(x.variant), wijzigingen: x.wijzigingen.includes(wat) ? x.wijzigingen : [...x.wijzigingen, wat] })),
    [],
  );
  const acties = useMemo(() => ({ kies, wijzig }), [kies, wijzig]);
  return [t, acties];
}
