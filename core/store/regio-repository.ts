import type { ProjectDb } from './db';
import type { RegioSamenvatting } from '../../shared/api/contract';
import type { RegioBestand } from '../../shared/regio/schema';
import { REGIO_FORMAAT, REGIO_VERSIE } from '../../shared/regio/schema';
import { GebruikersFout } from '../../shared/api/fout';
import { DOELGROEPEN } from '../../shared/domain/labels';

const bool = (b: boolean) => (b ? 1 : 0);

/** Writes all rows of a regio's tables; the regio row must exist and its tables be empty. */
function schrijfInhoud(db: ProjectDb, id: number, regio: RegioBestand): void {
  const gemeente = db.prepare('INSERT INTO gemeente (regio_id, code, naam, inwoners_0_17, in_regio, centrumgemeente, volgorde) VALUES (?, ?, ?, ?, ?, ?, ?)');
  regio.gemeenten.forEach((g, i) => gemeente.run(id, g.code, g.naam, g.inwoners0tot17, bool(g.inRegio), bool(g.centrumgemeente), i));
  const swv = db.prepare('INSERT INTO swv (regio_id, code, naam, type, volgorde) VALUES (?, ?, ?, ?, ?)');
  regio.samenwerkingsverbanden.forEach((s, i) => swv.run(id, s.code, s.naam, s.type, i));
  const school = db.prepare('INSERT INTO school (regio_id, code, naam, vestigingsgemeente, swv, sector, volgorde) VALUES (?, ?, ?, ?, ?, ?, ?)');
  regio.scholen.forEach((s, i) => school.run(id, s.code, s.naam, s.vestigingsgemeente, s.swv, s.sector, i));
  const cel = db.prepare('INSERT INTO leerlingen (regio_id, school, woongemeente, doelgroep, aantal) VALUES (?, ?, ?, ?, ?)');
  for (const l of regio.leerlingen) if (l.aantal > 0) cel.run(id, l.school, l.woongemeente, l.doelgroep, l.aantal);
  const zv = db.prepare('INSERT INTO zorgverzekeraar (regio_id, naam, marktaandeel, volgorde) VALUES (?, ?, ?, ?)');
  regio.zorgverzekeraars.forEach((z, i) => zv.run(id, z.naam, z.marktaandeel, i));
  const inv = db.prepare('INSERT INTO inventarisatie (regio_id, school, professional, fte, kaders, volgorde) VALUES (?, ?, ?, ?, ?, ?)');
  regio.inventarisaties.forEach((v, i) => inv.run(id, v.school, v.professional, v.fte, v.kaders ? JSON.stringify(v.kaders) : null, i));
}

/** Stores a validated regio-bestand as a new regio model, all rows in one transaction. Empty leerlingen cells (aantal 0) are not stored. */
export function voegRegioToe(db: ProjectDb, regio: RegioBestand): number {
  return db.transaction(() => {
    const nu = new Date().toISOString();
    const id = Number(
      db.prepare('INSERT INTO regio (naam, zorgkantoor, aangemaakt, gewijzigd) VALUES (?, ?, ?, ?)').run(regio.regio.naam, regio.zorgkantoor.naam, nu, nu).lastInsertRowid,
    );
    schrijfInhoud(db, id, regio);
    return id;
  })();
}

/** Deletes a regio's rows, children before the rows they reference. */
function leegInhoud(db: ProjectDb, id: number): void {
  for (const tabel of ['inventarisatie', 'leerlingen', 'school', 'swv', 'gemeente', 'zorgverzekeraar']) db.prepare(`DELETE FROM ${tabel} WHERE regio_id = ?`).run(id);
}

/** Replaces the whole content of an existing regio model (used by undo and by a full import). */
export function vervangRegio(db: ProjectDb, id: number, regio: RegioBestand): void {
  db.transaction(() => {
    const r = db.prepare('UPDATE regio SET naam = ?, zorgkantoor = ?, gewijzigd = ? WHERE id = ?').run(regio.regio.naam, regio.zorgkantoor.naam, new Date().toISOString(), id);
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

/** Reads a regio model back in the exchange format: tables in the order entered, leerlingen by school, doelgroep and gemeente. */
export function leesRegio(db: ProjectDb, id: number): RegioBestand {
  const r = db.prepare('SELECT naam, zorgkantoor FROM regio WHERE id = ?').get(id) as { naam: string; zorgkantoor: string } | undefined;
  if (!r) throw new GebruikersFout(`Regio ${id} bestaat niet in dit project.`);
  const gemeenten = db
    .prepare('SELECT code, naam, inwoners_0_17 AS inwoners0tot17, in_regio AS inRegio, centrumgemeente FROM gemeente WHERE regio_id = ? ORDER BY volgorde')
    .all(id) as Array<{ code: string; naam: string; inwoners0tot17: number; inRegio: number; centrumgemeente: number }>;
  const inventarisaties = db
    .prepare('SELECT school, professional, fte, kaders FROM inventarisatie WHERE regio_id = ? ORDER BY volgorde')
    .all(id) as Array<{ school: string; professional: string; fte: number; kaders: string | null }>;
  return {
    formaat: REGIO_FORMAAT,
    versie: REGIO_VERSIE,
    regio: { naam: r.naam },
    gemeenten: gemeenten.map((g) => ({ ...g, inRegio: g.inRegio === 1, centrumgemeente: g.centrumgemeente === 1 })),
    samenwerkingsverbanden: db.prepare('SELECT code, naam, type FROM swv WHERE regio_id = ? ORDER BY volgorde').all(id) as RegioBestand['samenwerkingsverbanden'],
    scholen: db.prepare('SELECT code, naam, vestigingsgemeente, swv, sector FROM school WHERE regio_id = ? ORDER BY volgorde').all(id) as RegioBestand['scholen'],
    leerlingen: db
      .prepare(
        `SELECT l.school, l.woongemeente, l.doelgroep, l.aantal FROM leerlingen l
         JOIN school s ON s.regio_id = l.regio_id AND s.code = l.school
         JOIN gemeente g ON g.regio_id = l.regio_id AND g.code = l.woongemeente
         WHERE l.regio_id = ?
         ORDER BY s.volgorde, CASE l.doelgroep ${DOELGROEPEN.map((d, i) => `WHEN '${d}' THEN ${i}`).join(' ')} END, g.volgorde`,
      )
      .all(id) as RegioBestand['leerlingen'],
    zorgkantoor: { naam: r.zorgkantoor },
    zorgverzekeraars: db.prepare('SELECT naam, marktaandeel FROM zorgverzekeraar WHERE regio_id = ? ORDER BY volgorde').all(id) as RegioBestand['zorgverzekeraars'],
    inventarisaties: inventarisaties.map((v) => (v.kaders ? { school: v.school, professional: v.professional, fte: v.fte, kaders: JSON.parse(v.kaders) } : { school: v.school, professional: v.professional, fte: v.fte })),
  };
}
