import { describe, expect, it } from 'vitest';
import { KADERS, type Kader } from '../../../shared/domain/labels';
import { berekenBehoefte, deriveNormenset, eenheidskosten, scopeNaam, scopeTaken, SCOPE_TAKEN, type BehoefteInvoer } from '../../../shared/engine';
import { kleineRegio } from './hulp';

const ns = deriveNormenset();
const som = (r: Record<Kader, number>) => KADERS.reduce((s, k) => s + r[k], 0);
const pIndex = (id: string) => ns.professionals.findIndex((p) => p.id === id);

describe('scopeTaken and scopeNaam', () => {
  it('expands presets and validates task lists', () => {
    expect(scopeTaken('smal')).toEqual(SCOPE_TAKEN.smal);
    expect(scopeTaken(['overleg', 'behandeling', 'overleg'])).toEqual(['behandeling', 'overleg']);
    expect(scopeTaken([])).toEqual([]);
    expect(() => scopeTaken(['behandeling', 'tandarts'])).toThrow('onbekende taak "tandarts"');
    expect(() => scopeTaken('groot' as 'breed')).toThrow('onbekende scope "groot"');
  });

  it('names a task list after the preset it equals', () => {
    expect(scopeNaam([...SCOPE_TAKEN.medium].reverse())).toBe('medium');
    expect(scopeNaam(['behandeling'])).toBe('maatwerk');
    expect(scopeNaam('breed')).toBe('breed');
  });
});

describe('eenheidskosten', () => {
  it('gives the cost per pupil per doelgroep and kader', () => {
    const u = eenheidskosten(ns, 'breed');
    // An EMB pupil needs about four times the care of a gedrag pupil (47,75 vs 12,66 fte per 100).
    expect(som(u.emb) / som(u.gedrag)).toBeGreaterThan(3.5);
    expect(som(u.emb) / som(u.gedrag)).toBeLessThan(4.5);
    expect(u.gedrag.wlz).toBe(0);
    // National average per pupil ≈ € 11.000 breed (overview; 704,61 mln / 62.821).
    const gem = ns.w.reduce((s, w, i) => s + w * som(u[(['gedrag', 'lvb_ml', 'lb', 'emb', 'lz'] as const)[i]]), 0);
    expect(gem).toBeGreaterThan(11_150);
    expect(gem).toBeLessThan(11_280);
  });

  it('is zero for an empty scope', () => {
    const u = eenheidskosten(ns, []);
    expect(som(u.emb)).toBe(0);
  });
});

