import type { Route } from '@playwright/test';
import { formatEuro, formatGetal } from '../../shared/format';
import { expect, test } from './fixtures';
import { evaluatie } from './hulp';
import type { VergelijkenScherm } from './pagina/vergelijken';

/**
 * While a changed variant is computed, the figures on screen belong to the previous variant: they
 * are dimmed and marked busy, never shown as current; and each tab asks only for what it shows.
 */

/** Holds every evaluation request (alone, or with the tab's detail after a change) until `laatGaan` is called. */
async function houdEvaluatiesVast(page: import('@playwright/test').Page) {
  let laatGaan: () => void = () => {};
  const poort = new Promise<void>((ok) => (laatGaan = ok));
  const vastgehouden: Route[] = [];
  await page.route(EVALUATIES, async (route) => {
    vastgehouden.push(route);
    await poort;
    await route.continue();
  });
  return { laatGaan: () => laatGaan(), vastgehouden };
}

const EVALUATIES = '**/api/evaluatie*';

/**
 * Chooses scope Smal and checks that the tab's `aantal` parts (Sankeys or a school's formatie) went
 * in the evaluation's own request: one request, one answer, one render. Nothing is asked apart.
 */
async function vraagtSamenMetEvaluatie(page: import('@playwright/test').Page, vergelijken: VergelijkenScherm, deel: 'geldstromen' | 'formatie', aantal: number) {
  const apart: string[] = [];
  page.on('request', (r) => /\/api\/(geldstromen|formatie)$/.test(r.url()) && apart.push(r.url()));
  const verzoek = page.waitForRequest((r) => r.url().endsWith('/api/evaluatieMetDetail') && (r.postDataJSON() as { variant: { scope: string } }).variant.scope === 'smal');
  await vergelijken.kiesScope('Smal');
  const invoer = (await verzoek).postDataJSON() as Record<'geldstromen' | 'formatie', unknown[]>;
  expect(invoer[deel]).toHaveLength(aantal);
  await expect(page.getByRole('status').filter({ hasText: /^Doorgerekend in/ })).toBeVisible();
  expect(apart).toEqual([]);
}

test('oude cijfers zijn gedimd en "bezig" zolang de nieuwe variant wordt doorgerekend', async ({ page, request, vergelijken }) => {
  const [breed, smal] = await Promise.all([evaluatie(request, {}), evaluatie(request, { scope: 'smal' })]);
  await vergelijken.open();
  const pot = page.getByRole('table', { name: 'Kerncijfers per route' }).getByRole('row', { name: /^Pot / });
  await expect(pot).toContainText(formatEuro(breed.pot.totaal));
  const tabs = page.locator('.vergelijken-hoofd > .vergelijken-tabs');
  const paneel = page.getByRole('tabpanel');
  const status = page.getByRole('status').filter({ hasText: /herberekenen|Doorgerekend/ });
  await expect(tabs).toHaveAttribute('aria-busy', 'false');
  await expect(paneel).toHaveCSS('opacity', '1');

  const { laatGaan, vastgehouden } = await houdEvaluatiesVast(page);
  await vergelijken.kiesScope('Smal');
  await expect.poll(() => vastgehouden.length).toBeGreaterThan(0);
  // The old pot is still there, but marked as not current.
  await expect(status).toHaveText('Bezig met herberekenen…');
  await expect(tabs).toHaveAttribute('aria-busy', 'true');
  await expect(paneel).toHaveCSS('opacity', '0.45');
  await expect(pot).toContainText(formatEuro(breed.pot.totaal));

  laatGaan();
  await expect(pot).toContainText(formatEuro(smal.pot.totaal));
  await expect(tabs).toHaveAttribute('aria-busy', 'false');
  await expect(paneel).toHaveCSS('opacity', '1');
  await expect(status).toHaveText(/^Doorgerekend in/);
});

