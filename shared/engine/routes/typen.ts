import type { Kader, Sector } from '../../domain/labels';
import type { Behoefte, KaderBedragen } from '../behoefte';
import type { BuitenScopeBehandeling, OnderwijsBudgethouder, Variant } from '../variant';
import { ROUTES, ROUTE_LABEL, type PotRouteId, type RouteId } from '../../domain/routes';
import type { PrijspeilInstelling, PrijspeilUitkomst } from '../prijspeil';
import type { Kalibratie, KalibratieFactoren, RealisatieRij } from './kalibratie';
import type { HerverdeeleffectGemeente } from './herverdeeleffect';
import type { Ingroeipad } from './ingroeipad';

/**
 * Types of the routes engine (rekenmodel §3–§5). All amounts in euro per school year, unrounded.
 *
 * Party ids (also in the JSON output): `gemeente:<code>`, `ggd`, `zorgkantoor`,
 * `zorgverzekeraar:<naam>`, `swv:<code>`, `school:<code>`, `entiteit:integraal`, `ouders:pgb` (the
 * parents through whom a pgb is paid) and `scholen:onderwijs` (the schools, where care outside the
 * scope becomes onderwijs).
 */

export { ROUTES, ROUTE_LABEL, type RouteId, type PotRouteId };

export type PartijSoort = 'gemeente' | 'ggd' | 'zorgkantoor' | 'zorgverzekeraar' | 'swv' | 'school' | 'entiteit' | 'ouders' | 'scholen';

export interface Partij {
  id: string;
  soort: PartijSoort;
  naam: string;
  /** Gemeentecode, schoolcode or swv-code; the verzekeraar's name. */
  code?: string;
}

/**
 * What the routes engine needs from the regio. A regio-bestand fits. Cells may name gemeenten that
 * are not listed (treated as outside the regio, 0 inwoners); every school in the cells must be
 * listed (the routes need its vestigingsgemeente and samenwerkingsverband).
 */
export interface RoutesRegio {
  regio?: { naam: string };
  gemeenten: readonly { code: string; naam: string; inwoners0tot17: number; inRegio: boolean; centrumgemeente?: boolean; swvPo?: string; swvVo?: string }[];
  samenwerkingsverbanden: readonly { code: string; naam: string; type?: string }[];
  scholen: readonly { code: string; naam: string; vestigingsgemeente: string; swv: string; sector?: Sector }[];
  zorgkantoor: { naam: string };
  zorgverzekeraars: readonly { naam: string; marktaandeel: number }[];
  /** Used only for the default penvoerder. */
  leerlingen?: readonly { school: string; aantal: number }[];
  /** What financiers really spent (rekenmodel-v2 §9); absent: none. */
  realisatie?: readonly RealisatieRij[];
  /** Price level of every amount (rekenmodel-v2 §9); absent: prijspeil 2022. */
  prijspeil?: PrijspeilInstelling;
}

/**
 * The cost cells the routes start from: cost[s][g][k] (rekenmodel §2). A Behoefte fits; tests can
 * give round numbers directly. `perSchool` (optional) supplies the formatie per school.
 */
export interface RoutesCel {
  school: string;
  gemeente: string;
  leerlingen?: number;
  /** The sector of this cel part; absent: the school's sector when it is so or vso. */
  sector?: 'so' | 'vso';
  /** Cost within the scope, per kader. */
  perKader: KaderBedragen;
  /** Cost of the tasks outside the scope (breed − scope), per kader; absent: 0. */
  buitenScope?: KaderBedragen;
}

export interface RoutesInvoer {
  cellen: readonly RoutesCel[];
  perSchool?: readonly { school: string; fte: Record<string, number>; fteTotaal: number }[];
  /** Pgb share per kader (rekenmodel-v2 §7); absent: no pgb. */
  pgbAandeel?: Partial<Record<Kader, number>>;
  /** The factor on every norm amount of the cells: index(prijspeil) relative to 2022 (rekenmodel-v2 §9); absent: 1. */
  prijsfactor?: number;
  /** `rekenbasis: realisatie`: per financier and kader the factor per school (rekenmodel-v2 §9); absent: the norm. */
  kalibratie?: KalibratieFactoren;
}

/** Settings of the variant after filling in the regio-dependent defaults. */
export interface ToegepasteInstellingen {
  potKaders: Kader[];
  onderwijsFractie: number;
  /** Budgethouder of the gemeenteroute (gemeentecode). */
  centrumgemeente: string;
  onderwijsBudgethouder: OnderwijsBudgethouder;
  /** The penvoerend SWV (code), when the onderwijsroute uses one. */
  penvoerder: string | null;
  integraalNaam: string;
  /** Uitvoeringskosten per route as a fraction of the pot. */
  uitvoeringskosten: Record<RouteId, number>;
  /** Per kader: the pgb part of its covered cost stays individual (rekenmodel-v2 §7). */
  pgbIndividueel: Record<Kader, boolean>;
  buitenScope: BuitenScopeBehandeling;
}

