import { shell } from 'electron';

/**
 * The only sites a link in the app may open, in the system browser: the publishers of the report,
 * the law and the statistics the rekenmodel cites. Anything else (another site, another scheme
 * such as file: or smb:, a URL with a user name) is refused.
 */
export const EXTERNE_SITES: ReadonlySet<string> = new Set([
  'https://www.rijksoverheid.nl',
  'https://wetten.overheid.nl',
  'https://puc.overheid.nl',
  'https://opendata.cbs.nl',
  'https://www.dsp-groep.eu',
  'https://www.poraad.nl',
  'https://gespecialiseerdonderwijs.nl',
  'https://www.steunpuntpassendonderwijs-povo.nl',
]);

/** True when `url` is an https address on one of the allowed sites, compared by exact origin. */
export function magExternOpenen(url: string): boolean {
  let adres: URL;
  try {
    adres = new URL(url);
  } catch {
    return false;
  }
  return adres.protocol === 'https:' && !adres.username && !adres.password && EXTERNE_SITES.has(adres.origin);
}

/** Opens an allowed address in the system browser; the one way the app leaves itself. */
export function openExtern(url: string): boolean {
  if (!magExternOpenen(url)) return false;
  void shell.openExternal(url);
  return true;
}