test('elk tabblad vraagt alleen de cijfers die het toont', async ({ page, vergelijken }) => {
  const gevraagd: unknown[] = [];
  page.on('request', (r) => r.url().endsWith('/api/evaluatie') && gevraagd.push((r.postDataJSON() as { delen?: unknown }).delen));
  await vergelijken.open();
  expect(gevraagd.at(-1)).toEqual([]);
  await page.getByRole('tab', { name: 'Bijdragen' }).click();
  await expect(page.getByRole('table', { name: 'Bijdragen per gemeente' })).toBeVisible();
  expect(gevraagd.at(-1)).toEqual(['bijdragen']);
  await page.getByRole('tab', { name: 'Scholen' }).click();
  await expect(page.getByRole('table', { name: 'Budget en formatie per school' })).toBeVisible();
  expect(gevraagd.at(-1)).toEqual(['scholen']);
  // A school's formatie per professional comes when it is shown.
  await expect(page.getByRole('table', { name: /^Formatie per professional, / }).getByRole('row').nth(1)).toBeVisible();
  // Back to a tab whose parts are in memory: no new request.
  const aantal = gevraagd.length;
  await page.getByRole('tab', { name: 'Kerncijfers' }).click();
  await expect(page.getByRole('table', { name: 'Kerncijfers per route' })).toBeVisible();
  expect(gevraagd.length).toBe(aantal);
});

test('Geldstromen vraagt zijn Sankeys samen met de evaluatie, en houdt de oude gedimd tot de nieuwe er zijn', async ({ page, vergelijken }) => {
  await vergelijken.open();
  await page.getByRole('tab', { name: 'Geldstromen' }).click();
  const pot = page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: geldstromen van de pot/ });
  await expect(pot.locator('path').first()).toBeVisible();
  // Both charts of the route.
  await vraagtSamenMetEvaluatie(page, vergelijken, 'geldstromen', 2);

  // A variant whose evaluation is known (asked on another tab) asks only its Sankeys. While they
  // come, the previous Sankey stays, dimmed and busy, instead of a loader.
  await page.getByRole('tab', { name: 'Kerncijfers' }).click();
  await vergelijken.kiesScope('Medium');
  await expect(page.getByRole('status').filter({ hasText: /^Doorgerekend in/ })).toBeVisible();
  await vergelijken.kiesScope('Smal');
  await page.getByRole('tab', { name: 'Geldstromen' }).click();
  await expect(pot.locator('path').first()).toBeVisible();
  let laatGaan: () => void = () => {};
  const poort = new Promise<void>((ok) => (laatGaan = ok));
  await page.route('**/api/geldstromen', async (route) => {
    await poort;
    await route.continue();
  });
  await vergelijken.kiesScope('Medium');
  const verouderd = page.locator('.deel-verouderd[aria-busy="true"]');
  await expect(verouderd.first()).toBeVisible();
  await expect(verouderd.first()).toHaveCSS('opacity', '0.45');
  await expect(pot.locator('path').first()).toBeVisible();
  await expect(page.getByText('Geldstromen laden…')).toHaveCount(0);
  laatGaan();
  await expect(verouderd).toHaveCount(0);
  await expect(pot.locator('path').first()).toBeVisible();
});

test('een schakelaar waar de muis of de focus op rust, is vooraf gevraagd met de Sankeys van het tabblad: de klik vraagt niets meer', async ({ page, vergelijken }) => {
  await vergelijken.open();
  await page.getByRole('tab', { name: 'Geldstromen' }).click();
  const pot = page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: geldstromen van de pot/ });
  await expect(pot.locator('path').first()).toBeVisible();
  const gevraagd: Array<{ op: string; invoer: { variant: { scope: string }; geldstromen?: unknown[] } }> = [];
  page.on('request', (r) => {
    const op = /\/api\/(evaluatie|evaluatieMetDetail|geldstromen)$/.exec(r.url())?.[1];
    if (op) gevraagd.push({ op, invoer: r.postDataJSON() });
  });
  const medium = vergelijken.paneel.getByRole('radiogroup', { name: 'Scope' }).getByText('Medium', { exact: true });
  const antwoord = page.waitForResponse((r) => r.url().endsWith('/api/evaluatieMetDetail'));
  await medium.hover();
  await antwoord;
  // One request: the evaluation of scope medium with both Sankeys that the tab shows.
  expect(gevraagd).toHaveLength(1);
  expect(gevraagd[0]).toMatchObject({ op: 'evaluatieMetDetail', invoer: { variant: { scope: 'medium' } } });
  expect(gevraagd[0].invoer.geldstromen).toHaveLength(2);
  await medium.click();
  await expect(vergelijken.variantRegel).toContainText('Scope medium');
  await expect(page.getByRole('status').filter({ hasText: /^Doorgerekend in/ })).toBeVisible();
  await expect(pot.locator('path').first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(gevraagd).toHaveLength(1);

  // The keyboard: a switch that has the focus for a moment is asked ahead the same way.
  const zvw = vergelijken.paneel.getByRole('checkbox', { name: /^Zvw/ });
  const metFocus = page.waitForRequest((r) => r.url().endsWith('/api/evaluatieMetDetail'));
  await zvw.focus();
  expect(((await metFocus).postDataJSON() as { variant: { potKaders: string[] } }).variant.potKaders).not.toContain('zvw');
});

