import { z } from 'zod';
import { DOELGROEPEN, KADERS } from '../domain/labels';
import landelijk2022 from '../../resources/normen/landelijk-2022.json';
import { GROEPEN } from '../domain/catalogus';

// The catalogue (professionals, tasks, groups, scope presets) is browser-safe vocabulary of its own.
export {
  GROEPEN,
  GROEP_LABEL,
  PROFESSIONALS,
  PROFESSIONAL_IDS,
  TAKEN,
  SCOPE_PRESETS,
  SCOPE_TAKEN,
  SCOPE_LABEL,
  PRESET_GROEPEN,
  type Groep,
  type Professional,
  type Taak,
  type ScopePreset,
} from '../domain/catalogus';

/**
 * The published data the rekenmodel starts from (tables 2.2, 2.4, 2.5, 2.6 of the report, the two
 * modelling priors and the published scalars), typed and validated. A regional normenset is the same
 * shape with some values replaced; `deriveNormenset` accepts any value of this type.
 */

const BronSchema = z.strictObject({ document: z.string(), plaats: z.string() });
export type NormBron = z.infer<typeof BronSchema>;

const getal = z.number().finite();
const nietNegatief = getal.min(0);
const id = z.string().min(1);
const doelgroepKolommen = Object.fromEntries(DOELGROEPEN.map((d) => [d, nietNegatief])) as Record<
  (typeof DOELGROEPEN)[number],
  typeof nietNegatief
>;
const kaderKolommen = Object.fromEntries(KADERS.map((k) => [k, nietNegatief])) as Record<
  (typeof KADERS)[number],
  typeof nietNegatief
>;
const scenarioKolommen = { breed: nietNegatief, medium: nietNegatief, smal: nietNegatief };

const tabelKop = {
  titel: z.string(),
  bron: BronSchema,
  eenheid: z.string(),
  toelichting: z.string(),
};

const KengetalSchema = z.strictObject({
  waarde: getal,
  eenheid: z.string(),
  omschrijving: z.string(),
  bron: BronSchema,
});
export type Kengetal = z.infer<typeof KengetalSchema>;

export const PublishedNormenSchema = z.strictObject({
  formaat: z.literal('zio-normen'),
  versie: z.number().int().min(1),
  id,
  naam: z.string(),
  bron: z.strictObject({ document: z.string(), toelichting: z.string() }),
  tabellen: z.strictObject({
    ftePer100: z.strictObject({
      ...tabelKop,
      kolommen: z.array(z.string()),
      rijen: z.array(z.strictObject({ professional: id, naam: z.string(), totaal: nietNegatief, so: nietNegatief, vso: nietNegatief, ...doelgroepKolommen })),
      gepubliceerdTotaal: z.record(z.string(), getal),
      kolomsom: z.record(z.string(), getal),
    }),
    kostenTaak: z.strictObject({
      ...tabelKop,
      rijen: z.array(z.strictObject({ taak: id, naam: z.string(), groep: z.enum(GROEPEN), breed: nietNegatief })),
    }),
    kostenKader: z.strictObject({
      ...tabelKop,
      rijen: z.array(z.strictObject({ kader: z.enum(KADERS), naam: z.string(), ...scenarioKolommen })),
      gepubliceerdTotaal: z.strictObject(scenarioKolommen),
    }),
    kostenProfessional: z.strictObject({
      ...tabelKop,
      rijen: z.array(z.strictObject({ professional: id, naam: z.string(), ...scenarioKolommen })),
      gepubliceerdTotaal: z.strictObject(scenarioKolommen),
    }),
  }),
  aannames: z.strictObject({
    priorFinanciering: z.strictObject({
      titel: z.string(),
      soort: z.literal('aanname'),
      bron: BronSchema,
      eenheid: z.string(),
      onderbouwing: z.string(),
      rijen: z.array(z.strictObject({ professional: id, ...kaderKolommen, toelichting: z.string() })),
    }),
    priorTaken: z.strictObject({
      titel: z.string(),
      soort: z.literal('aanname'),
      bron: BronSchema,
      eenheid: z.string(),
      onderbouwing: z.string(),
      rijen: z.array(z.strictObject({ professional: id, taak: id, gewicht: nietNegatief })),
    }),
  }),
  kengetallen: z.record(z.string(), KengetalSchema),
});

export type PublishedNormen = z.infer<typeof PublishedNormenSchema>;

/** The national published data set of 2022 (`resources/normen/landelijk-2022.json`). */
export const NORMEN_LANDELIJK: PublishedNormen = PublishedNormenSchema.parse(landelijk2022);

/** A citation such as "DSP-groep & Oberon (2022), …, tabel 2.2". */
export function bronTekst(bron: NormBron): string {
  return `${bron.document}, ${bron.plaats}`;
}
