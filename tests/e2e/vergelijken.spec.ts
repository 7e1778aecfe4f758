import { mkdirSync, writeFileSync } from 'node:fs';
import type { Download, TestInfo } from '@playwright/test';
import * as XLSX from 'xlsx';
import { formatEuro } from '../../shared/format';
import { expect, test } from './fixtures';
import { bewaar, downloadNa, evaluatie } from './hulp';

/**
 * The route comparison ("Vergelijken") in the browser host: change scope, pot kaders and key, drop
 * a gemeente, compare saved variants, download chart data and check it, and measure how long a
 * change takes from click to redrawn charts (performance marks set by the screen).
 */

const MEETPUNT = 'zio:herberekening';

/** A download's content, kept with the test's output. */
const inhoud = async (d: Download, info: TestInfo) => (await bewaar(d, info)).inhoud;

/** A CSV cell with a decimal comma as a number. */
const getal = (cel: string) => Number(cel.replace(',', '.'));

test('de routes naast elkaar, met uitleg bij elk getal en een PNG van de grafiek', async ({ page, request, vergelijken }, info) => {
  const ev = await evaluatie(request, {});
  await vergelijken.open();
  const tabel = page.getByRole('table', { name: 'Kerncijfers per route' });
  await expect(tabel.getByRole('columnheader')).toHaveText(['Kerncijfer', 'Huidige situatie', 'Gemeente\u00ADroute', 'Onderwijs\u00ADroute', 'Integrale route']);
  await expect(tabel.getByRole('row', { name: /^Pot / })).toContainText(formatEuro(ev.pot.totaal));
  const stromen = tabel.getByRole('row', { name: /^Geldstromen/ });
  for (const r of ['huidig', 'gemeenteroute', 'onderwijsroute', 'integraal'] as const) await expect(stromen).toContainText(String(ev.routes[r].aantalStromen));

  // Hover explains: how it was computed and from which source.
  await tabel.getByRole('row', { name: /^Pot / }).getByText(formatEuro(ev.pot.totaal)).first().hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Pot = Jeugdwet');
  await expect(tip).toContainText('Bron: Rekenmodel');

  const png = await inhoud(await vergelijken.download('kerncijfers per route', /Afbeelding/), info);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.length).toBeGreaterThan(5000);

  const csv = (await inhoud(await vergelijken.download('kerncijfers per route', /CSV/), info)).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`Geldstromen;${ev.routes.huidig.aantalStromen};${ev.routes.gemeenteroute.aantalStromen};${ev.routes.onderwijsroute.aantalStromen};${ev.routes.integraal.aantalStromen}`);

  await page.getByRole('tab', { name: 'Geldstromen' }).click();
  await expect(page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: geldstromen van de pot/ }).locator('path').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: buiten de pot/ }).locator('path').first()).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Route voor de geldstromen' }).getByText('Onderwijsroute').click();
  await expect(page.getByRole('img', { name: /Sankeydiagram: Onderwijsroute: geldstromen van de pot/ })).toBeVisible();
  await vergelijken.schermafdrukken(info, 'geldstromen');
});

