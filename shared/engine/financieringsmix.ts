import { DOELGROEPEN, KADERS, type Doelgroep, type Kader } from '../domain/labels';
import { pasBiproportioneelAan, type Aanpassing } from './biproportioneel';

/**
 * Financing mix per task group (rekenmodel §1.4): how the national cost of professional p for
 * doelgroep d in one task group is spread over the kaders, fitted with IPF so that
 *  - per (p, d) the shares add up to 1 (the row total M[p][d]) and
 *  - nationally the kader totals equal the group's column of tabel 2.5 (scaled to Σ M).
 */

/** Kaders that never pay for a doelgroep (elig = 0). */
export const UITGESLOTEN_KADERS: readonly { doelgroep: Doelgroep; kader: Kader; reden: string }[] = [
  { doelgroep: 'gedrag', kader: 'wlz', reden: 'par. 5.1: bij gedragsproblematiek wordt de Wlz "in het geheel niet" ingezet' },
];

const ND = DOELGROEPEN.length;
const NK = KADERS.length;

function eligibiliteit(): number[][] {
  const elig = DOELGROEPEN.map(() => KADERS.map(() => 1));
  for (const u of UITGESLOTEN_KADERS) elig[DOELGROEPEN.indexOf(u.doelgroep)][KADERS.indexOf(u.kader)] = 0;
  return elig;
}

export interface Financieringsmix {
  /** mix[p][d][k]: share of kader k in the cost of professional p for doelgroep d (Σ_k = 1). */
  mix: number[][][];
  /** The fitted national costs X[p][d][k] in €. */
  kosten: number[][][];
  aanpassing: Omit<Aanpassing, 'X'>;
  /** Rows (p, d) with cost whose prior·elig was all zero, so the seed fell back to elig alone. */
  zonderPrior: { p: number; d: number }[];
}

/**
 * @param M national cost M[p][d] of professional p for doelgroep d in this group (€)
 * @param prior prior[p][k] (prior_financiering, any non-negative scale)
 * @param kaderTotalen the group's national total per kader (€), scaled here to Σ M
 */
export function pasFinancieringsmixAan(M: readonly (readonly number[])[], prior: readonly (readonly number[])[], kaderTotalen: readonly number[]): Financieringsmix {
  const NP = M.length;
  const elig = eligibiliteit();
  const seed = new Float64Array(NP * ND * NK);
  const rijTotalen = new Float64Array(NP * ND);
  const startMix: number[][][] = [];
  const zonderPrior: { p: number; d: number }[] = [];
  let somM = 0;
  for (let p = 0; p < NP; p++) {
    startMix.push([]);
    for (let d = 0; d < ND; d++) {
      let rij = KADERS.map((_, k) => prior[p][k] * elig[d][k]);
      let s = rij.reduce((a, b) => a + b, 0);
      if (!(s > 0)) {
        if (M[p][d] > 0) zonderPrior.push({ p, d });
        rij = elig[d].slice();
        s = rij.reduce((a, b) => a + b, 0);
      }
      startMix[p].push(rij.map((v) => v / s));
      const m = Math.max(0, M[p][d]);
      rijTotalen[p * ND + d] = m;
      somM += m;
      for (let k = 0; k < NK; k++) seed[(p * ND + d) * NK + k] = m * rij[k];
    }
  }
  const kolom = kaderTotalen.map((v) => Math.max(0, v));
  const somKolom = kolom.reduce((a, b) => a + b, 0);
  const kolomTotalen = kolom.map((v) => (somKolom > 0 ? (v * somM) / somKolom : 0));

  const { X, ...aanpassing } = pasBiproportioneelAan(seed, NP * ND, NK, rijTotalen, kolomTotalen);

  const mix: number[][][] = [];
  const kosten: number[][][] = [];
  for (let p = 0; p < NP; p++) {
    mix.push([]);
    kosten.push([]);
    for (let d = 0; d < ND; d++) {
      const o = (p * ND + d) * NK;
      const rij = Array.from(X.subarray(o, o + NK));
      const s = rij.reduce((a, b) => a + b, 0);
      kosten[p].push(rij);
      mix[p].push(s > 0 ? rij.map((v) => v / s) : startMix[p][d]);
    }
  }
  return { mix, kosten, aanpassing, zonderPrior };
}
