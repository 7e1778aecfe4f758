/**
 * National figures that texts on screen quote, without loading the normenset JSON. A test checks
 * that they equal the normenset's kengetallen.
 */

/** Pupils in the (v)so cluster 3 and 4, 2021 (DSP-groep & Oberon 2022, par. 1.2.1): the national N. */
export const LANDELIJK_LEERLINGEN = 62821;
