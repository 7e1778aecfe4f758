import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { API_OPERATIES } from '../../shared/api/operaties';

/** The Electron binary is downloaded on first launch; machines without internet access do not have it. */
function electronBinary(): string | null {
  const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const padBestand = join(pkg, 'path.txt');
  if (!existsSync(padBestand)) return null;
  const binary = join(pkg, 'dist', readFileSync(padBestand, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test('het Electron-venster opent op de demoregio', async () => {
  test.skip(!binary, 'Overgeslagen: de Electron-binary is op deze machine niet beschikbaar (wordt bij de eerste start gedownload).');
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, ZIO_DATA_DIR: mkdtempSync(join(tmpdir(), 'zio-electron-')) },
  });
  const venster = await app.firstWindow();
  await expect(venster.getByRole('heading', { level: 2, name: 'Demoregio (fictief)' })).toBeVisible();
  // No Node in the page (nodeIntegration off, sandbox), and the bridge carries only the API contract.
  const pagina = await venster.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    zio: Object.keys((window as unknown as { zio: object }).zio).sort(),
  }));
  expect(pagina.require).toBe('undefined');
  expect(pagina.process).toBe('undefined');
  expect(pagina.zio).toEqual([...API_OPERATIES, 'opGebeurtenis'].sort());
  await app.close();
});
