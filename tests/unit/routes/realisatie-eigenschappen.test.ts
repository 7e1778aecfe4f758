/**
 * Property tests of the rekenmodel-v2 §12 invariants added by §9–§10, over generated regios with
 * realisatie rows and a prijspeil, and variants with a rekenbasis and an ingroeipad:
 * - under rekenbasis realisatie a financier's today per kader equals its (used) total row;
 * - under rekenbasis norm, normkosten gives the contributions of zorggebruik;
 * - pot (zorg part) + niet in de pot + buiten de scope = Z still, Z independent of the variant;
 * - the ingroeipad keeps Σ b_g(t) constant, b_g(t) between h_g and T_g, and b_g(n) = T_g without a cap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KADERS, type Kader } from '../../../shared/domain/labels';
import { deriveNormenset, evalueerVariant, ROUTES, type VariantInvoer } from '../../../shared/engine';
import { POT_ROUTES } from '../../../shared/domain/routes';
import type { RegioBestand } from '../../../shared/regio/schema';
import { dicht, regioArb, variantArb } from './hulp';

const ns = deriveNormenset();
const RUNS = { numRuns: 80, seed: 20261206 };
const som = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const ZORGKADERS = KADERS.filter((k) => k !== 'onderwijs');
const INDEX = { '2023': 1.031, '2024': 1.072, '2026': 1.15 };

/** A generated regio with realisatie rows (one year per financier, kader and school) and a prijspeil. */
const regioMetRealisatieArb = regioArb.chain(({ regio }) => {
  const financiers: Array<[string, Exclude<Kader, 'onderwijs'>]> = [
    ...regio.gemeenten.flatMap((g) => [[`gemeente:${g.code}`, 'jeugdwet'] as [string, Exclude<Kader, 'onderwijs'>], [`gemeente:${g.code}`, 'wmo'] as [string, Exclude<Kader, 'onderwijs'>]]),
    ['zorgkantoor', 'wlz'],
    ['ggd', 'wpg'],
    ...regio.zorgverzekeraars.map((z) => [`zorgverzekeraar:${z.naam}`, 'zvw'] as [string, Exclude<Kader, 'onderwijs'>]),
  ];
  return fc
    .record({
      rijen: fc.array(
        fc.record({
          f: fc.nat(),
          school: fc.option(fc.nat(), { nil: undefined }),
          jaar: fc.constantFrom(2022, 2023, 2024),
          bedrag: fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.double({ min: 0, max: 50_000, noNaN: true })),
        }),
        { maxLength: 12 },
      ),
      prijspeil: fc.constantFrom(2022, 2024, 2026),
    })
    .map(({ rijen, prijspeil }) => {
      const jaarVan = new Map<string, number>();
      const realisatie = rijen.map((r) => {
        const [financier, kader] = financiers[r.f % financiers.length];
        const school = r.school === undefined ? undefined : regio.scholen[r.school % regio.scholen.length].code;
        const sleutel = `${financier}|${kader}|${school ?? ''}`;
        if (!jaarVan.has(sleutel)) jaarVan.set(sleutel, r.jaar);
        return { financier, kader, jaar: jaarVan.get(sleutel)!, bedrag: r.bedrag, ...(school ? { school } : {}) };
      });
      const r: RegioBestand = { ...regio, versie: 3, realisatie, prijspeil: { jaar: prijspeil, index: INDEX } };
      return r;
    });
});

const arb = regioMetRealisatieArb.chain((regio) =>
  fc
    .record({
      variant: variantArb(regio),
      rekenbasis: fc.constantFrom('norm', 'realisatie'),
      normkosten: fc.boolean(),
      jaren: fc.integer({ min: 1, max: 6 }),
      m: fc.option(fc.double({ min: 0, max: 40, noNaN: true }), { nil: undefined }),
    })
    .map(({ variant, rekenbasis, normkosten, jaren, m }) => {
      const v: VariantInvoer = {
        ...variant,
        rekenbasis: rekenbasis as 'norm',
        ingroei: { jaren, ...(m !== undefined ? { maxNadeelPerInwoner: m } : {}) },
        ...(normkosten ? { verdeelsleutel: { ...variant.verdeelsleutel, type: 'normkosten' as const } } : {}),
      };
      return { regio, variant: v };
    }),
);

