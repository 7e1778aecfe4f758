import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Resolves once the browser has painted what React just committed (the next frame, then the task
 * after it): work started then comes after what the user already sees.
 */
export const naTekenen = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

/**
 * Shows its children only after the part of the screen around it has been painted: a screen's
 * heading and key figures appear first, its heavier sections (tables, explanations) a frame later
 * instead of holding the first paint back. They render as a transition: React renders them in
 * slices of a few milliseconds, so a click or key meanwhile is answered at once.
 */
export function NaTekenen({ children }: { children: ReactNode }) {
  const [zichtbaar, zetZichtbaar] = useState(false);
  useEffect(() => {
    let actief = true;
    void naTekenen().then(() => actief && startTransition(() => zetZichtbaar(true)));
    return () => {
      actief = false;
    };
  }, []);
  return zichtbaar ? children : null;
}
