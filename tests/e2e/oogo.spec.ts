import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { downloadNa, kiesOptie, schermafdruk } from './hulp';

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find(existsSync);

test('het OOGO-rapport van een samenwerkingsverband, als scherm, Excel en PDF', async ({ app, page }, info) => {
  await app.naar('OOGO-rapport');
  await expect(app.kop('OOGO-rapport')).toBeVisible();
  await kiesOptie(page.getByRole('combobox', { name: 'Samenwerkingsverband' }), 'SWV Passend Primair Onderwijs Centrumstad e.o. (fictief)');
  const rapport = page.locator('.oogo-rapport');
  await expect(rapport).toContainText('SWV Passend Primair Onderwijs Centrumstad e.o. (fictief)');
  await expect(rapport).toContainText('Centrumstad');
  await expect(rapport).toContainText('Bespreekpunten');
  // Small counts are hidden by default in a report meant to be shared.
  await expect(rapport).toContainText('<5');
  // TLV laag / midden / hoog: without the regio's own counts an estimate, marked as such, with its sources.
  const tlv = rapport.getByRole('region', { name: 'TLV laag, midden en hoog' });
  await expect(tlv.getByRole('table', { name: 'TLV per school' })).toContainText('schatting');
  await expect(tlv).toContainText('r. 2538–2540');
  await expect(tlv).toContainText('€ 12.000, € 20.000 en € 25.000');
  await expect(rapport).toContainText('TLV’s afgeven.');
  await schermafdruk(page, 'oogo-1280x720');

  const download = await downloadNa(page, () => page.getByRole('button', { name: 'Excel downloaden' }).click());
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
    expect(tekst).not.toContain('Importeren en exporteren');
  } else {
    info.annotations.push({ type: 'let op', description: 'pdftotext ontbreekt: de tekst van de PDF is niet gecontroleerd.' });
  }
});
