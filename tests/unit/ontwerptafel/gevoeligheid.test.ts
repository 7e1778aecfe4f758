/** Exact sensitivity of the winner to one weight or one score: hand-computed cases and brute force. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTES, type RouteId } from '../../../shared/engine';
import {
  CRITERIUM_IDS,
  KWALITATIEVE_CRITERIUM_IDS,
  gewichtsgevoeligheid,
  scoregevoeligheid,
  weeg,
  type CriteriumId,
  type Gevoeligheid,
  type Gewichten,
  type Omslag,
  type Scoretabel,
  type Stakeholdergroep,
} from '../../../shared/ontwerptafel';
import { alleen, metScore, tabelMet } from './hulp';

const tabel = tabelMet({ regie_bij_de_bron: [2, 3, 5, 3], eenvoud: [1, 4, 3, 2] });
const groepen: Stakeholdergroep[] = [
  { id: 'g1', naam: 'Gemeenten' },
  { id: 'g2', naam: 'Ouders' },
];
const gewichten: Gewichten = { g1: alleen({ regie_bij_de_bron: 4, eenvoud: 1 }), g2: alleen({ eenvoud: 3 }) };

const vind = (lijst: Gevoeligheid[], groep: string | undefined, criterium: CriteriumId, route?: RouteId) =>
  lijst.find((x) => x.groep === groep && x.criterium === criterium && x.route === route)!;

describe('gewichtsgevoeligheid (hand-computed)', () => {
  const g = gewichtsgevoeligheid(tabel, groepen, gewichten);

  it('finds where a group’s own winner changes when one weight moves', () => {
    // g1 ranks by regie weight x and eenvoud weight 1: S_r(x) = (x·regie + eenvoud)/(x + 1), winner at x = 4 the
    // onderwijsroute (4,6). Lines a + b·x with a = eenvoud, b = regie: gemeente 4 + 3x, onderwijs 3 + 5x cross at
    // x = 0,5 (both 5,5 → scores 3,667); the gemeenteroute comes first on a tie, so it wins from 0,5 down. Up: no
    // route has a steeper line than the onderwijsroute (5), so no change.
    const x = vind(g.perGroep, 'g1', 'regie_bij_de_bron');
    expect(x.waarde).toBe(4);
    expect(x.winnaar).toBe('onderwijsroute');
    expect(x.omhoog).toBeNull();
    expect(x.omlaag).toMatchObject({ richting: 'omlaag', vanafGrens: true, nieuweWinnaar: 'gemeenteroute' });
    expect(x.omlaag!.grens).toBeCloseTo(0.5, 12);
    expect(x.omlaag!.verandering).toBeCloseTo(-3.5, 12);
    expect(x.kleinste).toBe(x.omlaag);
    expect(x.tekst).toBe('Bij een gewicht van 0,50 of minder (nu 4) komt de gemeenteroute bovenaan in plaats van de onderwijsroute.');
  });

  it('says so when no weight from 0 to 10 changes the winner', () => {
    // g2 weighs only eenvoud: whatever that weight (> 0), its scores are the eenvoud scores; at 0 the group has
    // no preference and all routes tie at 3, which the huidige situatie wins on order.
    const x = vind(g.perGroep, 'g2', 'eenvoud');
    expect(x.winnaar).toBe('gemeenteroute');
    expect(x.omhoog).toBeNull();
    expect(x.omlaag).toMatchObject({ grens: 0, vanafGrens: true, nieuweWinnaar: 'huidig' });
    expect(x.tekst).toBe('Bij een gewicht van 0 (nu 3) komt de huidige situatie bovenaan in plaats van de gemeenteroute.');
    const y = vind(g.perGroep, 'g2', 'ouders');
    expect(y.kleinste).toBeNull();
    expect(y.tekst).toBe('Geen omslag: bij elk gewicht van 0 tot 10 blijft de gemeenteroute bovenaan.');
  });

  it('finds where the overall winner changes (hand-computed)', () => {
    // Overall T = (S_g1 + S_g2)/2. Times 2(1 + x) the lines are a = K·1 + eenvoud, b = K + regie with K the g2
    // scores (1, 4, 3, 2): gemeente 8 + 7x, onderwijs 6 + 8x → cross at x = 2 (overall 3,667 each).
    const x = vind(g.totaal, 'g1', 'regie_bij_de_bron');
    expect(x.winnaar).toBe('onderwijsroute');
    expect(x.omlaag!.grens).toBeCloseTo(2, 12);
    expect(x.omlaag).toMatchObject({ vanafGrens: true, nieuweWinnaar: 'gemeenteroute' });
    expect(x.omhoog).toBeNull();
    const direct = weeg(tabel, groepen, { ...gewichten, g1: { ...gewichten.g1, regie_bij_de_bron: 2 } });
    expect(direct.totaal.scores.gemeenteroute).toBeCloseTo(direct.totaal.scores.onderwijsroute!, 12);
    expect(direct.totaal.rangorde[0].route).toBe('gemeenteroute');
  });

  it('handles a group whose other weights are all 0 in the overall result', () => {
    // g2 weighs only eenvoud (3). At weight 0 it drops out and g1 alone decides (onderwijsroute); at any
    // positive weight its scores are the eenvoud scores: overall (4,6 + 3)/2 = 3,8 vs gemeente (3,2 + 4)/2 = 3,6.
    const x = vind(g.totaal, 'g2', 'eenvoud');
    expect(x.winnaar).toBe('onderwijsroute');
    expect(x.omlaag).toBeNull();
    expect(x.omhoog).toBeNull();
    // With a score table where g2’s choice differs from g1’s, weight 0 changes the winner.
    const t2 = tabelMet({ regie_bij_de_bron: [2, 3, 5, 3], eenvoud: [1, 5, 1, 2] });
    const y = vind(gewichtsgevoeligheid(t2, groepen, gewichten).totaal, 'g2', 'eenvoud');
    // Positive weight: gemeente (3,4 + 5)/2 = 4,2 vs onderwijs (4,2 + 1)/2 = 2,6; at 0 only g1: onderwijs 4,2.
    expect(y.winnaar).toBe('gemeenteroute');
    expect(y.omlaag).toEqual({ richting: 'omlaag', grens: 0, verandering: -3, vanafGrens: true, nieuweWinnaar: 'onderwijsroute' });
    const z = vind(gewichtsgevoeligheid(t2, groepen, { ...gewichten, g2: alleen({}) }).totaal, 'g2', 'eenvoud');
    expect(z.winnaar).toBe('onderwijsroute');
    expect(z.omhoog).toEqual({ richting: 'omhoog', grens: 0, verandering: 0, vanafGrens: false, nieuweWinnaar: 'gemeenteroute' });
    expect(z.tekst).toBe('Bij een gewicht boven 0 (nu 0) komt de gemeenteroute bovenaan in plaats van de onderwijsroute.');
  });
});

describe('scoregevoeligheid (hand-computed)', () => {
  const s = scoregevoeligheid(tabel, groepen, gewichten);

  it('finds how far a challenger’s score must rise to win overall', () => {
    // Overall: gemeente 3,6, onderwijs 3,8. The gemeenteroute's eenvoud score y moves the overall by
    // k = (1/5 + 3/3)/2 = 0,6 per point: 3,6 + 0,6(y − 4) = 3,8 at y = 4⅓, where the gemeenteroute wins on order.
    const x = vind(s.totaal, undefined, 'eenvoud', 'gemeenteroute');
    expect(x.winnaar).toBe('onderwijsroute');
    expect(x.omhoog!.grens).toBeCloseTo(13 / 3, 12);
    expect(x.omhoog).toMatchObject({ vanafGrens: true, nieuweWinnaar: 'gemeenteroute' });
    expect(x.omlaag).toBeNull();
    expect(x.tekst).toBe('Krijgt de gemeenteroute op "Eenvoud: weinig schakels, geen nieuwe partij" een score van 4,34 of meer (nu 4), dan komt de gemeenteroute bovenaan in plaats van de onderwijsroute.');
  });

  it('finds how far the winner’s score must fall to lose', () => {
    // The onderwijsroute's regie score moves the overall by k = (4/5 + 0)/2 = 0,4: 3,8 + 0,4(y − 5) = 3,6 at y = 4,5.
    const x = vind(s.totaal, undefined, 'regie_bij_de_bron', 'onderwijsroute');
    expect(x.omlaag!.grens).toBeCloseTo(4.5, 12);
    expect(x.omlaag!.nieuweWinnaar).toBe('gemeenteroute');
    // g2 does not weigh regie: no score of the onderwijsroute on regie changes g2's winner.
    expect(vind(s.perGroep, 'g2', 'regie_bij_de_bron', 'onderwijsroute').kleinste).toBeNull();
    // A route that cannot reach the top even at 5.
    expect(vind(s.totaal, undefined, 'ouders', 'huidig').tekst).toBe(
      'Geen omslag: welke score (1–5) de huidige situatie ook krijgt op "Positie en keuzevrijheid van ouders", de onderwijsroute blijft bovenaan.',
    );
  });

  it('covers every compared route and qualitative criterion, per group and overall', () => {
    expect(s.totaal).toHaveLength(ROUTES.length * KWALITATIEVE_CRITERIUM_IDS.length);
    expect(s.perGroep).toHaveLength(ROUTES.length * KWALITATIEVE_CRITERIUM_IDS.length * groepen.length);
  });
});

// ---- Brute force: try every weight (score) on a fine grid with the direct weighting. ----

const STAP = 0.01;
const winnaarTotaal = (t: Scoretabel, gr: Stakeholdergroep[], w: Gewichten) => weeg(t, gr, w).totaal.rangorde[0].route;
const winnaarGroep = (t: Scoretabel, gr: Stakeholdergroep[], w: Gewichten, groep: string) => weeg(t, gr, w).perGroep.find((x) => x.groep === groep)!.rangorde[0].route;

/**
 * Checks an exact result against the winners on a grid over [lo, hi] (step STAP, plus lo, hi and the
 * current value): the first grid point in each direction where the winner differs must lie within
 * one step beyond the exact boundary (or at it, when the new winner wins there), none before; no
 * change at all when the exact result says "no change"; and just past the boundary (or at it) the
 * direct weighting must name the same new winner.
 */
