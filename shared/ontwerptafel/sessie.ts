/**
 * The state of an ontwerptafel session, saved in the project and exported for the verslag: the
 * groups at the table, their weights, the session's scores, the positions on the scope, the
 * meerjaren settings and the momentopnamen (named snapshots of variant, weights and results).
 * An open JSON format (`zio-ontwerpsessie`) with a zod schema and Dutch messages.
 */
import { z } from 'zod';
import { KADERS, type Kader } from '../domain/labels';
import { ROUTES, SCOPE_PRESETS, TAKEN, VariantSchema, scopeNaam, scopeTaken, type Evaluatie, type PartijSoort, type RouteId, type Taak, type Variant } from '../engine';
import { jsonPath, leesJson, nlFoutmelding, zodProblemen, type Probleem, type Validatie } from '../validation/problems';
import { CRITERIUM_IDS, KWALITATIEVE_CRITERIUM_IDS, type CriteriumId, type KwalitatiefCriteriumId } from './criteria';
import { MeerjarenInstellingenSchema } from './meerjaren';
import { POSITIES } from './scopebesluit';
import {
  GEWICHT_MAX,
  GEWICHT_MIN,
  SCORE_MAX,
  SCORE_MIN,
  STANDAARD_GEWICHT,
  STANDAARD_GROEPEN,
  gewichtVan,
  scoretabelVan,
  weeg,
  type Gewichten,
  type Scorecel,
  type Scoretabel,
  type Stakeholdergroep,
  type Wegingsresultaat,
} from './weging';
import { bedragVerschil, naastElkaar, verschilVan, type BedragVerschil } from '../domain/verschil';

export const SESSIE_FORMAAT = 'zio-ontwerpsessie';
/**
 * 2: the groups of the survey (schoolleiders; zorgkantoren and zorgverzekeraars one group), two more
 * qualitative criteria and "geldstromen" measured as schakels. Files of versie 1 are migrated on
 * reading (`migreerSessie`).
 */
export const SESSIE_VERSIE = 2;
export const STANDAARD_SESSIENAAM = 'Ontwerptafel';

const id = z.string().trim().min(1).max(64);
const tekst = z.string().trim().min(1).max(200);
const bedrag = z.number().finite();
const ROUTE = z.enum(ROUTES);
const PARTIJ_SOORTEN = ['gemeente', 'ggd', 'zorgkantoor', 'zorgverzekeraar', 'swv', 'school', 'entiteit', 'ouders', 'scholen'] as const satisfies readonly PartijSoort[];

export const GroepSchema = z.strictObject({ id, naam: tekst });
const GewichtenSchema = z.record(id, z.partialRecord(z.enum(CRITERIUM_IDS), z.number().finite().min(GEWICHT_MIN).max(GEWICHT_MAX)));
const ScoreAanpassingenSchema = z.partialRecord(
  ROUTE,
  z.partialRecord(z.enum(KWALITATIEVE_CRITERIUM_IDS), z.strictObject({ score: z.number().finite().min(SCORE_MIN).max(SCORE_MAX), onderbouwing: z.string().trim().max(2000).optional() })),
);
const ScopepositiesSchema = z.record(id, z.record(id, z.enum(POSITIES)));
const RoutesSchema = z.array(ROUTE).min(2).max(ROUTES.length);
const KaderBedragenSchema = z.strictObject(Object.fromEntries(KADERS.map((k) => [k, bedrag])) as Record<Kader, typeof bedrag>);

const ScorecelSchema = z.strictObject({
  score: z.number().finite(),
  herkomst: z.enum(['startpunt', 'aangepast', 'gemeten']),
  onderbouwing: z.string(),
  waarde: z.number().finite().optional(),
});
/** A momentopname keeps the criteria of its time: one taken before a criterion existed lacks it. */
const ScoretabelSchema = z.strictObject({
  routes: RoutesSchema,
  perRoute: z.partialRecord(ROUTE, z.partialRecord(z.enum(CRITERIUM_IDS), ScorecelSchema)),
}) satisfies z.ZodType<MomentScoretabel>;

const RangplaatsSchema = z.strictObject({ route: ROUTE, score: z.number().finite(), plaats: z.number().int().min(1), gedeeld: z.boolean() });
const RouteScoresSchema = z.partialRecord(ROUTE, z.number().finite());
const WegingsresultaatSchema = z.strictObject({
  routes: RoutesSchema,
  perGroep: z.array(z.strictObject({ groep: id, naam: tekst, scores: RouteScoresSchema, rangorde: z.array(RangplaatsSchema), zonderGewicht: z.boolean() })),
  totaal: z.strictObject({ scores: RouteScoresSchema, rangorde: z.array(RangplaatsSchema), groepenMeegeteld: z.number().int().min(0) }),
}) satisfies z.ZodType<Wegingsresultaat>;

