import { KADERS, type Kader } from '../../domain/labels';
import type { PotBerekening } from './financiering';
import type { GenummerdeStromen } from './individuele-stromen';
import { ENTITEIT, gemeenteId, nulKaders, schoolId, swvId } from './partijen';
import {
  ROUTE_LABEL,
  type Bijdrage,
  type Budgethouder,
  type FinancierCijfers,
  type PotRouteId,
  type RouteId,
  type RouteResultaat,
  type SchoolBudget,
  type Stroom,
  type StroomSoort,
  type ToegepasteInstellingen,
} from './typen';

/**
 * The four routes' flow graphs and indicators (rekenmodel §4).
 *
 * Graph rules (Sankey-safe): every flow has an amount > 0; parties are the nodes; the graph is
 * layered financiers → budgethouder(s) → schools, with individual flows financier → school, so it
 * has no cycles. A budgethouder that is also a financier (the centrumgemeente, a penvoerend SWV, each
 * SWV under `swv_vestiging`) pays its own contribution *internally*: it appears as `eigenBijdrage` of
 * its `Budgethouder` entry, never as a flow to itself. The only nodes that both receive and pay are
 * budgethouders; the UI names them "<naam> (budgethouder)". Money is conserved at every budgethouder:
 * instroom + eigenBijdrage = uitstroom + uitvoeringskosten (it keeps the uitvoeringskosten).
 */

/** The kader of a contribution flow, where the financier brings exactly one kader into the pot. */
function bijdrageKader(f: FinancierCijfers, inst: ToegepasteInstellingen): Kader | undefined {
  switch (f.soort) {
    case 'gemeente': {
      const k = inst.potKaders.filter((x) => x === 'jeugdwet' || x === 'wmo');
      return k.length === 1 ? k[0] : undefined;
    }
    case 'ggd':
      return 'wpg';
    case 'zorgkantoor':
      return 'wlz';
    case 'zorgverzekeraar':
      return 'zvw';
    case 'swv':
      return 'onderwijs';
    default:
      return undefined;
  }
}

function bijdragenVoor(pb: PotBerekening, route: RouteId, u: number): Bijdrage[] {
  return pb.financiers.map((f) => {
    // Huidig: no pot; everyone pays all of today's cost individually.
    if (route === 'huidig') return { financier: f.partij, bedrag: 0, potdeel: 0, uitvoeringskosten: 0, huidig: f.huidig, verschil: 0, individueel: f.huidig };
    const uitvoeringskosten = f.potdeel * u;
    const bedrag = f.potdeel + uitvoeringskosten;
    const individueel = f.individueel + f.buitenScope;
    return { financier: f.partij, bedrag, potdeel: f.potdeel, uitvoeringskosten, huidig: f.huidig, verschil: bedrag + individueel - f.huidig, individueel };
  });
}

/** Party index for counting relations with numeric keys (cheaper than nested sets of strings). */
interface PartijIndex {
  index: Map<string, number>;
  ids: string[];
}

function partijIndex(pb: PotBerekening): PartijIndex {
  const ids = [...pb.partijen.map((p) => p.id), ENTITEIT];
  const index = new Map<string, number>();
  for (const id of ids) if (!index.has(id)) index.set(id, index.size);
  return { index, ids: [...index.keys()] };
}

/**
 * Who pays whom in a route whose flows are `inPot` followed by the individual ones: the loketten
 * per school and the receivers per financier. The individual flows (tens of thousands at national
 * scale) name their parties by number; each such number is looked up once.
 */