test('elke wijziging rekent en tekent opnieuw, gemeten (doel 100 ms)', async ({ page, request, vergelijken }, info) => {
  // About thirty changes at a person's pace, after a warm-up: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  // Steady state, as after a few minutes of use: the host's engine code is compiled (JIT) by a
  // series of evaluations first. Nothing is cached by this: every variant below is a new one.
  for (let i = 1; i <= 25; i++) await evaluatie(request, { onderwijsbijdragePct: i, scope: ['breed', 'medium', 'smal'][i % 3] });
  await vergelijken.open();
  /**
   * ms: click to redrawn; hostMs: of which the request to the host (its evaluation and the transfer);
   * antwoordMs: click until the answer is parsed; tekenenMs: from the answer to redrawn tables and charts.
   */
  type Meting = { tab: string; ms: number; nieuw: boolean; hostMs: number | null; antwoordMs: number | null; tekenenMs: number | null };
  const metingen: Meting[] = [];
  // A change asks its evaluation with the tab's detail (evaluatieMetDetail); a tab its figures alone.
  const vragen = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/api\/evaluatie(MetDetail)?$/.test(e.name)).length);
  const laatsteVraag = () => page.evaluate(() => {
    const e = performance.getEntriesByType('resource').filter((x) => /\/api\/evaluatie(MetDetail)?$/.test(x.name)).at(-1) as PerformanceResourceTiming;
    return e.responseEnd - e.startTime;
  });
  const meet = async (tab: string, acties: Array<() => Promise<unknown>>) => {
    await page.getByRole('tab', { name: tab }).click();
    for (const actie of acties) {
      // At a person's pace: the previous change (its request, the host's clean-up) is over before the next.
      await page.waitForTimeout(250);
      const voor = await page.evaluate((n) => performance.getEntriesByName(n).length, MEETPUNT);
      const vragenVoor = await vragen();
      await actie();
      await page.waitForFunction(([n, v]) => performance.getEntriesByName(n as string).length > (v as number), [MEETPUNT, voor] as const);
      const ms = await page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.duration, MEETPUNT);
      // "nieuw": the engine was asked; otherwise the answer came from the screen's memory of recent variants.
      const nieuw = (await vragen()) > vragenVoor;
      const [antwoordMs, tekenenMs] = await page.evaluate(() => ['zio:herberekening-antwoord', 'zio:herberekening-tekenen'].map((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null));
      metingen.push({ tab, ms, nieuw, hostMs: nieuw ? await laatsteVraag() : null, antwoordMs: nieuw ? antwoordMs : null, tekenenMs: nieuw ? tekenenMs : null });
    }
  };
  const vink = (naam: string | RegExp) => () => vergelijken.paneel.getByRole('checkbox', { name: naam }).click();
  const scope = (s: string) => () => vergelijken.kiesScope(s);
  const doetMee = (g: string) => () => page.getByRole('checkbox', { name: `${g} doet mee` }).click();

  // Warm up the page too (first chart creation, code paths), then measure changes that each give a new variant.
  for (const s of ['Medium', 'Smal', 'Breed', 'Medium', 'Breed']) await scope(s)();
  for (const t of ['Bijdragen', 'Geldstromen', 'Kerncijfers']) await page.getByRole('tab', { name: t }).click();
  await meet('Kerncijfers', [scope('Medium'), scope('Smal'), vink('Verpleging'), vink('Begeleiding gedragsproblemen'), vink(/^Zvw/), vink(/^Wpg/), vink(/^Wlz/), vink(/^Wmo/), vink(/^Wlz/), vink('Verpleging')]);
  await meet('Bijdragen', [doetMee('Havenveld'), doetMee('Dijkhoven'), doetMee('Beekdal'), doetMee('Havenveld'), vink(/^Zvw/), vink(/^Wmo/), scope('Breed')]);
  await meet('Geldstromen', [scope('Medium'), doetMee_paneel('Zandoord'), vink(/^Wpg/), scope('Smal'), vink(/^Zvw/)]);
  function doetMee_paneel(g: string) {
    return () => vergelijken.paneel.getByRole('checkbox', { name: g }).click();
  }
  // Going back to an earlier variant is answered from memory: measured too, reported apart.
  await meet('Kerncijfers', [scope('Medium'), scope('Smal'), scope('Medium')]);

  const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const afgerond = (x: number) => Math.round(x * 10) / 10;
  const samenvatting = (ms: Meting[]) =>
    ms.length
      ? {
          aantal: ms.length,
          mediaanMs: afgerond(mediaan(ms.map((m) => m.ms))),
          maxMs: afgerond(Math.max(...ms.map((m) => m.ms))),
          ...(ms[0].hostMs !== null
            ? {
                mediaanHostMs: afgerond(mediaan(ms.map((m) => m.hostMs!))),
                mediaanSchermMs: afgerond(mediaan(ms.map((m) => m.ms - m.hostMs!))),
                mediaanTotAntwoordMs: afgerond(mediaan(ms.map((m) => m.antwoordMs!))),
                mediaanTekenenMs: afgerond(mediaan(ms.map((m) => m.tekenenMs!))),
              }
            : {}),
        }
      : null;
  const nieuw = metingen.filter((m) => m.nieuw);
  const verslag = {
    meetpunt: 'klik op een instelling (performance.mark) → antwoord van de rekenkern ontvangen, tabellen en grafieken opnieuw getekend (performance.mark in het effect na het tekenen; performance.measure)',
    nieuweVarianten: samenvatting(nieuw),
    uitGeheugen: samenvatting(metingen.filter((m) => !m.nieuw)),
    perTab: Object.fromEntries(['Kerncijfers', 'Bijdragen', 'Geldstromen'].map((t) => [t, samenvatting(nieuw.filter((m) => m.tab === t))])),
    metingen: metingen.map((m) => ({ ...m, ms: afgerond(m.ms), hostMs: m.hostMs && afgerond(m.hostMs), antwoordMs: m.antwoordMs && afgerond(m.antwoordMs), tekenenMs: m.tekenenMs && afgerond(m.tekenenMs) })),
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/vergelijken-herberekening.json', JSON.stringify(verslag, null, 2));
  await info.attach('herberekening.json', { body: JSON.stringify(verslag, null, 2), contentType: 'application/json' });
  info.annotations.push({ type: 'herberekening', description: `nieuwe varianten: mediaan ${verslag.nieuweVarianten?.mediaanMs} ms; uit geheugen: mediaan ${verslag.uitGeheugen?.mediaanMs} ms` });
  console.log(`Herberekening + hertekenen, nieuwe varianten: ${JSON.stringify(verslag.nieuweVarianten)}; per tab ${JSON.stringify(verslag.perTab)}; uit geheugen: ${JSON.stringify(verslag.uitGeheugen)}`);
  expect(nieuw.length).toBeGreaterThanOrEqual(15);
  // The target (≤ 100 ms per change on the demo regio) is judged on the reported figures: on a quiet
  // machine about 80 ms. The assertions guard against regressions with room for a machine that is
  // busy with other work, where the same change measured up to 130 ms.
  const scherm = mediaan(nieuw.map((m) => m.ms - m.hostMs!));
  expect(scherm).toBeLessThanOrEqual(150);
  expect(verslag.nieuweVarianten!.mediaanMs).toBeLessThanOrEqual(250);
  if (verslag.nieuweVarianten!.mediaanMs! > 100) info.annotations.push({ type: 'waarschuwing', description: `mediaan ${verslag.nieuweVarianten!.mediaanMs} ms, boven het doel van 100 ms (host ${verslag.nieuweVarianten!.mediaanHostMs} ms)` });
});

