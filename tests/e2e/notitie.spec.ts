import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoRegioId, downloadNa, kiesOptie, schermafdruk } from './hulp';

// The screens draw several charts; on a busy machine that takes longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find(existsSync);

const demoJson = JSON.parse(readFileSync('resources/demo/demoregio.json', 'utf8'));

/** The national regio of the benchmarks (344 gemeenten), made by its generator in a child process. */
function landelijkeRegio(): { regio: { naam: string } } {
  const code = "import { landelijkeRegio } from './bench/landelijk'; process.stdout.write(JSON.stringify(landelijkeRegio()));";
  return JSON.parse(execFileSync('npx', ['tsx', '-e', code], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }));
}

/** Jeugdigen as key, phased in over 3 years with at most € 0,50 nadeel per inwoner 0–17 a year: too slow to end in 20 years. */
const MET_INGROEI = { naam: 'Jeugdigen met ingroei', verdeelsleutel: { type: 'jeugdigen' }, ingroei: { jaren: 3, maxNadeelPerInwoner: 0.5 } };

/** Starts Vergelijken of a regio with this variant (as if designed earlier in the session). */
async function vergelijkMet(page: Page, regioId: number, variant: Record<string, unknown>): Promise<void> {
  await page.evaluate(([id, v]) => sessionStorage.setItem(`zio:vergelijken:variant:${id}`, JSON.stringify(v)), [regioId, variant] as const);
  await page.getByRole('button', { name: /^Vergelijken/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Routes vergelijken' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Kerncijfers per route' })).toBeVisible({ timeout: 60_000 });
}

/** Imports a regio-bestand through the API as a new regio and chooses it in the header. */
async function importeer(page: Page, request: APIRequestContext, regio: unknown, naam: string): Promise<number> {
  const inhoud = Buffer.from(JSON.stringify(regio)).toString('base64');
  const antwoord = await (await request.post('/api/regioImporteren', { data: { bestandsnaam: 'regio.json', inhoud, doel: { soort: 'nieuw' } }, timeout: 120_000 })).json();
  expect(antwoord.ok, JSON.stringify(antwoord.fout ?? '')).toBe(true);
  await page.reload();
  await kiesOptie(page.getByRole('combobox', { name: 'Regio' }), naam);
  return antwoord.data.regioId;
}

test('herverdeeleffect en ingroeipad op Vergelijken, met het prijspeil in de kop', async ({ app, page, request }, info) => {
  await vergelijkMet(page, await demoRegioId(request), MET_INGROEI);
  await expect(page.getByTestId('prijspeil')).toHaveText('prijspeil 2022');

  await page.getByRole('tab', { name: 'Herverdeeleffect' }).click();
  const grafiek = page.getByRole('img', { name: /^Herverdeeleffect per gemeente in euro per inwoner 0–17: / }).first();
  await expect(grafiek).toBeVisible();
  await expect(grafiek.locator('svg')).toContainText('Vennebroek');
  await expect(grafiek.locator('svg')).toContainText('prijspeil 2022');
  const tabel = page.getByRole('table', { name: 'Herverdeeleffect per gemeente' });
  // Sorted from the largest nadeel (per inwoner) to the largest voordeel.
  await expect(tabel.locator('tbody tr').first()).toContainText('Vennebroek');
  await expect(tabel.locator('tbody tr').first()).toContainText('+€ 11,99');
  await expect(tabel.locator('tbody tr').last()).toContainText('Centrumstad');
  await expect(page.getByLabel('Samenvatting herverdeeleffect')).toContainText('7 gemeenten betalen in de gemeenteroute meer dan nu');
  await schermafdruk(page, 'herverdeeleffect-demo-1280x720', { info, muisWeg: true, bovenaan: page.getByRole('region', { name: 'Herverdeeleffect per gemeente', exact: true }) });

  await page.getByRole('tab', { name: 'Ingroeipad' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'niet binnen 20 jaar' })).toContainText('€ 0,50 nadeel per inwoner');
  await expect(page.getByRole('img', { name: /^Ingroeipad over 20 jaar voor / }).first()).toBeVisible();
  const pad = page.getByRole('table', { name: 'Ingroeipad per gemeente en jaar' });
  await expect(pad.locator('thead')).toContainText('Jaar 20');
  await schermafdruk(page, 'ingroeipad-demo-1280x720', { info, muisWeg: true, bovenaan: page.getByRole('region', { name: 'Ingroeipad per gemeente', exact: true }) });
  void app;
});

test('norm en realisatie zonder realisatie: de verwijzing naar Regio › Realisatie', async ({ app, page, request }) => {
  await vergelijkMet(page, await demoRegioId(request), {});
  await page.getByRole('tab', { name: 'Norm en realisatie' }).click();
  await expect(page.getByTestId('geen-realisatie')).toContainText('Nog geen realisatie ingevoerd — voeg die toe op Regio › Realisatie.');
  void app;
});

