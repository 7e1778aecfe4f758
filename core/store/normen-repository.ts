import type { NormAanpassing } from '../../shared/engine';
import type { ProjectDb } from './db';

interface Rij {
  parameter: NormAanpassing['parameter'];
  professional: string;
  doelgroep: string;
  waarde: number;
  toelichting: string;
}

/** The regio's overrides of the national normenset. */
export function leesNormAanpassingen(db: ProjectDb, regioId: number): NormAanpassing[] {
  const rijen = db.prepare('SELECT parameter, professional, doelgroep, waarde, toelichting FROM norm_aanpassing WHERE regio_id = ? ORDER BY parameter, professional, doelgroep').all(regioId) as Rij[];
  return rijen.map((r) =>
    r.parameter === 'tarief'
      ? { parameter: 'tarief', professional: r.professional, waarde: r.waarde, toelichting: r.toelichting }
      : { parameter: 'ftePer100', professional: r.professional, doelgroep: r.doelgroep as Extract<NormAanpassing, { parameter: 'ftePer100' }>['doelgroep'], waarde: r.waarde, toelichting: r.toelichting },
  );
}

/** Sets one override, or with `waarde` null goes back to the national value. */
export function zetNormAanpassing(db: ProjectDb, regioId: number, sleutel: { parameter: string; professional: string; doelgroep?: string }, waarde: { waarde: number; toelichting: string } | null): void {
  const doelgroep = sleutel.doelgroep ?? '';
  if (waarde === null) {
    db.prepare('DELETE FROM norm_aanpassing WHERE regio_id = ? AND parameter = ? AND professional = ? AND doelgroep = ?').run(regioId, sleutel.parameter, sleutel.professional, doelgroep);
    return;
  }
  db.prepare(
    `INSERT INTO norm_aanpassing (regio_id, parameter, professional, doelgroep, waarde, toelichting) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (regio_id, parameter, professional, doelgroep) DO UPDATE SET waarde = excluded.waarde, toelichting = excluded.toelichting`,
  ).run(regioId, sleutel.parameter, sleutel.professional, doelgroep, waarde.waarde, waarde.toelichting);
}

/** Whether the regio exists, checked before its overrides are changed. */
export function heeftRegio(db: ProjectDb, regioId: number): boolean {
  return db.prepare('SELECT 1 FROM regio WHERE id = ?').get(regioId) !== undefined;
}
