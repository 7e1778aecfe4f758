import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type GrafiekOpties = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

/**
 * An ECharts chart with an explicit height that follows its container's width. Options replace the
 * previous ones entirely (notMerge), so series can change shape.
 */
export function Grafiek({ opties, hoogte, label }: { opties: GrafiekOpties; hoogte: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const grafiek = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current!;
    const g = echarts.init(el, undefined, { renderer: 'svg', locale: 'EN' });
    grafiek.current = g;
    const waarnemer = new ResizeObserver(() => g.resize());
    waarnemer.observe(el);
    return () => {
      waarnemer.disconnect();
      g.dispose();
      grafiek.current = null;
    };
  }, []);

  useEffect(() => {
    grafiek.current?.setOption({ aria: { enabled: true, label: { description: label } }, animation: false, ...opties }, { notMerge: true });
  }, [opties, label]);

  return <div ref={ref} style={{ width: '100%', height: hoogte }} role="img" aria-label={label} />;
}
