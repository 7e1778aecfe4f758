/**
 * The OOGO report of a samenwerkingsverband as plain data: built once on the Node side
 * (`core/export/oogo.ts`) and shown both as an Excel workbook and as the printable report view
 * in the renderer. Types and two display markers only: no Node code, no calculations.
 *
 * Amounts are euros per school year, rounded to cents. Pupil counts are `Getoond`: a number, or a
 * marker when the report hides small numbers ("kleine aantallen").
 */
import type { Doelgroep, Kader } from '../domain/labels';
import type { GemeenteStatus, RouteId } from '../engine/routes/typen';

/** A pupil count of 1 to 4, hidden. */
export const KLEIN_AANTAL = '<5';
/** A figure left out because a hidden count could be derived from it (CBS: "x = geheim"). */
export const WEGGELATEN = 'x';

/** A total with a hidden count in it, rounded to tens: "ca. 760". */
export type Afgerond = `ca. ${string}`;
/** A pupil count as shown: the number, `<5`, `x` or a rounded total. */
export type Getoond = number | typeof KLEIN_AANTAL | typeof WEGGELATEN | Afgerond;
/** An amount as shown: the number, or `x` when it is left out. */
export type GetoondBedrag = number | typeof WEGGELATEN;

export interface OogoKop {
  titel: string;
  swv: { code: string; naam: string; type: 'po' | 'vo' };
  regio: string;
  /** Name of the variant ("Standaardvariant (rekenmodel)" when it has none). */
  variant: string;
  /** ISO date (yyyy-mm-dd) and the same in Dutch ("12 maart 2026"). */
  datum: string;
  datumTekst: string;
  appVersie: string;
  normenset: { id: string; naam: string };
  scope: string;
  /** True when counts below 5 are hidden (a report meant to be shared). */
  kleineAantallen: boolean;
}

export interface OogoLeerlingenRij {
  school: string;
  schoolNaam: string;
  /** The school belongs to this samenwerkingsverband. */
  vanSwv: boolean;
  perDoelgroep: Record<Doelgroep, Getoond>;
  totaal: Getoond;
}

/** The rows a summary leaves out, counted together. */
export interface OogoOverigeScholen {
  aantal: number;
  perDoelgroep: Record<Doelgroep, Getoond>;
  totaal: Getoond;
}

export interface OogoLeerlingen {
  /** One row per school where pupils of the gemeente go; schools of the SWV first. */
  rijen: OogoLeerlingenRij[];
  /** The printed report's summary: the schools of the SWV and the largest others, the rest as "overige". */
  kort: { rijen: OogoLeerlingenRij[]; overige: OogoOverigeScholen | null };
  perDoelgroep: Record<Doelgroep, Getoond>;
  totaal: Getoond;
  /** Pupils on schools of this SWV. */
  opScholenVanSwv: Getoond;
}

export interface OogoKaderRij {
  kader: Kader;
  /** Who pays this kader today ("de gemeente zelf", "het zorgkantoor", …). */
  financierNu: string;
  /** Cost of the gemeente's pupils in this kader, all schools. */
  bedrag: number;
  /** The part on schools of this SWV (`x` when a hidden count could be derived from it). */
  opScholenVanSwv: GetoondBedrag;
  /** The kader is in the pot of the variant (onderwijs: when a share of it is). */
  inPot: boolean;
}

export interface OogoZorgbehoefte {
  kaders: OogoKaderRij[];
  totaal: number;
  opScholenVanSwv: GetoondBedrag;
  /** What the gemeente pays today ("Nu", `betaaltNu`): Jeugdwet and Wmo of all its pupils, every task. */
  gemeenteNu: number;
}

export interface OogoGemeenteRoute {
  route: RouteId;
  routeNaam: string;
  /** Who holds the pot this gemeente pays into ("–" in the huidige situatie). */
  budgethouder: string;
  /** Paid into the pot in this route (potdeel + uitvoeringskosten). */
  bijdrage: number;
  /** What it pays today for the same costs. */
  huidig: number;
  verschil: number;
  /** Its costs outside the pot, paid individually (today and in every route). */
  individueel: number;
  /** Onderwijsroute: the part of its contribution that goes to this SWV; null elsewhere. */
  naarSwv: number | null;
  /** The same in one Dutch sentence. */
  tekst: string;
}

export interface OogoGemeente {
  code: string;
  naam: string;
  inRegio: boolean;
  status?: GemeenteStatus;
  /** The gemeente's position in the variant, in Dutch. */
  statusTekst: string;
  /** Why it is in the area: woongemeente of pupils, vestigingsgemeente of schools of the SWV. */
  redenInGebied: string;
  /** Names of the schools of this SWV located in this gemeente. */
  vestigingVan: string[];
  leerlingen: OogoLeerlingen;
  zorgbehoefte: OogoZorgbehoefte;
  routes: OogoGemeenteRoute[];
}

