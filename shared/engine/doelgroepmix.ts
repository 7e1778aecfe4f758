/**
 * Least squares on the probability simplex (rekenmodel §1.1):
 *   w = argmin ‖A·w − b‖²  subject to  w ≥ 0, Σw = 1.
 *
 * Method: exact active-set enumeration. The problem is convex; its optimum has some support S
 * (the set of positive weights), and on S it is the equality-constrained least-squares solution,
 * which the KKT system gives directly. For the five doelgroepen there are 31 supports, so trying
 * every support, keeping the feasible solutions (all weights ≥ 0) and taking the one with the
 * smallest residual is exact, deterministic and fast (well under a millisecond). Supports whose
 * KKT system is singular are skipped.
 */

const MAX_KOLOMMEN = 12;

/** Solves M·x = y in place by Gaussian elimination with partial pivoting; null when singular. */
function los(M: number[][], y: number[]): number[] | null {
  const n = y.length;
  for (let i = 0; i < n; i++) {
    let piv = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(M[r][i]) > Math.abs(M[piv][i])) piv = r;
    if (Math.abs(M[piv][i]) < 1e-12) return null;
    if (piv !== i) {
      [M[i], M[piv]] = [M[piv], M[i]];
      [y[i], y[piv]] = [y[piv], y[i]];
    }
    for (let r = i + 1; r < n; r++) {
      const f = M[r][i] / M[i][i];
      if (f === 0) continue;
      for (let c = i; c < n; c++) M[r][c] -= f * M[i][c];
      y[r] -= f * y[i];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let c = i + 1; c < n; c++) s -= M[i][c] * x[c];
    x[i] = s / M[i][i];
  }
  return x;
}

export interface SimplexKleinsteKwadraten {
  w: number[];
  /** ‖A·w − b‖² at the solution. */
  residu: number;
}

/**
 * @param A rows × columns matrix (here 33 professionals × 5 doelgroepen)
 * @param b target per row (here the `totaal` column of tabel 2.2)
 */
export function kleinsteKwadratenOpSimplex(A: readonly (readonly number[])[], b: readonly number[]): SimplexKleinsteKwadraten {
  const m = A.length;
  const n = m ? A[0].length : 0;
  if (n === 0 || n > MAX_KOLOMMEN) throw new Error(`kleinste kwadraten op de simplex: ${n} kolommen wordt niet ondersteund (1 tot ${MAX_KOLOMMEN})`);
  if (b.length !== m) throw new Error('kleinste kwadraten op de simplex: A en b hebben niet evenveel rijen');

  // Normal equations once: Q = AᵀA, r = Aᵀb.
  const Q = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const r = new Array<number>(n).fill(0);
  for (let i = 0; i < m; i++) {
    const rij = A[i];
    for (let a = 0; a < n; a++) {
      r[a] += rij[a] * b[i];
      for (let c = 0; c < n; c++) Q[a][c] += rij[a] * rij[c];
    }
  }
  const residu = (w: number[]) => {
    let s = 0;
    for (let i = 0; i < m; i++) {
      let v = -b[i];
      for (let a = 0; a < n; a++) v += A[i][a] * w[a];
      s += v * v;
    }
    return s;
  };

  let beste: SimplexKleinsteKwadraten | null = null;
  for (let masker = 1; masker < 1 << n; masker++) {
    const S: number[] = [];
    for (let a = 0; a < n; a++) if (masker & (1 << a)) S.push(a);
    const k = S.length;
    // KKT: [Q_SS 1; 1ᵀ 0] [w_S; λ] = [r_S; 1]
    const M = Array.from({ length: k + 1 }, (_, i) =>
      Array.from({ length: k + 1 }, (_, j) => (i < k && j < k ? Q[S[i]][S[j]] : i === k && j === k ? 0 : 1)),
    );
    const y = [...S.map((a) => r[a]), 1];
    const x = los(M, y);
    if (!x) continue;
    if (x.slice(0, k).some((v) => v < -1e-12)) continue;
    const w = new Array<number>(n).fill(0);
    S.forEach((a, i) => (w[a] = Math.max(0, x[i])));
    const som = w.reduce((s, v) => s + v, 0);
    for (let a = 0; a < n; a++) w[a] /= som;
    const f = residu(w);
    if (!beste || f < beste.residu - 1e-15) beste = { w, residu: f };
  }
  if (!beste) throw new Error('kleinste kwadraten op de simplex: geen oplossing gevonden (de matrix is ontaard)');
  return beste;
}
