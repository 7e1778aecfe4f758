/**
 * Fte and hours of care and support at school. Tabel 2.2 of the report counts care time per
 * professional in fte; the inventarisatiekader records hours ("hoeveel uren van welk type zorg
 * noodzakelijk is", NJi Leidraad 2025, r. 338). The app stores fte and converts hours with one
 * documented figure.
 */

/** Hours per year in one fte. */
export const UREN_PER_FTE = 1659;

export const UREN_PER_FTE_BRON = {
  document: 'Cao primair onderwijs',
  plaats: 'normjaartaak',
  tekst:
    'Een volledige betrekking (1 fte) in het onderwijs is een normjaartaak van 1.659 uur per jaar (cao po). De app gebruikt dat getal ook voor zorgprofessionals op school; werkt een zorgaanbieder met een andere jaarnorm (bijvoorbeeld 36 uur per week, 1.872 uur), reken de uren dan zelf om en vul fte in.',
} as const;

/** Hours per year as fte. */
export function urenNaarFte(uren: number): number {
  return uren / UREN_PER_FTE;
}
