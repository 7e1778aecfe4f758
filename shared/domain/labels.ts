/** Fixed index sets of the rekenmodel, with the Dutch labels users see. */

export const DOELGROEPEN = ['gedrag', 'lvb_ml', 'lb', 'emb', 'lz'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

export const DOELGROEP_LABEL: Record<Doelgroep, string> = {
  gedrag: 'Gedrags-/psychische problematiek',
  lvb_ml: '(L)VB / moeilijk lerend',
  lb: 'Lichamelijk beperkt',
  emb: 'Ernstig meervoudig beperkt',
  lz: 'Langdurig ziek',
};

export const DOELGROEP_KORT: Record<Doelgroep, string> = {
  gedrag: 'Gedrag',
  lvb_ml: 'LVB/ML',
  lb: 'LB',
  emb: 'EMB',
  lz: 'LZ',
};

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
