import type { ProjectDb } from './db';
import type { RegioSamenvatting } from '../../shared/api/contract';
import type { Prijspeil, RegioBestand } from '../../shared/regio/schema';
import { REGIO_FORMAAT, REGIO_VERSIE } from '../../shared/regio/schema';
import { GebruikersFout } from '../../shared/api/fout';
import { DOELGROEPEN } from '../../shared/domain/labels';
import { beschrijvingVan, LEERLINGEN, TABEL_IDS, type TabelId } from '../../shared/regio/tabellen';
import { insertSql, rijVanSql, selectLijst, sqlWaarden } from './regio-rijen';

/** The regio's prijspeil as stored (JSON; NULL: prijspeil 2022). */
export const prijspeilSql = (p: Prijspeil | undefined) => (p ? JSON.stringify({ jaar: p.jaar, index: p.index }) : null);

/** Writes all rows of a regio's tables; the regio row must exist and its tables be empty. */
function schrijfInhoud(db: ProjectDb, id: number, regio: RegioBestand): void {
  for (const t of TABEL_IDS) {
    const b = beschrijvingVan(t);
    const rijen = (regio[t] ?? []) as object[];
    if (!rijen.length) continue;
    const voeg = db.prepare(insertSql(b));
    rijen.forEach((rij, i) => {
      if (b.weglatenBijNul && !(rij as Record<string, unknown>)[b.weglatenBijNul]) return;
      voeg.run(id, ...sqlWaarden(b, rij), ...(b.geordend ? [i] : []));
    });
  }
}

/** Stores a validated regio-bestand as a new regio model, all rows in one transaction. Empty leerlingen cells (aantal 0) are not stored. */
export function voegRegioToe(db: ProjectDb, regio: RegioBestand): number {
  return db.transaction(() => {
    const nu = new Date().toISOString();
    const id = Number(
      db.prepare('INSERT INTO regio (naam, zorgkantoor, aangemaakt, gewijzigd) VALUES (?, ?, ?, ?)').run(regio.regio.naam, regio.zorgkantoor.naam, nu, nu).lastInsertRowid,
    );
    if (regio.prijspeil) db.prepare('UPDATE regio SET prijspeil = ? WHERE id = ?').run(prijspeilSql(regio.prijspeil), id);
    schrijfInhoud(db, id, regio);
    return id;
  })();
}

/** Deletes a regio's rows, children before the rows they reference. */
function leegInhoud(db: ProjectDb, id: number): void {
  for (const t of [...TABEL_IDS].reverse()) db.prepare(`DELETE FROM ${beschrijvingVan(t).sqlTabel} WHERE regio_id = ?`).run(id);
}

/** Replaces the whole content of an existing regio model (used by undo and by a full import). */
export function vervangRegio(db: ProjectDb, id: number, regio: RegioBestand): void {
  db.transaction(() => {
    const r = db
      .prepare('UPDATE regio SET naam = ?, zorgkantoor = ?, prijspeil = ?, gewijzigd = ? WHERE id = ?')
      .run(regio.regio.naam, regio.zorgkantoor.naam, prijspeilSql(regio.prijspeil), new Date().toISOString(), id);
    if (r.changes === 0) throw new GebruikersFout(`Regio ${id} bestaat niet in dit project.`);
    leegInhoud(db, id);
    schrijfInhoud(db, id, regio);
  })();
}

export function verwijderRegio(db: ProjectDb, id: number): void {
  db.transaction(() => {
    leegInhoud(db, id);
    if (db.prepare('DELETE FROM regio WHERE id = ?').run(id).changes === 0) throw new GebruikersFout(`Regio ${id} bestaat niet in dit project.`);
  })();
}

export function lijstRegios(db: ProjectDb): RegioSamenvatting[] {
  return db
    .prepare(
      `SELECT r.id, r.naam, r.gewijzigd, coalesce((SELECT sum(aantal) FROM leerlingen l WHERE l.regio_id = r.id), 0) AS leerlingen
       FROM regio r ORDER BY r.id`,
    )
    .all() as RegioSamenvatting[];
}

/** Reads a regio model back in the exchange format: tables in the order entered, leerlingen by school, doelgroep, gemeente and sector. */
export function leesRegio(db: ProjectDb, id: number): RegioBestand {
  const r = db.prepare('SELECT naam, zorgkantoor, prijspeil FROM regio WHERE id = ?').get(id) as { naam: string; zorgkantoor: string; prijspeil: string | null } | undefined;
  if (!r) throw new GebruikersFout(`Regio ${id} bestaat niet in dit project.`);
  const tabel = <T extends TabelId>(t: T): RegioBestand[T] => {
    const b = beschrijvingVan(t);
    const rijen = db.prepare(`SELECT ${selectLijst(b)} FROM ${b.sqlTabel} WHERE regio_id = ? ORDER BY volgorde`).all(id) as Record<string, unknown>[];
    return rijen.map((r) => rijVanSql(b, r)) as RegioBestand[T];
  };
  const leerlingen = db
    .prepare(
      `SELECT ${selectLijst(LEERLINGEN, 'l')} FROM leerlingen l
       JOIN school s ON s.regio_id = l.regio_id AND s.code = l.school
       JOIN gemeente g ON g.regio_id = l.regio_id AND g.code = l.woongemeente
       WHERE l.regio_id = ?
       ORDER BY s.volgorde, CASE l.doelgroep ${DOELGROEPEN.map((d, i) => `WHEN '${d}' THEN ${i}`).join(' ')} END, g.volgorde, l.sector`,
    )
    .all(id) as Record<string, unknown>[];
  const regio: RegioBestand = {
    formaat: REGIO_FORMAAT,
    versie: REGIO_VERSIE,
    regio: { naam: r.naam },
    gemeenten: tabel('gemeenten'),
    samenwerkingsverbanden: tabel('samenwerkingsverbanden'),
    scholen: tabel('scholen'),
    leerlingen: leerlingen.map((l) => rijVanSql(LEERLINGEN, l)),
    zorgkantoor: { naam: r.zorgkantoor },
    zorgverzekeraars: tabel('zorgverzekeraars'),
    inventarisaties: tabel('inventarisaties'),
    tlvs: tabel('tlvs'),
  };
  // Versie 3: present only when the regio has them, so older files read and write back unchanged.
  const realisatie = tabel('realisatie');
  if (realisatie?.length) regio.realisatie = realisatie;
  if (r.prijspeil !== null) regio.prijspeil = JSON.parse(r.prijspeil) as Prijspeil;
  return regio;
}
