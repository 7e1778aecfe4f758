/**
 * `zio oogo <regio> --swv <code> [--variant v.json] [--scope …] [--kleine-aantallen ja|nee] --xlsx uit.xlsx`:
 * the OOGO report of a samenwerkingsverband as an Excel workbook, for batch use.
 */
import { APP_VERSIE } from '../shared/versie';
import { maakOogoBuffer, maakOogoRapport } from '../core/export';
import { deriveNormenset } from '../shared/engine';
import { formatGetal } from '../shared/format';
import type { OpdrachtSpec } from './args';
import { exportOpties, leesExportInvoer, schrijfBestand } from './exporteer';
import type { Uitvoer } from './uitvoer';

export const OOGO: OpdrachtSpec = {
  naam: 'oogo',
  omschrijving:
    'Schrijft het OOGO-rapport van een samenwerkingsverband naar een Excel-werkmap: per gemeente in zijn gebied de leerlingen, de zorgkosten (norm), wie die nu betaalt en wat elke route betekent, met de bespreekpunten. Kleine aantallen standaard afgeschermd: het rapport is om te delen.',
  argumenten: ['regio'],
  opties: {
    swv: { waarde: true, omschrijving: 'code van het samenwerkingsverband (verplicht), bijvoorbeeld PO9901' },
    ...exportOpties('ja'),
  },
};

/** `zio oogo …`; returns the exit code. */
export async function oogo(argv: readonly string[], io: Uitvoer): Promise<number> {
  const gelezen = await leesExportInvoer(OOGO, argv, io, true);
  if (!gelezen) return 1;
  const { regio, variant, kleineAantallen, uit } = gelezen.invoer;
  const swv = gelezen.opties.swv;
  if (typeof swv !== 'string') {
    io.fout(`Fout: geef met --swv het samenwerkingsverband op (bekend: ${regio.samenwerkingsverbanden.map((s) => s.code).join(', ')})`);
    return 1;
  }
  let buffer: Buffer;
  let gemeenten: number;
  let punten: string[];
  try {
    const rapport = maakOogoRapport(regio, variant, deriveNormenset(), swv.trim(), { kleineAantallen, appVersie: APP_VERSIE });
    buffer = maakOogoBuffer(rapport);
    gemeenten = rapport.gemeenten.length;
    punten = rapport.bespreekpunten.map((p) => p.titel);
  } catch (e) {
    io.fout(`Fout: ${(e as Error).message}`);
    return 1;
  }
  if (!schrijfBestand(uit, buffer, io)) return 1;
  io.uit(`OOGO-rapport van ${swv.trim()} (${formatGetal(gemeenten)} gemeenten in het gebied) geschreven naar ${uit}`);
  io.uit(`Bespreekpunten:\n${punten.map((p, i) => `  ${i + 1}. ${p}`).join('\n')}`);
  io.uit(kleineAantallen ? 'Kleine aantallen zijn afgeschermd.' : 'Kleine aantallen zijn niet afgeschermd: deel het rapport alleen met wie de gegevens mag zien.');
  return 0;
}
