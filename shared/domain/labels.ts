import type { GemeenteStatus } from '../engine/routes/typen';
/** Fixed index sets of the rekenmodel, with the Dutch labels users see. */

export const DOELGROEPEN = ['gedrag', 'lvb_ml', 'lb', 'emb', 'lz'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

/** The report's own names of the five leerlingcategorieën (par. 5.1, r. 5119–5123). */
export const DOELGROEP_LABEL: Record<Doelgroep, string> = {
  gedrag: 'Gedrags-/psychische problematiek',
  lvb_ml: 'Verstandelijk beperkt / moeilijk lerend (VB/ZML)',
  lb: 'Lichamelijk beperkt',
  emb: 'Ernstig meervoudig beperkt',
  lz: 'Langdurig ziek',
};

export const DOELGROEP_KORT: Record<Doelgroep, string> = {
  gedrag: 'Gedrag',
  lvb_ml: 'VB/ZML',
  lb: 'LB',
  emb: 'EMB',
  lz: 'LZ',
};

/**
 * The name of the app's central figure: today's care and support priced at the national norms. The
 * report separates current provision from what will be needed (r. 2283: "Voorwaarde is dan
 * uiteraard wel dat de huidige omvang van de zorg en ondersteuning een redelijke indicatie geeft voor
 * wat straks nodig is"), so the app does not call it a "zorgbehoefte".
 */
export const ZORGKOSTEN_NORM = 'Zorgkosten (norm)';

/** What the app means by a school's "loketten", said where the word first appears on a screen or in a report. */
export const LOKETTEN_UITLEG =
  'Loketten zijn de partijen waarvan een school zorggeld ontvangt: de budgethouder van de pot plus de financiers die buiten de pot individueel blijven betalen.';

export const KADERS = ['onderwijs', 'jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo'] as const;
export type Kader = (typeof KADERS)[number];

export const KADER_LABEL: Record<Kader, string> = {
  onderwijs: 'Onderwijs',
  jeugdwet: 'Jeugdwet',
  zvw: 'Zvw',
  wlz: 'Wlz',
  wpg: 'Wpg',
  wmo: 'Wmo',
};

export const SECTOREN = ['so', 'vso', 'so-vso'] as const;
export type Sector = (typeof SECTOREN)[number];
export const SECTOR_LABEL: Record<Sector, string> = { so: 'so', vso: 'vso', 'so-vso': 'so en vso' };

export const SWV_TYPES = ['po', 'vo'] as const;
export type SwvType = (typeof SWV_TYPES)[number];

/** How a variant treats a gemeente's pupils' Jeugdwet/Wmo costs, in words (screen and exports). */
export const GEMEENTE_STATUS_LABEL: Record<GemeenteStatus, string> = {
  deelnemer: 'doet mee',
  niet_individueel: 'doet niet mee, blijft individueel betalen',
  niet_vestigingsgemeente: 'doet niet mee, de vestigingsgemeente betaalt',
  niet_herverdelen: 'doet niet mee, kosten herverdeeld over de deelnemers',
  buiten_individueel: 'buiten de regio, blijft individueel betalen',
  buiten_verrekening: 'buiten de regio, betaalt eigen kosten in de pot (verrekening)',
};

/** Who pays a kader today (rekenmodel §3), for a sentence. Wpg: gemeenten are responsible, the GGD carries it out (bijlage 1, r. 5731). */
export const KADER_FINANCIER: Record<Kader, string> = {
  onderwijs: 'de school (onderwijsmiddelen)',
  jeugdwet: 'de woongemeente',
  zvw: 'de zorgverzekeraars',
  wlz: 'het zorgkantoor',
  wpg: 'gemeenten, via de GGD (Wpg)',
  wmo: 'de woongemeente',
};
