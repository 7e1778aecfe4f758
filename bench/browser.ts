/**
 * The renderer in the browser: the bundle sizes of the production build, how long the first screen
 * takes in Chromium against the browser host on the demo regio (a fresh data folder, a cold browser
 * cache per run), and the app in use on the demo and the national regio (bench/browser-schermen.ts:
 * variant changes, opening screens, switching regio, long tasks). Prints figures and judges them
 * against their targets.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';
import { EERSTE_SCHERM_KOP } from '../shared/api/eerste-scherm';
import { build } from 'electron-vite';
import { formatGetal } from '../shared/format';
import { leesBundel, type Bundel } from './bundel';
import { gebruikTabel, meetGebruik } from './browser-schermen';

const MB = 1024 * 1024;
const DOEL_INITIEEL = 1 * MB;
const DOEL_EERSTE_SCHERM_MS = 1000;
const RONDES = 5;

export interface EersteScherm {
  /** From the start of navigation until the browser painted the Overzicht's heading (with its figures in the same render). */
  kopMs: number;
  /** Until its chart is drawn too. */
  grafiekMs: number;
  /** JavaScript the page loaded until then, in bytes (uncompressed). */
  jsBytes: number;
  /** CPU time of the page's main thread until the heading was visible (Chromium's ThreadTime): less dependent on other work on the machine than the wall-clock times. */
  cpuMs: number;
}

function vrijePoort(): Promise<number> {
  return new Promise((ok, fout) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on('error', fout);
  });
}

/** Starts the browser host as `npm run host` does, and resolves with the URL it prints. */
function startHost(dataMap: string, port: number): Promise<{ url: string; proces: ChildProcess }> {
  const proces = spawn(process.execPath, ['--import', 'tsx', 'core/host/server.ts', '--port', String(port), '--data', dataMap], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fout) => {
    let uit = '';
    proces.stdout!.on('data', (d: Buffer) => {
      uit += d.toString('utf8');
      const url = /ZiO draait in de browser op (\S+)/.exec(uit)?.[1];
      if (url) ok({ url, proces });
    });
    proces.on('exit', (code) => fout(new Error(`De browserhost stopte (code ${code}) voordat hij een adres noemde.`)));
  });
}

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function startBrowser() {
  const executablePath = process.env.ZIO_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}

declare global {
  interface Window {
    __zioKopGetekend?: number;
  }
}

/**
 * Installed in the page before its own scripts: notes (as an epoch time) when the browser painted the
 * Overzicht's heading, from its Element Timing entry. The page reports the moment itself, so the
 * measurement adds no work to the page while it loads (a Playwright locator first evaluates its own
 * script of several hundred kB in the page, and then polls it between the app's tasks).
 */
function noteerKop(naam: string): void {
  new PerformanceObserver((lijst) => {
    for (const e of lijst.getEntries() as Array<PerformanceEntry & { identifier: string; renderTime: number; loadTime: number }>) {
      if (e.identifier === naam && window.__zioKopGetekend === undefined) window.__zioKopGetekend = performance.timeOrigin + (e.renderTime || e.loadTime);
    }
  }).observe({ type: 'element', buffered: true });
}

/** Asks the page for an expression's value over CDP until it is truthy (no script of the test tool runs in the page). */
async function wachtOp<T>(cdp: CDPSession, expressie: string, timeoutMs = 30_000): Promise<T> {
  const tot = Date.now() + timeoutMs;
  for (;;) {
    // While the page navigates there may be no document to ask yet: asked again.
    const r = await cdp.send('Runtime.evaluate', { expression: expressie, returnByValue: true }).catch(() => null);
    if (r?.result.value) return r.result.value as T;
    if (Date.now() > tot) throw new Error(`Niet gezien binnen ${timeoutMs / 1000} s: ${expressie}`);
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

/** Opens the app `rondes` times in a new browser context and times the first screen. */
async function meetEersteScherm(url: string, rondes: number): Promise<EersteScherm[]> {
  const browser = await startBrowser();
  try {
    const metingen: EersteScherm[] = [];
    // One unmeasured round: the host's first answers include compiling its own code.
    for (let i = 0; i <= rondes; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
      await context.addInitScript(noteerKop, EERSTE_SCHERM_KOP);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'commit' });
      const kopMs = (await wachtOp<number>(cdp, 'window.__zioKopGetekend')) - t0;
      const { metrics } = await cdp.send('Performance.getMetrics');
      const cpuMs = (metrics.find((x) => x.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
      // The chart: seen by polling (an SVG has no Element Timing), so up to 20 ms late.
      await wachtOp(cdp, `!!document.querySelector('[role=img][aria-label^="Staafdiagram"] svg')`);
      const grafiekMs = Date.now() - t0;
      const jsBytes = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js')).reduce((s, e) => s + e.decodedBodySize, 0),
      );
      if (i > 0) metingen.push({ kopMs, grafiekMs, jsBytes, cpuMs });
      await context.close();
    }
    return metingen;
  } finally {
    await browser.close();
  }
}

/**
 * The same first screen in one tab that is reused: before each round it goes to about:blank and the
 * browser's HTTP cache, cookies and the site's storage are cleared, so the app's code, styles and
 * data come anew from the host. A new tab in this Chromium also builds the browser's own omnibox
 * popup (a WebUI page in a process of its own) at the same moment, which competes for the two cores
 * with the app; this measurement leaves that out and so shows the app's own part.
 */
async function meetEersteSchermZelfdeTab(url: string, rondes: number): Promise<number[]> {
  const browser = await startBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
    await context.addInitScript(noteerKop, EERSTE_SCHERM_KOP);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const tijden: number[] = [];
    for (let i = 0; i <= rondes; i++) {
      await page.goto('about:blank');
      await cdp.send('Network.clearBrowserCache');
      await cdp.send('Network.clearBrowserCookies');
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'commit' });
      const getekend = await wachtOp<number>(cdp, 'window.__zioKopGetekend');
      if (i > 0) tijden.push(getekend - t0);
    }
    await context.close();
    return tijden;
  } finally {
    await browser.close();
  }
}

