import demo from '../../resources/demo/demoregio.json';
import { valideerRegio, type RegioBestand } from '../../shared/regio/schema';

/** The fictional demo regio shipped with the app, validated like any user file. */
export function demoRegio(): RegioBestand {
  const r = valideerRegio(demo);
  if (!r.ok) throw new Error(`De meegeleverde demoregio is ongeldig: ${r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('; ')}`);
  return r.waarde;
}
