import type { ZioApi } from '../../shared/api/contract';
import { API_OPERATIES, type Antwoord, type ApiOperatie, type Foutmelding, type Gebeurtenis } from '../../shared/api/operaties';

type Transport = (op: ApiOperatie, invoer: unknown) => Promise<Antwoord<unknown>>;

interface ZioBrug extends Record<ApiOperatie, (invoer: unknown) => Promise<Antwoord<unknown>>> {
  opGebeurtenis(terugroep: (g: Gebeurtenis) => void): () => void;
}

declare global {
  interface Window {
    zio?: ZioBrug;
  }
}

/** An error answer of the API, with its Dutch message and located problems. */
export class ApiFout extends Error {
  constructor(readonly fout: Foutmelding) {
    super(fout.melding);
  }
}

/** In the browser host the same API is served over HTTP by the page's own origin. */
const httpTransport: Transport = async (op, invoer) => {
  let res: Response;
  try {
    res = await fetch(`/api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(invoer) });
  } catch {
    return { ok: false, fout: { soort: 'intern', melding: 'De verbinding met de ZiO-host is verbroken. Draait `npm run host` nog?', problemen: [] } };
  }
  return (await res.json()) as Antwoord<unknown>;
};

function maakApi(transport: Transport): ZioApi {
  return Object.fromEntries(
    API_OPERATIES.map((op) => [
      op,
      async (invoer: unknown) => {
        const antwoord = await transport(op, invoer);
        if (!antwoord.ok) throw new ApiFout(antwoord.fout);
        return antwoord.data;
      },
    ]),
  ) as ZioApi;
}

const brug = typeof window !== 'undefined' ? window.zio : undefined;

export const zio: ZioApi = maakApi(brug ? (op, invoer) => brug[op](invoer) : httpTransport);

/** Subscribes to messages of the main process (menu actions); a no-op in the browser host. */
export function opGebeurtenis(terugroep: (g: Gebeurtenis) => void): () => void {
  return brug ? brug.opGebeurtenis(terugroep) : () => {};
}

export const isDesktop = !!brug;
