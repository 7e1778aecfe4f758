/**
 * Hand-computed cases of rekenmodel-v2 §9–§10 on the tiny regio of `hulp.ts` (see the table of its
 * cells there): a school row beside a financier's total row, an index conversion between years, the
 * normkosten key and the herverdeeleffect, and a capped ingroeipad of three gemeenten over four years.
 */
import { describe, expect, it } from 'vitest';
import { evalueerRoutes, legUit, type RoutesRegio, type VariantInvoer } from '../../../shared/engine';
import { bijdrage, kleineCellen, kleineRegio } from './hulp';

const euro = (x: number) => Math.round(x * 100) / 100;
const metRealisatie = (extra: Partial<RoutesRegio>): RoutesRegio => ({ ...kleineRegio(), ...extra });

describe('calibration: a school row and a total row (rekenmodel-v2 §9)', () => {
  // Bedorp (GB) pays Jeugdwet for its pupils at S1 (norm 10.000) and S2 (norm 5.000): N = 15.000.
  // It reports 12.000 at S1 and 20.000 in total (S1 included), both 2022:
  //   c(S1) = 12.000 / 10.000 = 1,2;   c(O = {S2}) = (20.000 − 12.000) / 5.000 = 1,6.
  // Under rekenbasis realisatie its Jeugdwet today is 12.000 + 8.000 = 20.000 (its total row); with
  // Wmo 1.000 (at S2, not calibrated) it pays 21.000 today. The pot grows by 2.000 (S1) + 3.000 (S2):
  // 77.000 → 82.000; Z = 79.000 + 5.000 = 84.000.
  const regio = metRealisatie({
    realisatie: [
      { financier: 'gemeente:GB', kader: 'jeugdwet', jaar: 2022, bedrag: 12000, school: 'S1' },
      { financier: 'gemeente:GB', kader: 'jeugdwet', jaar: 2022, bedrag: 20000 },
    ],
  });

  it('gives factor 1,2 for the school and 1,6 for the other school, and today = the total row', () => {
    const ev = evalueerRoutes(kleineCellen(), regio, { rekenbasis: 'realisatie' });
    const k = ev.kalibratie.financiers;
    expect(k).toHaveLength(1);
    expect(k[0]).toMatchObject({ financier: 'gemeente:GB', kader: 'jeugdwet', norm: 15000, realisatie: 20000, opNorm: 0, scholenOpNorm: [] });
    expect(k[0].scholen[0]).toMatchObject({ school: 'S1', norm: 10000, realisatie: 12000, gebruikt: true });
    expect(k[0].scholen[0].factor).toBeCloseTo(1.2, 12);
    expect(k[0].totaal).toMatchObject({ norm: 5000, realisatie: 20000, gebruikt: true });
    expect(k[0].totaal!.factor).toBeCloseTo(1.6, 12);
    expect(k[0].gekalibreerd).toBeCloseTo(20000, 6);
    expect(k[0].factor).toBeCloseTo(4 / 3, 12);

    const gb = ev.financiers.find((f) => f.partij === 'gemeente:GB')!;
    expect(gb.huidigPerKader.jeugdwet).toBeCloseTo(20000, 6);
    expect(gb.huidig).toBeCloseTo(21000, 6);
    expect(ev.routes.gemeenteroute.bijdragen.find((b) => b.financier === 'gemeente:GB')!.huidig).toBeCloseTo(21000, 6);
    expect(ev.pot.perSchool.map((s) => euro(s.totaal))).toEqual([46000, 36000]);
    expect(euro(ev.pot.totaal)).toBe(82000);
    expect(euro(ev.zorgTotaal)).toBe(84000);
    expect(ev.waarschuwingen).toEqual(evalueerRoutes(kleineCellen(), kleineRegio(), {}).waarschuwingen);
  });

  it('leaves every cell at the norm under rekenbasis norm, but still reports the calibration', () => {
    const ev = evalueerRoutes(kleineCellen(), regio, {});
    expect(euro(ev.pot.totaal)).toBe(77000);
    expect(ev.financiers.find((f) => f.partij === 'gemeente:GB')!.huidigPerKader.jeugdwet).toBe(15000);
    expect(ev.kalibratie.financiers[0].gekalibreerd).toBeCloseTo(20000, 6);
  });

  it('without a total row only the school with a row is calibrated; the other stays at the norm and is marked', () => {
    const ev = evalueerRoutes(kleineCellen(), metRealisatie({ realisatie: [{ financier: 'gemeente:GB', kader: 'jeugdwet', jaar: 2022, bedrag: 12000, school: 'S1' }] }), { rekenbasis: 'realisatie' });
    const k = ev.kalibratie.financiers[0];
    expect(k.totaal).toBeNull();
    expect(k.opNorm).toBe(5000);
    expect(k.scholenOpNorm).toEqual(['S2']);
    expect(k.realisatie).toBe(12000);
    expect(ev.financiers.find((f) => f.partij === 'gemeente:GB')!.huidigPerKader.jeugdwet).toBeCloseTo(17000, 6);
  });

  it('warns about a row with norm 0 or a negative rest, names it, and does not use it', () => {
    const ev = evalueerRoutes(
      kleineCellen(),
      metRealisatie({
        realisatie: [
          // Ceveen (GC) has no pupils at S1: norm 0.
          { financier: 'gemeente:GC', kader: 'jeugdwet', jaar: 2022, bedrag: 500, school: 'S1' },
          // The zorgkantoor's school row exceeds its total: the rest for the other school is negative.
          { financier: 'zorgkantoor', kader: 'wlz', jaar: 2022, bedrag: 5000, school: 'S1' },
          { financier: 'zorgkantoor', kader: 'wlz', jaar: 2022, bedrag: 4000 },
        ],
      }),
      { rekenbasis: 'realisatie' },
    );
    const w = ev.waarschuwingen.filter((x) => x.startsWith('Realisatie'));
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/^Realisatie regel 1 \(Ceveen, Jeugdwet, school S1, 2022\): de norm op deze school is € 0.*telt niet mee\.$/);
    expect(w[1]).toMatch(/^Realisatie regel 3 \(Zorgkantoor Driehoek, Wlz, totaal, 2022\): de realisatie van de overige scholen.*negatief.*telt niet mee\.$/);
    const gc = ev.kalibratie.financiers.find((f) => f.financier === 'gemeente:GC')!;
    expect(gc.scholen[0]).toMatchObject({ gebruikt: false, factor: null });
    // The zorgkantoor keeps its S1 row (3.000 → 5.000) and stays at the norm at S2 (16.000).
    expect(ev.financiers.find((f) => f.partij === 'zorgkantoor')!.huidig).toBeCloseTo(21000, 6);
    expect(ev.financiers.find((f) => f.partij === 'gemeente:GC')!.huidig).toBe(6000);
  });
});

