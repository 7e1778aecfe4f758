import { DOELGROEPEN, KADERS, type Doelgroep, type Kader } from '../domain/labels';
import type { RegioBestand } from '../regio/schema';
import { GROEPEN } from '../domain/catalogus';
import type { Normenset } from './normenset';
import { scopeNaam, scopeTaken, type ScopeKeuze, type ScopeNaam } from './scope';

/**
 * Care need and cost per school (rekenmodel §2):
 *   unit[d][k](S) = Σ_p A[p][d]/100 · tarief[p] · Σ_{t∈S} c[p][t] · mix_{g(t)}[p][d][k]   (€ per pupil)
 *   cost[s][g][k] = Σ_d n[s][g][d] · unit[d][k](S)
 *   fte[s][p](S)  = Σ_{g,d} n[s][g][d] · A[p][d]/100 · Σ_{t∈S} c[p][t]
 * plus the inventarisatie rule (see `berekenBehoefte`).
 */

/**
 * Input of the need calculation. A regio-bestand fits this shape; counts may be fractional here
 * (the national check uses N·w pupils), unlike in the regio-bestand.
 */
export interface BehoefteInvoer {
  /** Optional school list: gives names, the output order and the vestigingsgemeente. */
  scholen?: readonly { code: string; naam?: string; vestigingsgemeente?: string }[];
  /** Optional gemeente list: gives the output order of gemeenten. */
  gemeenten?: readonly { code: string }[];
  leerlingen: readonly { school: string; woongemeente: string; doelgroep: Doelgroep; aantal: number }[];
  inventarisaties?: readonly { school: string; professional: string; fte: number; kaders?: Partial<Record<Kader, number>> }[];
}

export type KaderBedragen = Record<Kader, number>;

export interface BehoefteCel {
  school: string;
  gemeente: string;
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
  leerlingen: number;
  leerlingenPerDoelgroep: Record<Doelgroep, number>;
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
  /** Normative cost per pupil (€) per doelgroep and kader: unit[d][k](S). */
  perDoelgroep: Record<Doelgroep, KaderBedragen>;
  /** Formatie and cost per professional id over all schools (kosten = fte × tarief). */
  perProfessional: Record<string, { fte: number; kosten: number }>;
  fteTotaal: number;
  /** cost[s][g][k]: one entry per school × woongemeente (the routes engine consumes this). */
  cellen: BehoefteCel[];
}

const ND = DOELGROEPEN.length;
const NK = KADERS.length;
// kaderRecord and the per-doelgroep records below spell out these orders for speed.
if (KADERS.join() !== 'onderwijs,jeugdwet,zvw,wlz,wpg,wmo' || DOELGROEPEN.join() !== 'gedrag,lvb_ml,lb,emb,lz') {
  throw new Error('rekenkern: de volgorde van KADERS of DOELGROEPEN is veranderd; pas behoefte.ts aan');
}

/** Precomputed tables for one normenset and scope. */
interface ScopeTabellen {
  taken: string[];
  /** unit[d*NK + k] */
  unit: Float64Array;
  /** unitP[(p*ND + d)*NK + k]: the part of unit[d][k] that professional p contributes. */
  unitP: Float64Array;
  /** fteUnit[d*NP + p] = A[p][d]/100 · Σ_{t∈S} c[p][t] */
  fteUnit: Float64Array;
  /** Σ_{t∈S} c[p][t] / Σ_t c[p][t] (0 when p has no task shares). */
  aandeel: Float64Array;
}

function scopeTabellen(ns: Normenset, scope: ScopeKeuze): ScopeTabellen {
  const taken = scopeTaken(scope, ns.taken);
  const idx = taken.map((id) => ns.taken.findIndex((t) => t.id === id));
  const NP = ns.professionals.length;
  const unit = new Float64Array(ND * NK);
  const unitP = new Float64Array(NP * ND * NK);
  const fteUnit = new Float64Array(ND * NP);
  const aandeel = new Float64Array(NP);
  for (let p = 0; p < NP; p++) {
    const cp = ns.c[p];
    let inScope = 0;
    for (const t of idx) inScope += cp[t];
    let alle = 0;
    for (let t = 0; t < cp.length; t++) alle += cp[t];
    aandeel[p] = alle > 0 ? inScope / alle : 0;
    const Ap = ns.ftePer100[p];
    const tarief = ns.tarief[p];
    for (let d = 0; d < ND; d++) {
      const fpp = Ap[d] / 100;
      fteUnit[d * NP + p] = fpp * inScope;
      const basis = fpp * tarief;
      if (basis === 0) continue;
      const o = (p * ND + d) * NK;
      for (const t of idx) {
        const ct = cp[t];
        if (ct === 0) continue;
        const m = ns.mix[GROEPEN[ns.taakGroep[t]]][p][d];
        const f = basis * ct;
        for (let k = 0; k < NK; k++) unitP[o + k] += f * m[k];
      }
      for (let k = 0; k < NK; k++) unit[d * NK + k] += unitP[o + k];
    }
  }
  return { taken, unit, unitP, fteUnit, aandeel };
}