/** How a gemeente's pupils' Jeugdwet/Wmo costs are treated in this variant. */
export type GemeenteStatus =
  | 'deelnemer' // in the regio and participating: carries P_gem by the verdeelsleutel
  | 'niet_individueel' // in the regio, not participating, its costs stay individual
  | 'niet_vestigingsgemeente' // in the regio, not participating, the school's vestigingsgemeente pays
  | 'niet_herverdelen' // in the regio, not participating, its costs are shared by the deelnemers
  | 'buiten_individueel' // outside the regio, its costs stay individual
  | 'buiten_verrekening'; // outside the regio, pays its own costs into the pot

/** The figures of one financier, the same in every route (except the uitvoeringskosten). */
export interface FinancierCijfers {
  partij: string;
  soort: PartijSoort;
  naam: string;
  /** Contribution to the pot (without uitvoeringskosten). */
  potdeel: number;
  /** The same per kader. */
  potdeelPerKader: KaderBedragen;
  /** What it pays today: all its cells, every task (breed). SWVs: the onderwijs share they bring in. */
  huidig: number;
  /** The same per kader. */
  huidigPerKader: KaderBedragen;
  /** What it pays today for the costs that are in the pot in this variant (its covered cells). */
  huidigGedekt: number;
  huidigGedektPerKader: KaderBedragen;
  /** Its costs within the scope that stay outside the pot ("niet in de pot"), paid individually. */
  individueel: number;
  /** The same per kader. */
  individueelPerKader: KaderBedragen;
  /** Its costs of tasks outside the scope it still pays individually (`buitenScope: individueel`); for
   * `scholen:onderwijs` what moves to the schools. */
  buitenScope: number;
  buitenScopePerKader: KaderBedragen;
  /** Of individueel + buitenScope: the part paid through the parents' pgb. */
  viaPgb: number;
  /** Gemeenten: its status in this variant. */
  status?: GemeenteStatus;
  /** Gemeenten carrying P_gem: weight and share in the verdeelsleutel and the resulting amount. */
  sleutel?: { gewicht: number; aandeel: number; bedrag: number };
  /** Gemeenten: costs of non-participants it pays as vestigingsgemeente. */
  vestigingsgemeente?: number;
  /** Gemeenten outside the regio under `verrekening`: its own costs paid into the pot. */
  verrekening?: number;
}

export type StroomSoort = 'individueel' | 'bijdrage' | 'budget';

/** One kader's zorgkader amounts split by party: the shape of "niet in de pot" and "buiten de scope". */
export interface Deelbedrag {
  totaal: number;
  perKader: KaderBedragen;
  /** Party id → amount, only parties with an amount > 0. */
  perFinancier: Record<string, number>;
}

/**
 * One flow of money in a route. `individueel`: a financier pays a school directly (today's way);
 * `bijdrage`: a financier pays a budgethouder; `budget`: a budgethouder pays a school its pot.
 * `kader` is set where the flow belongs to one kader.
 */
export interface Stroom {
  van: string;
  naar: string;
  bedrag: number;
  soort: StroomSoort;
  kader?: Kader;
}

export interface Bijdrage {
  financier: string;
  /** Paid into the pot in this route: potdeel + uitvoeringskosten (0 in huidig). */
  bedrag: number;
  potdeel: number;
  uitvoeringskosten: number;
  /** What it pays today: breed, all its cells. */
  huidig: number;
  /** bedrag + individueel − huidig. */
  verschil: number;
  /** Still paid individually in this route: niet in de pot + buiten de scope (in huidig: everything). */
  individueel: number;
}

export interface Budgethouder {
  partij: string;
  /** Schools whose pot it holds. */
  scholen: number;
  /** Contributions of others that flow in. */
  instroom: number;
  /** Its own contribution: internal, not a flow (never a self-loop). */
  eigenBijdrage: number;
  /** Budgets paid to schools. */
  uitstroom: number;
  /** Uitvoeringskosten it keeps: instroom + eigenBijdrage = uitstroom + uitvoeringskosten. */
  uitvoeringskosten: number;
}

export interface SchoolBudget {
  school: string;
  /** Pot of the school (its budget in every route). */
  bedrag: number;
  perKader: KaderBedragen;
  /** Party id of the budgethouder paying it (the largest, where several do; absent in huidig). */
  budgethouder?: string;
  /** Where several budgethouders pay the school (onderwijsroute `betalend_swv`): party id → amount. */
  perBudgethouder?: Record<string, number>;
}

export type NietInPot = Deelbedrag;

export interface RouteResultaat {
  route: RouteId;
  naam: string;
  budgethouders: Budgethouder[];
  /** Fraction of the pot. */
  uitvoeringskostenFractie: number;
  uitvoeringskosten: number;
  pot: { totaal: number; perKader: KaderBedragen };
  bijdragen: Bijdrage[];
  stromen: Stroom[];
  /** Number of flows (all with amount > 0). */
  aantalStromen: number;
  schoolbudgetten: SchoolBudget[];
  /** School code → number of distinct parties it receives care money from. */
  lokettenPerSchool: Record<string, number>;
  /** Over the schools with care costs or a pot. */
  loketten: { gemiddeld: number; max: number };
  /** Party id → number of distinct parties it pays. */
  ontvangersPerFinancier: Record<string, number>;
  nietInPot: NietInPot;
  /** Zorgkader cost of the tasks outside the scope (0 in huidig): pot (zorg) + nietInPot + buitenScope = Z. */
  buitenScope: Deelbedrag;
}

