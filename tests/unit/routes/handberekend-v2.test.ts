/**
 * Hand-computed cases of rekenmodel-v2 §6–§8 in the regio of tests/unit/routes/hulp.ts (kleineRegio,
 * kleineCellen): the betalend samenwerkingsverband, pgb through the parents, and the care outside
 * the scope. Z (all zorgkaders, all cells) = Jeugdwet 41.000 + Zvw 12.000 + Wlz 19.000 + Wpg 2.000 +
 * Wmo 5.000 = 79.000.
 */
import { describe, expect, it } from 'vitest';
import { evalueerRoutes, VARIANT_PRESETS, type KaderBedragen, type RoutesInvoer, type RoutesRegio, type VariantInvoer } from '../../../shared/engine';
import { kleineCellen, kleineRegio, kort } from './hulp';

const cellen = kleineCellen();

/** GA lies in the po-SWV P1, GB and GC in P2; both schools are so. */
function regioMetSwv(): RoutesRegio {
  const r = kleineRegio();
  return {
    ...r,
    gemeenten: r.gemeenten.map((g) => ({ ...g, swvPo: g.code === 'GA' ? 'P1' : 'P2' })),
    scholen: r.scholen.map((s) => ({ ...s, sector: 'so' })),
  };
}

describe('betalend samenwerkingsverband (rekenmodel-v2 §6)', () => {
  const ev = evalueerRoutes(cellen, regioMetSwv(), {});
  const r = ev.routes.onderwijsroute;

  it('each SWV holds the pot of its own pupils: P1 the cel S1 × GA (29.000), P2 the rest (48.000)', () => {
    expect(r.budgethouders.map((h) => [h.partij, h.scholen, Math.round(h.instroom), h.uitstroom])).toEqual([
      ['swv:P1', 1, 29000, 29000],
      ['swv:P2', 2, 48000, 48000],
    ]);
    expect(kort(r.stromen.filter((s) => s.soort === 'budget'))).toEqual([
      ['swv:P1', 'school:S1', 29000],
      ['swv:P2', 'school:S1', 15000],
      ['swv:P2', 'school:S2', 33000],
    ]);
    expect(r.schoolbudgetten[0]).toMatchObject({ school: 'S1', bedrag: 44000, budgethouder: 'swv:P1', perBudgethouder: { 'swv:P1': 29000, 'swv:P2': 15000 } });
  });

  it('every financier pays each cel’s SWV exactly (no pro rata)', () => {
    const flow = (van: string, naar: string) => r.stromen.find((s) => s.van === van && s.naar === naar)?.bedrag ?? 0;
    expect(flow('gemeente:GA', 'swv:P1')).toBe(24000);
    expect(flow('gemeente:GA', 'swv:P2')).toBe(0);
    expect(flow('gemeente:GB', 'swv:P2')).toBe(16000);
    expect(flow('zorgkantoor', 'swv:P2')).toBe(19000);
    expect(flow('zorgverzekeraar:V1', 'swv:P1')).toBeCloseTo(3000, 9); // 60% of 5.000
    expect(flow('zorgverzekeraar:V1', 'swv:P2')).toBeCloseTo(4200, 9); // 60% of 2.000 + 4.000 + 1.000
  });

  it('a school paid by two SWVs has two loketten for its pot, plus the GGD outside it', () => {
    expect(r.lokettenPerSchool).toEqual({ S1: 3, S2: 2 });
    expect(ev.waarschuwingen.some((w) => w.includes('samenwerkingsverband van hun woongemeente'))).toBe(false);
  });

  it('the pooled onderwijs share is paid by the betalend SWV: 10% of S1 × GB (25.000) by P2', () => {
    const met = evalueerRoutes(cellen, regioMetSwv(), { onderwijsbijdragePct: 10 });
    expect(met.financiers.find((f) => f.partij === 'swv:P1')!.potdeel).toBe(5000); // 10% of S1 × GA 50.000
    expect(met.financiers.find((f) => f.partij === 'swv:P2')!.potdeel).toBe(2500 + 4000 + 1000);
    // swv_vestiging: P2 pays its 2.500 for S1 to S1's SWV P1.
    const vest = evalueerRoutes(cellen, regioMetSwv(), { onderwijsbijdragePct: 10, onderwijsroute: { budgethouder: 'swv_vestiging' } }).routes.onderwijsroute;
    expect(kort(vest.stromen.filter((s) => s.van === 'swv:P2' && s.soort === 'bijdrage'))).toEqual([['swv:P2', 'swv:P1', 2500, 'onderwijs']]);
  });

  it('without SWV fields the school’s SWV pays, with one warning naming the pupils', () => {
    const ev1 = evalueerRoutes(cellen, kleineRegio(), {});
    expect(ev1.waarschuwingen.filter((w) => w.includes('samenwerkingsverband van hun woongemeente'))).toEqual([
      'Voor 25 leerlingen is het samenwerkingsverband van hun woongemeente niet bekend (Samenwerkingsverband PO/VO bij de gemeente, of de sector van de leerling): daar betaalt het samenwerkingsverband van hun school.',
    ]);
  });
});

