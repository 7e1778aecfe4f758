import { BarChart, SankeyChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption, ECElementEvent } from 'echarts/core';
import type { BarSeriesOption, SankeySeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';

echarts.use([BarChart, SankeyChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, AriaComponent, SVGRenderer, CanvasRenderer]);

export type GrafiekOpties = ComposeOption<BarSeriesOption | SankeySeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | TitleComponentOption>;

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
  const grafiek = useRef<echarts.ECharts | null>(null);
  const klik = useRef(onKlik);
  klik.current = onKlik;

  useEffect(() => {
    const div = el.current!;
    const g = echarts.init(div, undefined, { renderer, locale: 'EN' });
    grafiek.current = g;
    g.on('click', (e) => klik.current?.(e as GrafiekKlik));
    const waarnemer = new ResizeObserver(() => g.resize());
    waarnemer.observe(div);
    return () => {
      waarnemer.disconnect();
      g.dispose();
      grafiek.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    grafiek.current?.setOption({ aria: { enabled: true, label: { description: label } }, animation: false, ...opties }, { notMerge: true });
  }, [opties, label, renderer]);

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
