import { z } from 'zod';
import { DOELGROEPEN, KADERS } from '../domain/labels';
import type { Behoefte, KaderBedragen } from './behoefte';
import { SCOPE_PRESETS } from '../domain/catalogus';
import { uitlegTeksten } from './routes/uitleg';
import { ROUTES, type Evaluatie, type RouteId, type RouteResultaat } from './routes/typen';
import { BUITEN_REGIO, BUITEN_SCOPE, NIET_DEELNEMERS, ONDERWIJS_BUDGETHOUDERS, PGB_BEHANDELINGEN, POT_KADERS, REKENBASES, VARIANT_FORMAAT, VERDEELSLEUTELS } from './variant';
import { POT_ROUTES, type PotRouteId } from '../domain/routes';
import type { KalibratieDeel } from './routes/kalibratie';

/**
 * The JSON export of a need calculation (`zio bereken --json`), documented in
 * resources/schema/behoefte-uitvoer.md. A JSON Schema follows from `z.toJSONSchema(BehoefteUitvoerSchema)`.
 * Euro amounts are rounded to cents, fte to 4 decimals, pupil counts as given.
 */
export const UITVOER_FORMAAT = 'zio-berekening';
export const UITVOER_VERSIE = 2;

const euro = z.number().describe('euro per jaar, afgerond op centen');
const perKader = z.strictObject(Object.fromEntries(KADERS.map((k) => [k, euro])) as Record<(typeof KADERS)[number], typeof euro>).describe('bedrag per financieringskader');

// Part 2 (rekenmodel §3–§5): the variant, the pot and the routes.
const fractie = z.number().min(0).describe('fractie (0–1)');
const partijId = z.string().describe('partij-id: gemeente:<code>, ggd, zorgkantoor, zorgverzekeraar:<naam>, swv:<code>, school:<code>, entiteit:integraal, ouders:pgb, scholen:onderwijs');
const pct = z.number().min(0).max(100);

/** The variant used, completed with every default (itself a valid variant-bestand). */
export const VariantUitvoerSchema = z
  .strictObject({
    formaat: z.literal(VARIANT_FORMAAT),
    versie: z.number().int().min(1),
    naam: z.string().optional(),
    scope: z.union([z.enum(SCOPE_PRESETS), z.array(z.string())]),
    potKaders: z.array(z.enum(KADERS)),
    onderwijsbijdragePct: pct,
    deelname: z.record(z.string(), z.boolean()),
    nietDeelnemers: z.enum(NIET_DEELNEMERS),
    buitenRegio: z.enum(BUITEN_REGIO),
    pgb: z.strictObject(Object.fromEntries(POT_KADERS.map((k) => [k, z.enum(PGB_BEHANDELINGEN)])) as Record<(typeof POT_KADERS)[number], z.ZodEnum<{ pot: 'pot'; individueel: 'individueel' }>>),
    buitenScope: z.enum(BUITEN_SCOPE),
    verdeelsleutel: z.strictObject({ type: z.enum(VERDEELSLEUTELS), alpha: z.number().min(0).max(1), percentages: z.record(z.string(), pct) }),
    centrumgemeente: z.string().optional(),
    onderwijsroute: z.strictObject({ budgethouder: z.enum(ONDERWIJS_BUDGETHOUDERS), penvoerder: z.string().optional() }),
    integraal: z.strictObject({ naam: z.string() }),
    uitvoeringskostenPct: z.strictObject({ gemeenteroute: pct, onderwijsroute: pct, integraal: pct }),
    rekenbasis: z.enum(REKENBASES).optional(),
    ingroei: z.strictObject({ jaren: z.number().int().min(1), maxNadeelPerInwoner: z.number().min(0).optional() }).optional(),
  })
  .describe('de gebruikte variant, aangevuld met alle standaardwaarden');

