/**
 * Hand-computed cases (rekenmodel §3–§4) in a regio of 3 gemeenten and 2 schools with round
 * numbers; the cells and their sums are in tests/unit/routes/hulp.ts (kleineCellen):
 *   own Jeugdwet + Wmo: GA 24.000, GB 16.000, GC 6.000 → P_gem = 46.000
 *   Wlz 19.000, Zvw 12.000 (V1 60% = 7.200, V2 40% = 4.800), Wpg 2.000
 *   default pot 77.000 = S1 44.000 + S2 33.000
 *   leerlingen: GA 10, GB 5 + 8 = 13, GC 2 (25); inwoners 0–17: GA 6.000, GB 2.000, GC 2.000
 */
import { describe, expect, it } from 'vitest';
import { evalueerRoutes, VARIANT_PRESETS, type VariantInvoer } from '../../../shared/engine';
import { bijdrage, kleineCellen, kleineRegio, kort } from './hulp';

const regio = kleineRegio();
const cellen = kleineCellen();
const evalueer = (v: VariantInvoer, r = regio) => evalueerRoutes(cellen, r, v);
const gemeenten = (ev: ReturnType<typeof evalueer>, route: 'gemeenteroute' | 'huidig' = 'gemeenteroute') => ['GA', 'GB', 'GC'].map((g) => bijdrage(ev, route, `gemeente:${g}`));