describe('pgb through the parents (rekenmodel-v2 §7): Wlz 50% pgb, Jeugdwet 20% pgb', () => {
  const metPgb: RoutesInvoer = { ...cellen, pgbAandeel: { wlz: 0.5, jeugdwet: 0.2 } };
  const huidigeWet = VARIANT_PRESETS.find((p) => p.id === 'huidige-wetgeving')!.instellingen;
  const ev = evalueerRoutes(metPgb, kleineRegio(), huidigeWet);

  it('Huidige wetgeving keeps every pgb individual: pot = Jeugdwet 32.800 + Wlz 9.500 + Wmo 5.000', () => {
    expect(ev.pot.totaal).toBe(47300);
    expect(ev.pot.perKader).toMatchObject({ jeugdwet: 32800, wlz: 9500, wmo: 5000, zvw: 0 });
    // Niet in de pot: pgb 8.200 + 9.500, Zvw 12.000, Wpg 2.000; with the pot that is Z.
    expect(ev.nietInPot.totaal).toBe(31700);
    expect(ev.pot.totaal + ev.nietInPot.totaal).toBe(79000);
    expect(ev.zorgTotaal).toBe(79000);
  });

  it('the parents receive the pgb and pay the schools', () => {
    const r = ev.routes.gemeenteroute;
    const viaOuders = kort(r.stromen.filter((s) => s.van === 'ouders:pgb' || s.naar === 'ouders:pgb')).map((x) => x.join(' '));
    expect(viaOuders.sort()).toEqual(
      [
        'gemeente:GA ouders:pgb 4000 jeugdwet', // 20% of 20.000
        'gemeente:GB ouders:pgb 3000 jeugdwet', // 20% of 10.000 + 5.000
        'gemeente:GC ouders:pgb 1200 jeugdwet',
        'zorgkantoor ouders:pgb 9500 wlz', // 50% of 19.000
        'ouders:pgb school:S1 6000 jeugdwet',
        'ouders:pgb school:S1 1500 wlz',
        'ouders:pgb school:S2 2200 jeugdwet',
        'ouders:pgb school:S2 8000 wlz',
      ].sort(),
    );
    // S1: Aastad (budgethouder), the parents, the GGD and both verzekeraars.
    expect(r.lokettenPerSchool.S1).toBe(5);
    expect(ev.partij['ouders:pgb'].naam).toBe('Ouders (pgb)');
  });

  it('Aastad pays 16.000 + 4.000 into the pot and 4.000 through the parents: verschil 0', () => {
    const ga = ev.routes.gemeenteroute.bijdragen.find((b) => b.financier === 'gemeente:GA')!;
    expect(ga).toEqual({ financier: 'gemeente:GA', bedrag: 20000, potdeel: 20000, uitvoeringskosten: 0, huidig: 24000, verschil: 0, individueel: 4000 });
  });

  it('with pgb in the pot (the default) all covered pgb goes into the pot; today the parents still pay', () => {
    const pot = evalueerRoutes(metPgb, kleineRegio(), {});
    expect(pot.pot.totaal).toBe(77000);
    expect(pot.routes.gemeenteroute.stromen.some((s) => s.naar === 'ouders:pgb' && s.kader !== 'wpg')).toBe(false);
    expect(pot.routes.huidig.stromen.find((s) => s.van === 'zorgkantoor' && s.naar === 'ouders:pgb')!.bedrag).toBe(9500);
  });
});

