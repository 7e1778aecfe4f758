/**
 * The difference of two evaluations (B − A): one type for a pair of amounts, one function that
 * lines up the parties or schools of A and B, and the difference of two evaluated variants. Used by
 * the comparison of two variants on screen and the comparison of two momentopnamen.
 */
import type { EvaluatieWeergave } from '../engine/evaluatie-weergave';
import type { RouteId } from './routes';

export interface BedragVerschil {
  a: number;
  b: number;
  /** b − a. */
  verschil: number;
}

export const bedragVerschil = (a: number, b: number): BedragVerschil => ({ a, b, verschil: b - a });

/** The items of A and B side by side by key: A's order first, then the keys only B has. */
export function naastElkaar<T>(a: readonly T[], b: readonly T[], sleutel: (x: T) => string): { sleutel: string; a: T | undefined; b: T | undefined }[] {
  const inA = new Map(a.map((x) => [sleutel(x), x]));
  const inB = new Map(b.map((x) => [sleutel(x), x]));
  return [...inA.keys(), ...[...inB.keys()].filter((k) => !inA.has(k))].map((k) => ({ sleutel: k, a: inA.get(k), b: inB.get(k) }));
}

/** The difference of one amount of two lined-up items; a missing item counts 0. */
export function verschilVan<T>(paar: { a: T | undefined; b: T | undefined }, bedrag: (x: T) => number): BedragVerschil {
  return bedragVerschil(paar.a !== undefined ? bedrag(paar.a) : 0, paar.b !== undefined ? bedrag(paar.b) : 0);
}

export interface FinancierVerschil {
  partij: string;
  naam: string;
  soort: string;
  /** Contribution to the pot in the chosen route. */
  bijdrage: BedragVerschil;
  /** Costs outside the pot (the same in every route). */
  buitenPot: BedragVerschil;
}

export interface SchoolVerschil {
  school: string;
  naam: string;
  pot: BedragVerschil;
  fteUitPot: BedragVerschil;
}

export interface VariantVerschil {
  route: RouteId;
  pot: BedragVerschil;
  nietInPot: BedragVerschil;
  financiers: FinancierVerschil[];
  scholen: SchoolVerschil[];
}

/** The differences between two evaluated variants (B − A) in one route, per financier and per school. */
export function variantVerschil(a: EvaluatieWeergave, b: EvaluatieWeergave, route: RouteId): VariantVerschil {
  const bijdragen = (ev: EvaluatieWeergave) => ev.financiers.map((f, i) => ({ f, bedrag: ev.routes[route].bijdragen[i].bedrag }));
  const financiers = naastElkaar(bijdragen(a), bijdragen(b), (x) => x.f.partij).map((p): FinancierVerschil => {
    const f = (p.a ?? p.b)!.f;
    return { partij: p.sleutel, naam: f.naam, soort: f.soort, bijdrage: verschilVan(p, (x) => x.bedrag), buitenPot: verschilVan(p, (x) => x.f.individueel) };
  });
  const fteA = new Map(a.formatie.map((f) => [f.school, f.fteUitPot]));
  const fteB = new Map(b.formatie.map((f) => [f.school, f.fteUitPot]));
  const scholen = naastElkaar(a.pot.perSchool, b.pot.perSchool, (s) => s.school).map(
    (p): SchoolVerschil => ({
      school: p.sleutel,
      naam: (p.a ?? p.b)!.naam,
      pot: verschilVan(p, (s) => s.totaal),
      fteUitPot: bedragVerschil(fteA.get(p.sleutel) ?? 0, fteB.get(p.sleutel) ?? 0),
    }),
  );
  return {
    route,
    pot: bedragVerschil(a.routes[route].pot.totaal, b.routes[route].pot.totaal),
    nietInPot: bedragVerschil(a.nietInPot.totaal, b.nietInPot.totaal),
    financiers,
    scholen,
  };
}
