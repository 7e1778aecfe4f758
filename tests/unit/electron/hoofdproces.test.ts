/**
 * The Electron-specific main-process modules, with `electron` replaced by a small fake: the menu,
 * the window's security settings, and the IPC guard. (Electron itself cannot start on machines
 * without its binary; these tests check our side of the contract.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, invoer: unknown) => unknown>();
  const vensters: Array<{ opties: Record<string, unknown>; handlers: Map<string, (...a: unknown[]) => unknown>; openHandler?: (d: { url: string }) => unknown }> = [];
  return {
    handlers,
    vensters,
    geopend: [] as string[],
    headers: null as null | ((d: unknown, cb: (r: unknown) => void) => void),
    permissie: null as null | ((...a: unknown[]) => void),
    permissieCheck: null as null | ((...a: unknown[]) => boolean),
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    constructor(opties: Record<string, unknown>) {
      const handlers = new Map<string, (...a: unknown[]) => unknown>();
      const venster = { opties, handlers, openHandler: undefined as undefined | ((d: { url: string }) => unknown) };
      fake.vensters.push(venster);
      this.webContents = {
        on: (naam: string, f: (...a: unknown[]) => unknown) => handlers.set(naam, f),
        setWindowOpenHandler: (f: (d: { url: string }) => unknown) => (venster.openHandler = f),
        send: vi.fn(),
      };
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
    loadFile() {
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    app: { getVersion: () => '0.1.0', isPackaged: false },
    dialog: { showMessageBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    Menu: { buildFromTemplate: (t: unknown) => ({ template: t }) },
    ipcMain: { handle: (kanaal: string, f: (event: unknown, invoer: unknown) => unknown) => fake.handlers.set(kanaal, f) },
    shell: { openExternal: (url: string) => fake.geopend.push(url) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (f: typeof fake.headers) => (fake.headers = f) },
        setPermissionRequestHandler: (f: typeof fake.permissie) => (fake.permissie = f),
        setPermissionCheckHandler: (f: typeof fake.permissieCheck) => (fake.permissieCheck = f),
      },
    },
  };
});

import { registreerIpc } from '../../../electron/ipc/registreer';
import { bouwMenu, type MenuContext } from '../../../electron/menu';
import { EXTERNE_SITES, magExternOpenen, openExtern } from '../../../electron/extern';
import { beveiligSessie, bewaakNavigatie, eigenPaginaHerkenner, isEigenPagina, maakVenster } from '../../../electron/venster';
import type { ZioDiensten } from '../../../shared/api/contract';
import { API_OPERATIES, IPC_KANAAL_PREFIX } from '../../../shared/api/operaties';

beforeEach(() => {
  fake.handlers.clear();
  fake.vensters.length = 0;
  fake.geopend.length = 0;
});

describe('het venster', () => {
  it('draait met contextIsolation, sandbox en zonder nodeIntegration', () => {
    maakVenster('ZiO');
    const prefs = fake.vensters[0].opties.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, nodeIntegration: false, sandbox: true, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
  });

  it('opent geen nieuwe vensters; links naar toegestane sites gaan naar de systeembrowser, de rest nergens heen', () => {
    maakVenster('ZiO');
    const open = fake.vensters[0].openHandler!;
    expect(open({ url: 'https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs' })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://www.example.org/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.geopend).toEqual(['https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs']);
  });

  it('herkent alleen de eigen pagina als eigen', () => {
    expect(isEigenPagina('https://www.example.org/')).toBe(false);
    expect(isEigenPagina('file:///tmp/anders.html')).toBe(false);
  });

  it('zet de CSP op elk antwoord en weigert elke toestemmingsvraag', () => {
    beveiligSessie();
    let headers: Record<string, string[]> = {};
    fake.headers!({ responseHeaders: { 'X-Iets': ['1'] } }, (r) => (headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders));
    expect(headers['Content-Security-Policy'][0]).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(headers['X-Iets']).toEqual(['1']);
    const antwoord = vi.fn();
    fake.permissie!({}, 'media', antwoord);
    expect(antwoord).toHaveBeenCalledWith(false);
  });
});

/** The built renderer's index.html, as the main process knows it. */
const isEigenPaginaUrl = new URL('../renderer/index.html', new URL('../../../electron/', import.meta.url)).href;