// Rekenmodel v2 §9–§10: prijspeil, calibration, herverdeeleffect and ingroeipad.
const PrijspeilUitvoerSchema = z
  .strictObject({
    jaar: z.number().int(),
    factor: z.number().describe('index(jaar) ten opzichte van 2022: de factor op elke normbedrag'),
    index: z.record(z.string(), z.number()).describe('jaar → indexfactor ten opzichte van 2022'),
  })
  .describe('het prijspeil van alle bedragen (standaard 2022)');

const KalibratieDeelSchema = z.strictObject({
  regels: z.array(z.number().int().min(1)).describe('rijnummers (vanaf 1) in de tabel realisatie die hier zijn opgeteld'),
  jaar: z.number().int(),
  realisatie: euro.describe('R op prijspeil'),
  norm: euro.describe('N op prijspeil over de scholen van dit deel'),
  factor: z.number().nullable().describe('R / N; null als de regel niet meetelt'),
  gebruikt: z.boolean().describe('false: norm 0 bij realisatie > 0, of een negatieve uitkomst (zie waarschuwingen)'),
});

const KalibratieUitvoerSchema = z
  .array(
    z.strictObject({
      financier: partijId,
      kader: z.enum(KADERS),
      norm: euro.describe('N: normatieve kosten (alle taken) op prijspeil, alle scholen'),
      realisatie: euro.describe('de totaalregel, of zonder totaalregel de som van de schoolregels (op prijspeil)'),
      gekalibreerd: euro.describe('wat de financier nu betaalt bij rekenbasis realisatie'),
      factor: z.number().nullable().describe('gekalibreerd / norm'),
      scholen: z.array(KalibratieDeelSchema.extend({ school: z.string() })),
      totaal: KalibratieDeelSchema.nullable().describe('de regel zonder school: de overige scholen'),
      opNorm: euro.describe('normkosten die op de norm blijven (scholen zonder factor)'),
      scholenOpNorm: z.array(z.string()),
    }),
  )
  .describe('kalibratie per financier en kader met realisatie; niet genoemde financiers blijven op de norm');

const HerverdeeleffectGemeenteSchema = z.strictObject({
  gemeente: partijId,
  bijdrage: euro.describe('bijdrage aan de pot in deze route (met uitvoeringskosten)'),
  huidigGedekt: euro.describe('wat de gemeente nu betaalt voor het deel dat in de pot gaat'),
  bedrag: z.number().describe('bijdrage − huidigGedekt: positief is nadeel'),
  perInwoner: z.number().nullable().describe('bedrag per inwoner van 0 tot en met 17 jaar; null zonder inwoners'),
});
const HerverdeeleffectUitvoerSchema = z
  .strictObject(Object.fromEntries(POT_ROUTES.map((r) => [r, z.array(HerverdeeleffectGemeenteSchema)])) as Record<PotRouteId, z.ZodArray<typeof HerverdeeleffectGemeenteSchema>>)
  .describe('herverdeeleffect per route en gemeente');

const IngroeipadUitvoerSchema = z
  .array(z.strictObject({ jaar: z.number().int().min(1), perGemeente: z.record(z.string(), euro).describe('gemeente:<code> → bijdrage in dat jaar (zonder uitvoeringskosten)') }))
  .describe('ingroeipad: per jaar t = 1, 2, … de bijdrage van elke deelnemende gemeente');

const PotUitvoerSchema = z.strictObject({
  totaal: euro,
  perKader,
  perSchool: z.array(
    z.strictObject({
      school: z.string(),
      totaal: euro.describe('pot van de school'),
      perKader,
      kosten: euro.describe('alle kosten van de school (alle kaders)'),
      aandeelPot: fractie.describe('pot / kosten'),
      fte: z.number().describe('formatie van de school binnen de scope'),
      fteUitPot: z.number().describe('fte × aandeelPot'),
    }),
  ),
});

const PartijenUitvoerSchema = z.array(
  z.strictObject({ id: partijId, soort: z.enum(['gemeente', 'ggd', 'zorgkantoor', 'zorgverzekeraar', 'swv', 'school', 'entiteit', 'ouders', 'scholen']), naam: z.string() }),
);

