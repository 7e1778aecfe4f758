/**
 * The packaging configuration (electron-builder.config.ts) and the fuses hook. A real build needs
 * Electron's binaries and cannot run on every machine, so the configuration is checked here: valid
 * for electron-builder, the promised installers, the fuses, and an archive that holds the app and
 * the one native module it needs.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { AfterPackContext, TargetConfiguration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';
import viteConfig from '../../../electron.vite.config';
import pkg from '../../../package.json';
import { ZEKERINGEN, zetZekeringen } from '../../../scripts/zekeringen';

const doelen = (t: unknown) => (t as TargetConfiguration[]).map((d) => d.target);
const matcht = (bestand: string, patronen: readonly string[]) => patronen.some((p) => !p.startsWith('!') && matchesGlob(bestand, p));
const bestanden = (platform: 'win' | 'mac' | 'linux') => [...(config.files as string[]), ...((config[platform]!.files as string[] | undefined) ?? [])];

describe('de verpakking', () => {
  it('is een geldige configuratie voor electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check is real: a misspelt option is refused.
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: false } } as typeof config, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('bouwt een installatie per gebruiker en een MSI voor Windows, een dmg voor macOS en een AppImage voor Linux', () => {
    expect(doelen(config.win!.target)).toEqual(['nsis', 'msi']);
    expect(doelen(config.mac!.target)).toEqual(['dmg']);
    expect(doelen(config.linux!.target)).toEqual(['AppImage']);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(config.msi).toMatchObject({ perMachine: true });
    expect(config.msi!.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(pkg.scripts.dist).toMatch(/electron-vite build && electron-builder --config electron-builder\.config\.ts/);
  });

  it('zet de zekeringen na het inpakken: geen Node-modus, geen inspectie, alleen de ondertekende asar', () => {
    expect(config.afterPack).toBe(zetZekeringen);
    expect(ZEKERINGEN).toEqual({
      version: '1',
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
    // Only from an archive: the app must be packed into one.
    expect(config.asar).toBe(true);
  });

  it('neemt de gebouwde app mee, zonder bronkaarten en zonder de modules die al in de bundel zitten', () => {
    for (const platform of ['win', 'mac', 'linux'] as const) {
      const patronen = bestanden(platform);
      expect(matcht('out/main/main.js', patronen), platform).toBe(true);
      expect(matcht('out/renderer/index.html', patronen), platform).toBe(true);
      expect(matcht('out/preload/preload.cjs', patronen), platform).toBe(true);
      expect(patronen).toContain('!**/*.map');
      for (const gebundeld of Object.keys(pkg.dependencies).filter((d) => d !== 'better-sqlite3')) {
        expect(matcht(`node_modules/${gebundeld}/package.json`, patronen), gebundeld).toBe(false);
      }
      expect(matcht('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c', patronen)).toBe(false);
    }
  });

  it('neemt elke module mee die de hoofdbundel extern laat, en pakt de native SQLite-driver uit de asar', () => {
    const extern = viteConfig.main!.build!.rollupOptions!.external as string[];
    expect(extern).toEqual(['better-sqlite3']);
    const prebuilds = readdirSync('node_modules/better-sqlite3/prebuilds');
    for (const [platform, os] of [['win', 'win32'], ['mac', 'darwin'], ['linux', 'linux']] as const) {
      const patronen = bestanden(platform);
      expect(matcht('node_modules/better-sqlite3/lib/index.js', patronen), platform).toBe(true);
      expect(matcht('node_modules/better-sqlite3/package.json', patronen), platform).toBe(true);
      const eigen = prebuilds.filter((f) => f.startsWith(`${os}-`));
      expect(eigen.length, platform).toBeGreaterThan(0);
      for (const f of eigen) {
        const pad = `node_modules/better-sqlite3/prebuilds/${f}`;
        expect(matcht(pad, patronen), pad).toBe(true);
        expect(matcht(pad, config.asarUnpack as string[]), pad).toBe(true);
      }
      // Another platform's binary stays out of this platform's package.
      expect(prebuilds.filter((f) => !f.startsWith(`${os}-`)).some((f) => matcht(`node_modules/better-sqlite3/prebuilds/${f}`, patronen)), platform).toBe(false);
    }
    // Node-API prebuilds run in Electron as they are: no rebuild against Electron's headers.
    expect(config.npmRebuild).toBe(false);
  });

  it('de afterPack-hook zet de zekeringen in het gebouwde programma', async () => {
    const map = mkdtempSync(join(tmpdir(), 'zio-zekeringen-'));
    try {
      // A stand-in for the Electron binary: the fuse wire after its sentinel, every fuse as shipped.
      const wire = '101001101';
      writeFileSync(join(map, 'zio-collectieve-pot'), Buffer.concat([Buffer.alloc(64), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.alloc(64)]));
      const context = { appOutDir: map, electronPlatformName: 'linux', packager: { executableName: 'zio-collectieve-pot', appInfo: { productFilename: 'ZiO Collectieve Pot' } } } as unknown as AfterPackContext;
      await zetZekeringen(context);
      const gezet = await getCurrentFuseWire(join(map, 'zio-collectieve-pot'));
      expect(gezet[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
      expect(gezet[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
      expect(gezet[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
      expect(gezet[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
      expect(gezet[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
      expect(gezet[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
      // Fuses it does not set stay as they were.
      for (const i of [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, FuseV1Options.GrantFileProtocolExtraPrivileges, FuseV1Options.WasmTrapHandlers]) expect(gezet[i]).toBe(wire.charCodeAt(i));
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
