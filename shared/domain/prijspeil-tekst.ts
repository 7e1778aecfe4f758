/**
 * How every screen, chart, export and report states the price level of its amounts: one text, so
 * "prijspeil 2022" (or the regio's own year) reads the same everywhere.
 */
import { BASISJAAR, prijspeilLabel } from '../engine/prijspeil';

/** "prijspeil 2022"; without a prijspeil (older evaluations) the national one. */
export function prijspeilTekst(p?: { jaar: number } | null): string {
  return prijspeilLabel(p?.jaar ?? BASISJAAR);
}

/** The line under a title of amounts: "Bedragen in euro per schooljaar, prijspeil 2022". */
export function bedragenOnderschrift(p?: { jaar: number } | null): string {
  return `Bedragen in euro per schooljaar, ${prijspeilTekst(p)}`;
}
