import type { ComposeOption, ECElementEvent, ECharts } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import { Table } from '@mantine/core';
import { useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { wachtBuitenBeeld } from './buitenBeeld';
import { grafiekTabellen, type GrafiekEenheid, type GrafiekTabel } from './grafiekTabel';
import { naTekenen } from './NaTekenen';
import { grafiekVorm } from './grafiekVorm';

/**
 * The chart library, fetched once, when the first chart has been committed: its code (some 550 kB)
 * is then read while the screen's text is painted, not before it.
 */
let echartsLaden: Promise<typeof import('./grafiekBibliotheek')> | null = null;
const laadEcharts = () => (echartsLaden ??= import('./grafiekBibliotheek'));

/** The chart whose turn it is last; each waits for the previous one and for a painted frame. */
let rij: Promise<void> = Promise.resolve();

/** Waits for this chart's turn to be made; the returned function ends the turn. */
function opBeurt(): Promise<() => void> {
  let klaar!: () => void;
  const beurtOver = new Promise<void>((ok) => (klaar = ok));
  const vorige = rij;
  rij = beurtOver;
  return vorige.then(naTekenen).then(() => klaar);
}

export type GrafiekOpties = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | TitleComponentOption>;

/** What a chart offers its surroundings: its picture, for the PNG download. */
export interface GrafiekHandvat {
  /** The chart as a data URL (SVG or, for the canvas renderer, PNG at twice the size), with its size in CSS pixels. */
  afbeelding(): { url: string; breedte: number; hoogte: number } | null;
}

/** A click on a bar or a point: ECharts' own event parameters. */
export type GrafiekKlik = ECElementEvent;

/** The option types rebuilt on every change (every other type is merged into the one there). */
const VERVANGEN = ['series', 'xAxis', 'yAxis', 'grid', 'title', 'legend', 'dataZoom', 'visualMap', 'graphic'];

interface GrafiekProps {
  opties: GrafiekOpties;
  hoogte: number;
  label: string;
  /** Called on a click on a data item (a bar, a point). */
  onKlik?: (e: GrafiekKlik) => void;
  /**
   * SVG (default) or canvas. Canvas redraws about twice as fast, for charts that follow every
   * what-if change; SVG stays crisp at any zoom.
   */
  renderer?: 'svg' | 'canvas';
  ref?: Ref<GrafiekHandvat>;
  /** Header of the first column of "Toon als tabel" (what the bars stand for: "Gemeente", "Route"). */
  categorie?: string;
  /** How the values read in that table. */
  eenheid?: GrafiekEenheid;
}

/**
 * An ECharts chart with an explicit height that follows its container's width. Options replace the
 * previous ones (series, axes, grids, titles, legends are built anew, so series can change shape);
 * the tooltip and aria settings are merged, since building the tooltip anew measures the page
 * (a forced layout) on every what-if change.
 */
export function Grafiek({ opties, hoogte, label, onKlik, renderer = 'svg', ref, categorie = 'Categorie', eenheid = 'getal' }: GrafiekProps) {
  const el = useRef<HTMLDivElement>(null);
  const grafiek = useRef<ECharts | null>(null);
  // Set once the chart exists, so the options below are applied to it.
  const [getekend, zetGetekend] = useState<ECharts | null>(null);
  const klik = useRef(onKlik);
  klik.current = onKlik;

  // The options last given to the chart: the first drawing happens when the chart is made, and the
  // effect below only applies later changes.
  const laatste = useRef({ opties, label, hoogte });
  laatste.current = { opties, label, hoogte };
  const toegepast = useRef<{ opties: GrafiekOpties; label: string; vorm: string } | null>(null);
  // Whether the chart is in the viewport, as last reported.
  const inBeeld = useRef(true);
  /**
   * Draws new options and lays the chart out for a new size, once for both. The element's height is
   * `hoogte`; its width changes only with the page, which the observers report (`meet`: read the
   * element). Reading it on every redraw would force the browser to lay out the page mid-commit.
   */
  const teken = (g: ECharts, { ookBuitenBeeld = false, meet = false } = {}) => {
    const { opties: o, label: l, hoogte: h } = laatste.current;
    const vorige = toegepast.current;
    const div = el.current;
    if (!div) return;
    const breedte = meet ? div.clientWidth : g.getWidth();
    const hoogteNu = meet ? div.clientHeight : h;
    // No width: hidden, or leaving the page.
    if (breedte === 0) return;
    const nieuw = vorige?.opties !== o || vorige.label !== l;
    const nieuweMaat = breedte !== g.getWidth() || hoogteNu !== g.getHeight();
    if (!nieuw && !nieuweMaat) return;
    // A chart scrolled out of view (or in a hidden panel) is redrawn when it comes into view, before
    // printing and for its picture: a what-if change redraws what the user sees.
    if (vorige && !inBeeld.current && !ookBuitenBeeld) return wachtBuitenBeeld(alles);
    wachtBuitenBeeld(alles, true);
    if (nieuw) {
      const volledig = { aria: { enabled: true, label: { description: l } }, animation: false, ...o };
      const vorm = grafiekVorm(volledig);
      toegepast.current = { opties: o, label: l, vorm };
      // The same shape (a what-if changes the figures, not the chart): merged, so ECharts updates its
      // elements instead of building axes, labels and bars anew. With a new size (a bar chart with
      // more gemeenten is taller) the options wait for the resize, instead of being drawn twice.
      g.setOption(volledig, { ...(vorige?.vorm === vorm ? {} : { replaceMerge: VERVANGEN }), lazyUpdate: nieuweMaat });
    }
    if (nieuweMaat) g.resize({ width: breedte, height: hoogteNu });
  };

  // One function for the chart's whole life (it is the key among the waiting ones), holding the first
  // render's `teken`: correct because `teken` reads refs only. Reading a prop there would need a ref.
  const alles = useRef(() => {
    if (grafiek.current) teken(grafiek.current, { ookBuitenBeeld: true, meet: true });
  }).current;

  useEffect(() => {
    const div = el.current!;
    let weg = false;
    let opruimen = () => {
      weg = true;
    };
    // Made and drawn in a task of its own once the screen has been painted, one chart after the
    // other: the drawing takes longer than the rest of a screen, its heading and figures need not
    // wait for it, and a screen with several charts does not block the page for all of them at once.
    const beurt = opBeurt();
    void Promise.all([laadEcharts(), beurt])
      .then(([{ init }]) => {
        if (weg) return;
        const g = init(div, undefined, { renderer, locale: 'EN' });
        grafiek.current = g;
        teken(g);
        zetGetekend(g);
        g.on('click', (e) => klik.current?.(e as GrafiekKlik));
        // Observing reports the current size at once: only a size the chart does not have yet lays it
        // out again (new options bring their own resize), and not while the chart is leaving the page
        // or out of view.
        const waarnemer = new ResizeObserver(() => {
          if (div.isConnected) teken(g, { meet: true });
        });
        waarnemer.observe(div);
        const zicht = new IntersectionObserver(([e]) => {
          inBeeld.current = e.isIntersecting;
          if (e.isIntersecting) teken(g, { meet: true });
        });
        zicht.observe(div);
        opruimen = () => {
          waarnemer.disconnect();
          zicht.disconnect();
          wachtBuitenBeeld(alles, true);
          g.dispose();
          grafiek.current = null;
          toegepast.current = null;
          zetGetekend(null);
        };
      })
      .finally(() => void beurt.then((klaar) => klaar()));
    return () => opruimen();
  }, [renderer]);

  // New options are drawn in the commit that brings them, before the browser paints: the figures
  // beside the chart and the chart change in the same frame, with one paint instead of two.
  useLayoutEffect(() => {
    if (getekend) teken(getekend);
  }, [getekend, opties, label]);

  const tabellen = useCallback(() => grafiekTabellen(opties, categorie, eenheid), [opties, categorie, eenheid]);

  useImperativeHandle(
    ref,
    () => ({
      afbeelding() {
        const g = grafiek.current;
        if (!g) return null;
        teken(g, { ookBuitenBeeld: true, meet: true });
        const url = renderer === 'canvas' ? g.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) : g.getDataURL({ type: 'svg', backgroundColor: '#ffffff' });
        return { url, breedte: g.getWidth(), hoogte: g.getHeight() };
      },
    }),
    [renderer],
  );

  return (
    <>
      <div ref={el} style={{ width: '100%', height: hoogte }} role="img" aria-label={`${label} (de gegevens staan ook in een tabel: Toon als tabel)`} />
      <GrafiekAlsTabel tabellen={tabellen} label={label} />
    </>
  );
}

