import { z } from 'zod';
import type { ApiOperatie } from './operaties';
import type { RegioBestand } from '../regio/schema';
import { WijzigingSchema } from '../regio/wijziging';
import { TABEL_IDS } from '../regio/tabellen';
import type { RegioOverzicht } from '../regio/overzicht';
import { SCOPE_PRESETS, TAKEN, type BehoefteSchool, type SchoolFormatie, type ScopeKeuze, type VariantInvoer } from '../engine';
import { VariantSchema } from '../engine/variant';
import { NormWijzigingSchema } from '../engine/regionale-normen';
import type { BehoefteWeergave } from '../engine/behoefte-weergave';
import { EVALUATIE_DELEN, type EvaluatieWeergave, type FiguurUitleg, type Geldstromen } from '../engine/evaluatie-weergave';
import { ROUTES } from '../domain/routes';
import { SANKEY_DELEN } from '../engine/sankey-beperken';
import type { OogoRapport } from '../export/oogo-typen';
import type { Notitie } from '../export/notitie-typen';
import type { Gevoeligheid, Meerjarenraming, Ontwerpsessie, ScopeEffect, Scoretabel, Wegingsresultaat } from '../ontwerptafel';
import { MeerjarenInstellingenSchema } from '../ontwerptafel/meerjaren';
import { OntwerpsessieSchema } from '../ontwerptafel/sessie';
import { nlFoutmelding } from '../validation/problems';
import type { NormenOverzicht } from '../engine/normen-overzicht';

const RegioId = z.number().int().positive();
const Leeg = z.strictObject({});

/**
 * A payload checked against a schema of the domain (shape, with its Dutch messages) but handed on
 * as sent: the service fills in the defaults and checks it against the regio and its normenset.
 */
function zoalsVerstuurd<S extends z.ZodType>(schema: S): z.ZodType<z.input<S>, z.input<S>> {
  return z.unknown().superRefine((waarde, ctx) => {
    const r = schema.safeParse(waarde, { error: nlFoutmelding });
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: waarde });
  }) as unknown as z.ZodType<z.input<S>, z.input<S>>;
}
const VariantObject = zoalsVerstuurd(VariantSchema);
const EvaluatieDelen = z.array(z.enum(EVALUATIE_DELEN)).max(EVALUATIE_DELEN.length).optional();
/** One Sankey of a route as the screen shows it (see `geldstromen`). */
const SankeyVraagVelden = {
  route: z.enum(ROUTES),
  deel: z.enum(SANKEY_DELEN),
  max: z.number().int().min(1).max(1000).nullable(),
  gemarkeerd: z.string().trim().min(1).max(80).nullable(),
};
/** A school's code, or null: every school. */
const FormatieSchool = z.string().trim().min(1).max(64).nullable();
const SessieObject = zoalsVerstuurd(OntwerpsessieSchema);
const MeerjarenObject = zoalsVerstuurd(MeerjarenInstellingenSchema);
const OogoInvoer = z.strictObject({ regioId: z.number().int().positive(), swv: z.string().trim().min(1).max(64), variant: VariantObject, kleineAantallen: z.boolean() });
/** File contents travel as base64, the same over IPC and HTTP; 30 MB of file at most. */
const Base64 = z.string().max(40_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'verwacht de inhoud van een bestand (base64)');
const MetRegio = z.strictObject({ regioId: RegioId });
const ImportId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'verwacht een import-id');
const TaakId = z.enum(TAKEN.map((t) => t.id) as [string, ...string[]]);
const ScopeLijst = z.array(TaakId).max(TAKEN.length);
const ScopePreset = z.enum(SCOPE_PRESETS);

/**
 * A scenario name or a list of task ids. Not a z.union: that reports only "ongeldige waarde" at
 * `$.scope`; this reports the exact element, e.g. `$.scope[1]`, with the Dutch message.
 */
export const ScopeSchema = z.unknown().transform((waarde, ctx) => {
  const r = (Array.isArray(waarde) ? ScopeLijst : ScopePreset).safeParse(waarde, { error: nlFoutmelding });
  if (r.success) return r.data as ScopeKeuze;
  for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: waarde });
  return z.NEVER;
}) as unknown as z.ZodType<ScopeKeuze, ScopeKeuze>;

export const DOWNLOAD_SOORTEN = ['sjabloon', 'xlsx', 'ods', 'json'] as const;
export type DownloadSoort = (typeof DOWNLOAD_SOORTEN)[number];