const kB = (b: number) => `${formatGetal(b / 1024, 0)} kB`;

function bundelRegels(b: Bundel): string[] {
  const groot = b.brokken.filter((x) => x.bytes > 100 * 1024);
  return [
    `Bij de start geladen JavaScript: ${kB(b.initieelBytes)} (doel ≤ ${kB(DOEL_INITIEEL)}: ${b.initieelBytes <= DOEL_INITIEEL ? 'binnen doel' : 'BOVEN DOEL'})`,
    `Alle JavaScript samen: ${kB(b.totaalBytes)} in ${formatGetal(b.brokken.length)} brokken`,
    'Brokken boven 100 kB:',
    ...groot.map((x) => `  ${x.bestand.padEnd(34)} ${kB(x.bytes).padStart(9)}${x.initieel ? '  (bij de start)' : ''}`),
  ];
}

/** Builds the app, reads the bundle and times the first screen; the report as lines of text. */
export async function rendererVerslag(): Promise<string> {
  await build({ configFile: 'electron.vite.config.ts', logLevel: 'silent' });
  const regels = ['Renderer (productiebouw, verkleind)', ...bundelRegels(leesBundel('out/renderer')), ''];
  // Wall-clock times depend on what else the machine does: say how busy it was.
  const belasting = `belasting van de machine ${loadavg()[0].toFixed(1).replace('.', ',')} op ${availableParallelism()} kernen`;
  const dataMap = mkdtempSync(join(tmpdir(), 'zio-bench-host-'));
  let host: ChildProcess | undefined;
  try {
    const gestart = await startHost(dataMap, await vrijePoort());
    host = gestart.proces;
    const m = await meetEersteScherm(gestart.url, RONDES);
    const kop = mediaan(m.map((x) => x.kopMs));
    regels.push(
      `Eerste scherm in Chromium, browserhost op de demoregio (${RONDES} keer, lege cache; mediaan, max; ${belasting}):`,
      `  Overzicht met kop en kerncijfers zichtbaar: ${formatGetal(kop)} ms, ${formatGetal(Math.max(...m.map((x) => x.kopMs)))} ms (doel ≤ ${formatGetal(DOEL_EERSTE_SCHERM_MS)} ms: ${kop <= DOEL_EERSTE_SCHERM_MS ? 'binnen doel' : 'BOVEN DOEL'})`,
      `  ook de grafiek getekend: ${formatGetal(mediaan(m.map((x) => x.grafiekMs)))} ms, ${formatGetal(Math.max(...m.map((x) => x.grafiekMs)))} ms`,
      `  CPU-tijd van de pagina (hoofdthread) tot het Overzicht zichtbaar is: ${formatGetal(mediaan(m.map((x) => x.cpuMs)))} ms`,
      `  JavaScript geladen tot de grafiek er staat: ${kB(mediaan(m.map((x) => x.jsBytes)))}`,
    );
    const zelfdeTab = await meetEersteSchermZelfdeTab(gestart.url, RONDES);
    regels.push(`  in een hergebruikt tabblad (HTTP-cache, cookies en opslag gewist; zonder de omnibox-pagina die Chromium bij elk nieuw tabblad bouwt): ${formatGetal(mediaan(zelfdeTab))} ms, ${formatGetal(Math.max(...zelfdeTab))} ms`);
    const browser = await startBrowser();
    try {
      regels.push('', `De app in gebruik, Chromium tegen de browserhost (demo en landelijk: 516 scholen, 344 gemeenten; ${belasting}):`, ...gebruikTabel(await meetGebruik(browser, gestart.url)));
    } finally {
      await browser.close();
    }
  } catch (e) {
    regels.push(`Chromium: niet (alles) gemeten (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`);
  } finally {
    host?.kill();
    rmSync(dataMap, { recursive: true, force: true });
  }
  return regels.join('\n');
}