const MomentBijdrageSchema = z.strictObject({
  partij: z.string().min(1),
  naam: z.string(),
  soort: z.enum(PARTIJ_SOORTEN),
  /** Contribution to the pot, the same in every route (without uitvoeringskosten). */
  potdeel: bedrag,
  /** What it pays today for the same costs. */
  huidig: bedrag,
  /** potdeel − huidig. */
  verschil: bedrag,
  /** Its costs outside the pot. */
  individueel: bedrag,
});

/** The figures of a momentopname, kept so the verslag shows what the table saw. */
const MomentResultatenSchema = z.strictObject({
  scoretabel: ScoretabelSchema,
  weging: WegingsresultaatSchema,
  pot: z.strictObject({ totaal: bedrag, perKader: KaderBedragenSchema }),
  nietInPot: bedrag,
  leerlingen: z.number().finite().min(0).nullable(),
  scope: z.strictObject({ naam: z.enum([...SCOPE_PRESETS, 'maatwerk']), taken: z.array(id) }),
  bijdragen: z.array(MomentBijdrageSchema),
  /** Uitvoeringskosten per route with a budgethouder (amount). */
  uitvoeringskosten: z.strictObject({ gemeenteroute: bedrag, onderwijsroute: bedrag, integraal: bedrag }),
});

const tijdstip = z.iso.datetime({ offset: true, error: 'verwacht een tijdstip zoals 2025-03-12T14:05:00Z' });

export const MomentopnameSchema = z.strictObject({
  naam: tekst,
  tijdstip,
  variant: VariantSchema,
  routes: RoutesSchema,
  groepen: z.array(GroepSchema).min(1),
  gewichten: GewichtenSchema,
  scores: ScoreAanpassingenSchema,
  scopeposities: ScopepositiesSchema,
  resultaten: MomentResultatenSchema,
});

export const OntwerpsessieSchema = z
  .strictObject({
    formaat: z.literal(SESSIE_FORMAAT).default(SESSIE_FORMAAT),
    versie: z.number().int().min(1).default(SESSIE_VERSIE),
    naam: tekst.default(STANDAARD_SESSIENAAM),
    /** Date of the session (yyyy-mm-dd). */
    datum: z.iso.date({ error: 'verwacht een datum zoals 2025-03-12' }).optional(),
    /** The compared routes, in the order that breaks ties (default: all four). */
    routes: RoutesSchema.default([...ROUTES]),
    groepen: z
      .array(GroepSchema)
      .min(1)
      .default(() => STANDAARD_GROEPEN.map((g) => ({ ...g }))),
    /** Group id → criterion → weight 0–10; a missing weight is the default (5). */
    gewichten: GewichtenSchema.default({}),
    /** The session's scores on the qualitative criteria, over the defaults. */
    scores: ScoreAanpassingenSchema.default({}),
    /** Task id → group id → in / uit / onbeslist. */
    scopeposities: ScopepositiesSchema.default({}),
    meerjaren: MeerjarenInstellingenSchema.prefault({}),
    /** What the table decided or wants to remember, in its own words. */
    notities: z.string().max(20_000).optional(),
    momentopnamen: z.array(MomentopnameSchema).default([]),
  })
  .describe('Een sessie van de ontwerptafel (ZiO): groepen, gewichten, scores, standpunten over de scope en momentopnamen');

export type OntwerpsessieInvoer = z.input<typeof OntwerpsessieSchema>;
export type Ontwerpsessie = z.output<typeof OntwerpsessieSchema>;
export type Momentopname = z.output<typeof MomentopnameSchema>;
export type MomentResultaten = Momentopname['resultaten'];

/** The score table of a momentopname: criteria added after it was taken are missing. */
export interface MomentScoretabel {
  routes: RouteId[];
  perRoute: Partial<Record<RouteId, Partial<Record<CriteriumId, Scorecel>>>>;
}

export interface SessieValidatieOpties {
  /** Known tasks (default: the national task list). */
  taken?: readonly Taak[];
}

