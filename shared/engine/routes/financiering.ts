import { KADERS, type Kader } from '../../domain/labels';
import type { Variant } from '../variant';
import { celIndexVoor, type CelIndex } from './cellen';
import { GGD, K, NK, OUDERS_PGB, SCHOLEN_ONDERWIJS, ZORGKANTOOR, kaderRecord, nulKaders, schoolId, som, swvId } from './partijen';
import { IndividueleStromen, type GenummerdeStromen } from './individuele-stromen';
import { bewaardBij } from '../bewaard';
import type { IngroeiGemeente } from './ingroeipad';
import type { KalibratieFactoren } from './kalibratie';
import type { Deelbedrag, EvaluatieDetail, FinancierCijfers, GemeenteStatus, NietInPot, Partij, Pot, RoutesInvoer, RoutesRegio, ToegepasteInstellingen } from './typen';

/**
 * Financiers, pot and contributions (rekenmodel §3, rekenmodel-v2 §6–§8), in named steps:
 * 1. cells: index gemeenten, schools and cel parts with their betalend SWV (`cellen.ts`);
 * 2. coverage: per cel part, kader and financier what goes into the pot, what stays individual
 *    (niet in de pot, pgb kept by the parents) and what lies outside the scope;
 * 3. keys: the verdeelsleutel over the participating gemeenten;
 * 4. contributions: every financier's figures, and where its contribution goes per SWV;
 * 5. flows: today's and the remaining individual flows (`individuele-stromen.ts`).
 *
 * Financier of each kader: jeugdwet, wmo → the pupil's woongemeente; wpg → `ggd`; wlz →
 * `zorgkantoor`; zvw → each zorgverzekeraar by market share; onderwijs → the school itself, of which
 * `onderwijsbijdragePct` goes into the pot, paid by the cel's betalend SWV.
 */

const J = K.jeugdwet;
const W = K.wmo;
const ZVW = K.zvw;
const WLZ = K.wlz;
const WPG = K.wpg;
const OND = K.onderwijs;
const KADER_IDS = [...KADERS];
/** The zorgkaders (everything but onderwijs): what Z, the pot's zorg part and "niet in de pot" count. */
const ZORG = [J, ZVW, WLZ, WPG, W] as const;
const GEMEENTELIJK = [J, W] as const;

/** Everything the routes need, computed once per variant. */
export interface PotBerekening {
  partijen: Partij[];
  pot: Pot;
  schoolCodes: string[];
  /** SWV party id of each school (its own SWV). */
  schoolSwv: string[];
  /** Pot per school (index as schoolCodes). */
  schoolPot: Float64Array;
  /** Zorg part of the pot per school (pot − onderwijs share). */
  schoolZorgPot: Float64Array;
  /** Schools with care costs or a pot (for the loketten average). */
  schoolMetZorg: Uint8Array;
  /** Per school: its pot split over the betalend SWVs of its cel parts (SWV party id → amount). */
  schoolPotPerSwv: Map<string, number>[];
  financiers: FinancierCijfers[];
  /** Per financier: where its potdeel goes under `betalend_swv` (SWV party id → amount; Σ = potdeel). */
  potdeelPerSwv: Map<string, Map<string, number>>;
  /** Per betalend SWV: its onderwijs share per SWV of the schools it is for (for `swv_vestiging`). */
  onderwijsNaarSchoolSwv: Map<string, Map<string, number>>;
  nietInPot: NietInPot;
  buitenScope: Deelbedrag;
  zorgTotaal: number;
  /** All flows of today (every task, pgb through the parents). */
  huidigeStromen: GenummerdeStromen;
  /** The individual flows that remain in the pot routes. */
  individueleStromen: GenummerdeStromen;
  detail: EvaluatieDetail;
  waarschuwingen: string[];
  /** Per participating in-regio gemeente: its contribution under `zorggebruik` (start) and under the variant's key (doel), for the ingroeipad. */
  ingroei: IngroeiGemeente[];
}

/** Shares w/Σw over the index list; equal shares when Σw is 0. */
function aandelen(gewichten: Float64Array, deelnemers: readonly number[]): { aandeel: Float64Array; som: number; gelijk: boolean } {
  const aandeel = new Float64Array(gewichten.length);
  let s = 0;
  for (const g of deelnemers) s += gewichten[g];
  const gelijk = !(s > 0);
  for (const g of deelnemers) aandeel[g] = gelijk ? 1 / deelnemers.length : gewichten[g] / s;
  return { aandeel, som: s, gelijk };
}

const telOp = (m: Map<string, number>, sleutel: string, x: number) => m.set(sleutel, (m.get(sleutel) ?? 0) + x);
const mapVan = <T>(m: Map<string, Map<string, T>>, sleutel: string) => {
  let x = m.get(sleutel);
  if (!x) m.set(sleutel, (x = new Map()));
  return x;
};

// ---------------------------------------------------------------------------------------------
// Step 1b: status of every gemeente (rekenmodel §3: deelname, niet-deelnemers, buiten-regio).

