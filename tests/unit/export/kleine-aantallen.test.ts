import { describe, expect, it } from 'vitest';
import { Cellen, isKlein, kleineAantallenUitleg, toonAantal, toonDeelbedrag, toonPerLeerling, toonSom, toonTotaal } from '../../../core/export/kleine-aantallen';

describe('de regel voor kleine aantallen', () => {
  it('1 tot en met 4 is klein; 0 en 5 niet', () => {
    expect([0, 1, 4, 5, 100].map(isKlein)).toEqual([false, true, true, false, false]);
    expect([0, 1, 4, 5].map((n) => toonAantal(n, true))).toEqual([0, '<5', '<5', 5]);
    expect(toonAantal(3, false)).toBe(3);
  });

  it('een som met een verborgen cel wordt weggelaten, ook als de som zelf groot is', () => {
    expect(toonSom([100, 2], true)).toBe('x');
    expect(toonSom([100, 5, 0], true)).toBe(105);
    expect(toonSom([100, 2], false)).toBe(102);
    expect(toonSom([], true)).toBe(0);
  });

  it('in het OOGO-rapport blijft een totaal met een verborgen cel staan, afgerond op tientallen', () => {
    expect(toonTotaal([700, 56, 3], true)).toBe('ca. 760');
    expect(toonTotaal([1200, 3, 1], true)).toBe('ca. 1.200');
    expect(toonTotaal([700, 56, 5], true)).toBe(761);
    // Only small cells: too close to the hidden counts to round.
    expect(toonTotaal([2, 1], true)).toBe('x');
    expect(toonTotaal([700, 3], false)).toBe(703);
    expect(kleineAantallenUitleg(true, true).join(' ')).toMatch(/afgerond op tientallen/);
  });

  it('een bedrag per leerling alleen bij een getoond aantal', () => {
    expect(toonPerLeerling(1000, 10)).toBe(100);
    expect(toonPerLeerling(1000, '<5')).toBe('x');
    expect(toonPerLeerling(1000, 'x')).toBe('x');
    expect(toonPerLeerling(1000, 0)).toBeNull();
  });

  it('een bedrag voor een deel van de leerlingen van een gemeente verdwijnt bij een verborgen cel', () => {
    expect(toonDeelbedrag(1234.5, [12, 3], true)).toBe('x');
    expect(toonDeelbedrag(1234.5, [12, 30], true)).toBe(1234.5);
    expect(toonDeelbedrag(1234.5, [1], false)).toBe(1234.5);
    const c = new Cellen([
      { school: 'S1', woongemeente: 'G1', aantal: 7 },
      { school: 'S1', woongemeente: 'G1', aantal: 2 },
      { school: 'S1', woongemeente: 'G2', aantal: 9 },
    ]);
    expect(c.heeftKleine('S1', 'G1')).toBe(true);
    expect(c.heeftKleine('S1', 'G2')).toBe(false);
    expect(c.van('S2', 'G1')).toEqual([]);
  });

  it('de uitleg zegt wat er is gebeurd', () => {
    expect(kleineAantallenUitleg(true).join(' ')).toMatch(/"<5".*"x"/s);
    expect(kleineAantallenUitleg(false).join(' ')).toMatch(/niet afgeschermd/);
  });
});
