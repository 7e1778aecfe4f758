/**
 * Rekenkern part 2 (rekenmodel §3–§5): the collectieve pot, the contributions of every financier
 * under a variant, the four routes' flow graphs, their indicators and the explanations.
 */
export { evalueerVariant, evalueerRoutes, bewaardeBehoefte, controleerVariant, pasVariantToe, type EvaluatieRegio } from './evalueer';
export { legUit, figuren, uitlegTeksten, type Uitleg, type UitlegTerm, type UitlegEenheid, type FigurenOpties } from './uitleg';
export { sankeyGraaf, budgethouderKnoop, UITVOERINGSKOSTEN_KNOOP, type SankeyGraaf, type SankeyKnoop, type SankeyLink, type SankeyRol } from './sankey';
export { AANNAMES_ROUTES, type AannameRoutes } from './aannames';
export { berekenKalibratie, type RealisatieRij, type Kalibratie, type KalibratieFinancier, type KalibratieDeel, type KalibratieFactoren } from './kalibratie';
export { berekenIngroeipad, ingroeiBedrag, INGROEI_TOLERANTIE, type Ingroeipad, type IngroeiJaar, type IngroeiGemeente } from './ingroeipad';
export { herverdeeleffecten, type HerverdeeleffectGemeente } from './herverdeeleffect';
export { GGD, ZORGKANTOOR, ENTITEIT, gemeenteId, schoolId, swvId, verzekeraarId, partijSoort, partijCode } from './partijen';
export {
  ROUTES,
  ROUTE_LABEL,
  type RouteId,
  type PotRouteId,
  type Partij,
  type PartijSoort,
  type RoutesRegio,
  type RoutesInvoer,
  type ToegepasteInstellingen,
  type GemeenteStatus,
  type FinancierCijfers,
  type Stroom,
  type StroomSoort,
  type Bijdrage,
  type Budgethouder,
  type SchoolBudget,
  type NietInPot,
  type RouteResultaat,
  type SchoolPot,
  type Pot,
  type SchoolFormatie,
  type Evaluatie,
  type EvaluatieDetail,
} from './typen';