test('wat elke gemeente betaalt per route en nu, bij scope medium zonder Zvw, en de export daarvan', async ({ page, request, vergelijken }, info) => {
  const ev = await evaluatie(request, { scope: 'medium', potKaders: ['jeugdwet', 'wlz', 'wmo'] });
  await vergelijken.open();
  await vergelijken.kiesScope('Medium');
  await vergelijken.paneel.getByRole('checkbox', { name: /^Zvw/ }).click();
  await expect(vergelijken.variantRegel).toContainText('Scope medium');
  await expect(vergelijken.variantRegel).toContainText('In de pot: Jeugdwet, Wlz, Wmo');

  await page.getByRole('tab', { name: 'Bijdragen' }).click();
  const tabel = page.getByRole('table', { name: 'Bijdragen per gemeente' });
  await expect(tabel).toBeVisible();
  const gemeenten = ev.financiers.map((f, i) => ({ f, i })).filter(({ f }) => f.soort === 'gemeente');
  for (const { f, i } of gemeenten) {
    const rij = tabel.getByRole('row', { name: new RegExp(f.naam.replace(/[()]/g, '\\$&')) });
    // Nu: what the gemeente pays today for all its pupils' care, every task.
    await expect(rij).toContainText(formatEuro(f.huidig));
    await expect(rij).toContainText(formatEuro(ev.routes.gemeenteroute.bijdragen[i].bedrag));
  }
  await vergelijken.schermafdrukken(info, 'bijdragen-medium-zonder-zvw');

  // The CSV: every gemeente with today and each route's contribution and difference.
  const csvDownload = await vergelijken.download('bijdragen per gemeente', /CSV/);
  expect(csvDownload.suggestedFilename()).toBe('bijdragen-per-gemeente.csv');
  const csv = (await inhoud(csvDownload, info)).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [kop, ...regels] = csv.slice(1).trim().split('\r\n').map((r) => r.split(';'));
  expect(kop).toEqual([
    'Doet mee',
    'Gemeente',
    'Status',
    'Nu (huidige situatie, alle taken)',
    'Gemeenteroute: bijdrage',
    'Gemeenteroute: verschil met nu',
    'Onderwijsroute: bijdrage',
    'Onderwijsroute: verschil met nu',
    'Integrale route: bijdrage',
    'Integrale route: verschil met nu',
    'Nog individueel (niet in de pot en buiten de scope)',
  ]);
  expect(regels).toHaveLength(gemeenten.length);
  for (const { f, i } of gemeenten) {
    const r = regels.find((x) => x[1] === f.naam)!;
    expect(r, f.naam).toBeDefined();
    expect(getal(r[3])).toBeCloseTo(f.huidig, 2);
    expect(getal(r[4])).toBeCloseTo(ev.routes.gemeenteroute.bijdragen[i].bedrag, 2);
    expect(getal(r[5])).toBeCloseTo(ev.routes.gemeenteroute.bijdragen[i].verschil, 2);
    expect(getal(r[6])).toBeCloseTo(ev.routes.onderwijsroute.bijdragen[i].bedrag, 2);
    expect(getal(r[8])).toBeCloseTo(ev.routes.integraal.bijdragen[i].bedrag, 2);
    expect(getal(r[10])).toBeCloseTo(f.individueel + f.buitenScope, 2);
    // Verschil = into the pot + still individual − today.
    expect(getal(r[5])).toBeCloseTo(ev.routes.gemeenteroute.bijdragen[i].bedrag + f.individueel + f.buitenScope - f.huidig, 1);
  }

  // The same as an Excel workbook, with the variant on a second sheet.
  const xlsx = await inhoud(await vergelijken.download('bijdragen per gemeente', /Excel-werkmap/), info);
  const boek = XLSX.read(xlsx, { type: 'buffer' });
  const rijen = XLSX.utils.sheet_to_json<unknown[]>(boek.Sheets[boek.SheetNames[0]], { header: 1 });
  const centrum = gemeenten.find(({ f }) => f.partij === 'gemeente:GM9901')!;
  expect(rijen.find((r) => r[1] === 'Centrumstad')![4]).toBeCloseTo(ev.routes.gemeenteroute.bijdragen[centrum.i].bedrag, 6);
  const toelichting = Object.fromEntries(XLSX.utils.sheet_to_json<string[]>(boek.Sheets.Toelichting, { header: 1 }));
  expect(toelichting.Scope).toMatch(/^medium/);
  expect(toelichting['In de pot']).toBe('Jeugdwet, Wlz, Wmo');
});

