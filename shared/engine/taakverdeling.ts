import { pasBiproportioneelAan, type Aanpassing } from './biproportioneel';

/**
 * Task split per task group (rekenmodel §1.5): how the group cost G_g[p] of each professional is
 * spread over the group's tasks, fitted with RAS so that per professional the split adds up to
 * G_g[p] and nationally each task's total equals tabel 2.4 (scaled to Σ_p G_g[p]).
 */

export interface PriorTaakRij {
  professional: string;
  taak: string;
  gewicht: number;
}

/**
 * Prior weight of each task in `taken` for professional `p`: a row for p overrides the `*` row of
 * that task; a task without any row weighs 0; a professional whose weights are all 0 gets weight 1
 * per task.
 */
export function priorTaakGewichten(rijen: readonly PriorTaakRij[], p: string, taken: readonly string[]): number[] {
  const gewichten = taken.map((t) => {
    const eigen = rijen.find((r) => r.professional === p && r.taak === t);
    if (eigen) return eigen.gewicht;
    return rijen.find((r) => r.professional === '*' && r.taak === t)?.gewicht ?? 0;
  });
  return gewichten.some((g) => g > 0) ? gewichten : taken.map(() => 1);
}

export interface Taakverdeling {
  /** split[p][i]: share of task taken[i] in G_g[p] (Σ_i = 1). */
  split: number[][];
  aanpassing: Omit<Aanpassing, 'X'>;
}

/**
 * @param G group cost per professional (€)
 * @param prior prior[p][i] weights for the group's tasks
 * @param taakKosten published national cost per task of the group (€), scaled here to Σ G
 */
export function pasTaakverdelingAan(G: readonly number[], prior: readonly (readonly number[])[], taakKosten: readonly number[]): Taakverdeling {
  const NP = G.length;
  const NT = taakKosten.length;
  const seed = new Float64Array(NP * NT);
  for (let p = 0; p < NP; p++) for (let i = 0; i < NT; i++) seed[p * NT + i] = Math.max(0, G[p]) * prior[p][i];
  const somG = G.reduce((a, b) => a + Math.max(0, b), 0);
  const somT = taakKosten.reduce((a, b) => a + b, 0);
  const kolomTotalen = taakKosten.map((v) => (somT > 0 ? (v * somG) / somT : 0));
  const { X, ...aanpassing } = pasBiproportioneelAan(seed, NP, NT, G.map((g) => Math.max(0, g)), kolomTotalen);
  const split: number[][] = [];
  for (let p = 0; p < NP; p++) {
    const rij = Array.from(X.subarray(p * NT, (p + 1) * NT));
    const s = rij.reduce((a, b) => a + b, 0);
    const ps = prior[p].reduce((a, b) => a + b, 0);
    split.push(s > 0 ? rij.map((v) => v / s) : prior[p].map((v) => (ps > 0 ? v / ps : 1 / NT)));
  }
  return { split, aanpassing };
}
