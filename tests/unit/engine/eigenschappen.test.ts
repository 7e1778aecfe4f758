/** Property tests (rekenmodel §5, the parts about need): linearity, scopes, empty gemeenten, inventarisaties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOELGROEPEN, KADERS } from '../../../shared/domain/labels';
import { berekenBehoefte, deriveNormenset, SCOPE_PRESETS, SCOPE_TAKEN, TAKEN, type Behoefte, type BehoefteInvoer, type ScopeKeuze } from '../../../shared/engine';

const ns = deriveNormenset();
const TAAK_IDS = TAKEN.map((t) => t.id);
const RUNS = { numRuns: 150, seed: 20240601 };

const regioArb: fc.Arbitrary<BehoefteInvoer & { scholen: { code: string; vestigingsgemeente: string; sector: 'so' | 'vso' | 'so-vso'; aandeelSo?: number }[] }> = fc
  .record({
    scholen: fc.array(fc.record({ sector: fc.constantFrom('so' as const, 'vso' as const, 'so-vso' as const), aandeelSo: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }), { minLength: 1, maxLength: 4 }),
    cellen: fc.array(
      fc.record({
        s: fc.nat(3),
        g: fc.nat(4),
        d: fc.constantFrom(...DOELGROEPEN),
        aantal: fc.integer({ min: 0, max: 80 }),
        sector: fc.constantFrom(undefined, 'so' as const, 'vso' as const),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ scholen, cellen }) => ({
    scholen: scholen.map((s, i) => ({ code: `S${i}`, vestigingsgemeente: `G${i}`, sector: s.sector, ...(s.sector === 'so-vso' && s.aandeelSo !== undefined ? { aandeelSo: s.aandeelSo } : {}) })),
    gemeenten: ['G0', 'G1', 'G2', 'G3', 'G4', 'LEEG'].map((code) => ({ code })),
    leerlingen: cellen.map((c) => {
      const school = scholen[c.s % scholen.length];
      // A cel's own sector only where the school has both (as the regio-bestand requires).
      return { school: `S${c.s % scholen.length}`, woongemeente: `G${c.g}`, doelgroep: c.d, aantal: c.aantal, ...(school.sector === 'so-vso' && c.sector ? { sector: c.sector } : {}) };
    }),
  }));

const scopeArb: fc.Arbitrary<ScopeKeuze> = fc.oneof(fc.constantFrom(...SCOPE_PRESETS), fc.subarray(TAAK_IDS));

/** Every euro and fte figure of a result, in a fixed order. */
function cijfers(b: Behoefte): number[] {
  const uit: number[] = [b.totaal, ...KADERS.map((k) => b.perKader[k]), b.fteTotaal];
  for (const s of b.perSchool) {
    uit.push(s.totaal, s.fteTotaal, ...KADERS.map((k) => s.perKader[k]), ...Object.values(s.fte));
    for (const g of s.perWoongemeente) uit.push(g.totaal, ...KADERS.map((k) => g.perKader[k]));
  }
  for (const g of b.perGemeente) uit.push(g.totaal, ...KADERS.map((k) => g.perKader[k]));
  for (const p of Object.values(b.perProfessional)) uit.push(p.fte, p.kosten);
  return uit;
}