/** References inside a session that the schema cannot check: ids of groups, tasks, names. */
function samenhang(s: Ontwerpsessie, taken: readonly Taak[]): Probleem[] {
  const problemen: Probleem[] = [];
  const takenIds = new Set(taken.map((t) => t.id));
  const controleerDeel = (pad: PropertyKey[], deel: Pick<Ontwerpsessie, 'routes' | 'groepen' | 'gewichten' | 'scopeposities'>) => {
    const groepIds = new Set<string>();
    deel.groepen.forEach((g, i) => {
      if (groepIds.has(g.id)) problemen.push({ pad: jsonPath([...pad, 'groepen', i, 'id']), melding: `de groep-id "${g.id}" komt twee keer voor` });
      groepIds.add(g.id);
    });
    const bekend = [...groepIds].join(', ');
    deel.routes.forEach((r, i) => {
      if (deel.routes.indexOf(r) !== i) problemen.push({ pad: jsonPath([...pad, 'routes', i]), melding: `de route "${r}" staat er twee keer in` });
    });
    for (const g of Object.keys(deel.gewichten)) {
      if (!groepIds.has(g)) problemen.push({ pad: jsonPath([...pad, 'gewichten', g]), melding: `onbekende groep "${g}"; bekende groepen: ${bekend}` });
    }
    for (const [t, perGroep] of Object.entries(deel.scopeposities)) {
      if (!takenIds.has(t)) problemen.push({ pad: jsonPath([...pad, 'scopeposities', t]), melding: `onbekende taak "${t}"; bekende taken: ${taken.map((x) => x.id).join(', ')}` });
      for (const g of Object.keys(perGroep)) {
        if (!groepIds.has(g)) problemen.push({ pad: jsonPath([...pad, 'scopeposities', t, g]), melding: `onbekende groep "${g}"; bekende groepen: ${bekend}` });
      }
    }
  };
  controleerDeel([], s);
  const namen = new Set<string>();
  s.momentopnamen.forEach((m, i) => {
    if (namen.has(m.naam)) problemen.push({ pad: jsonPath(['momentopnamen', i, 'naam']), melding: `er is al een momentopname met de naam "${m.naam}"` });
    namen.add(m.naam);
    controleerDeel(['momentopnamen', i], m);
  });
  return problemen;
}

/** The group that replaces the separate zorgkantoren and zorgverzekeraars of versie 1. */
export const SAMENGEVOEGDE_GROEP: Stakeholdergroep = { id: 'zorgkantoren_zorgverzekeraars', naam: 'Zorgkantoren en zorgverzekeraars' };
const OUDE_GROEPEN = ['zorgkantoren', 'zorgverzekeraars'];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Versie 1 → 2, on the raw JSON (anything unexpected is left for the schema to report). The groups
 * "zorgkantoren" and "zorgverzekeraars" become the survey's one group "Zorgkantoren en
 * zorgverzekeraars", where the first of them stood: its weight on a criterion is the mean of the
 * two (a missing weight counts as the default), its position on a task the shared one, or
 * "onbeslist" where the two differed. No group is added: a table that wants the schoolleiders adds
 * them. Momentopnamen stay as they were taken; their "geldstromen" scores, measured then as the
 * number of flows, say so.
 */
export function migreerSessie(ruw: Record<string, unknown>): Record<string, unknown> {
  if (ruw.versie !== 1) return ruw;
  const uit: Record<string, unknown> = { ...ruw, versie: SESSIE_VERSIE };
  const groepen = ruw.groepen;
  const oud = Array.isArray(groepen) ? groepen.filter((g) => isObject(g) && OUDE_GROEPEN.includes(g.id as string)) : [];
  if (Array.isArray(groepen) && oud.length && !groepen.some((g) => isObject(g) && g.id === SAMENGEVOEGDE_GROEP.id)) {
    const ids = oud.map((g) => (g as Record<string, unknown>).id as string);
    const eerste = groepen.indexOf(oud[0]);
    uit.groepen = groepen.flatMap((g, i) => (i === eerste ? [{ ...SAMENGEVOEGDE_GROEP }] : oud.includes(g) ? [] : [g]));
    if (isObject(ruw.gewichten)) {
      const gewichten: Record<string, unknown> = { ...ruw.gewichten };
      const per = ids.map((id) => (isObject(gewichten[id]) ? (gewichten[id] as Record<string, unknown>) : {}));
      for (const id of ids) delete gewichten[id];
      const criteria = new Set(per.flatMap((w) => Object.keys(w)));
      const samen: Record<string, unknown> = {};
      for (const c of criteria) {
        const w = per.map((x) => x[c] ?? STANDAARD_GEWICHT);
        samen[c] = w.every((x) => typeof x === 'number') ? (w as number[]).reduce((a, b) => a + b, 0) / w.length : w[0];
      }
      if (criteria.size) gewichten[SAMENGEVOEGDE_GROEP.id] = samen;
      uit.gewichten = gewichten;
    }
    if (isObject(ruw.scopeposities)) {
      uit.scopeposities = Object.fromEntries(
        Object.entries(ruw.scopeposities).map(([taak, perGroep]) => {
          if (!isObject(perGroep)) return [taak, perGroep];
          const rest = Object.fromEntries(Object.entries(perGroep).filter(([g]) => !ids.includes(g)));
          const posities = [...new Set(ids.filter((id) => id in perGroep).map((id) => perGroep[id]))];
          return [taak, posities.length ? { ...rest, [SAMENGEVOEGDE_GROEP.id]: posities.length === 1 ? posities[0] : 'onbeslist' } : rest];
        }),
      );
    }
  }
  if (Array.isArray(ruw.momentopnamen)) uit.momentopnamen = ruw.momentopnamen.map(markeerOudeGeldstromen);
  return uit;
}

