import { formatEuro } from '../../format';
import { MAX_INGROEI_JAREN } from '../variant';

/**
 * The ingroeipad (rekenmodel-v2 §10): how a new distribution is phased in. For each participating
 * in-regio gemeente g, h_g (start) is its contribution under `zorggebruik` in the same variant and
 * T_g (doel) under the variant's verdeelsleutel, both without uitvoeringskosten (so the same in
 * every route). For t = 1, 2, …:
 *
 *     d_g(t) = h_g + (T_g − h_g) · min(1, t/n)
 *     nadeel (T_g > h_g):   b_g(t) = min(d_g(t), b_g(t−1) + m · inwoners0tot17_g), b_g(0) = h_g
 *     S(t) = Σ_nadeel (d_g(t) − b_g(t))
 *     voordeel (T_g < h_g): b_g(t) = d_g(t) + S(t) · a_g(t) / Σ_voordeel a(t), a_g(t) = h_g − d_g(t)
 *     others: b_g(t) = d_g(t)
 *
 * Without m there is no cap (b = d). The path ends in the first year t ≥ n in which every b_g is
 * within 1 euro of T_g, at most 20 years; `voltooid` says whether it ended.
 */

export interface IngroeiGemeente {
  /** `gemeente:<code>`. */
  partij: string;
  naam: string;
  inwoners0tot17: number;
  /** h_g: its contribution under `zorggebruik` (without uitvoeringskosten). */
  start: number;
  /** T_g: its contribution under the variant's verdeelsleutel (without uitvoeringskosten). */
  doel: number;
}

export interface IngroeiJaar {
  /** t = 1, 2, …: the years of the new distribution. */
  jaar: number;
  /** b_g(t) in euro, in the order of `Ingroeipad.gemeenten` (the CLI keys them by party id). */
  bedragen: number[];
}

export interface Ingroeipad {
  /** n. */
  jaren: number;
  /** m in € per inwoner 0–17 per year; null: no cap. */
  maxNadeelPerInwoner: number | null;
  gemeenten: IngroeiGemeente[];
  pad: IngroeiJaar[];
  /** true when every gemeente reaches its target (to 1 euro) within 20 years. */
  voltooid: boolean;
  /** Dutch: why the path does not end, when it does not. */
  melding: string | null;
}

/** The path reaches the target when every gemeente is this close to it (euro). */
export const INGROEI_TOLERANTIE = 1;

/** Step t of the path: d(t) and b(t) from b(t−1). */
function ingroeiJaar(gemeenten: readonly IngroeiGemeente[], vorig: Float64Array, t: number, n: number, m: number | null): Float64Array {
  const G = gemeenten.length;
  const d = new Float64Array(G);
  const b = new Float64Array(G);
  const stap = Math.min(1, t / n);
  for (let g = 0; g < G; g++) d[g] = gemeenten[g].start + (gemeenten[g].doel - gemeenten[g].start) * stap;
  let tekort = 0;
  let somA = 0;
  for (let g = 0; g < G; g++) {
    const { start, doel, inwoners0tot17 } = gemeenten[g];
    if (doel > start) {
      b[g] = m === null ? d[g] : Math.min(d[g], vorig[g] + m * inwoners0tot17);
      tekort += d[g] - b[g];
    } else if (doel < start) somA += start - d[g];
    else b[g] = d[g];
  }
  for (let g = 0; g < G; g++) {
    const { start, doel } = gemeenten[g];
    if (doel < start) b[g] = d[g] + (somA > 0 ? (tekort * (start - d[g])) / somA : 0);
  }
  return b;
}

const bereikt = (gemeenten: readonly IngroeiGemeente[], b: Float64Array) => gemeenten.every((x, g) => Math.abs(b[g] - x.doel) < INGROEI_TOLERANTIE);

export function berekenIngroeipad(gemeenten: readonly IngroeiGemeente[], ingroei: { jaren: number; maxNadeelPerInwoner?: number }): Ingroeipad {
  const n = ingroei.jaren;
  const m = ingroei.maxNadeelPerInwoner ?? null;
  const pad: IngroeiJaar[] = [];
  let vorig: Float64Array = Float64Array.from(gemeenten, (x) => x.start);
  let voltooid = false;
  for (let t = 1; t <= MAX_INGROEI_JAREN; t++) {
    const b = ingroeiJaar(gemeenten, vorig, t, n, m);
    pad.push({ jaar: t, bedragen: Array.from(b) });
    vorig = b;
    if (t >= n && bereikt(gemeenten, b)) {
      voltooid = true;
      break;
    }
  }
  const melding = voltooid
    ? null
    : `Met ten hoogste ${formatEuro(m ?? 0, 2)} nadeel per inwoner van 0 tot en met 17 jaar per jaar bereiken niet alle gemeenten binnen ${MAX_INGROEI_JAREN} jaar hun bijdrage volgens de verdeelsleutel; het pad toont de eerste ${MAX_INGROEI_JAREN} jaar.`;
  return { jaren: n, maxNadeelPerInwoner: m, gemeenten: [...gemeenten], pad, voltooid, melding };
}

/** b_g(t) of one gemeente in one year of the path (`bedragen` follow the order of `gemeenten`). */
export function ingroeiBedrag(pad: Pick<Ingroeipad, 'gemeenten'>, jaar: IngroeiJaar, partij: string): number {
  let plek = plekken.get(pad.gemeenten);
  if (!plek) plekken.set(pad.gemeenten, (plek = new Map(pad.gemeenten.map((g, i) => [g.partij, i]))));
  const i = plek.get(partij);
  return i === undefined ? 0 : jaar.bedragen[i];
}
const plekken = new WeakMap<readonly IngroeiGemeente[], Map<string, number>>();
