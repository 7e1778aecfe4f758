import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';

test('een regio exporteren naar Excel en die werkmap weer inlezen als nieuwe regio', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Demoregio (fictief)' })).toBeVisible();

  await page.getByRole('button', { name: 'Importeren en exporteren' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Deze regio als Excel-werkmap' }).click()]);
  expect(download.suggestedFilename()).toBe('Demoregio (fictief).xlsx');
  const pad = info.outputPath('demoregio.xlsx');
  await download.saveAs(pad);
  const wb = XLSX.read(readFileSync(pad));
  expect(wb.SheetNames).toEqual(expect.arrayContaining(['Gemeenten', 'Scholen', 'Leerlingen', 'Zorgverzekeraars']));
  expect(XLSX.utils.sheet_to_json(wb.Sheets.Scholen)).toHaveLength(6);

  await page.getByRole('button', { name: 'Importeren en exporteren' }).click();
  const [kiezer] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: /Regio inlezen uit Excel/ }).click()]);
  await kiezer.setFiles(pad);
  await expect(page.getByRole('status').filter({ hasText: 'Gelukt' })).toContainText('Regio Demoregio (fictief) (2) ingelezen: 12 gemeenten, 6 scholen, 1.560 leerlingen.');
  await expect(page.getByRole('combobox', { name: 'Regio' })).toHaveValue('Demoregio (fictief) (2)');
  await expect(page.getByRole('heading', { level: 2, name: 'Demoregio (fictief) (2)' })).toBeVisible();
});

test('een kapotte werkmap wordt geweigerd met een Nederlandse melding en verandert niets', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Importeren en exporteren' }).click();
  const [kiezer] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: /Regio inlezen uit Excel/ }).click()]);
  await kiezer.setFiles({ name: 'kapot.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('dit is geen werkmap') });
  const dialoog = page.getByRole('dialog', { name: 'Niet gelukt' });
  await expect(dialoog).toContainText('kapot.xlsx is niet ingelezen');
  await expect(dialoog).toContainText('Er is niets veranderd.');
});

test('het lege sjabloon downloaden', async ({ page }, info) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Importeren en exporteren' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Leeg Excel-sjabloon downloaden' }).click()]);
  expect(download.suggestedFilename()).toBe('ZiO-sjabloon.xlsx');
  const pad = info.outputPath('sjabloon.xlsx');
  await download.saveAs(pad);
  const wb = XLSX.read(readFileSync(pad));
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
