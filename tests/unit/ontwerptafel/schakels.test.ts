/** "Zo weinig mogelijk schakels" counted as parties, on hand-made flows and on the demo regio. */
import { describe, expect, it } from 'vitest';
import { ROUTES, evalueerVariant, standaardVariant, type Stroom } from '../../../shared/engine';
import { OUDERS_PGB } from '../../../shared/domain/partijen';
import { schakelFinanciers, schakelScholen, schakelScore, schakelsToelichting, schakelsVan, telSchakels } from '../../../shared/ontwerptafel';
import { demoregio, landelijk } from './hulp';

const st = (van: string, naar: string, soort: Stroom['soort'], bedrag = 100): Stroom => ({ van, naar, bedrag, soort });

describe('telSchakels on hand-made flows', () => {
  // A gemeenteroute in miniature: gemeente B and the zorgkantoor pay into the pot of gemeente A,
  // which pays both schools; B still pays school 1 individually in two kaders and a pgb through the parents.
  const stromen: Stroom[] = [
    st('gemeente:B', 'gemeente:A', 'bijdrage'),
    st('zorgkantoor', 'gemeente:A', 'bijdrage'),
    st('gemeente:A', 'school:S1', 'budget'),
    st('gemeente:A', 'school:S2', 'budget'),
    { ...st('gemeente:B', 'school:S1', 'individueel'), kader: 'jeugdwet' },
    { ...st('gemeente:B', 'school:S1', 'individueel'), kader: 'wmo' },
    st('gemeente:B', OUDERS_PGB, 'individueel'),
    st(OUDERS_PGB, 'school:S2', 'individueel'),
  ];
  const k = telSchakels(stromen, ['school:S1', 'school:S2'], ['gemeente:A', 'gemeente:B', 'zorgkantoor']);

  it('counts for a school the distinct parties it receives from, the parents (pgb) as one party', () => {
    // S1: gemeente A (budget) and gemeente B (two flows, one party); S2: gemeente A and the parents.
    expect(k.scholen.perPartij).toEqual({ 'school:S1': 2, 'school:S2': 2 });
    expect(k.scholen.gemiddeld).toBe(2);
  });

  it('counts for a financier the distinct parties it pays from its own means, not the budgets it pays as budgethouder', () => {
    // A pays only budgets (its role as budgethouder): 0; B pays A, school 1 and the parents: 3; the zorgkantoor A: 1.
    expect(k.financiers.perPartij).toEqual({ 'gemeente:A': 0, 'gemeente:B': 3, zorgkantoor: 1 });
    expect(k.financiers.gemiddeld).toBeCloseTo(4 / 3, 12);
  });

  it('adds the two averages and scores them on the fixed scale', () => {
    expect(k.totaal).toBeCloseTo(2 + 4 / 3, 12);
    // 5 − log2((10/3) / 2) = 5 − log2(5/3) = 4,263.
    expect(k.score).toBeCloseTo(5 - Math.log2(5 / 3), 12);
  });

  it('counts parties, not transfers: more flows between the same two parties change nothing', () => {
    const veel = [...stromen, ...Array.from({ length: 10 }, () => st('gemeente:B', 'school:S1', 'individueel', 5))];
    expect(telSchakels(veel, ['school:S1', 'school:S2'], ['gemeente:A', 'gemeente:B', 'zorgkantoor'])).toEqual(k);
  });

  it('ignores flows without an amount and flows to oneself, and counts a party without flows as 0', () => {
    const r = telSchakels([st('gemeente:A', 'gemeente:A', 'bijdrage'), st('gemeente:B', 'school:S1', 'individueel', 0), st('gemeente:B', 'school:S1', 'individueel')], ['school:S1', 'school:S2'], ['gemeente:A', 'gemeente:B']);
    expect(r.scholen.perPartij).toEqual({ 'school:S1': 1, 'school:S2': 0 });
    expect(r.financiers.perPartij).toEqual({ 'gemeente:A': 0, 'gemeente:B': 1 });
    expect(r.totaal).toBe(0.5 + 0.5);
  });

  it('maps 2 schakels to 5 and takes a point off for every doubling, between 1 and 5', () => {
    expect([0, 1, 2, 4, 8, 16, 32, 64].map(schakelScore)).toEqual([5, 5, 5, 4, 3, 2, 1, 1]);
    expect(schakelScore(6)).toBeCloseTo(5 - Math.log2(3), 12);
  });
});

describe('schakels of the demo regio', () => {
  const regio = demoregio();
  const ev = evalueerVariant(landelijk(), regio, standaardVariant(regio));

  it('counts the schools with care money and the zorgfinanciers, the same sets in every route', () => {
    expect(schakelScholen(ev)).toHaveLength(regio.scholen.length);
    const fin = schakelFinanciers(ev);
    expect(fin.every((id) => ['gemeente', 'ggd', 'zorgkantoor', 'zorgverzekeraar'].includes(ev.partij[id].soort))).toBe(true);
    for (const r of ROUTES) expect(Object.keys(schakelsVan(ev, r).financiers.perPartij)).toEqual(fin);
  });

  it('gives every collective route fewer schakels than the huidige situatie', () => {
    const huidig = schakelsVan(ev, 'huidig').totaal;
    for (const r of ['gemeenteroute', 'onderwijsroute', 'integraal'] as const) expect(schakelsVan(ev, r).totaal).toBeLessThan(huidig);
  });

  it('in the gemeenteroute: a participating gemeente pays the centrumgemeente only; the centrumgemeente pays nobody from its own means', () => {
    const k = schakelsVan(ev, 'gemeenteroute');
    const centrum = `gemeente:${ev.toegepast.centrumgemeente}`;
    expect(k.financiers.perPartij[centrum]).toBe(0);
    const deelnemers = ev.financiers.filter((f) => f.soort === 'gemeente' && f.potdeel > 0 && f.individueel + f.buitenScope === 0 && f.partij !== centrum);
    expect(deelnemers.length).toBeGreaterThan(0);
    for (const f of deelnemers) expect(k.financiers.perPartij[f.partij], f.naam).toBe(1);
  });

  it('explains the figure and the score in Dutch', () => {
    const t = schakelsToelichting(ev, 'integraal');
    expect(t).toMatch(/^Een school heeft gemiddeld met [\d,]+ partijen te maken \(.+\); een zorgfinancier betaalt gemiddeld aan [\d,]+ partijen \(.+\)\. Samen [\d,]+ schakels: score 5 − ²log\([\d,]+ \/ 2\) = \d,\d\d\.$/);
  });
});
