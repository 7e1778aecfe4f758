/**
 * Sheet names as messages show them. A name can hold characters that change how text around it is
 * displayed (right-to-left overrides, which can make "Leerlingen" look like something else) or that
 * are invisible; they are shown as a visible code such as [U+202E]. Letters from another script that
 * look like Latin ones (a Cyrillic "е" in "Lееrlingen") are pointed out, since the sheet is then not
 * the one the user thinks.
 */

/** Bidi controls, zero-width and other invisible format characters, and control characters. */
const ONZICHTBAAR = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const LATIJN = /\p{Script=Latin}/u;
const LIJKT_OP_LATIJN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

function code(c: string): string {
  return `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/** The name with invisible and direction characters made visible, and a note on look-alike letters. */
export function toonBladnaam(naam: string): string {
  const zichtbaar = naam.trim().replace(ONZICHTBAAR, code);
  const notities: string[] = [];
  if (zichtbaar !== naam.trim()) notities.push('bevat onzichtbare tekens of tekens die de leesrichting omdraaien');
  if (LATIJN.test(naam) && LIJKT_OP_LATIJN.test(naam)) notities.push('bevat letters uit een ander schrift die op Latijnse letters lijken');
  return notities.length ? `"${zichtbaar}" (let op: de naam ${notities.join(' en ')})` : zichtbaar;
}
