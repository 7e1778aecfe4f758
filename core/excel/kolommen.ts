/**
 * The sheets and columns of the Excel template: Dutch sheet names and headers, the other headers a
 * user may write instead, the kind of value per column and the explanation shown in the template,
 * all derived from the regio table descriptors (`shared/regio/tabellen.ts`). Reading and writing
 * both follow these definitions, so the template and the import cannot drift.
 */
import { veldWaarde, type TabelBeschrijving } from '../../shared/regio/beschrijving';
import type { RegioBestand } from '../../shared/regio/schema';
import { beschrijvingVan, REGIO_GEGEVENS, TABEL_IDS, type TabelId } from '../../shared/regio/tabellen';
import type { SoortNaam } from './soorten';

/** The tables of a regio-bestand that have their own sheet, by their key in the regio-bestand. */
export { TABEL_IDS, type TabelId };

/** The row type of each table. */
export type TabelRijen = { [T in TabelId]: NonNullable<RegioBestand[T]>[number] };

export interface KolomDef {
  /** Field of the row in the regio-bestand; nested fields with a dot: `kaders.jeugdwet`. */
  veld: string;
  /** Header in the template. */
  kop: string;
  /** Other headers that mean this column (compared without case, accents, spaces or punctuation). */
  aliassen: readonly string[];
  soort: SoortNaam;
  /** Required columns must be present and filled in on every row; optional ones may be left out. */
  verplicht: boolean;
  /** Column width in characters. */
  breedte: number;
  /** Explanation for the Toelichting sheet and the header comment. */
  uitleg: string;
}

export interface BladDef<T extends TabelId = TabelId> {
  tabel: T;
  blad: string;
  bladAliassen: readonly string[];
  /** false: a workbook without this sheet gets an empty table (older templates). */
  bladVerplicht: boolean;
  uitleg: string;
  kolommen: readonly KolomDef[];
  /** Rows whose cell in this column is empty or 0 are left out (empty combinations in long format). */
  weglatenBijNul?: string;
}

/** A sheet of the template, derived from the table's descriptor: one column per field, or per deelkolom. */
function bladVan<T extends TabelId>(b: TabelBeschrijving<T>): BladDef<T> {
  return {
    tabel: b.id,
    blad: b.blad,
    bladAliassen: b.bladAliassen,
    bladVerplicht: b.bladVerplicht,
    uitleg: b.uitleg,
    weglatenBijNul: b.weglatenBijNul,
    kolommen: b.kolommen.flatMap((k): KolomDef[] =>
      k.deelkolommen
        ? k.deelkolommen.map((d) => ({ veld: `${k.veld}.${d.sleutel}`, kop: d.kop, aliassen: d.aliassen, soort: 'aandeel', verplicht: false, breedte: d.breedte, uitleg: d.uitleg }))
        : [{ veld: k.veld, kop: k.kop, aliassen: k.aliassen, soort: k.soort as SoortNaam, verplicht: k.verplicht, breedte: k.breedte, uitleg: k.uitleg }],
    ),
  };
}

export const BLADEN = Object.fromEntries(TABEL_IDS.map((t) => [t, bladVan(beschrijvingVan(t))])) as { [T in TabelId]: BladDef<T> };

/** The sheet with the regio's own name and that of its zorgkantoor, as label / value rows. */
export const REGIO_BLAD = {
  blad: 'Regio',
  bladAliassen: ['Algemeen', 'Regiogegevens'],
  kopLabel: 'Gegeven',
  kopWaarde: 'Waarde',
  regels: REGIO_GEGEVENS,
  uitleg: 'De naam van de regio en van het zorgkantoor, elk in kolom Waarde naast het gegeven; optioneel het prijspeil en de prijsindex per jaar.',
} as const;

export type RegioRegel = (typeof REGIO_BLAD.regels)[number]['veld'];

export const TOELICHTING_BLAD = 'Toelichting';
export const KEUZELIJSTEN_BLAD = 'Keuzelijsten';

/** "A, B en C". */
export { opsomming } from '../../shared/format';

export { veldWaarde };

/** Sets a (possibly nested) field of a row under construction. */
export function zetVeld(rij: Record<string, unknown>, veld: string, waarde: unknown): void {
  const delen = veld.split('.');
  let doel = rij;
  for (const deel of delen.slice(0, -1)) {
    doel[deel] ??= {};
    doel = doel[deel] as Record<string, unknown>;
  }
  doel[delen[delen.length - 1]] = waarde;
}