function vergelijkMetRooster(exact: Gevoeligheid, winnaarBij: (v: number) => RouteId): void {
  const [lo, hi] = exact.bereik;
  const v0 = exact.waarde;
  expect(winnaarBij(v0)).toBe(exact.winnaar);
  const n = Math.round((hi - lo) / STAP);
  const rooster = [...new Set([...Array.from({ length: n + 1 }, (_, k) => lo + (k * (hi - lo)) / n), v0])].sort((a, b) => a - b);
  for (const richting of ['omhoog', 'omlaag'] as const) {
    const punten = richting === 'omhoog' ? rooster.filter((v) => v > v0) : rooster.filter((v) => v < v0).reverse();
    const eerste = punten.find((v) => winnaarBij(v) !== exact.winnaar);
    const o: Omslag | null = exact[richting];
    if (!o) {
      expect(eerste, `${richting}: brute force vindt een omslag bij ${eerste}`).toBeUndefined();
      continue;
    }
    expect(eerste, `${richting}: exact ${o.grens}, brute force vindt niets`).toBeDefined();
    expect(o.grens).toBeGreaterThanOrEqual(lo);
    expect(o.grens).toBeLessThanOrEqual(hi);
    expect(o.verandering).toBe(o.grens - v0);
    expect(richting === 'omhoog' ? o.verandering >= 0 : o.verandering <= 0).toBe(true);
    const afstand = richting === 'omhoog' ? eerste! - o.grens : o.grens - eerste!;
    expect(afstand).toBeGreaterThanOrEqual(-1e-9);
    expect(afstand).toBeLessThanOrEqual(STAP + 1e-9);
    // Far enough past the boundary to be outside the tie margin, close enough not to meet another crossing.
    const net = o.vanafGrens ? o.grens : o.grens + (richting === 'omhoog' ? 1e-4 : -1e-4);
    expect(winnaarBij(net)).toBe(o.nieuweWinnaar);
  }
}

