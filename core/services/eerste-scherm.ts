import type { ProjectInfo } from '../../shared/api/contract';
import { overzichtBehoefte, overzichtEvaluatie } from '../../shared/api/eerste-scherm';
import type { maakAfhandelaar } from './afhandelaar';

type Afhandelaar = ReturnType<typeof maakAfhandelaar>;

/** Lets requests that came in meanwhile go first. */
const beurt = () => new Promise<void>((ok) => setImmediate(ok));

/**
 * Asks, right after start, what the first screen (the Overzicht of the project's first regio) will
 * ask, through the same handler as the screen. The first answers are the slow ones: they read the
 * regio and build its normenset (kept in the regio cache), compute the standard evaluation (kept in
 * the evaluation cache) and run the engine's code for the first time. Done now, while the window or
 * browser still loads the app, the first screen finds them ready. The answers themselves are
 * dropped; a failure is left for the screen's own request to report. Stops at `stop` (the host
 * closing).
 */
export async function bereidEersteSchermVoor(afhandel: Afhandelaar, stop?: AbortSignal): Promise<void> {
  await beurt();
  if (stop?.aborted) return;
  const project = await afhandel('projectInfo', {});
  const regioId = project.ok ? (project.data as ProjectInfo).regios[0]?.id : undefined;
  if (regioId === undefined) return;
  const vragen: Array<[string, unknown]> = [['regioOverzicht', { regioId }], ...overzichtBehoefte(regioId).map((b): [string, unknown] => ['behoefte', b]), ['evaluatie', overzichtEvaluatie(regioId)]];
  for (const [op, invoer] of vragen) {
    await beurt();
    if (stop?.aborted) return;
    await afhandel(op, invoer);
  }
}
