import { DOELGROEPEN, KADERS, type Doelgroep, type Kader, type Sector } from '../domain/labels';
import type { RegioBestand } from '../regio/schema';
import { GROEPEN } from '../domain/catalogus';
import type { Normenset } from './normenset';
import { scopeNaam, scopeTaken, type ScopeKeuze, type ScopeNaam } from './scope';
import { CEL_SECTOREN, NSECTOR, type CelSector } from './sector';

/**
 * Care need and cost per school (rekenmodel §2 with the sector of v2 §6 and §11):
 *   unit[d][σ][k](S) = Σ_p A[p][d][σ]/100 · tarief[p] · Σ_{t∈S} c[p][t] · mix_{g(t)}[p][d][σ][k]   (€ per pupil)
 *   cost[s][g][σ][k] = Σ_d n[s][g][σ][d] · unit[d][σ][k](S)
 *   fte[s][p](S)     = Σ_{g,σ,d} n[s][g][σ][d] · A[p][d][σ]/100 · Σ_{t∈S} c[p][t]
 * plus the inventarisatie rule (see `berekenBehoefte`).
 *
 * Sector of a cel part: the cel's `sector` if given; else the school's sector when it is so or vso;
 * else (a school of sector so-vso, or without sector) the cel is split into an so part with share
 * `aandeelSo` of the school (default: the national 42%) and a vso part; fractional pupils are fine
 * because costs are linear. Such schools are marked `sectorGeschat`.
 */

/**
 * Input of the need calculation. A regio-bestand fits this shape; counts may be fractional here
 * (the national check uses N·w pupils), unlike in the regio-bestand.
 */
export interface BehoefteInvoer {
  /** Optional school list: gives names, the output order and the vestigingsgemeente. */
  scholen?: readonly { code: string; naam?: string; vestigingsgemeente?: string; sector?: Sector; aandeelSo?: number }[];
  /** Optional gemeente list: gives the output order of gemeenten. */
  gemeenten?: readonly { code: string }[];
  leerlingen: readonly { school: string; woongemeente: string; doelgroep: Doelgroep; aantal: number; sector?: CelSector }[];
  inventarisaties?: readonly { school: string; professional: string; fte: number; kaders?: Partial<Record<Kader, number>> }[];
}

export type KaderBedragen = Record<Kader, number>;

/** One cel part: the pupils of one school living in one gemeente in one sector. */
export interface BehoefteCel {
  school: string;
  gemeente: string;
  sector: CelSector;
  leerlingen: number;
  perKader: KaderBedragen;
  totaal: number;
  /** True when the school's need comes (partly) from an inventarisatie. */
  inventarisatie: boolean;
}

export interface BehoefteWoongemeente {
  gemeente: string;
  leerlingen: number;
  totaal: number;
  perKader: KaderBedragen;
}

export interface BehoefteSchool {
  school: string;
  naam: string;
  inventarisatie: boolean;
  /** True when (some of) the school's pupils were split over so and vso by its aandeelSo. */
  sectorGeschat: boolean;
  leerlingen: number;
  leerlingenPerDoelgroep: Record<Doelgroep, number>;
  leerlingenPerSector: Record<CelSector, number>;
  totaal: number;
  perKader: KaderBedragen;
  perWoongemeente: BehoefteWoongemeente[];
  /** Formatie per professional id (fte within the scope). */
  fte: Record<string, number>;
  fteTotaal: number;
}

