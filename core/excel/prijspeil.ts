/**
 * The regio's prijspeil in a workbook (rekenmodel-v2 §9): optional rows on the Regio sheet below
 * the name and the zorgkantoor, "Prijspeil" with the year and "Prijsindex <jaar>" with the index
 * factor of that year relative to 2022. Without them the regio is at prijspeil 2022.
 */
import type * as XLSX from 'xlsx';
import { BASISJAAR } from '../../shared/engine/prijspeil';
import type { Prijspeil } from '../../shared/regio/schema';
import { kolomLetter, normaliseer, type Raster } from './cel';
import { SOORTEN } from './soorten';
import type { Probleem } from '../../shared/validation/problems';

export const PRIJSPEIL_LABEL = 'Prijspeil';
export const PRIJSINDEX_LABEL = 'Prijsindex';
export const PRIJSPEIL_UITLEG = `Optioneel, op blad Regio onder het zorgkantoor: een regel "${PRIJSPEIL_LABEL}" met het jaar waarin de app alle bedragen toont (standaard ${BASISJAAR}), en per jaar een regel "${PRIJSINDEX_LABEL} 2024" met de indexfactor van dat jaar ten opzichte van ${BASISJAAR} (1,07). Nodig voor het prijspeil en voor elk jaar op blad Realisatie.`;

/** The rows the template writes for a prijspeil (label, value). */
export function prijspeilRegels(p: Prijspeil | undefined): Array<[string, XLSX.CellObject]> {
  if (!p) return [];
  return [
    [PRIJSPEIL_LABEL, { t: 'n', v: p.jaar, z: '0' }],
    ...Object.entries(p.index)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([jaar, f]): [string, XLSX.CellObject] => [`${PRIJSINDEX_LABEL} ${jaar}`, { t: 'n', v: f, z: '0.0000' }]),
  ];
}

const INDEX_REGEL = /^prijsindex\s*(\d{4})$/i;

/** Reads the prijspeil rows of the Regio sheet; undefined when there are none. */
export function leesPrijspeil(raster: Raster): { prijspeil?: Prijspeil; problemen: Probleem[] } {
  const problemen: Probleem[] = [];
  let jaar: number | undefined;
  const index: Record<string, number> = {};
  for (let r = 0; r < raster.aantalRijen; r++) {
    const label = raster.cel(r, 0);
    if (label.soort !== 'tekst') continue;
    const t = label.tekst.trim();
    const isPeil = normaliseer(t) === normaliseer(PRIJSPEIL_LABEL);
    const m = INDEX_REGEL.exec(t);
    if (!isPeil && !m) continue;
    const cel = raster.cel(r, 1);
    const plaats = `${raster.plaats}, rij ${r + 1}, kolom ${kolomLetter(1)}`;
    const soort = isPeil ? SOORTEN.jaar : SOORTEN.fte;
    const lezing = cel.soort === 'leeg' ? { ok: false as const, melding: `verwacht ${soort.verwachting}, maar de cel is leeg` } : soort.lees(cel);
    if (!lezing.ok) problemen.push({ pad: plaats, melding: lezing.melding });
    else if (isPeil) jaar = lezing.waarde as number;
    else index[m![1]] = lezing.waarde as number;
  }
  if (jaar === undefined && !Object.keys(index).length) return { problemen };
  return { prijspeil: { jaar: jaar ?? BASISJAAR, index }, problemen };
}
