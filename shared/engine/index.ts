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
export { pasBiproportioneelAan } from './biproportioneel';
export { BehoefteUitvoerSchema, naarUitvoer, UITVOER_FORMAAT, UITVOER_VERSIE, type BehoefteUitvoer } from './uitvoer';
