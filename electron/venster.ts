import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP } from '../shared/api/csp';

const DEV_URL = process.env.ELECTRON_RENDERER_URL;

const RENDERER_INDEX = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;

/** True for the pages this app itself serves; everything else is remote content. */
export function isEigenPagina(url: string): boolean {
  if (DEV_URL) return url.startsWith(DEV_URL);
  return url.split(/[?#]/)[0] === RENDERER_INDEX;
}

/** Applies the CSP to every response and refuses permission requests (camera, notifications…). */
export function beveiligSessie(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
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
  // No new windows; http(s) links open in the system browser. Navigation is guarded app-wide in main.ts.
  venster.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  venster.webContents.on('will-attach-webview', (event) => event.preventDefault());
  if (DEV_URL) void venster.loadURL(DEV_URL);
  else void venster.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return venster;
}