describe('berekenBehoefte', () => {
  const regio = kleineRegio();
  const b = berekenBehoefte(ns, regio, 'breed');
  const u = eenheidskosten(ns, 'breed', 'so');

  it('costs each cell as pupils × unit cost of its sector', () => {
    const cel = b.cellen.find((c) => c.school === 'A' && c.gemeente === 'G1')!;
    expect(cel.leerlingen).toBe(45);
    expect(cel.sector).toBe('so');
    for (const k of KADERS) expect(cel.perKader[k]).toBeCloseTo(40 * u.gedrag[k] + 5 * u.emb[k], 6);
    expect(cel.inventarisatie).toBe(false);
    expect(b.cellen.filter((c) => c.school === 'B').map((c) => c.sector)).toEqual(['vso', 'vso', 'vso']);
    expect(b.perSchool.map((s) => s.sectorGeschat)).toEqual([false, false]);
  });

  it('adds up: cells = schools = gemeenten = total', () => {
    const cellen = b.cellen.reduce((s, c) => s + c.totaal, 0);
    const scholen = b.perSchool.reduce((s, x) => s + x.totaal, 0);
    const gemeenten = b.perGemeente.reduce((s, x) => s + x.totaal, 0);
    for (const v of [cellen, scholen, gemeenten, som(b.perKader)]) expect(v).toBeCloseTo(b.totaal, 4);
    for (const s of b.perSchool) {
      for (const k of KADERS) expect(s.perWoongemeente.reduce((t, g) => t + g.perKader[k], 0)).toBeCloseTo(s.perKader[k], 6);
    }
    expect(b.leerlingen).toBe(127);
  });

  it('keeps the order of the schools and gemeenten of the regio', () => {
    expect(b.perSchool.map((s) => [s.school, s.naam])).toEqual([
      ['A', 'De Brug'],
      ['B', 'Het Anker'],
    ]);
    expect(b.perGemeente.map((g) => g.gemeente)).toEqual(['G1', 'G2', 'G3']);
    expect(b.perGemeente[2]).toMatchObject({ leerlingen: 0, totaal: 0 });
  });

  it('computes the formatie per professional: pupils × A/100 × Σc', () => {
    const i = pIndex('logopedist');
    const school = b.perSchool[1];
    const A = ns.ftePer100Sector[i];
    const vso = 1;
    const verwacht = ((55 * A[1][vso] + 4 * A[4][vso]) / 100) * ns.c[i].reduce((s, x) => s + x, 0);
    expect(school.fte.logopedist).toBeCloseTo(verwacht, 10);
    expect(school.fte.vrijwilliger).toBe(0);
    expect(Object.keys(school.fte)).toHaveLength(33);
    expect(b.perProfessional.logopedist.kosten).toBeCloseTo(b.perProfessional.logopedist.fte * ns.tarief[i], 6);
    // Cost of all professionals = total need.
    expect(Object.values(b.perProfessional).reduce((s, p) => s + p.kosten, 0)).toBeCloseTo(b.totaal, 3);
  });

  it('accepts a regio-bestand shape and fractional counts', () => {
    const r = berekenBehoefte(ns, { leerlingen: [{ school: 'X', woongemeente: 'Y', doelgroep: 'lz', aantal: 2.5 }] }, 'smal');
    expect(r.totaal).toBeCloseTo(2.5 * som(eenheidskosten(ns, 'smal').lz), 8);
    expect(r.scope).toEqual({ naam: 'smal', taken: SCOPE_TAKEN.smal });
  });

  it('gives the same cells for very large school × gemeente lists (sparse cell index)', () => {
    const groot: BehoefteInvoer = {
      ...regio,
      scholen: [...regio.scholen!, ...Array.from({ length: 1100 }, (_, i) => ({ code: `X${i}` }))],
      gemeenten: [...regio.gemeenten!, ...Array.from({ length: 1000 }, (_, i) => ({ code: `Y${i}` }))],
    };
    const r = berekenBehoefte(ns, groot, 'breed');
    expect(r.cellen).toEqual(b.cellen);
    expect(r.totaal).toBe(b.totaal);
    expect(r.perSchool).toHaveLength(1102);
  });

  it('sums duplicate cells', () => {
    const dubbel: BehoefteInvoer = {
      leerlingen: [
        { school: 'X', woongemeente: 'Y', doelgroep: 'gedrag', aantal: 3 },
        { school: 'X', woongemeente: 'Y', doelgroep: 'gedrag', aantal: 4 },
      ],
    };
    // A school without sector: its pupils are split with the national 42% so, as eenheidskosten without sector.
    expect(berekenBehoefte(ns, dubbel, 'breed').totaal).toBeCloseTo(7 * som(eenheidskosten(ns, 'breed').gedrag), 8);
  });

  it('rejects bad input with a Dutch message', () => {
    expect(() => berekenBehoefte(ns, { leerlingen: [{ school: 'X', woongemeente: 'Y', doelgroep: 'gedrag', aantal: -1 }] }, 'breed')).toThrow(
      'leerlingen[0]: het aantal moet een getal van 0 of meer zijn',
    );
    expect(() => berekenBehoefte(ns, regio, ['geen_taak'])).toThrow('onbekende taak "geen_taak"');
    expect(() => berekenBehoefte(ns, { leerlingen: [], inventarisaties: [{ school: 'X', professional: 'tandarts', fte: 1 }] }, 'breed')).toThrow(
      'onbekende professional "tandarts"',
    );
  });
});

