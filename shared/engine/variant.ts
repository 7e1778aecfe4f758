import { z } from 'zod';
import { KADERS, type Kader } from '../domain/labels';
import { jsonPath, leesJson, nlFoutmelding, zodProblemen, type Probleem, type Validatie } from '../validation/problems';
import { SCOPE_PRESETS, TAKEN, type Taak } from '../domain/catalogus';
import { VERDEELSLEUTELS } from '../domain/verdeelsleutel';
import { GGD, ZORGKANTOOR, gemeenteId, partijCode, partijSoort, verzekeraarId } from '../domain/partijen';
import type { ScopeKeuze } from './scope';

export { VERDEELSLEUTELS, VERDEELSLEUTEL_LABEL, type VerdeelsleutelType } from '../domain/verdeelsleutel';

/**
 * The variant-bestand (rekenmodel §3): one design of the collectieve pot. An open JSON format that
 * the app saves and the CLI reads (`zio bereken <regio.json> --variant <variant.json>`). Every key is
 * optional; the defaults are those of the rekenmodel. Percentages are numbers from 0 to 100 (so 2,5%
 * is 2.5); `verdeelsleutel.alpha` is a fraction from 0 to 1.
 */
export const VARIANT_FORMAAT = 'zio-variant';
export const VARIANT_VERSIE = 3;

/** The care kaders a pot can bundle (onderwijs only through `onderwijsbijdragePct`). */
export const POT_KADERS = ['jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo'] as const satisfies readonly Kader[];
export type PotKader = (typeof POT_KADERS)[number];
/** Default pot kaders (rekenmodel §3: jeugdwet, wlz, zvw, wmo), in the order of KADERS. */
export const STANDAARD_POT_KADERS: readonly PotKader[] = ['jeugdwet', 'zvw', 'wlz', 'wmo'];

export const NIET_DEELNEMERS = ['individueel', 'vestigingsgemeente', 'herverdelen'] as const;
export type NietDeelnemersBehandeling = (typeof NIET_DEELNEMERS)[number];
export const BUITEN_REGIO = ['individueel', 'verrekening'] as const;
export type BuitenRegioBehandeling = (typeof BUITEN_REGIO)[number];
/** rekenmodel-v2 §6: `betalend_swv` (default) lets each paying SWV hold the pot of its own pupils. */
export const ONDERWIJS_BUDGETHOUDERS = ['betalend_swv', 'swv_vestiging', 'penvoerder'] as const;
export type OnderwijsBudgethouder = (typeof ONDERWIJS_BUDGETHOUDERS)[number];

/** rekenmodel-v2 §7: whether the pgb part of a covered cost goes into the pot or stays with the parents. */
export const PGB_BEHANDELINGEN = ['pot', 'individueel'] as const;
export type PgbBehandeling = (typeof PGB_BEHANDELINGEN)[number];
/** rekenmodel-v2 §8: who pays the zorgkader cost of tasks outside the scope. */
export const BUITEN_SCOPE = ['individueel', 'onderwijs'] as const;
export type BuitenScopeBehandeling = (typeof BUITEN_SCOPE)[number];
/** rekenmodel-v2 §9: the cost cells at the national norm, or calibrated to what the regio really spent. */
export const REKENBASES = ['norm', 'realisatie'] as const;
export type Rekenbasis = (typeof REKENBASES)[number];
/** rekenmodel-v2 §10: the ingroeipad ends within this many years, or says it does not. */
export const MAX_INGROEI_JAREN = 20;

export const STANDAARD_INTEGRAAL_NAAM = 'Regionale onderwijszorgautoriteit';
export const STANDAARD_ALPHA = 0.5;

export const REKENBASIS_LABEL: Record<Rekenbasis, string> = {
  norm: 'de landelijke norm',
  realisatie: 'de realisatie (wat de regio werkelijk uitgaf)',
};
/** What the key "eigen leerlingen" (id `zorggebruik`) means, in one sentence for screens and exports. */
export const VERDEELSLEUTEL_EIGEN_LEERLINGEN_UITLEG =
  'Eigen leerlingen: elke gemeente betaalt de zorgkosten van de leerlingen die bij haar wonen (woonplaatsbeginsel), berekend met de landelijke normen, of met haar historische uitgaven als de rekenbasis realisatie is.';