const dicht = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe('need: properties', () => {
  it('is linear: doubling every count doubles every euro and fte figure', () => {
    fc.assert(
      fc.property(regioArb, scopeArb, (regio, scope) => {
        const enkel = berekenBehoefte(ns, regio, scope);
        const dubbel = berekenBehoefte(ns, { ...regio, leerlingen: regio.leerlingen.map((l) => ({ ...l, aantal: 2 * l.aantal })) }, scope);
        const a = cijfers(enkel);
        const b = cijfers(dubbel);
        expect(b.length).toBe(a.length);
        a.forEach((x, i) => expect(dicht(b[i], 2 * x), `cijfer ${i}: ${b[i]} ≠ 2 × ${x}`).toBe(true));
        // Per-pupil costs do not change.
        expect(dubbel.perDoelgroep).toEqual(enkel.perDoelgroep);
      }),
      RUNS,
    );
  });

  it('gives a custom scope equal to a preset the preset’s numbers', () => {
    fc.assert(
      fc.property(regioArb, fc.constantFrom(...SCOPE_PRESETS), fc.integer(), (regio, preset, schud) => {
        const lijst = [...SCOPE_TAKEN[preset]].sort((x, y) => ((x.length * 31 + schud) % 7) - ((y.length * 31 + schud) % 7));
        expect(berekenBehoefte(ns, regio, lijst)).toEqual(berekenBehoefte(ns, regio, preset));
      }),
      RUNS,
    );
  });

  it('is monotone in the scope: adding a task never lowers any kader total, cell or fte', () => {
    fc.assert(
      fc.property(regioArb, fc.subarray(TAAK_IDS), fc.constantFrom(...TAAK_IDS), (regio, scope, extra) => {
        const klein = berekenBehoefte(ns, regio, scope);
        const groot = berekenBehoefte(ns, regio, [...scope, extra]);
        const tol = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
        for (const k of KADERS) expect(groot.perKader[k]).toBeGreaterThanOrEqual(klein.perKader[k] - tol(klein.perKader[k]));
        klein.cellen.forEach((c, i) => {
          for (const k of KADERS) expect(groot.cellen[i].perKader[k]).toBeGreaterThanOrEqual(c.perKader[k] - tol(c.perKader[k]));
        });
        klein.perSchool.forEach((s, i) => expect(groot.perSchool[i].fteTotaal).toBeGreaterThanOrEqual(s.fteTotaal - tol(s.fteTotaal)));
      }),
      RUNS,
    );
  });

  it('costs 0 for a gemeente without pupils', () => {
    fc.assert(
      fc.property(regioArb, scopeArb, fc.nat(3), (regio, scope, s) => {
        const metLeeg = {
          ...regio,
          leerlingen: [...regio.leerlingen, { school: regio.scholen[s % regio.scholen.length].code, woongemeente: 'LEEG', doelgroep: 'emb' as const, aantal: 0 }],
        };
        const b = berekenBehoefte(ns, metLeeg, scope);
        const leeg = b.perGemeente.find((g) => g.gemeente === 'LEEG')!;
        expect(leeg).toMatchObject({ leerlingen: 0, totaal: 0 });
        for (const c of b.cellen.filter((x) => x.gemeente === 'LEEG')) expect(c.totaal).toBe(0);
        // And the other gemeenten are unaffected.
        expect(b.totaal).toBe(berekenBehoefte(ns, regio, scope).totaal);
      }),
      RUNS,
    );
  });

  it('conserves money: cells, schools and gemeenten add up to the total per kader', () => {
    fc.assert(
      fc.property(regioArb, scopeArb, (regio, scope) => {
        const b = berekenBehoefte(ns, regio, scope);
        for (const k of KADERS) {
          const cellen = b.cellen.reduce((s, c) => s + c.perKader[k], 0);
          const scholen = b.perSchool.reduce((s, x) => s + x.perKader[k], 0);
          const gemeenten = b.perGemeente.reduce((s, x) => s + x.perKader[k], 0);
          for (const v of [cellen, scholen, gemeenten]) expect(dicht(v, b.perKader[k])).toBe(true);
        }
        expect(dicht(b.leerlingen, regio.leerlingen.reduce((s, l) => s + l.aantal, 0))).toBe(true);
      }),
      RUNS,
    );
  });

  it('splits a cel of an so-vso school without sector into an so part (aandeelSo) and a vso part (v2 §6)', () => {
    fc.assert(
      fc.property(regioArb, scopeArb, (regio, scope) => {
        const geschat = berekenBehoefte(ns, regio, scope);
        // The same pupils given explicitly per sector, with fractional counts.
        const expliciet = berekenBehoefte(
          ns,
          {
            ...regio,
            leerlingen: regio.leerlingen.flatMap((l) => {
              const school = regio.scholen.find((s) => s.code === l.school)!;
              if (l.sector || school.sector !== 'so-vso') return [l];
              const a = school.aandeelSo ?? 0.42;
              return [
                { ...l, sector: 'so' as const, aantal: l.aantal * a },
                { ...l, sector: 'vso' as const, aantal: l.aantal - l.aantal * a },
              ];
            }),
          },
          scope,
        );
        const a = cijfers(geschat);
        const b = cijfers(expliciet);
        a.forEach((x, i) => expect(dicht(b[i], x, 1e-9), `cijfer ${i}: ${b[i]} ≠ ${x}`).toBe(true));
        for (const s of geschat.perSchool) {
          const school = regio.scholen.find((x) => x.code === s.school)!;
          const gesplitst = regio.leerlingen.some((l) => l.school === s.school && !l.sector && l.aantal > 0 && school.sector === 'so-vso');
          expect(s.sectorGeschat).toBe(gesplitst);
        }
      }),
      RUNS,
    );
  });
});

