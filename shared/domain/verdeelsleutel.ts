/**
 * The verdeelsleutels of a variant (rekenmodel §3) and their names. Apart from the variant's schema
 * (shared/engine/variant.ts, which re-exports them) so that a screen that only names a key, such
 * as the Overzicht, does not build that schema when it loads.
 */
export const VERDEELSLEUTELS = ['zorggebruik', 'leerlingen', 'jeugdigen', 'vast', 'mix', 'normkosten'] as const;
export type VerdeelsleutelType = (typeof VERDEELSLEUTELS)[number];

/** The keys in words. The id `zorggebruik` stays in files; users read "eigen leerlingen" (see VERDEELSLEUTEL_EIGEN_LEERLINGEN_UITLEG). */
export const VERDEELSLEUTEL_LABEL: Record<VerdeelsleutelType, string> = {
  zorggebruik: 'eigen leerlingen',
  leerlingen: 'leerlingen',
  jeugdigen: 'jeugdigen (inwoners 0–17)',
  vast: 'vaste percentages',
  mix: 'mix van eigen leerlingen en jeugdigen',
  normkosten: 'normkosten (eigen leerlingen volgens de landelijke norm)',
};
