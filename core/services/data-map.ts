import { homedir } from 'node:os';
import { GebruikersFout } from '../../shared/api/fout';
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

/** The data folder cannot be used; the app offers to choose another one. */
export class DataMapOnbruikbaar extends GebruikersFout {
  constructor(
    melding: string,
    readonly map: string,
  ) {
    super(melding);
    this.name = 'DataMapOnbruikbaar';
  }
}

/**
 * Why the data folder cannot hold the app's projects and settings, in words that name the folder
 * and say what to do. Errors that are not about the folder pass unchanged.
 */
export function dataMapFout(e: unknown, map: string): Error {
  const code = (e as { code?: string }).code ?? '';
  const onbruikbaar = (melding: string) => new DataMapOnbruikbaar(melding, map);
  if (['EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'].includes(code)) {
    return onbruikbaar(`De gegevensmap ${map} is alleen-lezen of niet bereikbaar: ZiO kan daar geen projecten en instellingen bewaren. Kies een andere map.`);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
    return onbruikbaar(`De schijf van de gegevensmap ${map} is vol: ZiO kan daar geen projecten en instellingen bewaren. Maak ruimte vrij of kies een andere map.`);
  }
  if (e instanceof GebruikersFout) return onbruikbaar(`De gegevensmap ${map} is niet bruikbaar: ${e.message}`);
  return e instanceof Error ? e : new Error(String(e));
}
