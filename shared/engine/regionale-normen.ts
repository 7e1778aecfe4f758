import { z } from 'zod';
import { DOELGROEPEN, DOELGROEP_KORT } from '../domain/labels';
import { formatEuro, formatGetal } from '../format';
import type { Normenset } from './normenset';

/**
 * A regional normenset: the national one with some values replaced for one regio, e.g. the regio's
 * own tarief for a jeugdhulp professional or its own fte per 100 pupils. The derivation itself
 * (doelgroepmix, financing mix, task shares) stays national.
 */
export const NormAanpassingSchema = z.discriminatedUnion('parameter', [
  z.strictObject({ parameter: z.literal('tarief'), professional: z.string().min(1), waarde: z.number().finite().min(0).max(1_000_000), toelichting: z.string().max(500).default('') }),
  z.strictObject({
    parameter: z.literal('ftePer100'),
    professional: z.string().min(1),
    doelgroep: z.enum(DOELGROEPEN),
    waarde: z.number().finite().min(0).max(1000),
    toelichting: z.string().max(500).default(''),
  }),
]);
export type NormAanpassing = z.output<typeof NormAanpassingSchema>;

export const NORM_PARAMETER_LABEL: Record<NormAanpassing['parameter'], string> = {
  tarief: 'Tarief per fte',
  ftePer100: 'Fte per 100 leerlingen',
};

/** Where an override applies, for messages and lists: "Logopedist, tarief" or "Logopedist, EMB". */
export function aanpassingPlaats(ns: Normenset, a: NormAanpassing): string {
  const naam = ns.professionals.find((p) => p.id === a.professional)?.naam ?? a.professional;
  return a.parameter === 'tarief' ? `${naam}, tarief per fte` : `${naam}, fte per 100 leerlingen ${DOELGROEP_KORT[a.doelgroep]}`;
}

/** The national value that an override replaces. */
export function landelijkeWaarde(ns: Normenset, a: NormAanpassing): number {
  const p = ns.professionals.findIndex((x) => x.id === a.professional);
  if (p < 0) throw new Error(`onbekende professional "${a.professional}"`);
  return a.parameter === 'tarief' ? ns.tarief[p] : ns.ftePer100[p][DOELGROEPEN.indexOf(a.doelgroep)];
}

/** The normenset with the regio's overrides applied; the same object when there are none. */
export function pasNormensetAan(ns: Normenset, aanpassingen: readonly NormAanpassing[]): Normenset {
  if (!aanpassingen.length) return ns;
  const tarief = [...ns.tarief];
  const ftePer100 = ns.ftePer100.map((rij) => [...rij]);
  const ftePer100Sector = ns.ftePer100Sector.map((rij) => rij.map((cel) => [...cel]));
  for (const a of aanpassingen) {
    const p = ns.professionals.findIndex((x) => x.id === a.professional);
    if (p < 0) throw new Error(`onbekende professional "${a.professional}"`);
    if (a.parameter === 'tarief') tarief[p] = a.waarde;
    else {
      // The sector values follow the regio's value with their national so/vso ratio.
      const d = DOELGROEPEN.indexOf(a.doelgroep);
      const oud = ns.ftePer100[p][d];
      ftePer100[p][d] = a.waarde;
      ftePer100Sector[p][d] = ns.ftePer100Sector[p][d].map((v) => (oud > 0 ? (v * a.waarde) / oud : a.waarde));
    }
  }
  const eenheid = (a: NormAanpassing, w: number) => (a.parameter === 'tarief' ? formatEuro(w) : formatGetal(w, 2));
  return {
    ...ns,
    id: `${ns.id}+regionaal`,
    naam: `${ns.naam}, regionaal aangepast`,
    tarief,
    ftePer100,
    ftePer100Sector,
    bronnen: [
      ...ns.bronnen,
      ...aanpassingen.map((a) => ({
        parameter: a.parameter,
        naam: `Regionaal aangepast: ${aanpassingPlaats(ns, a)}`,
        soort: 'keuze' as const,
        beschrijving: `${eenheid(a, a.waarde)} in plaats van landelijk ${eenheid(a, landelijkeWaarde(ns, a))}.${a.toelichting ? ` ${a.toelichting}` : ''}`,
        bron: 'Regionale normenset van deze regio',
      })),
    ],
  };
}
