import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatEuro, formatEuroVerschil, formatGetal, formatGetalMetIntl, formatMiljoen, formatPct, formatPerInwonerVerschil } from '../../../shared/format';

describe('formatGetal', () => {
  it('gebruikt punten voor duizendtallen en een komma voor decimalen', () => {
    expect(formatGetal(1560)).toBe('1.560');
    expect(formatGetal(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatGetal(0.5, 1)).toBe('0,5');
    expect(formatGetal(-1234)).toBe('\u22121.234');
  });

  it('toont nooit "-0"', () => {
    expect(formatGetal(-0)).toBe('0');
    expect(formatGetal(-0.4)).toBe('0');
    expect(formatGetal(-0.004, 2)).toBe('0,00');
    expect(formatGetal(-0.06, 1)).toBe('\u22120,1');
  });
});

describe('formatEuro', () => {
  it('hele euro’s met duizendtalpunten', () => {
    expect(formatEuro(1234567.4)).toBe('€ 1.234.567');
    expect(formatEuro(1234567.5)).toBe('€ 1.234.568');
    expect(formatEuro(0)).toBe('€ 0');
  });

  it('met decimalen op verzoek', () => {
    expect(formatEuro(1234.5, 2)).toBe('€ 1.234,50');
  });

  it('negatieve getallen en bedragen met het typografische minteken (U+2212), voor het euroteken', () => {
    expect(formatGetal(-1234)).toBe('\u22121.234');
    expect(formatPct(-0.125)).toBe('\u221212,5%');
    expect(formatEuro(-1234567.4)).toBe('\u2212€ 1.234.567');
    expect(formatEuro(-0.5, 2)).toBe('\u2212€ 0,50');
    expect(formatEuro(-1)).not.toContain('-');
  });

  it('geen "-€ 0" voor bedragen die op nul afronden', () => {
    expect(formatEuro(-0.4)).toBe('€ 0');
    expect(formatEuro(-0)).toBe('€ 0');
    expect(formatEuro(-0.001, 2)).toBe('€ 0,00');
  });
});

describe('formatMiljoen', () => {
  it('toont miljoenen met één decimaal', () => {
    expect(formatMiljoen(12_345_678)).toBe('€ 12,3 mln');
    expect(formatMiljoen(-12_345_678)).toBe('\u2212€ 12,3 mln');
    expect(formatMiljoen(-10_000)).toBe('€ 0,0 mln');
  });
});

describe('formatPct', () => {
  it('een fractie als percentage met één decimaal', () => {
    expect(formatPct(0.125)).toBe('12,5%');
    expect(formatPct(1)).toBe('100,0%');
    expect(formatPct(0.62, 0)).toBe('62%');
    expect(formatPct(-0.25)).toBe('\u221225,0%');
  });

  it('geen "-0"', () => {
    expect(formatPct(-0.0001)).toBe('0,0%');
    expect(formatPct(-0)).toBe('0,0%');
    expect(formatPct(-0.001, 0)).toBe('0%');
  });
});

describe('verschillen met teken', () => {
  it('een verschil in hele euro met + of −, onder een halve euro € 0', () => {
    expect(formatEuroVerschil(1234.4)).toBe('+€ 1.234');
    expect(formatEuroVerschil(-1234.4)).toBe('\u2212€ 1.234');
    expect(formatEuroVerschil(0.49)).toBe('€ 0');
    expect(formatEuroVerschil(-0.49)).toBe('€ 0');
  });

  it('een verschil per inwoner in centen, "–" waar het er niet is', () => {
    expect(formatPerInwonerVerschil(1.234)).toBe('+€ 1,23');
    expect(formatPerInwonerVerschil(-1.234)).toBe('\u2212€ 1,23');
    expect(formatPerInwonerVerschil(0.004)).toBe('€ 0,00');
    expect(formatPerInwonerVerschil(null)).toBe('–');
  });
});

describe('formatGetal zonder Intl', () => {
  it('schrijft dezelfde cijfers als Intl nl-NL, ook bij halven, negatieve en grote getallen', () => {
    const vast = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 1.045, 2.675, 999.5, 999.9999, 1000, 9999.5, 123456.785, -1234.5, 1e15 + 0.5, 123456789012345680000, 0.000001, 5e-7, -5e-7, 12.3456789];
    const willekeurig = fc.sample(fc.oneof(fc.double({ min: -1e20, max: 1e20, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000), fc.integer({ min: -1e6, max: 1e6 }).map((i) => i + 0.5), fc.integer({ min: -1e7, max: 1e7 }).map((i) => i / 200), fc.integer({ min: -1e7, max: 1e7 }).map((i) => i / 2000), fc.double({ min: -1e-3, max: 1e-3, noNaN: true }), fc.maxSafeInteger(), fc.integer({ min: -1e7, max: 1e7 })), { numRuns: 30_000, seed: 2026 });
    for (const n of [...vast, ...willekeurig]) {
      for (const d of [0, 1, 2, 3, 4]) {
        const verwacht = formatGetalMetIntl(n, d);
        const zonderMin = /^-0(,0*)?$/.test(verwacht) ? verwacht.slice(1) : verwacht.replace(/^-/, '\u2212');
        expect(formatGetal(n, d), `${n} met ${d} decimalen`).toBe(zonderMin);
      }
    }
  });

  it('laat wat het niet zelf schrijft aan Intl', () => {
    expect(formatGetal(Number.NaN)).toBe(formatGetalMetIntl(Number.NaN));
    expect(formatGetal(Number.POSITIVE_INFINITY)).toBe(formatGetalMetIntl(Number.POSITIVE_INFINITY));
    expect(formatGetal(1e22)).toBe(formatGetalMetIntl(1e22));
  });
});
