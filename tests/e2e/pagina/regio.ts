import { expect, type Locator, type Page } from '@playwright/test';
import type { ZioApp } from './app';

/** The regio screen: its tables, editing dialogs and the pupil matrix. */
export class RegioScherm {
  readonly page: Page;

  constructor(readonly app: ZioApp) {
    this.page = app.page;
  }

  async open(): Promise<this> {
    await this.app.naar('Regio');
    await expect(this.app.kop(/^Regio /)).toBeVisible();
    return this;
  }

  tabel(naam: string): Locator {
    return this.page.getByRole('table', { name: naam });
  }

  /** Waits until every edit has reached the project file. */
  async opgeslagen(): Promise<void> {
    await expect(this.page.getByText('Alle wijzigingen zijn opgeslagen')).toBeVisible();
  }

  /** Pastes text at the focused element as a paste from Excel would. */
  async plak(tekst: string): Promise<void> {
    await this.page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, tekst);
  }
}
