import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.1 AA rules: the level the app promises (issue: accessibility). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Bevinding = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One violation in words: rule, impact, help, and per element its selector and what is wrong. */
export function beschrijf(b: Bevinding): string {
  const elementen = b.nodes.slice(0, 8).map((n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`);
  const meer = b.nodes.length > 8 ? [`    … en nog ${b.nodes.length - 8} elementen`] : [];
  return [`  [${b.impact}] ${b.id}: ${b.help} (${b.helpUrl})`, ...elementen, ...meer].join('\n');
}

/**
 * Scans what is on the page now with axe-core and records every serious or critical violation as
 * a soft failure named after the screen, so one run reports every screen's problems at once.
 */
export async function scan(page: Page, scherm: string): Promise<void> {
  const uitslag = await new AxeBuilder({ page }).withTags(WCAG_21_AA).options({ resultTypes: ['violations'] }).analyze();
  const ernstig = uitslag.violations.filter((b) => b.impact === 'serious' || b.impact === 'critical');
  expect.soft(ernstig.length, `Toegankelijkheid van ${scherm}:\n${ernstig.map(beschrijf).join('\n')}`).toBe(0);
}