test('Scholen vraagt de formatie van de getoonde school samen met de evaluatie', async ({ page, vergelijken }) => {
  await vergelijken.open();
  await page.getByRole('tab', { name: 'Scholen' }).click();
  const formatie = page.getByRole('table', { name: /^Formatie per professional, / });
  await expect(formatie.getByRole('row').nth(1)).toBeVisible();
  await vraagtSamenMetEvaluatie(page, vergelijken, 'formatie', 1);
  // The table kept its rows throughout and shows the new variant's formatie.
  await expect(formatie.getByRole('row').nth(1)).toBeVisible();
  await expect(page.locator('.deel-verouderd')).toHaveCount(0);
});

test('een grafiek buiten beeld tekent de nieuwe variant zodra hij in beeld komt', async ({ page, vergelijken }) => {
  const buitenPot = page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: buiten de pot/ });
  const openGeldstromen = async () => {
    await page.getByRole('tab', { name: 'Geldstromen' }).click();
    await expect(buitenPot).toBeAttached();
  };
  await vergelijken.open();
  await openGeldstromen();
  // The second Sankey is below the fold: a change does not redraw it until it is scrolled to.
  await expect(buitenPot).not.toBeInViewport();
  await vergelijken.kiesScope('Smal');
  await expect(page.getByRole('status').filter({ hasText: /^Doorgerekend in/ })).toBeVisible();
  await buitenPot.scrollIntoViewIfNeeded();
  await expect(buitenPot).toBeInViewport();
  await page.waitForTimeout(300);
  const naScrollen = await buitenPot.screenshot();

  // The same chart drawn for scope Smal from the start.
  await page.reload();
  await vergelijken.open();
  if (!(await vergelijken.variantRegel.textContent())?.includes('Scope smal')) await vergelijken.kiesScope('Smal');
  await expect(vergelijken.variantRegel).toContainText('Scope smal');
  await openGeldstromen();
  await buitenPot.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  expect((await buitenPot.screenshot()).equals(naScrollen)).toBe(true);
});

test('de formatie onder de vouw toont de nieuwe variant zodra zij in beeld komt, en bij het afdrukken', async ({ page, request, vergelijken }) => {
  const smal = await evaluatie(request, { scope: 'smal' });
  await vergelijken.open();
  await page.getByRole('tab', { name: 'Scholen' }).click();
  const formatie = page.getByRole('table', { name: /^Formatie per professional, / });
  await expect(formatie.getByRole('row').nth(1)).toBeAttached();
  const school = (await formatie.getAttribute('aria-label'))!.replace('Formatie per professional, ', '');
  const totaal = smal.formatie.find((f) => smal.pot.perSchool.find((s) => s.naam === school)?.school === f.school)!;
  expect(totaal).toBeDefined();
  const samen = page.getByText(/^Samen [\d,]+ fte, waarvan [\d,]+ fte uit de pot\.$/);
  await expect(samen).not.toBeInViewport();
  const eerst = await samen.textContent();
  await vergelijken.kiesScope('Smal');
  await expect(page.getByRole('status').filter({ hasText: /^Doorgerekend in/ })).toBeVisible();
  // Out of view the section waits: the change redrew what is on screen only.
  await page.waitForTimeout(300);
  expect(await samen.textContent()).toBe(eerst);
  const verwacht = `Samen ${formatGetal(totaal.fteTotaal, 1)} fte, waarvan ${formatGetal(totaal.fteUitPot, 1)} fte uit de pot.`;
  // Printing brings it up to date without scrolling (the print preview lays out every section).
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(samen).toHaveText(verwacht);
  await page.emulateMedia({ media: 'screen' });
  await vergelijken.kiesScope('Breed');
  await expect(page.getByRole('status').filter({ hasText: /^Doorgerekend in/ })).toBeVisible();
  await samen.scrollIntoViewIfNeeded();
  const breed = await evaluatie(request, {});
  const t = breed.formatie.find((f) => f.school === totaal.school)!;
  await expect(samen).toHaveText(`Samen ${formatGetal(t.fteTotaal, 1)} fte, waarvan ${formatGetal(t.fteUitPot, 1)} fte uit de pot.`);
});