const NietInPotSchema = z.strictObject({
  totaal: euro,
  perKader,
  perFinancier: z.record(z.string(), euro).describe('partij-id → zorgkosten binnen de scope die niet in de pot gaan (individueel betaald)'),
});

const BuitenScopeSchema = z
  .strictObject({
    totaal: euro,
    perKader,
    perFinancier: z.record(z.string(), euro).describe('partij-id → zorgkosten van taken buiten de scope (scholen:onderwijs bij buitenScope "onderwijs")'),
  })
  .describe('zorgkosten van de taken buiten de scope; pot (zorgdeel) + nietInPot + buitenScope = zorgTotaal');

const RouteUitvoerSchema = z.strictObject({
  naam: z.string(),
  budgethouders: z.array(
    z.strictObject({
      partij: partijId,
      scholen: z.number().int().min(0),
      instroom: euro,
      eigenBijdrage: euro.describe('eigen bijdrage van de budgethouder: interne boeking, geen stroom'),
      uitstroom: euro,
      uitvoeringskosten: euro.describe('houdt de budgethouder; instroom + eigenBijdrage = uitstroom + uitvoeringskosten'),
    }),
  ),
  uitvoeringskostenPct: pct,
  uitvoeringskosten: euro,
  pot: z.strictObject({ totaal: euro, perKader }),
  bijdragen: z.array(
    z.strictObject({
      financier: partijId,
      bedrag: euro.describe('naar de pot in deze route: potdeel + uitvoeringskosten'),
      potdeel: euro,
      uitvoeringskosten: euro,
      huidig: euro.describe('wat de financier nu betaalt: alle taken (breed), al zijn cellen'),
      verschil: z.number().describe('bedrag + individueel − huidig'),
      individueel: euro.describe('in deze route nog individueel betaald: niet in de pot + buiten de scope (in huidig: alles)'),
    }),
  ),
  stromen: z.array(
    z.strictObject({
      van: partijId,
      naar: partijId,
      bedrag: euro,
      soort: z.enum(['individueel', 'bijdrage', 'budget']),
      kader: z.enum(KADERS).optional(),
    }),
  ),
  aantalStromen: z.number().int().min(0),
  schoolbudgetten: z.array(
    z.strictObject({
      school: z.string(),
      bedrag: euro,
      perKader,
      budgethouder: partijId.optional().describe('de (grootste) budgethouder die de school betaalt'),
      perBudgethouder: z.record(z.string(), euro).optional().describe('waar meer budgethouders de school betalen (betalend_swv): partij-id → bedrag'),
    }),
  ),
  lokettenPerSchool: z.record(z.string(), z.number().int().min(0)).describe('schoolcode → aantal partijen waarvan de school zorggeld ontvangt'),
  loketten: z.strictObject({ gemiddeld: z.number().min(0), max: z.number().int().min(0) }),
  ontvangersPerFinancier: z.record(z.string(), z.number().int().min(0)).describe('partij-id → aantal partijen dat hij betaalt'),
  nietInPot: NietInPotSchema,
  buitenScope: BuitenScopeSchema,
});

export const RoutesUitvoerSchema = z.strictObject(Object.fromEntries(ROUTES.map((r) => [r, RouteUitvoerSchema])) as Record<RouteId, typeof RouteUitvoerSchema>);