describe('pot and contributions with the default variant', () => {
  const ev = evalueer({});

  it('puts Jeugdwet, Wlz, Zvw and Wmo in the pot, per kader and per school', () => {
    expect(ev.pot.totaal).toBe(77000);
    // Jeugdwet 20.000 + 10.000 + 5.000 + 6.000; Wmo 4.000 + 1.000.
    expect(ev.pot.perKader).toEqual({ onderwijs: 0, jeugdwet: 41000, zvw: 12000, wlz: 19000, wpg: 0, wmo: 5000 });
    expect(ev.pot.perSchool.map((s) => [s.school, s.totaal])).toEqual([
      ['S1', 44000],
      ['S2', 33000],
    ]);
    // S1 costs 75.000 + 30.000 + 7.000 + 3.000 + 1.500 + 4.000 = 120.500; pot share 44.000 / 120.500.
    expect(ev.pot.perSchool[0].kosten).toBe(120500);
    expect(ev.pot.perSchool[0].aandeelPot).toBeCloseTo(44000 / 120500, 12);
  });

  it('lets every financier pay its own covered cost (zorggebruik) and keeps the Wpg outside', () => {
    expect(gemeenten(ev)).toEqual([24000, 16000, 6000]);
    expect(bijdrage(ev, 'gemeenteroute', 'zorgkantoor')).toBe(19000);
    expect(bijdrage(ev, 'gemeenteroute', 'zorgverzekeraar:V1')).toBeCloseTo(7200, 9);
    expect(bijdrage(ev, 'gemeenteroute', 'zorgverzekeraar:V2')).toBeCloseTo(4800, 9);
    expect(bijdrage(ev, 'gemeenteroute', 'ggd')).toBe(0);
    expect(ev.nietInPot).toEqual({ totaal: 2000, perKader: { onderwijs: 0, jeugdwet: 0, zvw: 0, wlz: 0, wpg: 2000, wmo: 0 }, perFinancier: { ggd: 2000 } });
    const ga = ev.routes.gemeenteroute.bijdragen.find((b) => b.financier === 'gemeente:GA')!;
    expect(ga).toEqual({ financier: 'gemeente:GA', bedrag: 24000, potdeel: 24000, uitvoeringskosten: 0, huidig: 24000, verschil: 0, individueel: 0 });
  });

  it('huidig: one flow per financier, school and kader (14), 6 loketten per school', () => {
    const h = ev.routes.huidig;
    expect(kort(h.stromen)).toEqual([
      ['gemeente:GA', 'school:S1', 20000, 'jeugdwet'],
      ['gemeente:GA', 'school:S1', 4000, 'wmo'],
      ['gemeente:GB', 'school:S1', 10000, 'jeugdwet'],
      ['ggd', 'school:S1', 1500, 'wpg'],
      ['zorgkantoor', 'school:S1', 3000, 'wlz'],
      ['zorgverzekeraar:V1', 'school:S1', 4200, 'zvw'],
      ['zorgverzekeraar:V2', 'school:S1', 2800, 'zvw'],
      ['gemeente:GB', 'school:S2', 5000, 'jeugdwet'],
      ['gemeente:GB', 'school:S2', 1000, 'wmo'],
      ['gemeente:GC', 'school:S2', 6000, 'jeugdwet'],
      ['ggd', 'school:S2', 500, 'wpg'],
      ['zorgkantoor', 'school:S2', 16000, 'wlz'],
      ['zorgverzekeraar:V1', 'school:S2', 3000, 'zvw'],
      ['zorgverzekeraar:V2', 'school:S2', 2000, 'zvw'],
    ]);
    expect(h.aantalStromen).toBe(14);
    expect(h.lokettenPerSchool).toEqual({ S1: 6, S2: 6 });
    expect(h.budgethouders).toEqual([]);
    // Today there is no pot: nobody pays into it, everyone pays its own cost (Z = 79.000) individually.
    expect(h.bijdragen.every((b) => b.bedrag === 0 && b.verschil === 0)).toBe(true);
    expect(h.bijdragen.reduce((s, b) => s + b.individueel, 0)).toBeCloseTo(79000, 9);
    expect(h.pot.totaal).toBe(0);
    expect(h.nietInPot.totaal).toBe(79000);
    expect(h.ontvangersPerFinancier['gemeente:GB']).toBe(2);
  });

  it('gemeenteroute: 5 contributions to Aastad, 2 budgets, 2 individual Wpg flows; Aastad pays its own share internally', () => {
    const r = ev.routes.gemeenteroute;
    expect(kort(r.stromen)).toEqual([
      ['gemeente:GB', 'gemeente:GA', 16000],
      ['gemeente:GC', 'gemeente:GA', 6000],
      ['zorgkantoor', 'gemeente:GA', 19000, 'wlz'],
      ['zorgverzekeraar:V1', 'gemeente:GA', 7200, 'zvw'],
      ['zorgverzekeraar:V2', 'gemeente:GA', 4800, 'zvw'],
      ['gemeente:GA', 'school:S1', 44000],
      ['gemeente:GA', 'school:S2', 33000],
      ['ggd', 'school:S1', 1500, 'wpg'],
      ['ggd', 'school:S2', 500, 'wpg'],
    ]);
    // in 16.000 + 6.000 + 19.000 + 12.000 = 53.000, own 24.000 → out 77.000.
    expect(r.budgethouders).toEqual([{ partij: 'gemeente:GA', scholen: 2, instroom: 53000, eigenBijdrage: 24000, uitstroom: 77000, uitvoeringskosten: 0 }]);
    expect(r.lokettenPerSchool).toEqual({ S1: 2, S2: 2 });
    expect(r.loketten).toEqual({ gemiddeld: 2, max: 2 });
    expect(r.ontvangersPerFinancier).toMatchObject({ 'gemeente:GA': 2, 'gemeente:GB': 1, ggd: 2 });
    expect(r.schoolbudgetten.map((s) => [s.school, s.bedrag, s.budgethouder])).toEqual([
      ['S1', 44000, 'gemeente:GA'],
      ['S2', 33000, 'gemeente:GA'],
    ]);
  });

  it('onderwijsroute per SWV of the school (swv_vestiging): every contribution split 44.000 : 33.000 = 4/7 : 3/7', () => {
    const r = evalueer({ onderwijsroute: { budgethouder: 'swv_vestiging' } }).routes.onderwijsroute;
    // 6 financiers × 2 SWVs + 2 budgets + 2 Wpg flows.
    expect(r.aantalStromen).toBe(16);
    const flow = (van: string, naar: string) => r.stromen.find((s) => s.van === van && s.naar === naar)!.bedrag;
    expect(flow('gemeente:GA', 'swv:P1')).toBeCloseTo((24000 * 4) / 7, 9); // 13.714,29
    expect(flow('gemeente:GA', 'swv:P2')).toBeCloseTo((24000 * 3) / 7, 9); // 10.285,71
    expect(flow('zorgkantoor', 'swv:P2')).toBeCloseTo((19000 * 3) / 7, 9); // 8.142,86
    expect(r.budgethouders.map((h) => [h.partij, h.scholen, Math.round(h.instroom * 100) / 100, h.uitstroom])).toEqual([
      ['swv:P1', 1, 44000, 44000],
      ['swv:P2', 1, 33000, 33000],
    ]);
    expect(r.lokettenPerSchool).toEqual({ S1: 2, S2: 2 });
  });

  it('onderwijsroute with a penvoerder and the integrale route: one budgethouder, 10 flows', () => {
    const pv = evalueer({ onderwijsroute: { budgethouder: 'penvoerder', penvoerder: 'P2' } }).routes.onderwijsroute;
    expect(pv.budgethouders).toEqual([{ partij: 'swv:P2', scholen: 2, instroom: 77000, eigenBijdrage: 0, uitstroom: 77000, uitvoeringskosten: 0 }]);
    expect(pv.aantalStromen).toBe(10);
    const int = ev.routes.integraal;
    expect(int.aantalStromen).toBe(10);
    expect(int.stromen.filter((s) => s.soort === 'budget').map((s) => s.van)).toEqual(['entiteit:integraal', 'entiteit:integraal']);
    expect(ev.partij['entiteit:integraal'].naam).toBe('Regionale onderwijszorgautoriteit');
  });
});

