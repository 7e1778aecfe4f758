/**
 * Issue 13 "Done when": a beleidsmedewerker types in last year's spending of three gemeenten and the
 * zorgkantoor, chooses prijspeil 2026, sets rekenbasis realisatie with an ingroeipad of at most € 15
 * per inwoner per year, and sees what each gemeente pays now, under another key, the difference per
 * inwoner and the yearly steps; the Excel export has the Ingroeipad sheet with SUM formulas.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { bewaar, downloadNa, kiesOptie, schermafdruk } from './hulp';

test.describe.configure({ timeout: 120_000 });

const demoJson = JSON.parse(readFileSync('resources/demo/demoregio.json', 'utf8'));

/** Imports a regio-bestand through the API as a new regio and chooses it in the header. */
async function importeer(page: Page, request: APIRequestContext, regio: unknown, naam: string): Promise<number> {
  const inhoud = Buffer.from(JSON.stringify(regio)).toString('base64');
  const antwoord = await (await request.post('/api/regioImporteren', { data: { bestandsnaam: 'regio.json', inhoud, doel: { soort: 'nieuw' } }, timeout: 120_000 })).json();
  expect(antwoord.ok, JSON.stringify(antwoord.fout ?? '')).toBe(true);
  await page.reload();
  await kiesOptie(page.getByRole('combobox', { name: 'Regio' }), naam);
  return antwoord.data.regioId;
}

/** Adds a realisatie row through the dialog of the Regio tab. */
async function voegRealisatieToe(page: Page, r: { financier: string; kader: string; jaar: string; bedrag: string }): Promise<void> {
  await page.getByRole('button', { name: 'Realisatieregel toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Realisatieregel toevoegen' });
  await kiesOptie(dialoog.getByRole('combobox', { name: /^Financier/ }), r.financier);
  await kiesOptie(dialoog.getByRole('combobox', { name: /^Kader/ }), r.kader);
  await dialoog.getByRole('textbox', { name: /^Jaar/ }).fill(r.jaar);
  await dialoog.getByRole('textbox', { name: /^Bedrag/ }).fill(r.bedrag);
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();
}

