/**
 * "Kleine aantallen": the one place where the suppression rule for shared reports lives. Both
 * workbooks (berekening and OOGO) and the OOGO report view show what these functions return.
 *
 * The finest pupil figure of a regio is a Leerlingen cell: pupils of one school, living in one
 * woongemeente, in one doelgroep. Every other pupil count is a sum of such cells. The rule:
 *
 * 1. A cell of 1 to 4 pupils is shown as "<5".
 * 2. A sum of cells is shown only when none of its cells is hidden; otherwise it is left out ("x").
 *    So every count that is shown adds up visible cells only, and no combination of shown counts
 *    (row minus columns, a total minus its parts, across sheets) can give back a hidden cell.
 * 3. An amount per pupil is left out when its pupil count is not shown.
 *    In the OOGO report (`toonTotaal`) such a total is not left out but rounded to tens ("ca. 760"):
 *    a large gemeente keeps its totals, and a rounded total gives no small count back exactly.
 * 4. An amount for part of a gemeente's pupils (one school, or the schools of one SWV) is left out
 *    when a hidden cell lies in that part: with the norm amounts per pupil it would give the count
 *    back. Amounts per gemeente (all its pupils) and per school (all its pupils) stay: they are what
 *    the report is about. For a gemeente or school with very few pupils such an amount can still
 *    be divided by the norm amounts; the Toelichting says so.
 */
import { KLEIN_AANTAL, WEGGELATEN, type Afgerond, type Getoond, type GetoondBedrag } from '../../shared/export/oogo-typen';
import { formatGetal } from '../../shared/format';

/** Counts from 1 up to (not including) this threshold are hidden. */
export const DREMPEL = 5;

export function isKlein(n: number): boolean {
  return n > 0 && n < DREMPEL;
}

/** One cell: the count, or "<5" when the rule is on and it is 1–4. */
export function toonAantal(n: number, aan: boolean): Getoond {
  return aan && isKlein(n) ? KLEIN_AANTAL : n;
}

/** A sum of cells: left out ("x") when the rule is on and one of them is hidden. */
export function toonSom(cellen: Iterable<number>, aan: boolean): Getoond {
  let som = 0;
  let verborgen = false;
  for (const n of cellen) {
    som += n;
    if (isKlein(n)) verborgen = true;
  }
  if (aan && verborgen) return WEGGELATEN;
  return toonAantal(som, aan);
}

/** Totals with a hidden count in them are rounded to this multiple in the OOGO report. */
export const AFRONDING = 10;

/**
 * A total of the OOGO report (rule 3 as the report applies it): the exact sum when none of its cells
 * is hidden, else the sum rounded to tens ("ca. 760"); a sum of hidden cells only (under 10) stays "x".
 */
export function toonTotaal(cellen: Iterable<number>, aan: boolean): Getoond {
  let som = 0;
  let verborgen = false;
  for (const n of cellen) {
    som += n;
    if (isKlein(n)) verborgen = true;
  }
  if (!aan || !verborgen) return toonAantal(som, aan);
  const afgerond = Math.round(som / AFRONDING) * AFRONDING;
  return afgerond >= AFRONDING ? (`ca. ${formatGetal(afgerond)}` as Afgerond) : WEGGELATEN;
}

/** An amount per pupil: left out when the count is not shown; null without pupils. */
export function toonPerLeerling(bedrag: number, leerlingen: Getoond): GetoondBedrag | null {
  if (typeof leerlingen !== 'number') return WEGGELATEN;
  return leerlingen > 0 ? bedrag / leerlingen : null;
}

/** An amount for part of a gemeente's pupils: left out when the rule is on and one of its cells is hidden. */
export function toonDeelbedrag(bedrag: number, cellen: Iterable<number>, aan: boolean): GetoondBedrag {
  if (aan) for (const n of cellen) if (isKlein(n)) return WEGGELATEN;
  return bedrag;
}

