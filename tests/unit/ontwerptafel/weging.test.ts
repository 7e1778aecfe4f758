/** Criteria, default scores, normalisation, the weighted result per group and overall, ties. */
import { describe, expect, it } from 'vitest';
import { ROUTES, evalueerVariant, standaardVariant, type RouteId } from '../../../shared/engine';
import {
  CRITERIA,
  CRITERIUM_IDS,
  KWALITATIEVE_CRITERIUM_IDS,
  MEETBARE_CRITERIA,
  STANDAARD_GEWICHT,
  STANDAARD_GROEPEN,
  STANDAARD_SCORES,
  groepsscores,
  maakScoretabel,
  meetwaarden,
  normaliseerLagerIsBeter,
  rangschik,
  schakelsVan,
  scoretabelVan,
  standaardGewichten,
  weeg,
  type Meetwaarden,
} from '../../../shared/ontwerptafel';
import { alleen, demoregio, landelijk, tabelMet } from './hulp';

describe('criteria and default scores', () => {
  it('has the 10 qualitative criteria (all six aandachtspunten of par. 5.3 among them) and 4 measurable ones, each with a Dutch explanation and a source', () => {
    expect(KWALITATIEVE_CRITERIUM_IDS).toHaveLength(10);
    expect(KWALITATIEVE_CRITERIUM_IDS).toEqual(expect.arrayContaining(['ouders', 'individueel_maatwerk', 'zorg_thuis', 'budgettoets', 'inclusief_onderwijs', 'borging_kwaliteit']));
    expect(MEETBARE_CRITERIA.map((c) => c.id)).toEqual(['loketten', 'geldstromen', 'niet_in_pot', 'grootste_verschuiving']);
    for (const c of CRITERIA) {
      expect(c.uitleg.length, c.id).toBeGreaterThan(60);
      expect(c.bron, c.id).toMatch(/par\.|rekenmodel/);
    }
    expect(MEETBARE_CRITERIA.every((c) => c.richting === 'lager_is_beter')).toBe(true);
  });

  it('gives every route, huidig included, a starting score 1–5 on every qualitative criterion, marked startpunt, with one sentence and a quotation', () => {
    for (const r of ROUTES) {
      for (const c of KWALITATIEVE_CRITERIUM_IDS) {
        const s = STANDAARD_SCORES[r][c];
        expect(s.startpunt).toBe(true);
        expect([1, 2, 3, 4, 5]).toContain(s.score);
        expect(s.onderbouwing.trim().endsWith('.'), `${r}/${c}`).toBe(true);
        // One sentence: no full stop followed by a capital inside it.
        expect(s.onderbouwing.slice(0, -1), `${r}/${c}`).not.toMatch(/\.\s+[A-Z]/);
        expect(s.citaat.length, `${r}/${c}`).toBeGreaterThan(20);
        expect(s.bron, `${r}/${c}`).toMatch(/par\.|hoofdstuk|bijlage|samenvatting/);
        expect(Number.isInteger(s.regel) && s.regel > 0, `${r}/${c}`).toBe(true);
      }
    }
  });

  it('follows the report where it is explicit (par. 4.5)', () => {
    // The main argument for each route gets 5, the main objection 2 or less (the gemeenteroute's 1, l. 4784).
    expect(STANDAARD_SCORES.onderwijsroute.regie_bij_de_bron.score).toBe(5);
    expect(STANDAARD_SCORES.gemeenteroute.budgettoets.score).toBe(5);
    expect(STANDAARD_SCORES.integraal.ontschotting.score).toBe(5);
    expect(STANDAARD_SCORES.gemeenteroute.ontschotting.score).toBe(1);
    expect(STANDAARD_SCORES.onderwijsroute.zorg_thuis.score).toBeLessThanOrEqual(2);
    expect(STANDAARD_SCORES.integraal.eenvoud.score).toBeLessThanOrEqual(2);
  });
});

