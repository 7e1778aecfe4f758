import { execFileSync } from 'node:child_process';
import type { APIRequestContext, Locator, Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { schermafdruk } from './hulp';
import type { ZioApp } from './pagina/app';

/**
 * The app at national scale (516 schools, 344 gemeenten, imported as a regio-bestand): long lists
 * are tables with search, sorting and totals in view, charts show the largest parties, and no
 * screen grows to tens of thousands of pixels.
 */

const LAND = 'Nederland (synthetisch)';
/** The most a screen may be tall at national scale, in px (it was 28.317 for Bijdragen, 47.833 for Scholen). */
const MAX_HOOGTE = 3000;

test.describe.configure({ timeout: 180_000 });

/** Imports the national regio once (the host keeps it for the rest of the run). */
async function importeerLand(request: APIRequestContext): Promise<void> {
  const info = await (await request.post('/api/projectInfo', { data: {} })).json();
  if (info.data.regios.some((r: { naam: string }) => r.naam === LAND)) return;
  // Made by the script (through tsx, as the engine's JSON imports need), as a user would get the file.
  const bestand = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/maak-landelijke-regio.ts'], { maxBuffer: 64 * 1024 * 1024 });
  const inhoud = bestand.toString('base64');
  const antwoord = await (await request.post('/api/regioImporteren', { data: { bestandsnaam: 'landelijk.json', inhoud, doel: { soort: 'nieuw' } }, timeout: 120_000 })).json();
  expect(antwoord.ok, JSON.stringify(antwoord.fout ?? '')).toBe(true);
}

async function kiesLand(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('combobox', { name: 'Regio' }).click();
  await page.getByRole('option', { name: LAND }).click();
  await expect(page.getByRole('heading', { level: 2, name: LAND })).toBeVisible({ timeout: 60_000 });
}

/** The route comparison; at national scale it takes seconds to open (another part of the work). */
async function naarVergelijken(page: Page, app: ZioApp): Promise<void> {
  await app.naar('Vergelijken');
  await expect(page.getByRole('table', { name: 'Kerncijfers per route' })).toBeVisible({ timeout: 60_000 });
}

const paginaHoogte = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** The footer row of a long table whose first cell starts with this text. */
const voet = (tabel: Locator, tekst: RegExp) => tabel.locator('tfoot tr').filter({ hasText: tekst });

test.beforeEach(async ({ app, request }) => {
  void app;
  await importeerLand(request);
});

test('Bijdragen op landelijke schaal: zoeken, sorteren, filteren, totalen in beeld, pagina begrensd', async ({ page, app }, info) => {
  await kiesLand(page);
  await naarVergelijken(page, app);
  await page.getByRole('tab', { name: 'Bijdragen' }).click();
  const tabel = page.getByRole('table', { name: 'Bijdragen per gemeente' });
  await expect(tabel.getByRole('row', { name: /Gemeente 1\b/ })).toBeVisible({ timeout: 60_000 });
  expect(await paginaHoogte(page)).toBeLessThan(MAX_HOOGTE);
  // Only the rows in view are drawn, not all 344.
  expect(await tabel.locator('tbody tr:not(.opvulling)').count()).toBeLessThan(60);
  await expect(page.getByText('344 gemeenten', { exact: true })).toBeVisible();

  // The totals of all gemeenten stay in view while the rows scroll.
  const rollen = page.getByRole('region', { name: 'Bijdragen per gemeente, scrollbaar' });
  await rollen.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const totaal = voet(tabel, /^Totaal/);
  await expect(totaal).toBeInViewport();
  const totaalTekst = await totaal.innerText();
  await rollen.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(tabel.getByRole('row', { name: /Gemeente 344\b/ })).toBeVisible();
  await expect(totaal).toBeInViewport();

  // Search: one gemeente, the footer says the table is filtered and still gives the total of all.
  const zoek = page.getByRole('searchbox', { name: 'Zoeken in bijdragen per gemeente' });
  await expect(zoek).toHaveAttribute('placeholder', 'Zoek gemeente…');
  await zoek.fill('gemeente 123');
  await expect(tabel.getByRole('row', { name: /Gemeente 123\b/ })).toBeVisible();
  await expect(tabel.locator('tbody tr:not(.opvulling)')).toHaveCount(1);
  await expect(voet(tabel, /^Gefilterd: 1 van 344 gemeenten/)).toBeVisible();
  const bedragen = (t: string) => t.replace(/^Totaal( \(alle [\d.]+\))?/, '').trim();
  expect(bedragen(await voet(tabel, /^Totaal \(alle 344\)/).innerText())).toBe(bedragen(totaalTekst));
  await schermafdruk(page, 'landelijk-bijdragen-zoeken-1280x720', { info, bovenaan: zoek, muisWeg: true });
  await zoek.fill('');

  // Sort by today's amount, largest first; a second click turns it round. The keyboard does the same.
  const kop = tabel.getByRole('columnheader', { name: /^Nu/ });
  await kop.getByRole('button').click();
  await expect(kop).toHaveAttribute('aria-sort', 'descending');
  const bedrag = (t: string) => Number(t.replace(/[^0-9]/g, ''));
  const nu = async () => Promise.all([0, 1, 2].map(async (i) => bedrag(await tabel.locator('tbody tr:not(.opvulling)').nth(i).getByRole('cell').nth(2).innerText())));
  const aflopend = await nu();
  expect(aflopend).toEqual([...aflopend].sort((a, b) => b - a));
  await kop.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(kop).toHaveAttribute('aria-sort', 'ascending');
  const oplopend = await nu();
  expect(oplopend).toEqual([...oplopend].sort((a, b) => a - b));

  // Filter: only the gemeenten in the regio (313 of 344).
  await page.getByRole('group', { name: 'Filters voor bijdragen per gemeente' }).getByText('In de regio').click();
  await expect(page.getByText('313 van 344 gemeenten', { exact: true })).toBeVisible();
  await expect(voet(tabel, /^Gefilterd: 313 van 344 gemeenten/)).toBeVisible();
  await schermafdruk(page, 'landelijk-bijdragen-1280x720', { info, bovenaan: page.getByRole('heading', { name: 'Wat elke gemeente in de pot betaalt, per route en nu' }), muisWeg: true });
  // The chart beside it shows the largest differences, not 344 bars.
  await expect(page.getByText(/De grafiek toont de 25 gemeenten met de grootste bijdrage \(van \d+\)/)).toBeVisible();
});

test('Geldstromen op landelijke schaal: de grootste partijen en "overige", uit te klappen', async ({ page, app }, info) => {
  await kiesLand(page);
  await naarVergelijken(page, app);
  // The service sends what the charts draw, not every flow of the route.
  const antwoorden: Promise<number>[] = [];
  const meet = (r: Response) => r.url().endsWith('/api/geldstromen') && antwoorden.push(r.body().then((b) => b.length));
  page.on('response', meet);
  await page.getByRole('tab', { name: 'Geldstromen' }).click();
  const pot = page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: geldstromen van de pot/ });
  await expect(pot.locator('path').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/De 12 grootste partijen per kolom; [\d.]+ kleinere staan samen onder "overige"/).first()).toBeVisible();
  page.off('response', meet);
  const groottes = await Promise.all(antwoorden);
  expect(groottes.length).toBeGreaterThan(0);
  for (const g of groottes) expect(g).toBeLessThan(100_000);
  // The chart is bounded: about 12 parties per column, not 516.
  expect((await pot.boundingBox())!.height).toBeLessThan(800);
  expect(await paginaHoogte(page)).toBeLessThan(MAX_HOOGTE);
  await schermafdruk(page, 'landelijk-geldstromen-1280x720', { info, bovenaan: page.getByRole('heading', { name: /geldstromen van de pot/ }), muisWeg: true });

  const toonAlle = page.getByRole('button', { name: /^Toon alle \([\d.]+ meer\)/ }).first();
  await toonAlle.click();
  const toonMinder = page.getByRole('button', { name: 'Toon minder' });
  await expect(toonMinder).toHaveAttribute('aria-expanded', 'true');
  // All parties: the chart scrolls inside its area, the page keeps its height.
  expect(await paginaHoogte(page)).toBeLessThan(MAX_HOOGTE + 500);
  await toonMinder.click();
  await expect(page.getByRole('button', { name: /^Toon alle/ }).first()).toBeVisible();
  // When every party cannot be fetched, the chart says so and keeps showing the largest.
  const mislukt = JSON.stringify({ ok: false, fout: { soort: 'intern', melding: 'De host antwoordde niet.', problemen: [] } });
  await page.route('**/api/geldstromen', (r) => ((r.request().postDataJSON() as { max: number | null }).max === null ? r.fulfill({ contentType: 'application/json', body: mislukt }) : r.continue()));
  await page.getByRole('button', { name: /^Toon alle \([\d.]+ meer\)/ }).nth(1).click();
  await expect(page.getByText('Niet alle partijen konden worden geladen; de grafiek toont de grootste')).toBeVisible();
  await expect(page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: buiten de pot/ }).locator('path').first()).toBeVisible();
  await page.getByRole('button', { name: 'Toon minder' }).click();
  await page.unroute('**/api/geldstromen');

  // A small gemeente stands under "overige" until it is highlighted; then the chart shows it.
  const stromen = page.getByRole('table', { name: /Sankeydiagram: Gemeenteroute: geldstromen van de pot/ });
  const tabelTonen = page.locator('details', { has: page.getByText('Toon als tabel') }).first();
  await tabelTonen.locator('summary').click();
  const klein = stromen.getByRole('row', { name: /^Gemeente 123 / });
  await expect(stromen.getByRole('row', { name: /^overige \([\d.]+ financiers\)/ }).first()).toBeVisible();
  await expect(klein).toHaveCount(0);
  await page.getByRole('tab', { name: 'Bijdragen' }).click();
  await page.getByRole('searchbox', { name: 'Zoeken in bijdragen per gemeente' }).fill('gemeente 123');
  await page.getByRole('table', { name: 'Bijdragen per gemeente' }).getByRole('button', { name: 'Gemeente 123' }).click();
  await expect(page.getByText('Gemarkeerd: Gemeente 123')).toBeVisible();
  await page.getByRole('tab', { name: 'Geldstromen' }).click();
  await tabelTonen.locator('summary').click();
  await expect(klein.first()).toBeVisible();
});

