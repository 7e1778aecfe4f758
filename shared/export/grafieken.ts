/**
 * The charts of the herverdeeleffect, the ingroeipad and norm beside realisatie as ECharts options:
 * one definition drawn by the screens (in the browser) and rendered to SVG for the bestuurlijke
 * notitie (in Node), so the printed chart is the one on screen. Data in, options out; every chart
 * states its prijspeil in its subtitle and its content in `aria` for screen readers.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { KADER_LABEL, type Kader } from '../domain/labels';
import type { HerverdeelBalk, HerverdeelMaat } from '../domain/herverdeling';
import { ingroeiReeks } from '../domain/herverdeling';
import { bedragenOnderschrift } from '../domain/prijspeil-tekst';
import type { Ingroeipad } from '../engine/routes/ingroeipad';
import { formatEuro, formatGetal } from '../format';

export type GrafiekOptie = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | TitleComponentOption | AriaComponentOption>;

/** Voordeel green, nadeel red (Okabe–Ito: bluish green and vermillion, distinguishable with colour blindness). */
export const VOORDEEL_KLEUR = '#009E73';
export const NADEEL_KLEUR = '#D55E00';
const TEKST = { color: '#1a1a1a', fontFamily: "'DejaVu Sans', 'Segoe UI', Arial, sans-serif" };

const euroKort = (x: number) => (Math.abs(x) >= 1e5 ? `${formatEuro(x / 1e6, 1)} mln` : formatEuro(x));
const titel = (tekst: string, onder: string): TitleComponentOption => ({ text: tekst, subtext: onder, left: 0, top: 0, textStyle: { fontSize: 14, fontWeight: 600, ...TEKST }, subtextStyle: { fontSize: 11, color: '#555' } });

/** The value of a bar in the chosen measure, in words. */
export function herverdeelWaardeTekst(waarde: number, maat: HerverdeelMaat): string {
  const bedrag = maat === 'bedrag' ? euroKort(Math.abs(waarde)) : formatEuro(Math.abs(waarde), 2);
  if (Math.abs(waarde) < (maat === 'bedrag' ? 0.5 : 0.005)) return maat === 'bedrag' ? '€ 0' : '€ 0,00';
  return `${waarde > 0 ? 'nadeel' : 'voordeel'} ${bedrag}${maat === 'perInwoner' ? ' per inwoner 0–17' : ''}`;
}

/**
 * A sorted diverging bar chart: one horizontal bar per gemeente (or the rest), nadeel (pays more)
 * red to the right, voordeel (pays less) green to the left, the largest nadeel on top.
 */
export function herverdeelGrafiek(balken: readonly HerverdeelBalk[], maat: HerverdeelMaat, prijspeil: { jaar: number }, kop = 'Herverdeeleffect per gemeente'): GrafiekOptie {
  const waarde = (b: HerverdeelBalk) => (maat === 'bedrag' ? b.bedrag : (b.perInwoner ?? 0));
  const rijen = [...balken].reverse(); // ECharts draws the first category at the bottom
  const eenheid = maat === 'bedrag' ? 'in euro' : 'in euro per inwoner 0–17';
  return {
    textStyle: TEKST,
    title: titel(`${kop} (${eenheid})`, `Rechts nadeel (betaalt meer dan nu), links voordeel. ${bedragenOnderschrift(prijspeil)}.`),
    aria: { enabled: true, label: { description: `${kop} ${eenheid}: ${balken.map((b) => `${b.naam} ${herverdeelWaardeTekst(waarde(b), maat)}`).join('; ')}.` } },
    grid: { left: 160, right: 80, top: 58, bottom: 24 },
    tooltip: { trigger: 'item', formatter: (p: unknown) => { const q = p as { dataIndex: number }; const b = rijen[q.dataIndex]; return `${b.naam}: ${herverdeelWaardeTekst(waarde(b), maat)}`; } },
    xAxis: { type: 'value', axisLabel: { formatter: (x: number) => (maat === 'bedrag' ? euroKort(x) : formatEuro(x)), fontSize: 10 }, splitLine: { lineStyle: { color: '#e5e5e5' } } },
    yAxis: { type: 'category', data: rijen.map((b) => b.naam), axisLabel: { fontSize: 11, width: 150, overflow: 'truncate' }, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: rijen.map((b) => ({ value: waarde(b), itemStyle: { color: b.partij === null ? '#9aa0a6' : waarde(b) > 0 ? NADEEL_KLEUR : VOORDEEL_KLEUR } })),
        label: { show: true, position: 'right', fontSize: 10, formatter: (p: unknown) => { const v = (p as { value: number }).value; return maat === 'bedrag' ? euroKort(v) : formatEuro(v, 2); } },
      },
    ],
  };
}

