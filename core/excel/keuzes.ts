/**
 * The fixed choices of the regio-bestand as users write them: doelgroepen by id, label or the
 * report's wording; sectoren; swv types; ja/nee; professionals by id or name. Matching ignores case,
 * accents, spaces and punctuation ("(L)VB / ML", "lvb_ml" and "LVB-ML" are the same).
 */
import { DOELGROEP_KORT, DOELGROEP_LABEL, DOELGROEPEN, KADER_LABEL, SECTOR_LABEL, SECTOREN, SWV_TYPES, type Doelgroep, type Kader, type Sector, type SwvType } from '../../shared/domain/labels';
import { REALISATIE_KADERS } from '../../shared/regio/tabellen';
import { PROFESSIONALS } from '../../shared/engine/normen';
import type { CelSector } from '../../shared/regio/tabellen';
import { normaliseer } from './cel';

function woordenboek<T extends string>(paren: Iterable<readonly [string, T]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [tekst, waarde] of paren) {
    const sleutel = normaliseer(tekst);
    const eerder = m.get(sleutel);
    if (eerder !== undefined && eerder !== waarde) throw new Error(`keuze "${tekst}" is dubbelzinnig: ${eerder} en ${waarde}`);
    m.set(sleutel, waarde);
  }
  return m;
}

/** Other ways the report (DSP-groep & Oberon 2022, par. 5.1) and regions write the doelgroepen. */
const DOELGROEP_WOORDEN: Record<Doelgroep, string[]> = {
  gedrag: ['Gedrags-/psychische problematiek', 'Gedrags-/psychiatrische problematiek', 'gedragsproblematiek', 'gedragsproblemen', 'psychische problematiek', 'gedrag/psychisch', 'gedrag en psychisch'],
  lvb_ml: ['(L)VB/ML', '(L)VB/ZML', 'LVB', 'VB', 'ZML', 'ML', 'LVB/ZML', 'VB/ZML', 'verstandelijk beperkt', 'licht verstandelijk beperkt', 'verstandelijk beperkt/moeilijk lerend', '(lichte) verstandelijke beperking/moeilijk lerend', 'moeilijk lerend', 'zeer moeilijk lerend', 'LVB/moeilijk lerend'],
  lb: ['lichamelijk beperkt', 'lichamelijke beperking', 'lichamelijk gehandicapt', 'LG'],
  emb: ['ernstig meervoudig beperkt', 'ernstig meervoudige beperking', 'meervoudig beperkt'],
  lz: ['langdurig ziek', 'langdurig zieke leerlingen', 'langdurig zieken', 'chronisch ziek'],
};

const DOELGROEP_NAAR_ID = woordenboek<Doelgroep>(
  DOELGROEPEN.flatMap((d) => [d, DOELGROEP_LABEL[d], DOELGROEP_KORT[d], ...DOELGROEP_WOORDEN[d]].map((t) => [t, d] as const)),
);

const SECTOR_NAAR_ID = woordenboek<Sector>([
  ...SECTOREN.flatMap((s) => [[s, s] as const, [SECTOR_LABEL[s], s] as const]),
  ['so/vso', 'so-vso'],
  ['so + vso', 'so-vso'],
  ['speciaal onderwijs', 'so'],
  ['voortgezet speciaal onderwijs', 'vso'],
]);

const SWV_TYPE_NAAR_ID = woordenboek<SwvType>([
  ...SWV_TYPES.map((t) => [t, t] as const),
  ['primair onderwijs', 'po'],
  ['passend primair onderwijs', 'po'],
  ['voortgezet onderwijs', 'vo'],
  ['passend voortgezet onderwijs', 'vo'],
]);

const JA_NEE = woordenboek<'ja' | 'nee'>([
  ['ja', 'ja'],
  ['j', 'ja'],
  ['x', 'ja'],
  ['1', 'ja'],
  ['true', 'ja'],
  ['waar', 'ja'],
  ['nee', 'nee'],
  ['n', 'nee'],
  ['0', 'nee'],
  ['false', 'nee'],
  ['onwaar', 'nee'],
]);

const PROFESSIONAL_NAAR_ID = woordenboek<string>(PROFESSIONALS.flatMap((p) => [[p.id, p.id] as const, [p.naam, p.id] as const]));

export function leesDoelgroep(tekst: string): Doelgroep | undefined {
  return DOELGROEP_NAAR_ID.get(normaliseer(tekst));
}

export function leesSector(tekst: string): Sector | undefined {
  return SECTOR_NAAR_ID.get(normaliseer(tekst));
}

/** The sector of a leerlingen cel: so or vso only. */
export function leesCelSector(tekst: string): CelSector | undefined {
  const s = leesSector(tekst);
  return s === 'so' || s === 'vso' ? s : undefined;
}

export function leesSwvType(tekst: string): SwvType | undefined {
  return SWV_TYPE_NAAR_ID.get(normaliseer(tekst));
}

/** "ja", "x", "1", "waar" → true; "nee", "0", "onwaar" → false; anything else undefined. */
export function leesJaNee(tekst: string): boolean | undefined {
  const w = JA_NEE.get(normaliseer(tekst));
  return w === undefined ? undefined : w === 'ja';
}

/** A professional's id from its id or name; unknown texts are returned as written, for the schema to report. */
export function leesProfessional(tekst: string): string {
  return PROFESSIONAL_NAAR_ID.get(normaliseer(tekst)) ?? tekst.trim();
}

const KADER_NAAR_ID = woordenboek<Kader>([
  ...REALISATIE_KADERS.flatMap((k) => [[k, k] as const, [KADER_LABEL[k], k] as const]),
  ['Wet langdurige zorg', 'wlz'],
  ['Zorgverzekeringswet', 'zvw'],
  ['Wet maatschappelijke ondersteuning', 'wmo'],
  ['Wet publieke gezondheid', 'wpg'],
  ['Jeugd', 'jeugdwet'],
]);

/** A care kader of a realisatie row, by id or name (Jeugdwet, Wet langdurige zorg). */
export function leesKader(tekst: string): Kader | undefined {
  return KADER_NAAR_ID.get(normaliseer(tekst));
}

/**
 * A financier as typed in a workbook: the party id, with "Zorgkantoor" and "GGD" in any case and the
 * prefixes gemeente: / zorgverzekeraar: in any case. A bare gemeentecode or verzekeraar name is kept
 * as typed here and completed by the import, which knows the regio's gemeenten and verzekeraars.
 */
export function leesFinancier(tekst: string): string {
  const t = tekst.trim();
  const n = normaliseer(t);
  if (n === normaliseer('zorgkantoor')) return 'zorgkantoor';
  if (n === normaliseer('ggd')) return 'ggd';
  const m = /^(gemeente|zorgverzekeraar)\s*:\s*(.+)$/i.exec(t);
  return m ? `${m[1].toLowerCase()}:${m[2].trim()}` : t;
}
