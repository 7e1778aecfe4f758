/**
 * The Dutch names of party kinds and flows used in the exports. The variant in words, the party
 * names and the status and financier labels are shared with the screens (shared/domain).
 */
import type { PartijSoort, StroomSoort } from '../../shared/engine';

export const PARTIJ_SOORT_LABEL: Record<PartijSoort, string> = {
  gemeente: 'gemeente',
  ggd: 'GGD',
  zorgkantoor: 'zorgkantoor',
  zorgverzekeraar: 'zorgverzekeraar',
  swv: 'samenwerkingsverband',
  school: 'school',
  entiteit: 'regionale entiteit',
  ouders: 'ouders (pgb)',
  scholen: 'scholen (onderwijs)',
};

/** Short, so a filter on the column stays readable; the header comment explains them (STROOM_SOORT_UITLEG). */
export const STROOM_SOORT_LABEL: Record<StroomSoort, string> = {
  individueel: 'individueel',
  bijdrage: 'bijdrage',
  budget: 'budget',
};
export const STROOM_SOORT_UITLEG = 'individueel: een financier betaalt een school rechtstreeks (zoals nu); bijdrage: een financier betaalt de budgethouder; budget: de budgethouder betaalt een school haar pot.';
