import { EERSTE_SCHERM_ID, eersteSchermVragen, type MeegegevenAntwoord } from '../../shared/api/eerste-scherm';
import type { Invoer } from '../../shared/api/contract';
import type { ApiOperatie } from '../../shared/api/operaties';
import { legVooraf, vraagVooraf } from './api';

let gevraagd = false;

const vraagVooruit = <K extends ApiOperatie>({ op, invoer }: { op: K; invoer: Invoer<K> }) => vraagVooraf(op, invoer);

/** The answers the browser host put in the page, if it did (the desktop app's page has none). */
function meegegeven(): MeegegevenAntwoord[] | null {
  const blok = typeof document === 'undefined' ? null : document.getElementById(EERSTE_SCHERM_ID);
  if (!blok?.textContent) return null;
  try {
    const lijst: unknown = JSON.parse(blok.textContent);
    return Array.isArray(lijst) ? (lijst as MeegegevenAntwoord[]) : null;
  } catch {
    return null;
  } finally {
    blok.remove();
  }
}

/**
 * At start, before React renders and before the Overzicht's code is loaded: the project, and as
 * soon as it is known, everything the Overzicht of its first regio shows. The screen's own calls
 * then take these answers (see `vraagVooraf`). The browser host sends them with the page itself, so
 * the first screen waits for no request at all; otherwise they are asked here, the project first.
 * Done once: the built app does it from its small first script (`vooraf.ts`), the development
 * server from `main.tsx`.
 */
export function vraagEersteSchermVooraf(): void {
  if (gevraagd) return;
  gevraagd = true;
  const antwoorden = meegegeven();
  if (antwoorden) {
    for (const a of antwoorden) legVooraf(a.op, a.invoer, a.antwoord);
    return;
  }
  void vraagVooraf('projectInfo', {}).then(
    (p) => {
      const regioId = p.regios[0]?.id;
      if (regioId === undefined) return;
      for (const vraag of eersteSchermVragen(regioId)) vraagVooruit(vraag);
    },
    () => {},
  );
}