/** The contributions along the ingroeipad, one line per gemeente, year 0 being today (its start under zorggebruik). */
export function ingroeiGrafiek(pad: Pick<Ingroeipad, 'gemeenten' | 'pad'>, partijen: readonly string[], prijspeil: { jaar: number }): GrafiekOptie {
  const naam = new Map(pad.gemeenten.map((g) => [g.partij, g.naam]));
  const jaren = ['Start', ...pad.pad.map((j) => `Jaar ${j.jaar}`)];
  const lijnen = partijen.filter((p) => naam.has(p));
  return {
    textStyle: TEKST,
    title: titel('Ingroeipad: bijdrage aan de pot per jaar', `Start is de bijdrage onder de verdeelsleutel eigen leerlingen; zonder uitvoeringskosten. ${bedragenOnderschrift(prijspeil)}.`),
    aria: { enabled: true, label: { description: `Ingroeipad over ${formatGetal(pad.pad.length)} jaar voor ${lijnen.map((p) => naam.get(p)).join(', ')}.` } },
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    grid: { left: 80, right: 24, top: 58, bottom: 64 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatEuro(Number(v)) },
    xAxis: { type: 'category', data: jaren, boundaryGap: false, axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (x: number) => euroKort(x), fontSize: 10 }, splitLine: { lineStyle: { color: '#e5e5e5' } } },
    series: lijnen.map((p) => ({ type: 'line' as const, name: naam.get(p)!, data: ingroeiReeks(pad, p), symbolSize: 5 })),
  };
}

export interface NormRealisatieStaaf {
  kader: Kader;
  norm: number;
  realisatie: number;
  factor: number | null;
}

/** Norm beside realisatie of one financier, one pair of bars per kader, the factor above the realisatie. */
export function normRealisatieGrafiek(financier: string, staven: readonly NormRealisatieStaaf[], prijspeil: { jaar: number }): GrafiekOptie {
  const factor = (f: number | null) => (f === null ? 'geen factor' : `factor ${formatGetal(f, 2)}`);
  return {
    textStyle: TEKST,
    title: titel(financier, bedragenOnderschrift(prijspeil)),
    aria: { enabled: true, label: { description: `${financier}: ${staven.map((s) => `${KADER_LABEL[s.kader]} norm ${formatEuro(s.norm)}, realisatie ${formatEuro(s.realisatie)}, ${factor(s.factor)}`).join('; ')}.` } },
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    grid: { left: 80, right: 16, top: 58, bottom: 40 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatEuro(Number(v)) },
    xAxis: { type: 'category', data: staven.map((s) => KADER_LABEL[s.kader]), axisLabel: { fontSize: 11 } },
    yAxis: { type: 'value', axisLabel: { formatter: (x: number) => euroKort(x), fontSize: 10 }, splitLine: { lineStyle: { color: '#e5e5e5' } } },
    series: [
      { type: 'bar', name: 'Norm', data: staven.map((s) => s.norm), itemStyle: { color: '#9aa0a6' }, barMaxWidth: 40 },
      {
        type: 'bar',
        name: 'Realisatie',
        data: staven.map((s) => s.realisatie),
        itemStyle: { color: '#0072B2' },
        barMaxWidth: 40,
        label: { show: true, position: 'top', fontSize: 10, formatter: (p: unknown) => factor(staven[(p as { dataIndex: number }).dataIndex].factor) },
      },
    ],
  };
}