export interface OogoSwvRoute {
  route: RouteId;
  routeNaam: string;
  /** The SWV holds the budget of (some of) its schools in this route. */
  budgethouder: boolean;
  /** Who holds the pot of the SWV's schools. */
  budgethouderNaam: string;
  /** Pot of the SWV's schools (the same in every route). */
  potScholen: number;
  /** As budgethouder: contributions flowing in, its own contribution, budgets paid to schools, uitvoeringskosten kept. */
  instroom: number;
  eigenBijdrage: number;
  uitstroom: number;
  uitvoeringskosten: number;
  /** Number of parties paying the SWV. */
  aantalBetalers: number;
  /** Parties its schools receive care money from: mean and max over its schools. */
  lokettenGemiddeld: number;
  lokettenMax: number;
  tekst: string;
}

export interface OogoSchool {
  code: string;
  naam: string;
  vestigingsgemeente: string;
  sector: string;
  leerlingen: Getoond;
  /** Number of woongemeenten of its pupils, and how many of those lie outside the regio. */
  woongemeenten: number;
  woongemeentenBuitenRegio: number;
  /** All care and education costs of the school, and its pot. */
  kosten: number;
  pot: number;
  loketten: Record<RouteId, number>;
}

/** A figure in the TLV section: a count (fractional when estimated) or a marker when hidden. */
export type GetoondTlv = number | typeof KLEIN_AANTAL | typeof WEGGELATEN;

/** TLV laag / midden / hoog of one school or gemeente (on schools of this SWV). */
export interface OogoTlvRij {
  naam: string;
  leerlingen: Getoond;
  laag: GetoondTlv;
  midden: GetoondTlv;
  hoog: GetoondTlv;
  /** Aantallen × the kengetallen per category. */
  bedrag: GetoondBedrag;
  /** 'ingevoerd': the regio's own counts; 'schatting': national shares; 'deels': both. */
  herkomst: 'ingevoerd' | 'schatting' | 'deels';
}

export interface OogoTlv {
  scholen: OogoTlvRij[];
  gemeenten: OogoTlvRij[];
  totaal: OogoTlvRij;
  /** The kengetallen per category (euros per TLV per school year). */
  bedragen: { laag: number; midden: number; hoog: number };
  /** How the figures were obtained and their sources, in Dutch sentences with report lines. */
  toelichting: string[];
}

/** A source of a bespreekpunt: document, place (line numbers) and the quoted words. */
export interface OogoBron {
  document: string;
  plaats: string;
  citaat: string;
}

export interface OogoBespreekpunt {
  id: string;
  titel: string;
  tekst: string;
  /** Where the point comes from (absent: it follows from the figures alone). */
  bronnen?: OogoBron[];
  /** Names of the gemeenten and schools it is about. */
  gemeenten: string[];
  scholen: string[];
}

/** What the printed report shows of a long list of gemeenten; the workbook has them all. */
export interface OogoSamenvatting {
  /** Codes of the gemeenten in the overview table, the most pupils first. */
  gemeenten: string[];
  /** The other gemeenten together. */
  overige: { aantal: number; leerlingen: Getoond; zorgbehoefte: number; nu: number } | null;
  /** Codes of the gemeenten with a section of their own in the report. */
  metSectie: string[];
  /** What is summarised and where the detail is, in Dutch. */
  tekst: string;
}

/** The herverdeeleffect (rekenmodel-v2 §9) of one gemeente of the area, in the gemeenteroute. */
export interface OogoHerverdeling {
  code: string;
  naam: string;
  inwoners0tot17: number;
  /** What it pays today for the part in the pot. */
  huidigGedekt: number;
  bijdrage: number;
  /** bijdrage − huidigGedekt: positive is nadeel. */
  bedrag: number;
  perInwoner: number | null;
}

export interface OogoRapport {
  kop: OogoKop;
  /** "prijspeil 2022" or the regio's year: the price level of every amount. */
  prijspeil?: string;
  /** The herverdeeleffect of the area's gemeenten that take part in the pot, largest nadeel first. */
  herverdeling?: OogoHerverdeling[];
  /** The variant's settings in Dutch sentences. */
  variantZinnen: string[];
  /** How the area of the SWV is defined, in Dutch. */
  gebied: string;
  /** What the kleine-aantallen rule did, in Dutch (empty when it was off). */
  kleineAantallen: string[];
  scholen: OogoSchool[];
  gemeenten: OogoGemeente[];
  samenvatting: OogoSamenvatting;
  swvRoutes: OogoSwvRoute[];
  bespreekpunten: OogoBespreekpunt[];
  /** TLV laag / midden / hoog on the SWV's schools: entered or estimated, with the kengetallen. */
  tlv: OogoTlv;
  /** Warnings of the calculation (fallbacks the engine used). */
  waarschuwingen: string[];
}
