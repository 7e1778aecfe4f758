import './vergelijken.css';
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { laadUitleg, uitlegToets, type UitlegBron, type UitlegTekst } from '../../onderdelen/Uitleg';

/**
 * Explanations on hover and keyboard focus for the many figures of the comparison, through one
 * shared tooltip instead of a tooltip component per cell: a table of a hundred explained figures
 * then redraws in a few milliseconds. Looks and reads like `MetUitleg` (title, lines, source). An
 * explanation on demand is asked for when the pointer or focus arrives and shown when it answers.
 */
type Toon = (el: HTMLElement | null, uitleg?: UitlegBron) => void;

const UitlegContext = createContext<Toon>(() => {});

const VERTRAGING_MS = 200;
const BREEDTE = 380;

function Ballon({ el, uitleg, id }: { el: HTMLElement; uitleg: UitlegTekst; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [plek, zetPlek] = useState<{ left: number; top: number } | null>(null);
  useEffect(() => {
    const r = el.getBoundingClientRect();
    const h = ref.current?.offsetHeight ?? 0;
    const onder = r.bottom + 8 + h <= window.innerHeight || r.top - 8 - h < 0;
    const left = Math.max(8, Math.min(window.innerWidth - BREEDTE - 8, r.left + r.width / 2 - BREEDTE / 2));
    zetPlek({ left, top: onder ? r.bottom + 8 : r.top - 8 - h });
    el.setAttribute('aria-describedby', id);
    return () => el.removeAttribute('aria-describedby');
  }, [el, uitleg, id]);
  return (
    <div ref={ref} id={id} role="tooltip" className="uitleg-ballon" style={{ width: BREEDTE, left: plek?.left ?? -9999, top: plek?.top ?? -9999 }}>
      <div className="uitleg-titel">{uitleg.titel}</div>
      {uitleg.regels.map((r, i) => (
        <div key={i} className="uitleg-regel">
          {r}
        </div>
      ))}
      {uitleg.bron && <div className="uitleg-bron">Bron: {uitleg.bron}</div>}
    </div>
  );
}

export function UitlegLaag({ children }: { children: ReactNode }) {
  const [open, zet] = useState<{ el: HTMLElement; uitleg: UitlegTekst } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const id = useId();
  const beurt = useRef(0);
  const toon = useCallback<Toon>((el, uitleg) => {
    window.clearTimeout(timer.current);
    const deze = ++beurt.current;
    if (!el || !uitleg) {
      zet(null);
      return;
    }
    // The request starts at once; the balloon appears after the delay, or when the answer comes.
    const tekst = laadUitleg(uitleg);
    timer.current = window.setTimeout(() => {
      void tekst.then((u) => {
        if (deze === beurt.current) zet(u ? { el, uitleg: u } : null);
      });
    }, VERTRAGING_MS);
  }, []);
  useEffect(() => {
    if (!open) return;
    const sluit = (e: KeyboardEvent) => e.key === 'Escape' && zet(null);
    const weg = () => zet(null);
    document.addEventListener('keydown', sluit);
    window.addEventListener('scroll', weg, true);
    return () => {
      document.removeEventListener('keydown', sluit);
      window.removeEventListener('scroll', weg, true);
    };
  }, [open]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <UitlegContext value={toon}>
      {children}
      {open && open.el.isConnected && <Ballon el={open.el} uitleg={open.uitleg} id={id} />}
    </UitlegContext>
  );
}

/** A figure that explains itself on hover and focus (inside an `UitlegLaag`). */
export function Uitleg({ uitleg, children }: { uitleg: UitlegBron; children: ReactNode }) {
  const toon = useContext(UitlegContext);
  return (
    <span
      tabIndex={0}
      className="met-uitleg"
      onMouseEnter={(e) => toon(e.currentTarget, uitleg)}
      onMouseLeave={() => toon(null)}
      onFocus={(e) => toon(e.currentTarget, uitleg)}
      onBlur={() => toon(null)}
      onKeyDown={(e) => {
        const el = e.currentTarget;
        uitlegToets(e, false, () => toon(el, uitleg), () => toon(null));
      }}
    >
      {children}
    </span>
  );
}
