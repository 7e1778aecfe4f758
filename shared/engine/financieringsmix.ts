import { DOELGROEPEN, KADERS, type Doelgroep, type Kader } from '../domain/labels';
import { pasMargesAan, type Marge } from './biproportioneel';
import { NSECTOR } from './sector';

/**
 * Financing mix per task group, professional, doelgroep and sector (rekenmodel §1.4 and v2 §11):
 * how the national cost of professional p for doelgroep d in sector σ in task group g is spread over
 * the kaders, fitted with IPF over the array X[g][p][d][σ][k] so that
 *  - per (g, p, d, σ) the shares add up to 1 (the row total M[g][p][d][σ]),
 *  - per group the kader totals equal the group's column of tabel 2.5 (scaled to Σ M of the group),
 *  - every share target that is made a margin holds over the broad cost (all groups): the cost of
 *    the selected cells in the target's kaders is `aandeel` × the selected cost.
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

/** A share target as the fit sees it: which cells (p, d, σ) and which kaders, and the share. */
export interface AandeelMarge {
  selectie: (p: number, d: number, s: number) => boolean;
  kaders: readonly number[];
  aandeel: number;
}

export interface Financieringsmix {
  /** mix[g][p][d][σ][k]: share of kader k in the cost of p for d in σ in group g (Σ_k = 1). */
  mix: number[][][][][];
  /** Share of the target's kaders in the fitted broad cost of its cells, per target given. */
  aandelen: (m: Omit<AandeelMarge, 'aandeel'>) => number;
  rondes: number;
  maxFout: number;
  geconvergeerd: boolean;
  /** The fitted national costs X[g][p][d][σ][k] in €, flat; a warm start for a fit with more margins. */
  X: Float64Array;
  /** Rows (p, d) with cost whose prior·elig was all zero, so the seed fell back to elig alone. */
  zonderPrior: { p: number; d: number }[];
}

/**
 * @param M M[g][p][d][σ]: national cost in € per group
 * @param prior prior[p][k] (prior_financiering, any non-negative scale)
 * @param kaderTotalen per group the national total per kader (€), scaled here to Σ M of the group
 * @param doelen share targets to meet as margins (must be jointly feasible with the rest)
 * @param opties.start the X of an earlier fit of the same M, prior and kader totals with a subset of
 *   these targets: IPF from there gives the same result as from the seed (an I-projection onto the
 *   smaller set of margins, then onto the larger one, is the I-projection onto the larger), faster.
 */
