/**
 * Meerjarenraming: the pot and the contributions for the coming years ("en volgend jaar?"), from
 * the evaluation of today with pupil growth and a price index per year.
 *
 * Costs are linear in the pupil counts (rekenmodel §5), so the raming scales the base evaluation
 * instead of recomputing it: in year t every amount is multiplied by
 *   factor(t) = Π_{j≤t} (1 + leerlingengroei_j) · Π_{j≤t} (1 + prijsindex_j) · indexfactor_t
 * and the number of pupils by Π_{j≤t} (1 + leerlingengroei_j). indexfactor_t is index(j)/index(prijspeil)
 * for the calendar year j of year t (rekenmodel-v2 §10: user input, default 1). Year 0 is the base
 * evaluation. From year 1 on a participating gemeente pays its step b_g(t) of the variant's
 * ingroeipad (after the path ends, its target). The tests check that a regio with every count
 * multiplied gives the same figures.
 */
import { z } from 'zod';
import { KADERS } from '../domain/labels';
import { evalueerVariant, type Evaluatie, type EvaluatieRegio, type KaderBedragen, type Normenset, type PartijSoort, type PotRouteId, type Variant, type VariantInvoer } from '../engine';
import { formatGetal, formatPct } from '../format';
import { nlFoutmelding, zodProblemen, type Validatie } from '../validation/problems';
import { POT_ROUTES } from '../domain/routes';
import { LANDELIJK_LEERLINGEN } from '../domain/landelijk';

export const MEERJAREN_MIN = 1;
export const MEERJAREN_MAX = 5;
export const STANDAARD_JAREN = 3;
export const STANDAARD_LEERLINGENGROEI = 0;
export const STANDAARD_PRIJSINDEX = 0.03;
/** Allowed per year, as fractions: growth −50% … +100%, index −20% … +50%. */
export const GRENZEN_LEERLINGENGROEI = [-0.5, 1] as const;
export const GRENZEN_PRIJSINDEX = [-0.2, 0.5] as const;
/** Index factor of a year relative to the prijspeil: 1 = the prices of the prijspeil year. */
export const STANDAARD_INDEXFACTOR = 1;
export const GRENZEN_INDEXFACTOR = [0.5, 3] as const;

export interface AannameMeerjaren {
  id: string;
  titel: string;
  tekst: string;
  /** A source, or "aanname" with the rationale in the text. */
  bron: string;
}