function kaderRecord(v: ArrayLike<number>, o = 0): KaderBedragen {
  return { onderwijs: v[o], jeugdwet: v[o + 1], zvw: v[o + 2], wlz: v[o + 3], wpg: v[o + 4], wmo: v[o + 5] };
}

/** unit[d][k](S): normative cost per pupil in € per doelgroep and kader for a scope. */
export function eenheidskosten(normenset: Normenset, scope: ScopeKeuze): Record<Doelgroep, KaderBedragen> {
  const { unit } = scopeTabellen(normenset, scope);
  return Object.fromEntries(DOELGROEPEN.map((d, i) => [d, kaderRecord(unit, i * NK)])) as Record<Doelgroep, KaderBedragen>;
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

  // Schools and gemeenten, in the order of the lists given, then of first appearance.
  const schoolIndex = new Map<string, number>();
  const schoolCodes: string[] = [];
  const schoolNamen: string[] = [];
  const vestiging: (string | undefined)[] = [];
  const schoolVan = (code: string, naam?: string, vg?: string) => {
    let i = schoolIndex.get(code);
    if (i === undefined) {
      i = schoolCodes.length;
      schoolIndex.set(code, i);
      schoolCodes.push(code);
      schoolNamen.push(naam ?? code);
      vestiging.push(vg);
    }
    return i;
  };
  for (const s of invoer.scholen ?? []) schoolVan(s.code, s.naam, s.vestigingsgemeente);
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

  // Pupils per cell (school × woongemeente) and doelgroep. First index every school and gemeente,
  // so that a cell is found at s·NG + g.
  const leerlingen = invoer.leerlingen;
  const rijSchool = new Int32Array(leerlingen.length);
  const rijGem = new Int32Array(leerlingen.length);
  const rijD = new Int32Array(leerlingen.length);
  for (let i = 0; i < leerlingen.length; i++) {
    const l = leerlingen[i];
    const d = dIndex.get(l.doelgroep);
    if (d === undefined) throw new Error(`leerlingen[${i}]: onbekende doelgroep "${l.doelgroep}"`);
    if (!(Number.isFinite(l.aantal) && l.aantal >= 0)) throw new Error(`leerlingen[${i}]: het aantal moet een getal van 0 of meer zijn (is ${l.aantal})`);
    rijD[i] = d;
    rijSchool[i] = schoolVan(l.school);
    rijGem[i] = gemeenteVan(l.woongemeente);
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
  // Cell lookup: a dense table when schools × gemeenten is small (the usual case), else a Map.
  const dicht = schoolCodes.length * NG <= 1 << 20 ? new Int32Array(schoolCodes.length * NG).fill(-1) : null;
  const celIndex = new Map<number, number>();
  const zoekCel = (s: number, g: number): number => (dicht ? dicht[s * NG + g] : (celIndex.get(s * NG + g) ?? -1));
  const celSchool = new Int32Array(leerlingen.length);
  const celGem = new Int32Array(leerlingen.length);
  const celN = new Float64Array(leerlingen.length * ND);
  let NC = 0;
  for (let i = 0; i < leerlingen.length; i++) {
    const s = rijSchool[i];
    const g = rijGem[i];
    let c = zoekCel(s, g);
    if (c < 0) {
      c = NC++;
      if (dicht) dicht[s * NG + g] = c;
      else celIndex.set(s * NG + g, c);
      celSchool[c] = s;
      celGem[c] = g;
    }
    celN[c * ND + rijD[i]] += leerlingen[i].aantal;
  }

  const NS = schoolCodes.length;

  // Normative cost per cell and pupils per school and doelgroep.
  const celKost = new Float64Array(NC * NK);
  const celLeerlingen = new Float64Array(NC);
  const schoolN = new Float64Array(NS * ND);
  const cellenVanSchool: number[][] = Array.from({ length: NS }, () => []);
  for (let c = 0; c < NC; c++) {
    const s = celSchool[c];
    cellenVanSchool[s].push(c);
    const o = c * NK;
    let n = 0;
    for (let d = 0; d < ND; d++) {
      const aantal = celN[c * ND + d];
      if (aantal === 0) continue;
      n += aantal;
      schoolN[s * ND + d] += aantal;
      const u = d * NK;
      for (let k = 0; k < NK; k++) celKost[o + k] += aantal * unit[u + k];
    }
    celLeerlingen[c] = n;
  }

  // Formatie per school (normative).
  const schoolFte = new Float64Array(NS * NP);
  for (let s = 0; s < NS; s++) {
    for (let d = 0; d < ND; d++) {
      const n = schoolN[s * ND + d];
      if (n === 0) continue;
      for (let p = 0; p < NP; p++) schoolFte[s * NP + p] += n * fteUnit[d * NP + p];
    }
  }

  // Schools with an inventarisatie: their cells get new amounts in `invKost` (flag `heeftInv`).
  // A school without pupils may need one extra cell on its vestigingsgemeente.
  const extraCellen: { s: number; g: number }[] = [];
  const invKost = new Float64Array((NC + invPerSchool.size) * NK);
  const heeftInv = new Uint8Array(NC + invPerSchool.size);
  const kost = new Float64Array(NK);
  const gezien = new Uint8Array(NP);
  for (const [s, rijen] of invPerSchool) {
    kost.fill(0);
    gezien.fill(0);
    const nS = schoolN.subarray(s * ND, (s + 1) * ND);
    for (const r of rijen) {
      if (!gezien[r.p]) {
        gezien[r.p] = 1;
        schoolFte[s * NP + r.p] = 0;
      }
      const fteS = r.fte * aandeel[r.p];
      schoolFte[s * NP + r.p] += fteS;
      const bedrag = fteS * ns.tarief[r.p];
      if (bedrag === 0) continue;
      const verdeling = kaderVerdeling(r.kaders, r.p, nS, unitP, ns.w);
      if (!verdeling) throw new Error(`inventarisatie van school ${schoolCodes[s]}: geen kaderverdeling voor ${ns.professionals[r.p].id} in deze scope`);
      for (let k = 0; k < NK; k++) kost[k] += bedrag * verdeling[k];
    }
    // Normative part of the unlisted professionals.
    for (let p = 0; p < NP; p++) {
      if (gezien[p]) continue;
      for (let d = 0; d < ND; d++) {
        const n = nS[d];
        if (n === 0) continue;
        const o = (p * ND + d) * NK;
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
      let c = zoekCel(s, g);
      if (c < 0) {
        c = NC + extraCellen.length;
        extraCellen.push({ s, g });
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
  let leerlingenTotaal = 0;
  for (let s = 0; s < NS; s++) {
    const inv = invPerSchool.has(s);
    const perWoongemeente: BehoefteWoongemeente[] = [];
    const kost = new Float64Array(NK);
    let n = 0;
    for (const c of cellenVanSchool[s]) {
      const extra = c >= NC;
      const g = extra ? extraCellen[c - NC].g : celGem[c];
      const bron = heeftInv[c] ? invKost : celKost;
      const o = c * NK;
      const perKader = kaderRecord(bron, o);
      let totaal = 0;
      for (let k = 0; k < NK; k++) {
        const v = bron[o + k];
        totaal += v;
        kost[k] += v;
        gemKost[g * NK + k] += v;
      }
      const aantal = extra ? 0 : celLeerlingen[c];
      n += aantal;
      gemLeerlingen[g] += aantal;
      gemGebruikt[g] = 1;
      perWoongemeente.push({ gemeente: gemCodes[g], leerlingen: aantal, totaal, perKader });
      alleCellen.push({ school: schoolCodes[s], gemeente: gemCodes[g], leerlingen: aantal, perKader, totaal, inventarisatie: inv });
    }
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
    const o = s * ND;
    const leerlingenPerDoelgroep: Record<Doelgroep, number> = { gedrag: schoolN[o], lvb_ml: schoolN[o + 1], lb: schoolN[o + 2], emb: schoolN[o + 3], lz: schoolN[o + 4] };
    leerlingenTotaal += n;
    perSchool.push({ school: schoolCodes[s], naam: schoolNamen[s], inventarisatie: inv, leerlingen: n, leerlingenPerDoelgroep, totaal, perKader: kaderRecord(kost), perWoongemeente, fte, fteTotaal });
  }

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
  return {
    normenset: ns.id,
    scope: { naam: scopeNaam(scope, ns.taken), taken: tab.taken },
    taken: tab.taken.slice(),
    leerlingen: leerlingenTotaal,
    totaal,
    perKader: kaderRecord(totaalKader),
    perSchool,
    perGemeente,
    perDoelgroep: Object.fromEntries(DOELGROEPEN.map((d, i) => [d, kaderRecord(unit, i * NK)])) as Record<Doelgroep, KaderBedragen>,
    perProfessional,
    fteTotaal,
    cellen: alleCellen,
  };
}

/**
 * Kader shares for an inventarisatie row of professional p: its own split, else the normative mix
 * of p at the school (pupils nS per doelgroep), else the national mix of p (weights w).
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
      for (let d = 0; d < ND; d++) s += gewicht[d] * unitP[(p * ND + d) * NK + k];
      return s;
    });
  return normaliseer(gewogen(nS)) ?? normaliseer(gewogen(w));
}