export interface SchoolPot {
  school: string;
  naam: string;
  totaal: number;
  perKader: KaderBedragen;
  /** All costs of the school (all kaders, onderwijs included). */
  kosten: number;
  /** totaal / kosten (0 when there are no costs). */
  aandeelPot: number;
}

export interface Pot {
  totaal: number;
  perKader: KaderBedragen;
  perSchool: SchoolPot[];
}

/**
 * Formatie per school: fte within the scope and the part financed from the pot, which we take as
 * fte × aandeelPot (the pot's share in the school's cost; see AANNAMES_ROUTES "formatie-uit-pot").
 */
export interface SchoolFormatie {
  school: string;
  fteTotaal: number;
  fteUitPot: number;
  aandeelPot: number;
  perProfessional: Record<string, { fte: number; uitPot: number }>;
}

export interface Evaluatie {
  variant: Variant;
  toegepast: ToegepasteInstellingen;
  /** The need the routes were computed from (when evaluated via evalueerVariant), at 2022 prices: the routes' amounts are at `prijspeil`. */
  behoefte?: Behoefte;
  /** Every party that appears, by id, in a stable order. */
  partijen: Partij[];
  partij: Record<string, Partij>;
  pot: Pot;
  financiers: FinancierCijfers[];
  nietInPot: NietInPot;
  buitenScope: Deelbedrag;
  /** Z: the breed zorgkader cost of all cells (rekenmodel-v2 §8), the same in every route. */
  zorgTotaal: number;
  formatie: SchoolFormatie[];
  routes: Record<RouteId, RouteResultaat>;
  /** The price level of every amount (rekenmodel-v2 §9): norms × `prijspeil.factor`. */
  prijspeil: PrijspeilUitkomst;
  /**
   * Norm beside realisatie per financier and kader with realisatie rows (rekenmodel-v2 §9), the
   * same under either rekenbasis; `variant.rekenbasis` says whether the cells used the factors.
   */
  kalibratie: Kalibratie;
  /** Per pot route, per gemeente: its contribution − its today for the covered part (rekenmodel-v2 §9). */
  herverdeeleffect: Record<PotRouteId, HerverdeeleffectGemeente[]>;
  /** The phasing-in of the variant's verdeelsleutel from `zorggebruik` (rekenmodel-v2 §10). */
  ingroeipad: Ingroeipad;
  /** Situations the engine resolved by a fallback (in Dutch). */
  waarschuwingen: string[];
  /** Internal data for the explanations (`legUit`); not part of the JSON contract. */
  readonly detail: EvaluatieDetail;
}

/** Intermediate figures kept for the explanations. */
export interface EvaluatieDetail {
  sleutel: {
    type: Variant['verdeelsleutel']['type'];
    alpha: number;
    /** P_gem: what the participating in-regio gemeenten carry together, per kader. */
    gemeentelijkDeel: KaderBedragen;
    /** Own covered costs of the deelnemers (part of P_gem). */
    eigenDeelnemers: number;
    /** Costs of non-participants shared by the deelnemers (herverdelen; part of P_gem). */
    herverdeeld: number;
    /** Sum of the weights over the deelnemers (0 → equal shares). */
    somGewicht: number;
    somInwoners: number;
    somZorggebruik: number;
    somLeerlingen: number;
    somPercentages: number;
    gelijkVerdeeld: boolean;
    /** Per deelnemer (party id): its zorggebruik share and its jeugdigen share (used by `mix`). */
    zorggebruikAandeel: Record<string, number>;
    jeugdigenAandeel: Record<string, number>;
  };
  /** Per gemeente that pays as vestigingsgemeente: the non-participants it pays for. */
  vestigingsgemeenteVoor: Record<string, Record<string, number>>;
  /** Per non-participating gemeente under herverdelen: its costs shared. */
  herverdeeldVan: Record<string, number>;
  /** Gemeente party id → own cost per kader (jeugdwet, wmo) of its pupils, all schools. */
  gemeenteKosten: Record<string, { jeugdwet: number; wmo: number; leerlingen: number; inwoners: number }>;
  /** Share of the zvw in the pot (Σ marktaandeel of participating verzekeraars). */
  zvwGedekt: number;
  /** Zvw costs of all pupils (before the split over verzekeraars). */
  zvwTotaal: number;
  /** Verzekeraar party id → market share. */
  marktaandeel: Record<string, number>;
  /** All costs per kader (the need within the scope). */
  kostenPerKader: KaderBedragen;
  /** SWV party id → codes of its schools. */
  swvScholen: Record<string, string[]>;
  /** School code → vestigingsgemeente code. */
  schoolVestiging: Record<string, string>;
  /** Pgb share per kader the evaluation used. */
  pgbAandeel: Record<Kader, number>;
  /** Pupils whose woongemeente names no SWV of their sector: their school's SWV pays (rekenmodel-v2 §6). */
  betalendSwvTerugval: number;
}
