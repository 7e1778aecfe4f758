import { overzichtBehoefte, overzichtEvaluatie } from '../../shared/api/eerste-scherm';
import { vraagVooraf } from './api';

let gevraagd = false;

/**
 * At start, before React renders and before the Overzicht's code is loaded: the project, and as
 * soon as it is known, everything the Overzicht of its first regio shows. The screen's own calls
 * then take these answers (see `vraagVooraf`), so the first screen waits for one round of
 * requests instead of three in a row. Asked once: the built app asks from its small first script
 * (`vooraf.ts`), the development server from `main.tsx`.
 */
export function vraagEersteSchermVooraf(): void {
  if (gevraagd) return;
  gevraagd = true;
  void vraagVooraf('projectInfo', {}).then(
    (p) => {
      const regioId = p.regios[0]?.id;
      if (regioId === undefined) return;
      vraagVooraf('regioOverzicht', { regioId });
      for (const b of overzichtBehoefte(regioId)) vraagVooraf('behoefte', b);
      vraagVooraf('evaluatie', overzichtEvaluatie(regioId));
    },
    () => {},
  );
}