/** Random inputs: 2–4 groups, integer weights 0–10 (many zeros), integer scores 1–5, a subset of the routes in any order. */
const invoer = fc
  .record({
    routes: fc.shuffledSubarray([...ROUTES], { minLength: 2 }),
    scores: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }), { minLength: CRITERIUM_IDS.length, maxLength: CRITERIUM_IDS.length }),
    gewichten: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 })), { minLength: CRITERIUM_IDS.length, maxLength: CRITERIUM_IDS.length }), { minLength: 2, maxLength: 4 }),
    groep: fc.nat(),
    criterium: fc.nat(),
    route: fc.nat(),
  })
  .map((x) => {
    const tabel = tabelMet(Object.fromEntries(CRITERIUM_IDS.map((c, i) => [c, x.scores[i].slice(0, x.routes.length)])), x.routes);
    const groepen = x.gewichten.map((_, i) => ({ id: `g${i}`, naam: `Groep ${i}` }));
    const gewichten: Record<string, Record<CriteriumId, number>> = Object.fromEntries(
      x.gewichten.map((w, i) => [`g${i}`, Object.fromEntries(CRITERIUM_IDS.map((c, j) => [c, w[j]])) as Record<CriteriumId, number>]),
    );
    return {
      tabel,
      groepen,
      gewichten,
      groep: groepen[x.groep % groepen.length].id,
      criterium: CRITERIUM_IDS[x.criterium % CRITERIUM_IDS.length],
      kwalitatief: KWALITATIEVE_CRITERIUM_IDS[x.criterium % KWALITATIEVE_CRITERIUM_IDS.length],
      route: x.routes[x.route % x.routes.length],
    };
  });

