import type { ComposeOption, ECElementEvent, ECharts } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, SankeySeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';

/**
 * The chart library, fetched once, as soon as a screen with charts is loaded: it arrives while the
 * screen asks the API for its figures, and the screen's text does not wait for it.
 */
const echartsLaden = import('./grafiekBibliotheek');
const laadEcharts = () => echartsLaden;

export type GrafiekOpties = ComposeOption<BarSeriesOption | LineSeriesOption | SankeySeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | TitleComponentOption>;

/** What a chart offers its surroundings: its picture, for the PNG download. */
export interface GrafiekHandvat {
  /** The chart as a data URL (SVG or, for the canvas renderer, PNG at twice the size), with its size in CSS pixels. */
  afbeelding(): { url: string; breedte: number; hoogte: number } | null;
}

/** A click on a bar, a Sankey node or a link: ECharts' own event parameters. */
export type GrafiekKlik = ECElementEvent;

interface GrafiekProps {
  opties: GrafiekOpties;
  hoogte: number;
  label: string;
  /** Called on a click on a data item (bar, node, link). */
  onKlik?: (e: GrafiekKlik) => void;
  /**
   * SVG (default) or canvas. Canvas redraws about twice as fast, for charts that follow every
   * what-if change; SVG stays crisp at any zoom.
   */
  renderer?: 'svg' | 'canvas';
  ref?: Ref<GrafiekHandvat>;
}

/**
 * An ECharts chart with an explicit height that follows its container's width. Options replace the
 * previous ones entirely (notMerge), so series can change shape.
 */
export function Grafiek({ opties, hoogte, label, onKlik, renderer = 'svg', ref }: GrafiekProps) {
  const el = useRef<HTMLDivElement>(null);
  const grafiek = useRef<ECharts | null>(null);
  // Set once the chart exists, so the options below are applied to it.
  const [getekend, zetGetekend] = useState<ECharts | null>(null);
  const klik = useRef(onKlik);
  klik.current = onKlik;

  useEffect(() => {
    const div = el.current!;
    let weg = false;
    let opruimen = () => {
      weg = true;
    };
    void laadEcharts().then(({ init }) => {
      if (weg) return;
      const g = init(div, undefined, { renderer, locale: 'EN' });
      grafiek.current = g;
      zetGetekend(g);
      g.on('click', (e) => klik.current?.(e as GrafiekKlik));
      const waarnemer = new ResizeObserver(() => g.resize());
      waarnemer.observe(div);
      opruimen = () => {
        waarnemer.disconnect();
        g.dispose();
        grafiek.current = null;
        zetGetekend(null);
      };
    });
    return () => opruimen();
  }, [renderer]);

  useEffect(() => {
    getekend?.setOption({ aria: { enabled: true, label: { description: label } }, animation: false, ...opties }, { notMerge: true });
  }, [getekend, opties, label]);

  useImperativeHandle(
    ref,
    () => ({
      afbeelding() {
        const g = grafiek.current;
        if (!g) return null;
        const url = renderer === 'canvas' ? g.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) : g.getDataURL({ type: 'svg', backgroundColor: '#ffffff' });
        return { url, breedte: g.getWidth(), hoogte: g.getHeight() };
      },
    }),
    [renderer],
  );

  return <div ref={el} style={{ width: '100%', height: hoogte }} role="img" aria-label={label} />;
}