describe('care outside the scope (rekenmodel-v2 §8)', () => {
  const buiten = (x: Partial<KaderBedragen>): KaderBedragen => ({ onderwijs: 0, jeugdwet: 0, zvw: 0, wlz: 0, wpg: 0, wmo: 0, ...x });
  // S1 × GA has 2.000 Jeugdwet and S2 × GB 1.000 Wlz of tasks outside the scope.
  const metBuiten: RoutesInvoer = {
    cellen: cellen.cellen.map((c, i) => (i === 0 ? { ...c, buitenScope: buiten({ jeugdwet: 2000 }) } : i === 2 ? { ...c, buitenScope: buiten({ wlz: 1000 }) } : c)),
  };
  const evalueer = (v: VariantInvoer) => evalueerRoutes(metBuiten, kleineRegio(), v);

  it('individueel: today’s financiers keep paying it; pot + niet in de pot + buiten de scope = Z = 82.000', () => {
    const ev = evalueer({});
    expect(ev.zorgTotaal).toBe(82000);
    expect(ev.buitenScope).toEqual({ totaal: 3000, perKader: buiten({ jeugdwet: 2000, wlz: 1000 }), perFinancier: { 'gemeente:GA': 2000, zorgkantoor: 1000 } });
    expect(ev.pot.totaal + ev.nietInPot.totaal + ev.buitenScope.totaal).toBe(82000);
    const ga = ev.routes.integraal.bijdragen.find((b) => b.financier === 'gemeente:GA')!;
    expect(ga).toMatchObject({ bedrag: 24000, huidig: 26000, individueel: 2000, verschil: 0 });
    expect(kort(ev.routes.integraal.stromen.filter((s) => s.van === 'gemeente:GA'))).toEqual([
      ['gemeente:GA', 'entiteit:integraal', 24000],
      ['gemeente:GA', 'school:S1', 2000, 'jeugdwet'],
    ]);
  });

  it('onderwijs: the schools pay it, one line "Scholen (onderwijs)"; the zorg financiers stop paying it', () => {
    const ev = evalueer({ buitenScope: 'onderwijs' });
    expect(ev.buitenScope.perFinancier).toEqual({ 'scholen:onderwijs': 3000 });
    const b = (id: string) => ev.routes.integraal.bijdragen.find((x) => x.financier === id)!;
    expect(b('gemeente:GA')).toMatchObject({ bedrag: 24000, huidig: 26000, individueel: 0, verschil: -2000 });
    expect(b('zorgkantoor')).toMatchObject({ bedrag: 19000, huidig: 20000, individueel: 0, verschil: -1000 });
    expect(b('scholen:onderwijs')).toMatchObject({ bedrag: 0, huidig: 0, individueel: 3000, verschil: 3000 });
    expect(ev.partij['scholen:onderwijs'].naam).toBe('Scholen (onderwijs)');
    expect(ev.routes.integraal.stromen.some((s) => s.van === 'scholen:onderwijs' || (s.van === 'gemeente:GA' && s.soort === 'individueel'))).toBe(false);
    // Today nothing moves: the huidig route shows Z as paid individually by today's financiers.
    expect(ev.routes.huidig.nietInPot.perFinancier['gemeente:GA']).toBe(26000);
    expect(ev.routes.huidig.bijdragen.find((x) => x.financier === 'scholen:onderwijs')).toMatchObject({ huidig: 0, individueel: 0, verschil: 0 });
  });

  it('onderwijsbijdragePct applies to the onderwijs cost in the scope only', () => {
    const ev = evalueer({ buitenScope: 'onderwijs', onderwijsbijdragePct: 10 });
    expect(ev.pot.perKader.onderwijs).toBe(12500);
  });
});
