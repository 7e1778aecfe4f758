import { writeFileSync } from 'node:fs';
import { extensieVan, maakSjabloon } from '../core/excel';
import { ontleedArgumenten, type OpdrachtSpec } from './args';
import { leesRegio } from './lees-regio';
import type { Uitvoer } from './uitvoer';

export const SJABLOON: OpdrachtSpec = {
  naam: 'sjabloon',
  omschrijving: 'Schrijft het Excel-sjabloon van een regio (.xlsx of .ods): leeg, of gevuld met de regio van --regio.',
  argumenten: ['uit.xlsx'],
  opties: {
    regio: { waarde: true, omschrijving: 'vul het sjabloon met dit regio-bestand (.json, .xlsx, .xls of .ods)' },
  },
};

/** `zio sjabloon <uit.xlsx|uit.ods> [--regio regio.json]`; returns the exit code. */
export async function sjabloon(argv: readonly string[], io: Uitvoer): Promise<number> {
  const args = ontleedArgumenten(SJABLOON, argv);
  if (!args.ok) {
    io.fout(`Fout: ${args.fout}`);
    return 1;
  }
  const [uit] = args.argumenten;
  const ext = extensieVan(uit);
  if (ext !== 'xlsx' && ext !== 'ods') {
    io.fout(`Fout: het sjabloon wordt een .xlsx- of .ods-bestand; ${uit} heeft ${ext ? `extensie .${ext}` : 'geen extensie'}`);
    return 1;
  }
  const regioPad = args.opties.regio;
  const regio = typeof regioPad === 'string' ? await leesRegio(regioPad, io) : undefined;
  if (regio === null) return 1;
  try {
    writeFileSync(uit, maakSjabloon(regio, ext));
  } catch (e) {
    io.fout(`Kan ${uit} niet schrijven: ${(e as Error).message}`);
    return 1;
  }
  io.uit(regio ? `Sjabloon met de gegevens van ${regio.regio.naam} geschreven naar ${uit}` : `Leeg sjabloon geschreven naar ${uit}`);
  return 0;
}