/** True when the value is one of the markers of this rule. */
export function isVerborgen(w: unknown): w is typeof KLEIN_AANTAL | typeof WEGGELATEN | Afgerond {
  return w === KLEIN_AANTAL || w === WEGGELATEN || (typeof w === 'string' && w.startsWith('ca. '));
}

/**
 * The Leerlingen cells of a regio grouped per school × woongemeente, to apply rules 2 and 4 to
 * money at that level (a flow from a gemeente to a school).
 */
export class Cellen {
  private readonly perPaar = new Map<string, number[]>();

  constructor(leerlingen: readonly { school: string; woongemeente: string; aantal: number }[]) {
    for (const l of leerlingen) {
      const k = Cellen.sleutel(l.school, l.woongemeente);
      const lijst = this.perPaar.get(k);
      if (lijst) lijst.push(l.aantal);
      else this.perPaar.set(k, [l.aantal]);
    }
  }

  private static sleutel(school: string, gemeente: string): string {
    return `${school}\u0000${gemeente}`;
  }

  /** The doelgroep cells of one school × woongemeente (empty when there are none). */
  van(school: string, gemeente: string): readonly number[] {
    return this.perPaar.get(Cellen.sleutel(school, gemeente)) ?? [];
  }

  /** True when one of the cells of this school × woongemeente is hidden. */
  heeftKleine(school: string, gemeente: string): boolean {
    return this.van(school, gemeente).some(isKlein);
  }
}

/** What the rule did, for the Toelichting of both workbooks and the report view. */
export function kleineAantallenUitleg(aan: boolean, rapport = false): string[] {
  if (!aan) {
    return [
      'Kleine aantallen zijn niet afgeschermd: hierin staan alle aantallen leerlingen, ook aantallen van 1 tot en met 4. Een leerling kan daaraan herkenbaar zijn; deel dit alleen met wie de gegevens mag zien (AVG).',
    ];
  }
  if (rapport) {
    return [
      `Kleine aantallen zijn afgeschermd, zodat dit rapport gedeeld kan worden. Alleen wat een leerling herkenbaar kan maken is afgeschermd: een aantal leerlingen van 1 tot en met ${DREMPEL - 1} op één school, uit één gemeente en in één doelgroep staat er als "${KLEIN_AANTAL}".`,
      `Een totaal waarin zo'n aantal zit, is afgerond op tientallen en staat er als "ca. 760": zo houdt ook een grote gemeente haar totalen, maar is een klein aantal er niet precies uit terug te rekenen. Een totaal van alleen kleine aantallen (minder dan ${AFRONDING / 2}) staat er als "${WEGGELATEN}", net als een bedrag voor een deel van de leerlingen van een gemeente (de scholen van één samenwerkingsverband) waarin een afgeschermd aantal zit.`,
      'Bedragen per gemeente en per school (over al hun leerlingen) staan er wel: daar gaat het overleg over. Bij een gemeente of school met heel weinig leerlingen kan iemand met de normbedragen per leerling wel een aantal schatten.',
    ];
  }
  return [
    `Kleine aantallen zijn afgeschermd, zodat dit gedeeld kan worden. Een aantal leerlingen van 1 tot en met ${DREMPEL - 1} staat er als "${KLEIN_AANTAL}".`,
    `Een getal waaruit zo'n aantal terug te rekenen is, is weggelaten en staat er als "${WEGGELATEN}": elk totaal van leerlingen waarin een afgeschermd aantal zit, een bedrag per leerling bij een afgeschermd of weggelaten aantal, en een bedrag voor een deel van de leerlingen van een gemeente (één school, of de scholen van één samenwerkingsverband) waarin een afgeschermd aantal zit, zoals een geldstroom van een gemeente naar één school. Een totaal over een kolom met een "${WEGGELATEN}" is ook weggelaten.`,
    'Bedragen per gemeente en per school (over al hun leerlingen) staan er wel: daar gaat het overleg over. Bij een gemeente of school met heel weinig leerlingen kan iemand met de normbedragen per leerling wel een aantal schatten.',
  ];
}
