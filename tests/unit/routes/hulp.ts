import fc from 'fast-check';
import { DOELGROEPEN, KADERS, type Kader } from '../../../shared/domain/labels';
import {
  NIET_DEELNEMERS,
  BUITEN_REGIO,
  POT_KADERS,
  type Evaluatie,
  type KaderBedragen,
  type RoutesInvoer,
  type RoutesRegio,
  type Stroom,
  type VariantInvoer,
} from '../../../shared/engine';
import type { RegioBestand } from '../../../shared/regio/schema';

/** A cell with round numbers: [onderwijs, jeugdwet, zvw, wlz, wpg, wmo]. */
export function cel(school: string, gemeente: string, leerlingen: number, bedragen: [number, number, number, number, number, number]) {
  const perKader = Object.fromEntries(KADERS.map((k, i) => [k, bedragen[i]])) as KaderBedragen;
  return { school, gemeente, leerlingen, perKader };
}

/**
 * The tiny regio of the hand-computed cases: gemeenten GA (centrum, 6.000 inwoners 0–17), GB
 * (2.000), GC (2.000); schools S1 (in GA, SWV P1) and S2 (in GB, SWV P2); verzekeraars V1 60%, V2 40%.
 */
export function kleineRegio(opties: { gcInRegio?: boolean } = {}): RoutesRegio {
  return {
    regio: { naam: 'Driehoek' },
    gemeenten: [
      { code: 'GA', naam: 'Aastad', inwoners0tot17: 6000, inRegio: true, centrumgemeente: true },
      { code: 'GB', naam: 'Bedorp', inwoners0tot17: 2000, inRegio: true },
      { code: 'GC', naam: 'Ceveen', inwoners0tot17: 2000, inRegio: opties.gcInRegio ?? true },
    ],
    samenwerkingsverbanden: [
      { code: 'P1', naam: 'SWV Een' },
      { code: 'P2', naam: 'SWV Twee' },
    ],
    scholen: [
      { code: 'S1', naam: 'De Brug', vestigingsgemeente: 'GA', swv: 'P1' },
      { code: 'S2', naam: 'Het Anker', vestigingsgemeente: 'GB', swv: 'P2' },
    ],
    zorgkantoor: { naam: 'Zorgkantoor Driehoek' },
    zorgverzekeraars: [
      { naam: 'V1', marktaandeel: 0.6 },
      { naam: 'V2', marktaandeel: 0.4 },
    ],
  };
}

/**
 * Cells (euro per year)            onderwijs  jeugdwet  zvw    wlz     wpg    wmo
 *   S1 × GA (10 leerlingen)         50.000     20.000    5.000  0       1.000  4.000
 *   S1 × GB  (5)                    25.000     10.000    2.000  3.000   500    0
 *   S2 × GB  (8)                    40.000      5.000    4.000  12.000  400    1.000
 *   S2 × GC  (2)                    10.000      6.000    1.000  4.000   100    0
 *
 * Own Jeugdwet + Wmo per gemeente: GA 24.000, GB 16.000 (10.000 + 5.000 + 1.000), GC 6.000;
 * together P_gem = 46.000. Wlz 19.000 (zorgkantoor). Zvw 12.000: V1 7.200, V2 4.800. Wpg 2.000
 * (GGD, not in the default pot). Default pot = 46.000 + 19.000 + 12.000 = 77.000:
 *   S1 = Jeugdwet 30.000 + Zvw 7.000 + Wlz 3.000 + Wmo 4.000 = 44.000
 *   S2 = Jeugdwet 11.000 + Zvw 5.000 + Wlz 16.000 + Wmo 1.000 = 33.000
 */
export function kleineCellen(): RoutesInvoer {
  return {
    cellen: [
      cel('S1', 'GA', 10, [50000, 20000, 5000, 0, 1000, 4000]),
      cel('S1', 'GB', 5, [25000, 10000, 2000, 3000, 500, 0]),
      cel('S2', 'GB', 8, [40000, 5000, 4000, 12000, 400, 1000]),
      cel('S2', 'GC', 2, [10000, 6000, 1000, 4000, 100, 0]),
    ],
  };
}

