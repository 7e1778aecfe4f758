/**
 * The tables of a regio-bestand by id and Dutch name, without their descriptors: browser code that
 * only names a table (the import menu) need not load the zod schemas of `tabellen.ts`.
 */
export const TABEL_IDS = ['gemeenten', 'samenwerkingsverbanden', 'scholen', 'leerlingen', 'zorgverzekeraars', 'inventarisaties', 'tlvs', 'realisatie'] as const;
export type TabelId = (typeof TABEL_IDS)[number];

export const TABEL_LABEL: Record<TabelId, string> = {
  gemeenten: 'Gemeenten',
  samenwerkingsverbanden: 'Samenwerkingsverbanden',
  scholen: 'Scholen',
  leerlingen: 'Leerlingen',
  zorgverzekeraars: 'Zorgverzekeraars',
  inventarisaties: 'Inventarisatie',
  tlvs: "TLV's",
  realisatie: 'Realisatie',
};
