import type { ZioApi } from '../../../../shared/api/contract';
import type { Variant } from '../../../../shared/engine';
import type { Ontwerpsessie } from '../../../../shared/ontwerptafel';
import { zio } from '../../api';
import { wegingsdeel } from './sessieBewerken';
import { useLiveLaden, type LiveAntwoord } from './useLiveLaden';

export type WegingAntwoord = Awaited<ReturnType<ZioApi['ontwerptafelWeging']>>;
export type ScopeEffecten = Awaited<ReturnType<ZioApi['scopeEffecten']>>;
export type Meerjarenraming = Awaited<ReturnType<ZioApi['meerjarenraming']>>;

/** The score table, the weighting per group and overall and its sensitivity, for the session and variant. */
export function useWeging(regioId: number, variant: Variant, sessie: Ontwerpsessie | null): LiveAntwoord<WegingAntwoord> {
  const deel = sessie ? wegingsdeel(sessie) : null;
  const sleutel = deel ? JSON.stringify([regioId, variant, deel]) : null;
  return useLiveLaden(() => zio.ontwerptafelWeging({ regioId, variant, sessie: deel ?? {} }), sleutel);
}

/** Per task: the pot and the onderwijs share with and without it, the rest of the variant equal. */
export function useScopeEffecten(regioId: number, variant: Variant | null): LiveAntwoord<ScopeEffecten> {
  return useLiveLaden(() => zio.scopeEffecten({ regioId, variant: variant ?? {} }), variant ? JSON.stringify([regioId, variant]) : null);
}

/** Pot and contributions per year for the session's meerjaren settings. */
export function useMeerjarenraming(regioId: number, variant: Variant, instellingen: Ontwerpsessie['meerjaren']): LiveAntwoord<Meerjarenraming> {
  return useLiveLaden(() => zio.meerjarenraming({ regioId, variant, instellingen }), JSON.stringify([regioId, variant, instellingen]));
}
