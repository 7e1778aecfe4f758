import type { z } from 'zod';

/** One problem found in a user's file or input, located by a JSON path such as `$.leerlingen[3].aantal`. */
export interface Probleem {
  pad: string;
  melding: string;
}

export type Validatie<T> = { ok: true; waarde: T } | { ok: false; problemen: Probleem[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function beschrijf(value: unknown): string {
  if (value === undefined) return 'niets';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'string') return `tekst "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'number') return `het getal ${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return 'een object';
}

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
};

/** Dutch messages for zod issues, phrased for people who edit these files by hand. */
export const nlFoutmelding: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'ontbreekt (verplicht veld)';
      return `verwacht ${TYPE_NL[issue.expected] ?? issue.expected}, maar vond ${beschrijf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `moet ${JSON.stringify(issue.values[0])} zijn, maar is ${beschrijf(issue.input)}`
        : `moet een van ${issue.values.map((v) => JSON.stringify(v)).join(', ')} zijn, maar is ${beschrijf(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'mag niet leeg zijn';
      if (issue.origin === 'array') return `moet minstens ${issue.minimum} element(en) bevatten`;
      return issue.minimum === 0 && issue.inclusive
        ? `mag niet negatief zijn (is ${beschrijf(issue.input)})`
        : `moet ${issue.inclusive ? 'minstens' : 'groter dan'} ${issue.minimum} zijn`;
    case 'too_big':
      if (issue.origin === 'string') return `is te lang (hoogstens ${issue.maximum} tekens)`;
      return `mag ${issue.inclusive ? 'hoogstens' : 'niet groter dan of gelijk aan'} ${issue.maximum} zijn`;
    case 'invalid_format':
      return 'heeft een ongeldige vorm';
    case 'not_multiple_of':
      return `moet een veelvoud van ${issue.divisor} zijn`;
    case 'unrecognized_keys':
      return `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return 'ongeldige waarde';
  }
};

export function zodProblemen(error: z.ZodError): Probleem[] {
  return error.issues.map((issue) => ({ pad: jsonPath(issue.path), melding: issue.message }));
}

/**
 * Parses the text of a JSON file for a user: a byte-order mark (Notepad, Excel) is ignored and a
 * syntax error becomes a Dutch problem with its line and column.
 */
export function leesJson(tekst: string): Validatie<unknown> {
  const zonderBom = tekst.replace(/^\uFEFF/, '');
  try {
    return { ok: true, waarde: JSON.parse(zonderBom) };
  } catch (e) {
    return { ok: false, problemen: [{ pad: '$', melding: jsonSyntaxMelding(zonderBom, e as Error) }] };
  }
}

function jsonSyntaxMelding(tekst: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  if (!tekst.trim()) return 'het bestand is leeg: verwacht een JSON-object';
  if (!m) return 'geen geldige JSON: het bestand houdt onverwacht op of bevat een fout';
  const ervoor = tekst.slice(0, Number(m[1])).split('\n');
  return `geen geldige JSON: fout in regel ${ervoor.length}, kolom ${ervoor[ervoor.length - 1].length + 1} (controleer komma's, aanhalingstekens en haakjes)`;
}
