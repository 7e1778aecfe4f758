/** The variant being designed, outside React: who hears a change, and when two parts count as the same. */
import { describe, expect, it } from 'vitest';
import type { Variant } from '../../../shared/engine';
import { maakVariantWinkel, ondiepGelijk } from '../../../renderer/src/schermen/vergelijken/variantWinkel';

const variant = (scope: string) => ({ scope }) as unknown as Variant;

describe('VariantWinkel', () => {
  it('tells its listeners of a new variant, not of the same one, and forgets a listener that left', () => {
    const a = variant('breed');
    const winkel = maakVariantWinkel(a);
    const gehoord: string[] = [];
    const weg = winkel.abonneer(() => gehoord.push(String(winkel.lees().scope)));
    winkel.zet(a);
    expect(gehoord).toEqual([]);
    winkel.zet(variant('smal'));
    expect(gehoord).toEqual(['smal']);
    weg();
    winkel.zet(variant('medium'));
    expect(gehoord).toEqual(['smal']);
    expect(winkel.lees().scope).toBe('medium');
  });
});

describe('ondiepGelijk', () => {
  it('compares one level deep: the same values under the same keys', () => {
    const kaders = ['wlz'];
    expect(ondiepGelijk({ potKaders: kaders, pct: 20 }, { potKaders: kaders, pct: 20 })).toBe(true);
    expect(ondiepGelijk({ potKaders: kaders }, { potKaders: ['wlz'] })).toBe(false);
    expect(ondiepGelijk({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(ondiepGelijk([true, false], [true, false])).toBe(true);
    expect(ondiepGelijk([true], { 0: true })).toBe(false);
    expect(ondiepGelijk('Scope: smal', 'Scope: smal')).toBe(true);
    expect(ondiepGelijk(null, {})).toBe(false);
  });
});