test('een gemeente doet niet mee: wie draagt haar aandeel', async ({ page, request, vergelijken }) => {
  const ev = await evaluatie(request, { deelname: { 'gemeente:GM9902': false }, nietDeelnemers: 'herverdelen' });
  await vergelijken.open();
  await vergelijken.kies('Wie niet meedoet', 'Herverdelen over de deelnemers');
  await page.getByRole('tab', { name: 'Bijdragen' }).click();
  await page.getByRole('checkbox', { name: 'Havenveld doet mee' }).click();
  await expect(vergelijken.variantRegel).toContainText('8 van 9 gemeenten');
  await expect(vergelijken.paneel.getByRole('checkbox', { name: 'Havenveld' })).not.toBeChecked();

  const tabel = page.getByRole('table', { name: 'Bijdragen per gemeente' });
  await expect(tabel.getByRole('row', { name: /Havenveld/ })).toContainText('herverdeeld');
  const wie = page.getByRole('status').filter({ hasText: 'Wie draagt het aandeel' });
  await expect(wie).toContainText('Havenveld doet niet mee');
  const i = ev.financiers.findIndex((f) => f.partij === 'gemeente:GM9901');
  const centrum = ev.routes.gemeenteroute.bijdragen[i];
  expect(centrum.verschil).toBeGreaterThan(0);
  await expect(tabel.getByRole('row', { name: /Centrumstad/ })).toContainText(formatEuro(centrum.bedrag));
  await expect(tabel.getByRole('row', { name: /Centrumstad/ })).toContainText(`+${formatEuro(centrum.verschil)}`);
  await expect(wie).toContainText(`Centrumstad +${formatEuro(centrum.verschil)}`);

  // One click back: everyone joins again.
  await page.getByRole('checkbox', { name: 'Havenveld doet mee' }).click();
  await expect(vergelijken.variantRegel).toContainText('9 van 9 gemeenten');
  await expect(wie).toHaveCount(0);
});