// The verdeelsleutels and the amounts of non-participants are golden cases now: tests/unit/engine/golden/routes-handberekend.json.

describe('non-participants (GC stays out; its pupils: Jeugdwet 6.000 at S2, which lies in GB)', () => {
  const uit = { deelname: { 'gemeente:GC': false } } as const;

  it('individueel: GC keeps paying S2 itself; pot 71.000; 8.000 not in the pot', () => {
    const ev = evalueer({ ...uit, nietDeelnemers: 'individueel' });
    expect(gemeenten(ev)).toEqual([24000, 16000, 0]);
    expect(ev.pot.totaal).toBe(71000);
    expect(ev.pot.perSchool[1].totaal).toBe(27000);
    expect(ev.nietInPot.totaal).toBe(8000);
    expect(ev.nietInPot.perFinancier).toEqual({ 'gemeente:GC': 6000, ggd: 2000 });
    const gc = ev.routes.gemeenteroute.bijdragen.find((b) => b.financier === 'gemeente:GC')!;
    expect(gc).toMatchObject({ bedrag: 0, huidig: 6000, verschil: 0, individueel: 6000 });
    const r = ev.routes.gemeenteroute;
    expect(kort(r.stromen.filter((s) => s.soort === 'individueel'))).toEqual([
      ['ggd', 'school:S1', 1500, 'wpg'],
      ['gemeente:GC', 'school:S2', 6000, 'jeugdwet'],
      ['ggd', 'school:S2', 500, 'wpg'],
    ]);
    // S2 receives from Aastad (budgethouder), Ceveen and the GGD.
    expect(r.lokettenPerSchool).toEqual({ S1: 2, S2: 3 });
  });

  it('vestigingsgemeente that itself stays out: GB out → GA pays GB’s 10.000 at S1; GB’s 6.000 at S2 stays individual', () => {
    const ev = evalueer({ deelname: { 'gemeente:GB': false }, nietDeelnemers: 'vestigingsgemeente' });
    // GA: own 24.000 + GB's Jeugdwet at S1 10.000; GC own 6.000.
    expect(gemeenten(ev)).toEqual([34000, 0, 6000]);
    expect(ev.pot.totaal).toBe(71000);
    expect(ev.nietInPot.perFinancier).toEqual({ 'gemeente:GB': 6000, ggd: 2000 });
    expect(ev.waarschuwingen.join(' ')).toContain('Het Anker');
  });

  it('a zorgverzekeraar that stays out keeps paying individually under every treatment', () => {
    for (const nietDeelnemers of ['individueel', 'vestigingsgemeente', 'herverdelen'] as const) {
      const ev = evalueer({ deelname: { 'zorgverzekeraar:V2': false }, nietDeelnemers });
      expect(ev.pot.totaal).toBeCloseTo(77000 - 4800, 9);
      expect(ev.nietInPot.perFinancier['zorgverzekeraar:V2']).toBeCloseTo(4800, 9);
      expect(gemeenten(ev)).toEqual([24000, 16000, 6000]);
    }
  });
});

