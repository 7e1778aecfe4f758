import { expect, type Locator, type Page } from '@playwright/test';
import type { ZioApp } from './app';

/** The ontwerptafel: weights per group, the scope decision, momentopnamen, export and presentation. */
export class OntwerptafelScherm {
  readonly page: Page;

  constructor(readonly app: ZioApp) {
    this.page = app.page;
  }

  async open(): Promise<this> {
    await this.app.naar('Ontwerptafel');
    await expect(this.app.kop('Ontwerptafel')).toBeVisible();
    return this;
  }

  /** Sets a weight slider to its minimum (Home) or maximum (End) with the keyboard. */
  async zetGewicht(criterium: string, groep: string, toets: 'Home' | 'End'): Promise<void> {
    const slider = this.page.getByRole('slider', { name: `Gewicht van ${criterium} voor ${groep}` });
    await slider.focus();
    await slider.press(toets);
    await expect(slider).toHaveAttribute('aria-valuenow', toets === 'End' ? '10' : '0');
  }

  uitkomstRij(groep: string): Locator {
    return this.page.getByRole('table', { name: 'Uitkomst per groep' }).getByRole('row', { name: new RegExp(`^${groep}`) });
  }

  /** Waits until the session has been saved. */
  async opgeslagen(): Promise<void> {
    await expect(this.page.getByRole('status', { name: 'Opslaan van de sessie' })).toHaveText(/^Opgeslagen/, { timeout: 10_000 });
  }

  async maakMomentopname(naam: string): Promise<void> {
    await this.page.getByRole('tab', { name: /^Momentopnamen/ }).click();
    await this.page.getByRole('textbox', { name: 'Naam' }).fill(naam);
    await this.page.getByRole('button', { name: 'Momentopname maken' }).click();
    await expect(this.page.getByRole('table', { name: 'Momentopnamen', exact: true }).getByRole('row', { name: new RegExp(naam) })).toBeVisible();
    await this.opgeslagen();
  }
}