/** The input schema of every operation: the main process validates each payload with these. */
export const INVOER_SCHEMAS = {
  projectInfo: Leeg,
  regioOverzicht: MetRegio,
  regioLezen: MetRegio,
  regioStand: MetRegio,
  regioBewerken: z.strictObject({ regioId: RegioId, wijzigingen: z.array(WijzigingSchema).min(1).max(1000) }),
  regioOngedaanMaken: MetRegio,
  regioOpnieuwDoen: MetRegio,
  regioNieuw: z.strictObject({ naam: z.string().trim().min(1).max(200) }),
  regioVerwijderen: MetRegio,
  regioImporteren: z.strictObject({
    bestandsnaam: z.string().trim().min(1).max(255),
    inhoud: Base64,
    /** A whole regio becomes a new regio model; one table replaces that table of an open regio. */
    doel: z.discriminatedUnion('soort', [z.strictObject({ soort: z.literal('nieuw') }), z.strictObject({ soort: z.literal('tabel'), regioId: RegioId, tabel: z.enum(TABEL_IDS) })]),
    /** Chosen by the UI, so that `importAnnuleren` can stop this import. */
    importId: ImportId.optional(),
  }),
  /** Stops a running import (its worker is terminated); nothing is changed. */
  importAnnuleren: z.strictObject({ importId: ImportId }),
  regioDownload: z.strictObject({ regioId: RegioId.nullable(), soort: z.enum(DOWNLOAD_SOORTEN) }),
  behoefte: z.strictObject({ regioId: RegioId, scope: ScopeSchema }),
  /** The need of one school in detail (per woongemeente, fte per professional): asked when the school is opened. */
  behoefteSchool: z.strictObject({ regioId: RegioId, scope: ScopeSchema, school: z.string().trim().min(1).max(64) }),
  /** The normative formatie of one school (breed), ignoring its inventarisatie. */
  formatieNorm: z.strictObject({ regioId: RegioId, school: z.string().trim().min(1).max(64) }),
  /** With a regio: its own normenset, with the national values beside the overridden ones. */
  normen: z.strictObject({ regioId: RegioId.nullable().default(null) }),
  /** Sets one regional value (waarde null: back to the national value). */
  normAanpassen: z.strictObject({ regioId: RegioId, aanpassing: NormWijzigingSchema }),
  /** The variant is checked against the regio (codes, tasks) by the service: its shape here. */
  /** `delen`: the parts the visible screen shows besides the key figures (absent: every part). */
  evaluatie: z.strictObject({ regioId: RegioId, variant: VariantObject, delen: EvaluatieDelen }),
  /**
   * The evaluation of a changed variant with what its tab shows right after it (`geldstromen`: Sankeys
   * as in `geldstromen`; `formatie`: schools as in `formatie`), in one answer: a what-if change costs
   * one request and one render.
   */
  evaluatieMetDetail: z.strictObject({
    regioId: RegioId,
    variant: VariantObject,
    delen: EvaluatieDelen,
    geldstromen: z.array(z.strictObject(SankeyVraagVelden)).max(8),
    formatie: z.array(FormatieSchool).max(4),
  }),
  /** The explanations of figures of an evaluation, by their keys (see `figuren` in shared/engine/routes/uitleg). */
  uitleg: z.strictObject({ regioId: RegioId, variant: VariantObject, figuren: z.array(z.string().min(1).max(300)).min(1).max(5000) }),
  /**
   * The Sankey of one route of an evaluation as the screen shows it: the part (`deel`), at most `max`
   * parties per column with the rest as "overige" (null: every party and flow, for the download and
   * "Toon alle"), and the highlighted party (`gemarkeerd`), which always stays visible.
   */
  geldstromen: z.strictObject({ regioId: RegioId, variant: VariantObject, ...SankeyVraagVelden }),
  /** The formatie per professional of one school of an evaluation (school null: of every school). */
  formatie: z.strictObject({ regioId: RegioId, variant: VariantObject, school: FormatieSchool }),
  varianten: MetRegio,
  variantOpslaan: z.strictObject({ regioId: RegioId, id: z.number().int().positive().nullable(), naam: z.string().trim().min(1).max(200), instellingen: VariantObject }),
  variantVerwijderen: z.strictObject({ regioId: RegioId, id: z.number().int().positive() }),
  berekeningExporteren: z.strictObject({ regioId: RegioId, variant: VariantObject, kleineAantallen: z.boolean() }),
  oogoRapport: OogoInvoer,
  oogoExporteren: OogoInvoer,
  /** Desktop only: saves the open window as PDF (the browser host answers: use the browser's print). */
  pdfOpslaan: z.strictObject({ bestandsnaam: z.string().trim().min(1).max(200) }),
  /** The bestuurlijke notitie of a variant, as a report model (shown and printed) and as a Word document. */
  notitie: z.strictObject({ regioId: RegioId, variant: VariantObject }),
  notitieWord: z.strictObject({ regioId: RegioId, variant: VariantObject }),
  /** Sessions and variants are checked for their shape here; the service checks them against the regio. */
  ontwerptafelWeging: z.strictObject({ regioId: RegioId, variant: VariantObject, sessie: SessieObject }),
  scopeEffecten: z.strictObject({ regioId: RegioId, variant: VariantObject }),
  meerjarenraming: z.strictObject({ regioId: RegioId, variant: VariantObject, instellingen: MeerjarenObject }),
  momentopnameMaken: z.strictObject({ regioId: RegioId, variant: VariantObject, sessie: SessieObject, naam: z.string().trim().max(200) }),
  ontwerpsessies: MetRegio,
  ontwerpsessieLezen: z.strictObject({ regioId: RegioId, id: z.number().int().positive() }),
  ontwerpsessieOpslaan: z.strictObject({ regioId: RegioId, id: z.number().int().positive().nullable(), sessie: SessieObject }),
  ontwerpsessieVerwijderen: z.strictObject({ regioId: RegioId, id: z.number().int().positive() }),
  ontwerpsessieExporteren: z.strictObject({ regioId: RegioId, variant: VariantObject, sessie: SessieObject }),
} satisfies Record<ApiOperatie, z.ZodType>;

