import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { kiesOptie } from './hulp';

/** The national regio of the benchmarks (bench/landelijk.ts), made by tsx: it reads the normen JSON as the app does. */
function landelijkeRegioJson(): string {
  const code = "import { landelijkeRegio } from './bench/landelijk.ts'; process.stdout.write(JSON.stringify(landelijkeRegio()));";
  return execFileSync('npx', ['tsx', '--eval', code], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

const PDFINFO = ['/usr/bin/pdfinfo', '/usr/local/bin/pdfinfo'].find(existsSync);
const NATIONAAL = 'Nederland (synthetisch)';

/** The number of pages of a PDF: pdfinfo where installed, else the page objects counted. */
function paginas(pdf: Buffer, pad: string): number {
  if (PDFINFO) return Number(/^Pages:\s+(\d+)/m.exec(execFileSync(PDFINFO, [pad], { encoding: 'utf8' }))![1]);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('het OOGO-rapport van één samenwerkingsverband van de landelijke regio past op hoogstens 30 A4-pagina’s', async ({ app, page, request }, info) => {
  test.setTimeout(240_000);
  const inhoud = Buffer.from(landelijkeRegioJson()).toString('base64');
  const antwoord = await (await request.post('/api/regioImporteren', { data: { bestandsnaam: 'landelijk.json', inhoud, doel: { soort: 'nieuw' } }, timeout: 120_000 })).json();
  expect(antwoord.ok, JSON.stringify(antwoord).slice(0, 300)).toBe(true);
  await page.reload();
  await kiesOptie(app.regioKeuze, NATIONAAL);
  await expect(app.kop(NATIONAAL)).toBeVisible({ timeout: 30_000 });

  await app.naar('OOGO-rapport');
  await kiesOptie(page.getByRole('combobox', { name: 'Samenwerkingsverband' }), 'Samenwerkingsverband 1');
  const rapport = page.locator('.oogo-rapport');
  await expect(rapport).toContainText('Samenwerkingsverband 1', { timeout: 60_000 });
  // Long lists are summarised, and the report says where the detail is.
  await expect(rapport).toContainText('Alle gemeenten en scholen staan in de Excel-werkmap bij dit rapport.');
  await expect(rapport.getByRole('table', { name: 'Gemeenten in het gebied' }).getByRole('row', { name: /^Overige \(\d+ gemeenten\)/ })).toBeVisible();
  // Small counts as "<5"; totals with one in them rounded, not hidden; the rule is in the report.
  await expect(rapport).toContainText('<5');
  await expect(rapport).toContainText(/ca\. \d/);
  await expect(rapport).toContainText('afgerond op tientallen');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pad = info.outputPath('oogo-landelijk.pdf');
  writeFileSync(pad, pdf);
  const aantal = paginas(pdf, pad);
  info.annotations.push({ type: 'pagina’s', description: String(aantal) });
  expect(aantal).toBeGreaterThan(2);
  expect(aantal).toBeLessThanOrEqual(30);
});