/** A versie-1 momentopname's "geldstromen" cells say they counted flows, not schakels. */
function markeerOudeGeldstromen(m: unknown): unknown {
  if (!isObject(m) || !isObject(m.resultaten) || !isObject(m.resultaten.scoretabel) || !isObject(m.resultaten.scoretabel.perRoute)) return m;
  const perRoute = Object.fromEntries(
    Object.entries(m.resultaten.scoretabel.perRoute).map(([route, rij]) => {
      if (!isObject(rij) || !isObject(rij.geldstromen) || typeof rij.geldstromen.onderbouwing !== 'string') return [route, rij];
      return [route, { ...rij, geldstromen: { ...rij.geldstromen, onderbouwing: `Gemeten als het aantal geldstromen (sessieversie 1), niet als schakels. ${rij.geldstromen.onderbouwing}` } }];
    }),
  );
  return { ...m, resultaten: { ...m.resultaten, scoretabel: { ...m.resultaten.scoretabel, perRoute } } };
}

/** Validates a parsed JSON value as an ontwerpsessie: schema (Dutch messages) and references. */
export function valideerOntwerpsessie(data: unknown, opties: SessieValidatieOpties = {}): Validatie<Ontwerpsessie> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problemen: [{ pad: '$', melding: 'dit is geen sessiebestand van de ontwerptafel: verwacht een JSON-object' }] };
  }
  const ruw = data as Record<string, unknown>;
  if (ruw.formaat !== undefined && ruw.formaat !== SESSIE_FORMAAT) {
    return { ok: false, problemen: [{ pad: '$.formaat', melding: `dit is geen sessiebestand van de ontwerptafel: verwacht formaat "${SESSIE_FORMAAT}"` }] };
  }
  if (typeof ruw.versie === 'number' && ruw.versie > SESSIE_VERSIE) {
    return { ok: false, problemen: [{ pad: '$.versie', melding: `dit bestand heeft versie ${ruw.versie} en is gemaakt met een nieuwere versie van de app (deze app leest tot versie ${SESSIE_VERSIE})` }] };
  }
  const r = OntwerpsessieSchema.safeParse(migreerSessie(ruw), { error: nlFoutmelding });
  if (!r.success) return { ok: false, problemen: zodProblemen(r.error) };
  const problemen = samenhang(r.data, opties.taken ?? TAKEN);
  return problemen.length ? { ok: false, problemen } : { ok: true, waarde: r.data };
}

/** Parses the text of a session file; JSON syntax errors become a problem too. */
export function leesOntwerpsessieJson(tekst: string, opties: SessieValidatieOpties = {}): Validatie<Ontwerpsessie> {
  const json = leesJson(tekst);
  return json.ok ? valideerOntwerpsessie(json.waarde, opties) : json;
}

/** A new session with the seven default groups (those of the survey), equal weights and the default scores. */
export function nieuweSessie(invoer: OntwerpsessieInvoer = {}): Ontwerpsessie {
  const r = valideerOntwerpsessie(invoer);
  if (!r.ok) throw new Error(`ongeldige sessie: ${r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('; ')}`);
  return r.waarde;
}

