import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Scherm } from './pagina/app';

/**
 * Everything works with the keyboard: a skip link first, every control of each screen reached by
 * Tab with a visible focus indicator and no trap, explanations that open with Enter or Space and
 * close with Escape, and every chart's table opened from the keyboard.
 */

test.describe.configure({ timeout: 240_000 });

interface Stop {
  /** The element in words, for messages: tag, role, name. */
  naam: string;
  /** Whether it looked different while it had focus (outline, shadow, border, background). */
  zichtbaar: boolean;
}

/** The focused element's look, and a mark on it to find it again; the last one's look now it has lost focus. */
async function stap(page: Page, nummer: number): Promise<{ naam: string; zelfde: boolean; vorigeZichtbaar: boolean | null }> {
  return page.evaluate((n) => {
    const uiterlijk = (el: Element | null): string => {
      if (!el) return '';
      const delen = [el, el.nextElementSibling, el.parentElement].map((e) => {
        if (!e) return '';
        const s = getComputedStyle(e);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor, s.textDecorationLine].join('|');
      });
      return delen.join('#');
    };
    const w = window as unknown as { __vorige?: { el: Element; uiterlijk: string } };
    let vorigeZichtbaar: boolean | null = null;
    if (w.__vorige) vorigeZichtbaar = uiterlijk(w.__vorige.el) !== w.__vorige.uiterlijk;
    const el = document.activeElement;
    const zelfde = !!el && el === w.__vorige?.el;
    if (el && el !== document.body) w.__vorige = { el, uiterlijk: uiterlijk(el) };
    else delete w.__vorige;
    el?.setAttribute('data-tabstop', String(n));
    const naam = !el || el === document.body ? 'body' : `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.getAttribute('id') ?? '').trim().slice(0, 50)}"`;
    return { naam, zelfde, vorigeZichtbaar };
  }, nummer);
}

/**
 * Tabs through the whole page from the top until focus comes back to the start, and checks: no
 * element keeps the focus (a trap), each stop shows its focus, and every control that the Tab key
 * should reach (tabindex 0 or more, shown, enabled) was reached.
 */
