import { expect, test } from '@playwright/test';

// A browser without the host's cookie: as another user of the machine, or a page of another site.
test.use({ storageState: { cookies: [], origins: [] } });

test('zonder sleutel geen app; via het adres met de sleutel wel, en de sleutel verdwijnt uit het adres', async ({ page }) => {
  const geweigerd = await page.goto('/');
  expect(geweigerd?.status()).toBe(403);
  await expect(page.getByText(/Geen toegang/)).toBeVisible();

  await page.goto(`/?token=${process.env.ZIO_E2E_TOKEN}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Demoregio (fictief)' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  // The API works with the cookie the page now has, and JavaScript cannot read it.
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