test('Scholen, Overzicht en Regio op landelijke schaal blijven hanteerbaar', async ({ page, app }, info) => {
  await kiesLand(page);
  // Overzicht: the schools in a long table; a row chosen with the keyboard shows its formatie.
  const scholen = page.getByRole('table', { name: 'Formatie en kosten per school' });
  await expect(scholen.getByRole('row', { name: /School 1\b/ })).toBeVisible({ timeout: 60_000 });
  expect(await paginaHoogte(page)).toBeLessThan(MAX_HOOGTE + 1000);
  await page.getByRole('searchbox', { name: 'Zoeken in formatie en kosten per school' }).fill('school 42');
  const rij = scholen.getByRole('row', { name: /School 42\b/ });
  await rij.focus();
  await page.keyboard.press('Enter');
  await expect(rij).toHaveAttribute('aria-selected', 'true');
  const formatie = page.getByRole('table', { name: 'Formatie per professional, School 42' });
  await expect(formatie).toBeVisible();
  // More professionals than fit: a scroll bar that is there without hovering, and the total below.
  await expect(page.locator('.grote-tabel-scroll').filter({ has: formatie }).locator('.mantine-ScrollArea-scrollbar[data-orientation="vertical"]')).toBeVisible();
  await expect(voet(formatie, /^Totaal/)).toBeVisible();
  await schermafdruk(page, 'landelijk-overzicht-scholen-1280x720', { info, bovenaan: page.getByRole('heading', { name: 'Formatie en kosten per school' }), muisWeg: true });

  await naarVergelijken(page, app);
  await page.getByRole('tab', { name: 'Scholen' }).click();
  await expect(page.getByRole('table', { name: 'Budget en formatie per school' }).getByRole('row', { name: /School 1\b/ })).toBeVisible({ timeout: 60_000 });
  expect(await paginaHoogte(page)).toBeLessThan(MAX_HOOGTE);
  await expect(page.getByText('De 15 scholen met het grootste budget (van 516); de tabel heeft ze allemaal.')).toBeVisible();

  await app.naar('Regio');
  const gemeenten = page.getByRole('table', { name: 'Gemeenten' });
  await expect(gemeenten.getByRole('row', { name: /Gemeente 1\b/ })).toBeVisible();
  expect(await paginaHoogte(page)).toBeLessThan(MAX_HOOGTE);
  await page.getByRole('searchbox', { name: 'Zoeken in gemeenten' }).fill('Gemeente 300');
  await expect(gemeenten.getByRole('button', { name: 'Gemeente 300 bewerken' })).toBeVisible();
  await page.getByRole('tab', { name: /^Scholen/ }).click();
  await expect(page.getByRole('table', { name: 'Scholen' }).getByRole('row', { name: /School 1\b/ })).toBeVisible();
  expect(await paginaHoogte(page)).toBeLessThan(MAX_HOOGTE);
  await schermafdruk(page, 'landelijk-regio-scholen-1280x720', { info, muisWeg: true });
});