async function tabDoor(page: Page, scherm: string): Promise<Stop[]> {
  // Without transitions the look of an element is read as it is, not halfway a fade.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.evaluate(() => document.querySelectorAll('[data-tabstop]').forEach((e) => e.removeAttribute('data-tabstop')));
  // Start at the top of the page: the skip link, the first stop.
  await page.getByRole('link', { name: 'Naar inhoud' }).focus();
  await stap(page, -1);
  const stops: Stop[] = [{ naam: 'a "Naar inhoud"', zichtbaar: false }];
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const s = await stap(page, i);
    if (stops.length) stops[stops.length - 1].zichtbaar = s.vorigeZichtbaar ?? false;
    expect(s.zelfde, `${scherm}: de focus blijft hangen op ${s.naam} (toetsenbordval)`).toBe(false);
    if (s.naam === 'body' || s.naam.startsWith('a "Naar inhoud')) break;
    stops.push({ naam: s.naam, zichtbaar: false });
  }
  expect(stops.length, `${scherm}: Tab kwam niet rond binnen 600 stappen`).toBeLessThan(600);
  const onbereikt = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((e) => e.tabIndex >= 0 && !e.hasAttribute('disabled') && !e.closest('[inert], [aria-hidden="true"]') && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .filter((e) => !e.hasAttribute('data-tabstop'))
      // A group of radio buttons is one stop; the arrow keys choose within it.
      .filter((e) => !(e instanceof HTMLInputElement && e.type === 'radio' && e.name && document.querySelector(`input[type=radio][name="${CSS.escape(e.name)}"][data-tabstop]`)))
      .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('type') ? `[type=${e.getAttribute('type')}]` : ''} "${(e.getAttribute('aria-label') ?? e.innerText ?? '').trim().slice(0, 50)}" in ${e.parentElement?.className ?? ''}`),
  );
  expect.soft(onbereikt, `${scherm}: niet met Tab te bereiken`).toEqual([]);
  const onzichtbaar = stops.filter((s) => !s.zichtbaar).map((s) => s.naam);
  expect.soft(onzichtbaar, `${scherm}: focus niet zichtbaar op`).toEqual([]);
  return stops;
}

test('de eerste Tab geeft "Naar inhoud", dat de focus naar het scherm brengt', async ({ app, page }) => {
  await page.keyboard.press('Tab');
  const link = page.getByRole('link', { name: 'Naar inhoud' });
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab lands in the screen, past the header and navigation.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  await expect(app.kop('Demoregio (fictief)')).toBeVisible();
});

for (const scherm of ['Overzicht', 'Regio', 'Vergelijken', 'OOGO-rapport', 'Ontwerptafel', 'Bronnen en aannames'] satisfies Scherm[]) {
  test(`${scherm}: elk bedieningselement met Tab bereikbaar, focus zichtbaar, geen val`, async ({ app, page }) => {
    await app.naar(scherm);
    await expect(app.kop(scherm === 'Overzicht' ? 'Demoregio (fictief)' : scherm === 'Vergelijken' ? 'Routes vergelijken' : scherm === 'Regio' ? /^Regio / : scherm)).toBeVisible();
    await page.waitForLoadState('networkidle');
    const stops = await tabDoor(page, scherm);
    expect(stops.length).toBeGreaterThan(8);
  });
}

test('de uitleg van een bedrag opent met Enter en Spatie en sluit met Escape', async ({ app, page, vergelijken }) => {
  for (const plek of ['Overzicht', 'Vergelijken'] as const) {
    if (plek === 'Vergelijken') await vergelijken.open();
    const bedrag = page.getByRole('main').locator('.met-uitleg').first();
    const uitleg = page.getByRole('tooltip');
    await bedrag.focus();
    await expect(uitleg, `${plek}: uitleg bij focus`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(uitleg, `${plek}: Escape sluit de uitleg`).toBeHidden();
    await expect(bedrag).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(uitleg, `${plek}: Enter opent de uitleg`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(uitleg).toBeHidden();
    await page.keyboard.press(' ');
    await expect(uitleg, `${plek}: Spatie opent de uitleg`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(uitleg).toBeHidden();
  }
  await expect(app.kop('Routes vergelijken')).toBeVisible();
});

test('elke grafiek toont zijn gegevens als tabel, te openen met het toetsenbord', async ({ page, vergelijken }) => {
  // Overzicht: pupils per doelgroep.
  const grafiek = page.getByRole('img', { name: 'Staafdiagram van het aantal leerlingen per doelgroep' });
  const toon = page.locator('div').filter({ has: grafiek }).filter({ has: page.getByText('Toon als tabel') }).last().getByText('Toon als tabel');
  await toon.focus();
  await page.keyboard.press('Enter');
  const leerlingen = page.getByRole('table', { name: 'Staafdiagram van het aantal leerlingen per doelgroep' });
  await expect(leerlingen.getByRole('columnheader')).toHaveText(['Doelgroep', 'Leerlingen']);
  await expect(leerlingen.getByRole('rowheader').first()).not.toBeEmpty();
  await expect(page.getByText('Verberg tabel').first()).toBeVisible();

  // Geldstromen: the Sankey's flows, van → naar → bedrag, amounts as nl-NL euros.
  await vergelijken.open();
  await page.getByRole('tab', { name: 'Geldstromen', exact: true }).click();
  const sankey = page.getByRole('img', { name: /Sankeydiagram: Gemeenteroute: geldstromen van de pot/ });
  await expect(sankey).toBeVisible();
  const disclosure = page.locator('details', { has: page.getByText('Toon als tabel') }).first();
  await disclosure.locator('summary').focus();
  await page.keyboard.press(' ');
  const stromen = page.getByRole('table', { name: /Sankeydiagram: Gemeenteroute: geldstromen van de pot/ });
  await expect(stromen.getByRole('columnheader')).toHaveText(['Van', 'Naar', 'Bedrag']);
  const bedragen = await stromen.getByRole('cell').filter({ hasText: /^€/ }).allInnerTexts();
  expect(bedragen.length).toBeGreaterThan(3);
  for (const b of bedragen) expect(b).toMatch(/^\u2212?€ \d{1,3}(\.\d{3})*$/);

  // Every chart on the Vergelijken tabs has its table.
  for (const tab of ['Kerncijfers', 'Bijdragen', 'Pot per scope', 'Scholen']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const grafieken = page.getByRole('tabpanel').getByRole('img');
    await expect(grafieken.first()).toBeVisible();
    await expect(page.getByRole('tabpanel').getByText('Toon als tabel')).toHaveCount(await grafieken.count());
  }
});
