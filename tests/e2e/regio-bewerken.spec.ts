import { expect, test } from './fixtures';
import { demoRegioId, kiesOptie, schermafdruk } from './hulp';

test('een gemeente bewerken, ongedaan maken en opnieuw doen', async ({ page, regio }) => {
  await regio.open();
  const gemeenten = page.getByRole('table', { name: 'Gemeenten' });
  const centrumstad = gemeenten.getByRole('row', { name: /Centrumstad/ });
  await expect(centrumstad).toContainText('41.800');
  await expect(page.getByRole('button', { name: 'Opnieuw' })).toBeDisabled();

  await centrumstad.getByRole('button', { name: 'Centrumstad bewerken' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Gemeente Centrumstad bewerken' });
  const inwoners = dialoog.getByRole('textbox', { name: /Inwoners van 0–17 jaar/ });
  await expect(inwoners).toHaveValue('41.800');
  // Inline validation before anything is sent.
  await dialoog.getByRole('textbox', { name: /^Naam/ }).fill('');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toContainText('Vul een naam in.');
  await dialoog.getByRole('textbox', { name: /^Naam/ }).fill('Centrumstad');
  await inwoners.fill('42500');
  await expect(inwoners).toHaveValue('42.500');
  await schermafdruk(page, 'regio-gemeenten-bewerken');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();
  await expect(centrumstad).toContainText('42.500');

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(centrumstad).toContainText('41.800');
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(centrumstad).toContainText('42.500');
  await expect(page.getByRole('button', { name: 'Opnieuw' })).toBeDisabled();
  await schermafdruk(page, 'regio-gemeenten-na-bewerken', { volledig: true });

  // The keyboard shortcut undoes too, which leaves the demo regio as it was.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(centrumstad).toContainText('41.800');
  await regio.opgeslagen();
});

test('een gemeente waar leerlingen wonen kan niet worden verwijderd', async ({ page, regio }) => {
  await regio.open();
  const gemeenten = page.getByRole('table', { name: 'Gemeenten' });
  await expect(gemeenten.getByRole('row')).toHaveCount(13);
  await gemeenten.getByRole('button', { name: 'Centrumstad verwijderen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Gemeente verwijderen' });
  await expect(dialoog).toContainText('Gemeente Centrumstad (GM9901)');
  await expect(dialoog).toContainText(/In Centrumstad wonen [\d.]+ leerlingen/);
  await dialoog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(dialoog.getByRole('alert')).toContainText('kan niet worden verwijderd: er verwijzen nog scholen of leerlingen naar');
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialoog).toBeHidden();
  await expect(gemeenten.getByRole('row')).toHaveCount(13);
  await expect(gemeenten.getByRole('row', { name: /Centrumstad/ })).toContainText('41.800');
});

test('een nieuwe regio opbouwen, een blok uit Excel plakken en na herladen terugzien', async ({ page, regio }) => {
  await page.getByRole('banner').getByRole('button', { name: 'Nieuwe regio' }).click();
  const nieuw = page.getByRole('dialog', { name: 'Nieuwe regio' });
  await nieuw.getByRole('textbox', { name: /Naam van de regio/ }).fill('Oostland');
  await nieuw.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Regio Oostland' })).toBeVisible();
  await expect(nieuw).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Nog niet compleet' })).toContainText('Er zijn nog geen gemeenten');
  await expect(page.getByText('Nog geen gemeenten', { exact: true })).toBeVisible();
  await schermafdruk(page, 'regio-nieuw-leeg');

  const voegGemeenteToe = async (code: string, naam: string, inwoners: string, inRegio: boolean) => {
    await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    const d = page.getByRole('dialog', { name: 'Gemeente toevoegen' });
    await d.getByRole('textbox', { name: /^Code/ }).fill(code);
    await d.getByRole('textbox', { name: /^Naam/ }).fill(naam);
    await d.getByRole('textbox', { name: /Inwoners/ }).fill(inwoners);
    if (!inRegio) await d.getByRole('switch', { name: 'Ligt in de regio' }).press('Space');
    await d.getByRole('button', { name: 'Opslaan' }).click();
    await expect(d).toBeHidden();
  };
  await voegGemeenteToe('GM0001', 'Oosterdam', '5000', true);
  await voegGemeenteToe('GM0002', 'Westerdam', '3000', false);
  const gemeenten = page.getByRole('table', { name: 'Gemeenten' });
  await expect(gemeenten.getByRole('row', { name: /Oosterdam/ })).toContainText('5.000');
  await expect(gemeenten.getByRole('row', { name: /Westerdam/ })).toContainText('buiten de regio');

  await page.getByRole('tab', { name: /Samenwerkingsverbanden/ }).click();
  await page.getByRole('button', { name: 'Samenwerkingsverband toevoegen' }).click();
  let d = page.getByRole('dialog', { name: 'Samenwerkingsverband toevoegen' });
  await d.getByRole('textbox', { name: /^Code/ }).fill('PO0001');
  await d.getByRole('textbox', { name: /^Naam/ }).fill('Passend Onderwijs Oost');
  await kiesOptie(d.getByRole('combobox', { name: /^Type/ }), /primair onderwijs/);
  await d.getByRole('button', { name: 'Opslaan' }).click();
  await expect(d).toBeHidden();

  await page.getByRole('tab', { name: /Scholen/ }).click();
  await page.getByRole('button', { name: 'School toevoegen' }).click();
  d = page.getByRole('dialog', { name: 'School toevoegen' });
  await d.getByRole('textbox', { name: /^Code/ }).fill('S1');
  await d.getByRole('textbox', { name: /^Naam/ }).fill('De Horizon');
  await kiesOptie(d.getByRole('combobox', { name: /^Sector/ }), 'so en vso');
  await kiesOptie(d.getByRole('combobox', { name: /^Vestigingsgemeente/ }), 'Oosterdam');
  await kiesOptie(d.getByRole('combobox', { name: /^Samenwerkingsverband/ }), /Passend Onderwijs Oost/);
  await d.getByRole('button', { name: 'Opslaan' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByRole('table', { name: 'Scholen' }).getByRole('row', { name: /De Horizon/ })).toContainText('Oosterdam');

  await page.getByRole('tab', { name: /Zorgkantoor/ }).click();
  await page.getByRole('button', { name: 'Zorgverzekeraar toevoegen' }).click();
  d = page.getByRole('dialog', { name: 'Zorgverzekeraar toevoegen' });
  await d.getByRole('textbox', { name: /^Naam/ }).fill('Zorgverzekeraar Oost');
  await d.getByRole('textbox', { name: /^Marktaandeel/ }).fill('100');
  await d.getByRole('button', { name: 'Opslaan' }).click();
  await expect(d).toBeHidden();
  const financiers = page.getByRole('table', { name: 'Zorgkantoor en zorgverzekeraars' });
  await expect(financiers.getByRole('row', { name: /Totaal zorgverzekeraars/ })).toContainText('100,0%');
  await expect(page.getByText('Nog niet compleet')).toBeHidden();

  await page.getByRole('tab', { name: 'Leerlingen' }).click();
  const matrix = page.getByRole('table', { name: 'Leerlingen van De Horizon' });
  await expect(matrix.getByRole('columnheader')).toHaveText(['Woongemeente', 'Gedrag', 'VB/ZML', 'LB', 'EMB', 'LZ', 'Totaal']);
  // In-regio gemeenten first.
  await expect(matrix.getByRole('rowheader')).toHaveText(['Oosterdam', 'Westerdambuiten de regio', 'Totaal']);
  await matrix.getByRole('textbox', { name: 'Oosterdam, Gedrags-/psychische problematiek' }).focus();
  await regio.plak('12\t3\t0\n4\t5\t6\n');
  await expect(page.getByText('6 cellen geplakt en opgeslagen.')).toBeVisible();
  const totaal = matrix.getByRole('row', { name: /^Totaal/ });
  await expect(totaal.getByRole('cell')).toHaveText(['16', '8', '6', '0', '0', '30']);
  await expect(matrix.getByRole('row', { name: /Oosterdam/ }).getByRole('cell').last()).toHaveText('15');
  await expect(matrix.getByRole('row', { name: /Westerdam/ }).getByRole('cell').last()).toHaveText('15');
  await regio.opgeslagen();

  // Keyboard: arrows move between cells, Enter saves; Ctrl+Z undoes that edit.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(matrix.getByRole('textbox', { name: 'Westerdam, Langdurig ziek' })).toBeFocused();
  await page.keyboard.type('2');
  await expect(totaal.getByRole('cell').last()).toHaveText('32');
  await page.keyboard.press('Enter');
  await regio.opgeslagen();
  await page.keyboard.press('Control+z');
  await expect(totaal.getByRole('cell').last()).toHaveText('30');
  await regio.opgeslagen();

  // Cells beyond the grid are reported, not lost silently.
  await matrix.getByRole('textbox', { name: 'Westerdam, Langdurig ziek' }).focus();
  await regio.plak('1\t1\n1\t1');
  await expect(page.getByText('1 cel geplakt en opgeslagen. 3 cellen buiten de tabel genegeerd.')).toBeVisible();
  await expect(totaal.getByRole('cell').last()).toHaveText('31');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(totaal.getByRole('cell').last()).toHaveText('30');
  await matrix.getByRole('textbox', { name: 'Oosterdam, Gedrags-/psychische problematiek' }).focus();
  await schermafdruk(page, 'leerlingen-matrix', { volledig: true });

  // The browser host reopens the same project: the regio and its pupils are still there.
  await page.reload();
  await page.getByRole('combobox', { name: 'Regio' }).click();
  await page.getByRole('option', { name: 'Oostland' }).click();
  await regio.open();
  await expect(page.getByRole('heading', { level: 2, name: 'Regio Oostland' })).toBeVisible();
  await page.getByRole('tab', { name: 'Leerlingen' }).click();
  const weer = page.getByRole('table', { name: 'Leerlingen van De Horizon' });
  await expect(weer.getByRole('row', { name: /^Totaal/ }).getByRole('cell')).toHaveText(['16', '8', '6', '0', '0', '30']);
  await expect(weer.getByRole('textbox', { name: 'Oosterdam, Gedrags-/psychische problematiek' })).toHaveValue('12');
});

test('een aantal met decimalen wordt geweigerd en niets wordt opgeslagen', async ({ page, request, regio }) => {
  await regio.open();
  await page.getByRole('tab', { name: 'Leerlingen' }).click();
  await kiesOptie(page.getByRole('combobox', { name: 'School' }), 'Mytylschool De Regenboog');
  const matrix = page.getByRole('table', { name: 'Leerlingen van Mytylschool De Regenboog' });
  const totaal = matrix.getByRole('row', { name: /^Totaal/ }).getByRole('cell').last();
  const voor = await totaal.innerText();
  const cel = matrix.getByRole('textbox', { name: 'Centrumstad, Lichamelijk beperkt' });
  const celVoor = await cel.inputValue();

  await cel.fill('2,5');
  await cel.press('Enter');
  await expect(cel).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Centrumstad, LB: "2,5" is geen heel getal/)).toBeVisible();
  await expect(totaal).toHaveText(voor);

  // A pasted block with a wrong value is refused as a whole.
  await matrix.getByRole('textbox', { name: 'Centrumstad, Gedrags-/psychische problematiek' }).focus();
  await regio.plak('7\t-1');
  await expect(page.getByText(/Niets geplakt: 1 cel bevat geen geldig aantal/)).toBeVisible();
  await expect(page.getByText(/"-1" is negatief/)).toBeVisible();
  await expect(totaal).toHaveText(voor);

  // Nothing reached the project file.
  const opgeslagenRegio = (await (await request.post('/api/regioLezen', { data: { regioId: await demoRegioId(request) } })).json()).data;
  const lb = opgeslagenRegio.leerlingen.find((l: { school: string; woongemeente: string; doelgroep: string }) => l.school === 'S04' && l.woongemeente === 'GM9901' && l.doelgroep === 'lb');
  expect(String(lb?.aantal ?? '')).toBe(celVoor.replace('.', ''));

  // Esc restores the cell.
  await cel.focus();
  await cel.press('Escape');
  await expect(cel).toHaveValue(celVoor);
  await expect(cel).not.toHaveAttribute('aria-invalid', 'true');
});