export const AANNAMES_MEERJAREN: readonly AannameMeerjaren[] = [
  {
    id: 'lineair',
    titel: 'De raming schaalt de berekening van nu',
    tekst:
      'De kosten zijn lineair in het aantal leerlingen. Daarom vermenigvuldigt de raming in jaar t alle bedragen met Π(1 + leerlingengroei) × Π(1 + prijsindex) over de jaren 1 tot en met t, en het aantal leerlingen met Π(1 + leerlingengroei). Dat geeft dezelfde uitkomst als de regio opnieuw doorrekenen met alle leerlingaantallen vermenigvuldigd.',
    bron: 'rekenmodel §5 (kosten zijn lineair in de leerlingaantallen)',
  },
  {
    id: 'indexfactor',
    titel: 'Indexfactor ten opzichte van het prijspeil standaard 1',
    tekst:
      'De bedragen van de berekening staan op het prijspeil van de regio. De indexfactor van een jaar is index(jaar) / index(prijspeil): het prijsniveau van dat jaar ten opzichte van het prijspeil. Standaard is die 1 (geen verandering); vul de factoren in die uw begroting gebruikt. De prijsindex per jaar komt daar bovenop: gebruikt u de indexfactoren, zet de prijsindex dan op 0%.',
    bron: 'rekenmodel-v2 §9 en §10 (toekomstige indexfactoren zijn invoer, standaard 1)',
  },
  {
    id: 'ingroeipad',
    titel: 'Gemeenten betalen volgens het ingroeipad',
    tekst:
      'Vanaf jaar 1 betaalt elke deelnemende gemeente haar stap van het ingroeipad van de variant (jaar 1 van de raming is jaar 1 van de nieuwe verdeling); na het einde van het pad betaalt zij haar bijdrage volgens de verdeelsleutel. Het basisjaar toont de bijdrage volgens de verdeelsleutel zelf. De som van de gemeenten is in elk jaar gelijk, dus de pot verandert er niet door.',
    bron: 'rekenmodel-v2 §10',
  },
  {
    id: 'gelijke-groei',
    titel: 'Groei is overal gelijk',
    tekst:
      'De leerlingengroei geldt voor alle scholen, woongemeenten en doelgroepen even sterk: de samenstelling van de leerlingen blijft die van het basisjaar. Daardoor blijven de aandelen in de verdeelsleutel gelijk (het aantal inwoners 0–17 groeit niet mee, maar bepaalt alleen de verhouding tussen gemeenten). Verwacht u verschuivingen tussen scholen of doelgroepen, reken dan een variant door met een aangepast regio-bestand.',
    bron: 'aanname',
  },
  {
    id: 'leerlingengroei',
    titel: 'Leerlingengroei standaard 0% per jaar',
    tekst:
      `De bronnen geven geen prognose van het aantal (v)so-leerlingen; het rapport noemt alleen de stand van ${formatGetal(LANDELIJK_LEERLINGEN)} leerlingen in 2021 (par. 1.2.1). Daarom is de standaard 0%, zodat de raming zonder eigen invoer alleen het prijseffect laat zien. Vul de regionale leerlingenprognose in, bijvoorbeeld die van het samenwerkingsverband.`,
    bron: 'aanname',
  },
  {
    id: 'prijsindex',
    titel: 'Prijsindex standaard 3% per jaar',
    tekst:
      'De kosten zijn vooral personeelskosten: de normbedragen volgen cao-lonen (maal 1,6 voor alle werkgeverslasten) en de tarieven van gemeenten, zorgverzekeraars en de NZa (par. 1.2.4). De index volgt dus vooral de loonontwikkeling in onderwijs en zorg. 3% per jaar is een ronde middenwaarde, geen voorspelling, en geldt voor alle kaders samen; vul de loon- en prijsindex in die uw organisatie voor de begroting gebruikt (bijvoorbeeld de OVA voor de zorg).',
    bron: 'aanname; normbedragen: par. 1.2.4 van het rapport',
  },
  {
    id: 'prijspeil',
    titel: 'Prijspeil van het basisjaar',
    tekst:
      'Het basisjaar is de berekening van nu, op het prijspeil van de regio (standaard prijspeil 2022, het prijspeil van het rapport; de regio kiest een ander prijspeil met indexfactoren bij Regio › Realisatie en prijspeil). De raming indexeert vanaf dat prijspeil met de indexfactoren en de prijsindex hieronder.',
    bron: 'normenset (rekenmodel §1) en prijspeil (rekenmodel-v2 §9)',
  },
  {
    id: 'bijdragen',
    titel: 'Bijdragen per financier en uitvoeringskosten',
    tekst:
      'De bijdrage van een financier aan de pot is in elke route gelijk en groeit met dezelfde factor. De uitvoeringskosten zijn per route een percentage van de pot (standaard 0%: de bronnen noemen geen bedrag) en groeien dus mee; de financiers betalen ze naar rato van hun bijdrage.',
    bron: 'rekenmodel §3 en §4',
  },
  {
    id: 'inventarisatie',
    titel: 'Scholen met een inventarisatie',
    tekst: 'Ook de kosten van scholen met een inventarisatie (gemeten formatie) groeien met dezelfde factor, alsof hun formatie meegroeit met het aantal leerlingen.',
    bron: 'aanname',
  },
  {
    id: 'horizon',
    titel: 'Horizon standaard 3 jaar',
    tekst: 'Standaard ramen we 3 jaar na het basisjaar (maximaal 5): het begrotingsjaar plus een meerjarenraming van drie jaar is de gangbare horizon van gemeentelijke begrotingen.',
    bron: 'aanname',
  },
];

/** A rate per year: one number for every year, or a list with one number per year. */
function tariefVeld([min, max]: readonly [number, number], standaard: number, soort: 'fractie' | 'factor' = 'fractie') {
  const getal =
    soort === 'factor'
      ? z.number().finite().min(min, `moet minstens ${formatGetal(min, 2)} zijn (een factor ten opzichte van het prijspeil)`).max(max, `mag hoogstens ${formatGetal(max, 2)} zijn (een factor ten opzichte van het prijspeil, 1 = gelijk)`)
      : z
          .number()
          .finite()
          .min(min, `moet minstens ${formatPct(min, 0)} zijn, als fractie ${formatGetal(min, 2)}`)
          .max(max, `mag hoogstens ${formatPct(max, 0)} zijn; geef een fractie per jaar (3% is 0,03)`);
  const veld = z.unknown().transform((waarde, ctx) => {
    const r = (Array.isArray(waarde) ? z.array(getal).min(1).max(MEERJAREN_MAX) : getal).safeParse(waarde, { error: nlFoutmelding });
    if (r.success) return r.data as number | number[];
    for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: waarde });
    return z.NEVER;
  }) as unknown as z.ZodType<number | number[], number | number[]>;
  return veld.default(standaard);
}