function gemeenteStatussen(ci: CelIndex, variant: Variant, waarschuwingen: string[]): { status: GemeenteStatus[]; deelnemers: number[] } {
  const doetMee = (id: string) => variant.deelname[id] !== false;
  const deelnemers: number[] = [];
  for (let g = 0; g < ci.NG; g++) if (ci.gemInRegio[g] && doetMee(ci.gemId[g])) deelnemers.push(g);
  const status: GemeenteStatus[] = ci.gemCode.map((_, g) => {
    const mee = doetMee(ci.gemId[g]);
    if (!ci.gemInRegio[g]) return variant.buitenRegio === 'verrekening' && mee ? 'buiten_verrekening' : 'buiten_individueel';
    if (mee) return 'deelnemer';
    if (variant.nietDeelnemers === 'vestigingsgemeente') return 'niet_vestigingsgemeente';
    if (variant.nietDeelnemers === 'herverdelen') return deelnemers.length ? 'niet_herverdelen' : 'niet_individueel';
    return 'niet_individueel';
  });
  if (variant.nietDeelnemers === 'herverdelen' && !deelnemers.length && status.some((s, g) => ci.gemInRegio[g] && s === 'niet_individueel')) {
    waarschuwingen.push('Er doet geen enkele gemeente in de regio mee: de kosten van niet-deelnemers kunnen niet worden herverdeeld en blijven individueel.');
  }
  return { status, deelnemers };
}

// ---------------------------------------------------------------------------------------------
// Step 2: coverage. Per financier (f) and kader (k): today (breed), in the pot, niet in de pot,
// buiten de scope, via pgb. Flows are recorded on the way.

/** Accumulators of one financier, N_K entries each. */
class Rekening {
  readonly huidig = new Float64Array(NK);
  readonly gedekt = new Float64Array(NK);
  readonly indiv = new Float64Array(NK);
  readonly buiten = new Float64Array(NK);
  viaPgb = 0;
}

interface Dekking {
  rekening: Map<string, Rekening>;
  /** Per gemeente index: the covered cost of its pupils that it does not carry itself. */
  herverdeeld: Float64Array;
  herverdeeldVan: Float64Array;
  /** Per gemeente index (N_K each): covered cost of non-participants it pays as vestigingsgemeente. */
  gemVestiging: Float64Array;
  vestigingsgemeenteVoor: Record<string, Record<string, number>>;
  schoolKost: Float64Array;
  schoolPotK: Float64Array;
  schoolPotPerSwv: Map<string, number>[];
  /** Pot money per SWV and financier where the payer is fixed per cel (not by the verdeelsleutel). */
  vastPerSwv: Map<string, Map<string, number>>;
  /** Gemeentelijk covered cost per SWV: of the deelnemers' own cells (per gemeente) and herverdeeld. */
  eigenDeelnemerPerSwv: Map<string, Map<string, number>>;
  herverdeeldPerSwv: Map<string, number>;
  onderwijsNaarSchoolSwv: Map<string, Map<string, number>>;
  scholenOnderwijs: Float64Array;
  huidigeStromen: GenummerdeStromen;
  individueleStromen: GenummerdeStromen;
  zvwGedekt: number;
  /** Per gemeente index: the normative (uncalibrated) covered cost of its own pupils (verdeelsleutel `normkosten`). */
  normGedekt: Float64Array;
}

/**
 * Today's flows and what every zorg financier pays today (rekenmodel-v2 §8: every task, pgb through
 * the parents) do not depend on the variant, only on the cells and what turns them into amounts:
 * the prijspeil, the calibration factors (rekenbasis realisatie) and the pgb shares. The coverage
 * step books them on the first evaluation of a set of cells for a regio and keeps them with the
 * cells (for the last such amounts only); a what-if on the same cells skips that booking. Same
 * cells and amounts, same booking order: the kept figures are exactly those a new booking gives.
 */
interface Vandaag {
  prijsfactor: number;
  kalibratie: KalibratieFactoren | undefined;
  pgb: Float64Array;
  stromen: GenummerdeStromen;
  /** Per zorg financier (index as in the coverage step), N_K entries: what it pays today. */
  huidig: Float64Array;
}
const vandaagBijCellen = new WeakMap<readonly object[], WeakMap<RoutesRegio, { laatste?: Vandaag }>>();

