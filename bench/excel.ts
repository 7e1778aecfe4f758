/**
 * Excel benchmarks: import of a workbook with a 20.000-row Leerlingen sheet (target ≤ 2 s), the
 * same as .ods and as CSV table, and writing the filled template of a national-scale regio.
 */
import * as XLSX from 'xlsx';
import { leesCsvTabel, leesWerkmap, maakSjabloon, maakSjabloonWerkmap, vervangTabel } from '../core/excel';
import { formatGetal } from '../shared/format';
import { landelijkeRegio } from './landelijk';
import { meet, type Meting } from './run';

function zeker<T>(r: { ok: true; waarde: T } | { ok: false; problemen: { pad: string; melding: string }[] }): T {
  if (!r.ok) throw new Error(r.problemen.slice(0, 3).map((p) => `${p.pad}: ${p.melding}`).join('; '));
  return r.waarde;
}

export function excelMetingen(): Meting[] {
  const regio = landelijkeRegio({ inventarisaties: 500 });
  const n = formatGetal(regio.leerlingen.length);
  const xlsx = maakSjabloon(regio);
  const ods = XLSX.write(maakSjabloonWerkmap(regio), { type: 'buffer', bookType: 'ods' }) as Buffer;
  const csv = ['School;Woongemeente;Doelgroep;Aantal', ...regio.leerlingen.map((l) => `${l.school};${l.woongemeente};${l.doelgroep};${l.aantal}`)].join('\n');
  // Check once that the measured work succeeds.
  zeker(leesWerkmap(xlsx, 'landelijk.xlsx'));
  zeker(leesWerkmap(ods, 'landelijk.ods'));
  return [
    meet(`Import werkmap .xlsx, ${n} leerlingrijen (${formatGetal(xlsx.length / 1024)} kB)`, () => zeker(leesWerkmap(xlsx, 'landelijk.xlsx')), { iteraties: 10, opwarmen: 2, doelMs: 2000 }),
    meet(`Import werkmap .ods, ${n} leerlingrijen`, () => zeker(leesWerkmap(ods, 'landelijk.ods')), { iteraties: 5, opwarmen: 1, doelMs: 2000 }),
    meet(`Import CSV ${n} leerlingen + vervangTabel`, () => {
      const t = zeker(leesCsvTabel(csv, 'leerlingen'));
      return zeker(vervangTabel(regio, 'leerlingen', t.rijen, t.herkomst));
    }, { iteraties: 10, opwarmen: 2, doelMs: 2000 }),
    meet(`Sjabloon schrijven, landelijke regio (${n} leerlingrijen, .xlsx)`, () => maakSjabloon(regio), { iteraties: 10, opwarmen: 2, doelMs: 2000 }),
  ];
}
