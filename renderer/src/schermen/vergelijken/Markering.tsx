import './vergelijken.css';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * The highlighted party (a gemeente, school or samenwerkingsverband, by party id): clicking one in
 * any table or chart highlights it in every table and chart of the comparison; clicking it again
 * (or "Markering wissen") clears it.
 */
export interface Markering {
  gemarkeerd: string | null;
  wissel(partij: string): void;
  wis(): void;
}

const MarkeringContext = createContext<Markering>({ gemarkeerd: null, wissel: () => {}, wis: () => {} });

export function MarkeringProvider({ children }: { children: ReactNode }) {
  const [gemarkeerd, zet] = useState<string | null>(null);
  const wissel = useCallback((partij: string) => zet((huidig) => (huidig === partij ? null : partij)), []);
  const wis = useCallback(() => zet(null), []);
  const waarde = useMemo(() => ({ gemarkeerd, wissel, wis }), [gemarkeerd, wissel, wis]);
  return <MarkeringContext value={waarde}>{children}</MarkeringContext>;
}

export function useMarkering(): Markering {
  return useContext(MarkeringContext);
}

/** Whether any of these party ids is the highlighted one. */
export function isGemarkeerd(m: Markering, ...partijen: Array<string | undefined>): boolean {
  return m.gemarkeerd !== null && partijen.includes(m.gemarkeerd);
}

/** The name of a party as a button that highlights it everywhere. */
export function PartijKnop({ partij, naam }: { partij: string; naam: string }) {
  const m = useMarkering();
  const aan = m.gemarkeerd === partij;
  return (
    <button type="button" className="partij-knop" onClick={() => m.wissel(partij)} aria-pressed={aan} title={aan ? `${naam}: markering opheffen` : `${naam} overal markeren`}>
      {naam}
    </button>
  );
}
