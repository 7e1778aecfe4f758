import { z } from 'zod';
import { DOELGROEPEN, KADERS } from '../domain/labels';
import landelijk2022 from '../../resources/normen/landelijk-2022.json';

/**
 * The published data the rekenmodel starts from (tables 2.2, 2.4, 2.5, 2.6 of the report, the two
 * modelling priors and the published scalars), typed and validated. A regional normenset is the same
 * shape with some values replaced; `deriveNormenset` accepts any value of this type.
 */

export const GROEPEN = ['A', 'B', 'C'] as const;
export type Groep = (typeof GROEPEN)[number];

export const GROEP_LABEL: Record<Groep, string> = {
  A: 'A: taken van het smalle scenario',
  B: 'B: toegevoegd in het medium scenario',
  C: 'C: toegevoegd in het brede scenario',
};

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

export interface Professional {
  id: string;
  naam: string;
}

export interface Taak {
  id: string;
  naam: string;
  groep: Groep;
}

/** The 33 professionals in the row order of tabel 2.2. */
export const PROFESSIONALS: readonly Professional[] = NORMEN_LANDELIJK.tabellen.ftePer100.rijen.map((r) => ({ id: r.professional, naam: r.naam }));

/** The 11 task categories of tabel 2.4 with their group of tabel 2.3. */
export const TAKEN: readonly Taak[] = NORMEN_LANDELIJK.tabellen.kostenTaak.rijen.map((r) => ({ id: r.taak, naam: r.naam, groep: r.groep }));

export const SCOPE_PRESETS = ['breed', 'medium', 'smal'] as const;
export type ScopePreset = (typeof SCOPE_PRESETS)[number];

/** Which task groups each preset scenario contains (tabel 2.3). */
export const PRESET_GROEPEN: Record<ScopePreset, readonly Groep[]> = {
  smal: ['A'],
  medium: ['A', 'B'],
  breed: ['A', 'B', 'C'],
};

export const SCOPE_LABEL: Record<ScopePreset | 'maatwerk', string> = {
  breed: 'Breed',
  medium: 'Medium',
  smal: 'Smal',
  maatwerk: 'Maatwerk',
};

/** Task ids per preset, in table order. */
export const SCOPE_TAKEN: Record<ScopePreset, readonly string[]> = {
  smal: TAKEN.filter((t) => PRESET_GROEPEN.smal.includes(t.groep)).map((t) => t.id),
  medium: TAKEN.filter((t) => PRESET_GROEPEN.medium.includes(t.groep)).map((t) => t.id),
  breed: TAKEN.map((t) => t.id),
};

/** The set of professional ids, for `leesRegioJson(tekst, { professionals })`. */
export const PROFESSIONAL_IDS: ReadonlySet<string> = new Set(PROFESSIONALS.map((p) => p.id));

/** A citation such as "DSP-groep & Oberon (2022), …, tabel 2.2". */
export function bronTekst(bron: NormBron): string {
  return `${bron.document}, ${bron.plaats}`;
}