describe('pupils from outside the regio (GC lies outside)', () => {
  const buiten = kleineRegio({ gcInRegio: false });

  it('individueel: GC’s 6.000 stays outside; jeugdigen over GA and GB (6.000 : 2.000) of 40.000 → 30.000 / 10.000', () => {
    const ev = evalueer({ buitenRegio: 'individueel', verdeelsleutel: { type: 'jeugdigen' } }, buiten);
    expect(gemeenten(ev)).toEqual([30000, 10000, 0]);
    expect(ev.nietInPot.perFinancier['gemeente:GC']).toBe(6000);
    expect(ev.pot.totaal).toBe(71000);
  });

  it('verrekening: GC pays its own 6.000 but is not part of the key', () => {
    const ev = evalueer({ buitenRegio: 'verrekening', verdeelsleutel: { type: 'jeugdigen' } }, buiten);
    expect(gemeenten(ev)).toEqual([30000, 10000, 6000]);
    expect(ev.pot.totaal).toBe(77000);
    expect(ev.financiers.find((f) => f.partij === 'gemeente:GC')!.verrekening).toBe(6000);
  });

  it('verrekening, but GC stays out: individual after all', () => {
    const ev = evalueer({ buitenRegio: 'verrekening', deelname: { 'gemeente:GC': false } }, buiten);
    expect(gemeenten(ev)).toEqual([24000, 16000, 0]);
    expect(ev.pot.totaal).toBe(71000);
  });
});

