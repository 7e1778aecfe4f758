import type { ProjectInfo } from '../../shared/api/contract';
import { EERSTE_SCHERM_ID, eersteSchermVragen, type MeegegevenAntwoord } from '../../shared/api/eerste-scherm';
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
  await eersteSchermAntwoorden(afhandel, { stop, tussendoor: beurt });
}

/**
 * The first screen's answers as the page should carry them: the project, then what its first
 * regio's Overzicht asks. Only answers that succeeded: the screen asks a failed one itself and
 * reports it. `tussendoor` runs before each request (to let others go first), `stop` ends early.
 */
export async function eersteSchermAntwoorden(afhandel: Afhandelaar, { stop, tussendoor }: { stop?: AbortSignal; tussendoor?: () => Promise<void> } = {}): Promise<MeegegevenAntwoord[]> {
  const uit: MeegegevenAntwoord[] = [];
  const vraag = async (op: MeegegevenAntwoord['op'], invoer: unknown) => {
    await tussendoor?.();
    if (stop?.aborted) return null;
    const antwoord = await afhandel(op, invoer);
    if (antwoord.ok) uit.push({ op, invoer, antwoord });
    return antwoord;
  };
  const project = await vraag('projectInfo', {});
  const regioId = project?.ok ? (project.data as ProjectInfo).regios[0]?.id : undefined;
  if (regioId === undefined) return uit;
  for (const { op, invoer } of eersteSchermVragen(regioId)) if ((await vraag(op, invoer)) === null) break;
  return uit;
}

/**
 * The page with the answers in it, as a JSON data block before `</head>`. Every `<` in the JSON is
 * written as `\u003c`, so no text in a regio (a school called `</script>`) can end the block.
 */
export function metEersteScherm(html: string, antwoorden: readonly MeegegevenAntwoord[]): string {
  if (!antwoorden.length || !html.includes('</head>')) return html;
  const json = JSON.stringify(antwoorden).replace(/</g, '\\u003c');
  return html.replace('</head>', () => `<script type="application/json" id="${EERSTE_SCHERM_ID}">${json}</script>\n</head>`);
}
