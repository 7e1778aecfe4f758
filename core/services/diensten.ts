import type { ZioDiensten } from '../../shared/api/contract';
import { evaluatieCache } from './evaluatie-cache';
import { exportDiensten } from './export-diensten';
import { normenDiensten } from './normen-diensten';
import { ontwerptafelDiensten } from './ontwerptafel-diensten';
import type { ProjectSessie } from './project-sessie';
import { regioDiensten } from './regio-diensten';
import { uitlegDiensten } from './uitleg-dienst';
import { variantenDiensten } from './varianten-diensten';

/** Every operation passes its error through `vertaal` (e.g. a write refused by a read-only copy). */
function metVertaling(diensten: ZioDiensten, vertaal: (e: unknown) => unknown): ZioDiensten {
  const bewaakt = Object.entries(diensten).map(([op, dienst]) => {
    const f = dienst as (invoer: unknown) => unknown;
    return [
      op,
      (invoer: unknown) => {
        try {
          const r = f(invoer);
          return r instanceof Promise ? r.catch((e: unknown) => Promise.reject(vertaal(e))) : r;
        } catch (e) {
          throw vertaal(e);
        }
      },
    ];
  });
  return Object.fromEntries(bewaakt) as ZioDiensten;
}

/**
 * The API of the open project, put together from one module per domain, the way each domain
 * declares its own handlers: regio data, normen, varianten and evaluatie, exports, ontwerptafel, and
 * the explanations and flows a screen asks for when it shows them.
 */
export function zioDiensten(p: ProjectSessie): ZioDiensten {
  const evaluatie = evaluatieCache(p);
  return metVertaling(
    {
      projectInfo: () => p.info(),
      ...regioDiensten(p),
      ...normenDiensten(p),
      ...variantenDiensten(p, evaluatie),
      ...exportDiensten(p, evaluatie),
      ...ontwerptafelDiensten(p, evaluatie),
      ...uitlegDiensten(evaluatie),
    },
    (e) => p.vertaalFout(e),
  );
}