describe('berekenBehoefte with an inventarisatie', () => {
  const regio = kleineRegio();
  const normatief = berekenBehoefte(ns, regio, 'breed');
  const schoolA = normatief.perSchool[0];

  it('reproduces the normative figures when the measurement equals the normative broad formatie', () => {
    // Psychomotorisch therapeut is one of the clamped professionals (Σc > 1): the identity holds for it too.
    const inventarisaties = ['psycholoog', 'psychomotorisch_therapeut'].map((p) => ({ school: 'A', professional: p, fte: schoolA.fte[p] }));
    const metInv = berekenBehoefte(ns, { ...regio, inventarisaties }, 'breed');
    const a = metInv.perSchool[0];
    expect(a.inventarisatie).toBe(true);
    expect(metInv.perSchool[1].inventarisatie).toBe(false);
    for (const k of KADERS) expect(a.perKader[k]).toBeCloseTo(schoolA.perKader[k], 4);
    a.perWoongemeente.forEach((g, i) => {
      for (const k of KADERS) expect(g.perKader[k]).toBeCloseTo(schoolA.perWoongemeente[i].perKader[k], 4);
    });
    expect(metInv.cellen.filter((c) => c.school === 'A').every((c) => c.inventarisatie)).toBe(true);
  });

  it('uses the measured fte for the listed professional only, scoped by its in-scope share', () => {
    const scope = 'smal';
    const basis = berekenBehoefte(ns, regio, scope);
    const metInv = berekenBehoefte(ns, { ...regio, inventarisaties: [{ school: 'A', professional: 'logopedist', fte: 2 }] }, scope);
    const i = pIndex('logopedist');
    const aandeel = scopeTaken(scope).reduce((s, t) => s + ns.c[i][ns.taken.findIndex((x) => x.id === t)], 0) / ns.c[i].reduce((s, x) => s + x, 0);
    expect(aandeel).toBeGreaterThan(0.8);
    expect(aandeel).toBeLessThan(1);
    expect(metInv.perSchool[0].fte.logopedist).toBeCloseTo(2 * aandeel, 12);
    expect(metInv.perSchool[0].fte.psycholoog).toBe(basis.perSchool[0].fte.psycholoog);
    const verschil = metInv.perSchool[0].totaal - basis.perSchool[0].totaal;
    const normatiefLogo = basis.perSchool[0].fte.logopedist * ns.tarief[i];
    expect(verschil).toBeCloseTo(2 * aandeel * ns.tarief[i] - normatiefLogo, 4);
    expect(metInv.perSchool[1].totaal).toBe(basis.perSchool[1].totaal);
  });

  it('puts the cost in the kaders of the own split and attributes it to the woongemeenten', () => {
    const metInv = berekenBehoefte(ns, { ...regio, inventarisaties: [{ school: 'A', professional: 'sph', fte: 3, kaders: { jeugdwet: 1 } }] }, 'breed');
    const i = pIndex('sph');
    const zonderSph = berekenBehoefte(ns, { ...regio, inventarisaties: [{ school: 'A', professional: 'sph', fte: 0 }] }, 'breed');
    const a = metInv.perSchool[0];
    expect(a.perKader.jeugdwet - zonderSph.perSchool[0].perKader.jeugdwet).toBeCloseTo(3 * ns.tarief[i], 4);
    expect(a.perKader.onderwijs).toBeCloseTo(zonderSph.perSchool[0].perKader.onderwijs, 6);
    // Jeugdwet goes to G1 and G2 in proportion to their normative Jeugdwet cost at school A.
    const [g1, g2] = schoolA.perWoongemeente;
    const aandeelG1 = g1.perKader.jeugdwet / (g1.perKader.jeugdwet + g2.perKader.jeugdwet);
    expect(a.perWoongemeente[0].perKader.jeugdwet / a.perKader.jeugdwet).toBeCloseTo(aandeelG1, 10);
  });

  it('books the measured cost of a school without pupils on its vestigingsgemeente', () => {
    const invoer: BehoefteInvoer = {
      scholen: [{ code: 'Z', naam: 'Zonder leerlingen', vestigingsgemeente: 'G9' }],
      leerlingen: [],
      inventarisaties: [{ school: 'Z', professional: 'verpleegkundige', fte: 1 }],
    };
    const r = berekenBehoefte(ns, invoer, 'breed');
    const i = pIndex('verpleegkundige');
    const aandeel = 1; // breed: all tasks are in scope
    expect(r.totaal).toBeCloseTo(aandeel * ns.tarief[i], 4);
    expect(r.perSchool[0].perWoongemeente).toHaveLength(1);
    expect(r.perSchool[0].perWoongemeente[0]).toMatchObject({ gemeente: 'G9', leerlingen: 0 });
    expect(r.perGemeente.map((g) => g.gemeente)).toEqual(['G9']);
    // Without a vestigingsgemeente the engine cannot attribute it and says so.
    expect(() => berekenBehoefte(ns, { leerlingen: [], inventarisaties: invoer.inventarisaties }, 'breed')).toThrow('geen vestigingsgemeente');
  });
});
