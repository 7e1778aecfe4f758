import { expect, type Download, type Locator, type Page, type TestInfo } from '@playwright/test';
import { downloadNa, kiesOptie, schermafdruk } from '../hulp';
import type { ZioApp } from './app';

/** The route comparison ("Vergelijken"): the variant panel, its tabs and their downloads. */
export class VergelijkenScherm {
  readonly page: Page;

  constructor(readonly app: ZioApp) {
    this.page = app.page;
  }

  /** Goes to the screen and waits until the key figures are on it. */
  async open(): Promise<this> {
    await this.app.naar('Vergelijken');
    await expect(this.app.kop('Routes vergelijken')).toBeVisible();
    await expect(this.page.getByRole('table', { name: 'Kerncijfers per route' })).toBeVisible();
    return this;
  }

  /** The panel with the variant's settings. */
  get paneel(): Locator {
    return this.page.getByRole('complementary', { name: 'Instellingen van de variant' });
  }

  /** The chosen variant in words, above the results. */
  get variantRegel(): Locator {
    return this.page.getByLabel('Gekozen variant');
  }

  async kiesScope(scope: string): Promise<void> {
    await this.paneel.getByRole('radiogroup', { name: 'Scope' }).getByText(scope, { exact: true }).click();
  }

  /** Picks an option of a select on the screen, by the select's label. */
  async kies(label: string, optie: string): Promise<void> {
    await kiesOptie(this.page.getByRole('combobox', { name: label }), optie);
  }

  /** A download from the "Downloaden" menu of a table or chart. */
  async download(menu: string, item: RegExp): Promise<Download> {
    await this.page.getByRole('button', { name: `Downloaden: ${menu}`, exact: true }).click();
    return downloadNa(this.page, () => this.page.getByRole('menuitem', { name: item }).click());
  }

  /** Screenshots at 1280×720 and 1920×1080, attached to the report. */
  async schermafdrukken(info: TestInfo, naam: string): Promise<void> {
    for (const [breedte, hoogte] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      await this.page.setViewportSize({ width: breedte, height: hoogte });
      await this.page.waitForTimeout(300);
      await schermafdruk(this.page, `vergelijken-${naam}-${breedte}x${hoogte}`, { info });
    }
    await this.page.setViewportSize({ width: 1280, height: 720 });
  }
}
