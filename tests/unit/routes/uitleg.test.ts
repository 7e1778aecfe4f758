/** Explanations: every figure says how it was made, and its terms add up to it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AANNAMES_ROUTES, deriveNormenset, evalueerRoutes, evalueerVariant, figuren, legUit, uitlegTeksten, type Evaluatie } from '../../../shared/engine';
import { dicht, kleineCellen, kleineRegio, regioEnVariantArb } from './hulp';

const regio = kleineRegio();
const cellen = kleineCellen();
const ns = deriveNormenset();

function controleerAlle(ev: Evaluatie) {
  const ids = figuren(ev);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) {
    const u = legUit(ev, id);
    expect(u, id).toBeDefined();
    if (!u) continue;
    expect(u.figuur).toBe(id);
    expect(u.tekst.length, id).toBeGreaterThan(10);
    expect(u.regels[0]).toBe(u.tekst);
    expect(u.tekst, id).not.toMatch(/undefined|NaN|\[object/);
    if (u.somVanTermen && u.termen.length) {
      const som = u.termen.reduce((s, t) => s + t.waarde, 0);
      expect(dicht(som, u.waarde, 1e-8), `${id}: termen ${som} ≠ ${u.waarde}`).toBe(true);
    }
  }
}

describe('legUit', () => {
  it('explains a zorggebruik contribution with its own costs per kader', () => {
    const ev = evalueerRoutes(cellen, regio, {});
    expect(legUit(ev, 'gemeenteroute/bijdrage/gemeente:GA')!.tekst).toBe(
      'Bijdrage Aastad (Gemeenteroute) = kosten eigen leerlingen (Jeugdwet € 20.000 + Wmo € 4.000) volgens verdeelsleutel eigen leerlingen = € 24.000',
    );
    expect(legUit(ev, 'huidig/bijdrage/gemeente:GB')!.tekst).toBe(
      'Bedorp betaalt nu Jeugdwet € 15.000 + Wmo € 1.000 = € 16.000 zelf, per school en per kader, alle taken',
    );
    // Today there is no pot: the figure of the Huidige situatie is "Nu", never a contribution of € 0.
    expect(legUit(ev, 'huidig/bijdrage/gemeente:GB')!.titel).toBe('Nu: Bedorp');
    expect(legUit(ev, 'integraal/bijdrage/zorgverzekeraar:V1')!.tekst).toBe('Bijdrage V1 (Integrale route) = marktaandeel 60,0% × Zvw-kosten € 12.000 = € 7.200');
    expect(legUit(ev, 'pot/school/S2')!.tekst).toBe('Pot Het Anker = Jeugdwet € 11.000 + Zvw € 5.000 + Wlz € 16.000 + Wmo € 1.000 = € 33.000; dat is 39,5% van alle kosten van de school (€ 83.500)');
    expect(legUit(ev, 'nietInPot/ggd')!.tekst).toBe('GGD betaalt Wpg € 2.000 = € 2.000 buiten de pot, individueel aan de scholen, omdat Wpg zit niet in de pot');
    expect(legUit(ev, 'gemeenteroute/budgethouder/gemeente:GA')!.tekst).toBe(
      'Aastad (budgethouder): instroom € 53.000 + eigen bijdrage € 24.000 = uitstroom naar 2 scholen € 77.000 + uitvoeringskosten € 0',
    );
    expect(legUit(ev, 'gemeenteroute/stromen')!.tekst).toBe('Aantal geldstromen = 2 individuele stromen (financier → school, per kader) + 5 bijdragen aan een budgethouder + 2 budgetten naar scholen = 9');
    expect(legUit(ev, 'huidig/loketten/S1')!.tekst).toBe('De Brug ontvangt zorggeld van 6 partijen: Aastad, Bedorp, GGD, Zorgkantoor Driehoek, V1, V2');
  });

  it('explains a key-based contribution with its weights, the vestigingsgemeente part and the uitvoeringskosten', () => {
    const ev = evalueerRoutes(cellen, regio, {
      verdeelsleutel: { type: 'jeugdigen' },
      deelname: { 'gemeente:GC': false },
      nietDeelnemers: 'vestigingsgemeente',
      uitvoeringskostenPct: { integraal: 10 },
    });
    // P_gem = 40.000 (GA 24.000 + GB 16.000), GB 25% = 10.000, + GC's 6.000 at S2, + 10% of 16.000.
    const u = legUit(ev, 'integraal/bijdrage/gemeente:GB')!;
    expect(u.tekst).toBe(
      'Bijdrage Bedorp (Integrale route) = 25,0% van het gemeentelijk deel € 40.000 volgens verdeelsleutel jeugdigen (inwoners 0–17) (2.000 van 8.000 inwoners van 0–17 jaar in deelnemende gemeenten) = € 10.000 + kosten van niet-deelnemers als vestigingsgemeente € 6.000 (Ceveen € 6.000) + uitvoeringskosten 10,0% van € 16.000 = € 1.600 = € 17.600',
    );
    expect(u.waarde).toBeCloseTo(17600, 9);
    expect(u.termen.map((t) => Math.round(t.waarde))).toEqual([10000, 6000, 1600]);
    expect(legUit(ev, 'integraal/bijdrage/gemeente:GC')!.tekst).toBe('Bijdrage Ceveen (Integrale route) = € 0: Ceveen doet niet mee: de vestigingsgemeente van de school betaalt de kosten van zijn leerlingen (€ 6.000)');
    expect(legUit(ev, 'integraal/verschil/gemeente:GB')!.tekst).toBe('Verschil Bedorp = bijdrage € 17.600 + nog individueel € 0 − nu € 16.000 = € 1.600: Bedorp betaalt in de integrale route meer dan nu');
  });

  it('answers every figure id of a variant, and nothing for unknown ids', () => {
    for (const v of [{}, { deelname: { 'gemeente:GC': false }, nietDeelnemers: 'herverdelen' as const, verdeelsleutel: { type: 'mix' as const } }, { onderwijsbijdragePct: 10, uitvoeringskostenPct: { onderwijsroute: 3 } }]) {
      controleerAlle(evalueerRoutes({ ...cellen, perSchool: [{ school: 'S1', fte: { logopedist: 1.5 }, fteTotaal: 1.5 }] }, regio, v));
    }
    const ev = evalueerRoutes(cellen, regio, {});
    for (const id of ['', 'pot/school/S9', 'pot/kader/tandzorg', 'route/bijdrage/ggd', 'gemeenteroute/stroom/999', 'gemeenteroute/stroom/x', 'gemeenteroute/bijdrage/gemeente:GX', 'nietInPot/zorgkantoor']) {
      expect(legUit(ev, id), id).toBeUndefined();
    }
    const teksten = uitlegTeksten(ev);
    expect(Object.keys(teksten)).toContain('onderwijsroute/bijdrage/zorgkantoor');
    expect(Object.keys(teksten).some((k) => k.includes('/stroom/'))).toBe(false);
  });

  it('explains every figure of generated regios and variants, with terms that add up', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio: r, variant }) => controleerAlle(evalueerVariant(ns, r, variant))),
      { numRuns: 40, seed: 7 },
    );
  });

  it('documents every choice in Dutch for the "Bronnen en aannames" view', () => {
    const ids = AANNAMES_ROUTES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['uitvoeringskosten', 'formatie-uit-pot', 'eigen-bijdrage-budgethouder', 'niet-deelnemers-andere-financiers', 'onderwijsroute-verdeling', 'loketten']) expect(ids).toContain(id);
    expect(AANNAMES_ROUTES.find((a) => a.id === 'uitvoeringskosten')!.tekst).toMatch(/standaard 0%: de bronnen noemen geen bedrag/);
  });
});
