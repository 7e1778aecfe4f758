import './presentatie.css';
import { Button, Loader, SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { SCOPE_LABEL, SCOPE_PRESETS, VERDEELSLEUTEL_LABEL, type Variant, type VerdeelsleutelType } from '../../../../shared/engine';
import type { RegioBestand } from '../../../../shared/regio/schema';
import type { Ontwerpsessie, ScopeEffect, Wegingsresultaat } from '../../../../shared/ontwerptafel';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { Bijdragen } from '../vergelijken/Bijdragen';
import { useEvaluatie } from '../vergelijken/useEvaluaties';
import type { EvaluatieDeel } from '../../../../shared/engine/evaluatie-weergave';
import { metDeelname, scopeSoort, type ScopeSoort } from '../vergelijken/variantBewerken';
import { variantRegels } from '../../../../shared/domain/variant-tekst';
import { PotDia } from './presentatie/PotDia';
import { RoutesDia } from './presentatie/RoutesDia';
import { ScopeDia } from './presentatie/ScopeDia';
import { WegingDia } from './presentatie/WegingDia';

/** The slides show the key figures and the contributions per financier. */
const PRESENTATIE_DELEN: readonly EvaluatieDeel[] = ['bijdragen'];

/** The prepared views, in the order the facilitator steps through them (keys 1–5). */
export const DIAS = [
  { id: 'scope', naam: 'Scope', kop: 'Welke taken tellen als zorg in onderwijstijd?' },
  { id: 'pot', naam: 'Pot', kop: 'Hoe groot is de pot, en uit welke wetten komt het geld?' },
  { id: 'routes', naam: 'Routes', kop: 'Wie beheert de pot? De routes naast elkaar' },
  { id: 'gemeenten', naam: 'Per gemeente', kop: 'Wat betaalt elke gemeente, nu en in de pot?' },
  { id: 'weging', naam: 'Weging', kop: 'Welke route past het best, per groep en samen?' },
] as const;

/** The keys that need no further input, so they can be switched live (vast and mix need percentages or α). */
const LIVE_SLEUTELS: VerdeelsleutelType[] = ['zorggebruik', 'leerlingen', 'jeugdigen'];
const eersteHoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The content is laid out for this width and scaled to the screen, like a slide. */
const ONTWERPBREEDTE = 1360;

function useSchaal(): { zoom: number; breedte: number; hoogte: number } {
  const meet = () => {
    const zoom = Math.max(1, window.innerWidth / ONTWERPBREEDTE);
    return { zoom, breedte: window.innerWidth / zoom, hoogte: window.innerHeight / zoom };
  };
  const [schaal, zet] = useState(meet);
  useEffect(() => {
    const opnieuw = () => zet(meet());
    window.addEventListener('resize', opnieuw);
    return () => window.removeEventListener('resize', opnieuw);
  }, []);
  return schaal;
}

/**
 * Keys that belong to the control that has focus, not to the slides: text fields, lists and sliders.
 * A clicked switch (a radio of the scope, a checkbox, a button) leaves ← → and 1–5 to the slides.
 */
function isInvoer(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && !!el.closest('input:not([type="radio"]):not([type="checkbox"]):not([type="button"]), textarea, select, [contenteditable="true"], [role="slider"], [role="combobox"], [role="listbox"]');
}

/** The smallest scale a view is shrunk to so that it fits the screen without scrolling. */
const KLEINSTE_PASSING = 0.4;

/**
 * Shrinks the view in `inhoud` (its first child) until it fits the slide, so nothing needs
 * scrolling: measured again when the view changes size (a chart or table that arrives later).
 * It only shrinks; a new view (`sleutel`) starts again at full size.
 */
function usePassend(inhoud: React.RefObject<HTMLElement | null>, passend: React.RefObject<HTMLElement | null>, sleutel: unknown): number {
  const [pas, zetPas] = useState(1);
  useLayoutEffect(() => zetPas(1), [sleutel]);
  useEffect(() => {
    const vak = inhoud.current;
    const el = passend.current;
    if (!vak || !el) return;
    const meet = () => {
      const stijl = getComputedStyle(vak);
      // A few pixels of room for rounding at fractional zoom.
      const hoog = vak.clientHeight - parseFloat(stijl.paddingTop) - parseFloat(stijl.paddingBottom) - 4;
      const breed = vak.clientWidth - parseFloat(stijl.paddingLeft) - parseFloat(stijl.paddingRight);
      const r = el.getBoundingClientRect();
      const zoom = parseFloat(getComputedStyle(el).zoom || '1') || 1;
      const nodig = Math.min(hoog / Math.max(1, el.scrollHeight * zoom, r.height), breed / Math.max(1, el.scrollWidth * zoom, r.width));
      if (nodig < 0.995) zetPas((p) => Math.max(KLEINSTE_PASSING, Math.floor(p * nodig * 100) / 100));
    };
    const waarnemer = new ResizeObserver(meet);
    waarnemer.observe(el);
    waarnemer.observe(vak);
    meet();
    return () => waarnemer.disconnect();
  }, [inhoud, passend, sleutel, pas]);
  return pas;
}

export interface PresentatieProps {
  regioId: number;
  regio: RegioBestand;
  sessie: Ontwerpsessie;
  variant: Variant;
  /** A live change of the table's variant (scope, deelname), with what it was in words. */
  wijzigVariant: (f: (v: Variant) => Variant, wat: string) => void;
  weging: Wegingsresultaat | null;
  effecten: ScopeEffect[] | null;
  onSluiten: () => void;
}

/**
 * The presentation mode for the projector: a full-screen overlay with large type in high contrast
 * and no editing chrome. The facilitator steps through the prepared views with → / PageDown and
 * ← / PageUp, jumps with 1–5, scrolls a tall view with ↑ ↓ and leaves with Esc; the scope, the
 * verdeelsleutel (per gemeente) and a gemeente's deelname can still be changed live, and every view
 * recomputes.
 */
export function Presentatie({ regioId, regio, sessie, variant, wijzigVariant, weging, effecten, onSluiten }: PresentatieProps) {
  const [dia, zetDia] = useState(0);
  const { zoom, breedte, hoogte } = useSchaal();
  const { ev, fout, bezig } = useEvaluatie(regioId, variant, PRESENTATIE_DELEN);
  const houder = useRef<HTMLDivElement>(null);
  const inhoud = useRef<HTMLDivElement>(null);
  const passend = useRef<HTMLDivElement>(null);
  const sluit = useRef(onSluiten);
  sluit.current = onSluiten;

  // Full screen where the browser allows it; leaving full screen (Esc in the browser) ends the presentation.
  useEffect(() => {
    const terug = document.activeElement as HTMLElement | null;
    houder.current?.focus();
    let volledig = false;
    const el = document.documentElement;
    if (!document.fullscreenElement && el.requestFullscreen) {
      el.requestFullscreen().then(
        () => (volledig = true),
        () => {},
      );
    }
    const wissel = () => {
      if (volledig && !document.fullscreenElement) sluit.current();
    };
    document.addEventListener('fullscreenchange', wissel);
    return () => {
      document.removeEventListener('fullscreenchange', wissel);
      volledig = false;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      terug?.focus?.();
    };
  }, []);

  const naar = useCallback((i: number) => zetDia(Math.max(0, Math.min(DIAS.length - 1, i))), []);
  useEffect(() => {
    const toets = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') {
        if ((e.target as HTMLElement | null)?.getAttribute?.('aria-expanded') === 'true') return;
        e.preventDefault();
        sluit.current();
        return;
      }
      if (isInvoer(e.target)) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') {
        e.preventDefault();
        zetDia((d) => Math.min(DIAS.length - 1, d + 1));
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        zetDia((d) => Math.max(0, d - 1));
      } else if (/^[1-9]$/.test(e.key) && Number(e.key) <= DIAS.length) {
        e.preventDefault();
        zetDia(Number(e.key) - 1);
      } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && inhoud.current) {
        // The view scrolls wherever the focus is (a view can be taller than the screen).
        e.preventDefault();
        inhoud.current.scrollTop += (e.key === 'ArrowDown' ? 1 : -1) * inhoud.current.clientHeight * 0.25;
      }
    };
    window.addEventListener('keydown', toets);
    return () => window.removeEventListener('keydown', toets);
  }, []);
  // A new view starts at its top.
  useLayoutEffect(() => {
    if (inhoud.current) inhoud.current.scrollTop = 0;
  }, [dia]);

  // The last maatwerk selection, kept when a preset is chosen live, so the table can go back to it.
  const [maatwerk, zetMaatwerk] = useState<string[] | null>(Array.isArray(variant.scope) ? [...variant.scope] : null);
  useEffect(() => {
    if (Array.isArray(variant.scope)) zetMaatwerk([...variant.scope]);
  }, [variant.scope]);
  const kiesScope = (s: ScopeSoort) => wijzigVariant((v) => ({ ...v, scope: s === 'maatwerk' ? [...(maatwerk ?? [])] : s }), 'scope');
  const zetDeelname = useCallback((partij: string, mee: boolean) => wijzigVariant((v) => metDeelname(v, partij, mee), 'deelname'), [wijzigVariant]);
  const toelichting = useMemo((): Array<[string, string]> => (ev ? variantRegels(ev.variant, regio) : []), [ev, regio]);

  const huidig = DIAS[dia];
  const pas = usePassend(inhoud, passend, `${dia}:${zoom}:${breedte}:${hoogte}`);
  let weergave: ReactNode;
  if (huidig.id === 'weging') weergave = weging ? <WegingDia weging={weging} /> : <Laden tekst="Weging berekenen…" />;
  else if (huidig.id === 'scope') weergave = <ScopeDia regioId={regioId} variant={variant} maatwerk={maatwerk} sessie={sessie} effecten={effecten} toelichting={toelichting} />;
  else if (!ev) weergave = fout ? <Foutmelding fout={fout} /> : <Laden tekst="Doorrekenen…" />;
  else if (huidig.id === 'pot') weergave = <PotDia ev={ev} />;
  else if (huidig.id === 'routes') weergave = <RoutesDia ev={ev} toelichting={toelichting} />;
  else weergave = <Bijdragen ev={ev} toelichting={toelichting} zetDeelname={zetDeelname} />;

  const scopeKeuzes: ScopeSoort[] = [...SCOPE_PRESETS, ...(maatwerk ? (['maatwerk'] as const) : [])];
  const sleutel = variant.verdeelsleutel.type;
  const sleutels: VerdeelsleutelType[] = [...LIVE_SLEUTELS, ...(LIVE_SLEUTELS.includes(sleutel) ? [] : [sleutel])];
  return (
    <div
      ref={houder}
      className="presentatie"
      role="dialog"
      aria-modal="true"
      aria-label={`Presentatie: ${sessie.naam}`}
      aria-describedby="presentatie-toetsen"
      aria-keyshortcuts="ArrowRight ArrowLeft PageDown PageUp 1 2 3 4 5 Escape"
      tabIndex={-1}
    >
      {/* How to step through: for assistive technology only; the slides carry no app instructions. */}
      <VisuallyHidden id="presentatie-toetsen">Pijl rechts en links bladeren, 1 tot en met {DIAS.length} kiezen een dia, Escape sluit de presentatie.</VisuallyHidden>
      <div className="presentatie-schaal" style={{ zoom, width: breedte, height: hoogte }}>
        <header className="presentatie-kop">
          <h2 className="presentatie-titel">
            <span className="presentatie-nummer">{dia + 1}</span>
            {huidig.kop}
          </h2>
          <nav aria-label="Dia's" className="presentatie-dias">
            {DIAS.map((d, i) => (
              <button key={d.id} type="button" onClick={() => naar(i)} aria-current={i === dia ? 'step' : undefined} title={`${d.naam} (toets ${i + 1})`}>
                {i + 1} {d.naam}
              </button>
            ))}
          </nav>
        </header>
        <main ref={inhoud} className={`presentatie-inhoud dia-${huidig.id}${fout && ev ? ' verouderd' : ''}`} aria-live="polite" tabIndex={0}>
          {fout && ev && <Foutmelding fout={fout} titel="Deze instelling kan niet worden doorgerekend; de cijfers horen bij de vorige" />}
          <div ref={passend} className="presentatie-passend" style={pas < 1 ? { zoom: pas } : undefined}>
            {weergave}
          </div>
        </main>
        <footer className="presentatie-voet">
          <div className="live-instelling">
            <Text span fw={700} id="presentatie-scope">
              Scope
            </Text>
            <SegmentedControl
              aria-labelledby="presentatie-scope"
              value={scopeSoort(variant.scope)}
              onChange={(s) => kiesScope(s as ScopeSoort)}
              data={scopeKeuzes.map((s) => ({ value: s, label: SCOPE_LABEL[s] }))}
              color="dark"
            />
            {huidig.id === 'gemeenten' && (
              <>
                <Text span fw={700} id="presentatie-sleutel" ml="md">
                  Verdeelsleutel
                </Text>
                <SegmentedControl
                  aria-labelledby="presentatie-sleutel"
                  value={sleutel}
                  onChange={(t) => wijzigVariant((v) => ({ ...v, verdeelsleutel: { ...v.verdeelsleutel, type: t as VerdeelsleutelType } }), 'verdeelsleutel')}
                  data={sleutels.map((t) => ({ value: t, label: eersteHoofdletter(VERDEELSLEUTEL_LABEL[t].split(' (')[0]), disabled: !LIVE_SLEUTELS.includes(t) }))}
                  color="dark"
                />
              </>
            )}
            {bezig && <Loader size="sm" color="dark" aria-label="Doorrekenen" />}
          </div>
          <Button variant="outline" color="dark" onClick={onSluiten}>
            Sluiten
          </Button>
        </footer>
      </div>
    </div>
  );
}
