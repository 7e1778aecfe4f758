import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gebruikTabel, meetGebruik } from './browser-schermen';
async function main() {
  const proces = spawn(process.execPath, ['--import', 'tsx', 'core/host/server.ts', '--port', '5412', '--data', mkdtempSync(join(tmpdir(), 'zio-dbg-'))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url: string = await new Promise((ok) => { let u = ''; proces.stdout!.on('data', (d) => { u += d; const m = /op (\S+)/.exec(u); if (m) ok(m[1]); }); });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try { console.log(gebruikTabel(await meetGebruik(browser, url)).join('\n')); } finally { await browser.close(); proces.kill(); }
}
main();
