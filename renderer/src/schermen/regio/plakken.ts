/**
 * Reading pupil counts as users type or paste them, e.g. a block copied from Excel: rows separated
 * by newlines, cells by tabs, Dutch numbers ("1.234"), empty cells meaning 0. Pure functions.
 */

/** The largest count the API accepts in one cell. */
export const MAX_AANTAL = 1_000_000;

export type Aantal = { ok: true; aantal: number } | { ok: false; melding: string };

const SPATIES = /[\s\u00a0\u202f]/g;

/**
 * One count as typed or pasted: "1.234", "1234", "12,0", "" (= 0). Rejects text, negative and
 * fractional values with a Dutch message.
 */
export function leesAantal(invoer: string): Aantal {
  let tekst = invoer.trim();
  // Excel puts cells with special characters between double quotes.
  if (tekst.length >= 2 && tekst.startsWith('"') && tekst.endsWith('"')) tekst = tekst.slice(1, -1).trim();
  tekst = tekst.replace(SPATIES, '');
  if (tekst === '' || tekst === '-' || tekst === '–') return { ok: true, aantal: 0 };
  const negatief = /^[-−–]/.test(tekst);
  const getal = negatief ? tekst.slice(1) : tekst;
  // Dutch notation: "." groups thousands (only in groups of three), "," starts the decimals.
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d*))?$/.exec(getal);
  if (!m) {
    if (/^\d+\.\d+$/.test(getal)) return { ok: false, melding: `"${invoer.trim()}" is geen heel getal (een aantal leerlingen heeft geen decimalen)` };
    return { ok: false, melding: `"${invoer.trim()}" is geen aantal: vul een heel getal in, zoals 12 of 1.234` };
  }
  const geheel = Number(m[1].replace(/\./g, ''));
  const decimalen = m[2] ?? '';
  if (/[1-9]/.test(decimalen)) return { ok: false, melding: `"${invoer.trim()}" is geen heel getal (een aantal leerlingen heeft geen decimalen)` };
  if (negatief && geheel !== 0) return { ok: false, melding: `"${invoer.trim()}" is negatief: een aantal is 0 of meer` };
  if (geheel > MAX_AANTAL) return { ok: false, melding: `"${invoer.trim()}" is te groot: hoogstens ${MAX_AANTAL.toLocaleString('nl-NL')} per cel` };
  return { ok: true, aantal: geheel };
}

/** Splits pasted text into rows of cells; a final line break (as Excel adds) is not an extra row. */
export function splitsBlok(tekst: string): string[][] {
  const regels = tekst.replace(/\r\n?/g, '\n').split('\n');
  if (regels.length > 1 && regels[regels.length - 1] === '') regels.pop();
  return regels.map((r) => r.split('\t'));
}

export interface PlekInRooster {
  rij: number;
  kolom: number;
}

export interface GeplaatsteCel extends PlekInRooster {
  aantal: number;
}

export interface FouteCel extends PlekInRooster {
  tekst: string;
  melding: string;
}

export interface Plaatsing {
  /** The cells inside the grid with their new counts; empty when any cell is wrong. */
  cellen: GeplaatsteCel[];
  /** Cells inside the grid that hold no valid count: nothing of the block may be saved then. */
  fouten: FouteCel[];
  /** Cells of the block that fall to the right of or below the grid. */
  buiten: number;
}

/**
 * Places a pasted block in a grid of `rijen` × `kolommen` with its top-left cell at `start`.
 * Cells beyond the grid are counted and ignored; a wrong value inside the grid rejects the block.
 */
export function plaatsBlok(tekst: string, start: PlekInRooster, rijen: number, kolommen: number): Plaatsing {
  const cellen: GeplaatsteCel[] = [];
  const fouten: FouteCel[] = [];
  let buiten = 0;
  splitsBlok(tekst).forEach((regel, i) => {
    regel.forEach((celTekst, j) => {
      const rij = start.rij + i;
      const kolom = start.kolom + j;
      if (rij >= rijen || kolom >= kolommen) {
        buiten++;
        return;
      }
      const a = leesAantal(celTekst);
      if (a.ok) cellen.push({ rij, kolom, aantal: a.aantal });
      else fouten.push({ rij, kolom, tekst: celTekst, melding: a.melding });
    });
  });
  return { cellen: fouten.length ? [] : cellen, fouten, buiten };
}
