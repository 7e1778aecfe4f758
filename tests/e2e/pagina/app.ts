import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { DEMOREGIO } from '../hulp';

/** The screens of the navigation, by the label of their button. */
export type Scherm = 'Overzicht' | 'Regio' | 'Vergelijken' | 'OOGO-rapport' | 'Ontwerptafel' | 'Bronnen en aannames';

/**
 * The app as a whole: its frame (header, navigation), opening it, and the page errors it raised.
 * The screens have page models of their own that start from here.
 */
export class ZioApp {
  /** Uncaught page errors and console errors, in order. */
  readonly fouten: string[] = [];
  /** The answer to the first page load (headers such as the CSP). */
  antwoord: Response | null = null;

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.fouten.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') this.fouten.push(m.text());
    });
  }

  /** The main heading of the screen on view. */
  kop(naam: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name: naam });
  }

  /** Opens the app; it starts on the Overzicht of the demo regio. */
  async open(): Promise<void> {
    this.antwoord = await this.page.goto('/');
    await expect(this.kop(DEMOREGIO)).toBeVisible();
  }

  schermKnop(scherm: Scherm): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${scherm}`) });
  }

  async naar(scherm: Scherm): Promise<void> {
    await this.schermKnop(scherm).click();
  }

  /** The regio chooser in the header (shown once there are two regio's). */
  get regioKeuze(): Locator {
    return this.page.getByRole('combobox', { name: 'Regio' });
  }

  /** Chooses an item of the header's "Importeren en exporteren" menu. */
  async importExport(item: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Importeren en exporteren' }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }
}
