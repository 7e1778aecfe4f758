import * as XLSX from 'xlsx';
import type { Locator, Page } from '@playwright/test';
import { formatEuro } from '../../shared/format';
import { expect, test } from './fixtures';
import { bewaar, downloadNa, evaluatie } from './hulp';

/**
 * What a beleidsmedewerker sees across screens and exports: "Nu" is one figure per party, the
 * Huidige situatie has no pot, the variant on screen is the one exported, and the small defects of
 * the national-scale review stay gone.
 */

const tekstVan = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_csv(ws);

/** Every element whose text does not fit its box (cut off with an ellipsis or hidden overflow). */
async function afgekapt(gebied: Locator): Promise<string[]> {
  return gebied.evaluate((wortel) =>
    [...wortel.querySelectorAll<HTMLElement>('input, .mantine-Badge-label, .mantine-Button-label, th, td')]
      .filter((el) => el.offsetParent !== null && getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
      .map((el) => (el instanceof HTMLInputElement ? el.value : el.textContent ?? '')),
  );
}

/** Buttons whose accessible name does not contain their visible text (WCAG 2.5.3, label in name). */
async function naamZonderTekst(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, [role="button"]')]
      .filter((b) => b.offsetParent !== null && b.getAttribute('aria-label'))
      .map((b) => ({ tekst: (b.innerText ?? '').replace(/\s+/g, ' ').trim(), naam: b.getAttribute('aria-label')!.trim() }))
      // Only words count: a symbol such as ‹‹ or ▾ is not a label.
      .filter(({ tekst, naam }) => /\p{L}{2,}/u.test(tekst) && !naam.toLowerCase().includes(tekst.replace(/\s*[▾▸›‹]+\s*/gu, '').toLowerCase()))
      .map(({ tekst, naam }) => `"${tekst}" heet "${naam}"`),
  );
}

