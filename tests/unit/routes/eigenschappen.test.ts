/**
 * Property tests of rekenmodel §5 and rekenmodel-v2 §12 over generated regios and variants: the pot
 * is the same in every pot route (and absent today), contributions add up to pot +
 * uitvoeringskosten, pot (zorg) + niet in de pot + buiten de scope = Z in every route with Z
 * independent of the variant, zorggebruik reproduces today's covered amounts, linearity, an empty
 * gemeente pays nothing, money is conserved at every budgethouder and through the parents (pgb),
 * every flow is positive and every flow graph is Sankey-safe, and betalend_swv equals swv_vestiging
 * where the SWVs coincide.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KADERS } from '../../../shared/domain/labels';
import { budgethouderKnoop, deriveNormenset, evalueerRoutes, evalueerVariant, ROUTES, sankeyGraaf, SCOPE_PRESETS, SCOPE_TAKEN, TAKEN, type Evaluatie, type RouteResultaat } from '../../../shared/engine';
import { OUDERS_PGB, SCHOLEN_ONDERWIJS } from '../../../shared/engine/routes/partijen';
import type { RegioBestand } from '../../../shared/regio/schema';
import { dicht, kleineCellen, kleineRegio, regioArb, regioEnVariantArb, variantArb } from './hulp';

const ns = deriveNormenset();
const RUNS = { numRuns: 200, seed: 20260601 };

const som = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const POT_ROUTES = ['gemeenteroute', 'onderwijsroute', 'integraal'] as const;
const ZORGKADERS = KADERS.filter((k) => k !== 'onderwijs');
const tol = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

/** Every euro figure of an evaluation, in a fixed order. */
function euroCijfers(ev: Evaluatie): number[] {
  const uit: number[] = [ev.pot.totaal, ...KADERS.map((k) => ev.pot.perKader[k]), ev.nietInPot.totaal, ...Object.values(ev.nietInPot.perFinancier)];
  for (const s of ev.pot.perSchool) uit.push(s.totaal, s.kosten, ...KADERS.map((k) => s.perKader[k]));
  for (const id of ROUTES) {
    const r = ev.routes[id];
    uit.push(r.uitvoeringskosten);
    for (const b of r.bijdragen) uit.push(b.bedrag, b.potdeel, b.uitvoeringskosten, b.huidig, b.verschil, b.individueel);
    for (const s of r.stromen) uit.push(s.bedrag);
    for (const h of r.budgethouders) uit.push(h.instroom, h.eigenBijdrage, h.uitstroom, h.uitvoeringskosten);
  }
  return uit;
}

/** Counts and structure that must not change when every amount doubles. */
function structuur(ev: Evaluatie) {
  return ROUTES.map((id) => {
    const r = ev.routes[id];
    return { stromen: r.stromen.map((s) => `${s.van}>${s.naar}:${s.soort}:${s.kader ?? ''}`), loketten: r.lokettenPerSchool, ontvangers: r.ontvangersPerFinancier };
  });
}

function dubbel(r: RegioBestand): RegioBestand {
  return { ...r, leerlingen: r.leerlingen.map((l) => ({ ...l, aantal: 2 * l.aantal })) };
}

/** Checks that a graph is a DAG (Kahn) and returns the nodes that both receive and pay. */
function sankeyControle(r: RouteResultaat): { acyclisch: boolean; tussenknopen: Set<string>; zelflus: boolean; dubbel: boolean } {
  const uit = new Map<string, Set<string>>();
  const inGraad = new Map<string, number>();
  const knopen = new Set<string>();
  let zelflus = false;
  const gezien = new Set<string>();
  let dubbelStroom = false;
  for (const s of r.stromen) {
    if (s.van === s.naar) zelflus = true;
    const sleutel = `${s.van}>${s.naar}:${s.soort}:${s.kader ?? ''}`;
    if (gezien.has(sleutel)) dubbelStroom = true;
    gezien.add(sleutel);
    knopen.add(s.van).add(s.naar);
    let u = uit.get(s.van);
    if (!u) uit.set(s.van, (u = new Set()));
    if (!u.has(s.naar)) {
      u.add(s.naar);
      inGraad.set(s.naar, (inGraad.get(s.naar) ?? 0) + 1);
    }
  }
  const rij = [...knopen].filter((k) => !inGraad.get(k));
  let bezocht = 0;
  while (rij.length) {
    const k = rij.pop()!;
    bezocht++;
    for (const n of uit.get(k) ?? []) {
      const g = inGraad.get(n)! - 1;
      inGraad.set(n, g);
      if (g === 0) rij.push(n);
    }
  }
  const ontvangt = new Set(r.stromen.map((s) => s.naar));
  const tussenknopen = new Set(r.stromen.map((s) => s.van).filter((v) => ontvangt.has(v)));
  return { acyclisch: bezocht === knopen.size, tussenknopen, zelflus, dubbel: dubbelStroom };
}