describe('prijspeil: an index conversion between years (rekenmodel-v2 §9)', () => {
  // Prijspeil 2026 with index 2024 = 1,10 and 2026 = 1,21: every norm × 1,21. The zorgkantoor spent
  // 20.000 in 2024: at prijspeil 2026 that is 20.000 × 1,21 / 1,10 = 22.000, against a norm of
  // 19.000 × 1,21 = 22.990 (factor 0,9569…). The pot: (77.000 − 19.000) × 1,21 + 22.000 = 92.180.
  const regio = metRealisatie({ prijspeil: { jaar: 2026, index: { '2024': 1.1, '2026': 1.21 } }, realisatie: [{ financier: 'zorgkantoor', kader: 'wlz', jaar: 2024, bedrag: 20000 }] });

  it('converts the norm and the realisatie to the prijspeil', () => {
    const ev = evalueerRoutes(kleineCellen(), regio, { rekenbasis: 'realisatie' });
    expect(ev.prijspeil).toEqual({ jaar: 2026, factor: 1.21, label: 'prijspeil 2026', index: { '2024': 1.1, '2026': 1.21 } });
    const zk = ev.kalibratie.financiers[0];
    expect(zk.norm).toBeCloseTo(22990, 6);
    expect(zk.realisatie).toBeCloseTo(22000, 6);
    expect(zk.factor).toBeCloseTo(22000 / 22990, 12);
    expect(ev.financiers.find((f) => f.partij === 'zorgkantoor')!.huidig).toBeCloseTo(22000, 6);
    expect(euro(ev.pot.totaal)).toBe(92180);
    expect(euro(bijdrage(ev, 'gemeenteroute', 'gemeente:GA'))).toBe(euro(24000 * 1.21));
  });

  it('is "prijspeil 2022" with factor 1 without a prijspeil', () => {
    expect(evalueerRoutes(kleineCellen(), kleineRegio(), {}).prijspeil).toEqual({ jaar: 2022, factor: 1, label: 'prijspeil 2022', index: {} });
  });

  it('names a year without an index factor', () => {
    expect(() => evalueerRoutes(kleineCellen(), metRealisatie({ prijspeil: { jaar: 2026, index: { '2026': 1.2 } }, realisatie: [{ financier: 'ggd', kader: 'wpg', jaar: 2023, bedrag: 1 }] }), {})).toThrow(/prijsindex van 2023 ontbreekt/);
    expect(() => evalueerRoutes(kleineCellen(), metRealisatie({ prijspeil: { jaar: 2025, index: {} } }), {})).toThrow(/prijsindex van 2025 ontbreekt/);
  });
});