/** The score table and the weighting of the session for an evaluation (what the screen shows). */
export function sessieWeging(sessie: Pick<Ontwerpsessie, 'routes' | 'groepen' | 'gewichten' | 'scores'>, evaluatie: Evaluatie): { tabel: Scoretabel; weging: Wegingsresultaat } {
  const tabel = scoretabelVan(evaluatie, sessie.scores, sessie.routes);
  return { tabel, weging: weeg(tabel, sessie.groepen, sessie.gewichten) };
}

function kopie<T>(x: T): T {
  return structuredClone(x);
}

/**
 * A momentopname of the session for an evaluation (the variant on screen): the variant, weights,
 * scores and positions as they are now, and the results. Pure: pass the time.
 */
export function maakMomentopname(sessie: Ontwerpsessie, evaluatie: Evaluatie, naam: string, tijdstip: Date | string): Momentopname {
  const { tabel, weging } = sessieWeging(sessie, evaluatie);
  const b = evaluatie.behoefte;
  const v: Variant = evaluatie.variant;
  const m: Momentopname = {
    naam: naam.trim(),
    tijdstip: typeof tijdstip === 'string' ? tijdstip : tijdstip.toISOString(),
    variant: kopie(v),
    routes: [...sessie.routes],
    groepen: kopie(sessie.groepen),
    gewichten: kopie(sessie.gewichten),
    scores: kopie(sessie.scores),
    scopeposities: kopie(sessie.scopeposities),
    resultaten: {
      scoretabel: tabel,
      weging,
      pot: { totaal: evaluatie.pot.totaal, perKader: { ...evaluatie.pot.perKader } },
      nietInPot: evaluatie.nietInPot.totaal,
      leerlingen: b ? b.leerlingen : null,
      scope: b ? { naam: b.scope.naam, taken: [...b.scope.taken] } : { naam: scopeNaam(v.scope), taken: scopeTaken(v.scope) },
      bijdragen: evaluatie.financiers.map((f) => ({ partij: f.partij, naam: f.naam, soort: f.soort, potdeel: f.potdeel, huidig: f.huidig, verschil: f.potdeel + f.individueel + f.buitenScope - f.huidig, individueel: f.individueel + f.buitenScope })),
      uitvoeringskosten: {
        gemeenteroute: evaluatie.routes.gemeenteroute.uitvoeringskosten,
        onderwijsroute: evaluatie.routes.onderwijsroute.uitvoeringskosten,
        integraal: evaluatie.routes.integraal.uitvoeringskosten,
      },
    },
  };
  const r = MomentopnameSchema.safeParse(m, { error: nlFoutmelding });
  if (!r.success) throw new Error(`ongeldige momentopname: ${zodProblemen(r.error).map((p) => `${p.pad}: ${p.melding}`).join('; ')}`);
  return r.data;
}

/** "Naam", or "Naam (2)", "Naam (3)" … when the session already has a momentopname of that name. */
export function vrijeMomentnaam(sessie: Pick<Ontwerpsessie, 'momentopnamen'>, naam: string): string {
  const basis = naam.trim() || 'Momentopname';
  const bezet = new Set(sessie.momentopnamen.map((m) => m.naam));
  if (!bezet.has(basis)) return basis;
  for (let i = 2; ; i++) if (!bezet.has(`${basis} (${i})`)) return `${basis} (${i})`;
}

/** The session with the momentopname added at the end; throws when the name is taken. */
export function voegMomentopnameToe(sessie: Ontwerpsessie, momentopname: Momentopname): Ontwerpsessie {
  if (sessie.momentopnamen.some((m) => m.naam === momentopname.naam)) throw new Error(`er is al een momentopname met de naam "${momentopname.naam}"`);
  return { ...sessie, momentopnamen: [...sessie.momentopnamen, momentopname] };
}

export type { BedragVerschil };

export interface RangVerschil {
  /** Group id, or null for the overall result. */
  groep: string | null;
  naam: string;
  /** Null when the group is not in that momentopname. */
  winnaarA: RouteId | null;
  winnaarB: RouteId | null;
  /** The first place changed (or the group is in only one of the two). */
  gewijzigd: boolean;
  routes: { route: RouteId; plaatsA: number | null; plaatsB: number | null; scoreA: number | null; scoreB: number | null }[];
}

