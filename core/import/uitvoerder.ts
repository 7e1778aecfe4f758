/**
 * Runs an import in a `worker_threads` worker with a time limit and a memory limit, so no file can
 * make the Electron main process, the browser host or the CLI unresponsive. A worker that finished
 * is kept for the next import (starting one costs some hundreds of milliseconds); one that passed a
 * limit or was cancelled is terminated, which stops even a parser stuck in a loop.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GebruikersFout } from '../../shared/api/fout';
import type { RegioBestand } from '../../shared/regio/schema';
import { importLimieten, nl, type ImportLimieten } from '../excel/limieten';
import { weigering, type ImportDoel, type ImportTaak, type ImportUitkomst } from './lezen';

/** The worker's file in the build, beside out/main/main.js: the name of its entry in electron.vite.config.ts plus .js. */
export const GEBOUWDE_WERKER = 'import-werker.js';

/** Where the worker's code is: the TypeScript source (tsx, tests) or the built entry beside the main bundle. */
function werkerBron(): { url: URL; execArgv?: string[] } {
  // Names in variables, so the bundler leaves them alone.
  const bron = 'werker.ts';
  if (import.meta.url.endsWith('.ts')) {
    const metTsx = process.execArgv.some((a) => a.includes('tsx'));
    return { url: new URL(bron, import.meta.url), execArgv: metTsx ? undefined : [...process.execArgv, '--import', 'tsx'] };
  }
  const gebouwd = GEBOUWDE_WERKER;
  for (const map of ['./', '../']) {
    const url = new URL(map + gebouwd, import.meta.url);
    if (existsSync(fileURLToPath(url))) return { url };
  }
  throw new Error(`${gebouwd} ontbreekt naast ${fileURLToPath(import.meta.url)}; controleer de build (electron.vite.config.ts)`);
}

let vrijeWerker: { worker: Worker; geheugenMb: number } | null = null;
let volgnummer = 0;

function nieuweWerker(limieten: ImportLimieten): Worker {
  const { url, execArgv } = werkerBron();
  const worker = new Worker(url, {
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: limieten.maxGeheugenMb, maxYoungGenerationSizeMb: Math.min(64, Math.ceil(limieten.maxGeheugenMb / 8)) },
  });
  // An idle worker that stops (it should not) is not handed out again.
  worker.once('exit', () => {
    if (vrijeWerker?.worker === worker) vrijeWerker = null;
  });
  return worker;
}

export interface ImportOpties {
  limieten?: ImportLimieten;
  /** Aborting stops the worker at once: "Annuleren" in the import dialog. */
  signaal?: AbortSignal;
}

export class ImportGeannuleerd extends GebruikersFout {
  constructor() {
    super('Het inlezen is geannuleerd. Er is niets veranderd.');
  }
}

/** Reads a file in a worker; the result, or a refusal naming the limit that was passed. */
export function leesInWerker(bestandsnaam: string, inhoud: Uint8Array, doel: ImportDoel, opties: ImportOpties = {}): Promise<ImportUitkomst> {
  const limieten = opties.limieten ?? importLimieten();
  const naam = basename(bestandsnaam);
  const grens = (melding: string) => weigering(naam, [{ pad: `Bestand ${naam}`, melding }]);
  if (opties.signaal?.aborted) return Promise.reject(new ImportGeannuleerd());

  const hergebruik = vrijeWerker && vrijeWerker.geheugenMb === limieten.maxGeheugenMb ? vrijeWerker.worker : null;
  vrijeWerker = hergebruik ? null : vrijeWerker;
  const worker = hergebruik ?? nieuweWerker(limieten);
  worker.ref();
  const id = ++volgnummer;
  const taak: ImportTaak = { bestandsnaam, inhoud, doel, limieten };

  return new Promise<ImportUitkomst>((ok, fout) => {
    let klaar = false;
    const stop = (na: () => void, houden = false) => {
      if (klaar) return;
      klaar = true;
      clearTimeout(klok);
      opties.signaal?.removeEventListener('abort', annuleer);
      worker.off('message', bericht);
      worker.off('error', foutBijWerker);
      worker.off('exit', gestopt);
      if (houden && !vrijeWerker) {
        worker.unref();
        vrijeWerker = { worker, geheugenMb: limieten.maxGeheugenMb };
      } else void worker.terminate();
      na();
    };
    const bericht = (m: { id: number; uitkomst: ImportUitkomst }) => {
      if (m.id === id) stop(() => ok(m.uitkomst), true);
    };
    const foutBijWerker = (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        stop(() => ok(grens(`het inlezen had meer dan ${nl(limieten.maxGeheugenMb)} MB geheugen nodig, de grens voor één bestand; is het veel groter dan de gegevens van een regio?`)));
      } else stop(() => fout(e));
    };
    const gestopt = () => stop(() => ok(grens('het inlezen is onverwacht gestopt; het bestand is mogelijk beschadigd')));
    const annuleer = () => stop(() => fout(new ImportGeannuleerd()));
    const klok = setTimeout(
      () => stop(() => ok(grens(`het inlezen duurde langer dan ${nl(limieten.maxTijdMs / 1000)} seconden, de tijdsgrens voor één bestand; is het bestand beschadigd, of veel groter dan de gegevens van een regio?`))),
      limieten.maxTijdMs,
    );
    worker.on('message', bericht);
    worker.on('error', foutBijWerker);
    worker.on('exit', gestopt);
    opties.signaal?.addEventListener('abort', annuleer);
    worker.postMessage({ id, taak });
  });
}

/**
 * As `leesInWerker`, for the services: all or nothing, a whole regio from a workbook or
 * regio-bestand, or one table put into the given regio; the regio with notes (a hidden sheet left
 * out), or a `GebruikersFout` with every (capped) problem.
 */
export async function importeer(bestandsnaam: string, inhoud: Uint8Array, doel: ImportDoel, opties: ImportOpties = {}): Promise<{ regio: RegioBestand; opmerkingen: string[] }> {
  const u = await leesInWerker(bestandsnaam, inhoud, doel, opties);
  if (!u.ok) {
    // One problem with the file as a whole (its type, a limit, damage): say it in the message itself.
    const naam = basename(bestandsnaam);
    const [p] = u.problemen;
    if (u.problemen.length === 1 && p.pad === `Bestand ${naam}`) throw new GebruikersFout(`${naam} is niet ingelezen: ${p.melding}${/[.?!]$/.test(p.melding) ? '' : '.'} Er is niets veranderd.`);
    throw new GebruikersFout(u.melding, u.problemen);
  }
  return { regio: u.regio, opmerkingen: u.opmerkingen };
}
