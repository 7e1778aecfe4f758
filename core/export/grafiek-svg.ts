/**
 * Charts as SVG text in Node (ECharts server-side rendering), for reports that are printed or saved
 * as Word: the options are the ones the screens draw (shared/export/grafieken).
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { GrafiekOptie } from '../../shared/export/grafieken';

use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, AriaComponent, SVGRenderer]);

export function grafiekSvg(opties: GrafiekOptie, breedte: number, hoogte: number): string {
  const grafiek = init(null, undefined, { renderer: 'svg', ssr: true, width: breedte, height: hoogte });
  try {
    // No tooltip on paper; the rest as on screen.
    const { tooltip: _tooltip, ...opPapier } = opties;
    grafiek.setOption({ ...opPapier, animation: false, backgroundColor: '#ffffff' });
    return grafiek.renderToSVGString();
  } finally {
    grafiek.dispose();
  }
}