/**
 * The chart's data as a table behind a disclosure, for screen readers, keyboard users and anyone
 * who wants the exact figures. The table is built only when opened, so a chart that follows every
 * what-if change costs nothing extra (`tabellen`: a function that changes with the chart's data).
 */
export function GrafiekAlsTabel({ tabellen: maak, label }: { tabellen: () => GrafiekTabel[]; label: string }) {
  const [open, zetOpen] = useState(false);
  const tabellen = useMemo(() => (open ? maak() : []), [open, maak]);
  const id = useId();
  return (
    <details className="grafiek-tabel" onToggle={(e) => zetOpen(e.currentTarget.open)}>
      <summary>{open ? 'Verberg tabel' : 'Toon als tabel'}</summary>
      {tabellen.map((t, i) => (
        <Table key={i} id={`${id}-${i}`} striped withTableBorder fz="sm" mt="xs" aria-label={tabellen.length > 1 ? `${label}, tabel ${i + 1}` : label}>
          <Table.Thead>
            <Table.Tr>
              {t.kop.map((k, j) => (
                <Table.Th key={j} scope="col" className={j >= t.tekstKolommen ? 'getal' : undefined}>
                  {k}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {t.rijen.map((r, j) => (
              <Table.Tr key={j}>
                <Table.Th scope="row" fw={400}>
                  {r.kop}
                </Table.Th>
                {r.cellen.map((c, k) => (
                  <Table.Td key={k} className={k + 1 >= t.tekstKolommen ? 'getal' : undefined}>
                    {c}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ))}
    </details>
  );
}
