import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only the chart types and components the screens use, registered once. Loaded on
 * demand by `Grafiek`, so a screen's text is on screen before the chart library has arrived.
 */
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, AriaComponent, SVGRenderer, CanvasRenderer]);

export { init };
