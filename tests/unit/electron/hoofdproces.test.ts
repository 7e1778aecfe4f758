/**
 * The Electron-specific main-process modules, with `electron` replaced by a small fake: the menu,
 * the window's security settings, and the IPC guard. (Electron itself cannot start on machines
 * without its binary; these tests check our side of the contract.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, invoer: unknown) => unknown>();
  const vensters: Array<{ opties: Record<string, unknown>; handlers: Map<string, (...a: unknown[]) => unknown>; openHandler?: (d: { url: string }) => unknown }> = [];
  return { handlers, vensters, geopend: [] as string[], headers: null as null | ((d: unknown, cb: (r: unknown) => void) => void), permissie: null as null | ((...a: unknown[]) => void) };
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
      },
    },
  };
});

import { registreerIpc } from '../../../electron/ipc/registreer';
import { bouwMenu, type MenuContext } from '../../../electron/menu';
import { beveiligSessie, isEigenPagina, maakVenster } from '../../../electron/venster';
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

  it('opent geen nieuwe vensters; http(s)-links gaan naar de systeembrowser, andere schema’s nergens heen', () => {
    maakVenster('ZiO');
    const open = fake.vensters[0].openHandler!;
    expect(open({ url: 'https://www.example.org/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.geopend).toEqual(['https://www.example.org/']);
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
