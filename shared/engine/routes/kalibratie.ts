import { KADER_LABEL, type Kader } from '../../domain/labels';
import { formatEuro } from '../../format';
import { prijsindex, realisatieOpPrijspeil, type PrijspeilInstelling } from '../prijspeil';
import { GGD, ZORGKANTOOR, partijCode, partijSoort, verzekeraarId } from './partijen';
import type { RoutesInvoer, RoutesRegio } from './typen';

/**
 * Calibration to the realisatie (rekenmodel-v2 §9): per financier f and kader k a factor that turns
 * the normative cost (at prijspeil) into what f really spent, from the regio's realisatie rows.
 *
 * - N(f,k,S): the normative breed cost of f in kader k over the schools S (all tasks, at prijspeil).
 * - A school row: c(f,k,s) = R(f,k,s) / N(f,k,{s}).
 * - A row without school is f's total for k (its school rows included) and covers f's other schools
 *   O: c(f,k,O) = (R(f,k) − Σ school rows) / N(f,k,O). Without it only schools with a row are calibrated.
 * - N = 0 with R > 0, or a negative result: a warning naming the row; the row is not used (as if
 *   absent: a school row left out does not count in "Σ school rows" and its school joins O).
 *
 * Rows of the same (f, k, school) are summed (one year: the regio schema refuses two years).
 */

/** One row of the regio's table `realisatie`. */
export interface RealisatieRij {
  /** Party id: `gemeente:<code>`, `zorgkantoor`, `zorgverzekeraar:<naam>` or `ggd`. */
  financier: string;
  kader: Kader;
  /** Calendar year of the spending. */
  jaar: number;
  /** What the financier spent that year, in euro (all tasks, breed). */
  bedrag: number;
  school?: string;
  toelichting?: string;
}

/** One set of summed realisatie rows (a school row or the total row) beside its norm. */
export interface KalibratieDeel {
  /** The rows (1-based, in the regio's table) summed here. */
  regels: number[];
  jaar: number;
  /** R at prijspeil. */
  realisatie: number;
  /** N at prijspeil over the schools this part calibrates (one school, or the other schools O). */
  norm: number;
  /** R / N; null where the part is not used (see `gebruikt`). */
  factor: number | null;
  /** false: N = 0 with R > 0, or a negative result (a warning says so). */
  gebruikt: boolean;
}

/** Norm, realisatie and factor of one financier in one kader. */
export interface KalibratieFinancier {
  financier: string;
  naam: string;
  kader: Kader;
  /** N(f,k, all schools): the normative breed cost at prijspeil. */
  norm: number;
  /** What the rows say f spent (at prijspeil): its total row, or the sum of its school rows without one. */
  realisatie: number;
  /** What f pays today under `rekenbasis: realisatie`: calibrated schools × factor + the others at the norm. */
  gekalibreerd: number;
  /** gekalibreerd / norm (null when the norm is 0): the factor in one figure. */
  factor: number | null;
  /** School rows by school code. */
  scholen: Array<KalibratieDeel & { school: string }>;
  /** The total row (covering the other schools), when there is one. */
  totaal: KalibratieDeel | null;
  /** The normative cost that stays at the norm (schools without a used factor). */
  opNorm: number;
  /** Schools with cost of f in k that stay at the norm (marked on screen under `realisatie`). */
  scholenOpNorm: string[];
}

/**
 * The calibration of a regio: one entry per financier and kader with realisatie rows, in the order
 * of their first row. A financier/kader not listed stays at the norm.
 */
export interface Kalibratie {
  financiers: KalibratieFinancier[];
  waarschuwingen: string[];
}

/** Per financier party id and kader: the factor per school index (1 where the norm stays). */
export type KalibratieFactoren = ReadonlyMap<string, Partial<Record<Kader, Float64Array>>>;

/** The kader each kind of financier pays (rekenmodel §3); a row for another kader has norm 0. */
function betaaltKader(financier: string, kader: Kader): boolean {
  switch (partijSoort(financier)) {
    case 'gemeente':
      return kader === 'jeugdwet' || kader === 'wmo';
    case 'zorgkantoor':
      return kader === 'wlz';
    case 'ggd':
      return kader === 'wpg';
    case 'zorgverzekeraar':
      return kader === 'zvw';
    default:
      return false;
  }
}

interface Groep {
  school: string | undefined;
  jaar: number;
  regels: number[];
  bedrag: number;
}

interface Paar {
  financier: string;
  kader: Kader;
  groepen: Groep[];
  /** N per school index. */
  norm: Float64Array;
}

const TOLERANTIE = 0.005;

