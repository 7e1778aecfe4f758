/**
 * Numbers as Dutch users type them in text cells and CSV files: "1.234" is twelve hundred and
 * thirty-four, "12,5" is twelve and a half, "1.234,5" both. A point followed by anything other than
 * groups of three digits ("12.5", "0.62") or a comma before a point ("1,234.5") is English or
 * ambiguous notation and is refused with a message, never guessed.
 */

export type GetalLezing =
  | { ok: true; getal: number }
  /** `geenGetal`: the text is not a number at all; `onduidelijk`: it is, but in a notation we refuse. */
  | { ok: false; soort: 'geenGetal' | 'onduidelijk'; melding: string };

const SPATIES = /[\s\u00a0\u202f\u2009]+/g;
const GEHEEL = /^\d+$/;
const DUIZENDTAL_PUNT = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const DUIZENDTAL_SPATIE = /^[1-9]\d{0,2}(?: \d{3})+$/;
const DECIMAAL_KOMMA = /^\d*,\d+$/;
const DUIZENDTAL_PUNT_KOMMA = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
const DUIZENDTAL_SPATIE_KOMMA = /^[1-9]\d{0,2}(?: \d{3})+,\d+$/;
const DECIMAAL_PUNT = /^\d*\.\d+$/;
const ENGELS = /^\d{1,3}(?:,\d{3})+\.\d+$|^\d+,\d+\.\d+$/;

function onduidelijk(tekst: string, melding: string): GetalLezing {
  return { ok: false, soort: 'onduidelijk', melding: `onduidelijk getal "${tekst}": ${melding}` };
}

/** Parses a number written the Dutch way; the text is trimmed, a leading + or - (also "−") is allowed. */
export function leesNlGetal(tekst: string): GetalLezing {
  const origineel = tekst.trim();
  let s = origineel.replace(SPATIES, ' ');
  let teken = 1;
  if (/^[-−+]/.test(s)) {
    teken = s[0] === '+' ? 1 : -1;
    s = s.slice(1).trimStart();
  }
  let getal: number | undefined;
  if (GEHEEL.test(s)) getal = Number(s);
  else if (DUIZENDTAL_PUNT.test(s)) getal = Number(s.replaceAll('.', ''));
  else if (DUIZENDTAL_SPATIE.test(s)) getal = Number(s.replaceAll(' ', ''));
  else if (DECIMAAL_KOMMA.test(s)) getal = Number(s.replace(',', '.'));
  else if (DUIZENDTAL_PUNT_KOMMA.test(s)) getal = Number(s.replaceAll('.', '').replace(',', '.'));
  else if (DUIZENDTAL_SPATIE_KOMMA.test(s)) getal = Number(s.replaceAll(' ', '').replace(',', '.'));
  else if (ENGELS.test(s)) return onduidelijk(origineel, `schrijf getallen op z'n Nederlands, met een punt tussen duizendtallen en een komma voor decimalen (1.234,5)`);
  else if (DECIMAAL_PUNT.test(s)) {
    return onduidelijk(origineel, `gebruik een komma voor decimalen (${s.replace('.', ',')}); een punt staat alleen tussen duizendtallen (1.234)`);
  } else return { ok: false, soort: 'geenGetal', melding: `"${origineel}" is geen getal` };
  if (!Number.isFinite(getal)) return { ok: false, soort: 'geenGetal', melding: `"${origineel}" is geen getal` };
  return { ok: true, getal: teken * getal };
}

/**
 * Parses a share: "62%" or "62 %" is 0.62, "0,62" is 0.62. Values above 1 without a percent sign
 * are refused (is "62" meant as 62% or as 6200%?), as are negative values.
 */
export function leesNlAandeel(tekst: string): GetalLezing {
  const t = tekst.trim();
  const procent = t.endsWith('%');
  const r = leesNlGetal(procent ? t.slice(0, -1) : t);
  if (!r.ok) return r.soort === 'geenGetal' ? { ...r, melding: `"${t}" is geen percentage` } : r;
  return controleerAandeel(procent ? r.getal / 100 : r.getal, t, procent);
}

/** A share from a number cell (0.62, shown as 62% in Excel); the same bounds as `leesNlAandeel`. */
export function controleerAandeel(aandeel: number, zoalsGeschreven: string, metProcent = false): GetalLezing {
  if (aandeel < 0) return { ok: false, soort: 'onduidelijk', melding: `een aandeel mag niet negatief zijn, maar vond ${zoalsGeschreven}` };
  if (aandeel > 1 + 1e-9) {
    return {
      ok: false,
      soort: 'onduidelijk',
      melding: metProcent
        ? `een aandeel kan niet meer dan 100% zijn, maar vond ${zoalsGeschreven}`
        : `verwacht een percentage (62%) of een aandeel tussen 0 en 1 (0,62), maar vond ${zoalsGeschreven}; bedoelt u ${zoalsGeschreven}%?`,
    };
  }
  return { ok: true, getal: Math.min(aandeel, 1) };
}

/** A number as a Dutch reader writes it in a message: 12,5 / 1.234. */
export function toonGetal(n: number): string {
  return n.toLocaleString('nl-NL', { maximumFractionDigits: 10 });
}
