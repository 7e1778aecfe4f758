import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { GrafiekAlsTabel } from '../../onderdelen/Grafiek';
import { laadUitleg, UitlegInhoud, type UitlegBron, type UitlegTekst } from '../../onderdelen/Uitleg';
import { sankeyTabel, type SankeyDoel, type SankeyTekening, type TekenBand, type TekenVak } from './sankey';
import type { Vak } from './sankeyIndeling';

/** The node or band under the pointer or the focus, by key (`v:` node id, `b:` band number). */
type Sleutel = string;
const vakSleutel = (v: Vak): Sleutel => `v:${v.knoop.id}`;
const bandSleutel = (b: TekenBand): Sleutel => `b:${b.nr}`;

function zoek(t: SankeyTekening, sleutel: Sleutel): SankeyDoel | null {
  if (sleutel.startsWith('v:')) {
    const vak = t.vakken.find((v) => vakSleutel(v) === sleutel);
    return vak ? { vak } : null;
  }
  const band = t.banden.find((b) => bandSleutel(b) === sleutel);
  return band ? { band } : null;
}

/** What stays in full colour while a node or band is pointed at: it, its bands and the nodes at their other ends. */
function buren(t: SankeyTekening, doel: SankeyDoel): Set<Sleutel> {
  if ('band' in doel) return new Set([bandSleutel(doel.band), vakSleutel(doel.band.van), vakSleutel(doel.band.naar)]);
  const id = doel.vak.knoop.id;
  const uit = new Set([vakSleutel(doel.vak)]);
  for (const b of t.banden) {
    if (b.van.knoop.id !== id && b.naar.knoop.id !== id) continue;
    uit.add(bandSleutel(b)).add(vakSleutel(b.van)).add(vakSleutel(b.naar));
  }
  return uit;
}

/** The node to move the keyboard focus to: up and down in its column, left and right to the nearest in the next column. */
function volgende(t: SankeyTekening, huidig: TekenVak, toets: string): TekenVak | undefined {
  const kolom = (k: number) => t.vakken.filter((v) => v.kolom === k);
  const eigen = kolom(huidig.kolom);
  const i = eigen.indexOf(huidig);
  if (toets === 'ArrowDown') return eigen[i + 1];
  if (toets === 'ArrowUp') return eigen[i - 1];
  if (toets === 'Home') return t.vakken[0];
  if (toets === 'End') return t.vakken[t.vakken.length - 1];
  const stap = toets === 'ArrowRight' ? 1 : toets === 'ArrowLeft' ? -1 : 0;
  if (!stap) return undefined;
  const midden = (v: TekenVak) => v.y + v.h / 2;
  for (let k = huidig.kolom + stap; k >= 0 && k <= Math.max(...t.vakken.map((v) => v.kolom)); k += stap) {
    const naast = kolom(k).sort((a, b) => Math.abs(midden(a) - midden(huidig)) - Math.abs(midden(b) - midden(huidig)));
    if (naast.length) return naast[0];
  }
  return undefined;
}

const TIP_AFSTAND = 14;

interface SankeyFiguurProps {
  /** Makes the drawing (null: nothing to draw); a new function when the drawing changes. */
  maak: () => SankeyTekening | null;
  /** "Sankeydiagram: …": the drawing's name, and that of its table. */
  label: string;
  /** A node's or band's tooltip: the text at hand and the explanation to ask for. */
  tip: (doel: SankeyDoel) => { bron: UitlegBron | undefined; tekst: UitlegTekst };
  /** A click, Enter or Space on a node that does something (mark the party, show every party). */
  onActie: (vak: TekenVak) => void;
}

/**
 * A Sankey drawn by React: bands and nodes in SVG, labels as HTML beside them. A what-if change
 * updates the outlines and labels in place. Pointing at a node or band shows its explanation and
 * fades what it does not touch; every node's label is a button in one tab stop (arrow keys move
 * between nodes), so the chart works with the keyboard as with the mouse. The data are also in a
 * table behind "Toon als tabel"; the download draws the same layout as a PNG (`sankeyAfbeelding`).
 */