export const MeerjarenInstellingenSchema = z
  .strictObject({
    /** Years after the base year (1–5). */
    jaren: z.number().int().min(MEERJAREN_MIN).max(MEERJAREN_MAX).default(STANDAARD_JAREN),
    /** Growth of the number of pupils per year, a fraction (0,02 = 2%). */
    leerlingengroei: tariefVeld(GRENZEN_LEERLINGENGROEI, STANDAARD_LEERLINGENGROEI),
    /** Price index per year, a fraction (0,03 = 3%). */
    prijsindex: tariefVeld(GRENZEN_PRIJSINDEX, STANDAARD_PRIJSINDEX),
    /** Per year: index(j) / index(prijspeil), the price level of that year relative to the regio's prijspeil (rekenmodel-v2 §10). */
    indexfactor: tariefVeld(GRENZEN_INDEXFACTOR, STANDAARD_INDEXFACTOR, 'factor'),
    /** First calendar year of the base school year (2025 → "2025/26"); only for the labels. */
    basisjaar: z.number().int().min(2000).max(2100).optional(),
  })
  .superRefine((m, ctx) => {
    for (const veld of ['leerlingengroei', 'prijsindex', 'indexfactor'] as const) {
      const x = m[veld];
      if (Array.isArray(x) && x.length !== m.jaren) {
        ctx.addIssue({ code: 'custom', path: [veld], input: x, message: `geef één waarde voor alle jaren of precies ${m.jaren} waarden (één per jaar), niet ${x.length}` });
      }
    }
  });

export type MeerjarenInstellingenInvoer = z.input<typeof MeerjarenInstellingenSchema>;
export type MeerjarenInstellingen = z.output<typeof MeerjarenInstellingenSchema>;

/** Validates meerjaren settings, with Dutch messages and JSON paths. */
export function leesMeerjarenInstellingen(data: unknown): Validatie<MeerjarenInstellingen> {
  const r = MeerjarenInstellingenSchema.safeParse(data ?? {}, { error: nlFoutmelding });
  return r.success ? { ok: true, waarde: r.data } : { ok: false, problemen: zodProblemen(r.error) };
}

export interface MeerjarenFinancier {
  partij: string;
  naam: string;
  soort: PartijSoort;
  /** Contribution to the pot, the same in every route (without uitvoeringskosten). */
  potdeel: number;
  /** What it would pay for the same costs individually (today's way). */
  huidig: number;
  /** Its costs outside the pot. */
  individueel: number;
}

export interface MeerjarenJaar {
  /** 0 = the base year (the evaluation of now), 1 … jaren. */
  jaar: number;
  label: string;
  /** The rates of this year (0 in the base year). */
  leerlingengroei: number;
  prijsindex: number;
  /** index(j) / index(prijspeil) of this year (1 in the base year). */
  indexfactor: number;
  factorLeerlingen: number;
  /** Π (1 + prijsindex) × indexfactor. */
  factorPrijs: number;
  /** factorLeerlingen × factorPrijs: the factor on every amount. */
  factor: number;
  /** Pupils in the regio (null when the evaluation has no need attached). */
  leerlingen: number | null;
  pot: { totaal: number; perKader: KaderBedragen };
  nietInPot: number;
  financiers: MeerjarenFinancier[];
  /** Per route with a budgethouder: the uitvoeringskosten (fraction of the pot, amount). */
  uitvoeringskosten: Record<PotRouteId, { fractie: number; bedrag: number }>;
  /** Per route: pot + uitvoeringskosten, what the financiers pay together. */
  totaalPerRoute: Record<PotRouteId, number>;
}

export interface Meerjarenraming {
  instellingen: { jaren: number; leerlingengroei: number[]; prijsindex: number[]; indexfactor: number[]; basisjaar?: number };
  /** "prijspeil 2026": the price level the amounts of the base year are at. */
  prijspeil: string;
  /** The ingroeipad the gemeenten follow from year 1 (null: no participating gemeente). */
  ingroei: { jaren: number; maxNadeelPerInwoner: number | null; padJaren: number; voltooid: boolean } | null;
  jaren: MeerjarenJaar[];
}

function perJaar(x: number | readonly number[], jaren: number): number[] {
  return typeof x === 'number' ? Array.from({ length: jaren }, () => x) : [...x];
}

function label(jaar: number, basisjaar: number | undefined): string {
  if (basisjaar === undefined) return jaar === 0 ? 'Basisjaar' : `Jaar ${jaar}`;
  const j = basisjaar + jaar;
  return `${j}/${String((j + 1) % 100).padStart(2, '0')}`;
}

