import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHost, MAX_BODY } from '../../core/host/server';
import type { ProjectSessie } from '../../core/services/project-sessie';
import type { ProjectInfo } from '../../shared/api/contract';
import type { Antwoord } from '../../shared/api/operaties';
import type { RegioOverzicht } from '../../shared/regio/overzicht';
import { EERSTE_SCHERM_ID, type MeegegevenAntwoord } from '../../shared/api/eerste-scherm';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const INDEX = '<!doctype html><html lang="nl"><head><title>ZiO test</title></head><body><div id="root"></div></body></html>';
const EERSTE_SCHERM_BLOK = new RegExp(`<script type="application/json" id="${EERSTE_SCHERM_ID}">(.*?)</script>\\n`, 's');
/** The page as built, without the first screen's answers the host puts in it. */
const zonderAntwoorden = (html: string) => html.replace(EERSTE_SCHERM_BLOK, '');
const GEHEIM = 'dit mag de browser nooit zien';
/** The host's token in these tests; every request below carries its cookie unless it says otherwise. */
const TOKEN = 'test-sleutel-0123456789';
const metToken = (port: number) => `zio_token_${port}=${TOKEN}`;

interface Reactie {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Vraag {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A raw HTTP request: the path is sent exactly as given (no client-side normalisation). */
function vraag(port: number, pad: string, { method = 'GET', headers = {}, body }: Vraag = {}): Promise<Reactie> {
  return new Promise((ok, fout) => {
    const req = request({ host: '127.0.0.1', port, path: pad, method, headers: { host: `127.0.0.1:${port}`, cookie: metToken(port), ...headers } }, (res) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(delen).toString('utf8') }));
      res.on('error', fout);
    });
    req.setTimeout(5000, () => req.destroy(new Error('time-out')));
    req.on('error', fout);
    req.end(body);
  });
}

