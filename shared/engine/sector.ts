import { pasBiproportioneelAan } from './biproportioneel';

/**
 * Sector (so / vso) in the normenset (rekenmodel v2 §11): fte per 100 pupils per professional,
 * doelgroep and sector, A[p][d][σ], consistent with both the doelgroep columns and the so/vso
 * columns of tabel 2.2.
 */

/** The two sectors a cel (part) has; a school can also be `so-vso`. */
export const CEL_SECTOREN = ['so', 'vso'] as const;
export type CelSector = (typeof CEL_SECTOREN)[number];
export const NSECTOR = CEL_SECTOREN.length;

export interface SectorAfleiding {
  /** A[p][d][σ]: fte per 100 pupils. */
  ftePer100: number[][][];
  /** The study dataset's pupil mix over doelgroep × sector assumed in the split, π[d][σ] (Σ = 1). */
  datasetMix: number[][];
}

/**
 * @param A A[p][d], the doelgroep columns of tabel 2.2
 * @param sectorKolommen per professional [so, vso] from tabel 2.2
 * @param w the doelgroep mix of the dataset (§1.1: fitted to the `totaal` column)
 * @param aandeelSoDataset share of so pupils in the dataset (0,46, footnote 14)
 *
 * The report gives no doelgroep mix per sector. We assume the same doelgroep mix w in so and vso:
 * π[d][σ] = w_d · aandeel_σ. (A least-squares mix per sector column, as §1.1 does for `totaal`, puts
 * LB only in so and LZ only in vso, and then blows up the fte of rare cells tenfold: too unstable.)
 * Per professional p, IPF over d × σ on X[d][σ] = π[d][σ] · A[p][d][σ] with seed A[p][d][σ] =
 * A[p][d]; rows Σ_σ X = w_d·A[p][d] (the doelgroep columns, kept exactly), columns Σ_d X =
 * aandeel_σ · A[p][σ] scaled to the row total (the so/vso ratio of the sector columns).
 * A[p][d][σ] = X / π. Where a sector column is 0 for p, so is A[p][·][σ].
 */
export function leidSectorAf(A: readonly (readonly number[])[], sectorKolommen: readonly (readonly number[])[], w: readonly number[], aandeelSoDataset: number): SectorAfleiding {
  const ND = w.length;
  const aandeel = [aandeelSoDataset, 1 - aandeelSoDataset];
  const datasetMix = w.map((wd) => aandeel.map((a) => wd * a));

  const ftePer100 = A.map((rij, p) => {
    const rijen = w.map((wd, d) => wd * rij[d]);
    const somRij = rijen.reduce((a, b) => a + b, 0);
    const kol = aandeel.map((a, s) => a * sectorKolommen[p][s]);
    const somKol = kol.reduce((a, b) => a + b, 0);
    if (!(somRij > 0) || !(somKol > 0)) return rij.map((a) => [a, a]);
    const start = new Float64Array(ND * NSECTOR);
    for (let d = 0; d < ND; d++) for (let s = 0; s < NSECTOR; s++) start[d * NSECTOR + s] = datasetMix[d][s] * rij[d];
    const X = pasBiproportioneelAan(
      start,
      ND,
      NSECTOR,
      rijen,
      kol.map((v) => (v * somRij) / somKol),
    ).X;
    return rij.map((a, d) => CEL_SECTOREN.map((_, s) => (datasetMix[d][s] > 0 && a > 0 ? X[d * NSECTOR + s] / datasetMix[d][s] : a)));
  });
  return { ftePer100, datasetMix };
}
