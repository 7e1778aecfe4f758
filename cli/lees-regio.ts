/**
 * Reading the regio of a command: a regio-bestand (.json) or a workbook made from the template
 * (.xlsx, .xlsm, .xls, .ods), chosen by the file's extension. Problems are printed as
 * `plaats: melding`, e.g. "Blad Leerlingen, rij 12, kolom Aantal: verwacht een geheel getal ≥ 0, …".
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extensieVan, leesWerkmap, WERKMAP_EXTENSIES } from '../electron/excel';
import { PROFESSIONAL_IDS } from '../shared/engine/normen';
import { leesRegioJson, type RegioBestand } from '../shared/regio/schema';
import type { Validatie } from '../shared/validation/problems';
import type { Uitvoer } from './uitvoer';

function leesBytes(pad: string, io: Uitvoer): Buffer | null {
  try {
    return readFileSync(pad);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.fout(code === 'ENOENT' ? `Bestand niet gevonden: ${pad}` : code === 'EISDIR' ? `${pad} is een map, geen bestand` : `Kan ${pad} niet lezen: ${(e as Error).message}`);
    return null;
  }
}

/** Notepad and Excel save UTF-8 with a byte order mark, which JSON.parse refuses. */
function zonderBom(tekst: string): string {
  return tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
}

/** Reads and validates the regio in `pad`: a workbook by its extension, anything else as JSON; a .csv is refused with a reason. */
export function leesRegio(pad: string, io: Uitvoer): RegioBestand | null {
  const bytes = leesBytes(pad, io);
  if (!bytes) return null;
  const ext = extensieVan(pad);
  const werkmap = ext === 'csv' || (WERKMAP_EXTENSIES as readonly string[]).includes(ext);
  const r: Validatie<RegioBestand> = werkmap ? leesWerkmap(bytes, basename(pad)) : leesRegioJson(zonderBom(bytes.toString('utf8')), { professionals: PROFESSIONAL_IDS });
  if (!r.ok) {
    io.fout(`${pad} is geen geldig regio-bestand (${r.problemen.length} ${r.problemen.length === 1 ? 'probleem' : 'problemen'}):`);
    for (const p of r.problemen) io.fout(`${p.pad}: ${p.melding}`);
    return null;
  }
  return r.waarde;
}
