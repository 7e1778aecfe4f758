import pakket from '../package.json';

/** The app's version, as in package.json; printed in exports and the About dialog. */
export const APP_VERSIE: string = pakket.version;