function relaties(inPot: PotStromen, individueel: GenummerdeStromen, pb: PotBerekening, pi: PartijIndex): Pick<RouteResultaat, 'lokettenPerSchool' | 'loketten' | 'ontvangersPerFinancier' | 'aantalStromen'> {
  const { index } = pi;
  const volg = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = index.size;
      index.set(id, i);
      pi.ids.push(id);
    }
    return i;
  };
  // Distinct (van, naar) pairs: bucket the flows by receiver, then mark each payer once per bucket.
  const F = inPot.aantal + individueel.aantal;
  const van = new Int32Array(F);
  const naar = new Int32Array(F);
  for (let f = 0; f < inPot.aantal; f++) {
    van[f] = index.get(inPot.van[f]) ?? volg(inPot.van[f]);
    naar[f] = index.get(inPot.naar[f]) ?? volg(inPot.naar[f]);
  }
  // In flow order, as above, so a party missing from the index gets the same number.
  const nummer = new Int32Array(individueel.partijen.length).fill(-1);
  const partijNummer = (n: number) => (nummer[n] >= 0 ? nummer[n] : (nummer[n] = volg(individueel.partijen[n])));
  for (let j = 0, f = inPot.aantal; j < individueel.aantal; j++, f++) {
    van[f] = partijNummer(individueel.van[j]);
    naar[f] = partijNummer(individueel.naar[j]);
  }
  const P = index.size;
  const begin = new Int32Array(P + 1);
  for (let f = 0; f < F; f++) begin[naar[f] + 1]++;
  for (let i = 0; i < P; i++) begin[i + 1] += begin[i];
  const vul = begin.slice(0, P);
  const volgorde = new Int32Array(F);
  for (let f = 0; f < F; f++) volgorde[vul[naar[f]]++] = f;
  const betalers = new Uint32Array(P);
  const ontvangers = new Uint32Array(P);
  const stempel = new Int32Array(P).fill(-1);
  for (let b = 0; b < P; b++) {
    for (let j = begin[b]; j < begin[b + 1]; j++) {
      const a = van[volgorde[j]];
      if (stempel[a] === b) continue;
      stempel[a] = b;
      betalers[b]++;
      ontvangers[a]++;
    }
  }
  const lokettenPerSchool: Record<string, number> = {};
  let som = 0;
  let n = 0;
  let max = 0;
  pb.schoolCodes.forEach((code, s) => {
    const i = index.get(schoolId(code));
    const aantal = i === undefined ? 0 : betalers[i];
    lokettenPerSchool[code] = aantal;
    if (pb.schoolMetZorg[s]) {
      som += aantal;
      n++;
      if (aantal > max) max = aantal;
    }
  });
  const ontvangersPerFinancier: Record<string, number> = {};
  for (let i = 0; i < P; i++) if (ontvangers[i] > 0) ontvangersPerFinancier[pi.ids[i]] = ontvangers[i];
  return { lokettenPerSchool, loketten: { gemiddeld: n ? som / n : 0, max }, ontvangersPerFinancier, aantalStromen: F };
}

/**
 * A route's flows are built when first read (a Sankey, an explanation, an export): at national
 * scale a route carries tens of thousands of individual flows, and the screens of a variant change
 * show only their counts (computed from the numbered flows). On that first read `stromen` becomes a
 * plain property holding the list, in the same place among the route's keys.
 */
function zetStromen(route: object, lijst: Stroom[]): Stroom[] {
  Object.defineProperty(route, 'stromen', { value: lijst, writable: true, enumerable: true, configurable: true });
  return lijst;
}

/**
 * A pot route's flows in the pot (contributions, then budgets), field by field: made objects only
 * when the route's flows are read (see zetStromen).
 */
class PotStromen {
  readonly van: string[] = [];
  readonly naar: string[] = [];
  private readonly bedrag: number[] = [];
  private readonly soort: Exclude<StroomSoort, 'individueel'>[] = [];
  private readonly kader: (Kader | undefined)[] = [];

  get aantal(): number {
    return this.van.length;
  }

  voegToe(van: string, naar: string, bedrag: number, soort: Exclude<StroomSoort, 'individueel'>, kader?: Kader): void {
    this.van.push(van);
    this.naar.push(naar);
    this.bedrag.push(bedrag);
    this.soort.push(soort);
    this.kader.push(kader);
  }

  stromen(): Stroom[] {
    return this.van.map((van, i) => {
      const naar = this.naar[i];
      const bedrag = this.bedrag[i];
      const soort = this.soort[i];
      const kader = this.kader[i];
      return kader ? { van, naar, bedrag, soort, kader } : { van, naar, bedrag, soort };
    });
  }
}

