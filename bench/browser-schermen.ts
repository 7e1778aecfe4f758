/**
 * The app in use, in Chromium against the browser host, on the demo regio and the national regio
 * (bench/landelijk.ts): a variant change until the screen is redrawn (per tab of Vergelijken),
 * opening every screen, switching regio, and the longest task that blocked the UI meanwhile
 * (PerformanceObserver 'longtask'). "Redrawn" is measured in the page: from the click until the page
 * is quiet (no API request under way, no loader in the main area, no task of 10 ms or more on the UI
 * thread) for at least 150 ms; the time reported is the moment it became quiet, or the end of a long
 * task (drawing) that began by then.
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { formatGetal } from '../shared/format';
import { landelijkeRegio } from './landelijk';

export const DOELEN = { variantDemoMs: 50, variantLandelijkMs: 300, schermMs: 1000, regioMs: 1000, taakMs: 100 } as const;

export interface Gebruiksmeting {
  /** What was measured, in words. */
  naam: string;
  /** Click to quiet, per repetition (ms). */
  tijden: number[];
  doelMs: number;
  /** The longest task on the UI thread between the click and quiet (ms; 0: none over 50 ms). */
  langsteTaakMs: number;
  /** The largest evaluation answer in the meantime (bytes, uncompressed; with the tab's detail after a change), when there was one. */
  antwoordBytes?: number;
}

declare global {
  interface Window {
    __zioMeting: { taken: Array<[number, number]>; bezig: number; klik: number | null; stilSinds: number | null };
  }
}

/** Installed in every page before its own scripts: long tasks, API requests under way, the last click, and since when the page is quiet. */
function instrumenteer(): void {
  const m: Window['__zioMeting'] = (window.__zioMeting = { taken: [], bezig: 0, klik: null, stilSinds: null });
  new PerformanceObserver((lijst) => {
    for (const e of lijst.getEntries()) m.taken.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const origineel = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    m.bezig++;
    try {
      const r = await origineel(...args);
      // Counted until the body is in: the screen parses it right after.
      const kopie = r.clone();
      await kopie.arrayBuffer();
      return r;
    } finally {
      m.bezig--;
    }
  };
  // Quiet counts from the click on: a click answered from memory in one short task (its variant
  // was asked ahead while the pointer rested) leaves no tick that is not quiet to start from.
  addEventListener(
    'click',
    (e) => {
      m.klik = e.timeStamp;
      m.stilSinds = null;
    },
    true,
  );
  // Inline and anonymous: the page gets this function's text, without the helpers a bundler adds to named functions.
  // A tick more than 20 ms after the previous one waited for a task of 10 ms or more (React
  // rendering an answer, a chart drawing): the page was not quiet then, even without a request.
  let vorigeTik = performance.now();
  setInterval(() => {
    const nu = performance.now();
    const stil = nu - vorigeTik <= 20 && m.bezig === 0 && !document.querySelector('main .mantine-Loader-root');
    vorigeTik = nu;
    if (!stil) m.stilSinds = null;
    else if (m.stilSinds === null) m.stilSinds = nu;
  }, 10);
}

const STIL_MS = 150;

/** Does `actie` (which clicks) and waits until the page is quiet; the time from the click, the longest task, the largest evaluation answer. */
async function meetKlik(page: Page, actie: () => Promise<unknown>): Promise<{ ms: number; taakMs: number; bytes: number }> {
  await page.evaluate(() => {
    window.__zioMeting.klik = null;
    performance.clearResourceTimings();
  });
  await actie();
  await page
    .waitForFunction(
      (stil) => {
        const m = window.__zioMeting;
        return m.klik !== null && m.stilSinds !== null && m.stilSinds >= m.klik && performance.now() - m.stilSinds >= stil;
      },
      STIL_MS,
      { timeout: 120_000 },
    )
    .catch(async (e: unknown) => {
      const stand = await page.evaluate(() => ({ klik: window.__zioMeting.klik, bezig: window.__zioMeting.bezig, laders: document.querySelectorAll('main .mantine-Loader-root').length, kop: document.querySelector('h2')?.textContent }));
      throw new Error(`Pagina werd niet rustig na een klik (${JSON.stringify(stand)}): ${e instanceof Error ? e.message : String(e)}`);
    });
  return page.evaluate((stil) => {
    const m = window.__zioMeting;
    const van = m.klik!;
    // Drawing after the last answer (charts) runs without a request or loader: the tasks that began by the end of the quiet wait count too.
    const taken = m.taken.filter(([start, duur]) => start + duur > van && start < m.stilSinds! + stil);
    const tot = Math.max(m.stilSinds!, ...taken.map(([start, duur]) => start + duur));
    const taakMs = Math.max(0, ...taken.map(([, duur]) => duur));
    const bytes = Math.max(0, ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => /\/api\/evaluatie(MetDetail)?$/.test(e.name)).map((e) => e.decodedBodySize));
    return { ms: tot - van, taakMs, bytes };
  }, STIL_MS);
}