function bepaalDekking(invoer: RoutesInvoer, regio: RoutesRegio, variant: Variant, inst: ToegepasteInstellingen, ci: CelIndex, status: GemeenteStatus[], waarschuwingen: string[]): Dekking {
  const doetMee = (id: string) => variant.deelname[id] !== false;
  const inPot = new Uint8Array(NK);
  for (const k of inst.potKaders) if (k !== 'onderwijs') inPot[K[k]] = 1;
  const pgb = new Float64Array(NK);
  const pgbHouden = new Uint8Array(NK);
  for (const k of KADERS) {
    pgb[K[k]] = invoer.pgbAandeel?.[k] ?? 0;
    pgbHouden[K[k]] = inst.pgbIndividueel[k] ? 1 : 0;
  }
  const naarOnderwijs = inst.buitenScope === 'onderwijs';
  const frac = inst.onderwijsFractie;
  const NS = regio.scholen.length;
  const NG = ci.NG;
  const verzekeraars = regio.zorgverzekeraars;
  const NV = verzekeraars.length;
  // Numeric party indices, so the hot loop over the cel parts uses no keyed maps: gemeenten 0..NG−1,
  // the GGD, the zorgkantoor, the verzekeraars (together the zorg financiers), then the SWVs.
  const IGGD = NG;
  const IZK = NG + 1;
  const NF = NG + 2 + NV;
  const NW = ci.swvIds.length;
  const partijIds = [...ci.gemId, GGD, ZORGKANTOOR, ...ci.vzId, ...ci.swvIds];
  const celW = ci.celSwvNr;
  const schoolW = ci.schoolSwvNr;

  // rekenbasis realisatie (rekenmodel-v2 §9): the factor per (financier, kader) and school; absent: the norm.
  const factoren: (Float64Array | undefined)[] = new Array(NF * NK);
  if (invoer.kalibratie) {
    partijIds.slice(0, NF).forEach((id, f) => {
      const perKader = invoer.kalibratie!.get(id);
      if (perKader) for (const k of KADERS) factoren[f * NK + K[k]] = perKader[k];
    });
  }
  const normGedekt = new Float64Array(NG);
  // rekenmodel-v2 §9: every norm amount at the prijspeil (× 1 at prijspeil 2022).
  const P = invoer.prijsfactor ?? 1;

  const rekeningen: (Rekening | undefined)[] = new Array(NF + NW);
  const rek = (i: number) => (rekeningen[i] ??= new Rekening());
  const vzMee = ci.vzId.map((id) => inPot[ZVW] === 1 && doetMee(id));
  let zvwGedekt = 0;
  verzekeraars.forEach((v, i) => {
    if (vzMee[i]) zvwGedekt += v.marktaandeel;
  });
  const ggdMee = inPot[WPG] === 1 && doetMee(GGD);
  const zkMee = inPot[WLZ] === 1 && doetMee(ZORGKANTOOR);

  const herverdeeld = new Float64Array(NK);
  const herverdeeldVan = new Float64Array(NG);
  const gemVestiging = new Float64Array(NG * NK);
  const vestigingsgemeenteVoor: Record<string, Record<string, number>> = {};
  const schoolKost = new Float64Array(NS * NK);
  const schoolPotK = new Float64Array(NS * NK);
  const scholenOnderwijs = new Float64Array(NK);
  // Pot money per (school, SWV), per (payer fixed per cel, SWV), per (deelnemer, SWV), per herverdeeld SWV,
  // and each betalend SWV's onderwijs share per SWV of the school.
  const potSchoolSwv = new Float64Array(NS * NW);
  const vastSwv = new Float64Array((NF + NW) * NW);
  const eigenSwv = new Float64Array(NG * NW);
  const hervSwv = new Float64Array(NW);
  const ondSwv = new Float64Array(NW * NW);
  const bewaard = bewaardBij(vandaagBijCellen, invoer.cellen, regio, () => ({}) as { laatste?: Vandaag });
  const vorige = bewaard.laatste;
  const vandaag = vorige && vorige.prijsfactor === P && vorige.kalibratie === invoer.kalibratie && vorige.pgb.every((x, k) => x === pgb[k]) ? vorige : undefined;
  // Today's flows are booked only when they are not kept for these cells and amounts.
  const huidig = vandaag ? null : new IndividueleStromen(partijIds.slice(0, NF), ci.schoolId);
  const blijft = new IndividueleStromen(partijIds.slice(0, NF), ci.schoolId);
  const vestigingNietMee = new Set<number>();

  /** One zorg financier's part f of a cel part in kader k: scope cost x, outside-scope cost o. */
  const boek = (f: number, k: number, s: number, w: number, x: number, o: number, gedekt: boolean, betaler: number) => {
    const r = rek(f);
    const p = pgb[k];
    if (huidig) {
      r.huidig[k] += x + o;
      huidig.boek(f, s, k, x + o, p);
    }
    let inDePot = 0;
    if (gedekt) {
      const houden = pgbHouden[k] ? p * x : 0;
      inDePot = x - houden;
      if (houden !== 0) {
        r.indiv[k] += houden;
        r.viaPgb += houden;
        blijft.boek(f, s, k, houden, 1);
      }
    } else {
      r.indiv[k] += x;
      r.viaPgb += p * x;
      blijft.boek(f, s, k, x, p);
    }
    if (naarOnderwijs) scholenOnderwijs[k] += o;
    else {
      r.buiten[k] += o;
      r.viaPgb += p * o;
      blijft.boek(f, s, k, o, p);
    }
    if (inDePot !== 0) {
      schoolPotK[s * NK + k] += inDePot;
      potSchoolSwv[s * NW + w] += inDePot;
      if (betaler >= 0) vastSwv[betaler * NW + w] += inDePot;
    }
    return inDePot;
  };

  const nul = nulKaders();
  /** Step 2a, per school: its cost, and its Jeugdwet and Wmo, paid by the woongemeente by its status. */
  const boekGemeentelijk = (s: number) => {
    const vg = ci.schoolVestiging[s];
    const vgDeelnemer = vg >= 0 && status[vg] === 'deelnemer';
    const so = s * NK;
    const cellen = ci.cellenVanSchool[s];
    for (const c of cellen) {
      const cel = invoer.cellen[c];
      const g = ci.celGem[c];
      const w = celW[c];
      const pk = cel.perKader;
      const bk = cel.buitenScope ?? nul;
      // By name: a property read by a computed key is slow in a loop over every cel part.
      schoolKost[so + J] += pk.jeugdwet * P;
      schoolKost[so + ZVW] += pk.zvw * P;
      schoolKost[so + WLZ] += pk.wlz * P;
      schoolKost[so + WPG] += pk.wpg * P;
      schoolKost[so + W] += pk.wmo * P;
      schoolKost[so + OND] += pk.onderwijs * P;

      // Jeugdwet and Wmo: the woongemeente, by its status.
      for (const k of GEMEENTELIJK) {
        const kader = KADER_IDS[k];
        const xNorm = pk[kader] * P;
        let x = xNorm;
        let o = bk[kader] * P;
        if (x === 0 && o === 0) continue;
        const fa = factoren[g * NK + k];
        if (fa !== undefined && fa[s] !== 1) {
          schoolKost[so + k] += x * (fa[s] - 1);
          x *= fa[s];
          o *= fa[s];
        }
        let gedekt = inPot[k] === 1;
        let betaler = -1;
        if (gedekt) {
          switch (status[g]) {
            case 'deelnemer':
            case 'niet_herverdelen':
              break;
            case 'buiten_verrekening':
              betaler = g;
              break;
            case 'niet_vestigingsgemeente':
              if (vgDeelnemer) betaler = vg;
              else {
                gedekt = false;
                vestigingNietMee.add(s);
              }
              break;
            default:
              gedekt = false;
          }
        }
        const inDePot = boek(g, k, s, w, x, o, gedekt, betaler);
        if (gedekt) normGedekt[g] += x === xNorm ? inDePot : xNorm - (pgbHouden[k] ? pgb[k] * xNorm : 0);
        if (!(inDePot !== 0)) continue;
        rek(g).gedekt[k] += inDePot;
        if (status[g] === 'deelnemer') eigenSwv[g * NW + w] += inDePot;
        else if (status[g] === 'niet_herverdelen') {
          herverdeeld[k] += inDePot;
          herverdeeldVan[g] += inDePot;
          hervSwv[w] += inDePot;
        } else if (status[g] === 'niet_vestigingsgemeente') {
          gemVestiging[vg * NK + k] += inDePot;
          const voor = (vestigingsgemeenteVoor[ci.gemId[vg]] ??= {});
          voor[ci.gemId[g]] = (voor[ci.gemId[g]] ?? 0) + inDePot;
        }
      }
    }
  };
  /**
   * Step 2b, per school: the kaders with one financier, wpg (GGD), wlz (zorgkantoor), zvw (the
   * verzekeraars by share), booked per cel part for its betalend SWV.
   */
  const boekEnkeleFinanciers = (s: number) => {
    const so = s * NK;
    const cellen = ci.cellenVanSchool[s];
    // A calibrated financier's cells × its factor at this school (the school's cost follows).
    const factor = (f: number, k: number) => {
      const fa = factoren[f * NK + k];
      return fa === undefined ? 1 : fa[s];
    };
    const cGgd = factor(IGGD, WPG);
    const mGgd = cGgd * P;
    for (const c of cellen) {
      const pk = invoer.cellen[c].perKader;
      const bk = invoer.cellen[c].buitenScope ?? nul;
      if (pk.wpg === 0 && bk.wpg === 0) continue;
      if (cGgd !== 1) schoolKost[so + WPG] += pk.wpg * P * (cGgd - 1);
      rek(IGGD).gedekt[WPG] += boek(IGGD, WPG, s, celW[c], pk.wpg * mGgd, bk.wpg * mGgd, ggdMee, IGGD);
    }
    const cZk = factor(IZK, WLZ);
    const mZk = cZk * P;
    for (const c of cellen) {
      const pk = invoer.cellen[c].perKader;
      const bk = invoer.cellen[c].buitenScope ?? nul;
      if (pk.wlz === 0 && bk.wlz === 0) continue;
      if (cZk !== 1) schoolKost[so + WLZ] += pk.wlz * P * (cZk - 1);
      rek(IZK).gedekt[WLZ] += boek(IZK, WLZ, s, celW[c], pk.wlz * mZk, bk.wlz * mZk, zkMee, IZK);
    }
    for (let v = 0; v < NV; v++) {
      const a = verzekeraars[v].marktaandeel;
      if (!(a > 0)) continue;
      const f = NG + 2 + v;
      const cv = factor(f, ZVW);
      const ac = a * cv * P;
      for (const c of cellen) {
        const pk = invoer.cellen[c].perKader;
        const bk = invoer.cellen[c].buitenScope ?? nul;
        if (pk.zvw === 0 && bk.zvw === 0) continue;
        if (cv !== 1) schoolKost[so + ZVW] += pk.zvw * P * a * (cv - 1);
        rek(f).gedekt[ZVW] += boek(f, ZVW, s, celW[c], pk.zvw * ac, bk.zvw * ac, vzMee[v], f);
      }
    }
  };
  /** Step 2c, per school: the pooled onderwijs share, paid by the cel's betalend SWV. */
  const boekOnderwijs = (s: number) => {
    const so = s * NK;
    const cellen = ci.cellenVanSchool[s];
    for (const c of cellen) {
      const ond = frac * (invoer.cellen[c].perKader.onderwijs * P);
      if (ond === 0) continue;
      const w = celW[c];
      schoolPotK[so + OND] += ond;
      potSchoolSwv[s * NW + w] += ond;
      vastSwv[(NF + w) * NW + w] += ond;
      const r = rek(NF + w);
      r.gedekt[OND] += ond;
      r.huidig[OND] += ond;
      ondSwv[w * NW + schoolW[s]] += ond;
    }
  };
  // School by school in this order: the flows come out in booking order. (Small functions, called
  // per school, are optimised as a whole; one long loop body would run in on-stack-replaced code.)
  for (let s = 0; s < NS; s++) {
    boekGemeentelijk(s);
    boekEnkeleFinanciers(s);
    boekOnderwijs(s);
  }
  for (const s of vestigingNietMee) {
    const vg = ci.schoolVestiging[s];
    waarschuwingen.push(
      `De vestigingsgemeente van ${regio.scholen[s].naam} (${vg >= 0 ? ci.gemNaam[vg] : regio.scholen[s].vestigingsgemeente}) doet niet mee of ligt buiten de regio: de kosten van niet-deelnemers op deze school blijven individueel.`,
    );
  }

  // The keyed shapes the later steps use, built once from the dense arrays.
  const rij = (a: Float64Array, i: number) => {
    const m = new Map<string, number>();
    for (let w = 0; w < NW; w++) if (a[i * NW + w] !== 0) m.set(ci.swvIds[w], a[i * NW + w]);
    return m;
  };
  const perPartij = (a: Float64Array, n: number, id: (i: number) => string) => {
    const m = new Map<string, Map<string, number>>();
    for (let i = 0; i < n; i++) {
      const r = rij(a, i);
      if (r.size) m.set(id(i), r);
    }
    return m;
  };
  let huidigeStromen: GenummerdeStromen;
  if (vandaag) {
    for (let f = 0; f < NF; f++) rekeningen[f]?.huidig.set(vandaag.huidig.subarray(f * NK, (f + 1) * NK));
    huidigeStromen = vandaag.stromen;
  } else {
    const perFinancier = new Float64Array(NF * NK);
    for (let f = 0; f < NF; f++) if (rekeningen[f]) perFinancier.set(rekeningen[f]!.huidig, f * NK);
    huidigeStromen = huidig!.stromen();
    bewaard.laatste = { prijsfactor: P, kalibratie: invoer.kalibratie, pgb, stromen: huidigeStromen, huidig: perFinancier };
  }
  const rekening = new Map<string, Rekening>();
  rekeningen.forEach((r, i) => r && rekening.set(partijIds[i], r));
  return {
    rekening,
    herverdeeld,
    herverdeeldVan,
    gemVestiging,
    vestigingsgemeenteVoor,
    schoolKost,
    schoolPotK,
    schoolPotPerSwv: Array.from({ length: NS }, (_, s) => rij(potSchoolSwv, s)),
    vastPerSwv: perPartij(vastSwv, NF + NW, (i) => partijIds[i]),
    eigenDeelnemerPerSwv: perPartij(eigenSwv, NG, (g) => ci.gemId[g]),
    herverdeeldPerSwv: rij(hervSwv, 0),
    onderwijsNaarSchoolSwv: perPartij(ondSwv, NW, (w) => ci.swvIds[w]),
    scholenOnderwijs,
    huidigeStromen,
    individueleStromen: blijft.stromen(),
    zvwGedekt,
    normGedekt,
  };
}