export function pasFinancieringsmixAan(
  M: readonly (readonly (readonly (readonly number[])[])[])[],
  prior: readonly (readonly number[])[],
  kaderTotalen: readonly (readonly number[])[],
  doelen: readonly AandeelMarge[],
  opties: { maxRondes?: number; start?: Float64Array } = {},
): Financieringsmix {
  const NG = M.length;
  const NP = NG ? M[0].length : 0;
  const NR = NG * NP * ND * NSECTOR;
  const n = NR * NK;
  const elig = eligibiliteit();
  const seed = new Float64Array(n);
  const rijDoel = new Float64Array(NR);
  const startMix: number[][][] = [];
  const zonderPrior: { p: number; d: number }[] = [];
  for (let p = 0; p < NP; p++) {
    startMix.push([]);
    for (let d = 0; d < ND; d++) {
      let rij = KADERS.map((_, k) => prior[p][k] * elig[d][k]);
      let s = rij.reduce((a, b) => a + b, 0);
      if (!(s > 0)) {
        if (M.some((Mg) => Mg[p][d].some((v) => v > 0))) zonderPrior.push({ p, d });
        rij = elig[d].slice();
        s = rij.reduce((a, b) => a + b, 0);
      }
      startMix[p].push(rij.map((v) => v / s));
    }
  }
  const rijIndex = (g: number, p: number, d: number, s: number) => ((g * NP + p) * ND + d) * NSECTOR + s;
  for (let g = 0; g < NG; g++)
    for (let p = 0; p < NP; p++)
      for (let d = 0; d < ND; d++)
        for (let s = 0; s < NSECTOR; s++) {
          const r = rijIndex(g, p, d, s);
          const m = Math.max(0, M[g][p][d][s]);
          rijDoel[r] = m;
          for (let k = 0; k < NK; k++) seed[r * NK + k] = m * startMix[p][d][k];
        }

  // Margins: the share targets first, then the kader totals per group, then the rows (met exactly).
  const marges: Marge[] = [];
  for (const doel of doelen) {
    const groep = new Int32Array(n).fill(-1);
    let totaal = 0;
    for (let g = 0; g < NG; g++)
      for (let p = 0; p < NP; p++)
        for (let d = 0; d < ND; d++)
          for (let s = 0; s < NSECTOR; s++) {
            if (!doel.selectie(p, d, s)) continue;
            const r = rijIndex(g, p, d, s);
            totaal += rijDoel[r];
            for (let k = 0; k < NK; k++) groep[r * NK + k] = doel.kaders.includes(k) ? 0 : 1;
          }
    marges.push({ groep, doel: Float64Array.of(doel.aandeel * totaal, (1 - doel.aandeel) * totaal) });
  }
  const kolomGroep = new Int32Array(n);
  const kolomDoel = new Float64Array(NG * NK);
  for (let g = 0; g < NG; g++) {
    let somM = 0;
    for (let r = g * NP * ND * NSECTOR; r < (g + 1) * NP * ND * NSECTOR; r++) {
      somM += rijDoel[r];
      for (let k = 0; k < NK; k++) kolomGroep[r * NK + k] = g * NK + k;
    }
    const kolom = kaderTotalen[g].map((v) => Math.max(0, v));
    const somKolom = kolom.reduce((a, b) => a + b, 0);
    kolom.forEach((v, k) => (kolomDoel[g * NK + k] = somKolom > 0 ? (v * somM) / somKolom : 0));
  }
  marges.push({ groep: kolomGroep, doel: kolomDoel });
  const rijGroep = new Int32Array(n);
  for (let i = 0; i < n; i++) rijGroep[i] = Math.floor(i / NK);
  marges.push({ groep: rijGroep, doel: rijDoel });

  if (opties.start && opties.start.length !== n) throw new Error('financieringsmix: de startwaarde heeft de verkeerde grootte');
  const fit = pasMargesAan(opties.start ?? seed, marges, { maxRondes: opties.maxRondes });
  const X = fit.X;

  const mix = Array.from({ length: NG }, (_, g) =>
    Array.from({ length: NP }, (_, p) =>
      Array.from({ length: ND }, (_, d) =>
        Array.from({ length: NSECTOR }, (_, s) => {
          const o = rijIndex(g, p, d, s) * NK;
          const rij = Array.from(X.subarray(o, o + NK));
          const som = rij.reduce((a, b) => a + b, 0);
          return som > 0 ? rij.map((v) => v / som) : startMix[p][d].slice();
        }),
      ),
    ),
  );
  const aandelen = (m: Omit<AandeelMarge, 'aandeel'>) => {
    let teller = 0;
    let noemer = 0;
    for (let g = 0; g < NG; g++)
      for (let p = 0; p < NP; p++)
        for (let d = 0; d < ND; d++)
          for (let s = 0; s < NSECTOR; s++) {
            if (!m.selectie(p, d, s)) continue;
            const o = rijIndex(g, p, d, s) * NK;
            for (let k = 0; k < NK; k++) {
              noemer += X[o + k];
              if (m.kaders.includes(k)) teller += X[o + k];
            }
          }
    return noemer > 0 ? teller / noemer : 0;
  };
  return { mix, aandelen, rondes: fit.rondes, maxFout: fit.maxFout, geconvergeerd: fit.geconvergeerd, X, zonderPrior };
}
