import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The build names every file under assets/ after its content (`index-3fa9c1.js`): a browser may
 * keep it for good. Everything else (index.html, which names the current assets) is asked anew.
 */
const VOOR_ALTIJD = 'private, max-age=31536000, immutable';
const NIET_BEWAREN = 'no-store';

export interface StatischBestand {
  body: Buffer;
  type: string;
  cacheControl: string;
}

/**
 * The built renderer's files, read from disk once and then served from memory: a page load asks
 * some twenty files at once, and each is answered without reading the disk again. A file that
 * changed on disk (a new build while the host runs) is read again.
 */
export class StatischeBestanden {
  private readonly gelezen = new Map<string, { mtimeMs: number; size: number; bestand: StatischBestand }>();

  constructor(private readonly root: string) {}

  /** The file at this decoded URL path, or null when it is not there or lies outside the renderer folder. */
  async lees(pad: string): Promise<StatischBestand | null> {
    const relatief = pad === '/' ? 'index.html' : pad.replace(/^\/+/, '');
    const bestand = normalize(join(this.root, relatief));
    if (!bestand.startsWith(this.root + sep)) return null;
    try {
      const s = await stat(bestand);
      if (!s.isFile()) return null;
      const bekend = this.gelezen.get(bestand);
      if (bekend && bekend.mtimeMs === s.mtimeMs && bekend.size === s.size) return bekend.bestand;
      const gelezen: StatischBestand = {
        body: await readFile(bestand),
        type: MIME[extname(bestand)] ?? 'application/octet-stream',
        cacheControl: relatief.startsWith('assets/') ? VOOR_ALTIJD : NIET_BEWAREN,
      };
      this.gelezen.set(bestand, { mtimeMs: s.mtimeMs, size: s.size, bestand: gelezen });
      return gelezen;
    } catch {
      return null;
    }
  }
}
