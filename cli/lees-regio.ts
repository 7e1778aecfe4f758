/**
 * Reading the regio of a command: a regio-bestand (.json) or a workbook made from the template
 * (.xlsx, .xlsm, .xls, .ods), chosen by the file's extension. Problems are printed as
 * `plaats: melding`, e.g. "Blad Leerlingen, rij 12, kolom Aantal: verwacht een geheel getal ≥ 0, …".
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extensieVan, leesWerkmap, WERKMAP_EXTENSIES } from '../core/excel';
import { PROFESSIONAL_IDS } from '../shared/engine/normen';
import { leesRegioJson, type RegioBestand } from '../shared/regio/schema';
import type { Validatie } from '../shared/validation/problems';
import type { Uitvoer } from './uitvoer';

/** The bytes of a file the user named; a Dutch message and null when it cannot be read. */
export function leesBytes(pad: string, io: Uitvoer, wat = 'Bestand'): Buffer | null {
  try {
    return readFileSync(pad);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.fout(code === 'ENOENT' ? `${wat} niet gevonden: ${pad}` : code === 'EISDIR' ? `${pad} is een map, geen bestand` : `Kan ${pad} niet lezen: ${(e as Error).message}`);
    return null;
  }
}

/** The value of a validation, or null after printing every problem as `plaats: melding`. */
export function metMeldingen<T>(r: Validatie<T>, pad: string, soort: string, io: Uitvoer): T | null {
  if (r.ok) return r.waarde;
  io.fout(`${pad} is geen geldig ${soort} (${r.problemen.length} ${r.problemen.length === 1 ? 'probleem' : 'problemen'}):`);
  for (const p of r.problemen) io.fout(`${p.pad}: ${p.melding}`);
  return null;
}

/** Reads and validates the regio in `pad`: a workbook by its extension, anything else as JSON; a .csv is refused with a reason. */
export function leesRegio(pad: string, io: Uitvoer): RegioBestand | null {
  const bytes = leesBytes(pad, io);
  if (!bytes) return null;
  const ext = extensieVan(pad);
  const werkmap = ext === 'csv' || (WERKMAP_EXTENSIES as readonly string[]).includes(ext);
  const r: Validatie<RegioBestand> = werkmap ? leesWerkmap(bytes, basename(pad)) : leesRegioJson(bytes.toString('utf8'), { professionals: PROFESSIONAL_IDS });
  return metMeldingen(r, pad, 'regio-bestand', io);
}