test('de verdeelsleutel wijzigen, ook naar vaste percentages met een foutmelding', async ({ page, request, vergelijken }) => {
  const ev = await evaluatie(request, { verdeelsleutel: { type: 'jeugdigen' } });
  await vergelijken.open();
  await vergelijken.paneel.getByRole('button', { name: /^Verdeelsleutel/ }).click();
  await vergelijken.kies('Verdeelsleutel voor het gemeentelijk deel', 'Jeugdigen (inwoners 0–17)');
  await expect(vergelijken.variantRegel).toContainText('Verdeelsleutel: jeugdigen');
  await page.getByRole('tab', { name: 'Bijdragen' }).click();
  const i = ev.financiers.findIndex((f) => f.partij === 'gemeente:GM9901');
  const rij = page.getByRole('table', { name: 'Bijdragen per gemeente' }).getByRole('row', { name: /Centrumstad/ });
  await expect(rij).toContainText(formatEuro(ev.routes.gemeenteroute.bijdragen[i].bedrag));
  // A decrease with the one minus sign of every screen: "−€ 315.823".
  expect(ev.routes.gemeenteroute.bijdragen[i].verschil).toBeLessThan(0);
  await expect(rij).toContainText(formatEuro(ev.routes.gemeenteroute.bijdragen[i].verschil));

  await vergelijken.kies('Verdeelsleutel voor het gemeentelijk deel', 'Vaste percentages');
  await expect(vergelijken.paneel.getByText('Samen 100,00%')).toBeVisible();
  const centrum = vergelijken.paneel.getByRole('textbox', { name: 'Centrumstad (%)' });
  // The variant that cannot be computed is asked once: the screen shows the failure of the change.
  const gevraagd: unknown[] = [];
  page.on('request', (r) => /\/api\/evaluatie(MetDetail)?$/.test(r.url()) && gevraagd.push((r.postDataJSON() as { variant: { verdeelsleutel: unknown } }).variant.verdeelsleutel));
  await centrum.fill('50');
  await expect(page.getByRole('alert').filter({ hasText: 'Deze variant kan niet worden doorgerekend' })).toBeVisible();
  await expect(vergelijken.paneel.getByRole('alert')).toContainText('de percentages moeten samen 100 zijn');
  const fout = gevraagd.at(-1);
  expect(gevraagd.filter((v) => JSON.stringify(v) === JSON.stringify(fout))).toHaveLength(1);
  await vergelijken.paneel.getByRole('button', { name: 'Gelijk verdelen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Deze variant kan niet worden doorgerekend' })).toHaveCount(0);
});

test('een variant opslaan en twee varianten vergelijken, met download', async ({ page, request, vergelijken }, info) => {
  const naam = `Medium zonder Zvw ${Date.now()}`;
  const a = await evaluatie(request, { scope: 'medium', potKaders: ['jeugdwet', 'wlz', 'wmo'] });
  const b = await evaluatie(request, {});
  await vergelijken.open();
  await vergelijken.kiesScope('Medium');
  await vergelijken.paneel.getByRole('checkbox', { name: /^Zvw/ }).click();
  await expect(vergelijken.variantRegel).toContainText('Scope medium');
  await page.getByRole('tab', { name: 'Varianten' }).click();
  await page.getByRole('textbox', { name: 'Huidige instellingen opslaan als' }).fill(naam);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Opgeslagen varianten' })).toContainText(naam);

  // Back to the defaults, then compare the saved variant (A) with the current settings (B).
  await vergelijken.paneel.getByRole('button', { name: 'Standaard (rekenmodel)' }).click();
  await expect(vergelijken.variantRegel).toContainText('Scope breed');
  await vergelijken.kies('Variant A', naam);
  await vergelijken.kies('Variant B', 'Huidige instellingen');
  const tabel = page.getByRole('table', { name: 'Verschil per financier' });
  const noord = 'zorgverzekeraar:Zorgverzekeraar Noord (fictief)';
  const ia = a.financiers.findIndex((f) => f.partij === noord);
  const ib = b.financiers.findIndex((f) => f.partij === noord);
  const verschil = b.routes.gemeenteroute.bijdragen[ib].bedrag - a.routes.gemeenteroute.bijdragen[ia].bedrag;
  await expect(tabel.getByRole('row', { name: /Zorgverzekeraar Noord/ })).toContainText(`+${formatEuro(verschil)}`);
  await expect(page.getByRole('table', { name: 'Verschil per school' })).toBeVisible();

  const csv = (await inhoud(await vergelijken.download('verschil per financier', /CSV/), info)).toString('utf8');
  const regels = csv.slice(1).trim().split('\r\n').map((r) => r.split(';'));
  expect(regels[0].slice(0, 4)).toEqual(['Financier', `Bijdrage A (${naam})`, 'Bijdrage B (Huidige instellingen)', 'Bijdrage: verschil B − A']);
  expect(getal(regels.find((r) => r[0] === 'Zorgverzekeraar Noord (fictief)')![3])).toBeCloseTo(verschil, 2);

  // Load the saved variant back into the panel.
  await page.getByRole('button', { name: `Variant ${naam} laden` }).click();
  await expect(vergelijken.variantRegel).toContainText('Scope medium');
  await expect(vergelijken.variantRegel).toContainText('In de pot: Jeugdwet, Wlz, Wmo');
});

