/**
 * Public API of the rekenkern (calculation engine), part 1: the normenset (rekenmodel §1) and the
 * care need per school (§2). Pure functions over plain data: no I/O, deterministic.
 */
export {
  NORMEN_LANDELIJK,
  PublishedNormenSchema,
  PROFESSIONALS,
  PROFESSIONAL_IDS,
  TAKEN,
  GROEPEN,
  GROEP_LABEL,
  SCOPE_PRESETS,
  SCOPE_TAKEN,
  SCOPE_LABEL,
  PRESET_GROEPEN,
  bronTekst,
  type PublishedNormen,
  type Professional,
  type Taak,
  type Groep,
  type ScopePreset,
  type NormBron,
  type Kengetal,
} from './normen';
export { deriveNormenset, type Normenset, type NormParameterBron } from './normenset';
export { scopeTaken, scopeNaam, type ScopeKeuze, type ScopeNaam } from './scope';
export {
  berekenBehoefte,
  eenheidskosten,
  type Behoefte,
  type BehoefteInvoer,
  type BehoefteSchool,
  type BehoefteWoongemeente,
  type BehoefteCel,
  type KaderBedragen,
} from './behoefte';
export { UITGESLOTEN_KADERS } from './financieringsmix';
export { kleinsteKwadratenOpSimplex } from './doelgroepmix';
export { pasBiproportioneelAan, pasMargesAan } from './biproportioneel';
export { CEL_SECTOREN, type CelSector } from './sector';
export { AANDEEL_DOELEN, type AandeelDoel, type AandeelUitkomst } from './aandelen';
export { BehoefteUitvoerSchema, naarUitvoer, UITVOER_FORMAAT, UITVOER_VERSIE, type BehoefteUitvoer } from './uitvoer';
// Part 2: variants, the collectieve pot, the three routes and their indicators (rekenmodel §3–§5).
export {
  VariantSchema,
  VerdeelsleutelSchema,
  valideerVariant,
  leesVariantJson,
  standaardVariant,
  standaardCentrumgemeente,
  standaardPenvoerder,
  deelnemerIds,
  VARIANT_PRESETS,
  VARIANT_FORMAAT,
  VARIANT_VERSIE,
  POT_KADERS,
  STANDAARD_POT_KADERS,
  VERDEELSLEUTELS,
  VERDEELSLEUTEL_LABEL,
  VERDEELSLEUTEL_EIGEN_LEERLINGEN_UITLEG,
  REKENBASES,
  REKENBASIS_LABEL,
  MAX_INGROEI_JAREN,
  NIET_DEELNEMERS,
  NIET_DEELNEMERS_LABEL,
  BUITEN_REGIO,
  BUITEN_REGIO_LABEL,
  ONDERWIJS_BUDGETHOUDERS,
  ONDERWIJS_BUDGETHOUDER_LABEL,
  PGB_BEHANDELINGEN,
  PGB_LABEL,
  BUITEN_SCOPE,
  BUITEN_SCOPE_LABEL,
  STANDAARD_INTEGRAAL_NAAM,
  STANDAARD_ALPHA,
  type Variant,
  type VariantInvoer,
  type VariantRegio,
  type VariantPreset,
  type VariantValidatieOpties,
  type PotKader,
  type VerdeelsleutelType,
  type NietDeelnemersBehandeling,
  type BuitenRegioBehandeling,
  type OnderwijsBudgethouder,
  type PgbBehandeling,
  type BuitenScopeBehandeling,
  type Rekenbasis,
} from './variant';
export { BASISJAAR, STANDAARD_PRIJSPEIL, realisatieOpPrijspeil, prijspeilLabel, prijsindex, prijspeilFactor, ontbrekendeIndexJaren, type PrijspeilInstelling, type PrijspeilUitkomst } from './prijspeil';
export { LANDELIJK_PGB_AANDEEL, PGB_BRON, PGB_KADERS, pgbAandelen, type PgbAandelen, type PgbKader } from './pgb';
export * from './routes';
export { RoutesUitvoerSchema, VariantUitvoerSchema, routesNaarUitvoer, type RoutesUitvoer } from './uitvoer';
export { NormAanpassingSchema, NormWijzigingSchema, NORM_PARAMETER_LABEL, pasNormensetAan, landelijkeWaarde, aanpassingPlaats, normSleutel, toonNormWaarde, type NormAanpassing, type NormSleutel, type NormWijziging } from './regionale-normen';
