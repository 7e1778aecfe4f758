import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMOREGIO, schermafdruk } from './hulp';

test('opent op de demoregio en toont de kerncijfers', async ({ app, page }) => {
  expect(app.antwoord?.headers()['content-security-policy']).toContain("default-src 'none'");

  await expect(app.kop(DEMOREGIO)).toBeVisible();
  await expect(page.getByText('Project: Demoregio')).toBeVisible();
  const gemeenten = page.getByLabel('Gemeenten', { exact: true });
  await expect(gemeenten).toContainText('9');
  await expect(gemeenten).toContainText('plus 3 daarbuiten');
  await expect(page.getByLabel('Samenwerkingsverbanden', { exact: true })).toContainText('2 po en 2 vo');
  await expect(page.getByLabel('(V)so-scholen', { exact: true })).toContainText('6');
  const leerlingen = page.getByLabel('Leerlingen', { exact: true });
  await expect(leerlingen).toContainText('1.560');
  await expect(leerlingen).toContainText('waarvan 100 van buiten de regio');

  const tabel = page.getByRole('table', { name: 'Leerlingen per doelgroep' });
  await expect(tabel.getByRole('row', { name: /Gedrags-\/psychische problematiek/ })).toContainText('670');
  await expect(tabel.getByRole('row', { name: /Totaal/ })).toContainText('1.560');
  await expect(page.getByRole('img', { name: /Staafdiagram/ }).locator('svg')).toBeVisible();

  await schermafdruk(page, 'overzicht-1280x720', { volledig: true });
});

test('het eerste scherm vraagt de API niets: de host geeft de antwoorden mee in de pagina', async ({ page }) => {
  const gevraagd: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) gevraagd.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: DEMOREGIO })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Zorgkosten (norm) per kader en scope' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Pot per route' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Staafdiagram/ }).locator('svg')).toBeVisible();
  expect(gevraagd.filter((p) => ['/api/projectInfo', '/api/regioOverzicht', '/api/behoefte', '/api/evaluatie'].includes(p))).toEqual([]);
  // Read once and gone: the page keeps no second copy of the figures.
  await expect(page.locator('#zio-eerste-scherm')).toHaveCount(0);
});

test('navigeert naar de regio en toont gemeenten, samenwerkingsverbanden en scholen', async ({ app, page }) => {
  await app.naar('Regio');
  await expect(app.kop(`Regio ${DEMOREGIO}`)).toBeVisible();

  const gemeenten = page.getByRole('table', { name: 'Gemeenten' });
  await expect(gemeenten.getByRole('row')).toHaveCount(13);
  await expect(gemeenten.getByRole('row', { name: /Centrumstad/ })).toContainText('centrumgemeente');
  await expect(gemeenten.getByRole('row', { name: /Centrumstad/ })).toContainText('41.800');
  await expect(gemeenten.getByRole('row', { name: /Noorderstad/ })).toContainText('buiten de regio');
  await schermafdruk(page, 'regio-gemeenten-1280x720', { volledig: true });

  await page.getByRole('tab', { name: /Samenwerkingsverbanden/ }).click();
  await expect(page.getByRole('table', { name: 'Samenwerkingsverbanden' }).getByRole('row')).toHaveCount(5);

  await page.getByRole('tab', { name: /Scholen/ }).click();
  const scholen = page.getByRole('table', { name: 'Scholen' });
  await expect(scholen.getByRole('row')).toHaveCount(7);
  await expect(scholen.getByRole('row', { name: /Mytylschool De Regenboog/ })).toContainText('Dijkhoven');

  await page.getByRole('tab', { name: /Zorgkantoor/ }).click();
  await expect(page.getByRole('table', { name: 'Zorgkantoor en zorgverzekeraars' })).toContainText('62,0%');

  await app.naar('Overzicht');
  await expect(app.kop(DEMOREGIO)).toBeVisible();
});

