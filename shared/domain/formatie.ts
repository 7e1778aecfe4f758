/**
 * Fte and hours of care and support at school. Tabel 2.2 of the report counts care time per
 * professional in fte; the inventarisatiekader records hours ("hoeveel uren van welk type zorg
 * noodzakelijk is", NJi Leidraad 2025, r. 338). The app stores fte and converts hours with the figure
 * the report itself uses for every tariff (the normenset's kengetal `urenPerFte`).
 */

/** Hours per year in one fte (the normenset's kengetal `urenPerFte`; a test keeps them equal). */
export const UREN_PER_FTE = 1659;

export const UREN_PER_FTE_BRON = {
  document: 'DSP-groep & Oberon (2022), Naar collectieve financiering van Zorg in Onderwijstijd',
  plaats: 'par. 1.2.4, r. 1185–1187 en voetnoot 36 (r. 1822)',
  tekst:
    'Het rapport rekent alle tarieven om met "1fte staat voor 1.659 uur per jaar" (r. 1187); voetnoot 36: "In het onderwijs staat 1 fte staat voor 1.659 uur per jaar" (de normjaartaak van een volledige betrekking in de cao po; bron in het rapport: PO-Raad en AOb over de 40-urige werkweek). De app gebruikt dat getal ook om uren van zorgprofessionals op school om te rekenen; werkt een zorgaanbieder met een andere jaarnorm, reken de uren dan zelf om en vul fte in.',
} as const;

/** Hours per year as fte. */
export function urenNaarFte(uren: number): number {
  return uren / UREN_PER_FTE;
}
