/**
 * The Excel template of a regio: empty (headers only) or filled with a regio's data, with a
 * Toelichting sheet, header comments and a Keuzelijsten sheet with defined names. SheetJS CE writes
 * values, number formats, column widths, autofilters, comments and defined names; it does not write
 * cell styles, frozen panes or data validation, so the allowed values are explained instead.
 */
import * as XLSX from 'xlsx';
import type { RegioBestand } from '../../shared/regio/schema';
import { BLADEN, KEUZELIJSTEN_BLAD, REGIO_BLAD, TABEL_IDS, TOELICHTING_BLAD, veldWaarde, type BladDef } from './kolommen';
import { SOORTEN } from './soorten';
import { prijspeilRegels } from './prijspeil';
import { KEUZELIJSTEN, TOELICHTING_KOPPEN, toelichtingRijen } from './toelichting';

type Rij = (XLSX.CellObject | undefined)[];

const AUTEUR = 'ZiO Collectieve Pot';

function tekst(v: string): XLSX.CellObject {
  return { t: 's', v };
}

/** A dense worksheet from rows of cells. */
function maakBlad(rijen: Rij[], breedtes: number[]): XLSX.WorkSheet {
  const kolommen = Math.max(1, breedtes.length, ...rijen.map((r) => r.length));
  return {
    '!data': rijen as XLSX.CellObject[][],
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rijen.length - 1), c: kolommen - 1 } }),
    '!cols': breedtes.map((wch) => ({ wch })),
  };
}

function kopMetOpmerking(kop: string, uitleg: string): XLSX.CellObject {
  const opmerking = Object.assign([{ a: AUTEUR, t: uitleg }], { hidden: true }) as XLSX.Comments;
  return { t: 's', v: kop, c: opmerking };
}

function tabelBlad(def: BladDef, rijen: readonly object[]): XLSX.WorkSheet {
  const kop: Rij = def.kolommen.map((k) => kopMetOpmerking(k.kop, k.uitleg));
  const data: Rij[] = [kop];
  for (const rij of rijen) {
    data.push(
      def.kolommen.map((k) => {
        const w = veldWaarde(rij, k.veld);
        return w === undefined || w === null ? undefined : SOORTEN[k.soort].schrijf(w);
      }),
    );
  }
  const ws = maakBlad(
    data,
    def.kolommen.map((k) => k.breedte),
  );
  ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(1, data.length - 1), c: def.kolommen.length - 1 } }) };
  return ws;
}

function regioBlad(regio?: RegioBestand): XLSX.WorkSheet {
  const waarde = (veld: 'regio' | 'zorgkantoor') => (regio ? tekst(veld === 'regio' ? regio.regio.naam : regio.zorgkantoor.naam) : undefined);
  return maakBlad(
    [
      [tekst(REGIO_BLAD.kopLabel), tekst(REGIO_BLAD.kopWaarde)],
      ...REGIO_BLAD.regels.map((r): Rij => [tekst(r.label), waarde(r.veld)]),
      ...prijspeilRegels(regio?.prijspeil).map(([label, cel]): Rij => [tekst(label), cel]),
    ],
    [20, 50],
  );
}

function toelichtingBlad(): XLSX.WorkSheet {
  return maakBlad(
    toelichtingRijen().map((r) => r.map(tekst)),
    [24, 22, 10, 100, 60].slice(0, TOELICHTING_KOPPEN.length),
  );
}

/** The Keuzelijsten sheet (blocks side by side, one empty column between) and a defined name per list. */
function keuzelijstenBlad(): { ws: XLSX.WorkSheet; namen: XLSX.DefinedName[] } {
  const data: Rij[] = [];
  const breedtes: number[] = [];
  const namen: XLSX.DefinedName[] = [];
  let kolom = 0;
  for (const lijst of KEUZELIJSTEN) {
    const rijen = [lijst.koppen, ...lijst.rijen];
    rijen.forEach((r, i) => {
      data[i] ??= [];
      r.forEach((v, j) => (data[i][kolom + j] = tekst(v)));
    });
    lijst.koppen.forEach((_, j) => (breedtes[kolom + j] = j === 0 ? 26 : 34));
    const letter = XLSX.utils.encode_col(kolom);
    namen.push({ Name: lijst.naam, Ref: `${KEUZELIJSTEN_BLAD}!$${letter}$2:$${letter}$${lijst.rijen.length + 1}` });
    breedtes[kolom + lijst.koppen.length] = 3;
    kolom += lijst.koppen.length + 1;
  }
  return { ws: maakBlad(data, breedtes), namen };
}

/** The template workbook, empty or filled with `regio`. */
export function maakSjabloonWerkmap(regio?: RegioBestand): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, toelichtingBlad(), TOELICHTING_BLAD);
  XLSX.utils.book_append_sheet(wb, regioBlad(regio), REGIO_BLAD.blad);
  for (const t of TABEL_IDS) {
    const def = BLADEN[t];
    XLSX.utils.book_append_sheet(wb, tabelBlad(def, regio?.[t] ?? []), def.blad);
  }
  const lijsten = keuzelijstenBlad();
  XLSX.utils.book_append_sheet(wb, lijsten.ws, KEUZELIJSTEN_BLAD);
  wb.Workbook = { ...(wb.Workbook ?? {}), Names: lijsten.namen };
  wb.Props = { Title: regio ? `Regio-bestand ${regio.regio.naam}` : 'Sjabloon regio-bestand', Author: AUTEUR };
  return wb;
}

export type SjabloonFormaat = 'xlsx' | 'ods';

/** The template as an .xlsx file (or .ods), empty or filled with `regio`. */
export function maakSjabloon(regio?: RegioBestand, formaat: SjabloonFormaat = 'xlsx'): Buffer {
  return XLSX.write(maakSjabloonWerkmap(regio), { type: 'buffer', bookType: formaat, compression: true }) as Buffer;
}
