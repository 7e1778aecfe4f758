import type { Behoefte } from './behoefte';
import { ROUTES } from '../domain/routes';
import { schoolId } from '../domain/partijen';
import { sankeyBeeld, type SankeyBeeld, type SankeyVraag } from './sankey-beperken';
import { legUit, sankeyGraaf, type Bijdrage, type Evaluatie, type FinancierCijfers, type Partij, type RouteId, type RouteResultaat, type SankeyGraaf, type SchoolFormatie, type SchoolPot } from './routes';

/**
 * What the screens receive of an evaluation: its figures, without the internal detail, the per-cell
 * need and the flows, and only the parts (`delen`) the visible screen shows. The key figures of
 * every route always come; the contributions per financier (`bijdragen`) and the budget and formatie
 * per school (`scholen`) only when asked for. What a figure is made of (its explanation), the flows
 * of a route with their Sankey graph and the formatie of a school per professional are asked for
 * when they are shown (`uitlegVanFiguren`, `geldstromenVan`, `formatieVan`), by the figure's key
 * (see `figuren` in ./routes/uitleg), the route or the school; `regioId` and `variant` say of which
 * evaluation.
 *
 * A part that was not asked for is empty (no rows), so a screen must only read the parts it asked
 * for; `delen` says which ones are filled.
 */
export interface EvaluatieWeergave extends Omit<Evaluatie, 'detail' | 'behoefte' | 'routes' | 'partijen' | 'partij' | 'pot' | 'financiers' | 'formatie'> {
  regioId: number;
  /** The parts this answer carries besides the key figures. */
  delen: EvaluatieDeel[];
  behoefte: BehoefteSamenvatting;
  /** The parties the sent parts name (budgethouders; the financiers sent; with `scholen` the schools), by id. */
  partij: Record<string, Partij>;
  /** The pot; `perSchool` only with the part `scholen`. */
  pot: Evaluatie['pot'];
  /** With the part `bijdragen` every financier, with `grootsteBijdragen` the largest ones; the routes' `bijdragen` follow this order. */
  financiers: FinancierRegel[];
  /** Per school its fte and fte from the pot; only with the part `scholen`. Per professional: `formatieVan`. */
  formatie: FormatieRegel[];
  routes: Record<RouteId, RouteCijfers>;
}

/**
 * The parts of an evaluation a screen can ask for besides the key figures: every financier's
 * contributions (`bijdragen`), only the largest ones (`grootsteBijdragen`: the
 * GROOTSTE_BIJDRAGEN financiers paying most in the gemeenteroute, for a summary), the budget
 * and formatie per school (`scholen`), and the calibration, herverdeeleffect and ingroeipad
 * (`herverdeling`, rekenmodel-v2 §9–§10).
 */
export const EVALUATIE_DELEN = ['bijdragen', 'grootsteBijdragen', 'scholen', 'herverdeling'] as const;
export const GROOTSTE_BIJDRAGEN = 5;
export type EvaluatieDeel = (typeof EVALUATIE_DELEN)[number];

/** The need in totals: what the comparison screens show of it. */
export type BehoefteSamenvatting = Pick<Behoefte, 'normenset' | 'scope' | 'taken' | 'leerlingen' | 'totaal' | 'perKader' | 'fteTotaal'>;

/**
 * A route's figures; its flows come with `geldstromenVan`. `bijdragen` (in the order of the
 * financiers sent) only with the part `bijdragen` or `grootsteBijdragen`; `lokettenPerSchool` with every answer (the key figures
 * explain their average with it).
 */
export type RouteCijfers = Omit<RouteResultaat, 'stromen' | 'schoolbudgetten' | 'ontvangersPerFinancier' | 'bijdragen'> & { bijdragen: Bijdrage[] };

/** What the screens show of a financier: its name, status and amounts, without the split per kader. */
export type FinancierRegel = Pick<FinancierCijfers, 'partij' | 'soort' | 'naam' | 'potdeel' | 'huidig' | 'huidigGedekt' | 'individueel' | 'buitenScope' | 'viaPgb' | 'status' | 'sleutel' | 'vestigingsgemeente' | 'verrekening'>;

/** A school's formatie without the split per professional. */
export type FormatieRegel = Omit<SchoolFormatie, 'perProfessional'>;

/** The explanation of one figure, in the shape of the UI's tooltip, and as one sentence. */
export interface FiguurUitleg {
  titel: string;
  regels: string[];
  tekst: string;
}

/**
 * What a Sankey of one route draws (`SankeyBeeld`: limited to the parties the screen shows, see
 * ./sankey-beperken), with the counts its texts name. A link with an index below
 * `aantalInPot + aantalBuiten` is one of the route's flows, explained as `<route>/stroom/<index>`.
 */
export interface Geldstromen extends SankeyBeeld {
  /** The route's flows in the pot (contributions and budgets) and outside it (individual). */
  aantalInPot: number;
  aantalBuiten: number;
}

function financierRegel(f: FinancierCijfers): FinancierRegel {
  const { partij, soort, naam, potdeel, huidig, huidigGedekt, individueel, buitenScope, viaPgb, status, sleutel, vestigingsgemeente, verrekening } = f;
  return { partij, soort, naam, potdeel, huidig, huidigGedekt, individueel, buitenScope, viaPgb, status, sleutel, vestigingsgemeente, verrekening };
}

