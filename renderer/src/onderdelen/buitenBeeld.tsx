import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * What follows every what-if change may wait while it is out of view (below the fold, in a hidden
 * panel): a change then redraws what the user sees, and the rest catches up when it is scrolled to.
 * Printing and saving a PDF bring everything up to date first.
 */

/** Charts and sections out of view that wait to be brought up to date: each entry does that. */
const wachtend = new Set<() => void>();

/** Registers (or, with `weg`, forgets) what brings a waiting chart or section up to date. */
export function wachtBuitenBeeld(bijwerken: () => void, weg = false): void {
  if (weg) wachtend.delete(bijwerken);
  else wachtend.add(bijwerken);
}

/** Brings every chart and section that waits out of view up to date: before the page is printed or saved as PDF. */
export function werkAllesBij(): void {
  for (const bijwerken of [...wachtend]) bijwerken();
}
if (typeof window !== 'undefined') addEventListener('beforeprint', werkAllesBij);

/** Whether an element is in the viewport, as the IntersectionObserver last reported (at first: yes). */
export function useInBeeld<T extends Element>(): [(el: T | null) => void, boolean] {
  const [el, zetEl] = useState<T | null>(null);
  const [inBeeld, zetInBeeld] = useState(true);
  useEffect(() => {
    if (!el) return;
    const bijwerken = () => flushSync(() => zetInBeeld(true));
    const zicht = new IntersectionObserver(([e]) => {
      zetInBeeld(e.isIntersecting);
      wachtBuitenBeeld(bijwerken, e.isIntersecting);
    });
    zicht.observe(el);
    return () => {
      zicht.disconnect();
      wachtBuitenBeeld(bijwerken, true);
    };
  }, [el]);
  return [zetEl, inBeeld];
}

/**
 * Its children, kept as they were while the section is out of view: React skips a subtree whose
 * element is the one it rendered before, so a what-if change does not re-render a section nobody
 * sees. Scrolled into view (or printed), the section renders its current children.
 */
export function BijwerkenInBeeld({ children }: { children: ReactNode }) {
  const [ref, inBeeld] = useInBeeld<HTMLDivElement>();
  const getoond = useRef(children);
  if (inBeeld) getoond.current = children;
  return <div ref={ref}>{getoond.current}</div>;
}