test('een gemeente, school of samenwerkingsverband markeren, ook met het toetsenbord', async ({ page, vergelijken }, info) => {
  await vergelijken.open();
  await page.getByRole('tab', { name: 'Bijdragen' }).click();
  const tabel = page.getByRole('table', { name: 'Bijdragen per gemeente' });
  await tabel.getByRole('button', { name: 'Havenveld' }).click();
  await expect(page.getByText('Gemarkeerd: Havenveld')).toBeVisible();
  await expect(tabel.getByRole('row', { name: /Havenveld/ })).toHaveAttribute('aria-current', 'true');
  await vergelijken.schermafdrukken(info, 'bijdragen-gemarkeerd');

  await page.getByRole('tab', { name: 'Scholen' }).click();
  const scholen = page.getByRole('table', { name: 'Budget en formatie per school' });
  const swv = scholen.getByRole('button', { name: 'SWV PO Havenveld-Beekdal (fictief)' });
  await swv.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Gemarkeerd: SWV PO Havenveld-Beekdal (fictief)')).toBeVisible();
  await expect(scholen.getByRole('row', { name: /ZML-school De Zonnebloem/ })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'Markering opheffen' }).click();
  await expect(page.getByText(/^Gemarkeerd:/)).toHaveCount(0);

  await page.getByRole('tab', { name: 'Kerncijfers' }).click();
  await vergelijken.schermafdrukken(info, 'kerncijfers');
});