/** The figures of an evaluation with the asked parts (all parts when `delen` is not given). */
export function evaluatieWeergave(ev: Evaluatie, regioId: number, delen: readonly EvaluatieDeel[] = EVALUATIE_DELEN): EvaluatieWeergave {
  const { detail: _detail, behoefte, routes, partijen: _partijen, partij: alle, pot, financiers, formatie, ...rest } = ev;
  if (!behoefte) throw new Error('evaluatieWeergave: de evaluatie heeft geen behoefte (gebruik evalueerVariant)');
  const metBijdragen = delen.includes('bijdragen');
  // Which financiers (by index) go with the answer, in that order; every route's contributions follow it.
  const gekozen = metBijdragen
    ? financiers.map((_, i) => i)
    : delen.includes('grootsteBijdragen')
      ? financiers
          .map((_, i) => i)
          .sort((a, b) => routes.gemeenteroute.bijdragen[b].bedrag - routes.gemeenteroute.bijdragen[a].bedrag)
          .slice(0, GROOTSTE_BIJDRAGEN)
      : [];
  const metScholen = delen.includes('scholen');
  const metHerverdeling = delen.includes('herverdeling');
  const { normenset, scope, taken, leerlingen, totaal, perKader, fteTotaal } = behoefte;
  const genoemd = new Set<string>();
  const cijfers = {} as Record<RouteId, RouteCijfers>;
  for (const id of ROUTES) {
    // Field by field: a route builds its flows when they are read, and this answer leaves them out.
    const r = routes[id];
    for (const b of r.budgethouders) genoemd.add(b.partij);
    cijfers[id] = {
      route: r.route,
      naam: r.naam,
      budgethouders: r.budgethouders,
      uitvoeringskostenFractie: r.uitvoeringskostenFractie,
      uitvoeringskosten: r.uitvoeringskosten,
      pot: r.pot,
      nietInPot: r.nietInPot,
      buitenScope: r.buitenScope,
      lokettenPerSchool: r.lokettenPerSchool,
      loketten: r.loketten,
      aantalStromen: r.aantalStromen,
      bijdragen: metBijdragen ? r.bijdragen : gekozen.map((i) => r.bijdragen[i]),
    };
  }
  for (const i of gekozen) genoemd.add(financiers[i].partij);
  if (metScholen) for (const s of pot.perSchool) genoemd.add(schoolId(s.school));
  const partij = Object.fromEntries([...genoemd].filter((id) => alle[id]).map((id) => [id, alle[id]]));
  return {
    ...rest,
    regioId,
    delen: EVALUATIE_DELEN.filter((d) => delen.includes(d)),
    behoefte: { normenset, scope, taken, leerlingen, totaal, perKader, fteTotaal },
    partij,
    pot: { totaal: pot.totaal, perKader: pot.perKader, perSchool: metScholen ? pot.perSchool : ([] as SchoolPot[]) },
    financiers: gekozen.map((i) => financierRegel(financiers[i])),
    formatie: metScholen ? formatie.map(({ perProfessional: _p, ...f }) => f) : [],
    routes: cijfers,
    kalibratie: metHerverdeling ? rest.kalibratie : { financiers: [], waarschuwingen: rest.kalibratie.waarschuwingen },
    herverdeeleffect: metHerverdeling ? rest.herverdeeleffect : { gemeenteroute: [], onderwijsroute: [], integraal: [] },
    ingroeipad: metHerverdeling ? rest.ingroeipad : { ...rest.ingroeipad, gemeenten: [], pad: [] },
  };
}

/** The explanations of the given figure keys; a key the evaluation has no figure for is left out. */
export function uitlegVanFiguren(ev: Evaluatie, figuren: readonly string[]): Record<string, FiguurUitleg> {
  const uit: Record<string, FiguurUitleg> = {};
  for (const id of figuren) {
    const u = legUit(ev, id);
    if (u) uit[id] = { titel: u.titel, regels: u.regels, tekst: u.tekst };
  }
  return uit;
}

/** Per evaluation its routes' graphs: highlighting a party or expanding "overige" asks the same evaluation again. */
const grafen = new WeakMap<Evaluatie, Map<RouteId, SankeyGraaf>>();

function graafVan(ev: Evaluatie, route: RouteId): SankeyGraaf {
  let perRoute = grafen.get(ev);
  if (!perRoute) grafen.set(ev, (perRoute = new Map()));
  let g = perRoute.get(route);
  if (!g) perRoute.set(route, (g = sankeyGraaf(ev, route)));
  return g;
}

/** The Sankey of one route as the screen shows it (the asked part, `max` parties per column, the highlighted one kept). */
export function geldstromenVan(ev: Evaluatie, route: RouteId, vraag: SankeyVraag): Geldstromen {
  const stromen = ev.routes[route].stromen;
  const aantalBuiten = stromen.filter((s) => s.soort === 'individueel').length;
  return { ...sankeyBeeld(graafVan(ev, route), vraag), aantalInPot: stromen.length - aantalBuiten, aantalBuiten };
}

/** The formatie per professional of one school (null: of every school, for a download). */
export function formatieVan(ev: Evaluatie, school: string | null): SchoolFormatie[] {
  return school === null ? ev.formatie : ev.formatie.filter((f) => f.school === school);
}
