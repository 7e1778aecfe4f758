import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.ZIO_E2E_PORT ?? 5399);
// Debian's Chromium here; elsewhere Playwright's own browser (npx playwright install chromium).
const chromium = process.env.ZIO_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// Every run starts the host on a fresh data folder, so the app starts as on a new installation.
// Workers load this file again; they inherit the folder through the environment.
const dataMap = (process.env.ZIO_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'zio-e2e-')));
// The host's token, given to it on its command line. Every page and API request of the tests
// carries the cookie the host trades for it at /?token=…, as a browser has after opening that address.
const token = (process.env.ZIO_E2E_TOKEN ??= randomBytes(24).toString('base64url'));

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    locale: 'nl-NL',
    storageState: {
      cookies: [{ name: `zio_token_${PORT}`, value: token, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' }],
      origins: [],
    },
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx tsx core/host/server.ts --port ${PORT} --data "${dataMap}" --token ${token}`,
    url: `http://127.0.0.1:${PORT}/?token=${token}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
