/**
 * Excel benchmarks: import of a workbook with a 20.000-row Leerlingen sheet (target ≤ 2 s), the
 * same as .ods and as CSV table, and writing the filled template of a national-scale regio.
 */
import * as XLSX from 'xlsx';
import { leesCsvTabel, leesWerkmap, maakSjabloon, maakSjabloonWerkmap, vervangTabel } from '../electron/excel';
import { SECTOREN } from '../shared/domain/labels';
import { formatGetal } from '../shared/format';
import { valideerRegio, type RegioBestand } from '../shared/regio/schema';
import { prng, synthetischeRegio } from './engine';
import { meet, type Meting } from './run';

/** A complete, valid regio-bestand of national scale around `synthetischeRegio` (516 scholen, 344 gemeenten, 20.000 cellen). */
export function landelijkeRegio(cellen = 20_000): RegioBestand {
  const basis = synthetischeRegio({ scholen: 516, gemeenten: 344, cellen, inventarisaties: 500 });
  const r = prng(7);
  const swvs = Array.from({ length: 150 }, (_, i) => ({ code: `${i < 75 ? 'PO' : 'VO'}${String(i + 1).padStart(4, '0')}`, naam: `Samenwerkingsverband ${i + 1}`, type: i < 75 ? ('po' as const) : ('vo' as const) }));
  const gezien = new Set<string>();
  const data = {
    formaat: 'zio-regio',
    versie: 1,
    regio: { naam: 'Nederland (synthetisch)' },
    gemeenten: basis.gemeenten!.map((g, i) => ({ code: g.code, naam: `Gemeente ${i + 1}`, inwoners0tot17: 1000 + Math.floor(r() * 150_000), inRegio: i % 10 !== 9, centrumgemeente: i === 0 })),
    samenwerkingsverbanden: swvs,
    scholen: basis.scholen!.map((s, i) => ({ code: s.code, naam: s.naam, vestigingsgemeente: s.vestigingsgemeente, swv: swvs[i % swvs.length].code, sector: SECTOREN[i % SECTOREN.length] })),
    leerlingen: basis.leerlingen,
    zorgkantoor: { naam: 'Zorgkantoor (synthetisch)' },
    zorgverzekeraars: [
      { naam: 'Verzekeraar A', marktaandeel: 0.3 },
      { naam: 'Verzekeraar B', marktaandeel: 0.25 },
      { naam: 'Verzekeraar C', marktaandeel: 0.25 },
      { naam: 'Verzekeraar D', marktaandeel: 0.2 },
    ],
    inventarisaties: (basis.inventarisaties ?? []).filter((v) => {
      const k = `${v.school}|${v.professional}`;
      if (gezien.has(k)) return false;
      gezien.add(k);
      return true;
    }),
  };
  const v = valideerRegio(data);
  if (!v.ok) throw new Error(`synthetische regio ongeldig: ${v.problemen.slice(0, 3).map((p) => `${p.pad}: ${p.melding}`).join('; ')}`);
  return v.waarde;
}

function zeker<T>(r: { ok: true; waarde: T } | { ok: false; problemen: { pad: string; melding: string }[] }): T {
  if (!r.ok) throw new Error(r.problemen.slice(0, 3).map((p) => `${p.pad}: ${p.melding}`).join('; '));
  return r.waarde;
}

export function excelMetingen(): Meting[] {
  const regio = landelijkeRegio();
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
