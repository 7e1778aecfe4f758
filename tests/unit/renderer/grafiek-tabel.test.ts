/** "Toon als tabel": a chart's data read back from its ECharts options. */
import { describe, expect, it } from 'vitest';
import { grafiekTabellen, tabelWaarde } from '../../../renderer/src/onderdelen/grafiekTabel';

describe('grafiekTabellen', () => {
  it('geeft een staafdiagram als tabel: een rij per categorie, een kolom per reeks, getallen nl-NL', () => {
    const opties = {
      yAxis: { type: 'category', data: ['Breed', 'Smal'] },
      xAxis: { type: 'value' },
      series: [
        { type: 'bar', name: 'Jeugdwet', data: [1234567, { value: 2500.5, itemStyle: { color: 'red' } }] },
        { type: 'bar', name: 'Wlz', data: [0, null] },
      ],
    };
    expect(grafiekTabellen(opties, 'Scope', 'euro')).toEqual([
      {
        kop: ['Scope', 'Jeugdwet', 'Wlz'],
        tekstKolommen: 1,
        rijen: [
          { kop: 'Breed', cellen: ['€ 1.234.567', '€ 0'] },
          { kop: 'Smal', cellen: ['€ 2.501', '–'] },
        ],
      },
    ]);
  });

  it('voegt reeksen van twee roosters op dezelfde categorieën samen tot één tabel', () => {
    const routes = ['Nu', 'Gemeenteroute'];
    const opties = {
      yAxis: [0, 1].map((g) => ({ type: 'category', gridIndex: g, data: routes })),
      xAxis: [0, 1].map((g) => ({ type: 'value', gridIndex: g })),
      series: [
        { type: 'bar', name: 'Aantal geldstromen', xAxisIndex: 0, yAxisIndex: 0, data: [12, 30] },
        { type: 'bar', name: 'Loketten per school', xAxisIndex: 1, yAxisIndex: 1, data: [2.25, 1.5] },
      ],
    };
    const [tabel, ...rest] = grafiekTabellen(opties, 'Route', 'getal');
    expect(rest).toEqual([]);
    expect(tabel.kop).toEqual(['Route', 'Aantal geldstromen', 'Loketten per school']);
    expect(tabel.rijen).toEqual([
      { kop: 'Nu', cellen: ['12', '2,25'] },
      { kop: 'Gemeenteroute', cellen: ['30', '1,50'] },
    ]);
  });

  it('geeft een categorieas op de x-as (jaren) net zo', () => {
    const opties = { xAxis: { type: 'category', data: ['2027', '2028'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', name: 'Onderwijs', data: [10, 20] }] };
    expect(grafiekTabellen(opties, 'Jaar', 'getal')[0].rijen.map((r) => r.kop)).toEqual(['2027', '2028']);
  });
});

describe('tabelWaarde', () => {
  it('schrijft getallen zoals nl-NL: punt voor duizendtallen, komma voor decimalen', () => {
    expect(tabelWaarde(1234.5, 'getal')).toBe('1.234,5');
    expect(tabelWaarde(7, 'getal')).toBe('7');
    expect(tabelWaarde(3.14159, 'getal')).toBe('3,14');
    expect(tabelWaarde(null, 'euro')).toBe('–');
  });
});