test('de API weigert ongeldige gegevens met een Nederlandse melding', async ({ request }) => {
  const antwoord = await request.post('/api/regioOverzicht', { data: { regioId: 'een' } });
  const body = await antwoord.json();
  expect(body.ok).toBe(false);
  expect(body.fout.problemen[0]).toEqual({ pad: '$.regioId', melding: expect.stringContaining('verwacht een getal') });
});

test('toont de zorgkosten (norm) per kader en scope, met uitleg bij elk bedrag', async ({ app, page }) => {
  const tabel = page.getByRole('table', { name: 'Zorgkosten (norm) per kader en scope' });
  await expect(tabel.getByRole('columnheader')).toHaveText(['Kader', 'Breed', 'Medium', 'Smal']);
  const totaal = tabel.getByRole('row', { name: /^Totaal/ });
  await expect(totaal).toContainText('€ 18.741.914');
  // Wider scope, more need: breed > medium > smal, read from the screen.
  const bedragen = (await totaal.getByRole('cell').allInnerTexts()).slice(1).map((t) => Number(t.replace(/[^0-9]/g, '')));
  expect(bedragen[0]).toBeGreaterThan(bedragen[1]);
  expect(bedragen[1]).toBeGreaterThan(bedragen[2]);

  await tabel.getByRole('row', { name: /Jeugdwet/ }).getByText(/^€/).first().hover();
  const uitleg = page.getByRole('tooltip');
  await expect(uitleg).toContainText('Jeugdwet, scope breed');
  await expect(uitleg).toContainText('Kosten per leerling: Gedrag €');
  await expect(uitleg).toContainText('Bron: DSP-groep & Oberon (2022)');

  const scholen = page.getByRole('table', { name: 'Formatie en kosten per school' });
  // Header, six schools and the totals.
  await expect(scholen.getByRole('row')).toHaveCount(8);
  await expect(scholen.getByRole('row', { name: /^Totaal/ })).toBeVisible();
  const breedFte = await scholen.getByRole('row', { name: /Mytylschool/ }).getByRole('cell').nth(2).innerText();
  await page.locator('label').filter({ hasText: /^Smal$/ }).click();
  await expect(page.getByRole('radio', { name: 'Smal' })).toBeChecked();
  await expect(scholen.getByRole('row', { name: /Mytylschool/ }).getByRole('cell').nth(2)).not.toHaveText(breedFte);

  await scholen.getByRole('row', { name: /Mytylschool/ }).click();
  const detail = page.getByRole('table', { name: 'Formatie per professional, Mytylschool De Regenboog' });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('row').nth(1)).toContainText(/\d,\d\d$/);
  await schermafdruk(page, 'overzicht-behoefte-1280x720', { volledig: true });
});