export interface Behoefte {
  normenset: string;
  scope: { naam: ScopeNaam; taken: string[] };
  /** The scope's task ids (same as scope.taken). */
  taken: string[];
  leerlingen: number;
  totaal: number;
  perKader: KaderBedragen;
  perSchool: BehoefteSchool[];
  /** Need of the pupils living in each gemeente, over all schools. */
  perGemeente: BehoefteWoongemeente[];
  /**
   * Normative cost per pupil (€) per doelgroep and kader: unit[d][σ][k](S) averaged over the sectors
   * with the regio's pupils of that doelgroep (the national split where it has none).
   */
  perDoelgroep: Record<Doelgroep, KaderBedragen>;
  /** unit[d][σ][k](S) per sector. */
  perDoelgroepEnSector: Record<CelSector, Record<Doelgroep, KaderBedragen>>;
  /** Formatie and cost per professional id over all schools (kosten = fte × tarief). */
  perProfessional: Record<string, { fte: number; kosten: number }>;
  fteTotaal: number;
  /** cost[s][g][σ][k]: one entry per school × woongemeente × sector (the routes engine consumes this). */
  cellen: BehoefteCel[];
}

const ND = DOELGROEPEN.length;
const NK = KADERS.length;
// kaderRecord and the per-doelgroep records below spell out these orders for speed.
if (KADERS.join() !== 'onderwijs,jeugdwet,zvw,wlz,wpg,wmo' || DOELGROEPEN.join() !== 'gedrag,lvb_ml,lb,emb,lz') {
  throw new Error('rekenkern: de volgorde van KADERS of DOELGROEPEN is veranderd; pas behoefte.ts aan');
}

/** Precomputed tables for one normenset and scope; index ds = d·NSECTOR + σ. */
interface ScopeTabellen {
  taken: string[];
  /** unit[ds*NK + k] */
  unit: Float64Array;
  /** unitP[(p*ND*NSECTOR + ds)*NK + k]: the part of unit[d][σ][k] that professional p contributes. */
  unitP: Float64Array;
  /** fteUnit[ds*NP + p] = A[p][d][σ]/100 · Σ_{t∈S} c[p][t] */
  fteUnit: Float64Array;
  /** Σ_{t∈S} c[p][t] / Σ_t c[p][t] (0 when p has no task shares). */
  aandeel: Float64Array;
}

const NDS = ND * NSECTOR;

function scopeTabellen(ns: Normenset, scope: ScopeKeuze): ScopeTabellen {
  const taken = scopeTaken(scope, ns.taken);
  const idx = taken.map((id) => ns.taken.findIndex((t) => t.id === id));
  const NP = ns.professionals.length;
  const unit = new Float64Array(NDS * NK);
  const unitP = new Float64Array(NP * NDS * NK);
  const fteUnit = new Float64Array(NDS * NP);
  const aandeel = new Float64Array(NP);
  for (let p = 0; p < NP; p++) {
    const cp = ns.c[p];
    let inScope = 0;
    for (const t of idx) inScope += cp[t];
    let alle = 0;
    for (let t = 0; t < cp.length; t++) alle += cp[t];
    aandeel[p] = alle > 0 ? inScope / alle : 0;
    const Ap = ns.ftePer100Sector[p];
    const tarief = ns.tarief[p];
    for (let d = 0; d < ND; d++) {
      for (let s = 0; s < NSECTOR; s++) {
        const ds = d * NSECTOR + s;
        const fpp = Ap[d][s] / 100;
        fteUnit[ds * NP + p] = fpp * inScope;
        const basis = fpp * tarief;
        if (basis === 0) continue;
        const o = (p * NDS + ds) * NK;
        for (const t of idx) {
          const ct = cp[t];
          if (ct === 0) continue;
          const m = ns.mix[GROEPEN[ns.taakGroep[t]]][p][d][s];
          const f = basis * ct;
          for (let k = 0; k < NK; k++) unitP[o + k] += f * m[k];
        }
        for (let k = 0; k < NK; k++) unit[ds * NK + k] += unitP[o + k];
      }
    }
  }
  return { taken, unit, unitP, fteUnit, aandeel };
}

function kaderRecord(v: ArrayLike<number>, o = 0): KaderBedragen {
  return { onderwijs: v[o], jeugdwet: v[o + 1], zvw: v[o + 2], wlz: v[o + 3], wpg: v[o + 4], wmo: v[o + 5] };
}