export const BehoefteUitvoerSchema = z
  .strictObject({
    formaat: z.literal(UITVOER_FORMAAT),
    versie: z.literal(UITVOER_VERSIE),
    normenset: z.string().describe('id van de normenset, bv. "landelijk-2022"'),
    regio: z.strictObject({ naam: z.string() }),
    scope: z.strictObject({
      naam: z.enum(['breed', 'medium', 'smal', 'maatwerk']),
      taken: z.array(z.string()).describe('taak-ids in de scope, in tabelvolgorde'),
    }),
    behoefte: z.strictObject({
      leerlingen: z.number().min(0),
      totaal: euro,
      perKader,
      perSchool: z.array(
        z.strictObject({
          school: z.string(),
          naam: z.string(),
          inventarisatie: z.boolean().describe('true als de behoefte (deels) uit een inventarisatie van de school komt'),
          sectorGeschat: z.boolean().optional().describe('true als leerlingen zonder sector over so en vso zijn verdeeld met het aandeel so van de school'),
          leerlingen: z.number().min(0),
          totaal: euro,
          perKader,
          perWoongemeente: z.array(z.strictObject({ gemeente: z.string(), leerlingen: z.number().min(0), perKader })),
          fte: z.record(z.string(), z.number()).describe('formatie per professional-id binnen de scope'),
          fteTotaal: z.number(),
        }),
      ),
      perDoelgroep: z
        .strictObject(Object.fromEntries(DOELGROEPEN.map((d) => [d, perKader])) as Record<(typeof DOELGROEPEN)[number], typeof perKader>)
        .describe('normatieve kosten per leerling per doelgroep en kader'),
    }),
    // Part 2 (optional, so part-1 documents stay valid): the variant and the four routes.
    variant: VariantUitvoerSchema.optional(),
    pot: PotUitvoerSchema.optional(),
    partijen: PartijenUitvoerSchema.optional(),
    routes: RoutesUitvoerSchema.optional(),
    nietInPot: NietInPotSchema.optional(),
    zorgTotaal: euro.optional().describe('Z: de zorgkosten (alle zorgkaders, alle taken) van alle cellen; in elke route pot (zorgdeel) + nietInPot + buitenScope'),
    uitleg: z.record(z.string(), z.string()).optional().describe('figuur-id → uitleg in één zin (zie behoefte-uitvoer.md)'),
    waarschuwingen: z.array(z.string()).optional(),
    prijspeil: PrijspeilUitvoerSchema.optional(),
    kalibratie: KalibratieUitvoerSchema.optional(),
    herverdeeleffect: HerverdeeleffectUitvoerSchema.optional(),
    ingroeipad: IngroeipadUitvoerSchema.optional(),
    ingroeipadVoltooid: z.boolean().optional().describe('false als niet alle gemeenten binnen 20 jaar hun doel bereiken'),
  })
  .describe('Zorgbehoefte van een regio volgens de ZiO-rekenkern, met de collectieve pot en de routes van een variant');

export type BehoefteUitvoer = z.infer<typeof BehoefteUitvoerSchema>;

const centen = (x: number) => Math.round(x * 100) / 100 + 0;
const fte4 = (x: number) => Math.round(x * 1e4) / 1e4 + 0;
const kaders = (v: KaderBedragen): KaderBedragen => Object.fromEntries(KADERS.map((k) => [k, centen(v[k])])) as KaderBedragen;

/**
 * The export document of a need calculation (rounded for export); with an evaluation of a variant
 * also the variant, the pot, the parties, the four routes and the explanations.
 */
export function naarUitvoer(behoefte: Behoefte, regio: { naam: string }, evaluatie?: Evaluatie): BehoefteUitvoer {
  const basis = naarBehoefteUitvoer(behoefte, regio);
  return evaluatie ? { ...basis, ...routesNaarUitvoer(evaluatie) } : basis;
}

