/**
 * The browser host: serves the built renderer and the same API as the Electron main process over
 * HTTP on 127.0.0.1, with the same services and store. Used for end-to-end tests in Chromium and
 * for workshops on a machine without the desktop app.
 *
 * Only the person who started it gets in: a random token made at start is printed in the address
 * (`/?token=…`), exchanged for an HttpOnly SameSite=Strict cookie, and asked of every request.
 *
 *   npm run host [-- --port 5199] [-- --data <map>] [-- --token <sleutel>]
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from '../../shared/api/csp';
import { maakAfhandelaar } from '../services/afhandelaar';
import { demoRegio } from '../services/demo-regio';
import { bereidEersteSchermVoor, eersteSchermAntwoorden, metEersteScherm } from '../services/eerste-scherm';
import { warmRekenkernOp } from '../services/rekenkern-opwarmen';
import { DataMapOnbruikbaar, standaardDataMap } from '../services/data-map';
import { ProjectSessie } from '../services/project-sessie';
import { StatischeBestanden } from './statisch';

/** Room for an imported workbook of 30 MB as base64. */
export const MAX_BODY = 48 * 1024 * 1024;

export interface HostOpties {
  port: number;
  dataMap: string;
  rendererMap: string;
  /** The secret a browser must show; a new random one when not given (tests pass their own). */
  token?: string;
}

class TeGroot extends Error {}

function leesBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fout) => {
    let grootte = 0;
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => {
      grootte += d.length;
      if (grootte > MAX_BODY) {
        req.pause();
        fout(new TeGroot());
      } else delen.push(d);
    });
    req.on('end', () => ok(Buffer.concat(delen).toString('utf8')));
    req.on('error', fout);
  });
}

function foutJson(melding: string): string {
  return JSON.stringify({ ok: false, fout: { soort: 'gebruiker', melding, problemen: [] } });
}

function decodeer(pad: string): string | null {
  try {
    return decodeURIComponent(pad);
  } catch {
    return null;
  }
}

function stuur(res: ServerResponse, status: number, type: string, body: string | Buffer, cacheControl = 'no-store') {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cacheControl,
  });
  res.end(body);
}

/** Only requests addressed to this machine by name: protects against DNS rebinding. */
function lokaleHost(req: IncomingMessage, port: number): boolean {
  return [`127.0.0.1:${port}`, `localhost:${port}`].includes(req.headers.host ?? '');
}

