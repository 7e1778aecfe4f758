/**
 * Reading the regio of a command: a regio-bestand (.json) or a workbook made from the template
 * (.xlsx, .xlsm, .xls, .ods), recognised by its content and extension, read in the import worker
 * with the same limits as the app. Problems are printed as `plaats: melding`, e.g.
 * "Blad Leerlingen, rij 12, kolom Aantal: verwacht een geheel getal ≥ 0, …".
 */
import { readFileSync } from 'node:fs';
import { leesInWerker } from '../core/import/uitvoerder';
import type { RegioBestand } from '../shared/regio/schema';
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

/** Reads and validates the regio in `pad`; a .csv is refused with a reason, notes (a hidden sheet left out) are printed. */
export async function leesRegio(pad: string, io: Uitvoer): Promise<RegioBestand | null> {
  const bytes = leesBytes(pad, io);
  if (!bytes) return null;
  const u = await leesInWerker(pad, bytes, { soort: 'nieuw' });
  for (const o of u.ok ? u.opmerkingen : []) io.fout(`Let op: ${o}`);
  return metMeldingen(u.ok ? { ok: true, waarde: u.regio } : { ok: false, problemen: u.problemen }, pad, 'regio-bestand', io);
}
