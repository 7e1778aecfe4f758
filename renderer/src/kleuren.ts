import type { Kader } from '../../shared/domain/labels';

/** One colour per kader throughout the app (Okabe–Ito palette: distinguishable with colour blindness). */
export const KADER_KLEUR: Record<Kader, string> = {
  onderwijs: '#0072B2',
  jeugdwet: '#E69F00',
  zvw: '#009E73',
  wlz: '#CC79A7',
  wpg: '#56B4E9',
  wmo: '#D55E00',
};