describe('normalisation of the measurable criteria (min–max, lower is better)', () => {
  it('maps the lowest figure to 5, the highest to 1 and the rest linearly', () => {
    // 5 − 4·(x − 57)/(163 − 57): 94 → 5 − 148/106 = 3,6038; 58 → 5 − 4/106 = 4,9623.
    const s = normaliseerLagerIsBeter([163, 57, 94, 58]);
    expect(s[0]).toBe(1);
    expect(s[1]).toBe(5);
    expect(s[2]).toBeCloseTo(3.60377, 5);
    expect(s[3]).toBeCloseTo(4.96226, 5);
  });

  it('gives 3 to every route when all figures are equal, also up to rounding noise', () => {
    expect(normaliseerLagerIsBeter([0, 0, 0, 0])).toEqual([3, 3, 3, 3]);
    expect(normaliseerLagerIsBeter([232182.2386, 232182.2386 + 1e-7, 232182.2386])).toEqual([3, 3, 3]);
  });

  it('depends on which routes are compared, except for the schakels (a fixed scale)', () => {
    const waarden: Meetwaarden = {
      huidig: { loketten: 16, geldstromen: 24, niet_in_pot: 163, grootste_verschuiving: 0 },
      gemeenteroute: { loketten: 5, geldstromen: 8, niet_in_pot: 57, grootste_verschuiving: 0 },
      onderwijsroute: { loketten: 5, geldstromen: 16, niet_in_pot: 94, grootste_verschuiving: 0 },
    };
    const met = maakScoretabel(waarden, {}, ['huidig', 'gemeenteroute', 'onderwijsroute']);
    const zonder = maakScoretabel(waarden, {}, ['gemeenteroute', 'onderwijsroute']);
    expect(met.perRoute.onderwijsroute!.niet_in_pot.score).toBeCloseTo(5 - (4 * 37) / 106, 9);
    expect(zonder.perRoute.onderwijsroute!.niet_in_pot.score).toBe(1);
    expect(zonder.perRoute.onderwijsroute!.loketten.score).toBe(3);
    expect(zonder.perRoute.gemeenteroute!.niet_in_pot).toMatchObject({ score: 5, herkomst: 'gemeten', waarde: 57 });
    // Schakels: 8 → 5 − log2(4) = 3 and 16 → 2, with or without the huidige situatie.
    for (const t of [met, zonder]) {
      expect(t.perRoute.gemeenteroute!.geldstromen).toMatchObject({ score: 3, herkomst: 'gemeten', waarde: 8 });
      expect(t.perRoute.onderwijsroute!.geldstromen.score).toBe(2);
      expect(t.perRoute.onderwijsroute!.geldstromen.onderbouwing).toContain('elke verdubbeling kost een punt');
    }
  });
});