function huidigeRoute(pb: PotBerekening, pi: PartijIndex): RouteResultaat {
  const nul = nulKaders();
  // Today there is no pot: every zorgkader euro is paid individually (rekenmodel-v2 §8).
  const perFinancier: Record<string, number> = {};
  const perK = nulKaders();
  for (const f of pb.financiers) {
    if (f.soort === 'swv' || f.soort === 'scholen') continue;
    let t = 0;
    for (const k of KADERS) {
      if (k === 'onderwijs') continue;
      perK[k] += f.huidigPerKader[k];
      t += f.huidigPerKader[k];
    }
    if (t > 0) perFinancier[f.partij] = t;
  }
  return {
    route: 'huidig',
    naam: ROUTE_LABEL.huidig,
    budgethouders: [],
    uitvoeringskostenFractie: 0,
    uitvoeringskosten: 0,
    pot: { totaal: 0, perKader: nul },
    bijdragen: bijdragenVoor(pb, 'huidig', 0),
    get stromen() {
      // Today's flows are kept with the cells for every later what-if: this evaluation gets its own list.
      return zetStromen(this, pb.huidigeStromen.stromen().slice());
    },
    set stromen(lijst: Stroom[]) {
      zetStromen(this, lijst);
    },
    schoolbudgetten: [],
    nietInPot: { totaal: pb.zorgTotaal, perKader: perK, perFinancier },
    buitenScope: { totaal: 0, perKader: nulKaders(), perFinancier: {} },
    ...relaties(new PotStromen(), pb.huidigeStromen, pb, pi), // no pot: only individual flows
  };
}

/**
 * A route with budgethouders. `doelen(f)` gives, for a financier, the budgethouders its contribution
 * goes to with their fractions (summing to 1); `houdersVanSchool(s)` the budgethouders paying school
 * s with their amounts (one budgethouder paying the whole pot, except under `betalend_swv`).
 */
function potRoute(
  pb: PotBerekening,
  pi: PartijIndex,
  inst: ToegepasteInstellingen,
  route: PotRouteId,
  vasteHouders: readonly string[],
  doelen: (f: FinancierCijfers) => readonly (readonly [string, number])[],
  houdersVanSchool: (s: number) => Iterable<readonly [string, number]>,
): RouteResultaat {
  const u = inst.uitvoeringskosten[route];
  const bijdragen = bijdragenVoor(pb, route, u);
  const houders = new Map<string, Budgethouder>();
  const houder = (partij: string) => {
    let h = houders.get(partij);
    if (!h) houders.set(partij, (h = { partij, scholen: 0, instroom: 0, eigenBijdrage: 0, uitstroom: 0, uitvoeringskosten: 0 }));
    return h;
  };
  for (const p of vasteHouders) houder(p);

  // The flows in the pot (contributions, then budgets); the individual ones follow them.
  const inPot = new PotStromen();
  pb.financiers.forEach((f, i) => {
    const bedrag = bijdragen[i].bedrag;
    if (!(bedrag > 0)) return;
    const kader = bijdrageKader(f, inst);
    for (const [naar, fractie] of doelen(f)) {
      const x = bedrag * fractie;
      if (!(x > 0)) continue;
      const h = houder(naar);
      if (naar === f.partij) {
        h.eigenBijdrage += x; // internal: never a self-loop
        continue;
      }
      h.instroom += x;
      inPot.voegToe(f.partij, naar, x, 'bijdrage', kader);
    }
  });
  const schoolbudgetten: SchoolBudget[] = pb.pot.perSchool.map((s, i) => {
    const perBudgethouder: Record<string, number> = {};
    let grootste: string | undefined;
    for (const [bh, bedrag] of houdersVanSchool(i)) {
      grootste ??= bh;
      if (!(bedrag > 0)) continue;
      const h = houder(bh);
      h.uitstroom += bedrag;
      h.scholen++;
      inPot.voegToe(bh, schoolId(s.school), bedrag, 'budget');
      perBudgethouder[bh] = bedrag;
      if (!(perBudgethouder[grootste] >= bedrag)) grootste = bh;
    }
    const meer = Object.keys(perBudgethouder).length > 1;
    return { school: s.school, bedrag: s.totaal, perKader: s.perKader, ...(grootste !== undefined ? { budgethouder: grootste } : {}), ...(meer ? { perBudgethouder } : {}) };
  });
  let uitvoeringskosten = 0;
  for (const h of houders.values()) {
    h.uitvoeringskosten = h.uitstroom * u;
    uitvoeringskosten += h.uitvoeringskosten;
  }
  return {
    route,
    naam: ROUTE_LABEL[route],
    budgethouders: [...houders.values()],
    uitvoeringskostenFractie: u,
    uitvoeringskosten,
    pot: { totaal: pb.pot.totaal, perKader: pb.pot.perKader },
    bijdragen,
    get stromen() {
      return zetStromen(this, inPot.stromen().concat(pb.individueleStromen.stromen()));
    },
    set stromen(lijst: Stroom[]) {
      zetStromen(this, lijst);
    },
    schoolbudgetten,
    nietInPot: pb.nietInPot,
    buitenScope: pb.buitenScope,
    ...relaties(inPot, pb.individueleStromen, pb, pi),
  };
}