describe('inventarisatie: properties', () => {
  const invArb = fc.record({
    school: fc.nat(3),
    professionals: fc.subarray(
      ns.professionals.map((p) => p.id),
      { minLength: 1, maxLength: 6 },
    ),
  });

  it('reproduces the normative figures when the measured fte equals the normative broad formatie', () => {
    fc.assert(
      fc.property(regioArb, scopeArb, invArb, (regio, scope, inv) => {
        const school = regio.scholen[inv.school % regio.scholen.length].code;
        const breed = berekenBehoefte(ns, regio, 'breed').perSchool.find((s) => s.school === school)!;
        // The measurement covers all care, i.e. the normative formatie of the broad scope.
        const inventarisaties = inv.professionals.map((p) => ({ school, professional: p, fte: breed.fte[p] }));
        const normatief = berekenBehoefte(ns, regio, scope);
        const gemeten = berekenBehoefte(ns, { ...regio, inventarisaties }, scope);
        const a = cijfers(normatief);
        const b = cijfers(gemeten);
        a.forEach((x, i) => expect(dicht(b[i], x, 1e-8), `cijfer ${i}: ${b[i]} ≠ ${x}`).toBe(true));
        expect(gemeten.perSchool.find((s) => s.school === school)!.inventarisatie).toBe(true);
        expect(gemeten.perSchool.filter((s) => s.inventarisatie)).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('raises the school’s need by tarief × in-scope fte when a measured fte grows, and keeps it with its own woongemeenten', () => {
    fc.assert(
      fc.property(regioArb, scopeArb, invArb, fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (regio, scope, inv, fte, extra) => {
        const school = regio.scholen[inv.school % regio.scholen.length].code;
        const p = inv.professionals[0];
        const i = ns.professionals.findIndex((x) => x.id === p);
        const met = (v: number) => berekenBehoefte(ns, { ...regio, inventarisaties: [{ school, professional: p, fte: v }] }, scope);
        const laag = met(fte);
        const hoog = met(fte + extra);
        const sLaag = laag.perSchool.find((s) => s.school === school)!;
        const sHoog = hoog.perSchool.find((s) => s.school === school)!;
        const aandeel = (sHoog.fte[p] - sLaag.fte[p]) / (extra || 1);
        expect(aandeel).toBeGreaterThanOrEqual(0);
        // At most the extra fte (up to rounding of the two fte values themselves).
        expect(sHoog.fte[p] - sLaag.fte[p]).toBeLessThanOrEqual(extra + 1e-14 * (fte + extra));
        expect(dicht(sHoog.totaal - sLaag.totaal, extra * aandeel * ns.tarief[i], 1e-7)).toBe(true);
        // Other schools do not change.
        hoog.perSchool.filter((s) => s.school !== school).forEach((s) => expect(s.totaal).toBe(laag.perSchool.find((x) => x.school === s.school)!.totaal));
        // The school's woongemeenten add up to its kader totals.
        for (const k of KADERS) expect(dicht(sHoog.perWoongemeente.reduce((t, g) => t + g.perKader[k], 0), sHoog.perKader[k])).toBe(true);
      }),
      RUNS,
    );
  });
});
