/**
 * The SQLite side of the regio table descriptors (`shared/regio/tabellen.ts`): column lists, and
 * the mapping of a row of the regio-bestand to SQL values and back. The repository and the batch
 * edits build their statements from these, so a new field is a descriptor entry plus a migration.
 */
import type { KolomBeschrijving, TabelBeschrijving } from '../../shared/regio/beschrijving';

/** The SQL value of one field: booleans as 0/1, a kaderverdeling as JSON, absent as NULL (or ''). */
function naarSql(k: KolomBeschrijving, w: unknown): unknown {
  if (w === undefined || w === null) return k.sqlLeeg ?? null;
  if (k.soort === 'jaNee') return w ? 1 : 0;
  if (k.soort === 'kaderverdeling') return JSON.stringify(w);
  return w;
}

/** The field value of one SQL value; NULL (or '') means the optional field is absent. */
function vanSql(k: KolomBeschrijving, w: unknown): unknown {
  if (w === null || w === undefined || (k.sqlLeeg !== undefined && w === k.sqlLeeg)) return undefined;
  if (k.soort === 'jaNee') return w === 1;
  if (k.soort === 'kaderverdeling') return JSON.parse(String(w));
  return w;
}

/** The SQL columns of a table's fields, in descriptor order. */
export function sqlKolommen(b: TabelBeschrijving): string[] {
  return b.kolommen.map((k) => k.sql);
}

/** The SQL values of a row, in the order of `sqlKolommen`. */
export function sqlWaarden(b: TabelBeschrijving, rij: object): unknown[] {
  return b.kolommen.map((k) => naarSql(k, (rij as Record<string, unknown>)[k.veld]));
}

/** The SQL value of one field of a row (for WHERE clauses on key fields). */
export function sqlWaarde(b: TabelBeschrijving, veld: string, w: unknown): unknown {
  const k = b.kolommen.find((x) => x.veld === veld);
  if (!k) throw new Error(`${b.id}: onbekend veld ${veld}`);
  return naarSql(k, w);
}

/** The SQL column of a field. */
export function sqlKolom(b: TabelBeschrijving, veld: string): string {
  const k = b.kolommen.find((x) => x.veld === veld);
  if (!k) throw new Error(`${b.id}: onbekend veld ${veld}`);
  return k.sql;
}

/** `a.code AS "code", a.inwoners_0_17 AS "inwoners0tot17", …` for a SELECT on alias `alias`. */
export function selectLijst(b: TabelBeschrijving, alias?: string): string {
  return b.kolommen.map((k) => `${alias ? `${alias}.` : ''}${k.sql} AS "${k.veld}"`).join(', ');
}

/** A row read with `selectLijst` as a row of the regio-bestand: absent optional fields left out. */
export function rijVanSql<T>(b: TabelBeschrijving, sql: Record<string, unknown>): T {
  const rij: Record<string, unknown> = {};
  for (const k of b.kolommen) {
    const w = vanSql(k, sql[k.veld]);
    if (w !== undefined) rij[k.veld] = w;
  }
  return rij as T;
}

/** `INSERT INTO t (regio_id, …columns[, volgorde]) VALUES (?, …)`. */
export function insertSql(b: TabelBeschrijving, extra = ''): string {
  const kolommen = ['regio_id', ...sqlKolommen(b), ...(b.geordend ? ['volgorde'] : [])];
  return `INSERT INTO ${b.sqlTabel} (${kolommen.join(', ')}) VALUES (${kolommen.map(() => '?').join(', ')})${extra}`;
}