/** One budgethouder paying every school its whole pot. */
const alleenHouder = (pb: PotBerekening, houderVan: (s: number) => string) => (s: number) => [[houderVan(s), pb.schoolPot[s]] as const];

/** Fractions of a financier's potdeel per target, from its amounts per target. */
function fracties(bedragen: Map<string, number> | undefined, totaal: number): [string, number][] {
  const uit: [string, number][] = [];
  if (!bedragen || !(totaal > 0)) return uit;
  bedragen.forEach((x, id) => {
    if (x !== 0) uit.push([id, x / totaal]);
  });
  return uit;
}

export function bouwRoutes(pb: PotBerekening, inst: ToegepasteInstellingen): Record<RouteId, RouteResultaat> {
  const pi = partijIndex(pb);
  // Gemeenteroute: everything to the centrumgemeente, which pays every school its pot.
  const centrum = gemeenteId(inst.centrumgemeente);
  const gemeenteroute = potRoute(pb, pi, inst, 'gemeenteroute', [centrum], () => [[centrum, 1]], alleenHouder(pb, () => centrum));
  const onderwijsroute = bouwOnderwijsroute(pb, pi, inst);
  // Integrale route: everything to one regional entity.
  const integraal = potRoute(pb, pi, inst, 'integraal', [ENTITEIT], () => [[ENTITEIT, 1]], alleenHouder(pb, () => ENTITEIT));

  return { huidig: huidigeRoute(pb, pi), gemeenteroute, onderwijsroute, integraal };
}

/** Onderwijsroute (rekenmodel §4, rekenmodel-v2 §6): betalend_swv, swv_vestiging or penvoerder. */
function bouwOnderwijsroute(pb: PotBerekening, pi: PartijIndex, inst: ToegepasteInstellingen): RouteResultaat {
  if (inst.onderwijsBudgethouder === 'penvoerder' && inst.penvoerder !== null) {
    const pv = swvId(inst.penvoerder);
    return potRoute(pb, pi, inst, 'onderwijsroute', [pv], () => [[pv, 1]], alleenHouder(pb, () => pv));
  }
  if (inst.onderwijsBudgethouder === 'betalend_swv') {
    // Each betalend SWV holds the pot of its own pupils: every covered euro of a cel goes to that
    // cel's SWV, which pays each school the pot of its pupils there.
    const houders = [...new Set(pb.schoolPotPerSwv.flatMap((m) => [...m].filter(([, x]) => x > 0).map(([id]) => id)))];
    return potRoute(pb, pi, inst, 'onderwijsroute', houders, (f) => fracties(pb.potdeelPerSwv.get(f.partij), f.potdeel), (s) => pb.schoolPotPerSwv[s]);
  }
  // swv_vestiging: each SWV holds the pot of its schools. A care financier's contribution is split
  // over the SWVs in proportion to the care part of their schools' pot; an SWV's onderwijs share
  // goes to the SWV of the school it is for (itself where they coincide: internal, not a flow).
  const zorgPerSwv = new Map<string, number>();
  const swvVolgorde: string[] = [];
  const metPotSet = new Set<string>();
  let zorgTotaal = 0;
  pb.schoolCodes.forEach((_, s) => {
    const id = pb.schoolSwv[s];
    if (!zorgPerSwv.has(id)) {
      zorgPerSwv.set(id, 0);
      swvVolgorde.push(id);
    }
    if (pb.schoolPot[s] > 0) metPotSet.add(id);
    const z = pb.schoolZorgPot[s];
    if (z > 0) {
      zorgPerSwv.set(id, zorgPerSwv.get(id)! + z);
      zorgTotaal += z;
    }
  });
  const verdeling: [string, number][] = zorgTotaal > 0 ? swvVolgorde.filter((id) => zorgPerSwv.get(id)! > 0).map((id) => [id, zorgPerSwv.get(id)! / zorgTotaal]) : [];
  const metPot = swvVolgorde.filter((id) => metPotSet.has(id));
  return potRoute(
    pb,
    pi,
    inst,
    'onderwijsroute',
    metPot,
    (f) => (f.soort === 'swv' ? fracties(pb.onderwijsNaarSchoolSwv.get(f.partij), f.potdeel) : verdeling),
    alleenHouder(pb, (s) => pb.schoolSwv[s]),
  );
}
