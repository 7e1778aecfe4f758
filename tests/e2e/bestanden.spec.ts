import { expect, test } from './fixtures';
import * as XLSX from 'xlsx';
import { bewaar, DEMOREGIO, downloadNa } from './hulp';

test('een regio exporteren naar Excel en die werkmap weer inlezen als nieuwe regio', async ({ app, page }, info) => {
  await expect(app.kop(DEMOREGIO)).toBeVisible();

  const download = await downloadNa(page, () => app.importExport('Deze regio als Excel-werkmap'));
  expect(download.suggestedFilename()).toBe('Demoregio (fictief).xlsx');
  const { pad, inhoud } = await bewaar(download, info, 'demoregio.xlsx');
  const wb = XLSX.read(inhoud);
  expect(wb.SheetNames).toEqual(expect.arrayContaining(['Gemeenten', 'Scholen', 'Leerlingen', 'Zorgverzekeraars']));
  expect(XLSX.utils.sheet_to_json(wb.Sheets.Scholen)).toHaveLength(6);

  const [kiezer] = await Promise.all([page.waitForEvent('filechooser'), app.importExport(/Regio inlezen uit Excel/)]);
  await kiezer.setFiles(pad);
  await expect(page.getByRole('status').filter({ hasText: 'Gelukt' })).toContainText('Regio Demoregio (fictief) (2) ingelezen: 12 gemeenten, 6 scholen, 1.560 leerlingen.');
  await expect(app.regioKeuze).toHaveValue('Demoregio (fictief) (2)');
  await expect(app.kop('Demoregio (fictief) (2)')).toBeVisible();
});

test('een kapotte werkmap wordt geweigerd met een Nederlandse melding en verandert niets', async ({ app, page }) => {
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  const [kiezer] = await Promise.all([page.waitForEvent('filechooser'), app.importExport(/Regio inlezen uit Excel/)]);
  await kiezer.setFiles({ name: 'kapot.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('dit is geen werkmap') });
  const dialoog = page.getByRole('dialog', { name: 'Niet gelukt' });
  await expect(dialoog).toContainText('kapot.xlsx is niet ingelezen');
  await expect(dialoog).toContainText('Er is niets veranderd.');
});

test('het lege sjabloon downloaden', async ({ app, page }, info) => {
  const download = await downloadNa(page, () => app.importExport('Leeg Excel-sjabloon downloaden'));
  expect(download.suggestedFilename()).toBe('ZiO-sjabloon.xlsx');
  const { inhoud } = await bewaar(download, info, 'sjabloon.xlsx');
  const wb = XLSX.read(inhoud);
  expect(wb.SheetNames).toEqual(expect.arrayContaining(['Toelichting', 'Gemeenten', 'Leerlingen', 'Inventarisatie']));
});

test('een groot bestand inlezen toont de voortgang, en Annuleren stopt het zonder iets te veranderen', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Demoregio (fictief)' })).toBeVisible();
  const regels = ['School;Woongemeente;Doelgroep;Aantal'];
  for (let i = 0; i < 90_000; i++) regels.push(`S0${(i % 6) + 1};GM99${String((i % 9) + 1).padStart(2, '0')};gedrag;${(i % 50) + 1}`);
  await page.getByRole('button', { name: 'Importeren en exporteren' }).click();
  await page.getByRole('menuitem', { name: /Eén tabel vervangen/ }).click();
  const [kiezer] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Bestand kiezen…' }).click()]);
  await kiezer.setFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(regels.join('\n')) });

  const voortgang = page.getByRole('dialog', { name: 'Bestand inlezen' });
  await expect(voortgang).toContainText('groot.csv');
  await expect(voortgang.getByRole('status')).toContainText('Controleren en inlezen');
  await page.screenshot({ path: info.outputPath('voortgang.png') });
  await voortgang.getByRole('button', { name: 'Annuleren' }).click();
  await expect(voortgang).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Niet gelukt' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Importeren en exporteren' })).toBeEnabled({ timeout: 10_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Gelukt' })).toHaveCount(0);
});
