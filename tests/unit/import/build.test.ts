/**
 * The import worker in the desktop build: electron-vite bundles the main process into one file, so
 * the worker needs its own entry, written beside main.js under the name the main process looks for.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';
import { GEBOUWDE_WERKER } from '../../../core/import/uitvoerder';

describe('de import-worker in de build', () => {
  it('is een eigen ingang van het hoofdproces, met de naam die het hoofdproces zoekt', () => {
    const invoer = (config as { main: { build: { rollupOptions: { input: Record<string, string> } } } }).main.build.rollupOptions.input;
    const naam = GEBOUWDE_WERKER.replace(/\.js$/, '');
    expect(invoer[naam]).toBe(resolve(fileURLToPath(new URL('../../../', import.meta.url)), 'core/import/werker.ts'));
  });
});