const metGewicht = (g: Record<string, Record<CriteriumId, number>>, groep: string, c: CriteriumId, w: number): Gewichten => ({ ...g, [groep]: { ...g[groep], [c]: w } });

describe('exact sensitivity equals brute force on random inputs', () => {
  // A fixed seed keeps CI deterministic; the inputs still cover ties, zero weights and route subsets.
  const opties = { numRuns: 150, seed: 20250312 };

  it('for a group’s own ranking when one of its weights moves', () => {
    fc.assert(
      fc.property(invoer, ({ tabel, groepen, gewichten, groep, criterium }) => {
        const exact = vind(gewichtsgevoeligheid(tabel, groepen, gewichten).perGroep, groep, criterium);
        vergelijkMetRooster(exact, (w) => winnaarGroep(tabel, groepen, metGewicht(gewichten, groep, criterium, w), groep));
      }),
      opties,
    );
  });

  it('for the overall ranking when one group’s weight moves', () => {
    fc.assert(
      fc.property(invoer, ({ tabel, groepen, gewichten, groep, criterium }) => {
        const exact = vind(gewichtsgevoeligheid(tabel, groepen, gewichten).totaal, groep, criterium);
        vergelijkMetRooster(exact, (w) => winnaarTotaal(tabel, groepen, metGewicht(gewichten, groep, criterium, w)));
      }),
      opties,
    );
  });

  it('for the overall and a group’s ranking when one route’s score moves', () => {
    fc.assert(
      fc.property(invoer, ({ tabel, groepen, gewichten, groep, kwalitatief, route }) => {
        const s = scoregevoeligheid(tabel, groepen, gewichten);
        vergelijkMetRooster(vind(s.totaal, undefined, kwalitatief, route), (y) => winnaarTotaal(metScore(tabel, route, kwalitatief, y), groepen, gewichten));
        vergelijkMetRooster(vind(s.perGroep, groep, kwalitatief, route), (y) => winnaarGroep(metScore(tabel, route, kwalitatief, y), groepen, gewichten, groep));
      }),
      opties,
    );
  });

  it('reports the smaller of the two changes', () => {
    fc.assert(
      fc.property(invoer, ({ tabel, groepen, gewichten }) => {
        for (const x of gewichtsgevoeligheid(tabel, groepen, gewichten).perGroep) {
          const kandidaten = [x.omlaag, x.omhoog].filter((o): o is Omslag => o !== null);
          if (!kandidaten.length) expect(x.kleinste).toBeNull();
          else expect(Math.abs(x.kleinste!.verandering)).toBe(Math.min(...kandidaten.map((o) => Math.abs(o.verandering))));
        }
      }),
      { ...opties, numRuns: 50 },
    );
  });
});