function naamVan(regio: RoutesRegio, financier: string): string {
  const code = partijCode(financier);
  switch (partijSoort(financier)) {
    case 'gemeente':
      return regio.gemeenten.find((g) => g.code === code)?.naam ?? code;
    case 'zorgkantoor':
      return regio.zorgkantoor.naam;
    case 'ggd':
      return 'GGD';
    default:
      return code;
  }
}

/** Step 1: the rows grouped per (financier, kader) and per school (undefined: the total row). */
function groepeerRijen(rijen: readonly RealisatieRij[], NS: number): Map<string, Paar> {
  const paren = new Map<string, Paar>();
  rijen.forEach((r, i) => {
    const sleutel = `${r.financier}\u0000${r.kader}`;
    let paar = paren.get(sleutel);
    if (!paar) paren.set(sleutel, (paar = { financier: r.financier, kader: r.kader, groepen: [], norm: new Float64Array(NS) }));
    const school = r.school || undefined;
    const groep = paar.groepen.find((g) => g.school === school);
    if (!groep) paar.groepen.push({ school, jaar: r.jaar, regels: [i + 1], bedrag: r.bedrag });
    else if (groep.jaar !== r.jaar) {
      throw new Error(`realisatie regel ${i + 1}: ${r.financier}, ${r.kader}${school ? `, school ${school}` : ''} heeft al een bedrag over ${groep.jaar} (regel ${groep.regels[0]}); kies één jaar`);
    } else {
      groep.regels.push(i + 1);
      groep.bedrag += r.bedrag;
    }
  });
  return paren;
}

/** Step 2: N(f,k,{s}) per school for every (financier, kader) with rows, from the breed cells at prijspeil. */
function normPerSchool(invoer: RoutesInvoer, regio: RoutesRegio, paren: Map<string, Paar>, schoolIndex: Map<string, number>, P: number): void {
  const perGemeente = new Map<string, { jeugdwet?: Float64Array; wmo?: Float64Array }>();
  const perSchool: Array<{ kader: 'wlz' | 'wpg' | 'zvw'; aandeel: number; norm: Float64Array }> = [];
  const marktaandeel = new Map(regio.zorgverzekeraars.map((v) => [verzekeraarId(v.naam), v.marktaandeel]));
  for (const paar of paren.values()) {
    if (!betaaltKader(paar.financier, paar.kader)) continue;
    if (partijSoort(paar.financier) === 'gemeente') {
      const code = partijCode(paar.financier);
      const g = perGemeente.get(code) ?? {};
      g[paar.kader as 'jeugdwet' | 'wmo'] = paar.norm;
      perGemeente.set(code, g);
    } else {
      const aandeel = paar.financier === ZORGKANTOOR || paar.financier === GGD ? 1 : (marktaandeel.get(paar.financier) ?? 0);
      perSchool.push({ kader: paar.kader as 'wlz' | 'wpg' | 'zvw', aandeel: aandeel * P, norm: paar.norm });
    }
  }
  for (const c of invoer.cellen) {
    const s = schoolIndex.get(c.school);
    if (s === undefined) continue;
    const b = c.buitenScope;
    const g = perGemeente.get(c.gemeente);
    if (g?.jeugdwet) g.jeugdwet[s] += (c.perKader.jeugdwet + (b?.jeugdwet ?? 0)) * P;
    if (g?.wmo) g.wmo[s] += (c.perKader.wmo + (b?.wmo ?? 0)) * P;
    for (const p of perSchool) p.norm[s] += (c.perKader[p.kader] + (b?.[p.kader] ?? 0)) * p.aandeel;
  }
}