export const NIET_DEELNEMERS_LABEL: Record<NietDeelnemersBehandeling, string> = {
  individueel: 'blijven individueel betalen',
  vestigingsgemeente: 'de vestigingsgemeente betaalt',
  herverdelen: 'herverdelen over de deelnemers',
};
export const PGB_LABEL: Record<PgbBehandeling, string> = {
  pot: 'in de pot',
  individueel: 'blijft individueel (via de ouders)',
};
export const BUITEN_SCOPE_LABEL: Record<BuitenScopeBehandeling, string> = {
  individueel: 'blijft individueel betaald door de huidige financiers',
  onderwijs: 'wordt onderwijs: de scholen betalen het',
};
export const ONDERWIJS_BUDGETHOUDER_LABEL: Record<OnderwijsBudgethouder, string> = {
  betalend_swv: 'elk betalend samenwerkingsverband voor zijn eigen leerlingen',
  swv_vestiging: 'het samenwerkingsverband van de school',
  penvoerder: 'één penvoerend samenwerkingsverband',
};
export const BUITEN_REGIO_LABEL: Record<BuitenRegioBehandeling, string> = {
  individueel: 'individueel',
  verrekening: 'verrekening met de woongemeente',
};

const pct = z.number().finite().min(0).max(100);
const tekst = z.string().trim().min(1).max(200);

/**
 * Scope: a preset name or a list of task ids. Not a z.union, which would report only "ongeldige
 * waarde" at `$.scope`: this reports the exact element (`$.scope[1]`). Task ids are checked
 * against the normenset in `valideerVariant`.
 */
const ScopePresetVeld = z.enum(SCOPE_PRESETS, {
  error: (issue) =>
    `moet "breed", "medium", "smal" of een lijst van taak-ids zijn${typeof issue.input === 'string' ? `, maar is tekst "${issue.input}"` : issue.input === undefined ? '' : `, maar is ${JSON.stringify(issue.input)}`}`,
});
const ScopeVeld = z.unknown().transform((waarde, ctx) => {
  const r = (Array.isArray(waarde) ? z.array(z.string().trim().min(1)) : ScopePresetVeld).safeParse(waarde, { error: nlFoutmelding });
  if (r.success) return r.data as ScopeKeuze;
  for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: waarde });
  return z.NEVER;
}) as unknown as z.ZodType<ScopeKeuze, ScopeKeuze>;

export const VerdeelsleutelSchema = z.strictObject({
  type: z.enum(VERDEELSLEUTELS).default('zorggebruik'),
  /** Weight of zorggebruik in `mix` (0 = only jeugdigen, 1 = only zorggebruik). */
  alpha: z.number().finite().min(0).max(1).default(STANDAARD_ALPHA),
  /** `vast`: percentage per gemeentecode, together 100. */
  percentages: z.record(z.string(), pct).default({}),
});

export const VariantSchema = z
  .strictObject({
    formaat: z.literal(VARIANT_FORMAAT).default(VARIANT_FORMAAT),
    versie: z.number().int().min(1).default(VARIANT_VERSIE),
    naam: tekst.optional(),
    scope: ScopeVeld.default('breed'),
    potKaders: z.array(z.enum(KADERS)).default([...STANDAARD_POT_KADERS]),
    onderwijsbijdragePct: pct.default(0),
    /** Party id → false for those who stay out (`gemeente:<code>`, `zorgkantoor`, `ggd`, `zorgverzekeraar:<naam>`). */
    deelname: z.record(z.string(), z.boolean()).default({}),
    nietDeelnemers: z.enum(NIET_DEELNEMERS).default('individueel'),
    buitenRegio: z.enum(BUITEN_REGIO).default('individueel'),
    /** Per pot kader: does the pgb part of its covered cost go into the pot (default) or stay individual? */
    pgb: z.strictObject(Object.fromEntries(POT_KADERS.map((k) => [k, z.enum(PGB_BEHANDELINGEN).default('pot')])) as Record<PotKader, z.ZodDefault<z.ZodEnum<{ pot: 'pot'; individueel: 'individueel' }>>>).prefault({}),
    /** The zorgkader cost of tasks outside the scope: stays with today's financiers, or becomes onderwijs. */
    buitenScope: z.enum(BUITEN_SCOPE).default('individueel'),
    verdeelsleutel: VerdeelsleutelSchema.prefault({}),
    /** Gemeentecode of the budgethouder of the gemeenteroute (default: the regio's centrumgemeente). */
    centrumgemeente: z.string().trim().min(1).optional(),
    onderwijsroute: z
      .strictObject({
        budgethouder: z.enum(ONDERWIJS_BUDGETHOUDERS).default('betalend_swv'),
        penvoerder: z.string().trim().min(1).optional(),
      })
      .prefault({}),
    integraal: z.strictObject({ naam: tekst.default(STANDAARD_INTEGRAAL_NAAM) }).prefault({}),
    uitvoeringskostenPct: z
      .strictObject({ gemeenteroute: pct.default(0), onderwijsroute: pct.default(0), integraal: pct.default(0) })
      .prefault({}),
    /** rekenmodel-v2 §9: `realisatie` multiplies every cost cell of a calibrated financier/kader by its factor. */
    rekenbasis: z.enum(REKENBASES).default('norm'),
    /** rekenmodel-v2 §10: phase the new distribution in over `jaren` years, the yearly loss capped per inwoner 0–17. */
    ingroei: z
      .strictObject({
        jaren: z.number().int().min(1).max(MAX_INGROEI_JAREN, { error: `de ingroei duurt hoogstens ${MAX_INGROEI_JAREN} jaar` }).default(1),
        /** In € per inwoner 0–17 per year; absent: no cap. */
        maxNadeelPerInwoner: z.number().finite().min(0).optional(),
      })
      .prefault({}),
  })
  .describe('Een variant van de collectieve pot (ZiO): scope, kaders, deelname, verdeelsleutel en routes');