describe('normkosten and the herverdeeleffect (rekenmodel-v2 §9)', () => {
  const regio = metRealisatie({ realisatie: [{ financier: 'gemeente:GB', kader: 'jeugdwet', jaar: 2022, bedrag: 20000 }] });

  it('under rekenbasis norm normkosten gives the contributions of zorggebruik', () => {
    const a = evalueerRoutes(kleineCellen(), regio, { verdeelsleutel: { type: 'normkosten' } });
    const b = evalueerRoutes(kleineCellen(), regio, { verdeelsleutel: { type: 'zorggebruik' } });
    for (const g of ['GA', 'GB', 'GC']) expect(bijdrage(a, 'integraal', `gemeente:${g}`)).toBeCloseTo(bijdrage(b, 'integraal', `gemeente:${g}`), 6);
  });

  it('under rekenbasis realisatie moves each gemeente towards the norm, with the herverdeeleffect per inwoner', () => {
    // GB's Jeugdwet 15.000 → 20.000: P_gem = 24.000 + 21.000 + 6.000 = 51.000, shared by the norm
    // 24 : 16 : 6 (of 46.000). GA pays 26.608,70 (+2.608,70 = +0,43 per inwoner of 6.000),
    // GB 17.739,13 (−3.260,87 = −1,63 per inwoner of 2.000), GC 6.652,17 (+652,17 = +0,33).
    const ev = evalueerRoutes(kleineCellen(), regio, { rekenbasis: 'realisatie', verdeelsleutel: { type: 'normkosten' }, uitvoeringskostenPct: { gemeenteroute: 2 } });
    const h = Object.fromEntries(ev.herverdeeleffect.integraal.map((x) => [x.partij, x]));
    expect(euro(h['gemeente:GA'].bedrag)).toBe(2608.7);
    expect(euro(h['gemeente:GB'].bedrag)).toBe(-3260.87);
    expect(euro(h['gemeente:GC'].bedrag)).toBe(652.17);
    expect(h['gemeente:GA'].perInwoner).toBeCloseTo(2608.6957 / 6000, 6);
    expect(legUit(ev, 'integraal/bijdrage/gemeente:GA')?.tekst).toMatch(/normkosten van de eigen leerlingen € 24\.000 van € 46\.000/);
    expect(ev.financiers.find((f) => f.partij === 'gemeente:GB')!.huidigGedekt).toBeCloseTo(21000, 6);
    // In the gemeenteroute the 2% uitvoeringskosten are part of the contribution.
    const gr = Object.fromEntries(ev.herverdeeleffect.gemeenteroute.map((x) => [x.partij, x]));
    expect(gr['gemeente:GA'].bedrag).toBeCloseTo((51000 * 24) / 46 * 1.02 - 24000, 6);
  });

  it('has no amount per inwoner for a gemeente without inwoners 0–17', () => {
    const r = kleineRegio();
    const zonder = { ...r, gemeenten: r.gemeenten.map((g) => (g.code === 'GC' ? { ...g, inwoners0tot17: 0 } : g)) };
    const ev = evalueerRoutes(kleineCellen(), zonder, { verdeelsleutel: { type: 'leerlingen' } });
    expect(ev.herverdeeleffect.integraal.find((x) => x.partij === 'gemeente:GC')!.perInwoner).toBeNull();
  });
});

