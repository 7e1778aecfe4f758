/**
 * The browser host: serves the built renderer and the same API as the Electron main process over
 * HTTP on 127.0.0.1, with the same services and store. Used for end-to-end tests in Chromium and
 * for workshops on a machine without the desktop app.
 *
 *   npm run host [-- --port 5199] [-- --data <map>]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from '../../shared/api/csp';
import { maakAfhandelaar } from '../services/afhandelaar';
import { demoRegio } from '../services/demo-regio';
import { standaardDataMap } from '../services/data-map';
import { ProjectSessie } from '../services/project-sessie';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
/** Room for an imported workbook of 30 MB as base64. */
export const MAX_BODY = 48 * 1024 * 1024;

export interface HostOpties {
  port: number;
  dataMap: string;
  rendererMap: string;
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

function stuur(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Only requests addressed to this machine by name: protects against DNS rebinding. */
function lokaleHost(req: IncomingMessage, port: number): boolean {
  return [`127.0.0.1:${port}`, `localhost:${port}`].includes(req.headers.host ?? '');
}

export async function startHost(opties: HostOpties): Promise<{ server: Server; url: string; sessie: ProjectSessie }> {
  const sessie = new ProjectSessie(opties.dataMap, demoRegio);
  sessie.start();
  const afhandelaar = maakAfhandelaar(sessie.diensten);
  const root = resolve(opties.rendererMap);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const poort = (server.address() as { port: number }).port;
    if (!lokaleHost(req, poort)) return stuur(res, 403, 'text/plain; charset=utf-8', 'Alleen lokaal bereikbaar.');
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
    const relatief = url.pathname === '/' ? 'index.html' : gedecodeerd.replace(/^\/+/, '');
    const bestand = normalize(join(root, relatief));
    if (!bestand.startsWith(root + sep)) return stuur(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
    try {
      stuur(res, 200, MIME[extname(bestand)] ?? 'application/octet-stream', await readFile(bestand));
    } catch {
      stuur(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
    }
  });
  await new Promise<void>((ok) => server.listen(opties.port, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  server.on('close', () => sessie.sluit());
  return { server, url: `http://127.0.0.1:${port}/`, sessie };
}

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(argument('port') ?? process.env.ZIO_PORT ?? 5199);
  const dataMap = argument('data') ?? standaardDataMap();
  const rendererMap = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  startHost({ port, dataMap, rendererMap }).then(({ url, sessie }) => {
    console.log(`ZiO draait in de browser op ${url}`);
    console.log(`Project: ${sessie.huidigPad()}`);
    if (sessie.opstartMelding) console.log(sessie.opstartMelding);
  });
}
