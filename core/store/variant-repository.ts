import { GebruikersFout } from '../../shared/api/fout';
import type { OpgeslagenVariant } from '../../shared/api/contract';
import type { VariantInvoer } from '../../shared/engine';
import type { ProjectDb } from './db';

interface Rij {
  id: number;
  naam: string;
  instellingen: string;
  gewijzigd: string;
}

const naarVariant = (r: Rij): OpgeslagenVariant => ({ id: r.id, naam: r.naam, instellingen: JSON.parse(r.instellingen) as VariantInvoer, gewijzigd: r.gewijzigd });

export function lijstVarianten(db: ProjectDb, regioId: number): OpgeslagenVariant[] {
  return (db.prepare('SELECT id, naam, instellingen, gewijzigd FROM variant WHERE regio_id = ? ORDER BY naam COLLATE NOCASE').all(regioId) as Rij[]).map(naarVariant);
}

/** Saves a named variant of a regio: a new one (id null) or over an existing one. */
export function slaVariantOp(db: ProjectDb, regioId: number, id: number | null, naam: string, instellingen: VariantInvoer): OpgeslagenVariant {
  const nu = new Date().toISOString();
  const json = JSON.stringify(instellingen);
  try {
    if (id === null) {
      const nieuw = db.prepare('INSERT INTO variant (regio_id, naam, instellingen, gewijzigd) VALUES (?, ?, ?, ?)').run(regioId, naam, json, nu);
      return { id: Number(nieuw.lastInsertRowid), naam, instellingen, gewijzigd: nu };
    }
    const r = db.prepare('UPDATE variant SET naam = ?, instellingen = ?, gewijzigd = ? WHERE id = ? AND regio_id = ?').run(naam, json, nu, id, regioId);
    if (r.changes === 0) throw new GebruikersFout(`Variant ${id} bestaat niet (meer) bij deze regio.`);
    return { id, naam, instellingen, gewijzigd: nu };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE') throw new GebruikersFout(`Er is al een variant met de naam "${naam}". Kies een andere naam.`);
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new GebruikersFout(`Regio ${regioId} bestaat niet in dit project.`);
    throw e;
  }
}

export function verwijderVariant(db: ProjectDb, regioId: number, id: number): void {
  if (db.prepare('DELETE FROM variant WHERE id = ? AND regio_id = ?').run(id, regioId).changes === 0) throw new GebruikersFout(`Variant ${id} bestaat niet (meer) bij deze regio.`);
}