describe('rekenmodel-v2 §12: realisatie, prijspeil, normkosten and the ingroeipad', () => {
  it('under rekenbasis realisatie a financier with a (used) total row pays today exactly that row, at prijspeil', () => {
    fc.assert(
      fc.property(arb, ({ regio, variant }) => {
        const ev = evalueerVariant(ns, regio, { ...variant, rekenbasis: 'realisatie' });
        const index = (j: number) => (j === 2022 ? 1 : INDEX[String(j) as keyof typeof INDEX]);
        for (const k of ev.kalibratie.financiers) {
          if (!k.totaal?.gebruikt) continue;
          // Independent: the total rows of this financier and kader straight from the regio, at prijspeil.
          const rijen = regio.realisatie!.filter((r) => r.financier === k.financier && r.kader === k.kader && r.school === undefined);
          const totaal = som(rijen.map((r) => (r.bedrag * index(regio.prijspeil!.jaar)) / index(r.jaar)));
          // A financier that spent nothing at all is not listed: today 0.
          const f = ev.financiers.find((x) => x.partij === k.financier);
          const vandaag = f?.huidigPerKader[k.kader] ?? 0;
          expect(Math.abs(vandaag - totaal) < 0.01, `${k.financier} ${k.kader}: ${vandaag} ≠ ${totaal}`).toBe(true);
          const b = ev.routes.gemeenteroute.bijdragen.find((x) => x.financier === k.financier);
          expect(b?.huidig ?? 0).toBe(f?.huidig ?? 0);
        }
      }),
      RUNS,
    );
  });

  it('under rekenbasis norm the key normkosten gives the same contributions as zorggebruik', () => {
    fc.assert(
      fc.property(arb, ({ regio, variant }) => {
        const norm = { ...variant, rekenbasis: 'norm' as const };
        const a = evalueerVariant(ns, regio, { ...norm, verdeelsleutel: { ...norm.verdeelsleutel, type: 'normkosten' } });
        const b = evalueerVariant(ns, regio, { ...norm, verdeelsleutel: { ...norm.verdeelsleutel, type: 'zorggebruik' } });
        for (const id of ROUTES) {
          const bij = new Map(b.routes[id].bijdragen.map((x) => [x.financier, x.bedrag]));
          for (const x of a.routes[id].bijdragen) expect(Math.abs(x.bedrag - (bij.get(x.financier) ?? 0)) < 0.005, `${id} ${x.financier}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('pot (zorg part) + niet in de pot + buiten de scope = Z in every route, Z the same for every variant of one rekenbasis', () => {
    fc.assert(
      fc.property(arb, ({ regio, variant }) => {
        const ev = evalueerVariant(ns, regio, variant);
        const breed = evalueerVariant(ns, regio, { rekenbasis: variant.rekenbasis });
        expect(dicht(ev.zorgTotaal, breed.zorgTotaal, 1e-9)).toBe(true);
        for (const id of ROUTES) {
          const r = ev.routes[id];
          const delen = som(ZORGKADERS.map((k) => r.pot.perKader[k])) + r.nietInPot.totaal + r.buitenScope.totaal;
          expect(Math.abs(delen - ev.zorgTotaal) < 0.005, `${id}: ${delen} ≠ ${ev.zorgTotaal}`).toBe(true);
        }
        for (const id of POT_ROUTES) {
          for (const h of ev.herverdeeleffect[id]) {
            const bijdrage = ev.routes[id].bijdragen.find((b) => b.financier === h.partij)?.bedrag ?? 0;
            expect(dicht(h.bedrag, bijdrage - ev.financiers.find((f) => f.partij === h.partij)!.huidigGedekt)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('the ingroeipad keeps the sum constant, stays between start and target, and reaches the target in year n without a cap', () => {
    fc.assert(
      fc.property(arb, ({ regio, variant }) => {
        const ev = evalueerVariant(ns, regio, variant);
        const p = ev.ingroeipad;
        const somStart = som(p.gemeenten.map((g) => g.start));
        const tol = 1e-6 * Math.max(1, somStart);
        // h and T are the contributions without uitvoeringskosten under zorggebruik and under the key.
        const zg = evalueerVariant(ns, regio, { ...variant, verdeelsleutel: { ...variant.verdeelsleutel, type: 'zorggebruik' } });
        for (const g of p.gemeenten) {
          expect(dicht(g.doel, ev.financiers.find((f) => f.partij === g.partij)!.potdeel)).toBe(true);
          expect(dicht(g.start, zg.financiers.find((f) => f.partij === g.partij)!.potdeel, 1e-9)).toBe(true);
        }
        expect(Math.abs(somStart - som(p.gemeenten.map((g) => g.doel))) <= tol).toBe(true);
        for (const j of p.pad) {
          expect(Math.abs(som(j.bedragen) - somStart) <= tol, `jaar ${j.jaar}`).toBe(true);
          for (const [i, g] of p.gemeenten.entries()) {
            const b = j.bedragen[i];
            expect(b >= Math.min(g.start, g.doel) - tol && b <= Math.max(g.start, g.doel) + tol, `${g.partij} jaar ${j.jaar}: ${b} niet tussen ${g.start} en ${g.doel}`).toBe(true);
          }
        }
        if (variant.ingroei?.maxNadeelPerInwoner === undefined) {
          expect(p.voltooid).toBe(true);
          expect(p.pad).toHaveLength(variant.ingroei?.jaren ?? 1);
          for (const [i, g] of p.gemeenten.entries()) expect(Math.abs(p.pad[p.pad.length - 1].bedragen[i] - g.doel) <= tol).toBe(true);
        } else if (p.voltooid) {
          for (const [i, g] of p.gemeenten.entries()) expect(Math.abs(p.pad[p.pad.length - 1].bedragen[i] - g.doel) < 1).toBe(true);
        } else expect(p.pad).toHaveLength(20);
      }),
      RUNS,
    );
  });

  it('answers a switch of rekenbasis on the same regio object exactly as a fresh regio object does', () => {
    fc.assert(
      fc.property(arb, ({ regio, variant }) => {
        // Today's amounts differ under norm and realisatie: what is kept for the one must not answer the other.
        const ander = { ...variant, rekenbasis: variant.rekenbasis === 'realisatie' ? ('norm' as const) : ('realisatie' as const) };
        evalueerVariant(ns, regio, variant);
        const gewisseld = evalueerVariant(ns, regio, ander);
        const terug = evalueerVariant(ns, regio, variant);
        for (const [bewaard, v] of [[gewisseld, ander], [terug, variant]] as const) {
          const vers = evalueerVariant(ns, structuredClone(regio), v);
          expect(bewaard.routes).toEqual(vers.routes);
          expect(bewaard.financiers).toEqual(vers.financiers);
          expect(bewaard.kalibratie).toEqual(vers.kalibratie);
        }
      }),
      { ...RUNS, numRuns: 30 },
    );
  });
});
