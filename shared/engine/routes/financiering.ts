import { KADERS, type Kader } from '../../domain/labels';
import type { Variant } from '../variant';
import { GGD, K, NK, ZORGKANTOOR, gemeenteId, kaderRecord, schoolId, som, swvId, verzekeraarId } from './partijen';
import type {
  EvaluatieDetail,
  FinancierCijfers,
  GemeenteStatus,
  NietInPot,
  Partij,
  Pot,
  RoutesInvoer,
  RoutesRegio,
  Stroom,
  ToegepasteInstellingen,
} from './typen';

/**
 * Financiers, pot and contributions (rekenmodel §3). One pass over the cells, grouped by school;
 * everything else is per gemeente, per school or per financier, so the cost is O(cells + schools ×
 * verzekeraars + gemeenten).
 *
 * Financier of each kader: jeugdwet, wmo → the pupil's woongemeente; wpg → `ggd`; wlz →
 * `zorgkantoor`; zvw → each zorgverzekeraar by market share; onderwijs → the school itself, of which
 * `onderwijsbijdragePct` goes into the pot, paid by the school's SWV.
 */

// Local copies of the kader indices: imported bindings can be slower in hot loops.
const J = K.jeugdwet;
const W = K.wmo;
const ZVW = K.zvw;
const WLZ = K.wlz;
const WPG = K.wpg;
const OND = K.onderwijs;
const N_K = NK;
const KADER_IDS = [...KADERS];
const GEMEENTELIJK = [J, W] as const;

