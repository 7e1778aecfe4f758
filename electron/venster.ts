import { BrowserWindow, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP } from '../shared/api/csp';
import { openExtern } from './extern';

const DEV_URL = process.env.ELECTRON_RENDERER_URL;

const RENDERER_INDEX = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;

/** The origin of a URL (scheme, host and port), or null for something that is no URL. */
function oorsprong(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Which pages are the app's own: in development any page of the dev server, compared by exact
 * origin (so `http://localhost:5173.example.org` is not the dev server); otherwise only the
 * renderer's index.html, by exact file URL.
 */
export function eigenPaginaHerkenner(devUrl: string | undefined, index: string): (url: string) => boolean {
  if (devUrl) {
    const dev = oorsprong(devUrl);
    return (url) => dev !== null && dev !== 'null' && oorsprong(url) === dev;
  }
  return (url) => url.split(/[?#]/)[0] === index;
}

/** True for the pages this app itself serves; everything else is remote content. */
export const isEigenPagina = eigenPaginaHerkenner(DEV_URL, RENDERER_INDEX);

/** What the app's own page may use: full screen, for the ontwerptafel's presentation. Nothing else. */
const TOEGESTAAN: ReadonlySet<string> = new Set(['fullscreen']);

function magToestemming(contents: WebContents | null, permissie: string): boolean {
  return TOEGESTAAN.has(permissie) && contents !== null && isEigenPagina(contents.getURL());
}

/**
 * Applies the CSP to every response, and answers permission requests and checks (camera,
 * notifications, clipboard reads, USB…) with no, except what the app's own page needs.
 */
export function beveiligSessie(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((contents, permissie, callback) => callback(magToestemming(contents, permissie)));
  session.defaultSession.setPermissionCheckHandler((contents, permissie) => magToestemming(contents, permissie));
}

/** Every page (window, frame) stays on the app: navigations and redirects elsewhere are stopped. */
export function bewaakNavigatie(contents: WebContents): void {
  const alleenEigen = (event: { preventDefault(): void }, url: string) => {
    if (!isEigenPagina(url)) event.preventDefault();
  };
  contents.on('will-navigate', alleenEigen);
  contents.on('will-redirect', alleenEigen);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function maakVenster(titel: string): BrowserWindow {
  const venster = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: titel,
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
    },
  });
  venster.once('ready-to-show', () => venster.show());
  // No new windows; a link to an allowed site opens in the system browser (electron/extern.ts).
  // Navigation and redirects are guarded app-wide (bewaakNavigatie, from main.ts).
  venster.webContents.setWindowOpenHandler(({ url }) => {
    openExtern(url);
    return { action: 'deny' };
  });
  if (DEV_URL) void venster.loadURL(DEV_URL);
  else void venster.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return venster;
}