function api(port: number, op: string, invoer: unknown): Promise<Reactie> {
  return vraag(port, `/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(invoer) });
}

function antwoord<T>(r: Reactie): Antwoord<T> {
  expect(r.headers['content-type']).toBe('application/json');
  return JSON.parse(r.body) as Antwoord<T>;
}

describe('de browser-host', () => {
  let map: string;
  let server: Server;
  let sessie: ProjectSessie;
  let port: number;
  let url: string;

  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), 'zio-host-'));
    const renderer = join(map, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), INDEX);
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("zio");');
    // Files next to the renderer folder that must never be served.
    writeFileSync(join(map, 'geheim.txt'), GEHEIM);
    mkdirSync(join(map, 'renderer-geheim'));
    writeFileSync(join(map, 'renderer-geheim', 'x.txt'), GEHEIM);
    let voorbereid: Promise<void>;
    ({ server, url, sessie, voorbereid } = await startHost({ port: 0, dataMap: join(map, 'data'), rendererMap: renderer, token: TOKEN }));
    port = (server.address() as { port: number }).port;
    // The host computes the first screen's answers once after start; the spies below see only the tests' own requests.
    await voorbereid;
  });

  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(map, { recursive: true, force: true });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('luistert op een vrije poort, alleen op 127.0.0.1', async () => {
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    expect(server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });

    // Not reachable on any other address of this machine.
    const anderen = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address)
      .concat('::1');
    for (const adres of anderen) {
      const verbonden = await new Promise<boolean>((ok) => {
        const s = connect({ host: adres, port, timeout: 1000 });
        s.on('connect', () => {
          s.destroy();
          ok(true);
        });
        s.on('error', () => ok(false));
        s.on('timeout', () => {
          s.destroy();
          ok(false);
        });
      });
      expect(verbonden, adres).toBe(false);
    }
  });

  it('GET / geeft index.html met een strikte Content-Security-Policy', async () => {
    const r = await vraag(port, '/');
    expect(r.status).toBe(200);
    expect(zonderAntwoorden(r.body)).toBe(INDEX);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = r.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('de pagina draagt de antwoorden van het eerste scherm, zoals de API ze geeft, als JSON-gegevensblok in <head>', async () => {
    const r = await vraag(port, '/');
    const blok = EERSTE_SCHERM_BLOK.exec(r.body);
    expect(blok).not.toBeNull();
    expect(r.body.indexOf(blok![0])).toBeLessThan(r.body.indexOf('</head>'));
    // Not a script the browser runs (the CSP allows none inline), and no '<' that could end it.
    expect(blok![1]).not.toContain('<');
    const antwoorden = JSON.parse(blok![1]) as MeegegevenAntwoord[];
    expect(antwoorden.map((a) => a.op)).toEqual(['projectInfo', 'regioOverzicht', 'behoefte', 'behoefte', 'behoefte', 'evaluatie']);
    for (const a of antwoorden) {
      const api = await vraag(port, `/api/${a.op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a.invoer) });
      expect(a.antwoord, a.op).toEqual(JSON.parse(api.body));
    }
  });

  it('geeft bestanden uit de renderermap met het juiste type en 404 voor wat er niet is', async () => {
    const js = await vraag(port, '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("zio");');
    expect((await vraag(port, '/assets/weg.js')).status).toBe(404);
    expect((await vraag(port, '/assets/')).status).toBe(404);
  });

  it('laat de browser de bestanden onder assets/ bewaren, index.html niet, en geeft een gewijzigd bestand opnieuw', async () => {
    expect((await vraag(port, '/assets/app.js')).headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect((await vraag(port, '/')).headers['cache-control']).toBe('no-store');
    expect((await vraag(port, '/api/projectInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).headers['cache-control']).toBe('no-store');
    const index = join(map, 'renderer', 'index.html');
    writeFileSync(index, `${INDEX}<!-- nieuwe bouw -->`);
    try {
      expect(zonderAntwoorden((await vraag(port, '/')).body)).toBe(`${INDEX}<!-- nieuwe bouw -->`);
    } finally {
      writeFileSync(index, INDEX);
    }
  });

  it('localhost als Host is ook goed', async () => {
    expect((await vraag(port, '/', { headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1', '127.0.0.1.evil.example:PORT', 'localhost:1', '[::1]:PORT', '0.0.0.0:PORT'])('weigert Host %s (DNS-rebinding)', async (host) => {
    const kop = host.replace('PORT', String(port));
    const spy = vi.spyOn(sessie.diensten, 'projectInfo');
    const pagina = await vraag(port, '/', { headers: { host: kop } });
    expect(pagina.status).toBe(403);
    expect(pagina.body).not.toContain('ZiO test');
    const r = await vraag(port, '/api/projectInfo', { method: 'POST', headers: { host: kop, 'content-type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('Demoregio');
    expect(spy).not.toHaveBeenCalled();
  });

  it.each(['/../geheim.txt', '/%2e%2e/geheim.txt', '/..%2fgeheim.txt', '/%2e%2e%2fgeheim.txt', '/assets/..%2f..%2fgeheim.txt', '/..%2frenderer-geheim%2fx.txt', '/../package.json', '/%2e%2e/package.json', '/..%2f..%2f..%2fpackage.json'])(
    'padtraversal %s geeft 404',
    async (pad) => {
      const r = await vraag(port, pad);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain(GEHEIM);
      expect(r.body).not.toContain('"dependencies"');
    },
  );

  it('POST /api/projectInfo geeft het demoproject', async () => {
    const spy = vi.spyOn(sessie.diensten, 'projectInfo');
    const r = await api(port, 'projectInfo', {});
    expect(spy).toHaveBeenCalledTimes(1);
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    const a = antwoord<ProjectInfo>(r);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.data.naam).toBe('Demoregio');
    expect(a.data.pad).toBe(join(map, 'data', 'projecten', 'Demoregio.zio'));
    expect(a.data.regios.map((x) => [x.id, x.naam, x.leerlingen])).toEqual([[1, 'Demoregio (fictief)', 1560]]);
  });

  it('POST /api/projectInfo zonder body werkt ook', async () => {
    const r = await vraag(port, '/api/projectInfo', { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(antwoord<ProjectInfo>(r).ok).toBe(true);
  });

  it('POST /api/regioOverzicht {regioId: 1} telt 1560 leerlingen', async () => {
    const a = antwoord<RegioOverzicht>(await api(port, 'regioOverzicht', { regioId: 1 }));
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.data.leerlingen.totaal).toBe(1560);
    expect(a.data.leerlingen.buitenRegio).toBe(100);
    expect(a.data.gemeenten.centrumgemeente).toBe('Centrumstad');
  });

  it('een ongeldige payload geeft ok:false met een Nederlands probleem, zonder de dienst aan te roepen', async () => {
    const spy = vi.spyOn(sessie.diensten, 'regioOverzicht');
    const r = await api(port, 'regioOverzicht', { regioId: '1' });
    expect(r.status).toBe(200);
    expect(antwoord(r)).toEqual({
      ok: false,
      fout: { soort: 'gebruiker', melding: 'Ongeldige gegevens voor "regioOverzicht".', problemen: [{ pad: '$.regioId', melding: 'verwacht een getal, maar vond tekst "1"' }] },
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('een onbekende regio en een onbekende opdracht geven een Nederlandse gebruikersfout', async () => {
    expect(antwoord(await api(port, 'regioLezen', { regioId: 42 }))).toEqual({
      ok: false,
      fout: { soort: 'gebruiker', melding: 'Regio 42 bestaat niet in dit project.', problemen: [] },
    });
    expect(antwoord(await api(port, 'wisAlles', {}))).toMatchObject({ ok: false, fout: { soort: 'gebruiker', melding: 'Onbekende opdracht "wisAlles".' } });
  });

  it('ongeldige JSON geeft 400 met een Nederlandse melding', async () => {
    const r = await vraag(port, '/api/projectInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{regioId: 1' });
    expect(r.status).toBe(400);
    expect(antwoord(r)).toEqual({ ok: false, fout: { soort: 'gebruiker', melding: 'Ongeldige JSON.', problemen: [] } });
  });

  it('GET op de API geeft 405', async () => {
    const spy = vi.spyOn(sessie.diensten, 'projectInfo');
    const r = await vraag(port, '/api/projectInfo');
    expect(r.status).toBe(405);
    expect(r.body).toBe('Gebruik POST met JSON.');
    expect(spy).not.toHaveBeenCalled();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])('content-type %j op de API geeft 405', async (type) => {
    const spy = vi.spyOn(sessie.diensten, 'projectInfo');
    const headers: Record<string, string> = type ? { 'content-type': type } : {};
    const r = await vraag(port, '/api/projectInfo', { method: 'POST', headers, body: '{}' });
    expect(r.status).toBe(405);
    expect(spy).not.toHaveBeenCalled();
  });

  it('andere methodes dan GET/HEAD op gewone paden geven 405', async () => {
    expect((await vraag(port, '/', { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await vraag(port, '/index.html', { method: 'DELETE' })).status).toBe(405);
    const head = await vraag(port, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('weigert een body groter dan de grens (48 MB) en blijft daarna werken', async () => {
    const spy = vi.spyOn(sessie.diensten, 'projectInfo');
    const groot = JSON.stringify({ vulsel: 'x'.repeat(MAX_BODY + 1024 * 1024) });
    const uitkomst = await vraag(port, '/api/projectInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: groot }).then(
      (r) => r.status,
      (e: NodeJS.ErrnoException) => e.code ?? e.message,
    );
    // Either an error status or a closed connection; never a normal answer.
    expect(uitkomst).not.toBe(200);
    expect(spy).not.toHaveBeenCalled();
    expect(antwoord<ProjectInfo>(await api(port, 'projectInfo', {})).ok).toBe(true);
  });

  describe('de sleutel (token)', () => {
    const zonder = { cookie: '' };

    it('weigert de app-pagina, de bestanden en de API zonder sleutel, in het Nederlands, zonder de dienst aan te roepen', async () => {
      const spy = vi.spyOn(sessie.diensten, 'projectInfo');
      for (const pad of ['/', '/index.html', '/assets/app.js']) {
        const r = await vraag(port, pad, { headers: zonder });
        expect(r.status, pad).toBe(403);
        expect(r.body).toMatch(/Geen toegang.*token/);
        expect(r.body).not.toContain('zio');
      }
      const a = await vraag(port, '/api/projectInfo', { method: 'POST', headers: { ...zonder, 'content-type': 'application/json' }, body: '{}' });
      expect(a.status).toBe(403);
      expect(antwoord(a)).toMatchObject({ ok: false, fout: { soort: 'gebruiker', melding: expect.stringMatching(/^Geen toegang/) } });
      expect(spy).not.toHaveBeenCalled();
    });

    it('weigert een verkeerde sleutel in de cookie en in het adres', async () => {
      expect((await vraag(port, '/', { headers: { cookie: `zio_token_${port}=${TOKEN}x` } })).status).toBe(403);
      expect((await vraag(port, '/', { headers: { cookie: `zio_token_${port + 1}=${TOKEN}` } })).status).toBe(403);
      const r = await vraag(port, `/?token=${TOKEN.slice(0, -1)}`, { headers: zonder });
      expect(r.status).toBe(403);
      expect(r.headers['set-cookie']).toBeUndefined();
    });

    it('ruilt de sleutel in het adres voor een HttpOnly SameSite=Strict-cookie en haalt hem uit het adres', async () => {
      const r = await vraag(port, `/?token=${TOKEN}`, { headers: zonder });
      expect(r.status).toBe(303);
      expect(r.headers.location).toBe('/');
      const [koek] = r.headers['set-cookie']!;
      expect(koek).toMatch(new RegExp(`^zio_token_${port}=${TOKEN};`));
      expect(koek).toContain('HttpOnly');
      expect(koek).toContain('SameSite=Strict');
      const pagina = await vraag(port, '/', { headers: { cookie: koek.split(';')[0] } });
      expect(pagina.status).toBe(200);
      expect(zonderAntwoorden(pagina.body)).toBe(INDEX);
    });

    it('weigert de API voor een andere website, ook met de cookie', async () => {
      const r = await vraag(port, '/api/projectInfo', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{}' });
      expect(r.status).toBe(403);
      const eigen = await vraag(port, '/api/projectInfo', { method: 'POST', headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' }, body: '{}' });
      expect(eigen.status).toBe(200);
    });

    it('maakt zonder opgegeven sleutel bij elke start een nieuwe, lange willekeurige sleutel', async () => {
      const sleutels: string[] = [];
      for (const i of [1, 2]) {
        const h = await startHost({ port: 0, dataMap: join(map, `data-${i}`), rendererMap: join(map, 'renderer') });
        sleutels.push(h.token);
        await new Promise<void>((ok) => h.server.close(() => ok()));
      }
      expect(sleutels[0]).toMatch(/^[\w-]{32,}$/);
      expect(sleutels[1]).not.toBe(sleutels[0]);
    });
  });

  it('een body van net onder de grens wordt nog gelezen (en dan als invoer geweigerd)', async () => {
    const spy = vi.spyOn(sessie.diensten, 'projectInfo');
    const body = JSON.stringify({ vulsel: 'x'.repeat(MAX_BODY - 1024 * 1024) });
    const a = antwoord(await vraag(port, '/api/projectInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
    expect(a).toMatchObject({ ok: false, fout: { soort: 'gebruiker', problemen: [{ pad: '$', melding: 'onbekend veld "vulsel"' }] } });
    expect(spy).not.toHaveBeenCalled();
  });
});

// The host as users start it (`npm run host`), in its own process, so a crash is observable.
describe('de browser-host als eigen proces', () => {
  let map: string;
  let kind: ChildProcess;
  let port: number;
  let uitvoer = '';

  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), 'zio-host-proces-'));
    kind = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'core', 'host', 'server.ts'), '--port', '0', '--data', join(map, 'data'), '--token', TOKEN], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    port = await new Promise<number>((ok, fout) => {
      const klok = setTimeout(() => fout(new Error(`host startte niet: ${uitvoer}`)), 15_000);
      const lees = (d: Buffer) => {
        uitvoer += d.toString();
        const m = /http:\/\/127\.0\.0\.1:(\d+)\/.*\n/.exec(uitvoer);
        if (m) {
          clearTimeout(klok);
          ok(Number(m[1]));
        }
      };
      kind.stdout!.on('data', lees);
      kind.stderr!.on('data', lees);
      kind.on('exit', (code) => fout(new Error(`host stopte (${code}): ${uitvoer}`)));
    });
  }, 20_000);

  afterAll(async () => {
    if (kind.exitCode === null && kind.signalCode === null) {
      const weg = new Promise((ok) => kind.once('exit', ok));
      kind.kill();
      await weg;
    }
    rmSync(map, { recursive: true, force: true });
  });

  it('toont het adres met de sleutel erin', () => {
    expect(uitvoer).toContain(`http://127.0.0.1:${port}/?token=${TOKEN}`);
  });

  it('beantwoordt de API', async () => {
    const a = antwoord<ProjectInfo>(await api(port, 'projectInfo', {}));
    expect(a.ok && a.data.regios[0].leerlingen).toBe(1560);
  });

  // BUG (core/host/server.ts:91, and likewise :87 for /api/): decodeURIComponent() throws a
  // URIError on a malformed percent-escape such as "/%ZZ" or "/api/%E0%A4%A". The request handler
  // is async and nothing catches it, so the rejection is unhandled: no response is sent and Node
  // terminates the whole host process. One stray request from any local page or tool kills the
  // server. Expected: a 400/404 answer and a host that keeps running.
  it('overleeft een pad met een ongeldige %-codering', async () => {
    const r = await vraag(port, '/%ZZ');
    expect([400, 404]).toContain(r.status);
    const a = antwoord<ProjectInfo>(await api(port, 'projectInfo', {}));
    expect(a.ok).toBe(true);
  });
  // Last: it stops the host.
  it('Ctrl+C sluit het project af: het lock verdwijnt en de host stopt', async () => {
    const project = join(map, 'data', 'projecten', 'Demoregio.zio');
    expect(existsSync(`${project}.lock`)).toBe(true);
    const weg = new Promise<number | null>((ok) => kind.once('exit', ok));
    kind.kill('SIGINT');
    expect(await weg).toBe(0);
    expect(existsSync(`${project}.lock`)).toBe(false);
    expect(existsSync(project)).toBe(true);
  });
});

describe('de browser-host op een onbruikbare gegevensmap', () => {
  it('zegt in het Nederlands welke map, hoe je een andere kiest, en stopt zonder stacktrace', async () => {
    const map = mkdtempSync(join(tmpdir(), 'zio-host-datamap-'));
    try {
      writeFileSync(join(map, 'bestand'), 'geen map');
      const data = join(map, 'bestand', 'data');
      const kind = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'core', 'host', 'server.ts'), '--port', '0', '--data', data], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
      let uitvoer = '';
      kind.stdout!.on('data', (d: Buffer) => (uitvoer += d.toString()));
      kind.stderr!.on('data', (d: Buffer) => (uitvoer += d.toString()));
      const code = await new Promise<number | null>((ok) => kind.once('exit', ok));
      expect(code).toBe(1);
      expect(uitvoer).toContain(`De gegevensmap ${data} is alleen-lezen of niet bereikbaar`);
      expect(uitvoer).toContain('--data <map>');
      expect(uitvoer).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  }, 20_000);
});