/** Everything the routes need, computed once per variant. */
export interface PotBerekening {
  partijen: Partij[];
  pot: Pot;
  /** Per school index: pot per kader (NK entries each) and the onderwijs part. */
  schoolCodes: string[];
  schoolSwv: string[];
  /** Pot per school (index as schoolCodes). */
  schoolPot: Float64Array;
  /** Zorg part of the pot per school (pot − onderwijs share). */
  schoolZorgPot: Float64Array;
  /** Schools with care costs or a pot (for the loketten average). */
  schoolMetZorg: Uint8Array;
  financiers: FinancierCijfers[];
  nietInPot: NietInPot;
  /** All flows of today (financier → school per kader). */
  huidigeStromen: Stroom[];
  /** The individual flows that remain in the pot routes (costs outside the pot). */
  individueleStromen: Stroom[];
  detail: EvaluatieDetail;
  waarschuwingen: string[];
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

export function berekenPot(invoer: RoutesInvoer, regio: RoutesRegio, variant: Variant, inst: ToegepasteInstellingen): PotBerekening {
  const waarschuwingen: string[] = [];
  const doetMee = (id: string) => variant.deelname[id] !== false;
  const inPot = new Uint8Array(N_K);
  for (const k of inst.potKaders) if (k !== 'onderwijs') inPot[K[k]] = 1;
  const frac = inst.onderwijsFractie;

  // Gemeenten: the regio's list, then any gemeente only named in the cells (outside the regio).
  const gemIndex = new Map<string, number>();
  const gemCode: string[] = [];
  const gemNaam: string[] = [];
  const gemInRegio: boolean[] = [];
  const gemInwoners: number[] = [];
  const voegGemeenteToe = (code: string, naam: string, inRegio: boolean, inwoners: number) => {
    const i = gemCode.length;
    gemIndex.set(code, i);
    gemCode.push(code);
    gemNaam.push(naam);
    gemInRegio.push(inRegio);
    gemInwoners.push(inwoners);
    return i;
  };
  for (const g of regio.gemeenten) if (!gemIndex.has(g.code)) voegGemeenteToe(g.code, g.naam, g.inRegio, g.inwoners0tot17);
  const gemeenteVan = (code: string) => gemIndex.get(code) ?? voegGemeenteToe(code, code, false, 0);

  // Schools of the regio; cells of unknown schools are an error (no SWV, no vestigingsgemeente).
  const schoolIndex = new Map<string, number>();
  regio.scholen.forEach((s, i) => {
    if (!schoolIndex.has(s.code)) schoolIndex.set(s.code, i);
  });
  const NS = regio.scholen.length;
  const cellenVanSchool: number[][] = Array.from({ length: NS }, () => []);
  const celGem = new Int32Array(invoer.cellen.length);
  invoer.cellen.forEach((c, i) => {
    const s = schoolIndex.get(c.school);
    if (s === undefined) throw new Error(`school ${c.school} staat niet in de scholenlijst van de regio (nodig voor vestigingsgemeente en samenwerkingsverband)`);
    cellenVanSchool[s].push(i);
    celGem[i] = gemeenteVan(c.gemeente);
  });
  const NG = gemCode.length;
  const gemId = gemCode.map(gemeenteId);
  const schoolVestiging = regio.scholen.map((s) => gemIndex.get(s.vestigingsgemeente) ?? -1);

  // Status of every gemeente (rekenmodel §3: deelname, niet-deelnemers, buiten-regio).
  const deelnemers: number[] = [];
  for (let g = 0; g < NG; g++) if (gemInRegio[g] && doetMee(gemId[g])) deelnemers.push(g);
  const status: GemeenteStatus[] = gemCode.map((_, g) => {
    const mee = doetMee(gemId[g]);
    if (!gemInRegio[g]) return variant.buitenRegio === 'verrekening' && mee ? 'buiten_verrekening' : 'buiten_individueel';
    if (mee) return 'deelnemer';
    if (variant.nietDeelnemers === 'vestigingsgemeente') return 'niet_vestigingsgemeente';
    if (variant.nietDeelnemers === 'herverdelen') return deelnemers.length ? 'niet_herverdelen' : 'niet_individueel';
    return 'niet_individueel';
  });
  if (variant.nietDeelnemers === 'herverdelen' && !deelnemers.length && status.some((s, g) => gemInRegio[g] && s === 'niet_individueel')) {
    waarschuwingen.push('Er doet geen enkele gemeente in de regio mee: de kosten van niet-deelnemers kunnen niet worden herverdeeld en blijven individueel.');
  }

  // Per gemeente (N_K entries each): costs of its pupils in the pot, outside the pot; own part of
  // the deelnemers; paid as vestigingsgemeente; verrekening.
  const gemGedekt = new Float64Array(NG * N_K);
  const gemIndiv = new Float64Array(NG * N_K);
  const gemVestiging = new Float64Array(NG * N_K);
  const gemLeerlingen = new Float64Array(NG);
  const herverdeeld = new Float64Array(N_K);
  const herverdeeldVan = new Float64Array(NG);
  const vestigingsgemeenteVoor: Record<string, Record<string, number>> = {};
  const vestigingNietMee = new Set<number>();

  // Per school: costs and pot per kader.
  const schoolKost = new Float64Array(NS * N_K);
  const schoolPotK = new Float64Array(NS * N_K);

  // Verzekeraars and single financiers.
  const verzekeraars = regio.zorgverzekeraars;
  const NV = verzekeraars.length;
  const vzId = verzekeraars.map((v) => verzekeraarId(v.naam));
  const vzMee = vzId.map((id) => inPot[ZVW] === 1 && doetMee(id));
  let zvwGedekt = 0;
  for (let v = 0; v < NV; v++) if (vzMee[v]) zvwGedekt += verzekeraars[v].marktaandeel;
  const vzGedekt = new Float64Array(NV);
  const vzIndiv = new Float64Array(NV);
  const ggdMee = inPot[WPG] === 1 && doetMee(GGD);
  const zkMee = inPot[WLZ] === 1 && doetMee(ZORGKANTOOR);
  let ggdGedekt = 0;
  let ggdIndiv = 0;
  let zkGedekt = 0;
  let zkIndiv = 0;

  const huidigeStromen: Stroom[] = [];
  const individueleStromen: Stroom[] = [];

  for (let s = 0; s < NS; s++) {
    const naarS = schoolId(regio.scholen[s].code);
    const vg = schoolVestiging[s];
    const vgDeelnemer = vg >= 0 && status[vg] === 'deelnemer';
    const so = s * N_K;
    for (const c of cellenVanSchool[s]) {
      const cel = invoer.cellen[c];
      const g = celGem[c];
      const pk = cel.perKader;
      gemLeerlingen[g] += cel.leerlingen ?? 0;
      schoolKost[so] += pk.onderwijs;
      schoolKost[so + ZVW] += pk.zvw;
      schoolKost[so + WLZ] += pk.wlz;
      schoolKost[so + WPG] += pk.wpg;
      const van = gemId[g];
      const go = g * N_K;
      for (const k of GEMEENTELIJK) {
        const bedrag = k === J ? pk.jeugdwet : pk.wmo;
        schoolKost[so + k] += bedrag;
        if (!(bedrag > 0)) continue;
        const kader = KADER_IDS[k];
        huidigeStromen.push({ van, naar: naarS, bedrag, soort: 'individueel', kader });
        let gedekt = inPot[k] === 1;
        if (gedekt) {
          switch (status[g]) {
            case 'deelnemer':
            case 'buiten_verrekening':
              break;
            case 'niet_herverdelen':
              herverdeeld[k] += bedrag;
              herverdeeldVan[g] += bedrag;
              break;
            case 'niet_vestigingsgemeente':
              if (vgDeelnemer) {
                gemVestiging[vg * N_K + k] += bedrag;
                const voor = (vestigingsgemeenteVoor[gemId[vg]] ??= {});
                voor[van] = (voor[van] ?? 0) + bedrag;
              } else {
                gedekt = false;
                vestigingNietMee.add(s);
              }
              break;
            default:
              gedekt = false;
          }
        }
        if (gedekt) {
          gemGedekt[go + k] += bedrag;
          schoolPotK[so + k] += bedrag;
        } else {
          gemIndiv[go + k] += bedrag;
          individueleStromen.push({ van, naar: naarS, bedrag, soort: 'individueel', kader });
        }
      }
    }
    // Kaders with one financier per school: wpg (GGD), wlz (zorgkantoor), zvw (verzekeraars).
    const wpg = schoolKost[so + WPG];
    if (wpg > 0) {
      const st: Stroom = { van: GGD, naar: naarS, bedrag: wpg, soort: 'individueel', kader: 'wpg' };
      huidigeStromen.push(st);
      if (ggdMee) {
        ggdGedekt += wpg;
        schoolPotK[so + WPG] += wpg;
      } else {
        ggdIndiv += wpg;
        individueleStromen.push(st);
      }
    }
    const wlz = schoolKost[so + WLZ];
    if (wlz > 0) {
      const st: Stroom = { van: ZORGKANTOOR, naar: naarS, bedrag: wlz, soort: 'individueel', kader: 'wlz' };
      huidigeStromen.push(st);
      if (zkMee) {
        zkGedekt += wlz;
        schoolPotK[so + WLZ] += wlz;
      } else {
        zkIndiv += wlz;
        individueleStromen.push(st);
      }
    }
    const zvw = schoolKost[so + ZVW];
    if (zvw > 0) {
      for (let v = 0; v < NV; v++) {
        const bedrag = zvw * verzekeraars[v].marktaandeel;
        if (!(bedrag > 0)) continue;
        const st: Stroom = { van: vzId[v], naar: naarS, bedrag, soort: 'individueel', kader: 'zvw' };
        huidigeStromen.push(st);
        if (vzMee[v]) {
          vzGedekt[v] += bedrag;
          schoolPotK[so + ZVW] += bedrag;
        } else {
          vzIndiv[v] += bedrag;
          individueleStromen.push(st);
        }
      }
    }
    schoolPotK[so + OND] = frac * schoolKost[so + OND];
  }
  for (const s of vestigingNietMee) {
    const vg = schoolVestiging[s];
    waarschuwingen.push(
      `De vestigingsgemeente van ${regio.scholen[s].naam} (${vg >= 0 ? gemNaam[vg] : regio.scholen[s].vestigingsgemeente}) doet niet mee of ligt buiten de regio: de kosten van niet-deelnemers op deze school blijven individueel.`,
    );
  }

  // Verdeelsleutel over the deelnemers (rekenmodel §3) for P_gem = own covered costs of the
  // deelnemers + herverdeelde costs of non-participants.
  const sleutel = variant.verdeelsleutel;
  const eigen = new Float64Array(NG);
  const gemeentelijkDeel = new Float64Array(N_K);
  for (const g of deelnemers) {
    for (const k of GEMEENTELIJK) {
      eigen[g] += gemGedekt[g * N_K + k];
      gemeentelijkDeel[k] += gemGedekt[g * N_K + k];
    }
  }
  let eigenDeelnemers = 0;
  for (const g of deelnemers) eigenDeelnemers += eigen[g];
  let herverdeeldTotaal = 0;
  for (const k of GEMEENTELIJK) {
    gemeentelijkDeel[k] += herverdeeld[k];
    herverdeeldTotaal += herverdeeld[k];
  }
  const pGem = eigenDeelnemers + herverdeeldTotaal;
  const inwoners = Float64Array.from(gemInwoners);
  const zg = aandelen(eigen, deelnemers);
  const jg = aandelen(inwoners, deelnemers);
  const ll = aandelen(gemLeerlingen, deelnemers);
  const vastGewicht = new Float64Array(NG);
  for (const g of deelnemers) vastGewicht[g] = sleutel.percentages[gemCode[g]] ?? 0;
  const vast = aandelen(vastGewicht, deelnemers);
  let gewicht: Float64Array;
  let aandeel: Float64Array;
  let somGewicht: number;
  let gelijk: boolean;
  switch (sleutel.type) {
    case 'leerlingen':
      ({ aandeel, som: somGewicht, gelijk } = ll);
      gewicht = gemLeerlingen;
      break;
    case 'jeugdigen':
      ({ aandeel, som: somGewicht, gelijk } = jg);
      gewicht = inwoners;
      break;
    case 'vast':
      ({ aandeel, som: somGewicht, gelijk } = vast);
      gewicht = vastGewicht;
      break;
    case 'mix': {
      const a = sleutel.alpha;
      aandeel = new Float64Array(NG);
      for (const g of deelnemers) aandeel[g] = a * zg.aandeel[g] + (1 - a) * jg.aandeel[g];
      gewicht = aandeel;
      somGewicht = 1;
      gelijk = (a > 0 && zg.gelijk) || (a < 1 && jg.gelijk);
      break;
    }
    default:
      ({ aandeel, som: somGewicht, gelijk } = zg);
      gewicht = eigen;
  }
  if (gelijk && pGem > 0) {
    waarschuwingen.push(`De verdeelsleutel ${sleutel.type} geeft de deelnemende gemeenten samen gewicht 0; het gemeentelijke deel is daarom gelijk over hen verdeeld.`);
  }

  // Contribution of each gemeente per kader.
  const gemPotdeel = new Float64Array(NG * N_K);
  for (const g of deelnemers) {
    const go = g * N_K;
    for (const k of GEMEENTELIJK) {
      // zorggebruik: exactly its own cost per kader plus its share of the herverdeelde costs (the
      // same total as aandeel × P_gem, but exact per kader and equal to today's amount).
      gemPotdeel[go + k] = sleutel.type === 'zorggebruik' && !gelijk ? gemGedekt[go + k] + aandeel[g] * herverdeeld[k] : aandeel[g] * gemeentelijkDeel[k];
    }
  }
  for (let g = 0; g < NG; g++) {
    const go = g * N_K;
    for (const k of GEMEENTELIJK) {
      gemPotdeel[go + k] += gemVestiging[go + k];
      if (status[g] === 'buiten_verrekening') gemPotdeel[go + k] += gemGedekt[go + k];
    }
  }

  // Financiers.
  const financiers: FinancierCijfers[] = [];
  const nul = () => kaderRecord(new Float64Array(N_K));
  const eenKader = (k: Kader, x: number) => ({ ...nul(), [k]: x });
  for (let g = 0; g < NG; g++) {
    const go = g * N_K;
    const potdeel = som(gemPotdeel, go);
    const huidig = som(gemGedekt, go);
    const individueel = som(gemIndiv, go);
    if (!gemInRegio[g] && !(potdeel > 0 || huidig > 0 || individueel > 0)) continue;
    const f: FinancierCijfers = {
      partij: gemId[g],
      soort: 'gemeente',
      naam: gemNaam[g],
      potdeel,
      potdeelPerKader: kaderRecord(gemPotdeel, go),
      huidig,
      huidigPerKader: kaderRecord(gemGedekt, go),
      individueel,
      individueelPerKader: kaderRecord(gemIndiv, go),
      status: status[g],
    };
    if (status[g] === 'deelnemer') {
      let bedrag = 0;
      for (const k of GEMEENTELIJK) bedrag += gemPotdeel[go + k] - gemVestiging[go + k];
      f.sleutel = { gewicht: gewicht[g], aandeel: aandeel[g], bedrag };
      const vest = gemVestiging[go + J] + gemVestiging[go + W];
      if (vest > 0) f.vestigingsgemeente = vest;
    }
    if (status[g] === 'buiten_verrekening') f.verrekening = huidig;
    financiers.push(f);
  }
  const enkel = (partij: string, soort: FinancierCijfers['soort'], naam: string, k: Kader, gedekt: number, indiv: number) => {
    if (!(gedekt > 0 || indiv > 0)) return;
    financiers.push({
      partij,
      soort,
      naam,
      potdeel: gedekt,
      potdeelPerKader: eenKader(k, gedekt),
      huidig: gedekt,
      huidigPerKader: eenKader(k, gedekt),
      individueel: indiv,
      individueelPerKader: eenKader(k, indiv),
    });
  };
  enkel(GGD, 'ggd', 'GGD', 'wpg', ggdGedekt, ggdIndiv);
  enkel(ZORGKANTOOR, 'zorgkantoor', regio.zorgkantoor.naam, 'wlz', zkGedekt, zkIndiv);
  for (let v = 0; v < NV; v++) enkel(vzId[v], 'zorgverzekeraar', verzekeraars[v].naam, 'zvw', vzGedekt[v], vzIndiv[v]);
  // SWVs: the onderwijs share of their schools.
  const swvBedrag = new Map<string, number>();
  const swvScholen: Record<string, string[]> = {};
  regio.scholen.forEach((sch, s) => {
    const id = swvId(sch.swv);
    (swvScholen[id] ??= []).push(sch.code);
    const x = schoolPotK[s * N_K + OND];
    if (x > 0) swvBedrag.set(id, (swvBedrag.get(id) ?? 0) + x);
  });
  const swvNaam = new Map(regio.samenwerkingsverbanden.map((x) => [swvId(x.code), x.naam]));
  const swvIds = [...new Set([...regio.samenwerkingsverbanden.map((x) => swvId(x.code)), ...regio.scholen.map((x) => swvId(x.swv))])];
  for (const id of swvIds) {
    const x = swvBedrag.get(id) ?? 0;
    enkel(id, 'swv', swvNaam.get(id) ?? id.slice(4), 'onderwijs', x, 0);
  }

  // Pot per school and in total.
  const schoolPot = new Float64Array(NS);
  const schoolZorgPot = new Float64Array(NS);
  const schoolMetZorg = new Uint8Array(NS);
  const potTotaalK = new Float64Array(N_K);
  const kostTotaalK = new Float64Array(N_K);
  const perSchool = regio.scholen.map((sch, s) => {
    const so = s * N_K;
    const totaal = som(schoolPotK, so);
    const kosten = som(schoolKost, so);
    schoolPot[s] = totaal;
    schoolZorgPot[s] = totaal - schoolPotK[so + OND];
    schoolMetZorg[s] = totaal > 0 || kosten - schoolKost[so + OND] > 0 ? 1 : 0;
    for (let k = 0; k < N_K; k++) {
      potTotaalK[k] += schoolPotK[so + k];
      kostTotaalK[k] += schoolKost[so + k];
    }
    return { school: sch.code, naam: sch.naam, totaal, perKader: kaderRecord(schoolPotK, so), kosten, aandeelPot: kosten > 0 ? totaal / kosten : 0 };
  });
  const pot: Pot = { totaal: som(potTotaalK), perKader: kaderRecord(potTotaalK), perSchool };

  // Not in the pot.
  const nietK = new Float64Array(N_K);
  const perFinancier: Record<string, number> = {};
  for (const f of financiers) {
    if (!(f.individueel > 0)) continue;
    perFinancier[f.partij] = f.individueel;
    for (let k = 0; k < N_K; k++) nietK[k] += f.individueelPerKader[KADER_IDS[k]];
  }
  const nietInPot: NietInPot = { totaal: som(nietK), perKader: kaderRecord(nietK), perFinancier };

  // Parties in a stable order: gemeenten, GGD, zorgkantoor, verzekeraars, SWVs, schools.
  const partijen: Partij[] = [
    ...gemCode.map((code, g) => ({ id: gemId[g], soort: 'gemeente' as const, naam: gemNaam[g], code })),
    { id: GGD, soort: 'ggd', naam: 'GGD' },
    { id: ZORGKANTOOR, soort: 'zorgkantoor', naam: regio.zorgkantoor.naam },
    ...verzekeraars.map((v, i) => ({ id: vzId[i], soort: 'zorgverzekeraar' as const, naam: v.naam, code: v.naam })),
    ...swvIds.map((id) => ({ id, soort: 'swv' as const, naam: swvNaam.get(id) ?? id.slice(4), code: id.slice(4) })),
    ...regio.scholen.map((s) => ({ id: schoolId(s.code), soort: 'school' as const, naam: s.naam, code: s.code })),
  ];

  const gemeenteKosten: EvaluatieDetail['gemeenteKosten'] = {};
  for (let g = 0; g < NG; g++) {
    const go = g * N_K;
    gemeenteKosten[gemId[g]] = {
      jeugdwet: gemGedekt[go + J] + gemIndiv[go + J],
      wmo: gemGedekt[go + W] + gemIndiv[go + W],
      leerlingen: gemLeerlingen[g],
      inwoners: gemInwoners[g],
    };
  }
  const herverdeeldVanRecord: Record<string, number> = {};
  for (let g = 0; g < NG; g++) if (herverdeeldVan[g] > 0) herverdeeldVanRecord[gemId[g]] = herverdeeldVan[g];
  let somInwoners = 0;
  let somLeerlingen = 0;
  let somPercentages = 0;
  for (const g of deelnemers) {
    somInwoners += inwoners[g];
    somLeerlingen += gemLeerlingen[g];
    somPercentages += vastGewicht[g];
  }

  const detail: EvaluatieDetail = {
    sleutel: {
      type: sleutel.type,
      alpha: sleutel.alpha,
      gemeentelijkDeel: kaderRecord(gemeentelijkDeel),
      eigenDeelnemers,
      herverdeeld: herverdeeldTotaal,
      somGewicht,
      somInwoners,
      somZorggebruik: eigenDeelnemers,
      somLeerlingen,
      somPercentages,
      gelijkVerdeeld: gelijk,
      zorggebruikAandeel: Object.fromEntries(deelnemers.map((g) => [gemId[g], zg.aandeel[g]])),
      jeugdigenAandeel: Object.fromEntries(deelnemers.map((g) => [gemId[g], jg.aandeel[g]])),
    },
    vestigingsgemeenteVoor,
    herverdeeldVan: herverdeeldVanRecord,
    gemeenteKosten,
    zvwGedekt,
    zvwTotaal: kostTotaalK[ZVW],
    marktaandeel: Object.fromEntries(vzId.map((id, v) => [id, verzekeraars[v].marktaandeel])),
    kostenPerKader: kaderRecord(kostTotaalK),
    swvScholen,
    schoolVestiging: Object.fromEntries(regio.scholen.map((s) => [s.code, s.vestigingsgemeente])),
  };

  return {
    partijen,
    pot,
    schoolCodes: regio.scholen.map((s) => s.code),
    schoolSwv: regio.scholen.map((s) => s.swv),
    schoolPot,
    schoolZorgPot,
    schoolMetZorg,
    financiers,
    nietInPot,
    huidigeStromen,
    individueleStromen,
    detail,
    waarschuwingen,
  };
}