test('Deelname op landelijke schaal: gemeenten zoeken in plaats van honderden schakelaars', async ({ page, app }, info) => {
  await kiesLand(page);
  await naarVergelijken(page, app);
  const paneel = page.getByRole('complementary', { name: 'Instellingen van de variant' });
  // 313 gemeenten in the regio: none has its own switch until it is looked for.
  await expect(paneel.getByText('313 van de 313 gemeenten doen mee.')).toBeVisible();
  await expect(paneel.getByRole('checkbox', { name: 'Gemeente 42' })).toHaveCount(0);
  await paneel.getByRole('textbox', { name: 'Gemeente zoeken' }).fill('gemeente 1');
  await expect(paneel.getByText(/12 van \d+ gemeenten getoond; typ meer van de naam\./)).toBeVisible();
  await paneel.getByRole('textbox', { name: 'Gemeente zoeken' }).fill('Gemeente 42');
  await paneel.getByRole('checkbox', { name: 'Gemeente 42', exact: true }).click();
  // Who does not take part stays in view, and the comparison follows.
  await expect(paneel.getByText('312 van de 313 gemeenten doen mee. Niet mee doen:')).toBeVisible();
  await paneel.getByRole('textbox', { name: 'Gemeente zoeken' }).fill('');
  await expect(paneel.getByRole('checkbox', { name: 'Gemeente 42', exact: true })).not.toBeChecked();
  await expect(page.locator('.vergelijken-hoofd > .vergelijken-tabs')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  expect(await paginaHoogte(page)).toBeLessThan(MAX_HOOGTE);
  await schermafdruk(page, 'landelijk-deelname-1280x720', { info, muisWeg: true });
});