/** A page of this host may call the API; another site (a page the user visits) may not. */
function eigenOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host}`;
}

const gelijk = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function koekje(req: IncomingMessage, naam: string): string | undefined {
  for (const deel of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = deel.trim().split('=');
    if (k === naam) return v.join('=');
  }
  return undefined;
}

const GEEN_TOEGANG = 'Geen toegang: open ZiO via het volledige adres met ?token=… dat de host bij het starten toonde.';

/**
 * Starts the host. `voorbereid` settles when what the first screen asks has been computed once
 * (core/services/eerste-scherm.ts); the host answers requests meanwhile.
 */
export async function startHost(opties: HostOpties): Promise<{ server: Server; url: string; sessie: ProjectSessie; token: string; voorbereid: Promise<void> }> {
  const sessie = new ProjectSessie(opties.dataMap, demoRegio, { app: 'de browser-host' });
  sessie.start();
  const afhandelaar = maakAfhandelaar(sessie.diensten);
  const bestanden = new StatischeBestanden(resolve(opties.rendererMap));
  const token = opties.token ?? randomBytes(24).toString('base64url');

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const poort = (server.address() as { port: number }).port;
    if (!lokaleHost(req, poort)) return stuur(res, 403, 'text/plain; charset=utf-8', 'Alleen lokaal bereikbaar.');
    if (!eigenOrigin(req)) return stuur(res, 403, 'text/plain; charset=utf-8', 'Verzoeken van andere websites worden geweigerd.');
    // Per port: two hosts on one machine keep their own cookie.
    const koekjeNaam = `zio_token_${poort}`;
    const getoond = url.searchParams.get('token');
    if (getoond !== null && (req.method === 'GET' || req.method === 'HEAD') && gelijk(getoond, token)) {
      // The token leaves the address bar (and the history) at once; the cookie carries it on.
      url.searchParams.delete('token');
      res.writeHead(303, {
        Location: url.pathname + url.search,
        'Set-Cookie': `${koekjeNaam}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    const koek = koekje(req, koekjeNaam);
    if (koek === undefined || !gelijk(koek, token)) {
      if (url.pathname.startsWith('/api/')) return stuur(res, 403, 'application/json', foutJson(GEEN_TOEGANG));
      return stuur(res, 403, 'text/plain; charset=utf-8', GEEN_TOEGANG);
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return stuur(res, 405, 'text/plain; charset=utf-8', 'Gebruik POST met JSON.');
      }
      let invoer: unknown;
      try {
        const tekst = await leesBody(req);
        invoer = tekst ? JSON.parse(tekst) : undefined;
      } catch (e) {
        if (e instanceof TeGroot) {
          res.setHeader('Connection', 'close');
          return stuur(res, 413, 'application/json', foutJson(`De gegevens zijn te groot (meer dan ${MAX_BODY / 1024 / 1024} MB).`));
        }
        return stuur(res, 400, 'application/json', foutJson('Ongeldige JSON.'));
      }
      const op = decodeer(url.pathname.slice(5));
      if (op === null) return stuur(res, 400, 'application/json', foutJson('Ongeldig adres.'));
      const antwoord = await afhandelaar(op, invoer);
      return stuur(res, 200, 'application/json', JSON.stringify(antwoord));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return stuur(res, 405, 'text/plain; charset=utf-8', 'Niet toegestaan.');
    const gedecodeerd = decodeer(url.pathname);
    if (gedecodeerd === null) return stuur(res, 400, 'text/plain; charset=utf-8', 'Ongeldig adres.');
    const bestand = await bestanden.lees(gedecodeerd);
    if (!bestand) return stuur(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
    // The page itself (never kept by the browser) carries the first screen's answers.
    const body = bestand.type.startsWith('text/html') ? metEersteScherm(bestand.body.toString('utf8'), await eersteSchermAntwoorden(afhandelaar)) : bestand.body;
    stuur(res, 200, bestand.type, body, bestand.cacheControl);
  });
  await new Promise<void>((ok) => server.listen(opties.port, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const gesloten = new AbortController();
  server.on('close', () => {
    gesloten.abort();
    sessie.sluit();
  });
  const voorbereid = bereidEersteSchermVoor(afhandelaar, gesloten.signal).catch(() => {});
  void voorbereid.then(() => warmRekenkernOp(demoRegio(), gesloten.signal)).catch(() => {});
  return { server, url: `http://127.0.0.1:${port}/`, sessie, token, voorbereid };
}

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(argument('port') ?? process.env.ZIO_PORT ?? 5199);
  const dataMap = argument('data') ?? standaardDataMap();
  const rendererMap = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  startHost({ port, dataMap, rendererMap, token: argument('token') ?? process.env.ZIO_HOST_TOKEN }).then(
    ({ server, url, sessie, token }) => {
      console.log(`ZiO draait in de browser op ${url}?token=${token}`);
      console.log('Open dat adres (met de sleutel erin); wie de sleutel niet heeft, komt er niet in.');
      console.log(`Project: ${sessie.huidigPad()}`);
      if (sessie.opstartMelding) console.log(sessie.opstartMelding);
      // Ctrl+C or a stop from the system: close the project (its lock goes) before leaving.
      for (const signaal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signaal, () => {
          sessie.sluit();
          server.close();
          process.exit(0);
        });
      }
    },
    (e: unknown) => {
      if (!(e instanceof DataMapOnbruikbaar)) throw e;
      console.error(e.message);
      console.error('Start de host met --data <map> om een andere gegevensmap te kiezen.');
      process.exit(1);
    },
  );
}
