/** The score scale of the ontwerptafel: 1 (worst) to 5 (best), 3 neutral. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const NEUTRALE_SCORE = 3;
