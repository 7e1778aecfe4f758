import { bewaardBij } from '../bewaard';
import { gemeenteId, schoolId, swvId, verzekeraarId } from './partijen';
import type { RoutesInvoer, RoutesRegio } from './typen';

/**
 * Step 1 of the pot calculation: index the gemeenten, schools and cel parts, and find each cel
 * part's betalend samenwerkingsverband (rekenmodel-v2 §6): the po-SWV of the woongemeente for so,
 * its vo-SWV for vso; where the gemeente has none (or the sector is unknown), the school's own SWV.
 */
export interface CelIndex {
  NG: number;
  gemCode: string[];
  gemId: string[];
  gemNaam: string[];
  gemInRegio: boolean[];
  gemInwoners: number[];
  gemLeerlingen: Float64Array;
  /** Cel indices per school index. */
  cellenVanSchool: number[][];
  /** Gemeente index per cel. */
  celGem: Int32Array;
  /** Per school index: its vestigingsgemeente index (−1 when unknown), its SWV party id, its party id. */
  schoolVestiging: number[];
  schoolSwv: string[];
  schoolId: string[];
  /** Verzekeraar party ids in the regio's order. */
  vzId: string[];
  /** Every SWV that appears (listed, of a school, or named by a gemeente), in that order. */
  swvIds: string[];
  /** The same SWVs by number (index in swvIds): the betalend SWV per cel and each school's own SWV. */
  celSwvNr: Int32Array;
  schoolSwvNr: Int32Array;
  swvNaam: Map<string, string>;
  /** Pupils whose betalend SWV fell back to their school's SWV. */
  terugvalLeerlingen: number;
}

const nlAantal = (x: number) => x.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

export function indexeerCellen(invoer: RoutesInvoer, regio: RoutesRegio, waarschuwingen: string[]): CelIndex {
  // Gemeenten: the regio's list, then any gemeente only named in the cells (outside the regio).
  const gemIndex = new Map<string, number>();
  const gemCode: string[] = [];
  const gemNaam: string[] = [];
  const gemInRegio: boolean[] = [];
  const gemInwoners: number[] = [];
  const gemSwv: Array<{ so?: string; vso?: string }> = [];
  const voegGemeenteToe = (code: string, naam: string, inRegio: boolean, inwoners: number, swv: { so?: string; vso?: string }) => {
    const i = gemCode.length;
    gemIndex.set(code, i);
    gemCode.push(code);
    gemNaam.push(naam);
    gemInRegio.push(inRegio);
    gemInwoners.push(inwoners);
    gemSwv.push(swv);
    return i;
  };
  for (const g of regio.gemeenten) {
    if (!gemIndex.has(g.code)) voegGemeenteToe(g.code, g.naam, g.inRegio, g.inwoners0tot17, { so: g.swvPo || undefined, vso: g.swvVo || undefined });
  }
  const gemeenteVan = (code: string) => gemIndex.get(code) ?? voegGemeenteToe(code, code, false, 0, {});

  // Schools of the regio; cells of unknown schools are an error (no SWV, no vestigingsgemeente).
  const schoolIndex = new Map<string, number>();
  regio.scholen.forEach((s, i) => {
    if (!schoolIndex.has(s.code)) schoolIndex.set(s.code, i);
  });
  const NS = regio.scholen.length;
  const schoolSwv = regio.scholen.map((s) => swvId(s.swv));
  const cellenVanSchool: number[][] = Array.from({ length: NS }, () => []);
  const celGem = new Int32Array(invoer.cellen.length);
  const celSwv: string[] = new Array(invoer.cellen.length);
  let terugvalLeerlingen = 0;
  let terugvalCellen = 0;
  invoer.cellen.forEach((c, i) => {
    const s = schoolIndex.get(c.school);
    if (s === undefined) throw new Error(`school ${c.school} staat niet in de scholenlijst van de regio (nodig voor vestigingsgemeente en samenwerkingsverband)`);
    cellenVanSchool[s].push(i);
    const g = gemeenteVan(c.gemeente);
    celGem[i] = g;
    const schoolSector = regio.scholen[s].sector;
    const sector = c.sector ?? (schoolSector === 'so' || schoolSector === 'vso' ? schoolSector : undefined);
    const betalend = sector ? gemSwv[g][sector] : undefined;
    if (betalend) celSwv[i] = swvId(betalend);
    else {
      celSwv[i] = schoolSwv[s];
      terugvalLeerlingen += c.leerlingen ?? 0;
      terugvalCellen++;
    }
  });
  if (terugvalCellen > 0) {
    waarschuwingen.push(
      `Voor ${nlAantal(terugvalLeerlingen)} leerlingen is het samenwerkingsverband van hun woongemeente niet bekend (Samenwerkingsverband PO/VO bij de gemeente, of de sector van de leerling): daar betaalt het samenwerkingsverband van hun school.`,
    );
  }

  const swvNaam = new Map(regio.samenwerkingsverbanden.map((x) => [swvId(x.code), x.naam]));
  const swvIds = [...new Set([...regio.samenwerkingsverbanden.map((x) => swvId(x.code)), ...schoolSwv, ...celSwv])];
  const swvNr = new Map(swvIds.map((id, w) => [id, w]));
  const celSwvNr = new Int32Array(celSwv.length);
  for (let i = 0; i < celSwv.length; i++) celSwvNr[i] = swvNr.get(celSwv[i])!;
  const schoolSwvNr = new Int32Array(NS);
  for (let s = 0; s < NS; s++) schoolSwvNr[s] = swvNr.get(schoolSwv[s])!;
  const gemLeerlingen = new Float64Array(gemCode.length);
  invoer.cellen.forEach((c, i) => (gemLeerlingen[celGem[i]] += c.leerlingen ?? 0));

  return {
    NG: gemCode.length,
    gemCode,
    gemId: gemCode.map(gemeenteId),
    gemNaam,
    gemInRegio,
    gemInwoners,
    gemLeerlingen,
    cellenVanSchool,
    celGem,
    schoolVestiging: regio.scholen.map((s) => gemIndex.get(s.vestigingsgemeente) ?? -1),
    schoolSwv,
    schoolId: regio.scholen.map((s) => schoolId(s.code)),
    vzId: regio.zorgverzekeraars.map((v) => verzekeraarId(v.naam)),
    swvIds,
    celSwvNr,
    schoolSwvNr,
    swvNaam,
    terugvalLeerlingen,
  };
}

/**
 * The index of a set of cells for a regio, kept while both live: a what-if that changes only the
 * variant (the cells come from a kept need, the regio from the regio cache) indexes them once. The
 * index is never changed after it is built; its warnings are repeated for every caller.
 */
const indices = new WeakMap<readonly object[], WeakMap<RoutesRegio, { ci: CelIndex; waarschuwingen: string[] }>>();
export function celIndexVoor(invoer: RoutesInvoer, regio: RoutesRegio, waarschuwingen: string[]): CelIndex {
  const bekend = bewaardBij(indices, invoer.cellen, regio, () => {
    const eigen: string[] = [];
    return { ci: indexeerCellen(invoer, regio, eigen), waarschuwingen: eigen };
  });
  waarschuwingen.push(...bekend.waarschuwingen);
  return bekend.ci;
}