export interface MomentVergelijking {
  a: string;
  b: string;
  /** The overall result first, then the groups (those of A, then those only in B). */
  rangorde: RangVerschil[];
  pot: BedragVerschil & { perKader: Record<Kader, BedragVerschil> };
  nietInPot: BedragVerschil;
  /** Contribution to the pot (potdeel) per financier; a party missing in one counts 0 there. */
  bijdragen: (BedragVerschil & { partij: string; naam: string })[];
  scope: { erbij: string[]; eraf: string[] };
  /** Weights that differ (null: the group is not in that momentopname). */
  gewichten: { groep: string; criterium: CriteriumId; a: number | null; b: number | null }[];
  /** Qualitative scores that differ, for routes in both. */
  scores: { route: RouteId; criterium: KwalitatiefCriteriumId; a: number; b: number }[];
}

function rangVerschil(groep: string | null, naam: string, ra: { rangorde: Wegingsresultaat['totaal']['rangorde'] } | undefined, rb: typeof ra, routes: readonly RouteId[]): RangVerschil {
  const winnaarA = ra?.rangorde[0]?.route ?? null;
  const winnaarB = rb?.rangorde[0]?.route ?? null;
  return {
    groep,
    naam,
    winnaarA,
    winnaarB,
    gewijzigd: winnaarA !== winnaarB,
    routes: routes.map((route) => {
      const pa = ra?.rangorde.find((x) => x.route === route);
      const pb = rb?.rangorde.find((x) => x.route === route);
      return { route, plaatsA: pa?.plaats ?? null, plaatsB: pb?.plaats ?? null, scoreA: pa?.score ?? null, scoreB: pb?.score ?? null };
    }),
  };
}

/** What changed from momentopname a to b: rankings per group and overall, pot, contributions, scope, weights, scores. */
export function vergelijkMomentopnamen(a: Momentopname, b: Momentopname): MomentVergelijking {
  const ra = a.resultaten;
  const rb = b.resultaten;
  const routes = [...a.routes, ...b.routes.filter((r) => !a.routes.includes(r))];

  const groepen: Stakeholdergroep[] = [...a.groepen, ...b.groepen.filter((g) => !a.groepen.some((x) => x.id === g.id))];
  const rangorde: RangVerschil[] = [rangVerschil(null, 'Totaal', ra.weging.totaal, rb.weging.totaal, routes)];
  for (const g of groepen) {
    rangorde.push(
      rangVerschil(
        g.id,
        g.naam,
        ra.weging.perGroep.find((x) => x.groep === g.id),
        rb.weging.perGroep.find((x) => x.groep === g.id),
        routes,
      ),
    );
  }

  const perKader = Object.fromEntries(KADERS.map((k) => [k, bedragVerschil(ra.pot.perKader[k], rb.pot.perKader[k])])) as Record<Kader, BedragVerschil>;
  const bijdragen = naastElkaar(ra.bijdragen, rb.bijdragen, (x) => x.partij).map((p) => ({ partij: p.sleutel, naam: (p.a ?? p.b)!.naam, ...verschilVan(p, (x) => x.potdeel) }));

  const takenA = new Set(ra.scope.taken);
  const takenB = new Set(rb.scope.taken);

  const gewichten: MomentVergelijking['gewichten'] = [];
  for (const g of groepen) {
    const inA = a.groepen.some((x) => x.id === g.id);
    const inB = b.groepen.some((x) => x.id === g.id);
    for (const c of CRITERIUM_IDS) {
      const wa = inA ? gewichtVan(a.gewichten as Gewichten, g.id, c) : null;
      const wb = inB ? gewichtVan(b.gewichten as Gewichten, g.id, c) : null;
      if (wa !== wb) gewichten.push({ groep: g.id, criterium: c, a: wa, b: wb });
    }
  }

  const scores: MomentVergelijking['scores'] = [];
  for (const r of routes) {
    const sa = ra.scoretabel.perRoute[r];
    const sb = rb.scoretabel.perRoute[r];
    if (!sa || !sb) continue;
    for (const c of KWALITATIEVE_CRITERIUM_IDS) {
      const ca = sa[c];
      const cb = sb[c];
      if (ca && cb && ca.score !== cb.score) scores.push({ route: r, criterium: c, a: ca.score, b: cb.score });
    }
  }

  return {
    a: a.naam,
    b: b.naam,
    rangorde,
    pot: { ...bedragVerschil(ra.pot.totaal, rb.pot.totaal), perKader },
    nietInPot: bedragVerschil(ra.nietInPot, rb.nietInPot),
    bijdragen,
    scope: { erbij: rb.scope.taken.filter((t) => !takenA.has(t)), eraf: ra.scope.taken.filter((t) => !takenB.has(t)) },
    gewichten,
    scores,
  };
}