test('realisatie van drie gemeenten en het zorgkantoor, prijspeil 2026, herverdeeleffect en ingroeipad van hoogstens € 15 per inwoner', async ({ app, page, request, regio }, info) => {
  const naam = 'Demoregio met uitgaven';
  // One gemeente and the zorgkantoor come from the regio-bestand; the other two are typed in.
  await importeer(page, request, {
    ...structuredClone(demoJson),
    regio: { ...demoJson.regio, naam },
    prijspeil: { jaar: 2022, index: { '2025': 1.12 } },
    realisatie: [
      { financier: 'gemeente:GM9901', kader: 'jeugdwet', jaar: 2025, bedrag: 1_400_000 },
      { financier: 'zorgkantoor', kader: 'wlz', jaar: 2025, bedrag: 1_500_000 },
    ],
  }, naam);
  await regio.open();
  await page.getByRole('tab', { name: /^Realisatie en prijspeil/ }).click();
  await voegRealisatieToe(page, { financier: 'Gemeente Havenveld', kader: 'Jeugdwet', jaar: '2025', bedrag: '350000' });
  await voegRealisatieToe(page, { financier: 'Gemeente Dijkhoven', kader: 'Jeugdwet', jaar: '2025', bedrag: '420000' });
  const tabel = page.getByRole('table', { name: 'Realisatie' });
  await expect(tabel.getByRole('row', { name: /Havenveld/ })).toContainText('€ 350.000');
  await expect(tabel.getByRole('row', { name: /Dijkhoven/ })).toContainText('€ 420.000');

  // Prijspeil 2026: the index of 2025 came with the file (2022 = 1); the one of 2026 is typed in.
  const prijspeil = page.getByRole('region', { name: 'Prijspeil' });
  await expect(prijspeil.getByRole('textbox', { name: 'Indexfactor van 2025' })).toHaveValue('1,12');
  await prijspeil.getByRole('textbox', { name: 'Prijspeil (jaar)' }).fill('2026');
  await prijspeil.getByRole('button', { name: 'Indexjaar toevoegen' }).click();
  await prijspeil.getByRole('textbox', { name: 'Jaar van indexregel 2' }).fill('2026');
  await prijspeil.getByRole('textbox', { name: 'Indexfactor van 2026' }).fill('1,15');
  await prijspeil.getByRole('button', { name: 'Prijspeil opslaan' }).click();
  await regio.opgeslagen();
  await expect(prijspeil).toContainText('Nu: prijspeil 2026');
  await schermafdruk(page, 'realisatie-en-prijspeil-1280x720', { info, muisWeg: true });

  // Vergelijken: the key jeugdigen, and the Rekenbasis section of the variant panel set by hand.
  await page.getByRole('button', { name: /^Vergelijken/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Routes vergelijken' })).toBeVisible({ timeout: 60_000 });
  const paneel = page.getByRole('complementary', { name: 'Instellingen van de variant' });
  await paneel.getByRole('button', { name: /^Verdeelsleutel:/ }).click();
  await kiesOptie(paneel.getByRole('combobox', { name: /^Verdeelsleutel/ }), /^Jeugdigen/);
  await paneel.getByRole('button', { name: /^Rekenbasis:/ }).click();
  await kiesOptie(paneel.getByRole('combobox', { name: 'Rekenbasis' }), 'Realisatie');
  await paneel.getByRole('textbox', { name: /^Ingroei in jaren/ }).fill('3');
  await paneel.getByRole('textbox', { name: /^Maximaal nadeel per inwoner/ }).fill('15');
  await expect(paneel.getByRole('button', { name: /^Rekenbasis:/ })).toHaveText('Rekenbasis: realisatie, met ingroei');
  await expect(page.getByTestId('prijspeil')).toHaveText('prijspeil 2026');

  await page.getByRole('tab', { name: 'Herverdeeleffect' }).click();
  const effect = page.getByRole('table', { name: 'Herverdeeleffect per gemeente' });
  for (const g of ['Centrumstad', 'Havenveld', 'Dijkhoven']) await expect(effect).toContainText(g);
  await expect(effect.locator('thead')).toContainText(/inwoner/);
  await schermafdruk(page, 'herverdeeleffect-realisatie-1280x720', { info, muisWeg: true });

  await page.getByRole('tab', { name: 'Ingroeipad' }).click();
  await expect(page.getByText('met ten hoogste € 15,00 nadeel per inwoner 0–17 per jaar').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Ingroeipad per gemeente en jaar' })).toContainText('Jaar 1');
  await schermafdruk(page, 'ingroeipad-realisatie-1280x720', { info, muisWeg: true });

  // The calculation workbook: the Ingroeipad sheet with SUM totals and steps of at most € 15 per inwoner.
  await app.importExport('Berekening naar Excel…');
  const dialoog = page.getByRole('dialog', { name: 'Berekening naar Excel' });
  await expect(dialoog.getByRole('combobox', { name: 'Variant' })).toHaveValue('De variant op het scherm Vergelijken');
  const download = await downloadNa(page, () => dialoog.getByRole('button', { name: 'Downloaden' }).click());
  const wb = XLSX.read((await bewaar(download, info)).inhoud, { cellFormula: true });
  const blad = wb.Sheets.Ingroeipad;
  expect(blad, 'blad Ingroeipad').toBeDefined();
  const formules = Object.entries(blad).filter(([k, c]) => !k.startsWith('!') && typeof (c as XLSX.CellObject).f === 'string').map(([, c]) => (c as XLSX.CellObject).f!);
  expect(formules.some((f) => /^SUM\(/i.test(f))).toBe(true);
  const rijen = XLSX.utils.sheet_to_json<unknown[]>(blad, { header: 1, raw: true });
  const kop = rijen.findIndex((r) => r[0] === 'Gemeente');
  const koppen = rijen[kop] as string[];
  const jaarKolommen = koppen.map((k, i) => [k, i] as const).filter(([k]) => /^Jaar \d+$/.test(k)).map(([, i]) => i);
  expect(jaarKolommen.length).toBeGreaterThan(1);
  const gemeenten = rijen.slice(kop + 1).filter((r) => typeof r[0] === 'string' && typeof r[1] === 'number' && (r[0] as string) !== 'Totaal');
  expect(gemeenten.length).toBeGreaterThanOrEqual(3);
  let nadeel = 0;
  for (const r of gemeenten) {
    const inwoners = r[1] as number;
    const start = r[koppen.indexOf('Start')] as number;
    const doel = r[koppen.indexOf('Doel')] as number;
    if (doel <= start) continue;
    nadeel++;
    let vorig = start;
    for (const i of jaarKolommen) {
      const b = r[i] as number;
      expect(b - vorig, `${r[0]}: stap naar ${koppen[i]}`).toBeLessThanOrEqual(15 * inwoners + 0.01);
      vorig = b;
    }
  }
  expect(nadeel).toBeGreaterThan(0);
});

test('Regio › Realisatie en prijspeil: een regel toevoegen, wijzigen en verwijderen, een indexfactor wijzigen; een foute regel noemt de plek', async ({ page, request, regio }) => {
  const naam = 'Demoregio realisatie bewerken';
  await importeer(page, request, { ...structuredClone(demoJson), regio: { ...demoJson.regio, naam }, realisatie: [{ financier: 'gemeente:GM9901', kader: 'jeugdwet', jaar: 2022, bedrag: 500_000 }] }, naam);
  await regio.open();
  await page.getByRole('tab', { name: /^Realisatie en prijspeil \(1\)/ }).click();
  const tabel = page.getByRole('table', { name: 'Realisatie' });
  await expect(tabel.locator('tbody tr')).toHaveCount(1);

  await voegRealisatieToe(page, { financier: 'Zorgkantoor (Zorgkantoor Demoregio (fictief))', kader: 'Wlz', jaar: '2022', bedrag: '800000' });
  await expect(tabel.locator('tbody tr')).toHaveCount(2);
  await expect(tabel.locator('tbody tr').nth(1)).toContainText('€ 800.000');

  await tabel.getByRole('button', { name: '1 bewerken' }).click();
  const bewerken = page.getByRole('dialog', { name: 'Realisatieregel 1 bewerken' });
  await bewerken.getByRole('textbox', { name: /^Bedrag/ }).fill('600000');
  await bewerken.getByRole('button', { name: 'Opslaan' }).click();
  await expect(bewerken).toBeHidden();
  await expect(tabel.locator('tbody tr').first()).toContainText('€ 600.000');

  // A year without an index factor: refused with a Dutch message that names the table and the year.
  await page.getByRole('button', { name: 'Realisatieregel toevoegen' }).click();
  const fout = page.getByRole('dialog', { name: 'Realisatieregel toevoegen' });
  await kiesOptie(fout.getByRole('combobox', { name: /^Financier/ }), 'Gemeente Havenveld');
  await kiesOptie(fout.getByRole('combobox', { name: /^Kader/ }), 'Jeugdwet');
  await fout.getByRole('textbox', { name: /^Jaar/ }).fill('2019');
  await fout.getByRole('textbox', { name: /^Bedrag/ }).fill('1000');
  await fout.getByRole('button', { name: 'Opslaan' }).click();
  await expect(fout.getByRole('alert')).toContainText('De wijziging is niet opgeslagen');
  await expect(fout.getByRole('alert')).toContainText('Realisatie: de indexfactor van 2019 ontbreekt; vul die bij het prijspeil in');
  await fout.getByRole('button', { name: 'Annuleren' }).click();
  await expect(tabel.locator('tbody tr')).toHaveCount(2);

  await tabel.getByRole('button', { name: '2 verwijderen' }).click();
  const verwijderen = page.getByRole('dialog');
  await expect(verwijderen).toContainText('Realisatieregel 2: Zorgkantoor');
  await verwijderen.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(tabel.locator('tbody tr')).toHaveCount(1);

  // An index factor added, saved, changed and saved again: it survives a reload.
  const prijspeil = page.getByRole('region', { name: 'Prijspeil' });
  await prijspeil.getByRole('button', { name: 'Indexjaar toevoegen' }).click();
  await prijspeil.getByRole('textbox', { name: 'Jaar van indexregel 1' }).fill('2024');
  await prijspeil.getByRole('textbox', { name: 'Indexfactor van 2024' }).fill('1,1');
  await prijspeil.getByRole('button', { name: 'Prijspeil opslaan' }).click();
  await regio.opgeslagen();
  await prijspeil.getByRole('textbox', { name: 'Indexfactor van 2024' }).fill('1,08');
  await prijspeil.getByRole('button', { name: 'Prijspeil opslaan' }).click();
  await regio.opgeslagen();
  await page.reload();
  await kiesOptie(page.getByRole('combobox', { name: 'Regio' }), naam);
  await regio.open();
  await page.getByRole('tab', { name: /^Realisatie en prijspeil/ }).click();
  await expect(page.getByRole('region', { name: 'Prijspeil' }).getByRole('textbox', { name: 'Indexfactor van 2024' })).toHaveValue('1,08');
});