describe('onderwijs share, uitvoeringskosten and presets', () => {
  it('10% onderwijs: S1 75.000 → 7.500 paid by P1, S2 50.000 → 5.000 by P2; pot 89.500', () => {
    const ev = evalueer({ onderwijsbijdragePct: 10, onderwijsroute: { budgethouder: 'swv_vestiging' } });
    expect(ev.pot.totaal).toBe(89500);
    expect(ev.pot.perKader.onderwijs).toBe(12500);
    expect(bijdrage(ev, 'gemeenteroute', 'swv:P1')).toBe(7500);
    expect(bijdrage(ev, 'gemeenteroute', 'swv:P2')).toBe(5000);
    // Huidig: the SWV is listed with what it brings in as today's amount, but onderwijs has no flow today.
    expect(ev.routes.huidig.bijdragen.find((b) => b.financier === 'swv:P1')!.huidig).toBe(7500);
    expect(ev.routes.huidig.stromen.some((s) => s.van.startsWith('swv:'))).toBe(false);
    // Onderwijsroute per SWV: the care part (44.000 : 33.000) is split, each SWV keeps its own
    // onderwijs share: P1 in 44.000 + own 7.500 = out 51.500; no SWV pays another.
    const r = ev.routes.onderwijsroute;
    expect(r.stromen.some((s) => s.van.startsWith('swv:') && s.naar.startsWith('swv:'))).toBe(false);
    const p1 = r.budgethouders.find((h) => h.partij === 'swv:P1')!;
    expect(p1.instroom).toBeCloseTo(44000, 9);
    expect(p1.eigenBijdrage).toBe(7500);
    expect(p1.uitstroom).toBe(51500);
    // Gemeenteroute: the SWVs pay the centrumgemeente.
    expect(kort(ev.routes.gemeenteroute.stromen.filter((s) => s.van.startsWith('swv:')))).toEqual([
      ['swv:P1', 'gemeente:GA', 7500, 'onderwijs'],
      ['swv:P2', 'gemeente:GA', 5000, 'onderwijs'],
    ]);
  });

  it('2% uitvoeringskosten in the gemeenteroute: everyone pays 2% more, Aastad keeps 1.540', () => {
    const ev = evalueer({ uitvoeringskostenPct: { gemeenteroute: 2 } });
    const r = ev.routes.gemeenteroute;
    expect(bijdrage(ev, 'gemeenteroute', 'gemeente:GB')).toBeCloseTo(16320, 9); // 16.000 × 1,02
    expect(r.uitvoeringskosten).toBeCloseTo(1540, 9); // 2% of 77.000
    const h = r.budgethouders[0];
    // in (53.000 × 1,02 = 54.060) + own (24.480) = out 77.000 + kept 1.540.
    expect(h.instroom).toBeCloseTo(54060, 9);
    expect(h.eigenBijdrage).toBeCloseTo(24480, 9);
    expect(h.instroom + h.eigenBijdrage).toBeCloseTo(h.uitstroom + h.uitvoeringskosten, 9);
    expect(r.bijdragen.reduce((s, b) => s + b.bedrag, 0)).toBeCloseTo(77000 * 1.02, 9);
    // Other routes are not affected.
    expect(bijdrage(ev, 'integraal', 'gemeente:GB')).toBe(16000);
  });

  it('preset "Huidige wetgeving": Zvw stays individual (12.000 not in the pot), pot 65.000', () => {
    const preset = VARIANT_PRESETS.find((p) => p.id === 'huidige-wetgeving')!;
    const ev = evalueer(preset.instellingen);
    expect(ev.pot.totaal).toBe(65000);
    expect(ev.nietInPot.perKader.zvw).toBe(12000);
    expect(ev.routes.gemeenteroute.lokettenPerSchool).toEqual({ S1: 4, S2: 4 }); // Aastad, GGD, V1, V2
  });

  it('preset "Nieuwe wet": Wpg in the pot too, nothing outside, pot 79.000, one loket per school', () => {
    const preset = VARIANT_PRESETS.find((p) => p.id === 'nieuwe-wet')!;
    const ev = evalueer(preset.instellingen);
    expect(ev.pot.totaal).toBe(79000);
    expect(ev.nietInPot.totaal).toBe(0);
    expect(bijdrage(ev, 'integraal', 'ggd')).toBe(2000);
    expect(ev.routes.integraal.lokettenPerSchool).toEqual({ S1: 1, S2: 1 });
  });

  it('another centrumgemeente holds the pot in the gemeenteroute', () => {
    const r = evalueer({ centrumgemeente: 'GB' }).routes.gemeenteroute;
    expect(r.budgethouders[0]).toMatchObject({ partij: 'gemeente:GB', eigenBijdrage: 16000, instroom: 61000, uitstroom: 77000 });
  });

  it('formatie: fte × pot share of the school’s costs', () => {
    const ev = evalueerRoutes({ ...cellen, perSchool: [{ school: 'S1', fte: { verpleegkundige: 2, leerkracht: 8 }, fteTotaal: 10 }] }, regio, {});
    const f = ev.formatie[0];
    expect(f.fteUitPot).toBeCloseTo((10 * 44000) / 120500, 12);
    expect(f.perProfessional.verpleegkundige.uitPot).toBeCloseTo((2 * 44000) / 120500, 12);
    expect(ev.formatie[1]).toMatchObject({ school: 'S2', fteTotaal: 0, fteUitPot: 0 });
  });

  it('rejects an invalid variant with a Dutch message and a cell of an unknown school', () => {
    expect(() => evalueer({ centrumgemeente: 'GX' })).toThrow(/\$\.centrumgemeente: onbekende gemeentecode GX/);
    expect(() => evalueerRoutes({ cellen: [...cellen.cellen, { ...cellen.cellen[0], school: 'S9' }] }, regio, {})).toThrow(/school S9/);
  });
});
