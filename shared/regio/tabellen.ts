/** The tables of a regio-bestand that can be imported one at a time (e.g. from a CSV). */
export const TABEL_IDS = ['gemeenten', 'samenwerkingsverbanden', 'scholen', 'leerlingen', 'zorgverzekeraars', 'inventarisaties'] as const;
export type TabelId = (typeof TABEL_IDS)[number];

export const TABEL_LABEL: Record<TabelId, string> = {
  gemeenten: 'Gemeenten',
  samenwerkingsverbanden: 'Samenwerkingsverbanden',
  scholen: 'Scholen',
  leerlingen: 'Leerlingen',
  zorgverzekeraars: 'Zorgverzekeraars',
  inventarisaties: 'Inventarisatie',
};
