import { z } from 'zod';
import { DOELGROEPEN, DOELGROEP_KORT, KADER_LABEL } from '../domain/labels';
import { formatEuro, formatGetal, formatPct } from '../format';
import { PGB_KADERS } from './pgb';
import type { Normenset } from './normenset';

/**
 * A regional normenset: the national one with some values replaced for one regio, e.g. the regio's
 * own tarief for a jeugdhulp professional, its own fte per 100 pupils or its own pgb-aandeel of a
 * kader. The derivation itself (doelgroepmix, financing mix, task shares) stays national.
 */
const Professional = z.string().trim().min(1).max(64);
const Sleutel = {
  tarief: { parameter: z.literal('tarief'), professional: Professional },
  ftePer100: { parameter: z.literal('ftePer100'), professional: Professional, doelgroep: z.enum(DOELGROEPEN) },
  pgbAandeel: { parameter: z.literal('pgbAandeel'), kader: z.enum(PGB_KADERS) },
};
const Waarde = {
  tarief: z.number().finite().min(0).max(1_000_000),
  ftePer100: z.number().finite().min(0).max(1000),
  /** A fraction: the screen shows and takes it as a percentage. */
  pgbAandeel: z.number().finite().min(0).max(1),
};
const Toelichting = z.string().max(500);

export const NormAanpassingSchema = z.discriminatedUnion('parameter', [
  z.strictObject({ ...Sleutel.tarief, waarde: Waarde.tarief, toelichting: Toelichting.default('') }),
  z.strictObject({ ...Sleutel.ftePer100, waarde: Waarde.ftePer100, toelichting: Toelichting.default('') }),
  z.strictObject({ ...Sleutel.pgbAandeel, waarde: Waarde.pgbAandeel, toelichting: Toelichting.default('') }),
]);
export type NormAanpassing = z.output<typeof NormAanpassingSchema>;

/** One change as the API takes it: a regional value, or `waarde` null to go back to the national one. */
export const NormWijzigingSchema = z.discriminatedUnion('parameter', [
  z.strictObject({ ...Sleutel.tarief, waarde: Waarde.tarief.nullable(), toelichting: Toelichting.optional() }),
  z.strictObject({ ...Sleutel.ftePer100, waarde: Waarde.ftePer100.nullable(), toelichting: Toelichting.optional() }),
  z.strictObject({ ...Sleutel.pgbAandeel, waarde: Waarde.pgbAandeel.nullable(), toelichting: Toelichting.optional() }),
]);
export type NormWijziging = z.output<typeof NormWijzigingSchema>;

/** What identifies an override: the parameter and its place (professional, doelgroep or kader). */
export type NormSleutel = NormAanpassing extends infer A ? (A extends NormAanpassing ? Omit<A, 'waarde' | 'toelichting'> : never) : never;

export const NORM_PARAMETER_LABEL: Record<NormAanpassing['parameter'], string> = {
  tarief: 'Tarief per fte',
  ftePer100: 'Fte per 100 leerlingen',
  pgbAandeel: 'Pgb-aandeel',
};

/** Where an override applies, for messages and lists: "Logopedist, tarief per fte" or "pgb-aandeel Wlz". */
export function aanpassingPlaats(ns: Normenset, a: NormSleutel): string {
  if (a.parameter === 'pgbAandeel') return `pgb-aandeel ${KADER_LABEL[a.kader]}`;
  const naam = ns.professionals.find((p) => p.id === a.professional)?.naam ?? a.professional;
  return a.parameter === 'tarief' ? `${naam}, tarief per fte` : `${naam}, fte per 100 leerlingen ${DOELGROEP_KORT[a.doelgroep]}`;
}

/** The national value that an override replaces. */
export function landelijkeWaarde(ns: Normenset, a: NormSleutel): number {
  if (a.parameter === 'pgbAandeel') return ns.pgbAandeel[a.kader];
  const p = professionalIndex(ns, a.professional);
  return a.parameter === 'tarief' ? ns.tarief[p] : ns.ftePer100[p][DOELGROEPEN.indexOf(a.doelgroep)];
}

/** The place of an override without its value, e.g. to go back to the national value. */
export function normSleutel(a: NormAanpassing): NormSleutel {
  if (a.parameter === 'pgbAandeel') return { parameter: a.parameter, kader: a.kader };
  if (a.parameter === 'tarief') return { parameter: a.parameter, professional: a.professional };
  return { parameter: a.parameter, professional: a.professional, doelgroep: a.doelgroep };
}

function professionalIndex(ns: Normenset, id: string): number {
  const p = ns.professionals.findIndex((x) => x.id === id);
  if (p < 0) throw new Error(`onbekende professional "${id}"`);
  return p;
}

/** A value of a parameter as the bron lines and the screen show it: € 95.000, 1,25 or 40%. */
export function toonNormWaarde(parameter: NormAanpassing['parameter'], w: number): string {
  if (parameter === 'tarief') return formatEuro(w);
  if (parameter === 'pgbAandeel') return formatPct(w, Number.isInteger(Math.round(w * 1000) / 10) ? 0 : 1);
  return formatGetal(w, 2);
}

/** The normenset with the regio's overrides applied; the same object when there are none. */
export function pasNormensetAan(ns: Normenset, aanpassingen: readonly NormAanpassing[]): Normenset {
  if (!aanpassingen.length) return ns;
  const tarief = [...ns.tarief];
  const ftePer100 = ns.ftePer100.map((rij) => [...rij]);
  const ftePer100Sector = ns.ftePer100Sector.map((rij) => rij.map((cel) => [...cel]));
  const pgbAandeel = { ...ns.pgbAandeel };
  for (const a of aanpassingen) {
    if (a.parameter === 'pgbAandeel') {
      pgbAandeel[a.kader] = a.waarde;
      continue;
    }
    const p = professionalIndex(ns, a.professional);
    if (a.parameter === 'tarief') tarief[p] = a.waarde;
    else {
      // The sector values follow the regio's value with their national so/vso ratio.
      const d = DOELGROEPEN.indexOf(a.doelgroep);
      const oud = ns.ftePer100[p][d];
      ftePer100[p][d] = a.waarde;
      ftePer100Sector[p][d] = ns.ftePer100Sector[p][d].map((v) => (oud > 0 ? (v * a.waarde) / oud : a.waarde));
    }
  }
  return {
    ...ns,
    id: `${ns.id}+regionaal`,
    naam: `${ns.naam}, regionaal aangepast`,
    tarief,
    ftePer100,
    ftePer100Sector,
    pgbAandeel,
    bronnen: [
      ...ns.bronnen,
      ...aanpassingen.map((a) => ({
        parameter: a.parameter,
        naam: `Regionaal aangepast: ${aanpassingPlaats(ns, a)}`,
        soort: 'keuze' as const,
        beschrijving: `${toonNormWaarde(a.parameter, a.waarde)} in plaats van landelijk ${toonNormWaarde(a.parameter, landelijkeWaarde(ns, a))}.${a.toelichting ? ` ${a.toelichting}` : ''}`,
        bron: 'Regionale normenset van deze regio',
      })),
    ],
  };
}
