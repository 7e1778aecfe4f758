/**
 * `npm test`: type-checks and builds the app (the end-to-end tests drive the built renderer), runs the Vitest
 * suites and the Playwright suite, and ends with one line `N passed, N failed` over all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTATEN = 'test-results';
const VITEST_JSON = `${RESULTATEN}/vitest.json`;
const PLAYWRIGHT_JSON = `${RESULTATEN}/playwright.json`;

function voerUit(titel: string, cmd: string, args: string[]): number {
  console.log(`\n=== ${titel} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status ?? 1;
}

function leesJson<T>(pad: string): T | null {
  try {
    return JSON.parse(readFileSync(pad, 'utf8')) as T;
  } catch {
    return null;
  }
}

rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });
mkdirSync(RESULTATEN, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

// Type errors and a broken build count as one failure each: nothing else would report them.
if (voerUit('Typecontrole (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) failed += 1;
const build = voerUit('Bouwen (electron-vite build)', 'npx', ['electron-vite', 'build']);
if (build !== 0) failed += 1;

const vitestCode = voerUit('Unit- en integratietests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
const vitest = leesJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(VITEST_JSON);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (vitestCode !== 0 && (!vitest || vitest.numFailedTests === 0)) failed += 1; // the run itself broke

if (build === 0) {
  const e2eCode = voerUit('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
  const e2e = leesJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(PLAYWRIGHT_JSON);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    skipped += e2e.stats.skipped;
  }
  if (e2eCode !== 0 && (!e2e || e2e.stats.unexpected === 0)) failed += 1;
} else if (!existsSync('out/renderer/index.html')) {
  console.log('End-to-end tests overgeslagen: de build is mislukt.');
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