describe('the score table of an evaluation', () => {
  const ns = landelijk();
  const regio = demoregio();
  const ev = evalueerVariant(ns, regio, standaardVariant(regio));

  it('reads the engine figures: loketten, schakels, money outside the pot, largest change for a gemeente', () => {
    const w = meetwaarden(ev);
    for (const r of ROUTES) {
      expect(w[r]!.loketten).toBe(ev.routes[r].loketten.gemiddeld);
      const k = schakelsVan(ev, r);
      expect(w[r]!.geldstromen).toBe(k.totaal);
      // The schools' side counts as the engine's loketten do.
      expect(k.scholen.gemiddeld).toBe(ev.routes[r].loketten.gemiddeld);
    }
    expect(w.gemeenteroute!.niet_in_pot).toBe(ev.nietInPot.totaal);
    // Today all care money is individual: the care part of the pot plus what stays outside it.
    expect(w.huidig!.niet_in_pot).toBeCloseTo(ev.pot.totaal - ev.pot.perKader.onderwijs + ev.nietInPot.totaal, 6);
    // zorggebruik: every gemeente pays what it pays now.
    for (const r of ROUTES) expect(w[r]!.grootste_verschuiving).toBeLessThan(1e-6);
  });

  it('measures the largest change for a gemeente under another verdeelsleutel', () => {
    const ev2 = evalueerVariant(ns, regio, { ...standaardVariant(regio), verdeelsleutel: { type: 'jeugdigen' } });
    const w = meetwaarden(ev2);
    const verwacht = Math.max(...ev2.routes.gemeenteroute.bijdragen.filter((b) => b.financier.startsWith('gemeente:')).map((b) => Math.abs(b.verschil)));
    expect(verwacht).toBeGreaterThan(1000);
    expect(w.gemeenteroute!.grootste_verschuiving).toBe(verwacht);
    expect(w.huidig!.grootste_verschuiving).toBe(0);
  });

  it('uses the session score instead of the starting point and says so', () => {
    const t = scoretabelVan(ev, { onderwijsroute: { budgettoets: { score: 4, onderbouwing: 'Een onafhankelijke commissie toetst.' } } });
    expect(t.perRoute.onderwijsroute!.budgettoets).toEqual({ score: 4, herkomst: 'aangepast', onderbouwing: 'Een onafhankelijke commissie toetst.' });
    expect(t.perRoute.gemeenteroute!.budgettoets).toMatchObject({ score: 5, herkomst: 'startpunt' });
    expect(t.perRoute.huidig!.loketten).toMatchObject({ score: 1, herkomst: 'gemeten', waarde: ev.routes.huidig.loketten.gemiddeld });
  });
});

describe('weging', () => {
  // Scores (huidig, gemeenteroute, onderwijsroute, integraal); every other criterion 3.
  const tabel = tabelMet({ regie_bij_de_bron: [2, 3, 5, 3], eenvoud: [1, 4, 3, 2] });
  const groepen = [
    { id: 'g1', naam: 'Gemeenten' },
    { id: 'g2', naam: 'Ouders' },
    { id: 'g3', naam: 'Zorgkantoren' },
  ];
  const gewichten = { g1: alleen({ regie_bij_de_bron: 4, eenvoud: 1 }), g2: alleen({ eenvoud: 3 }), g3: alleen({}) };

  it('computes the weighted mean per group (hand-computed)', () => {
    // g1: (4·regie + 1·eenvoud) / 5 → huidig (8+1)/5 = 1,8; gemeente (12+4)/5 = 3,2; onderwijs (20+3)/5 = 4,6; integraal (12+2)/5 = 2,8.
    const r = weeg(tabel, groepen, gewichten);
    const g1 = r.perGroep[0];
    expect(g1.scores.huidig).toBeCloseTo(1.8, 12);
    expect(g1.scores.gemeenteroute).toBeCloseTo(3.2, 12);
    expect(g1.scores.onderwijsroute).toBeCloseTo(4.6, 12);
    expect(g1.scores.integraal).toBeCloseTo(2.8, 12);
    expect(g1.rangorde.map((p) => p.route)).toEqual(['onderwijsroute', 'gemeenteroute', 'integraal', 'huidig']);
    expect(g1.rangorde.map((p) => p.plaats)).toEqual([1, 2, 3, 4]);
    // g2 weighs only eenvoud: its scores are the eenvoud scores.
    expect(r.perGroep[1].scores).toEqual({ huidig: 1, gemeenteroute: 4, onderwijsroute: 3, integraal: 2 });
  });

  it('leaves a group without weights out of the overall mean (hand-computed)', () => {
    // Overall = mean of g1 and g2: huidig (1,8+1)/2 = 1,4; gemeente (3,2+4)/2 = 3,6; onderwijs (4,6+3)/2 = 3,8; integraal (2,8+2)/2 = 2,4.
    const r = weeg(tabel, groepen, gewichten);
    expect(r.perGroep[2].zonderGewicht).toBe(true);
    expect(r.perGroep[2].scores).toEqual({ huidig: 3, gemeenteroute: 3, onderwijsroute: 3, integraal: 3 });
    expect(r.totaal.groepenMeegeteld).toBe(2);
    expect(r.totaal.scores.huidig).toBeCloseTo(1.4, 12);
    expect(r.totaal.scores.gemeenteroute).toBeCloseTo(3.6, 12);
    expect(r.totaal.scores.onderwijsroute).toBeCloseTo(3.8, 12);
    expect(r.totaal.scores.integraal).toBeCloseTo(2.4, 12);
    expect(r.totaal.rangorde[0].route).toBe('onderwijsroute');
  });

  it('counts only the ratio of a group’s weights', () => {
    const a = groepsscores(tabel, alleen({ regie_bij_de_bron: 4, eenvoud: 1 }));
    const b = groepsscores(tabel, alleen({ regie_bij_de_bron: 8, eenvoud: 2 }));
    for (const r of ROUTES) expect(b.scores[r]).toBeCloseTo(a.scores[r]!, 12);
  });

  it('treats a missing weight as the default weight', () => {
    const leeg = weeg(tabel, groepen, {});
    const std = weeg(tabel, groepen, standaardGewichten(groepen));
    expect(leeg).toEqual(std);
    expect(standaardGewichten()[STANDAARD_GROEPEN[0].id].eenvoud).toBe(STANDAARD_GEWICHT);
    expect(Object.keys(standaardGewichten()).length).toBe(7);
    expect(Object.keys(standaardGewichten().ouders)).toEqual([...CRITERIUM_IDS]);
  });

  it('gives every route 3 overall when no group weighs', () => {
    const r = weeg(tabel, groepen, { g1: alleen({}), g2: alleen({}), g3: alleen({}) });
    expect(r.totaal.groepenMeegeteld).toBe(0);
    expect(r.totaal.rangorde.every((p) => p.score === 3 && p.plaats === 1 && p.gedeeld)).toBe(true);
    expect(r.totaal.rangorde[0].route).toBe('huidig');
  });
});

