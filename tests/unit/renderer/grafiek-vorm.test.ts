/** The shape of chart options: a what-if that changes only figures is merged into the chart, anything else rebuilds it. */
import { describe, expect, it } from 'vitest';
import { grafiekVorm } from '../../../renderer/src/onderdelen/grafiekVorm';

const opties = (waarden: number[], extra: Record<string, unknown> = {}) => ({
  title: [{ text: 'Aantal geldstromen', left: 0 }],
  grid: [{ left: 8, containLabel: true }],
  yAxis: [{ type: 'category', data: ['Huidige situatie', 'Gemeenteroute'] }],
  xAxis: [{ type: 'value' }],
  tooltip: { trigger: 'item' },
  series: [{ type: 'bar', name: 'Aantal', data: waarden.map((value) => ({ value, itemStyle: { color: '#123' } })), label: { show: true, formatter: (p: { value: unknown }) => String(p.value) }, ...extra }],
});

describe('grafiekVorm', () => {
  it('is the same for other figures, other labels on the axis and other functions', () => {
    const a = opties([1, 2]);
    const b = { ...opties([30, 40, 50]), yAxis: [{ type: 'category', data: ['A', 'B', 'C'] }] };
    b.series[0].label.formatter = () => 'anders';
    expect(grafiekVorm(b)).toBe(grafiekVorm(a));
  });

  it('differs when a series or component is added, renamed or of another type', () => {
    const a = opties([1, 2]);
    expect(grafiekVorm({ ...a, series: [...a.series, { ...a.series[0], name: 'Tweede' }] })).not.toBe(grafiekVorm(a));
    expect(grafiekVorm({ ...a, series: [{ ...a.series[0], name: 'Anders' }] })).not.toBe(grafiekVorm(a));
    expect(grafiekVorm({ ...a, series: [{ ...a.series[0], type: 'line' }] })).not.toBe(grafiekVorm(a));
    expect(grafiekVorm({ ...a, legend: { show: true } })).not.toBe(grafiekVorm(a));
  });

  it('differs when a setting disappears (a merge would keep its old value)', () => {
    const met = opties([1, 2], { barMaxWidth: 18 });
    expect(grafiekVorm(opties([1, 2]))).not.toBe(grafiekVorm(met));
    const zonderLabel = opties([1, 2]);
    delete (zonderLabel.series[0] as { label?: unknown }).label;
    expect(grafiekVorm(zonderLabel)).not.toBe(grafiekVorm(opties([1, 2])));
  });

  it('differs when a setting changes kind (a value becomes an object)', () => {
    expect(grafiekVorm({ ...opties([1]), tooltip: { trigger: 'item', position: [1, 2] } })).not.toBe(grafiekVorm({ ...opties([1]), tooltip: { trigger: 'item', position: 'top' } }));
  });
});
