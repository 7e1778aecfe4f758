/**
 * Electron's fuses, flipped in the packaged binary right after electron-builder has packed the app
 * (its `afterPack` hook, before signing). They switch off what an attacker with access to the
 * machine could use to run code as this app, and hold the app to its own signed archive.
 */
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

export const ZEKERINGEN = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would make the app a plain Node.js that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and the like encrypted with the operating system's key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let another process inject code or attach a debugger.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the app.asar electron-builder signed, unchanged, is loaded.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
} satisfies FuseV1Config;

/** The packaged Electron binary whose fuses are flipped (on macOS the .app bundle). */
export function electronBinary(context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>): string {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, (packager as unknown as { executableName: string }).executableName);
}

/** electron-builder's afterPack hook. */
export async function zetZekeringen(context: AfterPackContext): Promise<void> {
  const binary = electronBinary(context);
  // Changing the binary breaks the ad-hoc signature of an unsigned macOS build: reset it.
  await flipFuses(binary, { ...ZEKERINGEN, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' });
}
