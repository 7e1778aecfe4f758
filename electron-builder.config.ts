/**
 * Packaging with electron-builder (`npm run dist`): a per-user installer and an MSI for Windows, a
 * dmg for macOS, an AppImage for Linux. Builds need the Electron binaries and electron-builder's
 * tools, downloaded on the first build; see README, "Een release bouwen".
 */
import type { Configuration } from 'electron-builder';
import { zetZekeringen } from './scripts/zekeringen';

/** The SQLite driver's native part: Node-API prebuilds, which run in Electron as they are. */
const SQLITE_PREBUILDS = 'node_modules/better-sqlite3/prebuilds';

const config: Configuration = {
  appId: 'nl.zio.collectieve-pot',
  productName: 'ZiO Collectieve Pot',
  executableName: 'zio-collectieve-pot',
  artifactName: 'ZiO-Collectieve-Pot-${version}-${os}-${arch}.${ext}',
  directories: { output: 'release', buildResources: 'build' },
  // Vite bundles everything the app needs into out/, except the SQLite driver (kept external,
  // because it is native): only that driver's own files go along, without its C sources.
  files: ['out/**/*', '!**/*.map', 'package.json', 'node_modules/better-sqlite3/package.json', 'node_modules/better-sqlite3/lib/**/*'],
  asar: true,
  // A native module cannot be loaded from inside the archive.
  asarUnpack: [`${SQLITE_PREBUILDS}/**/*`],
  // The prebuilds use Node-API, which Electron supports: no rebuild against Electron's headers.
  npmRebuild: false,
  afterPack: zetZekeringen,
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
    files: [`${SQLITE_PREBUILDS}/win32-*.node`],
  },
  // For one user, without administrator rights: installs in the user's own program folder.
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'ZiO Collectieve Pot',
    installerLanguages: ['nl_NL'],
    language: '1043',
  },
  // For IT departments that deploy to every workstation (Intune, SCCM, group policy). The upgrade
  // code stays the same for every version, so a new MSI replaces the old one.
  msi: {
    oneClick: false,
    perMachine: true,
    upgradeCode: 'E844AFE6-03B4-41CB-AC1E-45F57469850E',
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
    shortcutName: 'ZiO Collectieve Pot',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    files: [`${SQLITE_PREBUILDS}/darwin-*.node`],
  },
  dmg: { title: 'ZiO Collectieve Pot ${version}' },
  linux: {
    target: [{ target: 'AppImage', arch: ['x64'] }],
    category: 'Office',
    synopsis: 'Collectieve financiering van Zorg in Onderwijstijd ontwerpen',
    files: [`${SQLITE_PREBUILDS}/linux-*.node`],
  },
};

export default config;
