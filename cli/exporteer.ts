/**
 * `zio exporteer <regio> [--variant v.json] [--scope …] [--kleine-aantallen ja|nee] --xlsx uit.xlsx`:
 * the full calculation of a variant as an Excel workbook. Also the shared option handling of the
 * export commands (`exporteer`, `oogo`).
 */
import { writeFileSync } from 'node:fs';
import { extensieVan } from '../core/excel';
import { maakBerekeningBuffer } from '../core/export';
import { deriveNormenset, standaardVariant, type ScopeKeuze, type Variant } from '../shared/engine';
import type { RegioBestand } from '../shared/regio/schema';
import { APP_VERSIE } from '../shared/versie';
import { ontleedArgumenten, type OpdrachtSpec, type OptieSpec } from './args';
import { leesScope, leesVariantBestand } from './bereken';
import { leesRegio } from './lees-regio';
import type { Uitvoer } from './uitvoer';

/** The options both export commands share. */
export function exportOpties(kleineAantallenStandaard: 'ja' | 'nee'): Record<string, OptieSpec> {
  return {
    xlsx: { waarde: true, omschrijving: 'de Excel-werkmap die geschreven wordt (verplicht), bijvoorbeeld uit.xlsx' },
    variant: { waarde: true, omschrijving: 'variant-bestand (JSON); zonder: de standaardvariant van het rekenmodel' },
    scope: { waarde: true, omschrijving: 'breed, medium, smal of een lijst van taken (gaat voor de scope van de variant)' },
    'kleine-aantallen': {
      waarde: true,
      omschrijving: `ja of nee (standaard ${kleineAantallenStandaard}): aantallen leerlingen onder 5 als "<5" tonen en cijfers waaruit ze af te leiden zijn weglaten, voor een werkmap die gedeeld wordt`,
    },
  };
}

export interface ExportInvoer {
  regio: RegioBestand;
  variant: Variant;
  kleineAantallen: boolean;
  uit: string;
}


/**
 * Parses and checks the arguments of an export command and reads the regio and variant. Prints
 * every problem in Dutch and returns null on a user error.
 */
export async function leesExportInvoer(spec: OpdrachtSpec, argv: readonly string[], io: Uitvoer, kleineAantallenStandaard: boolean): Promise<{ invoer: ExportInvoer; opties: Record<string, string | true> } | null> {
  const args = ontleedArgumenten(spec, argv);
  if (!args.ok) {
    io.fout(`Fout: ${args.fout}`);
    return null;
  }
  const uit = args.opties.xlsx;
  if (typeof uit !== 'string') {
    io.fout(`Fout: geef met --xlsx aan waar de werkmap moet komen, bijvoorbeeld: zio ${spec.naam} ${args.argumenten[0]}${spec.naam === 'oogo' ? ' --swv <code>' : ''} --xlsx uit.xlsx`);
    return null;
  }
  if (extensieVan(uit) !== 'xlsx') {
    io.fout(`Fout: --xlsx moet een .xlsx-bestand zijn; ${uit} heeft ${extensieVan(uit) ? `extensie .${extensieVan(uit)}` : 'geen extensie'}`);
    return null;
  }
  const ka = args.opties['kleine-aantallen'];
  let kleineAantallen = kleineAantallenStandaard;
  if (typeof ka === 'string') {
    const w = ka.trim().toLowerCase();
    if (w !== 'ja' && w !== 'nee') {
      io.fout(`Fout: --kleine-aantallen verwacht ja of nee, niet "${ka}"`);
      return null;
    }
    kleineAantallen = w === 'ja';
  }
  let scope: ScopeKeuze | undefined;
  try {
    scope = typeof args.opties.scope === 'string' ? leesScope(args.opties.scope) : undefined;
  } catch (e) {
    io.fout(`Fout: ${(e as Error).message}`);
    return null;
  }
  const regio = await leesRegio(args.argumenten[0], io);
  if (!regio) return null;
  let variant: Variant;
  if (typeof args.opties.variant === 'string') {
    const v = leesVariantBestand(args.opties.variant, regio, io);
    if (!v) return null;
    variant = v;
  } else {
    variant = standaardVariant(regio);
  }
  if (scope !== undefined) variant = { ...variant, scope };
  return { invoer: { regio, variant, kleineAantallen, uit }, opties: args.opties };
}

/** Writes a file; prints a Dutch message and returns false when that fails. */
export function schrijfBestand(pad: string, inhoud: Buffer, io: Uitvoer): boolean {
  try {
    writeFileSync(pad, inhoud);
    return true;
  } catch (e) {
    io.fout(`Kan ${pad} niet schrijven: ${(e as Error).message}`);
    return false;
  }
}

export const EXPORTEER: OpdrachtSpec = {
  naam: 'exporteer',
  omschrijving:
    'Schrijft de volledige berekening van een variant naar een Excel-werkmap: toelichting, invoer (opnieuw in te lezen als regio), normen, behoefte, elke route en de vergelijking, met totalen als formules. Kleine aantallen standaard niet afgeschermd: de werkmap is voor wie de gegevens mag zien.',
  argumenten: ['regio'],
  opties: exportOpties('nee'),
};

/** `zio exporteer …`; returns the exit code. */
export async function exporteer(argv: readonly string[], io: Uitvoer): Promise<number> {
  const gelezen = await leesExportInvoer(EXPORTEER, argv, io, false);
  if (!gelezen) return 1;
  const { regio, variant, kleineAantallen, uit } = gelezen.invoer;
  let buffer: Buffer;
  try {
    buffer = maakBerekeningBuffer(regio, variant, deriveNormenset(), { kleineAantallen, appVersie: APP_VERSIE });
  } catch (e) {
    io.fout(`Fout: ${(e as Error).message}`);
    return 1;
  }
  if (!schrijfBestand(uit, buffer, io)) return 1;
  io.uit(`Berekening van ${variant.naam ?? 'de standaardvariant'} voor ${regio.regio.naam} geschreven naar ${uit}`);
  io.uit(kleineAantallen ? 'Kleine aantallen zijn afgeschermd: de werkmap kan niet opnieuw als regio worden ingelezen.' : 'Kleine aantallen zijn niet afgeschermd: deel de werkmap alleen met wie de gegevens mag zien.');
  return 0;
}
