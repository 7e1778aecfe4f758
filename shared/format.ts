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

/** Intl's nl-NL number format, for what `nlGetal` does not write itself. */
function intlGetal(n: number, decimalen: number): string {
  let f = getalFormats.get(decimalen);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen });
    getalFormats.set(decimalen, f);
  }
  return f.format(n);
}

/**
 * The nl-NL format of a finite number below 10²¹, written without Intl: the first Intl number
 * format of a page loads the browser's locale data (50–80 ms on this machine), which held back the
 * first screen. Like Intl, it rounds the number's shortest decimal form (the digits `String(n)`
 * gives: 1.005 → "1,01") half away from zero; a test compares the two on many numbers.
 */
function nlGetal(n: number, decimalen: number): string {
  if (decimalen === 0 && Number.isInteger(n) && Math.abs(n) < 1e15) return (n < 0 || Object.is(n, -0) ? '-' : '') + groepeer(String(Math.abs(n)));
  const [mantisse, exponent = '0'] = Math.abs(n).toString().split('e');
  const [heel, breuk = ''] = mantisse.split('.');
  let cijfers = heel + breuk;
  // Where the decimal point falls in `cijfers`; digits are added in front or behind as needed.
  let punt = heel.length + Number(exponent);
  if (punt < 0) {
    cijfers = '0'.repeat(-punt) + cijfers;
    punt = 0;
  }
  const tot = punt + decimalen;
  cijfers = cijfers.padEnd(tot + 1, '0');
  let gehouden = cijfers.slice(0, tot);
  if (cijfers.charCodeAt(tot) >= 53 /* '5' */) {
    gehouden = plusEen(gehouden);
    if (gehouden.length > tot) punt++;
  }
  const geheel = gehouden.slice(0, punt).replace(/^0+(?=\d)/, '') || '0';
  const gegroepeerd = groepeer(geheel);
  const min = n < 0 || Object.is(n, -0) ? '-' : '';
  return decimalen > 0 ? `${min}${gegroepeerd},${gehouden.slice(punt)}` : min + gegroepeerd;
}

/** Digits with a point between each group of three from the right: "1234567" → "1.234.567". */
function groepeer(cijfers: string): string {
  if (cijfers.length <= 3) return cijfers;
  const eerste = cijfers.length % 3 || 3;
  let uit = cijfers.slice(0, eerste);
  for (let i = eerste; i < cijfers.length; i += 3) uit += `.${cijfers.slice(i, i + 3)}`;
  return uit;
}

/** A string of decimal digits plus one ("0999" → "1000", "99" → "100"). */
function plusEen(cijfers: string): string {
  let i = cijfers.length - 1;
  while (i >= 0 && cijfers[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(cijfers.length)}`;
  return cijfers.slice(0, i) + String.fromCharCode(cijfers.charCodeAt(i) + 1) + '0'.repeat(cijfers.length - i - 1);
}

export function formatGetal(n: number, decimalen = 0): string {
  const s = Number.isFinite(n) && Math.abs(n) < 1e21 && decimalen <= 20 ? nlGetal(n, decimalen) : intlGetal(n, decimalen);
  // Avoid "-0" for values that round to zero.
  if (/^-0(,0*)?$/.test(s)) return s.slice(1);
  return s.startsWith('-') ? MIN + s.slice(1) : s;
}

/** Only for the test that `formatGetal` writes what Intl writes. */
export const formatGetalMetIntl = (n: number, decimalen = 0): string => intlGetal(n, decimalen);

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
