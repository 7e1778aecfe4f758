import type { RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';

/**
 * The differences between two evaluated variants (B − A), per financier and per school. The only
 * arithmetic on money in the renderer: a subtraction of two engine figures.
 */

export interface Paar {
  a: number;
  b: number;
  /** b − a */
  verschil: number;
}

export interface FinancierVerschil {
  partij: string;
  naam: string;
  soort: string;
  /** Contribution to the pot in the chosen route. */
  bijdrage: Paar;
  /** Costs outside the pot (the same in every route). */
  buitenPot: Paar;
}

export interface SchoolVerschil {
  school: string;
  naam: string;
  pot: Paar;
  fteUitPot: Paar;
}

export interface VariantVerschil {
  route: RouteId;
  pot: Paar;
  nietInPot: Paar;
  financiers: FinancierVerschil[];
  scholen: SchoolVerschil[];
}

const paar = (a: number, b: number): Paar => ({ a, b, verschil: b - a });

export function variantVerschil(a: EvaluatieWeergave, b: EvaluatieWeergave, route: RouteId): VariantVerschil {
  const bijdragen = (ev: EvaluatieWeergave) => new Map(ev.financiers.map((f, i) => [f.partij, { f, bedrag: ev.routes[route].bijdragen[i].bedrag }]));
  const inA = bijdragen(a);
  const inB = bijdragen(b);
  // A's order first, then the parties only B has (e.g. SWVs once onderwijs contributes).
  const partijen = [...inA.keys(), ...[...inB.keys()].filter((p) => !inA.has(p))];
  const financiers = partijen.map((partij): FinancierVerschil => {
    const x = inA.get(partij);
    const y = inB.get(partij);
    const f = (x ?? y)!.f;
    return { partij, naam: f.naam, soort: f.soort, bijdrage: paar(x?.bedrag ?? 0, y?.bedrag ?? 0), buitenPot: paar(x?.f.individueel ?? 0, y?.f.individueel ?? 0) };
  });

  const scholenA = new Map(a.pot.perSchool.map((s) => [s.school, s]));
  const scholenB = new Map(b.pot.perSchool.map((s) => [s.school, s]));
  const fteA = new Map(a.formatie.map((f) => [f.school, f.fteUitPot]));
  const fteB = new Map(b.formatie.map((f) => [f.school, f.fteUitPot]));
  const codes = [...scholenA.keys(), ...[...scholenB.keys()].filter((c) => !scholenA.has(c))];
  const scholen = codes.map((school): SchoolVerschil => {
    const s = (scholenA.get(school) ?? scholenB.get(school))!;
    return {
      school,
      naam: s.naam,
      pot: paar(scholenA.get(school)?.totaal ?? 0, scholenB.get(school)?.totaal ?? 0),
      fteUitPot: paar(fteA.get(school) ?? 0, fteB.get(school) ?? 0),
    };
  });

  return {
    route,
    pot: paar(a.routes[route].pot.totaal, b.routes[route].pot.totaal),
    nietInPot: paar(a.nietInPot.totaal, b.nietInPot.totaal),
    financiers,
    scholen,
  };
}
