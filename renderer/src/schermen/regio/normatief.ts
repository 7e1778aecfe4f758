import { berekenBehoefte, deriveNormenset, type Normenset } from '../../../../shared/engine';
import type { RegioBestand } from '../../../../shared/regio/schema';

let normenset: Normenset | null = null;

/**
 * The normative formatie of one school per professional id in the broad scope (tabel 2.2 applied to
 * its pupils), leaving its inventarisatie out. The `behoefte` operation cannot give this figure for
 * a professional that is measured (there the measured fte replaces it), so the editing screen
 * computes it with the same rekenkern and the national normenset the project uses.
 */
export function normatieveFormatie(regio: RegioBestand, school: string): Record<string, number> {
  normenset ??= deriveNormenset();
  const s = regio.scholen.find((x) => x.code === school);
  if (!s) return {};
  const behoefte = berekenBehoefte(normenset, { scholen: [s], leerlingen: regio.leerlingen.filter((l) => l.school === school) }, 'breed');
  return behoefte.perSchool[0]?.fte ?? {};
}