describe('ingroeipad (rekenmodel-v2 §10)', () => {
  // Key jeugdigen (6.000 : 2.000 : 2.000 inwoners 0–17) over P_gem = 46.000.
  //   h (zorggebruik): GA 24.000  GB 16.000  GC 6.000
  //   T (jeugdigen):   GA 27.600  GB  9.200  GC 9.200   → GA and GC nadeel, GB voordeel.
  // n = 2, m = € 0,40 per inwoner per year: GA may rise 2.400 a year, GC 800.
  //   t=1: d = GA 25.800, GB 12.600, GC 7.600. GA min(25.800, 26.400) = 25.800; GC min(7.600, 6.800)
  //        = 6.800; S = 800 goes to GB (the only voordeel gemeente): 13.400.  Σ = 46.000.
  //   t=2: d = T. GA min(27.600, 28.200) = 27.600; GC min(9.200, 7.600) = 7.600; S = 1.600; GB 10.800.
  //   t=3: GC 8.400, S = 800, GB 10.000.   t=4: GC 9.200 = T, S = 0, GB 9.200: the path ends.
  const sleutel: VariantInvoer = { verdeelsleutel: { type: 'jeugdigen' } };

  it('caps the yearly loss and reaches the target in year 4', () => {
    const ev = evalueerRoutes(kleineCellen(), kleineRegio(), { ...sleutel, ingroei: { jaren: 2, maxNadeelPerInwoner: 0.4 } });
    expect(ev.ingroeipad.gemeenten.map((g) => g.partij)).toEqual(['gemeente:GA', 'gemeente:GB', 'gemeente:GC']);
    const pad = ev.ingroeipad.pad.map((j) => [j.jaar, ...j.bedragen.map(euro)]);
    expect(pad).toEqual([
      [1, 25800, 13400, 6800],
      [2, 27600, 10800, 7600],
      [3, 27600, 10000, 8400],
      [4, 27600, 9200, 9200],
    ]);
    expect(ev.ingroeipad.voltooid).toBe(true);
    expect(ev.ingroeipad.melding).toBeNull();
    expect(ev.ingroeipad.gemeenten.map((g) => [g.partij, g.start, euro(g.doel)])).toEqual([
      ['gemeente:GA', 24000, 27600],
      ['gemeente:GB', 16000, 9200],
      ['gemeente:GC', 6000, 9200],
    ]);
  });

  it('without a cap goes in n equal steps; without ingroei it is one year at the target', () => {
    const ev = evalueerRoutes(kleineCellen(), kleineRegio(), { ...sleutel, ingroei: { jaren: 4 } });
    expect(ev.ingroeipad.pad.map((j) => euro(j.bedragen[1]))).toEqual([14300, 12600, 10900, 9200]);
    const direct = evalueerRoutes(kleineCellen(), kleineRegio(), sleutel);
    expect(direct.ingroeipad.pad).toHaveLength(1);
    expect(euro(direct.ingroeipad.pad[0].bedragen[2])).toBe(9200);
  });

  it('says so when the target is not reached within 20 years', () => {
    const ev = evalueerRoutes(kleineCellen(), kleineRegio(), { ...sleutel, ingroei: { jaren: 1, maxNadeelPerInwoner: 0.01 } });
    expect(ev.ingroeipad.voltooid).toBe(false);
    expect(ev.ingroeipad.pad).toHaveLength(20);
    expect(ev.ingroeipad.melding).toMatch(/binnen 20 jaar/);
    expect(ev.waarschuwingen).toContain(ev.ingroeipad.melding);
  });
});
