/**
 * The names of the API operations and events. Kept free of dependencies so the sandboxed preload
 * can bundle it without pulling in zod.
 */
export const API_OPERATIES = [
  'projectInfo',
  'regioOverzicht',
  'regioLezen',
  'regioStand',
  'regioBewerken',
  'regioOngedaanMaken',
  'regioOpnieuwDoen',
  'regioNieuw',
  'regioVerwijderen',
  'regioImporteren',
  'importAnnuleren',
  'regioDownload',
  'behoefte',
  'behoefteSchool',
  'formatieNorm',
  'normen',
  'normAanpassen',
  'evaluatie',
  'evaluatieMetDetail',
  'uitleg',
  'geldstromen',
  'formatie',
  'varianten',
  'variantOpslaan',
  'variantVerwijderen',
  'berekeningExporteren',
  'oogoRapport',
  'oogoExporteren',
  'pdfOpslaan',
  'notitie',
  'notitieWord',
  'ontwerptafelWeging',
  'scopeEffecten',
  'meerjarenraming',
  'momentopnameMaken',
  'ontwerpsessies',
  'ontwerpsessieLezen',
  'ontwerpsessieOpslaan',
  'ontwerpsessieVerwijderen',
  'ontwerpsessieExporteren',
] as const;
export type ApiOperatie = (typeof API_OPERATIES)[number];

export const IPC_KANAAL_PREFIX = 'zio:';
export const IPC_GEBEURTENIS = 'zio:gebeurtenis';

export type Scherm = 'overzicht' | 'regio' | 'vergelijken' | 'oogo' | 'ontwerptafel' | 'bronnen';

/** Messages from the main process to the renderer. */
export type Gebeurtenis = { soort: 'project-gewijzigd' } | { soort: 'navigeer'; scherm: Scherm } | { soort: 'exporteren-naar-excel' };

export interface Foutmelding {
  /** 'gebruiker': a problem the user can act on; 'intern': a programming error, logged with its stack. */
  soort: 'gebruiker' | 'intern';
  melding: string;
  problemen: Array<{ pad: string; melding: string }>;
}

/** Every operation answers with this envelope, over IPC and over HTTP alike. */
export type Antwoord<T> = { ok: true; data: T } | { ok: false; fout: Foutmelding };