describe('beveiliging', () => {
  const vreemd = { getURL: () => 'https://kwaadaardig.example/' };

  it('de toestemmingscontrole zegt nee tegen alles behalve volledig scherm voor de eigen pagina', () => {
    beveiligSessie();
    const eigen = { getURL: () => isEigenPaginaUrl };
    expect(fake.permissieCheck!(eigen, 'fullscreen', 'file://')).toBe(true);
    for (const permissie of ['media', 'notifications', 'geolocation', 'clipboard-read', 'hid', 'usb', 'serial', 'background-sync', 'openExternal']) {
      expect(fake.permissieCheck!(eigen, permissie, 'file://'), permissie).toBe(false);
    }
    expect(fake.permissieCheck!(vreemd, 'fullscreen', 'https://kwaadaardig.example')).toBe(false);
    expect(fake.permissieCheck!(null, 'fullscreen', '')).toBe(false);
    const antwoord = vi.fn();
    fake.permissie!(vreemd, 'fullscreen', antwoord);
    expect(antwoord).toHaveBeenCalledWith(false);
  });

  it('houdt navigaties én redirects naar andere pagina’s tegen, en laat geen webview toe', () => {
    const handlers = new Map<string, (...a: unknown[]) => void>();
    bewaakNavigatie({ on: (naam: string, f: (...a: unknown[]) => void) => handlers.set(naam, f) } as never);
    for (const naam of ['will-navigate', 'will-redirect']) {
      const weg = { preventDefault: vi.fn() };
      handlers.get(naam)!(weg, 'https://kwaadaardig.example/');
      expect(weg.preventDefault, naam).toHaveBeenCalled();
      const thuis = { preventDefault: vi.fn() };
      handlers.get(naam)!(thuis, isEigenPaginaUrl);
      expect(thuis.preventDefault, naam).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('vergelijkt de ontwikkel-URL op precies dezelfde oorsprong, niet op het begin van de tekst', () => {
    const eigen = eigenPaginaHerkenner('http://localhost:5173', 'file:///app/index.html');
    expect(eigen('http://localhost:5173/')).toBe(true);
    expect(eigen('http://localhost:5173/index.html?x=1#y')).toBe(true);
    expect(eigen('http://localhost:5173.kwaadaardig.example/')).toBe(false);
    expect(eigen('http://localhost:51730/')).toBe(false);
    expect(eigen('http://localhost:5173@kwaadaardig.example/')).toBe(false);
    expect(eigen('https://localhost:5173/')).toBe(false);
    expect(eigen('file:///app/index.html')).toBe(false);
    expect(eigen('geen url')).toBe(false);
    const gebouwd = eigenPaginaHerkenner(undefined, 'file:///app/index.html');
    expect(gebouwd('file:///app/index.html#overzicht')).toBe(true);
    expect(gebouwd('file:///app/index.html.evil')).toBe(false);
    expect(gebouwd('http://localhost:5173/')).toBe(false);
  });

  it('opent extern alleen https-adressen van de toegestane sites', () => {
    expect(EXTERNE_SITES.size).toBeGreaterThan(0);
    for (const site of EXTERNE_SITES) expect(magExternOpenen(`${site}/pagina?q=1`), site).toBe(true);
    for (const url of [
      'http://www.rijksoverheid.nl/',
      'https://www.rijksoverheid.nl.kwaadaardig.example/',
      'https://gebruiker:geheim@www.rijksoverheid.nl/',
      'https://www.rijksoverheid.nl:8443/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'geen url',
    ]) {
      expect(magExternOpenen(url), url).toBe(false);
    }
    expect(openExtern('https://www.example.org/')).toBe(false);
    expect(openExtern('https://wetten.overheid.nl/BWBR0003420')).toBe(true);
    expect(fake.geopend).toEqual(['https://wetten.overheid.nl/BWBR0003420']);
  });
});

describe('IPC', () => {
  const diensten = Object.fromEntries(API_OPERATIES.map((op) => [op, vi.fn(() => ({ ok: op }))])) as unknown as ZioDiensten;
  const log = { fout: vi.fn(), locatie: 'log' };
  const eigen = 'file:///app/out/renderer/index.html';
  const event = (url: string, hoofdframe = true) => {
    const mainFrame = { url };
    return { senderFrame: hoofdframe ? mainFrame : { url }, sender: { mainFrame } };
  };

  it('registreert precies de operaties van het contract', () => {
    registreerIpc(diensten, log, (u) => u === eigen);
    expect([...fake.handlers.keys()].sort()).toEqual(API_OPERATIES.map((op) => IPC_KANAAL_PREFIX + op).sort());
  });

  it('weigert aanroepen van een andere pagina of een iframe, en ongeldige gegevens', async () => {
    registreerIpc(diensten, log, (u) => u === eigen);
    const h = fake.handlers.get(`${IPC_KANAAL_PREFIX}regioLezen`)!;
    expect(await h(event('https://kwaadaardig.example/'), { regioId: 1 })).toMatchObject({ ok: false, fout: { melding: 'Aanroep van een onbekende pagina geweigerd.' } });
    expect(await h(event(eigen, false), { regioId: 1 })).toMatchObject({ ok: false });
    expect(await h(event(eigen), { regioId: 'een' })).toMatchObject({ ok: false, fout: { problemen: [{ pad: '$.regioId' }] } });
    expect(diensten.regioLezen).not.toHaveBeenCalled();
    expect(await h(event(eigen), { regioId: 1 })).toEqual({ ok: true, data: { ok: 'regioLezen' } });
  });
});

describe('het menu', () => {
  it('is Nederlands, met Bestand, Beeld en Help zoals afgesproken', () => {
    const ctx = { venster: () => null, sessie: { instellingen: { get: () => ({ recent: ['/p/a.zio'] }) }, huidigPad: () => null, dataMap: '/d' }, projectGewijzigd: () => {} } as unknown as MenuContext;
    const { template } = bouwMenu(ctx) as unknown as { template: Array<{ label: string; submenu: Array<{ label?: string; submenu?: Array<{ label: string }> }> }> };
    expect(template.map((m) => m.label)).toEqual(['Bestand', 'Beeld', 'Help']);
    const bestand = template[0].submenu.map((i) => i.label).filter(Boolean);
    expect(bestand).toEqual(expect.arrayContaining(['Nieuw project…', 'Openen…', 'Opslaan als…', 'Recente projecten', 'Exporteren naar Excel…']));
    expect(template[0].submenu.find((i) => i.label === 'Recente projecten')!.submenu!.map((i) => i.label)).toEqual(['/p/a.zio']);
    expect(template[2].submenu.map((i) => i.label)).toEqual(['Over ZiO Collectieve Pot', 'Bronnen en aannames']);
  });
});
