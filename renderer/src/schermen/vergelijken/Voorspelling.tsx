import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Variant } from '../../../../shared/engine';

/**
 * Asks the engine ahead: when the pointer or the keyboard focus rests on a switch (a task, a kader,
 * a gemeente's deelname) the variant that clicking it would give is evaluated already, with what the
 * visible tab shows of it, so the click redraws from memory. Only after a short rest, so sweeping
 * the mouse over the panel or tabbing through it asks nothing.
 */
type Wijziging = (v: Variant) => Variant;

/** Called when the pointer arrives; returns what to do after the rest (or nothing, if a change came first). */
type Voorspel = (f: Wijziging) => () => void;

const RUST_MS = 120;

/** The element around a switch: it starts its prediction, and only it stops it. */
type Bron = EventTarget;

const VoorspelContext = createContext<{ start: (f: Wijziging, bron: Bron) => void; stop: (bron?: Bron) => void }>({ start: () => {}, stop: () => {} });

export function VoorspelBron({ voorspel, children }: { voorspel: Voorspel; children: ReactNode }) {
  const wacht = useRef<{ bron: Bron; timer: number } | null>(null);
  // Only the switch whose prediction waits stops it: focusing a switch may scroll the panel under a
  // resting pointer, and the pointer leaving another switch then must not cancel the focus's turn.
  const stop = useCallback((bron?: Bron) => {
    if (wacht.current && (bron === undefined || wacht.current.bron === bron)) {
      window.clearTimeout(wacht.current.timer);
      wacht.current = null;
    }
  }, []);
  const start = useCallback(
    (f: Wijziging, bron: Bron) => {
      stop();
      wacht.current = { bron, timer: window.setTimeout(voorspel(f), RUST_MS) };
    },
    [voorspel, stop],
  );
  useEffect(() => () => stop(), [stop]);
  const waarde = useMemo(() => ({ start, stop }), [start, stop]);
  return <VoorspelContext value={waarde}>{children}</VoorspelContext>;
}

type Gebeurtenis = { currentTarget: EventTarget };

/** Props for the element around a switch: `{...vooraf((v) => wat de klik doet)}`. */
export function useVooraf(): (f: Wijziging) => Record<'onPointerEnter' | 'onPointerLeave' | 'onFocus' | 'onBlur', (e: Gebeurtenis) => void> {
  const { start, stop } = useContext(VoorspelContext);
  return useCallback(
    (f) => ({
      onPointerEnter: (e) => start(f, e.currentTarget),
      onPointerLeave: (e) => stop(e.currentTarget),
      onFocus: (e) => start(f, e.currentTarget),
      onBlur: (e) => stop(e.currentTarget),
    }),
    [start, stop],
  );
}
