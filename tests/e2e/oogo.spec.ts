import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { verzamelFouten } from './hulp';

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find(existsSync);

test('het OOGO-rapport van een samenwerkingsverband, als scherm, Excel en PDF', async ({ page }, info) => {
  const fouten = verzamelFouten(page);
  await page.goto('/');
  await page.getByRole('button', { name: /^OOGO-rapport/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'OOGO-rapport' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Samenwerkingsverband' }).click();
  await page.getByRole('option', { name: 'SWV Passend Primair Onderwijs Centrumstad e.o. (fictief)' }).click();
  const rapport = page.locator('.oogo-rapport');
  await expect(rapport).toContainText('SWV Passend Primair Onderwijs Centrumstad e.o. (fictief)');
  await expect(rapport).toContainText('Centrumstad');
  await expect(rapport).toContainText('Bespreekpunten');
  // Small counts are hidden by default in a report meant to be shared.
  await expect(rapport).toContainText('<5');
  await page.screenshot({ path: 'test-results/screenshots/oogo-1280x720.png' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel downloaden' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^OOGO .*\.xlsx$/);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pad = info.outputPath('oogo.pdf');
  writeFileSync(pad, pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const paginas = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(paginas).toBeGreaterThan(1);
  if (PDFTOTEXT) {
    const tekst = execFileSync(PDFTOTEXT, ['-layout', pad, '-'], { encoding: 'utf8' });
    expect(tekst).toContain('SWV Passend Primair Onderwijs Centrumstad e.o. (fictief)');
    expect(tekst).toContain('Demoregio (fictief)');
    expect(tekst).not.toContain('Importeren / exporteren');
  } else {
    info.annotations.push({ type: 'let op', description: 'pdftotext ontbreekt: de tekst van de PDF is niet gecontroleerd.' });
  }
  expect(fouten).toEqual([]);
});