/** A variant as written in a file (every key optional). */
export type VariantInvoer = z.input<typeof VariantSchema>;
/** A variant with every default filled in. */
export type Variant = z.output<typeof VariantSchema>;

/** What `valideerVariant` needs from the regio. A regio-bestand fits. */
export interface VariantRegio {
  gemeenten: readonly { code: string; naam?: string; inRegio: boolean; centrumgemeente?: boolean; inwoners0tot17?: number }[];
  samenwerkingsverbanden: readonly { code: string }[];
  scholen?: readonly { code: string; swv: string }[];
  leerlingen?: readonly { school: string; aantal: number }[];
  zorgverzekeraars: readonly { naam: string }[];
}

export interface VariantValidatieOpties {
  /** Known tasks (default: the national task list). */
  taken?: readonly Taak[];
}

const PCT_TOLERANTIE = 1e-6;

/** The party ids that `deelname` accepts for a regio. */
export function deelnemerIds(regio: Pick<VariantRegio, 'gemeenten' | 'zorgverzekeraars'>): string[] {
  return [...regio.gemeenten.map((g) => gemeenteId(g.code)), GGD, ZORGKANTOOR, ...regio.zorgverzekeraars.map((z) => verzekeraarId(z.naam))];
}

function samenhang(v: Variant, regio: VariantRegio, taken: readonly Taak[]): Probleem[] {
  const problemen: Probleem[] = [];
  const pad = (...delen: PropertyKey[]) => jsonPath(delen);
  const gemeenten = new Map(regio.gemeenten.map((g) => [g.code, g]));
  const swvs = new Set(regio.samenwerkingsverbanden.map((s) => s.code));

  if (Array.isArray(v.scope)) {
    const bekend = new Set(taken.map((t) => t.id));
    v.scope.forEach((id, i) => {
      if (!bekend.has(id)) problemen.push({ pad: pad('scope', i), melding: `onbekende taak "${id}"; bekende taken: ${taken.map((t) => t.id).join(', ')}` });
    });
  }
  v.potKaders.forEach((k, i) => {
    if (k === 'onderwijs') problemen.push({ pad: pad('potKaders', i), melding: 'onderwijs gaat niet als kader in de pot: gebruik onderwijsbijdragePct (het percentage van het onderwijsdeel dat het samenwerkingsverband inbrengt)' });
  });

  const partijen = new Set(deelnemerIds(regio));
  for (const id of Object.keys(v.deelname)) {
    if (partijen.has(id)) continue;
    let melding: string;
    if (gemeenten.has(id)) melding = `gebruik de partij-id "${gemeenteId(id)}" in plaats van alleen de gemeentecode`;
    else if (partijSoort(id) === 'gemeente') melding = `onbekende gemeentecode ${partijCode(id)}`;
    else if (partijSoort(id) === 'zorgverzekeraar') melding = `onbekende zorgverzekeraar "${partijCode(id)}"; bekend: ${regio.zorgverzekeraars.map((z) => z.naam).join(', ')}`;
    else if (partijSoort(id) === 'swv') melding = 'samenwerkingsverbanden doen mee via onderwijsbijdragePct, niet via deelname';
    else melding = `onbekende partij "${id}": gebruik gemeente:<code>, zorgkantoor, ggd of zorgverzekeraar:<naam>`;
    problemen.push({ pad: pad('deelname', id), melding });
  }

  const sleutel = v.verdeelsleutel;
  let som = 0;
  for (const [code, p] of Object.entries(sleutel.percentages)) {
    som += p;
    const g = gemeenten.get(code);
    if (!g) problemen.push({ pad: pad('verdeelsleutel', 'percentages', code), melding: `onbekende gemeentecode ${code}` });
    else if (!g.inRegio) problemen.push({ pad: pad('verdeelsleutel', 'percentages', code), melding: `gemeente ${code} ligt buiten de regio en draagt niet bij via de verdeelsleutel` });
  }
  if (sleutel.type === 'vast') {
    if (!Object.keys(sleutel.percentages).length) problemen.push({ pad: pad('verdeelsleutel', 'percentages'), melding: 'de verdeelsleutel "vast" vraagt een percentage per gemeente (samen 100)' });
    else if (Math.abs(som - 100) > PCT_TOLERANTIE) problemen.push({ pad: pad('verdeelsleutel', 'percentages'), melding: `de percentages moeten samen 100 zijn, maar zijn samen ${som.toLocaleString('nl-NL', { maximumFractionDigits: 6 })}` });
  }

  if (v.centrumgemeente !== undefined) {
    const g = gemeenten.get(v.centrumgemeente);
    if (!g) problemen.push({ pad: pad('centrumgemeente'), melding: `onbekende gemeentecode ${v.centrumgemeente}` });
    else if (!g.inRegio) problemen.push({ pad: pad('centrumgemeente'), melding: `gemeente ${v.centrumgemeente} ligt buiten de regio en kan geen centrumgemeente zijn` });
  }
  const pv = v.onderwijsroute.penvoerder;
  if (pv !== undefined && !swvs.has(pv)) problemen.push({ pad: pad('onderwijsroute', 'penvoerder'), melding: `onbekend samenwerkingsverband ${pv}` });
  if (v.onderwijsroute.budgethouder === 'penvoerder' && pv === undefined && !regio.samenwerkingsverbanden.length) {
    problemen.push({ pad: pad('onderwijsroute', 'penvoerder'), melding: 'de regio heeft geen samenwerkingsverband dat penvoerder kan zijn' });
  }
  return problemen;
}