/** National pupil weights per doelgroep and sector: w_d · a_σ (a = national so/vso split). */
function landelijkeGewichten(ns: Normenset): number[] {
  const a = [ns.aandeelSo.landelijk, 1 - ns.aandeelSo.landelijk];
  return ns.w.flatMap((wd) => a.map((x) => wd * x));
}

/** unit[d][k] averaged over the sectors with the given pupils per (d, σ) (national split where 0). */
function perDoelgroepGemiddeld(unit: Float64Array, n: ArrayLike<number>, nationaal: readonly number[]): Record<Doelgroep, KaderBedragen> {
  return Object.fromEntries(
    DOELGROEPEN.map((d, i) => {
      let gewicht = [n[i * NSECTOR], n[i * NSECTOR + 1]];
      if (!(gewicht[0] + gewicht[1] > 0)) gewicht = [nationaal[i * NSECTOR], nationaal[i * NSECTOR + 1]];
      const som = gewicht[0] + gewicht[1];
      const v = KADERS.map((_, k) => (som > 0 ? (gewicht[0] * unit[(i * NSECTOR) * NK + k] + gewicht[1] * unit[(i * NSECTOR + 1) * NK + k]) / som : 0));
      return [d, kaderRecord(v)];
    }),
  ) as Record<Doelgroep, KaderBedragen>;
}

/**
 * unit[d][k](S): normative cost per pupil in € per doelgroep and kader for a scope, in one sector
 * or (without sector) averaged over so and vso with the national split.
 */
export function eenheidskosten(normenset: Normenset, scope: ScopeKeuze, sector?: CelSector): Record<Doelgroep, KaderBedragen> {
  const { unit } = scopeTabellen(normenset, scope);
  const nationaal = landelijkeGewichten(normenset);
  const gewicht = sector === undefined ? nationaal : nationaal.map((_, ds) => (ds % NSECTOR === CEL_SECTOREN.indexOf(sector) ? 1 : 0));
  return perDoelgroepGemiddeld(unit, gewicht, nationaal);
}

/**
 * Care need per school, woongemeente and kader for a scope (rekenmodel §2).
 *
 * Inventarisatie (a school with rows in `inventarisaties`), our reading of §2:
 * - A listed professional p counts with its measured fte instead of the normative fte; unlisted
 *   professionals keep their normative fte and cost.
 * - A measurement covers all care of p (like tabel 2.2, whose fte × tarief is the broad cost), so
 *   only the scope's part counts: fte_S = fte × Σ_{t∈S} c[p][t] / Σ_t c[p][t]. Professionals without
 *   task shares (no cost in tabel 2.6: vrijwilliger) count for neither cost nor formatie.
 * - Cost = fte_S × tarief[p], split over the kaders by the row's own `kaders` (normalised) when given,
 *   else by the normative mix of p at that school (its pupils per doelgroep, the scope's tasks), and
 *   when the school has no pupils by the national mix of p (weights w).
 * - The school's total per kader goes to its woongemeenten in proportion to the normative cost of
 *   their pupils in that kader; if that kader is normatively 0 at the school, in proportion to the
 *   normative total cost; then to the pupil counts; a school without pupils books it on its
 *   vestigingsgemeente.
 * With measured fte equal to the school's normative formatie in the broad scope and no own split
 * this reproduces the normative figures exactly, in every scope. (For the four professionals whose
 * task shares add up to more than 1 because of the clamp of §1.3, the in-scope fte then never exceeds
 * the measured fte; using fte × Σ_{t∈S} c instead would count more fte than was measured.)
 *
 * Throws an Error with a Dutch message on an unknown task id, doelgroep or professional, a negative
 * or non-finite count or fte, or a school without pupils and without vestigingsgemeente that needs one.
 */
