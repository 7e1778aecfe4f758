import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAAM = 'ZiO Collectieve Pot';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives, so the app and
 * the browser host share their projects. ZIO_DATA_DIR overrides it (tests, portable use).
 */
export function standaardDataMap(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ZIO_DATA_DIR) return env.ZIO_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAAM);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAAM);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAAM);
}
