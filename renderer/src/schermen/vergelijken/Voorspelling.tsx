import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Variant } from '../../../../shared/engine';

/**
 * Asks the engine ahead: when the pointer rests on a switch (a task, a kader, a gemeente's
 * deelname) the variant that clicking it would give is evaluated already, so the click redraws from
 * memory. Only after a short rest, so sweeping the mouse over the panel asks nothing.
 */
/** Called when the pointer arrives; returns what to do after the rest (or nothing, if a change came first). */
type Voorspel = (f: (v: Variant) => Variant) => () => void;

const RUST_MS = 120;

const VoorspelContext = createContext<{ start: (f: (v: Variant) => Variant) => void; stop: () => void }>({ start: () => {}, stop: () => {} });

export function VoorspelBron({ voorspel, children }: { voorspel: Voorspel; children: ReactNode }) {
  const timer = useRef<number | undefined>(undefined);
  const stop = useCallback(() => window.clearTimeout(timer.current), []);
  const start = useCallback(
    (f: (v: Variant) => Variant) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(voorspel(f), RUST_MS);
    },
    [voorspel],
  );
  useEffect(() => stop, [stop]);
  const waarde = useMemo(() => ({ start, stop }), [start, stop]);
  return <VoorspelContext value={waarde}>{children}</VoorspelContext>;
}

/** Props for the element around a switch: `{...vooraf((v) => wat de klik doet)}`. */
export function useVooraf(): (f: (v: Variant) => Variant) => { onPointerEnter: () => void; onPointerLeave: () => void } {
  const { start, stop } = useContext(VoorspelContext);
  return useCallback((f) => ({ onPointerEnter: () => start(f), onPointerLeave: stop }), [start, stop]);
}