// ---------------------------------------------------------------------------------------------
// Step 3: the verdeelsleutel over the deelnemers for P_gem = own covered costs of the deelnemers +
// herverdeelde costs of non-participants (rekenmodel §3).

interface Sleutel {
  aandeel: Float64Array;
  gewicht: Float64Array;
  somGewicht: number;
  gelijk: boolean;
  eigen: Float64Array;
  gemeentelijkDeel: Float64Array;
  eigenDeelnemers: number;
  herverdeeldTotaal: number;
  zg: ReturnType<typeof aandelen>;
  jg: ReturnType<typeof aandelen>;
  vastGewicht: Float64Array;
}

function verdeelsleutel(ci: CelIndex, variant: Variant, deelnemers: readonly number[], dekking: Dekking, waarschuwingen: string[]): Sleutel {
  const sleutel = variant.verdeelsleutel;
  const eigen = new Float64Array(ci.NG);
  const gemeentelijkDeel = new Float64Array(NK);
  for (const g of deelnemers) {
    const r = dekking.rekening.get(ci.gemId[g]);
    if (!r) continue;
    for (const k of GEMEENTELIJK) {
      eigen[g] += r.gedekt[k];
      gemeentelijkDeel[k] += r.gedekt[k];
    }
  }
  let eigenDeelnemers = 0;
  for (const g of deelnemers) eigenDeelnemers += eigen[g];
  let herverdeeldTotaal = 0;
  for (const k of GEMEENTELIJK) {
    gemeentelijkDeel[k] += dekking.herverdeeld[k];
    herverdeeldTotaal += dekking.herverdeeld[k];
  }
  const inwoners = Float64Array.from(ci.gemInwoners);
  const zg = aandelen(eigen, deelnemers);
  const jg = aandelen(inwoners, deelnemers);
  const ll = aandelen(ci.gemLeerlingen, deelnemers);
  const vastGewicht = new Float64Array(ci.NG);
  for (const g of deelnemers) vastGewicht[g] = sleutel.percentages[ci.gemCode[g]] ?? 0;
  const vast = aandelen(vastGewicht, deelnemers);
  const normEigen = new Float64Array(ci.NG);
  for (const g of deelnemers) normEigen[g] = dekking.normGedekt[g];
  let gewicht: Float64Array;
  let gekozen: { aandeel: Float64Array; som: number; gelijk: boolean };
  switch (sleutel.type) {
    case 'leerlingen':
      gekozen = ll;
      gewicht = ci.gemLeerlingen;
      break;
    case 'jeugdigen':
      gekozen = jg;
      gewicht = inwoners;
      break;
    case 'vast':
      gekozen = vast;
      gewicht = vastGewicht;
      break;
    case 'normkosten':
      // rekenmodel-v2 §9: the normative (uncalibrated, at prijspeil) covered cost of own pupils.
      gekozen = aandelen(normEigen, deelnemers);
      gewicht = normEigen;
      break;
    case 'mix': {
      const a = sleutel.alpha;
      const aandeel = new Float64Array(ci.NG);
      for (const g of deelnemers) aandeel[g] = a * zg.aandeel[g] + (1 - a) * jg.aandeel[g];
      gekozen = { aandeel, som: 1, gelijk: (a > 0 && zg.gelijk) || (a < 1 && jg.gelijk) };
      gewicht = aandeel;
      break;
    }
    default:
      gekozen = zg;
      gewicht = eigen;
  }
  if (gekozen.gelijk && eigenDeelnemers + herverdeeldTotaal > 0) {
    waarschuwingen.push(`De verdeelsleutel ${sleutel.type} geeft de deelnemende gemeenten samen gewicht 0; het gemeentelijke deel is daarom gelijk over hen verdeeld.`);
  }
  return { aandeel: gekozen.aandeel, gewicht, somGewicht: gekozen.som, gelijk: gekozen.gelijk, eigen, gemeentelijkDeel, eigenDeelnemers, herverdeeldTotaal, zg, jg, vastGewicht };
}

