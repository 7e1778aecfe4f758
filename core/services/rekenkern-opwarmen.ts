import { deriveNormenset, evalueerVariant, NIET_DEELNEMERS, standaardVariant, valideerVariant, type VariantInvoer } from '../../shared/engine';
import { evaluatieWeergave } from '../../shared/engine/evaluatie-weergave';
import type { RegioBestand } from '../../shared/regio/schema';

/** How many variants, and the pause between two (requests that come in meanwhile go first). */
export const AANTAL_OEFENVARIANTEN = 36;
const PAUZE_MS = 10;
const WACHT_NA_START_MS = 2000;

// The pauses do not keep the process alive: closing the host or the app never waits for them.
const pauze = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms).unref());

/** A spread of settings, so every branch a what-if takes has run: scopes, kaders out of the pot, keys, non-participants. */
export function oefenVariant(i: number): VariantInvoer {
  const scopes = ['breed', 'medium', 'smal'] as const;
  const sleutels = [{ type: 'zorggebruik' }, { type: 'jeugdigen' }, { type: 'mix', alpha: 0.5 }, { type: 'leerlingen' }, { type: 'normkosten' }] as const;
  const zonder = [[], ['zvw'], ['wlz'], ['zvw', 'wpg']][i % 4];
  return {
    scope: scopes[i % 3],
    potKaders: ['jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo'].filter((k) => !zonder.includes(k)) as VariantInvoer['potKaders'],
    verdeelsleutel: sleutels[i % sleutels.length],
    nietDeelnemers: NIET_DEELNEMERS[i % NIET_DEELNEMERS.length],
    onderwijsbijdragePct: i % 7,
  };
}

/**
 * Some time after start, a series of what-ifs on the shipped demo regio, through the same steps as
 * an evaluation request (check the variant, evaluate, the screen's answer as JSON) but outside the
 * app's caches; says how many it evaluated. JavaScript compiles code that has run often into fast code: without this, the
 * first variant changes of a session take several times as long as later ones (about 8 ms instead
 * of 2 ms for the demo regio in the host). Stops at `stop` (closing); a failure is ignored.
 */
export async function warmRekenkernOp(regio: RegioBestand, stop?: AbortSignal, wachtMs = WACHT_NA_START_MS): Promise<number> {
  await pauze(wachtMs);
  const normenset = deriveNormenset();
  const basis = standaardVariant(regio);
  let geoefend = 0;
  for (let i = 0; i < AANTAL_OEFENVARIANTEN && !stop?.aborted; i++) {
    const gecontroleerd = valideerVariant({ ...basis, ...oefenVariant(i) }, regio, { taken: normenset.taken });
    if (gecontroleerd.ok) {
      JSON.stringify(evaluatieWeergave(evalueerVariant(normenset, regio, gecontroleerd.waarde), 0));
      geoefend++;
    }
    await pauze(PAUZE_MS);
  }
  return geoefend;
}