function naarBehoefteUitvoer(behoefte: Behoefte, regio: { naam: string }): BehoefteUitvoer {
  return {
    formaat: UITVOER_FORMAAT,
    versie: UITVOER_VERSIE,
    normenset: behoefte.normenset,
    regio: { naam: regio.naam },
    scope: { naam: behoefte.scope.naam, taken: behoefte.scope.taken.slice() },
    behoefte: {
      leerlingen: behoefte.leerlingen,
      totaal: centen(behoefte.totaal),
      perKader: kaders(behoefte.perKader),
      perSchool: behoefte.perSchool.map((s) => ({
        school: s.school,
        naam: s.naam,
        inventarisatie: s.inventarisatie,
        sectorGeschat: s.sectorGeschat,
        leerlingen: s.leerlingen,
        totaal: centen(s.totaal),
        perKader: kaders(s.perKader),
        perWoongemeente: s.perWoongemeente.map((g) => ({ gemeente: g.gemeente, leerlingen: g.leerlingen, perKader: kaders(g.perKader) })),
        fte: Object.fromEntries(Object.entries(s.fte).map(([p, v]) => [p, fte4(v)])),
        fteTotaal: fte4(s.fteTotaal),
      })),
      perDoelgroep: Object.fromEntries(DOELGROEPEN.map((d) => [d, kaders(behoefte.perDoelgroep[d])])) as BehoefteUitvoer['behoefte']['perDoelgroep'],
    },
  };
}

export type RoutesUitvoer = Pick<
  Required<BehoefteUitvoer>,
  'variant' | 'pot' | 'partijen' | 'routes' | 'nietInPot' | 'zorgTotaal' | 'uitleg' | 'waarschuwingen' | 'prijspeil' | 'kalibratie' | 'herverdeeleffect' | 'ingroeipad' | 'ingroeipadVoltooid'
>;

const rond = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d + 0;

function deelbedragUitvoer(n: Evaluatie['nietInPot']) {
  return { totaal: centen(n.totaal), perKader: kaders(n.perKader), perFinancier: Object.fromEntries(Object.entries(n.perFinancier).map(([p, x]) => [p, centen(x)])) };
}

function routeUitvoer(r: RouteResultaat) {
  return {
    naam: r.naam,
    budgethouders: r.budgethouders.map((h) => ({
      partij: h.partij,
      scholen: h.scholen,
      instroom: centen(h.instroom),
      eigenBijdrage: centen(h.eigenBijdrage),
      uitstroom: centen(h.uitstroom),
      uitvoeringskosten: centen(h.uitvoeringskosten),
    })),
    uitvoeringskostenPct: rond(r.uitvoeringskostenFractie * 100, 6),
    uitvoeringskosten: centen(r.uitvoeringskosten),
    pot: { totaal: centen(r.pot.totaal), perKader: kaders(r.pot.perKader) },
    bijdragen: r.bijdragen.map((b) => ({
      financier: b.financier,
      bedrag: centen(b.bedrag),
      potdeel: centen(b.potdeel),
      uitvoeringskosten: centen(b.uitvoeringskosten),
      huidig: centen(b.huidig),
      verschil: centen(b.verschil),
      individueel: centen(b.individueel),
    })),
    stromen: r.stromen.map((st) => ({ van: st.van, naar: st.naar, bedrag: centen(st.bedrag), soort: st.soort, ...(st.kader ? { kader: st.kader } : {}) })),
    aantalStromen: r.aantalStromen,
    schoolbudgetten: r.schoolbudgetten.map((s) => ({
      school: s.school,
      bedrag: centen(s.bedrag),
      perKader: kaders(s.perKader),
      ...(s.budgethouder ? { budgethouder: s.budgethouder } : {}),
      ...(s.perBudgethouder ? { perBudgethouder: Object.fromEntries(Object.entries(s.perBudgethouder).map(([p, x]) => [p, centen(x)])) } : {}),
    })),
    lokettenPerSchool: { ...r.lokettenPerSchool },
    loketten: { gemiddeld: rond(r.loketten.gemiddeld, 4), max: r.loketten.max },
    ontvangersPerFinancier: { ...r.ontvangersPerFinancier },
    nietInPot: deelbedragUitvoer(r.nietInPot),
    buitenScope: deelbedragUitvoer(r.buitenScope),
  };
}