export function berekenBehoefte(normenset: Normenset, regio: RegioBestand | BehoefteInvoer, scope: ScopeKeuze): Behoefte {
  const ns = normenset;
  const invoer: BehoefteInvoer = regio;
  const tab = scopeTabellen(ns, scope);
  const { unit, unitP, fteUnit, aandeel } = tab;
  const NP = ns.professionals.length;
  const profIndex = new Map(ns.professionals.map((p, i) => [p.id, i]));
  const dIndex = new Map<string, number>(DOELGROEPEN.map((d, i) => [d, i]));
  const nationaal = landelijkeGewichten(ns);

  // Schools and gemeenten, in the order of the lists given, then of first appearance.
  const schoolIndex = new Map<string, number>();
  const schoolCodes: string[] = [];
  const schoolNamen: string[] = [];
  const vestiging: (string | undefined)[] = [];
  /** Fixed sector index of the school (so 0, vso 1), or -1: split by `schoolAandeelSo`. */
  const schoolSector: number[] = [];
  const schoolAandeelSo: number[] = [];
  const schoolVan = (code: string, school?: NonNullable<BehoefteInvoer['scholen']>[number]) => {
    let i = schoolIndex.get(code);
    if (i === undefined) {
      i = schoolCodes.length;
      schoolIndex.set(code, i);
      schoolCodes.push(code);
      schoolNamen.push(school?.naam ?? code);
      vestiging.push(school?.vestigingsgemeente);
      schoolSector.push(school?.sector === 'so' ? 0 : school?.sector === 'vso' ? 1 : -1);
      const a = school?.aandeelSo;
      if (a !== undefined && !(Number.isFinite(a) && a >= 0 && a <= 1)) throw new Error(`school ${code}: aandeelSo moet tussen 0 en 1 liggen (is ${a})`);
      schoolAandeelSo.push(a ?? ns.aandeelSo.landelijk);
    }
    return i;
  };
  for (const s of invoer.scholen ?? []) schoolVan(s.code, s);
  const gemIndex = new Map<string, number>();
  const gemCodes: string[] = [];
  const gemeenteVan = (code: string) => {
    let i = gemIndex.get(code);
    if (i === undefined) {
      i = gemCodes.length;
      gemIndex.set(code, i);
      gemCodes.push(code);
    }
    return i;
  };
  for (const g of invoer.gemeenten ?? []) gemeenteVan(g.code);

  // Pupils per cel part (school × woongemeente × sector) and doelgroep. First index every school
  // and gemeente, so that a part is found at (s·NG + g)·NSECTOR + σ.
  const leerlingen = invoer.leerlingen;
  const rijSchool = new Int32Array(leerlingen.length);
  const rijGem = new Int32Array(leerlingen.length);
  const rijD = new Int32Array(leerlingen.length);
  const rijSector = new Int32Array(leerlingen.length);
  for (let i = 0; i < leerlingen.length; i++) {
    const l = leerlingen[i];
    const d = dIndex.get(l.doelgroep);
    if (d === undefined) throw new Error(`leerlingen[${i}]: onbekende doelgroep "${l.doelgroep}"`);
    if (!(Number.isFinite(l.aantal) && l.aantal >= 0)) throw new Error(`leerlingen[${i}]: het aantal moet een getal van 0 of meer zijn (is ${l.aantal})`);
    let sector = -1;
    if (l.sector !== undefined) {
      sector = CEL_SECTOREN.indexOf(l.sector);
      if (sector < 0) throw new Error(`leerlingen[${i}]: onbekende sector "${l.sector}" (so of vso)`);
    }
    rijD[i] = d;
    rijSchool[i] = schoolVan(l.school);
    rijGem[i] = gemeenteVan(l.woongemeente);
    rijSector[i] = sector >= 0 ? sector : schoolSector[rijSchool[i]];
  }
  // Inventarisaties per school (before the cells: NG must include their vestigingsgemeenten).
  const inventarisaties = invoer.inventarisaties ?? [];
  const invPerSchool = new Map<number, { p: number; fte: number; kaders?: Partial<Record<Kader, number>> }[]>();
  inventarisaties.forEach((v, i) => {
    const p = profIndex.get(v.professional);
    if (p === undefined) throw new Error(`inventarisaties[${i}]: onbekende professional "${v.professional}"`);
    if (!(Number.isFinite(v.fte) && v.fte >= 0)) throw new Error(`inventarisaties[${i}]: fte moet een getal van 0 of meer zijn (is ${v.fte})`);
    const s = schoolVan(v.school);
    const vg = vestiging[s];
    if (vg !== undefined) gemeenteVan(vg);
    const lijst = invPerSchool.get(s) ?? [];
    lijst.push({ p, fte: v.fte, kaders: v.kaders });
    invPerSchool.set(s, lijst);
  });

  const NG = gemCodes.length;
  const NS = schoolCodes.length;
  // Cell lookup: a dense table when schools × gemeenten is small (the usual case), else a Map.
  const dicht = NS * NG * NSECTOR <= 1 << 21 ? new Int32Array(NS * NG * NSECTOR).fill(-1) : null;
  const celIndex = new Map<number, number>();
  const sleutel = (s: number, g: number, sector: number) => (s * NG + g) * NSECTOR + sector;
  const zoekCel = (s: number, g: number, sector: number): number => (dicht ? dicht[sleutel(s, g, sector)] : (celIndex.get(sleutel(s, g, sector)) ?? -1));
  const maxCellen = 2 * leerlingen.length;
  const celSchool = new Int32Array(maxCellen);
  const celGem = new Int32Array(maxCellen);
  const celSector = new Int32Array(maxCellen);
  const celN = new Float64Array(maxCellen * ND);
  const geschat = new Uint8Array(NS);
  let NC = 0;
  const voegToe = (s: number, g: number, sector: number, d: number, aantal: number) => {
    let c = zoekCel(s, g, sector);
    if (c < 0) {
      c = NC++;
      if (dicht) dicht[sleutel(s, g, sector)] = c;
      else celIndex.set(sleutel(s, g, sector), c);
      celSchool[c] = s;
      celGem[c] = g;
      celSector[c] = sector;
    }
    celN[c * ND + d] += aantal;
  };
  for (let i = 0; i < leerlingen.length; i++) {
    const s = rijSchool[i];
    const sector = rijSector[i];
    const aantal = leerlingen[i].aantal;
    if (sector >= 0) voegToe(s, rijGem[i], sector, rijD[i], aantal);
    else {
      const so = aantal * schoolAandeelSo[s];
      voegToe(s, rijGem[i], 0, rijD[i], so);
      voegToe(s, rijGem[i], 1, rijD[i], aantal - so);
      if (aantal > 0) geschat[s] = 1;
    }
  }

  // Normative cost per cell and pupils per school, doelgroep and sector (index ds).
  const celKost = new Float64Array(NC * NK);
  const celLeerlingen = new Float64Array(NC);
  const schoolN = new Float64Array(NS * NDS);
  const regioN = new Float64Array(NDS);
  const cellenVanSchool: number[][] = Array.from({ length: NS }, () => []);
  // Per cell (a function per cell, for the same reason as `vatSchoolSamen` below).
  const kostVanCel = (c: number) => {
    const s = celSchool[c];
    const sector = celSector[c];
    cellenVanSchool[s].push(c);
    const o = c * NK;
    let n = 0;
    for (let d = 0; d < ND; d++) {
      const aantal = celN[c * ND + d];
      if (aantal === 0) continue;
      n += aantal;
      const ds = d * NSECTOR + sector;
      schoolN[s * NDS + ds] += aantal;
      regioN[ds] += aantal;
      const u = ds * NK;
      for (let k = 0; k < NK; k++) celKost[o + k] += aantal * unit[u + k];
    }
    celLeerlingen[c] = n;
  };
  for (let c = 0; c < NC; c++) kostVanCel(c);

  // Formatie per school (normative).
  const schoolFte = new Float64Array(NS * NP);
  for (let s = 0; s < NS; s++) {
    for (let ds = 0; ds < NDS; ds++) {
      const n = schoolN[s * NDS + ds];
      if (n === 0) continue;
      for (let p = 0; p < NP; p++) schoolFte[s * NP + p] += n * fteUnit[ds * NP + p];
    }
  }

  // Schools with an inventarisatie: their cells get new amounts in `invKost` (flag `heeftInv`).
  // A school without pupils may need one extra cell on its vestigingsgemeente (sector: the school's,
  // for an so-vso school the larger part by aandeelSo).
  const extraCellen: { s: number; g: number; sector: number }[] = [];
  const invKost = new Float64Array((NC + invPerSchool.size) * NK);
  const heeftInv = new Uint8Array(NC + invPerSchool.size);
  const kost = new Float64Array(NK);
  const gezien = new Uint8Array(NP);
  for (const [s, rijen] of invPerSchool) {
    kost.fill(0);
    gezien.fill(0);
    const nS = schoolN.subarray(s * NDS, (s + 1) * NDS);
    for (const r of rijen) {
      if (!gezien[r.p]) {
        gezien[r.p] = 1;
        schoolFte[s * NP + r.p] = 0;
      }
      const fteS = r.fte * aandeel[r.p];
      schoolFte[s * NP + r.p] += fteS;
      const bedrag = fteS * ns.tarief[r.p];
      if (bedrag === 0) continue;
      const verdeling = kaderVerdeling(r.kaders, r.p, nS, unitP, nationaal);
      if (!verdeling) throw new Error(`inventarisatie van school ${schoolCodes[s]}: geen kaderverdeling voor ${ns.professionals[r.p].id} in deze scope`);
      for (let k = 0; k < NK; k++) kost[k] += bedrag * verdeling[k];
    }
    // Normative part of the unlisted professionals.
    for (let p = 0; p < NP; p++) {
      if (gezien[p]) continue;
      for (let ds = 0; ds < NDS; ds++) {
        const n = nS[ds];
        if (n === 0) continue;
        const o = (p * NDS + ds) * NK;
        for (let k = 0; k < NK; k++) kost[k] += n * unitP[o + k];
      }
    }
    // Attribute to the woongemeenten (only cells with pupils carry weight).
    const cellen = cellenVanSchool[s];
    let somLeerlingen = 0;
    let somTotaal = 0;
    for (const c of cellen) {
      somLeerlingen += celLeerlingen[c];
      for (let k = 0; k < NK; k++) somTotaal += celKost[c * NK + k];
    }
    if (!(somLeerlingen > 0)) {
      if (!kost.some((v) => v > 0)) continue;
      const vg = vestiging[s];
      if (vg === undefined) throw new Error(`school ${schoolCodes[s]} heeft een inventarisatie maar geen leerlingen en geen vestigingsgemeente om de kosten aan toe te rekenen`);
      const g = gemeenteVan(vg);
      const sector = schoolSector[s] >= 0 ? schoolSector[s] : schoolAandeelSo[s] >= 0.5 ? 0 : 1;
      let c = zoekCel(s, g, sector);
      if (c < 0) {
        c = NC + extraCellen.length;
        extraCellen.push({ s, g, sector });
        cellen.push(c);
      }
      heeftInv[c] = 1;
      invKost.set(kost, c * NK);
      continue;
    }
    for (let k = 0; k < NK; k++) {
      let somK = 0;
      for (const c of cellen) somK += celKost[c * NK + k];
      for (const c of cellen) {
        let totaalCel = 0;
        if (!(somK > 0) && somTotaal > 0) for (let j = 0; j < NK; j++) totaalCel += celKost[c * NK + j];
        const aandeelCel = somK > 0 ? celKost[c * NK + k] / somK : somTotaal > 0 ? totaalCel / somTotaal : celLeerlingen[c] / somLeerlingen;
        invKost[c * NK + k] = kost[k] * aandeelCel;
      }
    }
    for (const c of cellen) heeftInv[c] = 1;
  }

  // Assemble the output.
  const totaalKader = new Float64Array(NK);
  const gemKost = new Float64Array(gemCodes.length * NK);
  const gemLeerlingen = new Float64Array(gemCodes.length);
  const gemGebruikt = new Uint8Array(gemCodes.length);
  const alleCellen: BehoefteCel[] = [];
  const perSchool: BehoefteSchool[] = [];
  const profFte = new Float64Array(NP);
  // Same key order for every school, so all fte records share one object shape.
  const profIds = ns.professionals.map((p) => p.id);
  const fteSjabloon: Record<string, number> = Object.fromEntries(profIds.map((id) => [id, 0]));
  // Per school, its cel parts summed per woongemeente: slot of gemeente g (or -1), in first-seen order.
  const gemSlot = new Int32Array(gemCodes.length).fill(-1);
  const slotGem: number[] = [];
  const slotKost = new Float64Array(gemCodes.length * NK);
  const slotN = new Float64Array(gemCodes.length);
  let leerlingenTotaal = 0;
  // One school at a time (a function per school: the engine optimises it as a whole, where loops
  // nested in one long loop would run in on-stack-replaced code thrown away at every inner exit).
  const vatSchoolSamen = (s: number) => {
    const inv = invPerSchool.has(s);
    const kost = new Float64Array(NK);
    slotGem.length = 0;
    let n = 0;
    for (const c of cellenVanSchool[s]) {
      const extra = c >= NC;
      const g = extra ? extraCellen[c - NC].g : celGem[c];
      const sector = extra ? extraCellen[c - NC].sector : celSector[c];
      const bron = heeftInv[c] ? invKost : celKost;
      const o = c * NK;
      let slot = gemSlot[g];
      if (slot < 0) {
        slot = gemSlot[g] = slotGem.length;
        slotGem.push(g);
        slotKost.fill(0, slot * NK, (slot + 1) * NK);
        slotN[slot] = 0;
      }
      let totaal = 0;
      for (let k = 0; k < NK; k++) {
        const v = bron[o + k];
        totaal += v;
        kost[k] += v;
        slotKost[slot * NK + k] += v;
        gemKost[g * NK + k] += v;
      }
      const aantal = extra ? 0 : celLeerlingen[c];
      n += aantal;
      slotN[slot] += aantal;
      gemLeerlingen[g] += aantal;
      gemGebruikt[g] = 1;
      alleCellen.push({ school: schoolCodes[s], gemeente: gemCodes[g], sector: CEL_SECTOREN[sector], leerlingen: aantal, perKader: kaderRecord(bron, o), totaal, inventarisatie: inv });
    }
    const perWoongemeente: BehoefteWoongemeente[] = slotGem.map((g, slot) => {
      gemSlot[g] = -1;
      const o = slot * NK;
      return {
        gemeente: gemCodes[g],
        leerlingen: slotN[slot],
        totaal: slotKost[o] + slotKost[o + 1] + slotKost[o + 2] + slotKost[o + 3] + slotKost[o + 4] + slotKost[o + 5],
        perKader: kaderRecord(slotKost, o),
      };
    });
    let totaal = 0;
    for (let k = 0; k < NK; k++) {
      totaal += kost[k];
      totaalKader[k] += kost[k];
    }
    const fte: Record<string, number> = { ...fteSjabloon };
    let fteTotaal = 0;
    for (let p = 0; p < NP; p++) {
      const v = schoolFte[s * NP + p];
      fte[profIds[p]] = v;
      fteTotaal += v;
      profFte[p] += v;
    }
    const perDoelgroep = new Float64Array(ND);
    const perSector = new Float64Array(NSECTOR);
    for (let ds = 0; ds < NDS; ds++) {
      const v = schoolN[s * NDS + ds];
      perDoelgroep[Math.floor(ds / NSECTOR)] += v;
      perSector[ds % NSECTOR] += v;
    }
    const leerlingenPerDoelgroep: Record<Doelgroep, number> = { gedrag: perDoelgroep[0], lvb_ml: perDoelgroep[1], lb: perDoelgroep[2], emb: perDoelgroep[3], lz: perDoelgroep[4] };
    leerlingenTotaal += n;
    perSchool.push({
      school: schoolCodes[s],
      naam: schoolNamen[s],
      inventarisatie: inv,
      sectorGeschat: geschat[s] === 1,
      leerlingen: n,
      leerlingenPerDoelgroep,
      leerlingenPerSector: { so: perSector[0], vso: perSector[1] },
      totaal,
      perKader: kaderRecord(kost),
      perWoongemeente,
      fte,
      fteTotaal,
    });
  };
  for (let s = 0; s < NS; s++) vatSchoolSamen(s);

  const perGemeente: BehoefteWoongemeente[] = [];
  for (let g = 0; g < gemCodes.length; g++) {
    if (!gemGebruikt[g]) continue;
    const perKader = kaderRecord(gemKost, g * NK);
    let totaal = 0;
    for (let k = 0; k < NK; k++) totaal += gemKost[g * NK + k];
    perGemeente.push({ gemeente: gemCodes[g], leerlingen: gemLeerlingen[g], totaal, perKader });
  }

  const perProfessional: Record<string, { fte: number; kosten: number }> = {};
  let fteTotaal = 0;
  ns.professionals.forEach((p, i) => {
    perProfessional[p.id] = { fte: profFte[i], kosten: profFte[i] * ns.tarief[i] };
    fteTotaal += profFte[i];
  });

  let totaal = 0;
  for (let k = 0; k < NK; k++) totaal += totaalKader[k];
  const eenSector = (sector: number) => perDoelgroepGemiddeld(unit, nationaal.map((_, ds) => (ds % NSECTOR === sector ? 1 : 0)), nationaal);
  return {
    normenset: ns.id,
    scope: { naam: scopeNaam(scope, ns.taken), taken: tab.taken },
    taken: tab.taken.slice(),
    leerlingen: leerlingenTotaal,
    totaal,
    perKader: kaderRecord(totaalKader),
    perSchool,
    perGemeente,
    perDoelgroep: perDoelgroepGemiddeld(unit, regioN, nationaal),
    perDoelgroepEnSector: { so: eenSector(0), vso: eenSector(1) },
    perProfessional,
    fteTotaal,
    cellen: alleCellen,
  };
}

/**
 * Kader shares for an inventarisatie row of professional p: its own split, else the normative mix
 * of p at the school (pupils nS per doelgroep and sector), else the national mix of p (weights w·a).
 */
function kaderVerdeling(
  eigen: Partial<Record<Kader, number>> | undefined,
  p: number,
  nS: ArrayLike<number>,
  unitP: Float64Array,
  w: readonly number[],
): number[] | null {
  const normaliseer = (v: number[]) => {
    const s = v.reduce((a, b) => a + b, 0);
    return s > 0 ? v.map((x) => x / s) : null;
  };
  if (eigen) {
    const v = normaliseer(KADERS.map((k) => Math.max(0, eigen[k] ?? 0)));
    if (v) return v;
  }
  const gewogen = (gewicht: ArrayLike<number>) =>
    KADERS.map((_, k) => {
      let s = 0;
      for (let ds = 0; ds < NDS; ds++) s += gewicht[ds] * unitP[(p * NDS + ds) * NK + k];
      return s;
    });
  return normaliseer(gewogen(nS)) ?? normaliseer(gewogen(w));
}