export interface RegioSamenvatting {
  id: number;
  naam: string;
  leerlingen: number;
  gewijzigd: string;
}

export interface ProjectInfo {
  /** Full path of the project file. */
  pad: string;
  /** File name without extension, shown in the title. */
  naam: string;
  regios: RegioSamenvatting[];
  /** Set when this is a read-only copy of a project another app holds: says which. */
  alleenLezen?: string;
}

/** A named variant of a regio as saved in the project. */
export interface OpgeslagenVariant {
  id: number;
  naam: string;
  instellingen: VariantInvoer;
  gewijzigd: string;
}

/** A file for the user to save. */
export interface Bestand {
  bestandsnaam: string;
  mime: string;
  /** Base64. */
  inhoud: string;
}

/** A regio as the editing screens see it, with what it still lacks and the undo state. */
export interface RegioStand {
  regio: RegioBestand;
  /** Completeness problems: the regio can be edited and stored, but results mean little yet. */
  aandachtspunten: Array<{ pad: string; melding: string }>;
  kanOngedaanMaken: boolean;
  kanOpnieuwDoen: boolean;
}

export interface Uitvoer {
  projectInfo: ProjectInfo;
  regioOverzicht: RegioOverzicht;
  regioLezen: RegioBestand;
  regioStand: RegioStand;
  regioBewerken: RegioStand;
  regioOngedaanMaken: RegioStand;
  regioOpnieuwDoen: RegioStand;
  regioNieuw: RegioSamenvatting;
  regioVerwijderen: ProjectInfo;
  regioImporteren: { regioId: number; melding: string };
  /** Whether an import with that id was running. */
  importAnnuleren: { geannuleerd: boolean };
  regioDownload: Bestand;
  /** The need in totals and one line per school; a school's detail comes with `behoefteSchool`. */
  behoefte: BehoefteWeergave;
  behoefteSchool: BehoefteSchool;
  formatieNorm: Record<string, number>;
  normen: NormenOverzicht;
  normAanpassen: NormenOverzicht;
  /** The key figures and the asked parts; explanations, flows and formatie per professional come with `uitleg`, `geldstromen` and `formatie`. */
  evaluatie: EvaluatieWeergave;
  /** Figure key → its explanation; keys without a figure are left out. */
  uitleg: Record<string, FiguurUitleg>;
  /** The evaluation and each asked Sankey and formatie, in the order asked. */
  evaluatieMetDetail: { evaluatie: EvaluatieWeergave; geldstromen: Geldstromen[]; formatie: SchoolFormatie[][] };
  geldstromen: Geldstromen;
  formatie: SchoolFormatie[];
  varianten: OpgeslagenVariant[];
  variantOpslaan: OpgeslagenVariant;
  variantVerwijderen: OpgeslagenVariant[];
  berekeningExporteren: Bestand;
  oogoRapport: OogoRapport;
  oogoExporteren: Bestand;
  /** Where the PDF was saved, or null when the user cancelled. */
  pdfOpslaan: { pad: string | null };
  notitie: Notitie;
  notitieWord: Bestand;
  ontwerptafelWeging: { tabel: Scoretabel; weging: Wegingsresultaat; gewichten: GevoeligheidPerNiveau; scores: GevoeligheidPerNiveau };
  scopeEffecten: ScopeEffect[];
  meerjarenraming: Meerjarenraming;
  momentopnameMaken: Ontwerpsessie;
  ontwerpsessies: OntwerpsessieSamenvatting[];
  ontwerpsessieLezen: Ontwerpsessie;
  ontwerpsessieOpslaan: OntwerpsessieSamenvatting;
  ontwerpsessieVerwijderen: OntwerpsessieSamenvatting[];
  ontwerpsessieExporteren: Bestand;
}

type GevoeligheidPerNiveau = { perGroep: Gevoeligheid[]; totaal: Gevoeligheid[] };

export interface OntwerpsessieSamenvatting {
  id: number;
  naam: string;
  momentopnamen: number;
  gewijzigd: string;
}

export type Invoer<K extends ApiOperatie> = z.input<(typeof INVOER_SCHEMAS)[K]>;

/** The operations the UI can call; implemented by the main process and by the browser host. */
export type ZioApi = { [K in ApiOperatie]: (invoer: Invoer<K>) => Promise<Uitvoer[K]> };

/** The same operations as the services implement them: validated input in, plain data out. */
export type ZioDiensten = { [K in ApiOperatie]: (invoer: z.output<(typeof INVOER_SCHEMAS)[K]>) => Uitvoer[K] | Promise<Uitvoer[K]> };