/**
 * Validates a parsed JSON value as a variant-bestand for a regio: the zod schema (Dutch messages)
 * and the references to the regio and the task list. Every problem carries its JSON path.
 */
export function valideerVariant(data: unknown, regio: VariantRegio, opties: VariantValidatieOpties = {}): Validatie<Variant> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problemen: [{ pad: '$', melding: 'dit is geen variant-bestand: verwacht een JSON-object' }] };
  }
  const ruw = data as Record<string, unknown>;
  if (ruw.formaat !== undefined && ruw.formaat !== VARIANT_FORMAAT) {
    return { ok: false, problemen: [{ pad: '$.formaat', melding: `dit is geen variant-bestand: verwacht formaat "${VARIANT_FORMAAT}"` }] };
  }
  if (typeof ruw.versie === 'number' && ruw.versie > VARIANT_VERSIE) {
    return { ok: false, problemen: [{ pad: '$.versie', melding: `dit bestand heeft versie ${ruw.versie} en is gemaakt met een nieuwere versie van de app (deze app leest tot versie ${VARIANT_VERSIE})` }] };
  }
  const parsed = VariantSchema.safeParse(data, { error: nlFoutmelding });
  if (!parsed.success) return { ok: false, problemen: zodProblemen(parsed.error) };
  const problemen = samenhang(parsed.data, regio, opties.taken ?? TAKEN);
  if (problemen.length) return { ok: false, problemen };
  const v = parsed.data;
  // Normalise: each pot kader once, in the order of KADERS.
  const kaders = new Set(v.potKaders);
  return { ok: true, waarde: { ...v, potKaders: KADERS.filter((k) => kaders.has(k)) } };
}

/** Parses the text of a variant-bestand; JSON syntax errors become a problem too. */
export function leesVariantJson(tekst: string, regio: VariantRegio, opties: VariantValidatieOpties = {}): Validatie<Variant> {
  const json = leesJson(tekst);
  return json.ok ? valideerVariant(json.waarde, regio, opties) : json;
}

/**
 * The default budgethouder of the gemeenteroute: the regio's centrumgemeente; without one, the
 * in-regio gemeente with the most inwoners 0–17 (the first of those on a tie). Null when no
 * gemeente lies in the regio.
 */