test('norm en realisatie van een regio met realisatieregels', async ({ app, page, request }, info) => {
  const regio = {
    ...structuredClone(demoJson),
    regio: { ...demoJson.regio, naam: 'Demoregio met realisatie' },
    realisatie: [
      { financier: 'gemeente:GM9901', kader: 'jeugdwet', jaar: 2022, bedrag: 900_000 },
      { financier: 'zorgkantoor', kader: 'wlz', jaar: 2022, bedrag: 1_500_000 },
    ],
  };
  const id = await importeer(page, request, regio, 'Demoregio met realisatie');
  await vergelijkMet(page, id, { rekenbasis: 'realisatie' });
  await page.getByRole('tab', { name: 'Norm en realisatie' }).click();
  const tabel = page.getByRole('table', { name: 'Norm en realisatie per financier en kader' });
  await expect(tabel).toContainText('Centrumstad');
  await expect(tabel).toContainText('€ 900.000');
  await expect(page.getByRole('img', { name: /^Centrumstad: Jeugdwet norm € / }).first()).toBeVisible();
  await schermafdruk(page, 'norm-en-realisatie-demo-1280x720', { info, muisWeg: true });
  void app;
});

test('de bestuurlijke notitie: één klik vanaf Vergelijken, met kopregel, afdrukbaar en als Word', async ({ app, page, request }, info) => {
  await vergelijkMet(page, await demoRegioId(request), MET_INGROEI);
  await page.getByRole('button', { name: 'Bestuurlijke notitie…' }).click();
  const notitie = page.locator('.notitie');
  await expect(page.getByRole('note', { name: 'Kopregel' })).toHaveText(/^Demoregio \(fictief\) · Jeugdigen met ingroei · prijspeil 2022 · \d+ \w+ \d{4}$/);
  for (const kop of ['Samenvatting', 'De pot per route', 'Herverdeeleffect per inwoner', 'Ingroeipad', 'Wat buiten de pot blijft', 'Aannames']) await expect(notitie.getByRole('heading', { name: kop, exact: true })).toBeVisible();
  await expect(notitie.getByRole('img', { name: /herverdeeleffect per inwoner/ }).locator('svg')).toBeVisible();
  await schermafdruk(page, 'notitie-demo-1280x720', { info, muisWeg: true });

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const paginas = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(paginas).toBeGreaterThan(2);
  if (PDFTOTEXT) {
    const pdfPad = info.outputPath('notitie.pdf');
    writeFileSync(pdfPad, pdf);
    // Every page starts with the running header: regio · variant · prijspeil · datum.
    const perPagina = execFileSync(PDFTOTEXT, ['-layout', pdfPad, '-'], { encoding: 'utf8' }).split('\f').filter((t) => t.trim());
    expect(perPagina).toHaveLength(paginas);
    for (const tekst of perPagina) expect(tekst.trimStart()).toMatch(/^Demoregio \(fictief\) · Jeugdigen met ingroei · prijspeil 2022 · /);
    expect(perPagina.join('\n')).not.toContain('Terug naar vergelijken');
  }

  const download = await downloadNa(page, () => page.getByRole('button', { name: 'Word-document (.docx)' }).click());
  expect(download.suggestedFilename()).toBe('Bestuurlijke notitie Demoregio (fictief) - Jeugdigen met ingroei.docx');
  const pad = await download.path();
  expect(readFileSync(pad!).subarray(0, 2).toString('latin1')).toBe('PK');

  await page.getByRole('button', { name: '‹ Terug naar vergelijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Routes vergelijken' })).toBeVisible();
  void app;
});

test('landelijke schaal: herverdeeleffect top 10 + rest, ingroeipad met de grootste bewegers, notitie', async ({ app, page, request }, info) => {
  test.setTimeout(240_000);
  const regio = landelijkeRegio();
  // Its own name: other specs import the national regio into the same project too.
  regio.regio.naam = `${regio.regio.naam} (notitie)`;
  const id = await importeer(page, request, regio, regio.regio.naam);
  await vergelijkMet(page, id, { naam: 'Landelijk jeugdigen', verdeelsleutel: { type: 'jeugdigen' }, ingroei: { jaren: 4, maxNadeelPerInwoner: 15 } });
  await page.getByRole('tab', { name: 'Herverdeeleffect' }).click();
  const grafiek = page.getByRole('img', { name: /^Herverdeeleffect per gemeente in euro per inwoner 0–17: / }).first();
  await expect(grafiek.locator('svg')).toContainText(/Overige \d+ gemeenten/);
  await schermafdruk(page, 'herverdeeleffect-landelijk-1280x720', { info, muisWeg: true, bovenaan: page.getByRole('region', { name: 'Herverdeeleffect per gemeente', exact: true }) });
  await page.getByRole('tab', { name: 'Ingroeipad' }).click();
  await expect(page.getByRole('img', { name: /^Ingroeipad over \d+ jaar voor / }).first()).toBeVisible();
  await schermafdruk(page, 'ingroeipad-landelijk-1280x720', { info, muisWeg: true, bovenaan: page.getByRole('region', { name: 'Ingroeipad per gemeente', exact: true }) });
  await page.getByRole('button', { name: 'Bestuurlijke notitie…' }).click();
  await expect(page.getByRole('note', { name: 'Kopregel' })).toContainText('prijspeil 2022');
  await expect(page.locator('.notitie')).toContainText(/Overige \d+ gemeenten/);
  await schermafdruk(page, 'notitie-landelijk-1280x720', { info, muisWeg: true });
  void app;
});
