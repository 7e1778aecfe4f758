/**
 * Biproportional fitting of a non-negative matrix to given row and column totals: alternately
 * scale every row to its total and every column to its total (the IPF of rekenmodel §1.4 and the
 * RAS of §1.5 are this same procedure on different matrices). Stops when, after a column step,
 * the largest relative row error is below the tolerance, or after `maxRondes` rounds.
 *
 * Zeros in the seed stay zero (structural zeros: e.g. no Wlz for gedrag). The column totals must
 * add up to the row totals; callers scale them first.
 */

export interface AanpassingOpties {
  tolerantie?: number;
  maxRondes?: number;
}

export interface Aanpassing {
  /** The fitted matrix, row-major (rijen × kolommen). */
  X: Float64Array;
  rondes: number;
  /** Largest |row sum − row total| / row total over rows with a positive total, after the last round. */
  maxRijfout: number;
  /** Largest relative column error after the last round (0 up to rounding: the last step fits columns). */
  maxKolomfout: number;
  geconvergeerd: boolean;
}

export const STANDAARD_TOLERANTIE = 1e-9;
export const STANDAARD_MAX_RONDES = 20_000;

export function pasBiproportioneelAan(
  seed: ArrayLike<number>,
  rijen: number,
  kolommen: number,
  rijTotalen: ArrayLike<number>,
  kolomTotalen: ArrayLike<number>,
  opties: AanpassingOpties = {},
): Aanpassing {
  const tol = opties.tolerantie ?? STANDAARD_TOLERANTIE;
  const max = opties.maxRondes ?? STANDAARD_MAX_RONDES;
  const X = Float64Array.from(seed);
  if (X.length !== rijen * kolommen) throw new Error('biproportionele aanpassing: de startmatrix heeft de verkeerde grootte');
  const kolomSom = new Float64Array(kolommen);

  const rijfout = (): number => {
    let fout = 0;
    for (let i = 0; i < rijen; i++) {
      const doel = rijTotalen[i];
      if (!(doel > 0)) continue;
      let s = 0;
      for (let j = 0, o = i * kolommen; j < kolommen; j++) s += X[o + j];
      const f = Math.abs(s - doel) / doel;
      if (f > fout) fout = f;
    }
    return fout;
  };

  // At least one round: a seed whose rows already fit still needs its columns fitted.
  let rondes = 0;
  let maxRijfout = Infinity;
  while (rondes < max && !(maxRijfout < tol)) {
    rondes++;
    // Rows.
    for (let i = 0; i < rijen; i++) {
      const o = i * kolommen;
      let s = 0;
      for (let j = 0; j < kolommen; j++) s += X[o + j];
      const doel = rijTotalen[i];
      const f = s > 0 && doel > 0 ? doel / s : 0;
      for (let j = 0; j < kolommen; j++) X[o + j] *= f;
    }
    // Columns.
    kolomSom.fill(0);
    for (let i = 0; i < rijen; i++) for (let j = 0, o = i * kolommen; j < kolommen; j++) kolomSom[j] += X[o + j];
    for (let j = 0; j < kolommen; j++) {
      const doel = kolomTotalen[j];
      kolomSom[j] = kolomSom[j] > 0 && doel > 0 ? doel / kolomSom[j] : 0;
    }
    for (let i = 0; i < rijen; i++) for (let j = 0, o = i * kolommen; j < kolommen; j++) X[o + j] *= kolomSom[j];
    maxRijfout = rijfout();
  }
  if (rondes === 0) maxRijfout = rijfout();

  kolomSom.fill(0);
  for (let i = 0; i < rijen; i++) for (let j = 0, o = i * kolommen; j < kolommen; j++) kolomSom[j] += X[o + j];
  let maxKolomfout = 0;
  for (let j = 0; j < kolommen; j++) {
    const doel = kolomTotalen[j];
    if (doel > 0) maxKolomfout = Math.max(maxKolomfout, Math.abs(kolomSom[j] - doel) / doel);
  }
  return { X, rondes, maxRijfout, maxKolomfout, geconvergeerd: maxRijfout < tol };
}

