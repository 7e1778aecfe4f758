import type { Locator } from '@playwright/test';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { bewaar, downloadNa, schermafdruk } from './hulp';

/**
 * A scripted ontwerptafel session in the browser host: two groups set their weights and the
 * ranking changes, the table takes a position on the scope and applies the proposal, two
 * momentopnamen are taken and compared, the session is exported and the workbook checked, and the
 * facilitator presents with the keyboard. Screenshots go to test-results/screenshots/ontwerptafel-*.
 */

/** The rows of a sheet as arrays of cell values. */
function rijen(wb: XLSX.WorkBook, blad: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[blad], { header: 1, defval: null });
}

test('een ontwerptafel: gewichten van twee groepen, scope, twee momentopnamen, export en presentatie', async ({ app, page, ontwerptafel }, info) => {
  test.setTimeout(180_000);
  await ontwerptafel.open();
  /** A screenshot of the viewport, first scrolled to `bovenaan` when given. */
  const foto = (naam: string, bovenaan?: Locator) => schermafdruk(page, `ontwerptafel-${naam}`, { info, bovenaan, muisWeg: true });
  const totaal = page.getByLabel('Bovenaan in totaal');
  await expect(totaal).toHaveText('Bovenaan: Gemeenteroute');
  await expect(ontwerptafel.uitkomstRij('Gemeenten')).toContainText('Gemeenteroute');
  const ranglijst = page.getByRole('list', { name: 'Rangorde van de routes, alle groepen samen' });
  await expect(ranglijst).toContainText('3,50');

  // The groups of the report's survey (tabel 1.2): schoolleiders, and zorgkantoren and zorgverzekeraars as one.
  await expect(page.getByRole('tablist', { name: 'Groep aan het woord' }).getByRole('tab')).toHaveText([
    /^Gemeenten/,
    /^Samenwerkingsverbanden/,
    /^Schoolbesturen/,
    /^Schoolleiders/,
    /^Zorgaanbieders/,
    /^Zorgkantoren en zorgverzekeraars/,
    /^Ouders/,
  ]);
  await expect(ontwerptafel.uitkomstRij('Schoolleiders')).toContainText('Gemeenteroute');

  // What the survey said, beside the table's own result, with the report's caveat.
  const enquete = page.getByRole('table', { name: 'Enquête naast de uitkomst van deze tafel' });
  await expect(enquete.getByRole('row', { name: /^Gemeenteroute/ })).toContainText('5,4');
  await expect(enquete.getByRole('row', { name: /^Gemeenteroute/ })).toContainText('3,50 (1)');
  await expect(enquete.getByRole('row', { name: /^Onderwijsroute/ })).toContainText('6,6');
  await expect(enquete.getByRole('row', { name: /^Integrale route/ })).toContainText('middenpositie');
  await expect(enquete.getByRole('row', { name: /^Huidige situatie/ })).toContainText('niet gevraagd');
  await expect(page.getByLabel('Volgorde enquête en tafel')).toHaveText('De volgorde verschilt: de enquête zet de onderwijsroute voorop, deze tafel de gemeenteroute.');
  await page.getByRole('region', { name: 'Wat de enquête van het rapport zei' }).getByText('Niet representatief').hover();
  await expect(page.getByRole('tooltip')).toContainText('niet kunnen spreken van representatieve uitkomsten');
  await expect(page.getByRole('tooltip')).toContainText('par. 1.4, r. 1485');
  await enquete.getByText('5,4').hover();
  await expect(page.getByRole('tooltip')).toContainText('‘zeker niet passend – zeker wel passend’');
  await foto('enquete-1280x720', page.getByRole('region', { name: 'Uitkomst: alle groepen samen' }));

  // The default scores are visibly a starting point, argued from the report with a quotation and its line.
  const scores = page.getByRole('table', { name: 'Scores per route en criterium' });
  await expect(scores.getByText('startpunt', { exact: true })).toHaveCount(40);
  await expect(scores.getByText('gemeten', { exact: true })).toHaveCount(16);
  await scores.getByRole('row', { name: /Eenvoud/ }).getByText('4', { exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('alleen met de gemandateerde gemeente');
  await expect(page.getByRole('tooltip')).toContainText('bijlage 3 (eindplaatje, punt 7), r. 5943');
  // Schakels: parties per school and per financier, on a fixed scale, computed in the explanation.
  await scores.getByRole('row', { name: /^Schakels/ }).getByText('2,93', { exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Een school heeft gemiddeld met 6 partijen te maken');
  await expect(page.getByRole('tooltip')).toContainText('Samen 8,4 schakels: score 5 − ²log(8,4 / 2) = 2,93');
  await expect(scores.getByRole('row', { name: /^Ruimte voor individueel maatwerk/ })).toBeVisible();
  await expect(scores.getByRole('row', { name: /^Borging van de kwaliteit van de zorg in de school/ })).toBeVisible();
  await foto('scores-1280x720', page.getByRole('region', { name: 'Scores per route en criterium' }));
  await foto('criteria-1280x720', page.getByRole('heading', { level: 2, name: 'Ontwerptafel' }));

  // Gemeenten: simplicity counts most, ontschotting not at all → the gemeenteroute comes first for them.
  await ontwerptafel.zetGewicht('Eenvoud: weinig schakels, geen nieuwe partij', 'Gemeenten', 'End');
  await ontwerptafel.zetGewicht('Scheiding zorg–onderwijs opgeheven', 'Gemeenten', 'Home');
  await expect(ontwerptafel.uitkomstRij('Gemeenten')).toContainText('Gemeenteroute');
  await expect(ontwerptafel.uitkomstRij('Gemeenten')).toContainText('3,71');

  // Samenwerkingsverbanden: regie at the source and inclusive education → the onderwijsroute.
  await page.getByRole('tablist', { name: 'Groep aan het woord' }).getByRole('tab', { name: /^Samenwerkingsverbanden/ }).click();
  await ontwerptafel.zetGewicht('Regie dicht bij de bron', 'Samenwerkingsverbanden', 'End');
  await ontwerptafel.zetGewicht('Verbinding met inclusiever regulier onderwijs', 'Samenwerkingsverbanden', 'End');
  await expect(ontwerptafel.uitkomstRij('Samenwerkingsverbanden')).toContainText('Onderwijsroute');
  // The overall result moves, the winner stays.
  await expect(ranglijst).toContainText('3,52');
  await expect(totaal).toHaveText('Bovenaan: Gemeenteroute');
  await ontwerptafel.opgeslagen();
  await foto('gewichten-1280x720', page.getByRole('tablist', { name: 'Groep aan het woord' }));
  await foto('uitkomst-per-groep-1280x720', page.getByRole('region', { name: 'Uitkomst per groep' }));
  await foto('gevoeligheid-1280x720', page.getByRole('region', { name: 'Gevoeligheid: wat verandert de uitkomst?' }));

  await ontwerptafel.maakMomentopname('Ronde 1: gewichten');

  // Scope: every group wants the "overige" task out; apply the proposal to the variant.
  await page.getByRole('tab', { name: /^Scope/ }).click();
  const overig = page.getByRole('row', { name: /^Overige \/ onbekende/ });
  await overig.getByRole('button', { name: /Alle groepen tegelijk/ }).click();
  await page.getByRole('menuitem', { name: 'Alle groepen: eruit' }).click();
  await expect(overig.getByLabel('Voorstel: eruit')).toBeVisible();
  // One group changes its mind with the keyboard: still a majority.
  const ouders = overig.getByRole('button', { name: /^Ouders over Overige/ });
  await ouders.focus();
  await ouders.press('o');
  await expect(ouders).toHaveAttribute('data-positie', 'onbeslist');
  await expect(overig.getByLabel('Voorstel: eruit')).toBeVisible();
  const potNu = page.getByLabel('Pot van de variant nu');
  await expect(potNu).toContainText('€ 6.468.082');
  await expect(page.getByLabel('Pot met het voorstel')).toContainText('€ 6.173.652');
  await page.getByRole('button', { name: 'Voorstel toepassen op de variant' }).click();
  await expect(potNu).toContainText('€ 6.173.652');
  await expect(page.getByLabel('Variant van de tafel')).toContainText('aangepast: scope uit het voorstel');
  await ontwerptafel.opgeslagen();
  await foto('scope-1280x720', page.getByRole('tablist').first());
  await foto('scope-taken-1280x720', page.getByRole('row', { name: /^Begeleiding gedragsproblemen/ }));

  await ontwerptafel.maakMomentopname('Ronde 2: scope');

  // Compare the two momentopnamen.
  const vergelijking = page.getByLabel('Vergelijking van de momentopnamen');
  await expect(vergelijking).toContainText('Eraf: Overige / onbekende zorg- en ondersteuningswerkzaamheden');
  await expect(page.getByRole('table', { name: 'Pot in de twee momentopnamen' }).getByRole('row', { name: /^Pot/ })).toContainText('\u2212€ 294.430');
  await expect(page.getByRole('list', { name: 'Gewijzigde gewichten' })).toHaveCount(0);
  await foto('momentopnamen-1280x720', page.getByRole('region', { name: 'Momentopname maken' }));
  await foto('vergelijking-1280x720', page.getByRole('region', { name: 'Wie staat bovenaan?' }));

  // Meerjarenraming: a 2% growth in year 1 changes the pot of that year.
  await page.getByRole('tab', { name: /^Meerjarenraming/ }).click();
  const potPerJaar = page.getByRole('table', { name: 'Pot per jaar' });
  await expect(potPerJaar.getByRole('row', { name: /^Pot/ })).toContainText('€ 6.358.861');
  await page.getByRole('textbox', { name: 'Leerlingengroei Jaar 1' }).fill('2');
  await expect(potPerJaar.getByRole('row', { name: /^Leerlingengroei/ })).toContainText('2,0%');
  await expect(potPerJaar.getByRole('row', { name: /^Pot/ })).toContainText('€ 6.486.038');
  // The index factor of a year converts it from the regio's prijspeil (default 1, stated on the screen).
  await expect(page.getByRole('region', { name: 'Instellingen' })).toContainText('Bedragen op prijspeil 2022');
  await expect(page.getByRole('textbox', { name: 'Indexfactor Jaar 1' })).toHaveValue('1');
  await page.getByRole('textbox', { name: 'Indexfactor Jaar 1' }).fill('1,1');
  await expect(potPerJaar.getByRole('row', { name: /^Indexfactor t\.o\.v\. prijspeil 2022/ })).toContainText('1,100');
  await expect(potPerJaar.getByRole('row', { name: /^Pot/ })).toContainText(/€ 7\.134\.64\d/);
  await page.getByRole('textbox', { name: 'Indexfactor Jaar 1' }).fill('1');
  await expect(potPerJaar.getByRole('row', { name: /^Pot/ })).toContainText('€ 6.486.038');
  await foto('meerjarenraming-1280x720', page.getByRole('region', { name: 'Instellingen' }));
  await foto('meerjarenraming-pot-1280x720', page.getByRole('region', { name: 'De pot per jaar' }));

  // Export: the workbook for the verslag.
  await page.getByRole('tab', { name: /^Export/ }).click();
  await page.getByRole('textbox', { name: 'Wat de tafel besloot, in eigen woorden' }).fill('De tafel kiest voorlopig de integrale route en laat de overige taken buiten de pot.');
  await ontwerptafel.opgeslagen();
  await foto('export-1280x720', page.getByRole('tablist').first());
  const download = await downloadNa(page, () => page.getByRole('button', { name: 'Sessie exporteren (Excel)' }).click());
  expect(download.suggestedFilename()).toMatch(/^Ontwerptafel .*\.xlsx$/);
  // The session is called "Ontwerptafel <datum>": the file name does not say it twice.
  expect(download.suggestedFilename()).not.toMatch(/Ontwerptafel Ontwerptafel/);
  const wb = XLSX.read((await bewaar(download, info)).inhoud);
  expect(wb.SheetNames).toEqual(expect.arrayContaining(['Toelichting', 'Besluiten', 'Gewichten', 'Momentopname 1', 'Momentopname 2', 'Vergelijking']));

  const toelichting = JSON.stringify(rijen(wb, 'Toelichting'));
  expect(toelichting).toContain('Momentopname \\"Ronde 1: gewichten\\"');
  expect(toelichting).toContain('Momentopname \\"Ronde 2: scope\\"');
  expect(toelichting).toContain('laat de overige taken buiten de pot');
  expect(toelichting).toContain('Overige / onbekende zorg- en ondersteuningswerkzaamheden');

  // The weights the two groups set, in the table of the session's weights.
  const gewichten = rijen(wb, 'Gewichten');
  const kop = gewichten.findIndex((r) => r[0] === 'Criterium');
  const kolom = (groep: string) => gewichten[kop].indexOf(groep);
  const gewicht = (criterium: string, groep: string) => gewichten.slice(kop + 1).find((r) => r[0] === criterium)?.[kolom(groep)];
  expect(gewicht('Eenvoud: weinig schakels, geen nieuwe partij', 'Gemeenten')).toBe(10);
  expect(gewicht('Scheiding zorg–onderwijs opgeheven', 'Gemeenten')).toBe(0);
  expect(gewicht('Regie dicht bij de bron', 'Samenwerkingsverbanden')).toBe(10);
  expect(gewicht('Verbinding met inclusiever regulier onderwijs', 'Samenwerkingsverbanden')).toBe(10);
  expect(gewicht('Regie dicht bij de bron', 'Ouders')).toBe(5);

  const besluiten = rijen(wb, 'Besluiten');
  const overigRij = besluiten.find((r) => r[0] === 'Overige / onbekende zorg- en ondersteuningswerkzaamheden')!;
  expect(overigRij).toContain('eruit');
  expect(JSON.stringify(rijen(wb, 'Momentopname 1'))).toContain('Ronde 1: gewichten');
  expect(JSON.stringify(rijen(wb, 'Momentopname 2'))).toContain('Ronde 2: scope');

  // The session is in the project: a reload opens it again with both momentopnamen.
  await page.reload();
  await app.naar('Ontwerptafel');
  await page.getByRole('tab', { name: /^Momentopnamen/ }).click();
  await expect(page.getByRole('table', { name: 'Momentopnamen', exact: true }).getByRole('row')).toHaveCount(3);

  // Presentation on the projector, entered and left with the keyboard; it shows the table's result.
  await page.getByRole('tab', { name: /^Criteria en gewichten/ }).click();
  const bovenaan = (await totaal.textContent())!.replace(/^Bovenaan: /, '');
  expect(['Gemeenteroute', 'Onderwijsroute', 'Integrale route', 'Huidige situatie']).toContain(bovenaan);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Presenteren' }).focus();
  await page.keyboard.press('Enter');
  const presentatie = page.getByRole('dialog', { name: /^Presentatie/ });
  await expect(presentatie).toBeVisible();
  const titel = presentatie.getByRole('heading', { level: 2 });
  const dias = ['scope', 'pot', 'routes', 'gemeenten', 'weging'];
  for (const [i, dia] of dias.entries()) {
    if (i > 0) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    await expect(presentatie.getByRole('navigation', { name: "Dia's" }).locator('[aria-current="step"]')).toHaveText(new RegExp(`^${i + 1} `));
    await expect(titel).toBeVisible();
    await page.waitForTimeout(400);
    await foto(`presentatie-${i + 1}-${dia}-1920x1080`);
  }
  await expect(presentatie.getByLabel('Bovenaan in totaal')).toHaveText(bovenaan);
  await expect(presentatie.getByRole('table', { name: 'Enquête naast de uitkomst van deze tafel' })).toContainText('6,6');
  await page.keyboard.press('ArrowLeft');
  await expect(titel).toContainText('Wat betaalt elke gemeente');
  await page.keyboard.press('2');
  await expect(titel).toContainText('Hoe groot is de pot');
  await expect(presentatie.getByLabel('De pot')).toHaveText('€ 6.173.652');
  // A live change: the smal scope, recomputed at once.
  await presentatie.getByText('Smal', { exact: true }).click();
  await expect(presentatie.getByLabel('De pot')).toHaveText('€ 3.673.564');
  await foto('presentatie-pot-smal-1920x1080');
  await page.keyboard.press('Escape');
  await expect(presentatie).toHaveCount(0);
  await expect(page.getByLabel('Variant van de tafel')).toContainText('scope');
});
