import { GebruikersFout } from '../../shared/api/fout';
import type { Ontwerpsessie } from '../../shared/ontwerptafel';
import type { OntwerpsessieSamenvatting } from '../../shared/api/contract';
import type { ProjectDb } from './db';


export function lijstOntwerpsessies(db: ProjectDb, regioId: number): OntwerpsessieSamenvatting[] {
  return db
    .prepare(
      `SELECT id, naam, gewijzigd, json_array_length(inhoud, '$.momentopnamen') AS momentopnamen
       FROM ontwerpsessie WHERE regio_id = ? ORDER BY gewijzigd DESC`,
    )
    .all(regioId) as OntwerpsessieSamenvatting[];
}

export function leesOntwerpsessieRij(db: ProjectDb, regioId: number, id: number): unknown {
  const r = db.prepare('SELECT inhoud FROM ontwerpsessie WHERE id = ? AND regio_id = ?').get(id, regioId) as { inhoud: string } | undefined;
  if (!r) throw new GebruikersFout(`Sessie ${id} bestaat niet (meer) bij deze regio.`);
  return JSON.parse(r.inhoud);
}

/** Saves a (validated) session: a new one (id null) or over an existing one. */
export function slaOntwerpsessieOp(db: ProjectDb, regioId: number, id: number | null, sessie: Ontwerpsessie): number {
  const nu = new Date().toISOString();
  const inhoud = JSON.stringify(sessie);
  try {
    if (id === null) return Number(db.prepare('INSERT INTO ontwerpsessie (regio_id, naam, inhoud, gewijzigd) VALUES (?, ?, ?, ?)').run(regioId, sessie.naam, inhoud, nu).lastInsertRowid);
    if (db.prepare('UPDATE ontwerpsessie SET naam = ?, inhoud = ?, gewijzigd = ? WHERE id = ? AND regio_id = ?').run(sessie.naam, inhoud, nu, id, regioId).changes === 0) {
      throw new GebruikersFout(`Sessie ${id} bestaat niet (meer) bij deze regio.`);
    }
    return id;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new GebruikersFout(`Regio ${regioId} bestaat niet in dit project.`);
    throw e;
  }
}

export function verwijderOntwerpsessie(db: ProjectDb, regioId: number, id: number): void {
  if (db.prepare('DELETE FROM ontwerpsessie WHERE id = ? AND regio_id = ?').run(id, regioId).changes === 0) throw new GebruikersFout(`Sessie ${id} bestaat niet (meer) bij deze regio.`);
}