export const SankeyFiguur = memo(
  function SankeyFiguur({ maak, ...rest }: SankeyFiguurProps) {
    const tekening = useMemo(maak, [maak]);
    return tekening && <GetekendeSankey tekening={tekening} {...rest} />;
  },
  // Redrawn when the drawing changes: the tooltip and the click belong to the flows drawn.
  (a, b) => a.maak === b.maak && a.label === b.label,
);

function GetekendeSankey({ tekening: t, label, tip, onActie }: Omit<SankeyFiguurProps, 'maak'> & { tekening: SankeyTekening }) {
  const [actief, zetActief] = useState<{ sleutel: Sleutel; bron: 'muis' | 'focus' } | null>(null);
  const [focusVak, zetFocusVak] = useState<string | null>(null);
  const [uitleg, zetUitleg] = useState<{ sleutel: Sleutel; t: SankeyTekening; tekst: UitlegTekst | undefined } | null>(null);
  const tipEl = useRef<HTMLDivElement>(null);
  const muis = useRef({ x: 0, y: 0 });
  const houder = useRef<HTMLDivElement>(null);
  const tipId = useId();

  const doel = actief ? zoek(t, actief.sleutel) : null;
  const getoond = doel ? tip(doel) : null;
  const bron = getoond?.bron;
  useEffect(() => {
    if (!actief || !bron) return;
    let actueel = true;
    void laadUitleg(bron).then((tekst) => actueel && zetUitleg({ sleutel: actief.sleutel, t, tekst }));
    return () => {
      actueel = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `bron` is made anew each render; the key and the drawing say what it explains
  }, [actief?.sleutel, t]);
  const tekst = actief && uitleg?.sleutel === actief.sleutel && uitleg.t === t && uitleg.tekst ? { ...uitleg.tekst, regels: uitleg.tekst.regels.slice(0, 8) } : getoond?.tekst;
  const helder = doel ? buren(t, doel) : null;

  /** Places the tooltip beside the pointer (or the focused node), turned to the side and up or down where there is room. */
  const plaats = useCallback(() => {
    const el = tipEl.current;
    const h = houder.current;
    if (!el || !h) return;
    const { x, y } = muis.current;
    const rechts = x > t.breedte / 2;
    const omhoog = h.getBoundingClientRect().top + y > window.innerHeight / 2;
    el.style.left = rechts ? '' : `${x + TIP_AFSTAND}px`;
    el.style.right = rechts ? `${t.breedte - x + TIP_AFSTAND}px` : '';
    el.style.top = omhoog ? '' : `${y + TIP_AFSTAND}px`;
    el.style.bottom = omhoog ? `${t.hoogte - y + TIP_AFSTAND}px` : '';
  }, [t.breedte, t.hoogte]);
  useLayoutEffect(plaats);

  const wijs = (sleutel: Sleutel) => (e: PointerEvent) => {
    const r = houder.current!.getBoundingClientRect();
    muis.current = { x: e.clientX - r.left, y: e.clientY - r.top };
    if (actief?.sleutel !== sleutel) zetActief({ sleutel, bron: 'muis' });
    else plaats();
  };
  const laat = () => zetActief((a) => (a?.bron === 'muis' ? null : a));
  const focus = (v: TekenVak, e: FocusEvent<HTMLElement>) => {
    zetFocusVak(v.knoop.id);
    // A click focuses the label too: the pointer already shows its tooltip.
    if (!e.currentTarget.matches(':focus-visible')) return;
    muis.current = { x: v.label.zijde === 'links' ? v.x + t.vakBreedte : v.x, y: v.y + v.h / 2 };
    zetActief({ sleutel: vakSleutel(v), bron: 'focus' });
  };
  const toets = (v: TekenVak) => (e: KeyboardEvent) => {
    if (e.key === 'Escape' && actief) {
      e.stopPropagation();
      return zetActief(null);
    }
    const naar = volgende(t, v, e.key);
    if (!naar) return;
    e.preventDefault();
    houder.current?.querySelector<HTMLElement>(`[data-vak="${CSS.escape(naar.knoop.id)}"]`)?.focus();
  };
  const klik = (v: TekenVak) => {
    if (v.actie) onActie(v);
    // Enter or Space opens the explanation again after Escape closed it.
    else if (!actief) zetActief({ sleutel: vakSleutel(v), bron: 'focus' });
  };

  const tabellen = useCallback(() => [sankeyTabel(t)], [t]);
  // The node in the tab order: the last focused one while it is drawn, else the first.
  const inTabVolgorde = t.vakken.some((v) => v.knoop.id === focusVak) ? focusVak : t.vakken[0]?.knoop.id;

  return (
    <>
      <div ref={houder} className="sankey" style={{ height: t.hoogte }}>
        <svg width={t.breedte} height={t.hoogte} role="img" aria-label={`${label} (de gegevens staan ook in een tabel: Toon als tabel)`}>
          <g>
            {t.banden.map((b) => (
              <path
                key={b.nr}
                d={b.d}
                fill={b.kleur}
                fillOpacity={helder ? (helder.has(bandSleutel(b)) ? 0.7 : 0.05) : b.dekking}
                onPointerMove={wijs(bandSleutel(b))}
                onPointerLeave={laat}
              />
            ))}
          </g>
          <g>
            {t.vakken.map((v) => (
              <rect
                key={v.knoop.id}
                x={v.x}
                y={v.y}
                width={t.vakBreedte}
                height={v.h}
                fill={v.kleur}
                opacity={(helder ? !helder.has(vakSleutel(v)) : v.vaag) ? 0.25 : 1}
                stroke={v.gemarkeerd ? '#1a1a1a' : undefined}
                strokeWidth={v.gemarkeerd ? 2 : undefined}
                className={v.actie ? 'sankey-klikbaar' : undefined}
                onPointerMove={wijs(vakSleutel(v))}
                onPointerLeave={laat}
                onClick={() => v.actie && onActie(v)}
              />
            ))}
          </g>
        </svg>
        {t.vakken.map((v) => {
          const sleutel = vakSleutel(v);
          const klasse = ['sankey-label', `sankey-label-${v.label.zijde}`, v.label.inMidden ? 'sankey-label-midden' : '', v.gemarkeerd ? 'sankey-label-gemarkeerd' : '', (helder ? !helder.has(sleutel) : v.vaag) ? 'sankey-label-vaag' : ''];
          return (
            <button
              key={v.knoop.id}
              type="button"
              data-vak={v.knoop.id}
              data-actie={v.actie ?? undefined}
              className={klasse.filter(Boolean).join(' ')}
              style={{ left: v.label.x, top: v.y + v.h / 2, width: v.label.breedte }}
              tabIndex={v.knoop.id === inTabVolgorde ? 0 : -1}
              aria-pressed={v.actie === 'markeer' ? v.gemarkeerd : undefined}
              aria-describedby={actief?.sleutel === sleutel && tekst ? tipId : undefined}
              onPointerMove={wijs(sleutel)}
              onPointerLeave={laat}
              onFocus={(e) => focus(v, e)}
              onBlur={() => zetActief((a) => (a?.bron === 'focus' ? null : a))}
              onKeyDown={toets(v)}
              onClick={() => klik(v)}
            >
              {v.label.regels.map((r, i) => (
                <span key={i}>
                  {i > 0 && ' '}
                  {r}
                </span>
              ))}
            </button>
          );
        })}
        {tekst && (
          <div ref={tipEl} id={tipId} role="tooltip" className="sankey-tip">
            <UitlegInhoud tekst={tekst} />
          </div>
        )}
      </div>
      <GrafiekAlsTabel tabellen={tabellen} label={label} />
    </>
  );
}