test('Bronnen en aannames toont elke norm met zijn herkomst', async ({ app, page }) => {
  await app.naar('Bronnen en aannames');
  await expect(app.kop('Bronnen en aannames')).toBeVisible();
  const mix = page.getByLabel('Landelijke doelgroepmix (w)');
  await expect(mix).toContainText('afgeleid');
  await expect(mix).toContainText('Gedrag 55,84%');
  await expect(page.getByLabel('Startverdeling over de kaders per professional')).toContainText('aanname');

  await page.getByRole('tab', { name: 'Tarieven' }).click();
  const tarieven = page.getByRole('table', { name: 'Tarief per professional' });
  // Editable for this regio; the national value is what the field shows until the regio changes it.
  await expect(tarieven.getByRole('textbox', { name: 'Tarief Leerkracht/docent' })).toHaveValue('€ 58.976');
  await expect(tarieven.getByRole('textbox', { name: 'Tarief Logopedist' })).toHaveValue('€ 91.577');
  await expect(tarieven.getByRole('row', { name: /Psychomotorische therapeut/ })).toContainText('medium > breed');

  await page.getByRole('tab', { name: 'Kengetallen' }).click();
  await expect(page.getByRole('table', { name: 'Kengetallen uit het rapport' }).getByRole('row', { name: /Uren in 1 fte/ })).toContainText('1.659');
  await schermafdruk(page, 'bronnen-1280x720', { volledig: true });

  // The report's shares beside what the normenset reaches (rekenmodel v2 §11).
  await page.getByRole('tab', { name: 'Gepubliceerde aandelen' }).click();
  const aandelen = page.getByRole('table', { name: 'Gepubliceerde aandelen' });
  const so = aandelen.getByRole('row', { name: /Onderwijs in het so/ });
  await expect(so).toContainText('58,0%');
  await expect(so).toContainText('par. 2.3.2, tekstregel 2628');
  await expect(so).toContainText('57,6%');
  await expect(so).toContainText('marge');
  await expect(aandelen.getByRole('row', { name: /Onderwijs bij de verpleegkundige/ })).toContainText('tekstregel 5071');
  await expect(aandelen.getByRole('row', { name: /Wpg bij EMB boven de drempel/ })).toContainText('controle: klopt');
  await schermafdruk(page, 'bronnen-aandelen-1280x720', { volledig: true });

  // Pgb-aandeel per kader with its source; the regio sets its own Wlz share and goes back.
  await page.getByRole('tab', { name: 'Pgb-aandeel' }).click();
  const pgb = page.getByRole('table', { name: 'Pgb-aandeel per kader' });
  await expect(pgb.getByRole('row', { name: /Wlz/ })).toContainText('figuur 2.5 (r. 2669–2671)');
  await expect(pgb.getByRole('row', { name: /Wmo/ })).toContainText('aanname');
  const wlz = pgb.getByRole('textbox', { name: 'Pgb-aandeel Wlz' });
  await expect(wlz).toHaveValue('52%');
  await wlz.fill('40');
  await wlz.press('Enter');
  await expect(pgb.getByRole('row', { name: /Wlz/ })).toContainText('regionaal');
  await expect(page.getByRole('tab', { name: 'Regionaal aangepast (1)' })).toBeVisible();
  await schermafdruk(page, 'bronnen-pgb-1280x720', { volledig: true });
  await page.getByRole('tab', { name: 'Parameters en rekenregels' }).click();
  await expect(page.getByLabel('Regionaal aangepast: pgb-aandeel Wlz')).toContainText('40% in plaats van landelijk 52%.');
  await page.getByRole('tab', { name: 'Pgb-aandeel' }).click();
  await pgb.getByRole('button', { name: 'Pgb-aandeel Wlz: terug naar landelijk' }).click();
  await expect(wlz).toHaveValue('52%');
  await expect(page.getByRole('tab', { name: 'Regionaal aangepast (0)' })).toBeVisible();
});

test('het Overzicht toont per route de pot, de budgethouder en de grootste bijdragen naast nu', async ({ app, page }) => {
  const routes = page.getByRole('table', { name: 'Pot per route' });
  await expect(routes.getByRole('row')).toHaveCount(5);
  await expect(routes.getByRole('row', { name: /Gemeenteroute/ })).toContainText('Centrumstad');
  await expect(routes.getByRole('row', { name: /Integrale route/ })).toContainText('Regionale onderwijszorgautoriteit');
  // The same pot in every route.
  const pot = async (r: RegExp) => routes.getByRole('row', { name: r }).getByRole('cell').nth(2).innerText();
  expect(await pot(/Gemeenteroute/)).toMatch(/^€ [\d.]+$/);
  expect(await pot(/Onderwijsroute/)).toBe(await pot(/Gemeenteroute/));
  expect(await pot(/Integrale route/)).toBe(await pot(/Gemeenteroute/));

  const bijdragen = page.getByRole('table', { name: 'Grootste bijdragen per route' });
  await expect(bijdragen.getByRole('row')).toHaveCount(6);
  await expect(bijdragen.getByRole('row', { name: /Centrumstad/ })).toBeVisible();
  await bijdragen.getByRole('row', { name: /Centrumstad/ }).getByRole('cell').nth(2).locator('.met-uitleg').hover();
  await expect(page.getByRole('tooltip')).toContainText('Centrumstad');
});