test('een inventarisatie naast de normatieve formatie invullen', async ({ page, regio }) => {
  await regio.open();
  await page.getByRole('tab', { name: 'Inventarisatie', exact: true }).click();
  await kiesOptie(page.getByRole('combobox', { name: 'School' }), 'Mytylschool De Regenboog');
  const tabel = page.getByRole('table', { name: 'Inventarisatie van Mytylschool De Regenboog' });
  await expect(tabel.getByRole('columnheader')).toHaveText(['Professional', 'Norm (fte, breed)', 'Gemeten fte', 'Telt mee (fte)']);
  const rij = tabel.getByRole('row', { name: /Logopedist/ });
  const norm = await rij.getByRole('cell').nth(1).innerText();
  expect(norm).toMatch(/^\d+,\d\d$/);
  await expect(rij.getByRole('cell').nth(3)).toHaveText(norm);

  const veld = rij.getByRole('textbox', { name: 'Gemeten fte Logopedist' });
  await veld.fill('1,25');
  await veld.press('Enter');
  await expect(page.getByText(/eigen inventarisatie: 1 professional/)).toBeVisible();
  await regio.opgeslagen();
  // The measured figure counts; the norm stays beside it.
  await expect(rij.getByRole('cell').nth(3)).toHaveText('1,25');
  await expect(rij.getByRole('cell').nth(1)).toHaveText(norm);
  await schermafdruk(page, 'regio-inventarisatie', { volledig: true });

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(veld).toHaveValue('');
  await expect(page.getByText('Nog geen inventarisatie: de berekening gebruikt de normatieve formatie.')).toBeVisible();
});