// ---------------------------------------------------------------------------------------------
// Step 4: every financier's figures and where its contribution goes per betalend SWV.

function financierCijfers(partij: string, soort: FinancierCijfers['soort'], naam: string, r: Rekening, potdeelK: ArrayLike<number>): FinancierCijfers {
  return {
    partij,
    soort,
    naam,
    potdeel: som(potdeelK),
    potdeelPerKader: kaderRecord(potdeelK),
    huidig: som(r.huidig),
    huidigPerKader: kaderRecord(r.huidig),
    huidigGedekt: som(r.gedekt),
    huidigGedektPerKader: kaderRecord(r.gedekt),
    individueel: som(r.indiv),
    individueelPerKader: kaderRecord(r.indiv),
    buitenScope: som(r.buiten),
    buitenScopePerKader: kaderRecord(r.buiten),
    viaPgb: r.viaPgb,
  };
}

const heeftBedrag = (f: FinancierCijfers) => f.potdeel > 0 || f.huidig > 0 || f.individueel > 0 || f.buitenScope > 0;

function bijdragen(
  regio: RoutesRegio,
  variant: Variant,
  ci: CelIndex,
  status: GemeenteStatus[],
  deelnemers: readonly number[],
  dekking: Dekking,
  sl: Sleutel,
): { financiers: FinancierCijfers[]; potdeelPerSwv: Map<string, Map<string, number>>; ingroei: IngroeiGemeente[] } {
  const ingroei: IngroeiGemeente[] = [];
  const zorggebruikExact = variant.verdeelsleutel.type === 'zorggebruik' && !sl.gelijk;
  const financiers: FinancierCijfers[] = [];
  const potdeelPerSwv = new Map<string, Map<string, number>>();
  const leeg = new Rekening();
  const deelnemer = new Uint8Array(ci.NG);
  for (const g of deelnemers) deelnemer[g] = 1;
  let pGemCellen = 0;
  const pGemPerSwv = new Map<string, number>();
  for (const perSwv of dekking.eigenDeelnemerPerSwv.values()) for (const [swv, x] of perSwv) telOp(pGemPerSwv, swv, x);
  for (const [swv, x] of dekking.herverdeeldPerSwv) telOp(pGemPerSwv, swv, x);
  for (const x of pGemPerSwv.values()) pGemCellen += x;

  for (let g = 0; g < ci.NG; g++) {
    const id = ci.gemId[g];
    const r = dekking.rekening.get(id) ?? leeg;
    const potdeelK = new Float64Array(NK);
    const naarSwv = new Map<string, number>();
    if (deelnemer[g]) {
      for (const k of GEMEENTELIJK) {
        // zorggebruik: exactly its own cost per kader plus its share of the herverdeelde costs (the
        // same total as aandeel × P_gem, but exact per kader and equal to today's amount).
        potdeelK[k] = zorggebruikExact ? r.gedekt[k] + sl.aandeel[g] * dekking.herverdeeld[k] : sl.aandeel[g] * sl.gemeentelijkDeel[k];
      }
      if (zorggebruikExact) {
        for (const [swv, x] of dekking.eigenDeelnemerPerSwv.get(id) ?? []) telOp(naarSwv, swv, x);
        for (const [swv, x] of dekking.herverdeeldPerSwv) telOp(naarSwv, swv, sl.aandeel[g] * x);
      } else if (pGemCellen > 0) {
        const bedrag = potdeelK[J] + potdeelK[W];
        for (const [swv, x] of pGemPerSwv) telOp(naarSwv, swv, (bedrag * x) / pGemCellen);
      }
    }
    for (const k of GEMEENTELIJK) {
      potdeelK[k] += dekking.gemVestiging[g * NK + k];
      if (status[g] === 'buiten_verrekening') potdeelK[k] += r.gedekt[k];
    }
    for (const [swv, x] of dekking.vastPerSwv.get(id) ?? []) telOp(naarSwv, swv, x);
    const f = financierCijfers(id, 'gemeente', ci.gemNaam[g], r, potdeelK);
    if (!ci.gemInRegio[g] && !heeftBedrag(f)) continue;
    f.status = status[g];
    if (status[g] === 'deelnemer') {
      ingroei.push({ partij: id, naam: ci.gemNaam[g], inwoners0tot17: ci.gemInwoners[g], start: zorggebruikBijdrage(g, r, dekking, sl), doel: f.potdeel });
      f.sleutel = { gewicht: sl.gewicht[g], aandeel: sl.aandeel[g], bedrag: potdeelK[J] + potdeelK[W] - dekking.gemVestiging[g * NK + J] - dekking.gemVestiging[g * NK + W] };
      const vest = dekking.gemVestiging[g * NK + J] + dekking.gemVestiging[g * NK + W];
      if (vest > 0) f.vestigingsgemeente = vest;
    }
    if (status[g] === 'buiten_verrekening') f.verrekening = f.huidigGedekt;
    financiers.push(f);
    potdeelPerSwv.set(id, naarSwv);
  }
  /** A financier whose contribution is exactly its covered cost (GGD, zorgkantoor, verzekeraars, SWVs). */
  const enkel = (partij: string, soort: FinancierCijfers['soort'], naam: string) => {
    const r = dekking.rekening.get(partij) ?? leeg;
    const f = financierCijfers(partij, soort, naam, r, r.gedekt);
    if (!heeftBedrag(f)) return;
    financiers.push(f);
    potdeelPerSwv.set(partij, dekking.vastPerSwv.get(partij) ?? new Map());
  };
  enkel(GGD, 'ggd', 'GGD');
  enkel(ZORGKANTOOR, 'zorgkantoor', regio.zorgkantoor.naam);
  regio.zorgverzekeraars.forEach((v, i) => enkel(ci.vzId[i], 'zorgverzekeraar', v.naam));
  for (const id of ci.swvIds) enkel(id, 'swv', ci.swvNaam.get(id) ?? id.slice(4));
  // rekenmodel-v2 §8: under `buitenScope: onderwijs` the schools pay the care outside the scope.
  const naarScholen = som(dekking.scholenOnderwijs);
  if (naarScholen > 0) {
    const r = new Rekening();
    r.buiten.set(dekking.scholenOnderwijs);
    financiers.push(financierCijfers(SCHOLEN_ONDERWIJS, 'scholen', 'Scholen (onderwijs)', r, new Float64Array(NK)));
  }
  return { financiers, potdeelPerSwv, ingroei };
}

