import type { Page } from '@playwright/test';

/** Collects uncaught page errors and console errors; a test ends by expecting none. */
export function verzamelFouten(page: Page): string[] {
  const fouten: string[] = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(m.text());
  });
  return fouten;
}
