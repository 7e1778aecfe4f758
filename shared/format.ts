/**
 * Dutch (nl-NL) formatting of numbers, money and percentages, for screens, CLI and exports.
 *
 * Negative figures carry the typographic minus sign (U+2212), in front of the euro sign:
 * "−€ 302.761", "−12,5%", "−3". One form everywhere, mirroring "+€ 302.761" for a difference; the
 * Excel number formats use the same form (`EURO_FORMAAT`).
 */

/** The minus sign of every negative figure shown. */
export const MIN = '\u2212';

/** Excel number format for whole euros in the same form: "€ 1.234" and "−€ 1.234". */
export const EURO_FORMAAT = '"€ "#,##0;"\u2212€ "#,##0';

const getalFormats = new Map<number, Intl.NumberFormat>();

export function formatGetal(n: number, decimalen = 0): string {
  let f = getalFormats.get(decimalen);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen });
    getalFormats.set(decimalen, f);
  }
  // Avoid "-0" for values that round to zero.
  const s = f.format(n);
  if (/^-0(,0*)?$/.test(s)) return s.slice(1);
  return s.startsWith('-') ? MIN + s.slice(1) : s;
}

/** "€ 1.234.567", negative "−€ 1.234.567"; whole euros unless decimals are asked for. */
export function formatEuro(n: number, decimalen = 0): string {
  const s = formatGetal(Math.abs(n), decimalen);
  return n < 0 && s.replace(/[0,.]/g, '') !== '' ? `${MIN}€ ${s}` : `€ ${s}`;
}

/** A change in whole euros with its sign: "+€ 1.234", "−€ 1.234"; under half a euro "€ 0". */
export function formatEuroVerschil(x: number): string {
  return Math.abs(x) < 0.5 ? formatEuro(0) : `${x > 0 ? '+' : ''}${formatEuro(x)}`;
}

/** A change per inhabitant in cents with its sign: "+€ 1,23", "−€ 1,23"; "–" where there is none. */
export function formatPerInwonerVerschil(x: number | null): string {
  return x === null ? '–' : `${x >= 0.005 ? '+' : ''}${formatEuro(x, 2)}`;
}

/** "€ 12,3 mln" for large amounts in summaries. */
export function formatMiljoen(n: number, decimalen = 1): string {
  return `${formatEuro(n / 1e6, decimalen)} mln`;
}

/** A fraction as percentage: 0.125 → "12,5%". */
export function formatPct(fractie: number, decimalen = 1): string {
  return `${formatGetal(fractie * 100, decimalen)}%`;
}

/** Dutch enumeration: "a", "a en b", "a, b en c". */
export function opsomming(woorden: readonly string[]): string {
  return woorden.length <= 1 ? woorden.join('') : `${woorden.slice(0, -1).join(', ')} en ${woorden[woorden.length - 1]}`;
}
