import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesNlAandeel, leesNlGetal } from '../../../core/excel';

const getal = (t: string) => {
  const r = leesNlGetal(t);
  return r.ok ? r.getal : r.soort;
};
const aandeel = (t: string) => {
  const r = leesNlAandeel(t);
  return r.ok ? r.getal : r.melding;
};

describe('leesNlGetal: Nederlandse schrijfwijze', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    ['1.234', 1234],
    ['1.234.567', 1_234_567],
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    [',5', 0.5],
    ['1 234', 1234],
    ['1\u00a0234,25', 1234.25],
    ['  42  ', 42],
    ['-3', -3],
    ['−3', -3],
    ['+7', 7],
    ['1,234', 1.234],
  ])('"%s" is %d', (tekst, verwacht) => {
    expect(getal(tekst)).toBe(verwacht);
  });

  it.each([
    ['twaalf', 'geenGetal'],
    ['', 'geenGetal'],
    ['12a', 'geenGetal'],
    ['1e3', 'geenGetal'],
    ['1.23.4', 'geenGetal'],
    ['1..234', 'geenGetal'],
    ['12,', 'geenGetal'],
    ['12 5', 'geenGetal'],
    ['1,234.5', 'onduidelijk'],
    ['1,2.5', 'onduidelijk'],
    ['12.5', 'onduidelijk'],
    ['0.62', 'onduidelijk'],
    ['0.625', 'onduidelijk'],
    ['1.5', 'onduidelijk'],
  ])('"%s" wordt geweigerd (%s)', (tekst, soort) => {
    expect(getal(tekst)).toBe(soort);
  });

  it('de melding bij een decimale punt stelt de Nederlandse schrijfwijze voor', () => {
    const r = leesNlGetal('12.5');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toBe('onduidelijk getal "12.5": gebruik een komma voor decimalen (12,5); een punt staat alleen tussen duizendtallen (1.234)');
  });

  it('eigenschap: wat nl-NL opmaakt, leest leesNlGetal terug', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (n, decimalen) => {
        const x = n / 10 ** decimalen;
        const tekst = x.toLocaleString('nl-NL', { maximumFractionDigits: decimalen, useGrouping: true });
        expect(getal(tekst)).toBeCloseTo(x, 10);
      }),
    );
  });
});

describe('leesNlAandeel: percentages en aandelen', () => {
  it.each([
    ['62%', 0.62],
    ['62 %', 0.62],
    ['12,5%', 0.125],
    ['0,62', 0.62],
    ['1', 1],
    ['100%', 1],
    ['0%', 0],
  ])('"%s" is %d', (tekst, verwacht) => {
    expect(aandeel(tekst)).toBeCloseTo(verwacht, 12);
  });

  it.each([
    ['62', 'verwacht een percentage (62%) of een aandeel tussen 0 en 1 (0,62), maar vond 62; bedoelt u 62%?'],
    ['120%', 'een aandeel kan niet meer dan 100% zijn, maar vond 120%'],
    ['-5%', 'een aandeel mag niet negatief zijn, maar vond -5%'],
    ['veel', '"veel" is geen percentage'],
    ['62.5%', 'onduidelijk getal "62.5": gebruik een komma voor decimalen (62,5); een punt staat alleen tussen duizendtallen (1.234)'],
  ])('"%s" wordt geweigerd', (tekst, melding) => {
    expect(aandeel(tekst)).toBe(melding);
  });
});