/** The part-2 fields of the export document (rounded for export). */
export function routesNaarUitvoer(ev: Evaluatie): RoutesUitvoer {
  const v = ev.variant;
  const t = ev.toegepast;
  const fte = new Map(ev.formatie.map((f) => [f.school, f]));
  return {
    variant: {
      ...v,
      scope: typeof v.scope === 'string' ? v.scope : [...v.scope],
      centrumgemeente: t.centrumgemeente,
      onderwijsroute: { budgethouder: v.onderwijsroute.budgethouder, ...(t.penvoerder !== null ? { penvoerder: t.penvoerder } : {}) },
    },
    pot: {
      totaal: centen(ev.pot.totaal),
      perKader: kaders(ev.pot.perKader),
      perSchool: ev.pot.perSchool.map((s) => ({
        school: s.school,
        totaal: centen(s.totaal),
        perKader: kaders(s.perKader),
        kosten: centen(s.kosten),
        aandeelPot: rond(s.aandeelPot, 6),
        fte: fte4(fte.get(s.school)?.fteTotaal ?? 0),
        fteUitPot: fte4(fte.get(s.school)?.fteUitPot ?? 0),
      })),
    },
    partijen: ev.partijen.map((p) => ({ id: p.id, soort: p.soort, naam: p.naam })),
    routes: Object.fromEntries(ROUTES.map((r) => [r, routeUitvoer(ev.routes[r])])) as RoutesUitvoer['routes'],
    nietInPot: deelbedragUitvoer(ev.nietInPot),
    zorgTotaal: centen(ev.zorgTotaal),
    uitleg: uitlegTeksten(ev),
    waarschuwingen: ev.waarschuwingen.slice(),
    ...v2Uitvoer(ev),
  };
}

function kalibratieDeel(d: KalibratieDeel) {
  return { regels: d.regels.slice(), jaar: d.jaar, realisatie: centen(d.realisatie), norm: centen(d.norm), factor: d.factor === null ? null : rond(d.factor, 6), gebruikt: d.gebruikt };
}

/** Prijspeil, calibration, herverdeeleffect and ingroeipad (rekenmodel-v2 §9–§10), rounded for export. */
function v2Uitvoer(ev: Evaluatie): Pick<RoutesUitvoer, 'prijspeil' | 'kalibratie' | 'herverdeeleffect' | 'ingroeipad' | 'ingroeipadVoltooid'> {
  return {
    prijspeil: { jaar: ev.prijspeil.jaar, factor: ev.prijspeil.factor, index: { ...ev.prijspeil.index } },
    kalibratie: ev.kalibratie.financiers.map((f) => ({
      financier: f.financier,
      kader: f.kader,
      norm: centen(f.norm),
      realisatie: centen(f.realisatie),
      gekalibreerd: centen(f.gekalibreerd),
      factor: f.factor === null ? null : rond(f.factor, 6),
      scholen: f.scholen.map((d) => ({ ...kalibratieDeel(d), school: d.school })),
      totaal: f.totaal ? kalibratieDeel(f.totaal) : null,
      opNorm: centen(f.opNorm),
      scholenOpNorm: f.scholenOpNorm.slice(),
    })),
    herverdeeleffect: Object.fromEntries(
      POT_ROUTES.map((r) => [
        r,
        ev.herverdeeleffect[r].map((h) => ({
          gemeente: h.partij,
          bijdrage: centen(ev.routes[r].bijdragen.find((b) => b.financier === h.partij)?.bedrag ?? 0),
          huidigGedekt: centen(ev.financiers.find((f) => f.partij === h.partij)?.huidigGedekt ?? 0),
          bedrag: centen(h.bedrag),
          perInwoner: h.perInwoner === null ? null : centen(h.perInwoner),
        })),
      ]),
    ) as unknown as RoutesUitvoer['herverdeeleffect'],
    ingroeipad: ev.ingroeipad.pad.map((j) => ({ jaar: j.jaar, perGemeente: Object.fromEntries(ev.ingroeipad.gemeenten.map((g, i) => [g.partij, centen(j.bedragen[i])])) })),
    ingroeipadVoltooid: ev.ingroeipad.voltooid,
  };
}
