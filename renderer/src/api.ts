import type { Invoer, ZioApi } from '../../shared/api/contract';
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

/** How long an answer asked ahead waits for the call it was asked for; after that the call asks again. */
const VOORAF_GELDIG_MS = 10_000;
/** Answers asked ahead, by operation and input: each is taken once, by the first equal call. */
const vooraf = new Map<string, { antwoord: Promise<unknown>; tot: number }>();
const voorafSleutel = (op: ApiOperatie, invoer: unknown) => `${op}:${JSON.stringify(invoer)}`;

function maakApi(transport: Transport): { api: ZioApi; direct: ZioApi } {
  const direct = Object.fromEntries(
    API_OPERATIES.map((op) => [
      op,
      async (invoer: unknown) => {
        const antwoord = await transport(op, invoer);
        if (!antwoord.ok) throw new ApiFout(antwoord.fout);
        return antwoord.data;
      },
    ]),
  ) as Record<ApiOperatie, (invoer: unknown) => Promise<unknown>>;
  const api = Object.fromEntries(
    API_OPERATIES.map((op) => [
      op,
      (invoer: unknown) => {
        const sleutel = voorafSleutel(op, invoer);
        const v = vooraf.get(sleutel);
        if (v) {
          vooraf.delete(sleutel);
          if (performance.now() <= v.tot) return v.antwoord;
        }
        return direct[op](invoer);
      },
    ]),
  );
  return { api: api as ZioApi, direct: direct as ZioApi };
}

const brug = typeof window !== 'undefined' ? window.zio : undefined;

const { api, direct } = maakApi(brug ? (op, invoer) => brug[op](invoer) : httpTransport);
export const zio: ZioApi = api;

/**
 * Asks an operation now, before the screen that needs it is loaded (the first screen at start):
 * the first call of `zio` with the same operation and input within a few seconds gets this answer
 * instead of asking again.
 */
export function vraagVooraf<K extends ApiOperatie>(op: K, invoer: Invoer<K>): ReturnType<ZioApi[K]> {
  const antwoord = (direct[op] as (i: unknown) => Promise<unknown>)(invoer);
  antwoord.catch(() => {});
  vooraf.set(voorafSleutel(op, invoer), { antwoord, tot: performance.now() + VOORAF_GELDIG_MS });
  return antwoord as ReturnType<ZioApi[K]>;
}

/** An answer that came with the page (see EERSTE_SCHERM_ID): served to the first equal call, like one asked ahead. */
export function legVooraf(op: ApiOperatie, invoer: unknown, antwoord: Antwoord<unknown>): void {
  const belofte = antwoord.ok ? Promise.resolve(antwoord.data) : Promise.reject(new ApiFout(antwoord.fout));
  belofte.catch(() => {});
  vooraf.set(voorafSleutel(op, invoer), { antwoord: belofte, tot: performance.now() + VOORAF_GELDIG_MS });
}

/** Subscribes to messages of the main process (menu actions); a no-op in the browser host. */
export function opGebeurtenis(terugroep: (g: Gebeurtenis) => void): () => void {
  return brug ? brug.opGebeurtenis(terugroep) : () => {};
}

export const isDesktop = !!brug;