describe('ranking with ties', () => {
  const waarde = (scores: Partial<Record<RouteId, number>>) => (r: RouteId) => scores[r]!;

  it('lets tied routes share a place, ordered by the compared routes (huidig first by default)', () => {
    const r = rangschik(ROUTES, waarde({ huidig: 3, gemeenteroute: 4, onderwijsroute: 3, integraal: 4 }));
    expect(r.map((p) => [p.route, p.plaats, p.gedeeld])).toEqual([
      ['gemeenteroute', 1, true],
      ['integraal', 1, true],
      ['huidig', 3, true],
      ['onderwijsroute', 3, true],
    ]);
  });

  it('breaks a tie by the given order, deterministically', () => {
    const scores = { huidig: 2, gemeenteroute: 4, onderwijsroute: 3, integraal: 4 };
    expect(rangschik(['integraal', 'onderwijsroute', 'gemeenteroute', 'huidig'], waarde(scores))[0].route).toBe('integraal');
    expect(rangschik(ROUTES, waarde(scores))[0].route).toBe('gemeenteroute');
  });

  it('treats scores within rounding noise as equal', () => {
    const r = rangschik(ROUTES, waarde({ huidig: 3.6, gemeenteroute: 3.6 + 1e-12, onderwijsroute: 1, integraal: 1 }));
    expect(r[0]).toMatchObject({ route: 'huidig', plaats: 1, gedeeld: true });
    expect(r[1]).toMatchObject({ route: 'gemeenteroute', plaats: 1, gedeeld: true });
  });

  it('refuses to compare fewer than two routes or a route twice', () => {
    const w: Meetwaarden = { huidig: { loketten: 1, geldstromen: 1, niet_in_pot: 1, grootste_verschuiving: 0 } };
    expect(() => maakScoretabel(w, {}, ['huidig'])).toThrow('minstens twee routes');
    expect(() => maakScoretabel(w, {}, ['huidig', 'huidig'])).toThrow('maar één keer');
  });
});