function meting(naam: string, doelMs: number, r: Array<{ ms: number; taakMs: number; bytes: number }>): Gebruiksmeting {
  const bytes = Math.max(0, ...r.map((x) => x.bytes));
  return { naam, tijden: r.map((x) => x.ms), doelMs, langsteTaakMs: Math.max(0, ...r.map((x) => x.taakMs)), ...(bytes ? { antwoordBytes: bytes } : {}) };
}

const DEMO = 'Demoregio (fictief)';
const LANDELIJK = 'Nederland (synthetisch)';
const kop = (page: Page, naam: string | RegExp) => page.getByRole('heading', { level: 2, name: naam });

async function nieuwePagina(context: BrowserContext, url: string, regio: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await kop(page, DEMO).waitFor();
  if (regio !== DEMO) await kiesRegio(page, regio);
  return page;
}

async function kiesRegio(page: Page, regio: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Regio' }).click();
  await page.getByRole('option', { name: regio }).click();
  await kop(page, regio).waitFor({ timeout: 60_000 });
}

const SCHERMEN = ['Regio', 'Vergelijken', 'OOGO-rapport', 'Ontwerptafel', 'Bronnen en aannames', 'Overzicht'] as const;
const TABS = ['Kerncijfers', 'Geldstromen', 'Bijdragen', 'Scholen'] as const;

/**
 * Five changes that each give a variant not asked before: scope, a kader out of the pot, scope
 * again. With `rustMs` the pointer first rests on the switch, as a user's does before clicking (the
 * app then asks the variant ahead); the measurement still starts at the click.
 */
function variantWijzigingen(page: Page, rustMs: number): Array<() => Promise<unknown>> {
  const paneel = page.getByRole('complementary', { name: 'Instellingen van de variant' });
  const klik = async (schakelaar: Locator) => {
    if (rustMs) {
      await schakelaar.hover();
      await page.waitForTimeout(rustMs);
    }
    await schakelaar.click();
  };
  const scope = (s: string) => () => klik(paneel.getByRole('radiogroup', { name: 'Scope' }).getByText(s, { exact: true }));
  return [scope('Smal'), scope('Medium'), () => klik(paneel.getByRole('checkbox', { name: /^Zvw/ })), scope('Smal'), scope('Breed')];
}

/** How long the pointer rests on a switch before the click, in the measurement of a user's pace. */
const RUST_MS = 250;

async function meetVariantwijzigingen(context: BrowserContext, url: string, regio: string, doelMs: number, schaal: string, rustMs = 0): Promise<Gebruiksmeting[]> {
  const uit: Gebruiksmeting[] = [];
  for (const tab of TABS) {
    // A fresh page per tab: the screen remembers recent variants, and each change here must be new.
    const page = await nieuwePagina(context, url, regio);
    await page.getByRole('button', { name: /^Vergelijken/ }).click();
    await page.getByRole('table', { name: 'Kerncijfers per route' }).waitFor({ timeout: 60_000 });
    if (tab !== 'Kerncijfers') await meetKlik(page, () => page.getByRole('tab', { name: tab }).click());
    const r = [];
    for (const wijzig of variantWijzigingen(page, rustMs)) r.push(await meetKlik(page, wijzig));
    const wijze = rustMs ? `, muis eerst ${formatGetal(rustMs)} ms op de schakelaar` : '';
    uit.push(meting(`Variantwijziging → ${tab} opnieuw getekend (${schaal}${wijze})`, doelMs, r));
    await page.close();
  }
  return uit;
}