/**
 * One family of margins for `pasMargesAan`: a partition of (part of) the cells into groups, each
 * with a target total. `groep[i]` is the group of cell i, or -1 when the family leaves cell i free.
 */
export interface Marge {
  groep: Int32Array;
  doel: Float64Array;
}

export interface MargesAanpassing {
  X: Float64Array;
  rondes: number;
  /** Largest relative error over all groups with a positive target, after the last round. */
  maxFout: number;
  geconvergeerd: boolean;
}

/**
 * Iterative proportional fitting to several overlapping families of margins (the biproportional
 * fit above is the case of two families: rows and columns). Each round scales, family by family,
 * the cells of every group to its target; the last family is met exactly after each round. Stops
 * when the largest relative error of all families is below the tolerance. Zeros stay zero; when the
 * targets cannot be met together the fit does not converge, which the caller reads as "infeasible".
 */
export function pasMargesAan(seed: ArrayLike<number>, marges: readonly Marge[], opties: AanpassingOpties = {}): MargesAanpassing {
  const tol = opties.tolerantie ?? STANDAARD_TOLERANTIE;
  const max = opties.maxRondes ?? STANDAARD_MAX_RONDES;
  const X = Float64Array.from(seed);
  const n = X.length;
  // Zeros stay zero: each family only visits the positive cells it constrains.
  const families = marges.map((m) => {
    let aantal = 0;
    for (let i = 0; i < n; i++) if (m.groep[i] >= 0 && X[i] > 0) aantal++;
    const cellen = new Int32Array(aantal);
    const groepen = new Int32Array(aantal);
    for (let i = 0, j = 0; i < n; i++) {
      if (m.groep[i] >= 0 && X[i] > 0) {
        cellen[j] = i;
        groepen[j++] = m.groep[i];
      }
    }
    return { cellen, groepen, doel: m.doel, som: new Float64Array(m.doel.length) };
  });
  const somVan = (j: number) => {
    const { cellen, groepen, som } = families[j];
    som.fill(0);
    for (let c = 0; c < cellen.length; c++) som[groepen[c]] += X[cellen[c]];
    return som;
  };
  const fout = (): number => {
    let f = 0;
    for (let j = 0; j < families.length; j++) {
      const s = somVan(j);
      const doel = families[j].doel;
      for (let g = 0; g < doel.length; g++) if (doel[g] > 0) f = Math.max(f, Math.abs(s[g] - doel[g]) / doel[g]);
    }
    return f;
  };
  // The error is measured every CONTROLE rounds (it costs as much as a round). When it has not
  // halved over STILSTAND rounds the targets cannot be met together: stop early (not converged).
  const CONTROLE = 5;
  const STILSTAND = 400;
  // Scales family j's cells to its targets. A function of its own, called every round: the engine
  // optimises it as a whole, where loops nested in the round loop would run in on-stack-replaced
  // code that is thrown away each time an inner loop ends.
  const schaal = (j: number) => {
    const s = somVan(j);
    const { cellen, groepen, doel } = families[j];
    for (let g = 0; g < doel.length; g++) s[g] = s[g] > 0 && doel[g] > 0 ? doel[g] / s[g] : 0;
    for (let c = 0; c < cellen.length; c++) X[cellen[c]] *= s[groepen[c]];
  };
  let rondes = 0;
  let maxFout = Infinity;
  let vorige = { ronde: 0, fout: Infinity };
  while (rondes < max && !(maxFout < tol)) {
    rondes++;
    for (let j = 0; j < families.length; j++) schaal(j);
    if (rondes % CONTROLE !== 0 && rondes < max) continue;
    maxFout = fout();
    if (maxFout < vorige.fout / 2) vorige = { ronde: rondes, fout: maxFout };
    else if (rondes - vorige.ronde >= STILSTAND) break;
  }
  if (rondes === 0) maxFout = fout();
  return { X, rondes, maxFout, geconvergeerd: maxFout < tol };
}
