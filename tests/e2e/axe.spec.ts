import { expect, test } from './fixtures';
import { scan } from './axe';

/**
 * Every screen, tab and dialog of the app on the demo regio passes an axe-core scan at WCAG 2.1 AA
 * with no serious or critical violation. A failure lists each violation with its elements.
 */

// A scan of a large screen takes seconds; a screen with tabs is scanned once per tab.
test.describe.configure({ timeout: 240_000 });

test('Overzicht, de uitleg van een bedrag en het menu Importeren en exporteren', async ({ app, page }) => {
  await expect(page.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();
  await scan(page, 'Overzicht');

  const bedrag = page.locator('.met-uitleg').first();
  await bedrag.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tooltip')).toBeVisible();
  await scan(page, 'Overzicht met de uitleg van een bedrag');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Importeren en exporteren' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await scan(page, 'het menu Importeren en exporteren');
  await page.getByRole('menuitem', { name: /Eén tabel vervangen/ }).click();
  await expect(page.getByRole('dialog', { name: 'Eén tabel vervangen' })).toBeVisible();
  await scan(page, 'de dialoog Eén tabel vervangen');
  await page.keyboard.press('Escape');

  await app.importExport('Berekening naar Excel…');
  await expect(page.getByRole('dialog', { name: 'Berekening naar Excel' })).toBeVisible();
  await scan(page, 'de dialoog Berekening naar Excel');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Nieuwe regio' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Nieuwe regio' })).toBeVisible();
  await scan(page, 'de dialoog Nieuwe regio');
});

test('Regio: elke tabel en de dialogen om te bewerken en te verwijderen', async ({ regio, page }) => {
  await regio.open();
  for (const tab of ['Gemeenten', 'Samenwerkingsverbanden', 'Scholen', 'Zorgkantoor en verzekeraars', 'Leerlingen', 'Inventarisatie']) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await page.waitForTimeout(200);
    await scan(page, `Regio › ${tab}`);
  }
  await page.getByRole('tab', { name: /^Gemeenten/ }).click();
  await page.getByRole('button', { name: 'Centrumstad bewerken' }).click();
  await expect(page.getByRole('dialog', { name: 'Gemeente Centrumstad bewerken' })).toBeVisible();
  await scan(page, 'Regio › de dialoog Gemeente bewerken');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Centrumstad verwijderen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan(page, 'Regio › de dialoog Gemeente verwijderen');
});

test('Bronnen en aannames: elk tabblad', async ({ app, page }) => {
  await app.naar('Bronnen en aannames');
  await expect(app.kop('Bronnen en aannames')).toBeVisible();
  const tabs = page.getByRole('tab');
  await expect(tabs.first()).toBeVisible();
  for (const naam of await tabs.allTextContents()) {
    await page.getByRole('tab', { name: naam, exact: true }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await page.waitForTimeout(200);
    await scan(page, `Bronnen › ${naam}`);
  }
});

test('Vergelijken: elk tabblad, de uitleg van een bedrag en een variant opslaan', async ({ vergelijken, page }) => {
  await vergelijken.open();
  for (const tab of ['Kerncijfers', 'Geldstromen', 'Bijdragen', 'Pot per scope', 'Scholen', 'Varianten']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await page.waitForTimeout(400);
    await scan(page, `Vergelijken › ${tab}`);
  }
  await page.getByRole('textbox', { name: 'Huidige instellingen opslaan als' }).fill('Toegankelijk');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Toegankelijk').first()).toBeVisible();
  await scan(page, 'Vergelijken › Varianten met een opgeslagen variant');

  await page.getByRole('tab', { name: 'Kerncijfers', exact: true }).click();
  const bedrag = page.getByRole('tabpanel').locator('.met-uitleg').first();
  await bedrag.focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await scan(page, 'Vergelijken met de uitleg van een bedrag');
});

test('Ontwerptafel: elk tabblad en de presentatie', async ({ ontwerptafel, page }) => {
  await ontwerptafel.open();
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  for (const naam of await tabs.allTextContents()) {
    await tabs.filter({ hasText: naam }).first().click();
    await page.waitForTimeout(400);
    await scan(page, `Ontwerptafel › ${naam}`);
  }
  await page.getByRole('button', { name: 'Presenteren' }).click();
  const presentatie = page.getByRole('dialog', { name: /^Presentatie/ });
  await expect(presentatie).toBeVisible();
  for (let dia = 1; dia <= 5; dia++) {
    await page.keyboard.press(String(dia));
    await page.waitForTimeout(400);
    await scan(page, `Ontwerptafel › presentatie, dia ${dia}`);
  }
});

test('OOGO-rapport', async ({ app, page }) => {
  await app.naar('OOGO-rapport');
  await expect(app.kop('OOGO-rapport')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Wat de routes betekenen/ })).toBeVisible();
  await scan(page, 'OOGO-rapport');
});
