/**
 * Test helpers for the exported workbooks: open with SheetJS, find a table by its title, and
 * recompute every formula from the cells it refers to. The exports only write SUM over a range or a
 * list of cells and sums/differences of single cells (`C5+D5-E5`); anything else fails here.
 */
import { expect } from 'vitest';
import * as XLSX from 'xlsx';
import demoJson from '../../../resources/demo/demoregio.json';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';

/** A fresh copy of the shipped demo regio, validated. */
export function demo(): RegioBestand {
  const r = valideerRegio(structuredClone(demoJson));
  if (!r.ok) throw new Error('demoregio ongeldig');
  return r.waarde;
}

export function open(buffer: Uint8Array): XLSX.WorkBook {
  return XLSX.read(buffer, { cellFormula: true, cellNF: true, cellStyles: true });
}

export function cel(ws: XLSX.WorkSheet, r: number, c: number): XLSX.CellObject | undefined {
  return ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
}

export function bereik(ws: XLSX.WorkSheet): XLSX.Range {
  return XLSX.utils.decode_range(ws['!ref'] ?? 'A1:A1');
}

/** Every cell of a sheet with its address. */
export function* cellen(ws: XLSX.WorkSheet): Generator<{ r: number; c: number; cel: XLSX.CellObject }> {
  const b = bereik(ws);
  for (let r = b.s.r; r <= b.e.r; r++) {
    for (let c = b.s.c; c <= b.e.c; c++) {
      const x = cel(ws, r, c);
      if (x) yield { r, c, cel: x };
    }
  }
}

export interface GevondenTabel {
  kopRij: number;
  koppen: string[];
  /** 0-based rows of the data (without the total row). */
  rijen: number[];
  totaalRij?: number;
  kolom(kop: string): number;
  waarde(r: number, kop: string): unknown;
}

/** The table under the text line `titel` (column A): header on the next row, data until an empty row. */
export function tabel(ws: XLSX.WorkSheet, titel: string | RegExp): GevondenTabel {
  const b = bereik(ws);
  let titelRij = -1;
  for (let r = b.s.r; r <= b.e.r; r++) {
    const v = cel(ws, r, 0)?.v;
    if (typeof v === 'string' && (typeof titel === 'string' ? v === titel : titel.test(v))) {
      titelRij = r;
      break;
    }
  }
  if (titelRij < 0) throw new Error(`tabel "${titel}" niet gevonden`);
  return tabelVanaf(ws, titelRij + 1);
}

/** The table whose header row is `kopRij`. */
export function tabelVanaf(ws: XLSX.WorkSheet, kopRij: number): GevondenTabel {
  const b = bereik(ws);
  const koppen: string[] = [];
  for (let c = 0; c <= b.e.c; c++) {
    const v = cel(ws, kopRij, c)?.v;
    if (v === undefined) break;
    koppen.push(String(v));
  }
  const rijen: number[] = [];
  let totaalRij: number | undefined;
  for (let r = kopRij + 1; r <= b.e.r; r++) {
    const a = cel(ws, r, 0)?.v;
    if (a === undefined) break;
    if (a === 'Totaal') {
      totaalRij = r;
      break;
    }
    rijen.push(r);
  }
  const kolom = (kop: string) => {
    const i = koppen.indexOf(kop);
    if (i < 0) throw new Error(`kolom "${kop}" niet gevonden in ${koppen.join(', ')}`);
    return i;
  };
  return { kopRij, koppen, rijen, totaalRij, kolom, waarde: (r, kop) => cel(ws, r, kolom(kop))?.v };
}

const REF = /^\$?([A-Z]{1,3})\$?(\d+)$/;

function waardeVan(ws: XLSX.WorkSheet, ref: string): number {
  const m = REF.exec(ref);
  if (!m) throw new Error(`onverwachte celverwijzing ${ref}`);
  const x = ws[`${m[1]}${m[2]}`] as XLSX.CellObject | undefined;
  // As Excel: empty and text cells count as 0 in + and −; SUM skips them.
  return x && x.t === 'n' ? (x.v as number) : 0;
}

/** Recomputes a formula of the restricted kind the exports write. */
export function rekenFormule(ws: XLSX.WorkSheet, f: string): number {
  const som = /^SUM\((.+)\)$/.exec(f);
  if (som) {
    let s = 0;
    for (const deel of som[1].split(',')) {
      if (deel.includes(':')) {
        const r = XLSX.utils.decode_range(deel);
        for (let rij = r.s.r; rij <= r.e.r; rij++) for (let k = r.s.c; k <= r.e.c; k++) s += waardeVan(ws, XLSX.utils.encode_cell({ r: rij, c: k }));
      } else s += waardeVan(ws, deel);
    }
    return s;
  }
  const termen = f.match(/[+-]?[A-Z]{1,3}\d+/g);
  if (!termen || termen.join('') !== f) throw new Error(`formule buiten de afspraak: ${f}`);
  return termen.reduce((s, t) => (t.startsWith('-') ? s - waardeVan(ws, t.slice(1)) : s + waardeVan(ws, t.replace(/^\+/, ''))), 0);
}

/** Checks every formula of every sheet: recomputed value = cached value. Returns the number checked. */
export function controleerFormules(wb: XLSX.WorkBook): number {
  let n = 0;
  for (const naam of wb.SheetNames) {
    const ws = wb.Sheets[naam];
    for (const { r, c, cel: x } of cellen(ws)) {
      if (!x.f) continue;
      n++;
      expect(x.t, `${naam}!${XLSX.utils.encode_cell({ r, c })} heeft een getal als uitkomst`).toBe('n');
      const verwacht = rekenFormule(ws, x.f);
      expect(Math.abs((x.v as number) - verwacht), `${naam}!${XLSX.utils.encode_cell({ r, c })} = ${x.f}: ${x.v} ≠ ${verwacht}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(verwacht)));
    }
  }
  return n;
}