async function meetSchermenOpenen(context: BrowserContext, url: string, regio: string, rondes: number): Promise<Gebruiksmeting[]> {
  const page = await nieuwePagina(context, url, regio);
  const perScherm = new Map<string, Array<{ ms: number; taakMs: number; bytes: number }>>();
  for (let i = 0; i < rondes; i++) {
    for (const scherm of SCHERMEN) {
      const r = await meetKlik(page, () => page.getByRole('button', { name: new RegExp(`^${scherm}`) }).click());
      perScherm.set(scherm, [...(perScherm.get(scherm) ?? []), r]);
    }
  }
  await page.close();
  return SCHERMEN.map((s) => meting(`Scherm openen: ${s} (landelijk)`, DOELEN.schermMs, perScherm.get(s)!));
}

async function meetRegioWisselen(context: BrowserContext, url: string, rondes: number): Promise<Gebruiksmeting[]> {
  const page = await nieuwePagina(context, url, DEMO);
  const heen = [];
  const terug = [];
  for (let i = 0; i < rondes; i++) {
    heen.push(await meetKlik(page, () => kiesRegio(page, LANDELIJK)));
    terug.push(await meetKlik(page, () => kiesRegio(page, DEMO)));
  }
  await page.close();
  return [meting('Regio wisselen: demo → landelijk (Overzicht)', DOELEN.regioMs, heen), meting('Regio wisselen: landelijk → demo (Overzicht)', DOELEN.regioMs, terug)];
}

/** Imports the national regio into the host, then measures the app in use. */
export async function meetGebruik(browser: Browser, url: string): Promise<Gebruiksmeting[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
  try {
    await context.addInitScript(instrumenteer);
    const start = await context.newPage();
    await start.goto(url);
    await kop(start, DEMO).waitFor();
    const inhoud = Buffer.from(JSON.stringify(landelijkeRegio())).toString('base64');
    const r = await start.request.post(new URL('/api/regioImporteren', start.url()).href, { data: { bestandsnaam: 'landelijk.json', inhoud, doel: { soort: 'nieuw' } }, timeout: 120_000 });
    if (!(await r.json()).ok) throw new Error('De landelijke regio kon niet worden geïmporteerd.');
    await start.close();
    return [
      ...(await meetVariantwijzigingen(context, url, DEMO, DOELEN.variantDemoMs, 'demo')),
      ...(await meetVariantwijzigingen(context, url, DEMO, DOELEN.variantDemoMs, 'demo', RUST_MS)),
      ...(await meetVariantwijzigingen(context, url, LANDELIJK, DOELEN.variantLandelijkMs, 'landelijk')),
      ...(await meetSchermenOpenen(context, url, LANDELIJK, 2)),
      ...(await meetRegioWisselen(context, url, 2)),
    ];
  } finally {
    await context.close();
  }
}

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The measurements as a Dutch plain-text table. */
export function gebruikTabel(metingen: readonly Gebruiksmeting[]): string[] {
  const kop = ['Meting', 'Mediaan (ms)', 'Max (ms)', 'Doel (ms)', 'Langste taak (ms)', 'Antwoord (kB)', 'Oordeel'];
  const rijen = metingen.map((m) => {
    const med = mediaan(m.tijden);
    const binnen = med <= m.doelMs && m.langsteTaakMs <= DOELEN.taakMs;
    return [
      m.naam,
      formatGetal(med),
      formatGetal(Math.max(...m.tijden)),
      formatGetal(m.doelMs),
      formatGetal(m.langsteTaakMs),
      m.antwoordBytes === undefined ? '–' : formatGetal(m.antwoordBytes / 1024),
      binnen ? 'binnen doel' : med > m.doelMs ? 'BOVEN DOEL' : 'TAAK > 100 ms',
    ];
  });
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i].length)));
  const regel = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(breedte[i]) : c.padStart(breedte[i]))).join('  ').trimEnd();
  return [regel(kop), breedte.map((b) => '-'.repeat(b)).join('  '), ...rijen.map(regel)];
}