test('de huidige situatie heeft geen pot, en Nu is overal wat een partij vandaag betaalt', async ({ app, page, request, vergelijken }) => {
  test.setTimeout(90_000);
  // Overzicht: no pot and nothing "niet in de pot" for today.
  const perRoute = page.getByRole('table', { name: 'Pot per route' });
  await expect(perRoute.getByRole('row', { name: /^Huidige situatie/ }).getByRole('cell')).toHaveText(['Huidige situatie', /^geen/, '–', '–', /\d/, /gem\./]);

  // Huidige wetgeving and Havenveld not participating: today of a non-participant, a gemeente outside the regio and the GGD.
  const ev = await evaluatie(request, { potKaders: ['jeugdwet', 'wlz', 'wmo'], nietDeelnemers: 'individueel', deelname: { 'gemeente:GM9902': false }, pgb: { jeugdwet: 'individueel', zvw: 'individueel', wlz: 'individueel', wpg: 'individueel', wmo: 'individueel' } });
  const nu = (partij: string) => ev.financiers.find((f) => f.partij === partij)!.huidig;
  for (const p of ['gemeente:GM9902', 'gemeente:GM9981', 'ggd']) expect(nu(p)).toBeGreaterThan(0);
  await vergelijken.open();
  await vergelijken.paneel.getByRole('button', { name: 'Huidige wetgeving' }).click();
  await page.getByRole('tab', { name: 'Bijdragen' }).click();
  // The box follows the evaluated variant: it is unticked once the new figures are in.
  await page.getByRole('checkbox', { name: 'Havenveld doet mee' }).click();
  await expect(page.getByRole('checkbox', { name: 'Havenveld doet mee' })).not.toBeChecked();
  const gemeenten = page.getByRole('table', { name: 'Bijdragen per gemeente' });
  await expect(gemeenten.getByRole('row', { name: /Havenveld/ })).toContainText('doet niet mee');
  await expect(gemeenten.getByRole('row', { name: /Havenveld/ })).toContainText(formatEuro(nu('gemeente:GM9902')));
  await expect(gemeenten.getByRole('row', { name: /Noorderstad/ })).toContainText(formatEuro(nu('gemeente:GM9981')));
  await expect(page.getByRole('table', { name: 'Bijdragen overige financiers' }).getByRole('row', { name: /^GGD/ })).toContainText(formatEuro(nu('ggd')));

  // The explanation of today's figure is today's figure, not "Bijdrage … = € 0".
  const uitleg = await (await request.post('/api/uitleg', { data: { regioId: ev.regioId, variant: ev.variant, figuren: ['huidig/bijdrage/ggd'] } })).json();
  expect(uitleg.data['huidig/bijdrage/ggd'].tekst).toContain(formatEuro(nu('ggd')));
  expect(uitleg.data['huidig/bijdrage/ggd'].tekst).not.toMatch(/geen pot|€ 0\b/);

  // The Sankey of today has no budgethouder in its legend.
  await page.getByRole('tab', { name: 'Geldstromen' }).click();
  await page.getByRole('radiogroup', { name: 'Route voor de geldstromen' }).getByText('Huidige situatie').click();
  await expect(page.getByLabel('Legenda')).not.toContainText('Budgethouder');
  await page.getByRole('radiogroup', { name: 'Route voor de geldstromen' }).getByText('Gemeenteroute').click();
  await expect(page.getByLabel('Legenda')).toContainText('Budgethouder');

  // Varianten: the comparison is per route with a pot; today is the same in every variant.
  await page.getByRole('tab', { name: 'Varianten' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Route voor de bijdragen' })).not.toContainText('Huidige situatie');
  await expect(page.getByText(/Bijdrage aan de pot in de huidige situatie|Pot \(huidige situatie\)/)).toHaveCount(0);
  expect(app.fouten).toEqual([]);
});

test('de actieve voorinstelling is herkenbaar, labels staan er helemaal en negatieve bedragen hebben één vorm', async ({ page, vergelijken }) => {
  await vergelijken.open();
  const knop = (naam: string) => vergelijken.paneel.getByRole('button', { name: naam });
  await expect(knop('Standaard (rekenmodel)')).toHaveAttribute('aria-pressed', 'true');
  await expect(knop('Huidige wetgeving')).toHaveAttribute('aria-pressed', 'false');
  await knop('Huidige wetgeving').click();
  await expect(knop('Huidige wetgeving')).toHaveAttribute('aria-pressed', 'true');
  await expect(knop('Standaard (rekenmodel)')).toHaveAttribute('aria-pressed', 'false');
  await expect(knop('Nieuwe wet: alle kaders collectief')).toHaveAttribute('aria-pressed', 'false');
  await knop('Standaard (rekenmodel)').click();
  await expect(knop('Standaard (rekenmodel)')).toHaveAttribute('aria-pressed', 'true');

  // Varianten: the names of variant A and B are readable in full; a decrease reads "−€ …".
  await page.getByRole('tab', { name: 'Varianten' }).click();
  const verschil = page.getByRole('table', { name: 'Verschil per financier' });
  await expect(verschil).toContainText('\u2212€ ');
  await expect(page.locator('main')).not.toContainText('-€');
  await expect(page.getByRole('combobox', { name: 'Variant B' })).toHaveValue(/verdeelsleutel jeugdigen \(inwoners 0–17\)$/);
  expect(await afgekapt(page.locator('main'))).toEqual([]);

  // Scholen: the formatie the pot buys lists no teachers.
  await page.getByRole('tab', { name: 'Scholen' }).click();
  const formatie = page.getByRole('table', { name: /^Formatie per professional/ });
  await expect(formatie.getByRole('row')).not.toHaveCount(0);
  await expect(formatie).not.toContainText('Leerkracht/docent');
});

test('knoppen heten zoals er staat, en een gemeente buiten de regio heet niet twee keer zo', async ({ app, page }) => {
  for (const scherm of ['Overzicht', 'Vergelijken', 'OOGO-rapport', 'Ontwerptafel'] as const) {
    await app.naar(scherm);
    await page.waitForLoadState('networkidle');
    expect(await naamZonderTekst(page), scherm).toEqual([]);
  }
  await expect(page.getByRole('button', { name: 'Importeren en exporteren' })).toHaveText('Importeren en exporteren');

  await app.naar('Regio');
  await page.getByRole('tab', { name: /^Leerlingen/ }).click();
  await expect(page.getByRole('rowheader', { name: /Noorderstad/ })).toHaveText('Noorderstad (buiten regio)');
});

test('Naar Excel en Berekening naar Excel… nemen de variant op het scherm, met de juiste naam', async ({ app, page, vergelijken }, info) => {
  await vergelijken.open();
  await vergelijken.kiesScope('Smal');
  await expect(vergelijken.variantRegel).toContainText('Scope smal');

  const toelichting = async (klik: () => Promise<unknown>) => {
    const download = await downloadNa(page, klik);
    const wb = XLSX.read((await bewaar(download, info)).inhoud);
    return tekstVan(wb.Sheets.Toelichting);
  };
  const uitKnop = await toelichting(() => page.getByRole('button', { name: 'Naar Excel' }).click());
  expect(uitKnop).toContain('Eigen variant');
  expect(uitKnop).not.toContain('Standaardvariant');
  expect(uitKnop).toMatch(/smal/i);

  await app.importExport('Berekening naar Excel…');
  const dialoog = page.getByRole('dialog', { name: 'Berekening naar Excel' });
  await expect(dialoog.getByRole('combobox', { name: 'Variant' })).toHaveValue('De variant op het scherm Vergelijken');
  const uitMenu = await toelichting(() => dialoog.getByRole('button', { name: 'Downloaden' }).click());
  expect(uitMenu).toContain('Eigen variant');
  expect(uitMenu).toMatch(/smal/i);
});

test('de presentatie: toetsen blijven werken na een klik, elke dia past op 1280×720, geen app-aanwijzingen', async ({ page, ontwerptafel }) => {
  test.setTimeout(90_000);
  await ontwerptafel.open();
  await page.getByRole('button', { name: 'Presenteren' }).click();
  const presentatie = page.getByRole('dialog', { name: /^Presentatie/ });
  await expect(presentatie).toBeVisible();
  const stap = presentatie.getByRole('navigation', { name: "Dia's" }).locator('[aria-current="step"]');
  const inhoud = presentatie.locator('main');

  // A click on a live switch, then the keys still step through the slides.
  const scope = presentatie.getByRole('radiogroup', { name: 'Scope' });
  await scope.getByText('Medium', { exact: true }).click();
  await page.keyboard.press('ArrowRight');
  await expect(stap).toHaveText(/^2 /);
  await page.keyboard.press('4');
  await expect(stap).toHaveText(/^4 /);
  await presentatie.getByRole('checkbox', { name: 'Klaverdijk doet mee' }).click();
  await page.keyboard.press('ArrowLeft');
  await expect(stap).toHaveText(/^3 /);
  await page.keyboard.press('4');
  await presentatie.getByRole('checkbox', { name: 'Klaverdijk doet mee' }).click();
  await scope.getByText('Breed', { exact: true }).click();

  for (let i = 1; i <= 5; i++) {
    await page.keyboard.press(String(i));
    await expect(stap).toHaveText(new RegExp(`^${i} `));
    await expect(inhoud.getByText(/laden|berekenen|doorrekenen/i)).toHaveCount(0);
    await page.waitForTimeout(600);
    // Fits without scrolling: nothing taller or wider than the slide.
    await expect.poll(() => inhoud.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1), { message: `dia ${i} past` }).toBe(true);
    // No instructions for the app on a slide (what is shown, not what is hidden or only read out).
    expect(await presentatie.locator('.presentatie-schaal').evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/klik op|vink|wijs een|kies bij|bladeren|Esc sluiten|Downloaden/i);
  }
});
