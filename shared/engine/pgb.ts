import { KADERS, type Kader } from '../domain/labels';
import type { NormParameterBron } from './normenset';

/**
 * Pgb-aandeel per kader (rekenmodel-v2 §7): the share of a kader's care cost that is paid through a
 * persoonsgebonden budget. Part of the normenset and overridable per regio like every norm.
 */
export type PgbAandelen = Record<Kader, number>;

export const LANDELIJK_PGB_AANDEEL: Readonly<PgbAandelen> = {
  onderwijs: 0,
  jeugdwet: 0.24,
  zvw: 0.02,
  wlz: 0.52,
  wpg: 0,
  wmo: 0,
};

/** The kaders whose pgb-aandeel a regio can set (onderwijs knows no pgb), in the order of the table. */
export const PGB_KADERS = ['wlz', 'jeugdwet', 'zvw', 'wmo', 'wpg'] as const satisfies readonly Kader[];
export type PgbKader = (typeof PGB_KADERS)[number];

const GEPUBLICEERD: NormParameterBron = {
  parameter: 'pgbAandeel',
  naam: 'Pgb-aandeel Wlz, Jeugdwet en Zvw',
  soort: 'gepubliceerd',
  beschrijving:
    'Het deel van de zorgkosten per kader dat nu via een persoonsgebonden budget wordt betaald: Wlz 52%, Jeugdwet 24%, Zvw 2%. In een variant kiest u per kader of het pgb-deel in de pot gaat of bij de ouders blijft; wat individueel betaald wordt, loopt via "Ouders (pgb)" naar de school en haar zorgaanbieders.',
  bron: 'DSP-groep & Oberon (2022), figuur 2.5 (r. 2669–2671) en bijlage (r. 5025–5029)',
};
const AANNAME: NormParameterBron = {
  parameter: 'pgbAandeel',
  naam: 'Pgb-aandeel Wmo, Wpg en onderwijs',
  soort: 'aanname',
  beschrijving: 'Het rapport noemt geen pgb-aandeel voor de Wmo; de app rekent met 0%. Wpg en onderwijs kennen geen pgb (0%).',
  bron: 'Aanname (rekenmodel-v2 §7)',
};

export const PGB_BRONNEN: readonly NormParameterBron[] = [GEPUBLICEERD, AANNAME];

/** Where the national pgb-aandeel of each kader comes from. */
export const PGB_BRON: Readonly<Record<PgbKader, NormParameterBron>> = { wlz: GEPUBLICEERD, jeugdwet: GEPUBLICEERD, zvw: GEPUBLICEERD, wmo: AANNAME, wpg: AANNAME };

/** The pgb shares with a regio's overrides (kader → fraction) applied. */
export function pgbAandelen(overrides: Partial<Record<Kader, number>> = {}): PgbAandelen {
  return Object.fromEntries(KADERS.map((k) => [k, overrides[k] ?? LANDELIJK_PGB_AANDEEL[k]])) as PgbAandelen;
}