/**
 * What deelnemer g would contribute under `zorggebruik` in the same variant (the start of the
 * ingroeipad, rekenmodel-v2 §10): its own covered cost per kader, its zorggebruik share of the
 * herverdeelde costs, and what it pays as vestigingsgemeente; summed as `bijdragen` sums it, so
 * under `zorggebruik` start and contribution are the same number.
 */
function zorggebruikBijdrage(g: number, r: Rekening, dekking: Dekking, sl: Sleutel): number {
  const k = new Float64Array(NK);
  for (const i of GEMEENTELIJK) k[i] = r.gedekt[i] + sl.zg.aandeel[g] * dekking.herverdeeld[i];
  for (const i of GEMEENTELIJK) k[i] += dekking.gemVestiging[g * NK + i];
  return som(k);
}

// ---------------------------------------------------------------------------------------------

function deelbedrag(financiers: readonly FinancierCijfers[], veld: 'individueelPerKader' | 'buitenScopePerKader'): Deelbedrag {
  const perK = new Float64Array(NK);
  const perFinancier: Record<string, number> = {};
  for (const f of financiers) {
    let t = 0;
    for (const k of ZORG) {
      const x = f[veld][KADER_IDS[k]];
      perK[k] += x;
      t += x;
    }
    if (t > 0) perFinancier[f.partij] = t;
  }
  return { totaal: som(perK), perKader: kaderRecord(perK), perFinancier };
}

