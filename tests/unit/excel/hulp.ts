import { expect } from 'vitest';
import * as XLSX from 'xlsx';
import demoJson from '../../../resources/demo/demoregio.json';
import { maakSjabloonWerkmap } from '../../../core/excel';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';
import type { Probleem, Validatie } from '../../../shared/validation/problems';

/** A fresh copy of the shipped demo regio, validated. */
export function demo(): RegioBestand {
  const r = valideerRegio(structuredClone(demoJson));
  if (!r.ok) throw new Error('demoregio ongeldig');
  return r.waarde;
}

/** The demo regio with some inventarisaties, one with its own kader split. */
export function demoMetInventarisatie(): RegioBestand {
  const d = demo();
  d.inventarisaties = [
    { school: 'S03', professional: 'fysiotherapeut', fte: 1.5 },
    { school: 'S03', professional: 'verpleegkundige', fte: 0.8, kaders: { zvw: 0.75, wlz: 0.25 } },
    { school: 'S04', professional: 'ergotherapeut', fte: 2, kaders: { onderwijs: 0.2, jeugdwet: 0.3, zvw: 0.5 } },
  ];
  return d;
}

export type Celwaarde = string | number | boolean | Date | null | XLSX.CellObject;

/** A workbook from sheets given as rows of values (`XLSX.CellObject`s are used as given). */
export function werkmapVan(bladen: Record<string, Celwaarde[][]>): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [naam, rijen] of Object.entries(bladen)) {
    const ws = XLSX.utils.aoa_to_sheet(rijen.map((r) => r.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? null : v))));
    rijen.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && typeof v === 'object' && !(v instanceof Date)) ws[XLSX.utils.encode_cell({ r: i, c: j })] = v;
      }),
    );
    XLSX.utils.book_append_sheet(wb, ws, naam);
  }
  return wb;
}

/** The sheets of the demo template as rows of plain values, to edit and write back. */
export function demoBladen(regio: RegioBestand = demo()): Record<string, Celwaarde[][]> {
  const wb = maakSjabloonWerkmap(regio);
  const uit: Record<string, Celwaarde[][]> = {};
  for (const naam of wb.SheetNames) {
    const ws = wb.Sheets[naam];
    const data = ws['!data'] as (XLSX.CellObject | undefined)[][];
    uit[naam] = data.map((r) => Array.from(r ?? [], (c) => (c === undefined ? null : c.t === 'n' && c.z ? { t: 'n', v: c.v, z: c.z } : (c.v as Celwaarde))));
  }
  return uit;
}

export function schrijf(wb: XLSX.WorkBook, bookType: XLSX.BookType = 'xlsx'): Buffer {
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}

/** Writes sheets as an .xlsx workbook. */
export function xlsx(bladen: Record<string, Celwaarde[][]>): Buffer {
  return schrijf(werkmapVan(bladen));
}

/** The problems of a failed import; fails the test when the import succeeded or returned a value too. */
export function problemenVan<T>(r: Validatie<T>): Probleem[] {
  expect(r.ok, 'verwacht dat de import mislukt').toBe(false);
  expect('waarde' in r, 'bij een fout geen (gedeeltelijke) waarde').toBe(false);
  return r.ok ? [] : r.problemen;
}

/** No English in messages meant for users. */
export function verwachtNederlands(problemen: readonly Probleem[]): void {
  for (const p of problemen) expect(`${p.pad}: ${p.melding}`).not.toMatch(/\b(expected|invalid|required|received|unrecognized|error|file|sheet|row|column|password|undefined|null|NaN)\b/i);
}