test('een inventarisatie in uren per jaar: 1.659 uur telt als 1 fte', async ({ page, regio }) => {
  await regio.open();
  await page.getByRole('tab', { name: 'Inventarisatie', exact: true }).click();
  await kiesOptie(page.getByRole('combobox', { name: 'School' }), 'Mytylschool De Regenboog');
  await page.getByRole('switch', { name: 'Invoer in uren per jaar' }).check();
  const tabel = page.getByRole('table', { name: 'Inventarisatie van Mytylschool De Regenboog' });
  const rij = tabel.getByRole('row', { name: /Logopedist/ });
  const veld = rij.getByRole('textbox', { name: 'Gemeten uren per jaar Logopedist' });
  await veld.fill('1659');
  await veld.press('Enter');
  await regio.opgeslagen();
  await expect(rij.getByRole('cell').nth(3)).toHaveText('1,00');
});

test("TLV's laag, midden en hoog per woongemeente invullen; de melding noemt een te groot aantal", async ({ page, regio }) => {
  await regio.open();
  await page.getByRole('tab', { name: 'TLV’s' }).click();
  await kiesOptie(page.getByRole('combobox', { name: 'School' }), 'Mytylschool De Regenboog');
  await expect(page.getByText("schatting: nog geen TLV's ingevuld")).toBeVisible();
  const tabel = page.getByRole('table', { name: "TLV's van Mytylschool De Regenboog" });
  const eerste = tabel.getByRole('row').nth(1);
  const gemeente = await eerste.getByRole('cell').first().innerText();
  const leerlingen = Number((await eerste.getByRole('cell').nth(1).innerText()).replace(/\./g, ''));
  await eerste.getByRole('textbox', { name: `TLV laag ${gemeente}` }).fill(String(leerlingen + 1));
  await page.getByRole('button', { name: "TLV's opslaan" }).click();
  await expect(page.getByText(/een leerling heeft één TLV/)).toBeVisible();
  await eerste.getByRole('textbox', { name: `TLV laag ${gemeente}` }).fill(String(leerlingen - 1));
  await eerste.getByRole('textbox', { name: `TLV hoog ${gemeente}` }).fill('1');
  await page.getByRole('button', { name: "TLV's opslaan" }).click();
  await regio.opgeslagen();
  await expect(page.getByText('ingevuld voor 1 woongemeente')).toBeVisible();
});
