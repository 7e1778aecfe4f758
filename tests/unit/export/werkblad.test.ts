import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { FORMAAT, som, verschil, voegBladToe, Werkblad, type WerkbladKolom } from '../../../core/export/werkblad';
import { cel, controleerFormules, open, rekenFormule, tabel } from './hulp';

interface Rij {
  naam: string;
  a: number;
  b: number;
  n: number | string;
}

const KOLOMMEN: WerkbladKolom<Rij>[] = [
  { kop: 'Naam', soort: 'tekst', waarde: (r) => r.naam },
  { kop: 'Leerlingen', soort: 'leerlingen', waarde: (r) => r.n },
  { kop: 'A', soort: 'euro', waarde: (r) => r.a, uitleg: 'Bedrag A.' },
  { kop: 'B', soort: 'euro', waarde: (r) => r.b },
  { kop: 'A+B', soort: 'euro', rekenregel: som('A', 'B') },
  { kop: 'A−B', soort: 'euro', rekenregel: verschil('A', 'B') },
  { kop: 'Aandeel', soort: 'pct', waarde: (r) => r.a / (r.a + r.b) },
];

function rondreis(blad: Werkblad): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  voegBladToe(wb, 'Test', blad.naarSheet());
  return open(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

describe('Werkblad', () => {
  const rijen: Rij[] = [
    { naam: 'Een', a: 1234567.891, b: 1000, n: 12 },
    { naam: 'Twee', a: 0.004, b: 250.5, n: 3 },
    { naam: 'Drie', a: 10, b: 20, n: 0 },
  ];

  it('schrijft bedragen op centen met een euronotatie, percentages als procent, een kopopmerking en een autofilter', () => {
    const blad = new Werkblad().tekst('Titel boven alles');
    blad.tabel(KOLOMMEN, rijen, { titel: 'De tabel', autofilter: true });
    const wb = rondreis(blad);
    const ws = wb.Sheets.Test;
    const t = tabel(ws, 'De tabel');
    expect(t.koppen).toEqual(['Naam', 'Leerlingen', 'A', 'B', 'A+B', 'A−B', 'Aandeel']);
    const a = cel(ws, t.rijen[0], t.kolom('A'))!;
    expect(a.v).toBe(1234567.89);
    expect(a.z).toBe(FORMAAT.euro);
    expect(XLSX.SSF.format(a.z as string, a.v as number)).toBe('€ 1,234,568');
    expect(XLSX.SSF.format(FORMAAT.euro, -1234.4)).toBe('\u2212€ 1,234');
    expect(cel(ws, t.rijen[1], t.kolom('A'))!.v).toBe(0);
    expect(cel(ws, t.rijen[0], t.kolom('Aandeel'))!.z).toBe('0.0%');
    expect(cel(ws, t.rijen[0], t.kolom('Leerlingen'))!.z).toBe('#,##0');
    expect(cel(ws, t.kopRij, t.kolom('A'))!.c?.[0]?.t).toBe('Bedrag A.');
    expect(ws['!autofilter']).toEqual({ ref: `A${t.kopRij + 1}:G${t.rijen.at(-1)! + 1}` });
    expect(ws['!cols']![2].wch).toBeGreaterThanOrEqual('€ 1.234.568'.length);
  });

  it('rijformules en totaalrij: SOM en verschil met hun uitkomst, die de test zelf narekent', () => {
    const blad = new Werkblad();
    blad.tabel(KOLOMMEN, rijen, { titel: 'T' });
    const wb = rondreis(blad);
    const ws = wb.Sheets.Test;
    const t = tabel(ws, 'T');
    const r0 = t.rijen[0] + 1;
    expect(cel(ws, t.rijen[0], t.kolom('A+B'))!.f).toBe(`SUM(C${r0}:D${r0})`);
    expect(cel(ws, t.rijen[0], t.kolom('A−B'))!.f).toBe(`C${r0}-D${r0}`);
    expect(cel(ws, t.rijen[0], t.kolom('A−B'))!.v).toBeCloseTo(1233567.89, 6);
    const totaal = cel(ws, t.totaalRij!, t.kolom('A'))!;
    expect(totaal.f).toBe(`SUM(C${t.rijen[0] + 1}:C${t.rijen.at(-1)! + 1})`);
    expect(totaal.v).toBeCloseTo(1234567.89 + 0 + 10, 6);
    expect(cel(ws, t.totaalRij!, t.kolom('Leerlingen'))!.v).toBe(15);
    expect(cel(ws, t.totaalRij!, t.kolom('Aandeel'))).toBeUndefined();
    expect(controleerFormules(wb)).toBe(3 * 2 + 5);
  });

  it('de narekening vangt een verkeerde uitkomst en een formule buiten de afspraak', () => {
    const blad = new Werkblad();
    blad.tabel(KOLOMMEN, rijen, { titel: 'T' });
    const ws = blad.naarSheet();
    const data = ws['!data'] as XLSX.CellObject[][];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Test');
    const ws2 = open(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).Sheets.Test;
    expect(rekenFormule(ws2, 'SUM(C3,D3)')).toBeCloseTo(1234567.89 + 1000, 6);
    expect(() => rekenFormule(ws2, 'C3*D3')).toThrow(/buiten de afspraak/);
    data[2][4] = { ...data[2][4], v: 1 };
    const fout = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(fout, ws, 'Test');
    expect(() => controleerFormules(open(XLSX.write(fout, { type: 'buffer', bookType: 'xlsx' }) as Buffer))).toThrow();
  });

  it('kleine aantallen: 1–4 wordt "<5"; een formule of totaal met een verborgen waarde wordt "x"', () => {
    const blad = new Werkblad({ kleineAantallen: true });
    const k: WerkbladKolom<Rij>[] = [
      { kop: 'Naam', soort: 'tekst', waarde: (r) => r.naam },
      { kop: 'L1', soort: 'leerlingen', waarde: (r) => r.a },
      { kop: 'L2', soort: 'leerlingen', waarde: (r) => r.b },
      { kop: 'Samen', soort: 'leerlingen', rekenregel: som('L1', 'L2') },
      { kop: 'Bedrag', soort: 'euro', waarde: (r) => r.n },
    ];
    blad.tabel(
      k,
      [
        { naam: 'a', a: 7, b: 2, n: 5 },
        { naam: 'b', a: 9, b: 0, n: 'x' },
      ],
      { titel: 'T' },
    );
    const ws = rondreis(blad).Sheets.Test;
    const t = tabel(ws, 'T');
    expect(t.waarde(t.rijen[0], 'L2')).toBe('<5');
    expect(t.waarde(t.rijen[0], 'Samen')).toBe('x');
    expect(cel(ws, t.rijen[1], t.kolom('Samen'))!.f).toBe(`SUM(B${t.rijen[1] + 1}:C${t.rijen[1] + 1})`);
    expect(t.waarde(t.rijen[1], 'Samen')).toBe(9);
    expect(t.waarde(t.totaalRij!, 'L1')).toBe(16);
    expect(t.waarde(t.totaalRij!, 'L2')).toBe('x');
    expect(t.waarde(t.totaalRij!, 'Bedrag')).toBe('x');
  });

  it('weigert een tweede autofilter op één blad en dubbele kolomkoppen', () => {
    const blad = new Werkblad();
    blad.tabel(KOLOMMEN, rijen, { autofilter: true });
    expect(() => blad.tabel(KOLOMMEN, rijen, { autofilter: true })).toThrow(/één autofilter/);
    expect(() => new Werkblad().tabel([KOLOMMEN[0], KOLOMMEN[0]], rijen)).toThrow(/twee keer/);
  });
});