function controleer(instellingen: MeerjarenInstellingenInvoer | MeerjarenInstellingen | undefined): MeerjarenInstellingen {
  const r = leesMeerjarenInstellingen(instellingen);
  if (!r.ok) throw new Error(`ongeldige meerjareninstellingen: ${r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('; ')}`);
  return r.waarde;
}

/** The raming from an evaluation of the base year (what the app already has on screen). */
export function meerjarenUitEvaluatie(evaluatie: Evaluatie, instellingen?: MeerjarenInstellingenInvoer): Meerjarenraming {
  const m = controleer(instellingen);
  const groei = perJaar(m.leerlingengroei, m.jaren);
  const index = perJaar(m.prijsindex, m.jaren);
  const indexfactor = perJaar(m.indexfactor, m.jaren);
  const ip = evaluatie.ingroeipad;
  const metPad = ip.gemeenten.length > 0 && ip.pad.length > 0;
  const opPad = new Map(ip.gemeenten.map((g, i) => [g.partij, i]));
  /** b_g(t) of the path, or the target after the path's last year. */
  const padBedrag = (t: number, partij: string, potdeel: number): number => {
    const i = opPad.get(partij);
    if (!metPad || t === 0 || i === undefined) return potdeel;
    return t <= ip.pad.length ? ip.pad[t - 1].bedragen[i] : ip.gemeenten[i].doel;
  };
  const basisLeerlingen = evaluatie.behoefte ? evaluatie.behoefte.leerlingen : null;
  const jaren: MeerjarenJaar[] = [];
  let fl = 1;
  let fp = 1;
  for (let t = 0; t <= m.jaren; t++) {
    if (t > 0) {
      fl *= 1 + groei[t - 1];
      fp *= 1 + index[t - 1];
    }
    const ix = t > 0 ? indexfactor[t - 1] : 1;
    const f = fl * fp * ix;
    const perKader = Object.fromEntries(KADERS.map((k) => [k, evaluatie.pot.perKader[k] * f])) as KaderBedragen;
    const pot = evaluatie.pot.totaal * f;
    const uitvoeringskosten = {} as MeerjarenJaar['uitvoeringskosten'];
    const totaalPerRoute = {} as MeerjarenJaar['totaalPerRoute'];
    for (const r of POT_ROUTES) {
      const fractie = evaluatie.toegepast.uitvoeringskosten[r];
      uitvoeringskosten[r] = { fractie, bedrag: pot * fractie };
      totaalPerRoute[r] = pot * (1 + fractie);
    }
    jaren.push({
      jaar: t,
      label: label(t, m.basisjaar),
      leerlingengroei: t > 0 ? groei[t - 1] : 0,
      prijsindex: t > 0 ? index[t - 1] : 0,
      indexfactor: ix,
      factorLeerlingen: fl,
      factorPrijs: fp * ix,
      factor: f,
      leerlingen: basisLeerlingen === null ? null : basisLeerlingen * fl,
      pot: { totaal: pot, perKader },
      nietInPot: evaluatie.nietInPot.totaal * f,
      financiers: evaluatie.financiers.map((x) => ({ partij: x.partij, naam: x.naam, soort: x.soort, potdeel: padBedrag(t, x.partij, x.potdeel) * f, huidig: x.huidig * f, individueel: x.individueel * f })),
      uitvoeringskosten,
      totaalPerRoute,
    });
  }
  return {
    instellingen: { jaren: m.jaren, leerlingengroei: groei, prijsindex: index, indexfactor, ...(m.basisjaar !== undefined ? { basisjaar: m.basisjaar } : {}) },
    prijspeil: evaluatie.prijspeil.label,
    ingroei: metPad ? { jaren: ip.jaren, maxNadeelPerInwoner: ip.maxNadeelPerInwoner, padJaren: ip.pad.length, voltooid: ip.voltooid } : null,
    jaren,
  };
}

/**
 * Pot and contributions per year for a variant: the evaluation of now (year 0) and `jaren` years
 * with pupil growth and price index (defaults: AANNAMES_MEERJAREN). Throws a Dutch error on
 * invalid settings or an invalid variant.
 */
export function meerjarenraming(normenset: Normenset, regio: EvaluatieRegio, variant: VariantInvoer | Variant, instellingen?: MeerjarenInstellingenInvoer): Meerjarenraming {
  controleer(instellingen);
  return meerjarenUitEvaluatie(evalueerVariant(normenset, regio, variant), instellingen);
}