function somVan(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/** Step 3: the factors of one (financier, kader), with a warning per row that cannot be used. */
function kalibreerPaar(paar: Paar, regio: RoutesRegio, prijspeil: PrijspeilInstelling, schoolIndex: Map<string, number>, waarschuwingen: string[]): { uitkomst: KalibratieFinancier; factor: Float64Array | null } {
  const NS = regio.scholen.length;
  const naam = naamVan(regio, paar.financier);
  const factor = new Float64Array(NS).fill(Number.NaN);
  const waarschuw = (g: Groep, reden: string) => {
    const plaats = `${naam}, ${KADER_LABEL[paar.kader]}, ${g.school ? `school ${g.school}` : 'totaal'}, ${g.jaar}`;
    waarschuwingen.push(`Realisatie ${g.regels.length > 1 ? 'regels' : 'regel'} ${g.regels.join(', ')} (${plaats}): ${reden}; deze regel telt niet mee.`);
  };
  const deel = (g: Groep, norm: number): KalibratieDeel => ({ regels: g.regels, jaar: g.jaar, realisatie: realisatieOpPrijspeil(prijspeil, g.bedrag, g.jaar), norm, factor: null, gebruikt: false });
  /** R / N, or null (with a warning) where the part cannot be used. */
  const deelFactor = (g: Groep, d: KalibratieDeel, rest: number, wat: string): number | null => {
    if (rest < -TOLERANTIE) {
      waarschuw(g, `de realisatie${wat} is negatief (${formatEuro(rest)})`);
      return null;
    }
    if (Math.abs(rest) <= TOLERANTIE) return d.norm > 0 ? 0 : null;
    if (!(d.norm > 0)) {
      waarschuw(g, `de norm${wat} is € 0, dus ${formatEuro(rest)} realisatie is nergens aan toe te rekenen`);
      return null;
    }
    return rest / d.norm;
  };

  const scholen: KalibratieFinancier['scholen'] = [];
  let somScholen = 0;
  let totaalGroep: Groep | undefined;
  for (const g of paar.groepen) {
    if (g.school === undefined) {
      totaalGroep = g;
      continue;
    }
    const s = schoolIndex.get(g.school);
    const d = deel(g, s === undefined ? 0 : paar.norm[s]);
    const c = deelFactor(g, d, d.realisatie, ` op deze school`);
    if (c !== null && s !== undefined) {
      d.factor = c;
      d.gebruikt = true;
      factor[s] = c;
      somScholen += d.realisatie;
    }
    scholen.push({ ...d, school: g.school });
  }
  let totaal: KalibratieDeel | null = null;
  if (totaalGroep) {
    let normO = 0;
    for (let s = 0; s < NS; s++) if (Number.isNaN(factor[s])) normO += paar.norm[s];
    totaal = deel(totaalGroep, normO);
    const c = deelFactor(totaalGroep, totaal, totaal.realisatie - somScholen, ' van de overige scholen (totaal min de schoolregels)');
    if (c !== null) {
      totaal.factor = c;
      totaal.gebruikt = true;
      for (let s = 0; s < NS; s++) if (Number.isNaN(factor[s])) factor[s] = c;
    }
  }

  let gekalibreerd = 0;
  let opNorm = 0;
  const scholenOpNorm: string[] = [];
  let gebruikt = false;
  for (let s = 0; s < NS; s++) {
    const n = paar.norm[s];
    if (Number.isNaN(factor[s])) {
      factor[s] = 1;
      opNorm += n;
      gekalibreerd += n;
      if (n > 0) scholenOpNorm.push(regio.scholen[s].code);
    } else {
      gebruikt = true;
      gekalibreerd += n * factor[s];
    }
  }
  const norm = somVan(paar.norm);
  const realisatie = totaal ? totaal.realisatie : scholen.reduce((x, d) => x + d.realisatie, 0);
  return {
    uitkomst: { financier: paar.financier, naam, kader: paar.kader, norm, realisatie, gekalibreerd, factor: norm > 0 ? gekalibreerd / norm : null, scholen, totaal, opNorm, scholenOpNorm },
    factor: gebruikt ? factor : null,
  };
}

/**
 * The calibration of the regio's realisatie rows against the cost cells (at 2022 prices, with the
 * cost outside the scope beside them, so N is breed; N is taken at the prijspeil). `factoren` holds what `rekenbasis:
 * realisatie` multiplies the cells by.
 */
export function berekenKalibratie(invoer: RoutesInvoer, regio: RoutesRegio, prijspeil: PrijspeilInstelling): { kalibratie: Kalibratie; factoren: KalibratieFactoren } {
  const rijen = regio.realisatie ?? [];
  const factoren = new Map<string, Partial<Record<Kader, Float64Array>>>();
  if (!rijen.length) return { kalibratie: { financiers: [], waarschuwingen: [] }, factoren };
  const schoolIndex = new Map<string, number>();
  regio.scholen.forEach((s, i) => {
    if (!schoolIndex.has(s.code)) schoolIndex.set(s.code, i);
  });
  const paren = groepeerRijen(rijen, regio.scholen.length);
  normPerSchool(invoer, regio, paren, schoolIndex, prijsindex(prijspeil, prijspeil.jaar));
  const waarschuwingen: string[] = [];
  const financiers: KalibratieFinancier[] = [];
  for (const paar of paren.values()) {
    const { uitkomst, factor } = kalibreerPaar(paar, regio, prijspeil, schoolIndex, waarschuwingen);
    financiers.push(uitkomst);
    if (factor) {
      const perKader = factoren.get(paar.financier) ?? {};
      perKader[paar.kader] = factor;
      factoren.set(paar.financier, perKader);
    }
  }
  return { kalibratie: { financiers, waarschuwingen }, factoren };
}