/** Contribution (bedrag) of a party in a route; 0 when absent. */
export function bijdrage(ev: Evaluatie, route: keyof Evaluatie['routes'], partij: string): number {
  return ev.routes[route].bijdragen.find((b) => b.financier === partij)?.bedrag ?? 0;
}

/** Flows as compact tuples for readable expectations. */
export function kort(stromen: readonly Stroom[]): [string, string, number, string?][] {
  return stromen.map((s) => (s.kader ? [s.van, s.naar, round2(s.bedrag), s.kader] : [s.van, s.naar, round2(s.bedrag)]));
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

export const dicht = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

// ---------------------------------------------------------------------------------------------
// Generators for the property tests.

export interface GegenereerdeRegio {
  regio: RegioBestand;
  /** Code of an in-regio gemeente without pupils that is no school's vestigingsgemeente. */
  leeg: string;
}

export const regioArb: fc.Arbitrary<GegenereerdeRegio> = fc
  .record({
    gemeenten: fc.array(fc.record({ inwoners: fc.integer({ min: 0, max: 50_000 }), inRegio: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    swvs: fc.integer({ min: 1, max: 3 }),
    voSwvs: fc.integer({ min: 0, max: 2 }),
    /** Per gemeente: index of its po- and vo-SWV (absent: not known). */
    gemSwv: fc.array(fc.record({ po: fc.option(fc.nat(), { nil: undefined }), vo: fc.option(fc.nat(), { nil: undefined }) }), { minLength: 7, maxLength: 7 }),
    scholen: fc.array(fc.record({ vest: fc.nat(), swv: fc.nat(), sector: fc.constantFrom('so', 'vso', 'so-vso') }), { minLength: 1, maxLength: 4 }),
    verzekeraars: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }),
    centrum: fc.option(fc.nat(), { nil: undefined }),
    leerlingen: fc.array(fc.record({ s: fc.nat(), g: fc.nat(), d: fc.constantFrom(...DOELGROEPEN), aantal: fc.integer({ min: 0, max: 60 }) }), { maxLength: 20 }),
  })
  .map(({ gemeenten, swvs, voSwvs, gemSwv, scholen, verzekeraars, centrum, leerlingen }) => {
    const poLijst = Array.from({ length: swvs }, (_, i) => ({ code: `P${i}`, naam: `SWV ${i}`, type: 'po' as const }));
    const voLijst = Array.from({ length: voSwvs }, (_, i) => ({ code: `V${i}`, naam: `SWV vo ${i}`, type: 'vo' as const }));
    const gem = gemeenten.map((g, i) => {
      const po = gemSwv[i].po;
      const vo = gemSwv[i].vo;
      return {
        code: `G${i}`,
        naam: `Gemeente ${i}`,
        inwoners0tot17: g.inwoners,
        inRegio: i === 0 ? true : g.inRegio,
        centrumgemeente: false,
        ...(po !== undefined ? { swvPo: poLijst[po % poLijst.length].code } : {}),
        ...(vo !== undefined && voLijst.length ? { swvVo: voLijst[vo % voLijst.length].code } : {}),
      };
    });
    gem.push({ code: 'LEEG', naam: 'Leegdorp', inwoners0tot17: 1000, inRegio: true, centrumgemeente: false });
    const inRegio = gem.filter((g) => g.inRegio && g.code !== 'LEEG');
    if (centrum !== undefined) inRegio[centrum % inRegio.length].centrumgemeente = true;
    const swvLijst = [...poLijst, ...voLijst];
    const schoolLijst = scholen.map((s, i) => ({ code: `S${i}`, naam: `School ${i}`, vestigingsgemeente: gem[s.vest % gemeenten.length].code, swv: swvLijst[s.swv % swvLijst.length].code, sector: s.sector }));
    let som = verzekeraars.reduce((a, b) => a + b, 0);
    const gewichten = som > 0 ? verzekeraars : verzekeraars.map(() => 1);
    som = gewichten.reduce((a, b) => a + b, 0);
    const zv = gewichten.map((w, i) => ({ naam: `Verzekeraar ${i}`, marktaandeel: w / som }));
    const gezien = new Set<string>();
    const ll = [];
    for (const l of leerlingen) {
      const school = schoolLijst[l.s % schoolLijst.length].code;
      const woongemeente = gem[l.g % gemeenten.length].code;
      const k = `${school}|${woongemeente}|${l.d}`;
      if (gezien.has(k)) continue;
      gezien.add(k);
      ll.push({ school, woongemeente, doelgroep: l.d, aantal: l.aantal });
    }
    const regio: RegioBestand = {
      formaat: 'zio-regio',
      versie: 1,
      regio: { naam: 'Gegenereerd' },
      gemeenten: gem,
      samenwerkingsverbanden: swvLijst,
      scholen: schoolLijst,
      leerlingen: ll,
      zorgkantoor: { naam: 'Zorgkantoor' },
      zorgverzekeraars: zv,
      inventarisaties: [],
      tlvs: [],
    };
    return { regio, leeg: 'LEEG' };
  });

/** A variant for a generated regio (always valid for it). */
export function variantArb(r: RegioBestand): fc.Arbitrary<VariantInvoer> {
  const inRegio = r.gemeenten.filter((g) => g.inRegio).map((g) => g.code);
  const partijen = [...r.gemeenten.map((g) => `gemeente:${g.code}`), 'ggd', 'zorgkantoor', ...r.zorgverzekeraars.map((z) => `zorgverzekeraar:${z.naam}`)];
  return fc
    .record({
      potKaders: fc.subarray([...POT_KADERS] as Kader[]),
      onderwijsbijdragePct: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 })),
      uit: fc.subarray(partijen, { maxLength: 3 }),
      nietDeelnemers: fc.constantFrom(...NIET_DEELNEMERS),
      buitenRegio: fc.constantFrom(...BUITEN_REGIO),
      type: fc.constantFrom('zorggebruik', 'leerlingen', 'jeugdigen', 'vast', 'mix'),
      alpha: fc.double({ min: 0, max: 1, noNaN: true }),
      gewichten: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: inRegio.length, maxLength: inRegio.length }),
      centrum: fc.option(fc.constantFrom(...inRegio), { nil: undefined }),
      penvoerder: fc.option(fc.constantFrom(...r.samenwerkingsverbanden.map((s) => s.code)), { nil: undefined }),
      budgethouder: fc.constantFrom('betalend_swv', 'swv_vestiging', 'penvoerder'),
      scope: fc.constantFrom('breed', 'medium', 'smal'),
      pgb: fc.array(fc.constantFrom('pot', 'individueel'), { minLength: POT_KADERS.length, maxLength: POT_KADERS.length }),
      buitenScope: fc.constantFrom('individueel', 'onderwijs'),
      u: fc.record({ gemeenteroute: fc.integer({ min: 0, max: 10 }), onderwijsroute: fc.integer({ min: 0, max: 10 }), integraal: fc.constantFrom(0, 2.5) }),
    })
    .map((x) => {
      const som = x.gewichten.reduce((a, b) => a + b, 0);
      const gew = som > 0 ? x.gewichten : x.gewichten.map((_, i) => (i === 0 ? 1 : 0));
      const s = gew.reduce((a, b) => a + b, 0);
      const percentages = Object.fromEntries(inRegio.map((code, i) => [code, (100 * gew[i]) / s]));
      const v: VariantInvoer = {
        potKaders: x.potKaders,
        onderwijsbijdragePct: x.onderwijsbijdragePct,
        deelname: Object.fromEntries(x.uit.map((p) => [p, false])),
        nietDeelnemers: x.nietDeelnemers,
        buitenRegio: x.buitenRegio,
        verdeelsleutel: { type: x.type as 'zorggebruik', alpha: x.alpha, percentages: x.type === 'vast' ? percentages : {} },
        onderwijsroute: { budgethouder: x.budgethouder as 'penvoerder', ...(x.penvoerder ? { penvoerder: x.penvoerder } : {}) },
        uitvoeringskostenPct: x.u,
        scope: x.scope as 'breed',
        pgb: Object.fromEntries(POT_KADERS.map((k, i) => [k, x.pgb[i]])) as VariantInvoer['pgb'],
        buitenScope: x.buitenScope as 'individueel',
      };
      if (x.centrum) v.centrumgemeente = x.centrum;
      return v;
    });
}

export const regioEnVariantArb = regioArb.chain((r) => variantArb(r.regio).map((variant) => ({ ...r, variant })));
