/**
 * The renderer's bundle as the browser receives it: which JavaScript the page loads at start (the
 * entry script and the modules index.html preloads) and every chunk with its size. Read from a
 * built renderer folder (`out/renderer` after `electron-vite build`), or built afresh with the
 * renderer part of electron.vite.config.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import config from '../electron.vite.config';

export interface Brok {
  bestand: string;
  bytes: number;
  /** Loaded at start: the entry script or a module index.html preloads. */
  initieel: boolean;
}

export interface Bundel {
  brokken: Brok[];
  initieelBytes: number;
  totaalBytes: number;
}

/** The JavaScript files index.html loads at start, by file name. */
function initieleScripts(html: string): Set<string> {
  const namen = new Set<string>();
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)) namen.add(basename(m[1]));
  return namen;
}

/** The chunks of a built renderer folder, largest first. */
export function leesBundel(map: string): Bundel {
  const initieel = initieleScripts(readFileSync(join(map, 'index.html'), 'utf8'));
  const assets = join(map, 'assets');
  const brokken = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((bestand) => ({ bestand, bytes: statSync(join(assets, bestand)).size, initieel: initieel.has(bestand) }))
    .sort((a, b) => b.bytes - a.bytes);
  const som = (bs: Brok[]) => bs.reduce((s, b) => s + b.bytes, 0);
  return { brokken, initieelBytes: som(brokken.filter((b) => b.initieel)), totaalBytes: som(brokken) };
}

/** Builds the renderer with the project's configuration into `outDir`, quietly. */
export async function bouwRenderer(outDir: string): Promise<Bundel> {
  const renderer = config.renderer as InlineConfig;
  await build({ ...renderer, configFile: false, logLevel: 'silent', base: './', build: { ...renderer.build, outDir, emptyOutDir: true } });
  return leesBundel(outDir);
}
