import { test as basis, expect } from '@playwright/test';
import { ZioApp } from './pagina/app';
import { OntwerptafelScherm } from './pagina/ontwerptafel';
import { RegioScherm } from './pagina/regio';
import { VergelijkenScherm } from './pagina/vergelijken';

interface Fixtures {
  /**
   * The app, opened on the Overzicht of the demo regio. Every page error or console error during
   * the test fails it, unless the test expects them (`staFoutenToe`).
   */
  app: ZioApp;
  /** For a test that provokes errors on purpose: the app's page errors no longer fail it. */
  staFoutenToe: () => void;
  regio: RegioScherm;
  vergelijken: VergelijkenScherm;
  ontwerptafel: OntwerptafelScherm;
}

export const test = basis.extend<Fixtures & { foutenToegestaan: { ja: boolean } }>({
  foutenToegestaan: async ({}, use) => use({ ja: false }),
  staFoutenToe: async ({ foutenToegestaan }, use) => use(() => (foutenToegestaan.ja = true)),
  app: async ({ page, foutenToegestaan }, use) => {
    const app = new ZioApp(page);
    await app.open();
    await use(app);
    if (!foutenToegestaan.ja) expect(app.fouten, 'fouten op de pagina').toEqual([]);
  },
  regio: async ({ app }, use) => use(new RegioScherm(app)),
  vergelijken: async ({ app }, use) => use(new VergelijkenScherm(app)),
  ontwerptafel: async ({ app }, use) => use(new OntwerptafelScherm(app)),
});

export { expect };