test('de Sankey: uitleg bij elke stroom, markeren met muis en toetsenbord, en een PNG', async ({ page, vergelijken }, info) => {
  await vergelijken.open();
  await page.getByRole('tab', { name: 'Geldstromen' }).click();
  const pot = page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: geldstromen van de pot/ });
  await expect(pot.locator('path').first()).toBeVisible();
  await pot.scrollIntoViewIfNeeded();

  // Pointing at a flow: the engine's explanation of it, with its source; what it does not touch fades.
  const band = pot.locator('path').first();
  await band.hover({ position: { x: 30, y: 8 } });
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('→');
  await expect(tip).toContainText('Bron: Rekenmodel §4');
  expect(Number(await pot.locator('path').nth(1).getAttribute('fill-opacity'))).toBeLessThan(0.1);
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);

  // A click on a gemeente marks it everywhere, a second click lifts it.
  const centrumstad = page.getByRole('button', { name: /^Centrumstad € [\d,]+ mln$/ });
  await centrumstad.click();
  await expect(page.getByText('Gemarkeerd: Centrumstad')).toBeVisible();
  await expect(centrumstad).toHaveAttribute('aria-pressed', 'true');
  await centrumstad.click();
  await expect(page.getByText(/^Gemarkeerd:/)).toHaveCount(0);

  // The keyboard: the chart is one tab stop (the node last focused); the arrow keys go from node to node, each explained.
  const knopen = page.locator('.sankey').first().getByRole('button');
  await expect(centrumstad).toHaveAttribute('tabindex', '0');
  expect(await knopen.evaluateAll((k) => k.filter((b) => b.getAttribute('tabindex') === '0').length)).toBe(1);
  await page.mouse.move(0, 0);
  await knopen.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(knopen.nth(1)).toBeFocused();
  await expect(knopen.nth(1)).toHaveAttribute('aria-describedby', /.+/);
  await expect(tip).toContainText(/€/);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  const houder = page.getByRole('button', { name: /\(budgethouder\)/ }).first();
  await expect(houder).toBeFocused();
  await expect(tip).toContainText('instroom');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expect(knopen.first()).toBeFocused();
  // Down to Centrumstad, Enter marks it.
  for (let i = 0; i < 5 && !(await centrumstad.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(centrumstad).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Gemarkeerd: Centrumstad')).toBeVisible();
  await vergelijken.schermafdrukken(info, 'geldstromen-gemarkeerd');
  // The focused node stays the chart's tab stop: Tab leaves the chart.
  await page.keyboard.press('Tab');
  await expect(page.locator('.sankey').first().getByRole('button').filter({ has: page.locator(':focus') })).toHaveCount(0);
  await page.getByRole('button', { name: 'Markering opheffen' }).click();

  // The PNG: the same drawing, twice its size, under its title.
  const png = await bewaar(await vergelijken.download('Gemeenteroute: geldstromen van de pot', /Afbeelding/), info);
  expect(png.inhoud.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const { width } = (await pot.boundingBox())!;
  expect(png.inhoud.readUInt32BE(16)).toBe(Math.round(width * 2));
  expect(png.inhoud.length).toBeGreaterThan(20_000);
});

test('de pot per scope: breed, medium, smal en maatwerk', async ({ page, request, vergelijken }) => {
  const maatwerk = ['behandeling', 'persoonlijke_verzorging', 'verpleging'];
  const [breed, smal, eigen] = await Promise.all([evaluatie(request, {}), evaluatie(request, { scope: 'smal' }), evaluatie(request, { scope: maatwerk })]);
  await vergelijken.open();
  await vergelijken.kiesScope('Smal');
  for (const t of ['Paramedische zorg/ondersteuning', 'Geneeskundige verzorging']) await vergelijken.paneel.getByRole('checkbox', { name: t }).click();
  await expect(vergelijken.variantRegel).toContainText('Scope maatwerk (3 taken)');
  await page.getByRole('tab', { name: 'Pot per scope' }).click();
  const tabel = page.getByRole('table', { name: 'Pot per scope en kader' });
  await expect(tabel.getByRole('columnheader')).toHaveText(['Kader', 'Breed', 'Medium', 'Smal', 'Maatwerk (gekozen)']);
  const pot = tabel.getByRole('row', { name: /^Pot/ });
  await expect(pot).toContainText(formatEuro(breed.pot.totaal));
  await expect(pot).toContainText(formatEuro(smal.pot.totaal));
  await expect(pot).toContainText(formatEuro(eigen.pot.totaal));
  await expect(page.getByRole('img', { name: /Gestapelde staven: de pot per kader/ }).locator('canvas')).toBeVisible();
});

test('de berekening van de variant op het scherm gaat met één knop naar Excel', async ({ page, vergelijken }, info) => {
  await vergelijken.open();
  const download = await downloadNa(page, () => page.getByRole('button', { name: 'Naar Excel' }).click());
  expect(download.suggestedFilename()).toBe('Demoregio (fictief) - berekening.xlsx');
  const { inhoud } = await bewaar(download, info, 'berekening.xlsx');
  expect(XLSX.read(inhoud).SheetNames).toEqual(expect.arrayContaining(['Toelichting', 'Behoefte', 'Vergelijking']));
});

test('de variant blijft staan na een ander scherm en na herladen, ook vlak na een wijziging', async ({ page, app, vergelijken }) => {
  // A page that never has idle time: the variant can only be written when the screen or page goes.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => {};
  });
  await page.reload();
  await vergelijken.open();
  await vergelijken.kiesScope('Smal');
  // At once to another screen and back: the variant is written when the screen goes, not later.
  await app.naar('Overzicht');
  await vergelijken.open();
  await expect(vergelijken.variantRegel).toContainText('Scope smal');
  await vergelijken.kiesScope('Medium');
  await expect(vergelijken.variantRegel).toContainText('Scope medium');
  await page.reload();
  await vergelijken.open();
  await expect(vergelijken.variantRegel).toContainText('Scope medium');
});