describe('routes: invariants of rekenmodel §5', () => {
  it('the pot is the same in every pot route and absent today; contributions add up to pot + uitvoeringskosten', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const ev = evalueerVariant(ns, regio, variant);
        // The pot equals its parts.
        expect(dicht(ev.pot.totaal, som(ev.pot.perSchool.map((s) => s.totaal)))).toBe(true);
        expect(dicht(ev.pot.totaal, som(KADERS.map((k) => ev.pot.perKader[k])))).toBe(true);
        for (const id of POT_ROUTES) {
          const r = ev.routes[id];
          expect(r.pot.totaal).toBe(ev.pot.totaal);
          expect(r.schoolbudgetten.map((s) => s.bedrag)).toEqual(ev.pot.perSchool.map((s) => s.totaal));
          const bijdragen = som(r.bijdragen.map((b) => b.bedrag));
          expect(dicht(bijdragen, ev.pot.totaal + r.uitvoeringskosten), `${id}: ${bijdragen} ≠ ${ev.pot.totaal} + ${r.uitvoeringskosten}`).toBe(true);
          expect(dicht(r.uitvoeringskosten, ev.pot.totaal * r.uitvoeringskostenFractie)).toBe(true);
          for (const k of KADERS) expect(dicht(som(ev.financiers.map((f) => f.potdeelPerKader[k])), ev.pot.perKader[k])).toBe(true);
          expect(r.nietInPot).toEqual(ev.nietInPot);
          expect(r.buitenScope).toEqual(ev.buitenScope);
        }
        // Today there is no pot: every contribution into it is 0 and everything is paid individually.
        const h = ev.routes.huidig;
        expect(h.pot.totaal).toBe(0);
        expect(h.schoolbudgetten).toEqual([]);
        for (const b of h.bijdragen) {
          expect(b.bedrag).toBe(0);
          expect(b.verschil).toBe(0);
        }
        expect(h.buitenScope.totaal).toBe(0);
        expect(h.nietInPot.totaal).toBe(ev.zorgTotaal);
      }),
      RUNS,
    );
  });

  it('pot (zorg part) + niet in de pot + buiten de scope = Z in every route, to the cent; Z does not depend on the variant', () => {
    const breedZorg = (r: RegioBestand) => {
      const b = evalueerVariant(ns, r, { scope: 'breed' }).behoefte!;
      return som(ZORGKADERS.map((k) => b.perKader[k]));
    };
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const ev = evalueerVariant(ns, regio, variant);
        const z = breedZorg(regio);
        expect(dicht(ev.zorgTotaal, z, 1e-9), `Z ${ev.zorgTotaal} ≠ ${z}`).toBe(true);
        for (const id of ROUTES) {
          const r = ev.routes[id];
          const potZorg = som(ZORGKADERS.map((k) => r.pot.perKader[k]));
          const delen = potZorg + r.nietInPot.totaal + r.buitenScope.totaal;
          expect(Math.abs(delen - ev.zorgTotaal) < 0.005, `${id}: ${potZorg} + ${r.nietInPot.totaal} + ${r.buitenScope.totaal} ≠ ${ev.zorgTotaal}`).toBe(true);
          for (const k of ZORGKADERS) expect(Math.abs(r.pot.perKader[k] + r.nietInPot.perKader[k] + r.buitenScope.perKader[k] - ev.routes.huidig.nietInPot.perKader[k]) < 0.005).toBe(true);
        }
        // Every euro a school receives for care today adds up to Z (the parents pass pgb money on).
        const naarScholen = som(ev.routes.huidig.stromen.filter((s) => s.naar.startsWith('school:')).map((s) => s.bedrag));
        expect(dicht(naarScholen, ev.zorgTotaal, 1e-9)).toBe(true);
        // Per financier: verschil = into the pot + still individual − today.
        for (const id of POT_ROUTES) {
          for (const b of ev.routes[id].bijdragen) expect(dicht(b.verschil, b.bedrag + b.individueel - b.huidig, 1e-9)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('with zorggebruik every gemeente pays exactly its covered cost of today (no herverdelen, no vestigingsgemeente)', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const v = { ...variant, verdeelsleutel: { type: 'zorggebruik' as const }, nietDeelnemers: 'individueel' as const };
        const ev = evalueerVariant(ns, regio, v);
        const potKaders = new Set(ev.toegepast.potKaders);
        const inDePot = (k: 'jeugdwet' | 'wmo') => (potKaders.has(k) ? 1 - (ev.toegepast.pgbIndividueel[k] ? ns.pgbAandeel[k] : 0) : 0);
        for (const g of regio.gemeenten) {
          const id = `gemeente:${g.code}`;
          const doetMee = v.deelname?.[id] !== false;
          const gedekt = g.inRegio ? doetMee : v.buitenRegio === 'verrekening' && doetMee;
          // Independent: the covered cost straight from the cells of the need.
          let eigen = 0;
          for (const c of ev.behoefte!.cellen) if (c.gemeente === g.code && gedekt) eigen += c.perKader.jeugdwet * inDePot('jeugdwet') + c.perKader.wmo * inDePot('wmo');
          const f = ev.financiers.find((x) => x.partij === id);
          expect(dicht(f?.potdeel ?? 0, eigen), `${id}: ${f?.potdeel} ≠ ${eigen}`).toBe(true);
          expect(f?.potdeel ?? 0).toBe(f?.huidigGedekt ?? 0);
          // Today it pays all its cells, every task: in the huidig graph directly or through the parents.
          const vandaag = som(ev.routes.huidig.stromen.filter((s) => s.van === id).map((s) => s.bedrag));
          expect(dicht(vandaag, f?.huidig ?? 0, 1e-8)).toBe(true);
          for (const id2 of POT_ROUTES) {
            const b = ev.routes[id2].bijdragen.find((x) => x.financier === id);
            expect(dicht(b?.potdeel ?? 0, f?.huidigGedekt ?? 0)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('a gemeente without pupils contributes 0 under zorggebruik', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant, leeg }) => {
        const v = { ...variant, verdeelsleutel: { type: 'zorggebruik' as const } };
        const ev = evalueerVariant(ns, regio, v);
        const deelnemersBetalen = ev.financiers.some((f) => f.status === 'deelnemer' && f.huidigGedekt > 0);
        // (Only when the deelnemers have no own cost at all and there is something to herverdelen,
        // the documented fallback shares it equally.)
        if (v.nietDeelnemers !== 'herverdelen' || deelnemersBetalen || ev.detail.sleutel.herverdeeld === 0) {
          for (const id of ROUTES) expect(ev.routes[id].bijdragen.find((b) => b.financier === `gemeente:${leeg}`)!.bedrag).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('is linear: doubling every pupil count doubles every euro figure and keeps the graphs', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const a = evalueerVariant(ns, regio, variant);
        const b = evalueerVariant(ns, dubbel(regio), variant);
        const x = euroCijfers(a);
        const y = euroCijfers(b);
        expect(y.length).toBe(x.length);
        x.forEach((v, i) => expect(dicht(y[i], 2 * v, 1e-8), `cijfer ${i}: ${y[i]} ≠ 2 × ${v}`).toBe(true));
        expect(structuur(b)).toEqual(structuur(a));
      }),
      RUNS,
    );
  });

  it('conserves money at every budgethouder, at the parents and for every financier', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const ev = evalueerVariant(ns, regio, variant);
        for (const id of ROUTES) {
          const r = ev.routes[id];
          const bedragVan = new Map(r.bijdragen.map((b) => [b.financier, b.bedrag]));
          const houders = new Set(r.budgethouders.map((h) => h.partij));
          for (const h of r.budgethouders) {
            const instroom = som(r.stromen.filter((s) => s.naar === h.partij).map((s) => s.bedrag));
            const uitstroom = som(r.stromen.filter((s) => s.van === h.partij && s.soort === 'budget').map((s) => s.bedrag));
            // Own contribution: what the party contributes and does not pay to another budgethouder.
            const eigen = (bedragVan.get(h.partij) ?? 0) - som(r.stromen.filter((s) => s.van === h.partij && s.soort === 'bijdrage').map((s) => s.bedrag));
            expect(dicht(instroom, h.instroom)).toBe(true);
            expect(Math.abs(eigen - h.eigenBijdrage) <= 1e-6 * Math.max(1, Math.abs(eigen))).toBe(true);
            expect(dicht(uitstroom, h.uitstroom)).toBe(true);
            expect(dicht(instroom + h.eigenBijdrage, uitstroom + r.uitvoeringskostenFractie * uitstroom, 1e-8), `${id} ${h.partij}: ${instroom} + ${eigen} ≠ ${uitstroom} (+ uitvoeringskosten)`).toBe(true);
          }
          // The parents pass on exactly what they receive.
          const naarOuders = som(r.stromen.filter((s) => s.naar === OUDERS_PGB).map((s) => s.bedrag));
          const vanOuders = som(r.stromen.filter((s) => s.van === OUDERS_PGB).map((s) => s.bedrag));
          expect(dicht(naarOuders, vanOuders, 1e-9)).toBe(true);
          // The budgets add up to the pot; the individual flows to niet in de pot + buiten de scope.
          expect(dicht(som(r.stromen.filter((s) => s.soort === 'budget').map((s) => s.bedrag)), id === 'huidig' ? 0 : ev.pot.totaal)).toBe(true);
          const individueel = som(r.stromen.filter((s) => s.soort === 'individueel' && s.van !== OUDERS_PGB).map((s) => s.bedrag));
          const verwachtIndividueel = r.nietInPot.totaal + r.buitenScope.totaal - (r.buitenScope.perFinancier[SCHOLEN_ONDERWIJS] ?? 0);
          expect(dicht(individueel, verwachtIndividueel, 1e-8), `${id}: ${individueel} ≠ ${verwachtIndividueel}`).toBe(true);
          // Every financier that is no budgethouder pays exactly its contribution and its individual costs.
          for (const b of r.bijdragen) {
            if (houders.has(b.financier) || b.financier === SCHOLEN_ONDERWIJS) continue;
            const betaald = som(r.stromen.filter((s) => s.van === b.financier).map((s) => s.bedrag));
            const verwacht = b.financier.startsWith('swv:') ? b.bedrag : b.bedrag + b.individueel;
            expect(dicht(betaald, verwacht, 1e-8), `${id} ${b.financier}: ${betaald} ≠ ${verwacht}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('every flow is positive and every graph is Sankey-safe', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const ev = evalueerVariant(ns, regio, variant);
        for (const id of ROUTES) {
          const r = ev.routes[id];
          for (const s of r.stromen) {
            expect(Number.isFinite(s.bedrag) && s.bedrag > 0, `${id}: ${s.van} → ${s.naar} ${s.bedrag}`).toBe(true);
            expect(ev.partij[s.van], s.van).toBeDefined();
            expect(ev.partij[s.naar], s.naar).toBeDefined();
          }
          expect(r.aantalStromen).toBe(r.stromen.length);
          const c = sankeyControle(r);
          expect(c.zelflus).toBe(false);
          expect(c.dubbel).toBe(false);
          const houders = new Set(r.budgethouders.map((h) => h.partij));
          for (const k of c.tussenknopen) expect(houders.has(k) || k === OUDERS_PGB, `${id}: ${k} ontvangt en betaalt maar is geen budgethouder`).toBe(true);
          // Schools only receive; loketten = distinct payers of the school (the parents count once).
          for (const [school, n] of Object.entries(r.lokettenPerSchool)) {
            expect(n).toBe(new Set(r.stromen.filter((s) => s.naar === `school:${school}`).map((s) => s.van)).size);
            expect(r.stromen.some((s) => s.van === `school:${school}`)).toBe(false);
          }
        }
        // A route with one budgethouder per school adds at most one loket to those of today; with
        // every financier of a school in the pot the school has exactly one.
        const enkeleHouder: Array<'gemeenteroute' | 'integraal' | 'onderwijsroute'> = ['gemeenteroute', 'integraal'];
        if (ev.toegepast.onderwijsBudgethouder !== 'betalend_swv') enkeleHouder.push('onderwijsroute');
        for (const id of enkeleHouder) {
          const r = ev.routes[id];
          for (const [school, n] of Object.entries(r.lokettenPerSchool)) {
            expect(n).toBeLessThanOrEqual(ev.routes.huidig.lokettenPerSchool[school] + 1);
            const individueel = r.stromen.some((s) => s.soort === 'individueel' && s.naar === `school:${school}`);
            const budget = r.schoolbudgetten.find((b) => b.school === school)!.bedrag > 0;
            if (budget && !individueel) expect(n).toBe(1);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives every route a Sankey graph in which only budgethouders and the parents pass money on, balanced and acyclic', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const ev = evalueerVariant(ns, regio, variant);
        for (const id of ROUTES) {
          const r = ev.routes[id];
          const g = sankeyGraaf(ev, id);
          const knopen = new Map(g.knopen.map((k) => [k.id, k]));
          expect(knopen.size).toBe(g.knopen.length);
          const inK = new Map<string, number>();
          const uitK = new Map<string, number>();
          for (const l of g.links) {
            expect(l.van).not.toBe(l.naar);
            expect(l.bedrag).toBeGreaterThan(0);
            expect(knopen.has(l.van) && knopen.has(l.naar)).toBe(true);
            uitK.set(l.van, (uitK.get(l.van) ?? 0) + l.bedrag);
            inK.set(l.naar, (inK.get(l.naar) ?? 0) + l.bedrag);
          }
          for (const k of g.knopen) {
            if (k.rol === 'financier') expect(inK.has(k.id), k.id).toBe(false);
            if (k.rol === 'school' || k.rol === 'uitvoeringskosten') expect(uitK.has(k.id), k.id).toBe(false);
            if (k.rol === 'budgethouder') {
              expect(k.id).toBe(budgethouderKnoop(k.partij));
              expect(k.naam).toMatch(/ \(budgethouder\)$/);
            }
            if (k.rol === 'budgethouder' || k.rol === 'ouders') expect(dicht(inK.get(k.id) ?? 0, uitK.get(k.id) ?? 0, 1e-8), `${id} ${k.id}`).toBe(true);
          }
          // Layered, hence acyclic: financier → budgethouder / ouders → school / sink, or financier → school.
          const laag = { financier: 0, budgethouder: 1, ouders: 1, school: 2, uitvoeringskosten: 2 } as const;
          for (const l of g.links) expect(laag[knopen.get(l.van)!.rol]).toBeLessThan(laag[knopen.get(l.naar)!.rol]);
          // What financiers pay in the graph is their contribution plus what they still pay individually.
          if (id !== 'huidig') {
            for (const b of r.bijdragen) {
              if (b.financier === SCHOLEN_ONDERWIJS) continue;
              expect(dicht(uitK.get(b.financier) ?? 0, b.bedrag + b.individueel, 1e-8), `${id} ${b.financier}`).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('betalend_swv gives the same SWV → school flows as swv_vestiging where every cel is paid by its school’s SWV', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const zonderSwv: RegioBestand = { ...regio, gemeenten: regio.gemeenten.map((g) => ({ ...g, swvPo: undefined, swvVo: undefined })) };
        const budgetten = (budgethouder: 'betalend_swv' | 'swv_vestiging') =>
          evalueerVariant(ns, zonderSwv, { ...variant, onderwijsroute: { budgethouder } })
            .routes.onderwijsroute.stromen.filter((s) => s.soort === 'budget')
            .map((s) => [s.van, s.naar, Math.round(s.bedrag * 100)]);
        expect(budgetten('betalend_swv')).toEqual(budgetten('swv_vestiging'));
      }),
      { ...RUNS, numRuns: 80 },
    );
  });

  it('a custom scope equal to a preset gives the preset’s routes; adding a task never lowers the pot per kader', () => {
    fc.assert(
      fc.property(regioEnVariantArb, fc.constantFrom(...SCOPE_PRESETS), fc.subarray(TAKEN.map((t) => t.id)), fc.constantFrom(...TAKEN.map((t) => t.id)), ({ regio, variant }, preset, taken, extra) => {
        const a = evalueerVariant(ns, regio, { ...variant, scope: preset });
        const b = evalueerVariant(ns, regio, { ...variant, scope: [...SCOPE_TAKEN[preset]].reverse() });
        expect(b.routes).toEqual(a.routes);
        expect(b.pot).toEqual(a.pot);
        const klein = evalueerVariant(ns, regio, { ...variant, scope: taken });
        const groot = evalueerVariant(ns, regio, { ...variant, scope: [...taken, extra] });
        for (const k of KADERS) expect(groot.pot.perKader[k]).toBeGreaterThanOrEqual(klein.pot.perKader[k] - tol(klein.pot.perKader[k]));
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('reuses a precomputed need when only non-scope settings change, and recomputes it when the scope differs', () => {
    fc.assert(
      fc.property(regioEnVariantArb, ({ regio, variant }) => {
        const vers = evalueerVariant(ns, regio, variant);
        const hergebruikt = evalueerVariant(ns, regio, variant, vers.behoefte);
        expect(hergebruikt.behoefte).toBe(vers.behoefte);
        expect(hergebruikt.routes).toEqual(vers.routes);
        const smal = evalueerVariant(ns, regio, { ...variant, scope: 'smal' }, vers.behoefte);
        expect(smal.behoefte!.scope.naam).toBe('smal');
      }),
      { ...RUNS, numRuns: 40 },
    );
  });

  it('keeps the presets while a dozen maatwerk scopes are asked in a row', () => {
    const regio = fc.sample(regioEnVariantArb, { numRuns: 1, seed: 7 })[0].regio;
    const medium = evalueerVariant(ns, regio, { scope: 'medium' }).behoefte;
    for (const taak of TAKEN) evalueerVariant(ns, regio, { scope: TAKEN.filter((t) => t.id !== taak.id).map((t) => t.id) });
    expect(evalueerVariant(ns, regio, { scope: 'medium' }).behoefte).toBe(medium);
  });

  /** What a kept value must not change: every route, party and amount, and the warnings. */
  const verwachtZelfdeCijfers = (a: ReturnType<typeof evalueerVariant>, b: ReturnType<typeof evalueerVariant>) => {
    expect(a.routes).toEqual(b.routes);
    expect(a.financiers).toEqual(b.financiers);
    expect(a.partijen).toEqual(b.partijen);
    expect(a.pot).toEqual(b.pot);
    expect(a.waarschuwingen).toEqual(b.waarschuwingen);
  };

  it('answers a scope it kept from before exactly as a fresh calculation does', () => {
    fc.assert(
      fc.property(regioEnVariantArb, fc.constantFrom(...SCOPE_PRESETS), ({ regio, variant }, anders) => {
        const eerst = evalueerVariant(ns, regio, variant);
        evalueerVariant(ns, regio, { ...variant, scope: anders });
        const terug = evalueerVariant(ns, regio, variant);
        // A copy of the regio is a different object: nothing kept applies to it.
        const vers = evalueerVariant(ns, structuredClone(regio), variant);
        expect(terug.behoefte).toBe(eerst.behoefte);
        verwachtZelfdeCijfers(terug, vers);
      }),
      { ...RUNS, numRuns: 40 },
    );
  });

  it('answers a second variant on the same scope, with today’s flows kept from the first, exactly as a fresh regio object does', () => {
    const tweeVariantenArb = regioArb.chain(({ regio }) => fc.tuple(variantArb(regio), variantArb(regio)).map(([eerste, tweede]) => ({ regio, eerste, tweede: { ...tweede, scope: eerste.scope } })));
    fc.assert(
      fc.property(tweeVariantenArb, ({ regio, eerste, tweede }) => {
        evalueerVariant(ns, regio, eerste);
        const bewaard = evalueerVariant(ns, regio, tweede);
        const vers = evalueerVariant(ns, structuredClone(regio), tweede);
        verwachtZelfdeCijfers(bewaard, vers);
      }),
      { ...RUNS, numRuns: 40 },
    );
  });

  it('books today anew when the same cells come with other amounts: another pgb share or prijspeil', () => {
    const { cellen } = kleineCellen();
    const regio = kleineRegio();
    evalueerRoutes({ cellen, pgbAandeel: { jeugdwet: 0.2 } }, regio, {});
    for (const invoer of [{ cellen, pgbAandeel: { jeugdwet: 0.5 } }, { cellen, pgbAandeel: { jeugdwet: 0.5 }, prijsfactor: 1.1 }]) {
      const bewaard = evalueerRoutes(invoer, regio, {});
      const vers = evalueerRoutes(invoer, { ...regio }, {});
      expect(bewaard.routes).toEqual(vers.routes);
      expect(bewaard.financiers).toEqual(vers.financiers);
    }
  });
});
