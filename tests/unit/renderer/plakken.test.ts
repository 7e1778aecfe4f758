import { describe, expect, it } from 'vitest';
import { leesAantal, plaatsBlok, splitsBlok } from '../../../renderer/src/schermen/regio/plakken';

describe('leesAantal', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['', 0],
    ['   ', 0],
    ['1.234', 1234],
    ['123.456', 123456],
    ['12,0', 12],
    ['12,', 12],
    [' 7 ', 7],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['"15"', 15],
    ['-', 0],
    ['-0', 0],
  ])('leest %j als %d', (tekst, verwacht) => {
    const r = leesAantal(tekst);
    expect(r).toEqual({ ok: true, aantal: verwacht });
  });

  it('weigert decimalen met een Nederlandse melding', () => {
    for (const tekst of ['2,5', '1.5', '0,01', '3.14']) {
      const r = leesAantal(tekst);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.melding).toContain('geen heel getal');
    }
  });

  it('weigert negatieve aantallen', () => {
    for (const tekst of ['-3', '−3', '-1.000']) {
      const r = leesAantal(tekst);
      expect(!r.ok && r.melding).toContain('negatief');
    }
  });

  it('weigert tekst en rare notaties', () => {
    for (const tekst of ['abc', '12a', '1.23.4', '1,2,3', '€ 5', '1e3', 'NaN']) {
      const r = leesAantal(tekst);
      expect(r.ok, tekst).toBe(false);
      expect(!r.ok && r.melding).toContain('geen aantal');
    }
  });

  it('weigert aantallen boven de grens van de API', () => {
    expect(leesAantal('1.000.000')).toEqual({ ok: true, aantal: 1_000_000 });
    const r = leesAantal('1.000.001');
    expect(!r.ok && r.melding).toContain('te groot');
  });
});

describe('splitsBlok', () => {
  it('splitst regels en tabs, en negeert de afsluitende regeleinde van Excel', () => {
    expect(splitsBlok('12\t3\t0\r\n4\t5\t6\r\n')).toEqual([
      ['12', '3', '0'],
      ['4', '5', '6'],
    ]);
    expect(splitsBlok('7')).toEqual([['7']]);
    expect(splitsBlok('1\t\t2\n')).toEqual([['1', '', '2']]);
    expect(splitsBlok('1\r2')).toEqual([['1'], ['2']]);
  });
});

describe('plaatsBlok', () => {
  it('vult rechts en onder de startcel', () => {
    const p = plaatsBlok('12\t3\t0\n4\t5\t6', { rij: 0, kolom: 0 }, 2, 5);
    expect(p.fouten).toEqual([]);
    expect(p.buiten).toBe(0);
    expect(p.cellen).toEqual([
      { rij: 0, kolom: 0, aantal: 12 },
      { rij: 0, kolom: 1, aantal: 3 },
      { rij: 0, kolom: 2, aantal: 0 },
      { rij: 1, kolom: 0, aantal: 4 },
      { rij: 1, kolom: 1, aantal: 5 },
      { rij: 1, kolom: 2, aantal: 6 },
    ]);
  });

  it('telt en negeert cellen buiten het rooster', () => {
    const p = plaatsBlok('1\t2\t3\n4\t5\t6\n7\t8\t9', { rij: 1, kolom: 3 }, 3, 5);
    expect(p.cellen.map((c) => [c.rij, c.kolom, c.aantal])).toEqual([
      [1, 3, 1],
      [1, 4, 2],
      [2, 3, 4],
      [2, 4, 5],
    ]);
    expect(p.buiten).toBe(5);
  });

  it('lege cellen worden 0', () => {
    const p = plaatsBlok('\t5', { rij: 0, kolom: 0 }, 1, 2);
    expect(p.cellen).toEqual([
      { rij: 0, kolom: 0, aantal: 0 },
      { rij: 0, kolom: 1, aantal: 5 },
    ]);
  });

  it('een foute cel in het rooster weigert het hele blok', () => {
    const p = plaatsBlok('1\t2,5\n-4\tx', { rij: 0, kolom: 0 }, 2, 2);
    expect(p.cellen).toEqual([]);
    expect(p.fouten.map((f) => [f.rij, f.kolom, f.tekst])).toEqual([
      [0, 1, '2,5'],
      [1, 0, '-4'],
      [1, 1, 'x'],
    ]);
  });

  it('een foute cel buiten het rooster telt alleen als genegeerd', () => {
    const p = plaatsBlok('1\tabc', { rij: 0, kolom: 0 }, 1, 1);
    expect(p.fouten).toEqual([]);
    expect(p.cellen).toEqual([{ rij: 0, kolom: 0, aantal: 1 }]);
    expect(p.buiten).toBe(1);
  });
});