export function berekenPot(invoer: RoutesInvoer, regio: RoutesRegio, variant: Variant, inst: ToegepasteInstellingen): PotBerekening {
  const waarschuwingen: string[] = [];
  const ci = celIndexVoor(invoer, regio, waarschuwingen);
  const { status, deelnemers } = gemeenteStatussen(ci, variant, waarschuwingen);
  const dekking = bepaalDekking(invoer, regio, variant, inst, ci, status, waarschuwingen);
  const sl = verdeelsleutel(ci, variant, deelnemers, dekking, waarschuwingen);
  const { financiers, potdeelPerSwv, ingroei } = bijdragen(regio, variant, ci, status, deelnemers, dekking, sl);

  // Pot per school and in total.
  const NS = regio.scholen.length;
  const { schoolKost, schoolPotK } = dekking;
  const schoolPot = new Float64Array(NS);
  const schoolZorgPot = new Float64Array(NS);
  const schoolMetZorg = new Uint8Array(NS);
  const potTotaalK = new Float64Array(NK);
  const kostTotaalK = new Float64Array(NK);
  const perSchool = regio.scholen.map((sch, s) => {
    const so = s * NK;
    const totaal = som(schoolPotK, so);
    const kosten = som(schoolKost, so);
    schoolPot[s] = totaal;
    schoolZorgPot[s] = totaal - schoolPotK[so + OND];
    schoolMetZorg[s] = totaal > 0 || kosten - schoolKost[so + OND] > 0 ? 1 : 0;
    for (let k = 0; k < NK; k++) {
      potTotaalK[k] += schoolPotK[so + k];
      kostTotaalK[k] += schoolKost[so + k];
    }
    return { school: sch.code, naam: sch.naam, totaal, perKader: kaderRecord(schoolPotK, so), kosten, aandeelPot: kosten > 0 ? totaal / kosten : 0 };
  });
  const pot: Pot = { totaal: som(potTotaalK), perKader: kaderRecord(potTotaalK), perSchool };
  const nietInPot = deelbedrag(financiers, 'individueelPerKader');
  const buitenScope = deelbedrag(financiers, 'buitenScopePerKader');
  let zorgTotaal = 0;
  for (const f of financiers) if (f.soort !== 'swv' && f.soort !== 'scholen') for (const k of ZORG) zorgTotaal += f.huidigPerKader[KADER_IDS[k]];

  // Parties in a stable order: gemeenten, GGD, zorgkantoor, verzekeraars, SWVs, schools, then the
  // parents (pgb) and the schools as payers of care moved to onderwijs.
  const partijen: Partij[] = [
    ...ci.gemCode.map((code, g) => ({ id: ci.gemId[g], soort: 'gemeente' as const, naam: ci.gemNaam[g], code })),
    { id: GGD, soort: 'ggd', naam: 'GGD' },
    { id: ZORGKANTOOR, soort: 'zorgkantoor', naam: regio.zorgkantoor.naam },
    ...regio.zorgverzekeraars.map((v, i) => ({ id: ci.vzId[i], soort: 'zorgverzekeraar' as const, naam: v.naam, code: v.naam })),
    ...ci.swvIds.map((id) => ({ id, soort: 'swv' as const, naam: ci.swvNaam.get(id) ?? id.slice(4), code: id.slice(4) })),
    ...regio.scholen.map((s) => ({ id: schoolId(s.code), soort: 'school' as const, naam: s.naam, code: s.code })),
  ];
  if (dekking.huidigeStromen.betaalt(OUDERS_PGB)) partijen.push({ id: OUDERS_PGB, soort: 'ouders', naam: 'Ouders (pgb)' });
  if (financiers.some((f) => f.partij === SCHOLEN_ONDERWIJS)) partijen.push({ id: SCHOLEN_ONDERWIJS, soort: 'scholen', naam: 'Scholen (onderwijs)' });

  const gemeenteKosten: EvaluatieDetail['gemeenteKosten'] = {};
  for (let g = 0; g < ci.NG; g++) {
    const r = dekking.rekening.get(ci.gemId[g]);
    gemeenteKosten[ci.gemId[g]] = {
      jeugdwet: r ? r.gedekt[J] + r.indiv[J] : 0,
      wmo: r ? r.gedekt[W] + r.indiv[W] : 0,
      leerlingen: ci.gemLeerlingen[g],
      inwoners: ci.gemInwoners[g],
    };
  }
  const herverdeeldVan: Record<string, number> = {};
  for (let g = 0; g < ci.NG; g++) if (dekking.herverdeeldVan[g] > 0) herverdeeldVan[ci.gemId[g]] = dekking.herverdeeldVan[g];
  let somInwoners = 0;
  let somLeerlingen = 0;
  let somPercentages = 0;
  for (const g of deelnemers) {
    somInwoners += ci.gemInwoners[g];
    somLeerlingen += ci.gemLeerlingen[g];
    somPercentages += sl.vastGewicht[g];
  }
  const swvScholen: Record<string, string[]> = {};
  regio.scholen.forEach((sch) => (swvScholen[swvId(sch.swv)] ??= []).push(sch.code));

  const detail: EvaluatieDetail = {
    sleutel: {
      type: variant.verdeelsleutel.type,
      alpha: variant.verdeelsleutel.alpha,
      gemeentelijkDeel: kaderRecord(sl.gemeentelijkDeel),
      eigenDeelnemers: sl.eigenDeelnemers,
      herverdeeld: sl.herverdeeldTotaal,
      somGewicht: sl.somGewicht,
      somInwoners,
      somZorggebruik: sl.eigenDeelnemers,
      somLeerlingen,
      somPercentages,
      gelijkVerdeeld: sl.gelijk,
      zorggebruikAandeel: Object.fromEntries(deelnemers.map((g) => [ci.gemId[g], sl.zg.aandeel[g]])),
      jeugdigenAandeel: Object.fromEntries(deelnemers.map((g) => [ci.gemId[g], sl.jg.aandeel[g]])),
    },
    vestigingsgemeenteVoor: dekking.vestigingsgemeenteVoor,
    herverdeeldVan,
    gemeenteKosten,
    zvwGedekt: dekking.zvwGedekt,
    zvwTotaal: kostTotaalK[ZVW],
    marktaandeel: Object.fromEntries(ci.vzId.map((id, v) => [id, regio.zorgverzekeraars[v].marktaandeel])),
    kostenPerKader: kaderRecord(kostTotaalK),
    swvScholen,
    schoolVestiging: Object.fromEntries(regio.scholen.map((s) => [s.code, s.vestigingsgemeente])),
    pgbAandeel: Object.fromEntries(KADERS.map((k) => [k, invoer.pgbAandeel?.[k] ?? 0])) as Record<Kader, number>,
    betalendSwvTerugval: ci.terugvalLeerlingen,
  };

  return {
    partijen,
    pot,
    schoolCodes: regio.scholen.map((s) => s.code),
    schoolSwv: ci.schoolSwv,
    schoolPot,
    schoolZorgPot,
    schoolMetZorg,
    schoolPotPerSwv: dekking.schoolPotPerSwv,
    financiers,
    potdeelPerSwv,
    onderwijsNaarSchoolSwv: dekking.onderwijsNaarSchoolSwv,
    nietInPot,
    buitenScope,
    zorgTotaal,
    huidigeStromen: dekking.huidigeStromen,
    individueleStromen: dekking.individueleStromen,
    detail,
    waarschuwingen,
    ingroei,
  };
}
