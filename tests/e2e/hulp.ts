import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type APIRequestContext, type Download, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { EvaluatieWeergave } from '../../shared/engine/evaluatie-weergave';

/** Helpers every spec may use; screen-specific steps live in the page models (pagina/). */

export const DEMOREGIO = 'Demoregio (fictief)';
const SCHERMAFDRUKKEN = 'test-results/screenshots';

/** Picks an option of a Mantine Select or Combobox: a text matches exactly, a pattern as given. */
export async function kiesOptie(veld: Locator, optie: string | RegExp): Promise<void> {
  await veld.click();
  await veld.page().getByRole('option', { name: optie, exact: typeof optie === 'string' }).click();
}

/** The download a click starts. */
export async function downloadNa(page: Page, klik: () => Promise<unknown>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), klik()]);
  return download;
}

/** Saves a download among the test's output (under its own name unless given), attached to the report. */
export async function bewaar(download: Download, info: TestInfo, naam = download.suggestedFilename()): Promise<{ pad: string; inhoud: Buffer }> {
  const pad = info.outputPath(naam);
  await download.saveAs(pad);
  await info.attach(naam, { path: pad });
  return { pad, inhoud: readFileSync(pad) };
}

export interface SchermafdrukOpties {
  /** Attach the picture to the test report. */
  info?: TestInfo;
  /** First scroll this element to the top, below the app's fixed header. */
  bovenaan?: Locator;
  /** The whole page instead of the viewport. */
  volledig?: boolean;
  /** Move the mouse out of the way first, so no tooltip is in the picture. */
  muisWeg?: boolean;
}

/** A screenshot in test-results/screenshots/<naam>.png. */
export async function schermafdruk(page: Page, naam: string, { info, bovenaan, volledig = false, muisWeg = false }: SchermafdrukOpties = {}): Promise<void> {
  mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  if (bovenaan) {
    await bovenaan.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76);
    });
  }
  if (muisWeg) await page.mouse.move(0, 0);
  const pad = `${SCHERMAFDRUKKEN}/${naam}.png`;
  await page.screenshot({ path: pad, fullPage: volledig });
  if (info) await info.attach(naam, { path: pad, contentType: 'image/png' });
}

/** The id of the demo regio, from the API. */
export async function demoRegioId(request: APIRequestContext): Promise<number> {
  const info = await (await request.post('/api/projectInfo', { data: {} })).json();
  return info.data.regios.find((r: { naam: string }) => r.naam === DEMOREGIO).id;
}

/** The engine's answer for a variant of the demo regio, straight from the API. */
export async function evaluatie(request: APIRequestContext, variant: Record<string, unknown>): Promise<EvaluatieWeergave> {
  const antwoord = await (await request.post('/api/evaluatie', { data: { regioId: await demoRegioId(request), variant } })).json();
  expect(antwoord.ok).toBe(true);
  return antwoord.data;
}
