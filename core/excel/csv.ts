/**
 * CSV files for one table, as Excel and LibreOffice write them: separator ; (Dutch Excel), , or tab,
 * detected from the header line; fields in double quotes may contain separators, quotes ("") and
 * line breaks. Every field is text; numbers are read the Dutch way by the column's kind.
 */
import type { Probleem, Validatie } from '../../shared/validation/problems';
import { tekstCel, type Raster } from './cel';
import { importLimieten, nl, type ImportLimieten } from './limieten';

const SCHEIDINGSTEKENS = [';', ',', '\t'] as const;
type Scheidingsteken = (typeof SCHEIDINGSTEKENS)[number];
const NAAM: Record<Scheidingsteken, string> = { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab' };

/** Splits the text into records of fields, or gives the record number of a quote that is never closed. */
function splits(tekst: string, sep: string): { records: string[][]; ruw: string[] } | { open: number } {
  const records: string[][] = [];
  const ruw: string[] = [];
  let veld = '';
  let record: string[] = [];
  let begin = 0;
  let i = 0;
  const n = tekst.length;
  const sluit = (eind: number) => {
    record.push(veld);
    records.push(record);
    ruw.push(tekst.slice(begin, eind));
    record = [];
    veld = '';
  };
  while (i < n) {
    const c = tekst[i];
    if (c === '"' && veld.trim() === '') {
      // Quoted field.
      veld = '';
      i++;
      for (;;) {
        if (i >= n) return { open: records.length + 1 };
        const q = tekst[i];
        if (q === '"') {
          if (tekst[i + 1] === '"') {
            veld += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        veld += q;
        i++;
      }
      // Text after the closing quote up to the separator belongs to the field.
      while (i < n && tekst[i] !== sep && tekst[i] !== '\n' && tekst[i] !== '\r') veld += tekst[i++];
      continue;
    }
    if (c === sep) {
      record.push(veld);
      veld = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      sluit(i);
      i += c === '\r' && tekst[i + 1] === '\n' ? 2 : 1;
      begin = i;
      continue;
    }
    veld += c;
    i++;
  }
  if (veld !== '' || record.length) sluit(n);
  return { records, ruw };
}

/** Separators on the header line outside quotes. */
function telScheidingstekens(regel: string): Record<Scheidingsteken, number> {
  const telling: Record<Scheidingsteken, number> = { ';': 0, ',': 0, '\t': 0 };
  let inAanhaling = false;
  for (const c of regel) {
    if (c === '"') inAanhaling = !inAanhaling;
    else if (!inAanhaling && (c === ';' || c === ',' || c === '\t')) telling[c]++;
  }
  return telling;
}

/**
 * UTF-16 text: with a byte order mark (Excel's "Unicode-tekst" starts with FF FE), or without one
 * when most odd (little-endian) or even (big-endian) bytes of the start are zero, as in ASCII text.
 */
function utf16Soort(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return undefined;
  let oneven = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) oneven++;
  }
  if (oneven > n * 0.4 && even === 0) return 'utf-16le';
  if (even > n * 0.4 && oneven === 0) return 'utf-16be';
  return undefined;
}

/**
 * The text of a CSV file: UTF-16 (Excel's "Unicode-tekst"), UTF-8 (with or without BOM) when the
 * bytes are valid UTF-8, otherwise Windows-1252, the "ANSI" encoding Dutch Excel uses for "CSV
 * (gescheiden door lijstscheidingsteken)".
 */
export function decodeerCsv(bytes: Uint8Array): string {
  const utf16 = utf16Soort(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads CSV text into a grid; problems name the file (`plaats`) and the row. */
export function leesCsv(tekst: string, plaats: string, limieten: ImportLimieten = importLimieten()): Validatie<Raster> {
  const fout = (problemen: Probleem[]): Validatie<Raster> => ({ ok: false, problemen });
  const t = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  if (t.trim() === '') return fout([{ pad: plaats, melding: 'het bestand is leeg; verwacht een kopregel en rijen met gegevens' }]);
  if (t.includes('\u0000')) return fout([{ pad: plaats, melding: 'dit is geen CSV-tekstbestand (het bevat binaire gegevens); sla de tabel op als CSV en probeer opnieuw' }]);

  const eersteRegel = t.slice(0, t.search(/\r|\n|$/));
  const telling = telScheidingstekens(eersteRegel);
  const gebruikt = SCHEIDINGSTEKENS.filter((s) => telling[s] > 0);
  if (gebruikt.length > 1 && telling[';'] > 0 && telling[','] > 0) {
    return fout([{ pad: `${plaats}, rij 1`, melding: 'de kopregel gebruikt zowel ; als , als scheidingsteken; gebruik één van beide in het hele bestand' }]);
  }
  const sep: Scheidingsteken = gebruikt.length ? gebruikt.reduce((a, b) => (telling[b] > telling[a] ? b : a)) : ';';

  const gesplitst = splits(t, sep);
  if ('open' in gesplitst) return fout([{ pad: `${plaats}, rij ${gesplitst.open}`, melding: 'een aanhalingsteken (") wordt niet gesloten' }]);
  const { records, ruw } = gesplitst;
  if (records.length > limieten.maxRijen) return fout([{ pad: plaats, melding: `het bestand heeft ${nl(records.length)} rijen; de grens is ${nl(limieten.maxRijen)} rijen` }]);
  const cellen = records.reduce((s, r) => s + r.length, 0);
  if (cellen > limieten.maxCellen) return fout([{ pad: plaats, melding: `het bestand heeft ${nl(cellen)} cellen; de grens is ${nl(limieten.maxCellen)} cellen` }]);
  const breedteKop = records[0].length;
  const problemen: Probleem[] = [];
  const anderen = SCHEIDINGSTEKENS.filter((s) => s !== sep && s !== '\t');
  records.forEach((rec, i) => {
    if (i === 0 || rec.every((v) => v.trim() === '')) return;
    if (rec.length < breedteKop) {
      const ander = anderen.find((s) => telScheidingstekens(ruw[i])[s] >= breedteKop - 1);
      if (ander) {
        problemen.push({ pad: `${plaats}, rij ${i + 1}`, melding: `deze rij gebruikt ${NAAM[ander]} als scheidingsteken, de kopregel ${NAAM[sep]}; gebruik overal hetzelfde scheidingsteken` });
      }
    } else if (rec.length > breedteKop && rec.slice(breedteKop).some((v) => v.trim() !== '')) {
      const hint = sep === ',' && /\d,\d/.test(ruw[i]) ? '; staat er een getal met een decimale komma zonder aanhalingstekens in? Gebruik dan ; als scheidingsteken' : '';
      problemen.push({ pad: `${plaats}, rij ${i + 1}`, melding: `deze rij heeft ${rec.length} velden, de kopregel ${breedteKop}${hint}` });
    }
  });
  if (problemen.length) return fout(problemen);

  return {
    ok: true,
    waarde: {
      plaats,
      aantalRijen: records.length,
      breedte: (r) => records[r]?.length ?? 0,
      cel: (r, k) => {
        const v = records[r]?.[k];
        return v === undefined ? tekstCel('') : tekstCel(v);
      },
    },
  };
}