export function standaardCentrumgemeente(regio: Pick<VariantRegio, 'gemeenten'>): string | null {
  const centrum = regio.gemeenten.find((g) => g.centrumgemeente && g.inRegio);
  if (centrum) return centrum.code;
  let beste: { code: string; inwoners: number } | null = null;
  for (const g of regio.gemeenten) {
    if (!g.inRegio) continue;
    const n = g.inwoners0tot17 ?? 0;
    if (!beste || n > beste.inwoners) beste = { code: g.code, inwoners: n };
  }
  return beste?.code ?? null;
}

/**
 * The default penvoerend samenwerkingsverband of the onderwijsroute: the SWV with the most pupils
 * on its schools (the first on a tie); null without SWVs.
 */
export function standaardPenvoerder(regio: Pick<VariantRegio, 'samenwerkingsverbanden' | 'scholen' | 'leerlingen'>): string | null {
  if (!regio.samenwerkingsverbanden.length) return null;
  const swvVanSchool = new Map((regio.scholen ?? []).map((s) => [s.code, s.swv]));
  const perSwv = new Map<string, number>();
  for (const l of regio.leerlingen ?? []) {
    const swv = swvVanSchool.get(l.school);
    if (swv !== undefined) perSwv.set(swv, (perSwv.get(swv) ?? 0) + l.aantal);
  }
  let beste = regio.samenwerkingsverbanden[0].code;
  for (const s of regio.samenwerkingsverbanden) if ((perSwv.get(s.code) ?? 0) > (perSwv.get(beste) ?? 0)) beste = s.code;
  return beste;
}

/**
 * The schema's defaults, and per regio object its centrumgemeente and penvoerder: the panel and the
 * variant's name ask for the standard on every render, and the penvoerder reads every pupil row.
 * A regio object is never changed in place (an edit gives a new one).
 */
let standaardInstellingen: Variant | undefined;
const regioStandaard = new WeakMap<VariantRegio, { centrum: string | null; penvoerder: string | null }>();

/**
 * The variant with every default of the rekenmodel, the regio's centrumgemeente filled in, and the
 * default penvoerder filled in (used only when the onderwijsroute is switched to "penvoerder").
 */
export function standaardVariant(regio: VariantRegio): Variant {
  const v = structuredClone((standaardInstellingen ??= VariantSchema.parse({})));
  let r = regioStandaard.get(regio);
  if (!r) regioStandaard.set(regio, (r = { centrum: standaardCentrumgemeente(regio), penvoerder: standaardPenvoerder(regio) }));
  return {
    ...v,
    ...(r.centrum !== null ? { centrumgemeente: r.centrum } : {}),
    onderwijsroute: { ...v.onderwijsroute, ...(r.penvoerder !== null ? { penvoerder: r.penvoerder } : {}) },
  };
}

/** The same pgb treatment for every pot kader. */
function pgbVoorAlleKaders(b: PgbBehandeling): Record<PotKader, PgbBehandeling> {
  return Object.fromEntries(POT_KADERS.map((k) => [k, b])) as Record<PotKader, PgbBehandeling>;
}

export interface VariantPreset {
  id: string;
  naam: string;
  /** One Dutch sentence for the app. */
  omschrijving: string;
  /** The settings the preset fixes; apply as `{ ...variant, ...instellingen }`. */
  instellingen: VariantInvoer;
}

export const VARIANT_PRESETS: readonly VariantPreset[] = [
  {
    id: 'nieuwe-wet',
    naam: 'Nieuwe wet: alle kaders collectief',
    omschrijving:
      'Een nieuwe wettelijke grondslag brengt alle zorgkaders (Jeugdwet, Wmo, Wpg, Wlz en Zvw) volledig in de pot; alle gemeenten, de GGD, het zorgkantoor en de zorgverzekeraars doen mee.',
    instellingen: {
      potKaders: ['jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo'],
      deelname: {},
      nietDeelnemers: 'individueel',
      pgb: pgbVoorAlleKaders('pot'),
    },
  },
  {
    id: 'huidige-wetgeving',
    naam: 'Huidige wetgeving',
    omschrijving:
      'Binnen de huidige wetten bundelen de gemeenten Jeugdwet en Wmo, doet het zorgkantoor mee via het Wlz-experiment van de NZa (alleen zorg in natura) en blijft de Zvw individueel gefinancierd; een pgb blijft bij de ouders.',
    instellingen: {
      potKaders: ['jeugdwet', 'wlz', 'wmo'],
      deelname: {},
      nietDeelnemers: 'individueel',
      pgb: pgbVoorAlleKaders('individueel'),
    },
  },
];