test('een eigen tarief voor deze regio, met de landelijke waarde ernaast, en terug naar landelijk', async ({ app, page }) => {
  const totaal = page.getByRole('table', { name: 'Zorgkosten (norm) per kader en scope' }).getByRole('row', { name: /^Totaal/ }).getByRole('cell').nth(1);
  const voor = await totaal.innerText();

  await app.naar('Bronnen en aannames');
  await page.getByRole('tab', { name: 'Tarieven' }).click();
  const veld = page.getByRole('textbox', { name: 'Tarief Psycholoog' });
  await veld.fill('120.000');
  await veld.press('Enter');
  await expect(page.getByRole('table', { name: 'Tarief per professional' }).getByRole('row', { name: /Psycholoog/ })).toContainText('regionaal');
  await page.getByRole('tab', { name: /Regionaal aangepast \(1\)/ }).click();
  const lijst = page.getByRole('table', { name: 'Regionale aanpassingen' });
  await expect(lijst).toContainText('Psycholoog, tarief per fte');
  await expect(lijst).toContainText('€ 120.000');

  await app.naar('Overzicht');
  await expect(totaal).not.toHaveText(voor);

  await app.naar('Bronnen en aannames');
  await page.getByRole('tab', { name: /Regionaal aangepast/ }).click();
  await page.getByRole('button', { name: 'Terug naar landelijk' }).click();
  await expect(page.getByRole('tab', { name: 'Regionaal aangepast (0)' })).toBeVisible();
  await app.naar('Overzicht');
  await expect(totaal).toHaveText(voor);
});

/** Records from now on whether a screen's fallback ("Scherm laden…") ever appears; returns the question. */
async function volgLader(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { laderGezien: boolean };
    w.laderGezien = false;
    new MutationObserver(() => {
      if (document.body.textContent?.includes('Scherm laden…')) w.laderGezien = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { laderGezien: boolean }).laderGezien);
}

test('een scherm waarvan de code al binnen is (gehaald toen de muis op het menu kwam) opent zonder "Scherm laden…"', async ({ app, page }) => {
  await expect(app.kop(DEMOREGIO)).toBeVisible();
  const laderGezien = await volgLader(page);
  await app.schermKnop('Bronnen en aannames').hover();
  // Fetched by the hover (or already by the idle fetching after the start).
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/assets\/Bronnen-[^/]*\.js$/.test(e.name)))).toBe(true);
  await page.waitForTimeout(100);
  await app.naar('Bronnen en aannames');
  await expect(app.kop('Bronnen en aannames')).toBeVisible();
  expect(await laderGezien()).toBe(false);
});

test('na de start haalt de app de code van elk scherm als de browser niets te doen heeft, ook zonder muis op het menu', async ({ app, page }) => {
  await expect(app.kop(DEMOREGIO)).toBeVisible();
  const geladen = () => page.evaluate(() => ['Vergelijken', 'Regio', 'Oogo', 'Ontwerptafel', 'Bronnen'].filter((s) => performance.getEntriesByType('resource').some((e) => new RegExp(`/assets/${s}-[^/]*\\.js$`).test(e.name))));
  await expect.poll(geladen, { timeout: 15_000 }).toEqual(['Vergelijken', 'Regio', 'Oogo', 'Ontwerptafel', 'Bronnen']);
  const laderGezien = await volgLader(page);
  // With the keyboard: no pointer rests on the menu.
  await app.schermKnop('Ontwerptafel').focus();
  await page.keyboard.press('Enter');
  await expect(app.kop('Ontwerptafel')).toBeVisible();
  expect(await laderGezien()).toBe(false);
});
