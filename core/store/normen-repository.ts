import { DOELGROEPEN, type Doelgroep } from '../../shared/domain/labels';
import { PGB_KADERS, type NormAanpassing, type NormSleutel, type PgbKader } from '../../shared/engine';
import type { ProjectDb } from './db';

/**
 * A row of norm_aanpassing. Its columns name the place of an override: a professional (with a
 * doelgroep for fte per 100 pupils), or for a pgb-aandeel the kader in `professional` and doelgroep ''.
 */
interface Rij {
  parameter: string;
  professional: string;
  doelgroep: string;
  waarde: number;
  toelichting: string;
}

function kolommen(s: NormSleutel): { parameter: string; professional: string; doelgroep: string } {
  if (s.parameter === 'pgbAandeel') return { parameter: s.parameter, professional: s.kader, doelgroep: '' };
  return { parameter: s.parameter, professional: s.professional, doelgroep: s.parameter === 'ftePer100' ? s.doelgroep : '' };
}

/** The override a row holds; null for a row this version does not know (it is left alone). */
function naarAanpassing(r: Rij): NormAanpassing | null {
  const { waarde, toelichting } = r;
  if (r.parameter === 'tarief') return { parameter: 'tarief', professional: r.professional, waarde, toelichting };
  if (r.parameter === 'ftePer100' && (DOELGROEPEN as readonly string[]).includes(r.doelgroep)) return { parameter: 'ftePer100', professional: r.professional, doelgroep: r.doelgroep as Doelgroep, waarde, toelichting };
  if (r.parameter === 'pgbAandeel' && (PGB_KADERS as readonly string[]).includes(r.professional)) return { parameter: 'pgbAandeel', kader: r.professional as PgbKader, waarde, toelichting };
  return null;
}

/** The regio's overrides of the national normenset. */
export function leesNormAanpassingen(db: ProjectDb, regioId: number): NormAanpassing[] {
  const rijen = db.prepare('SELECT parameter, professional, doelgroep, waarde, toelichting FROM norm_aanpassing WHERE regio_id = ? ORDER BY parameter, professional, doelgroep').all(regioId) as Rij[];
  return rijen.map(naarAanpassing).filter((a): a is NormAanpassing => a !== null);
}

/** Sets one override, or with `waarde` null goes back to the national value. */
export function zetNormAanpassing(db: ProjectDb, regioId: number, sleutel: NormSleutel, waarde: { waarde: number; toelichting: string } | null): void {
  const k = kolommen(sleutel);
  if (waarde === null) {
    db.prepare('DELETE FROM norm_aanpassing WHERE regio_id = ? AND parameter = ? AND professional = ? AND doelgroep = ?').run(regioId, k.parameter, k.professional, k.doelgroep);
    return;
  }
  db.prepare(
    `INSERT INTO norm_aanpassing (regio_id, parameter, professional, doelgroep, waarde, toelichting) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (regio_id, parameter, professional, doelgroep) DO UPDATE SET waarde = excluded.waarde, toelichting = excluded.toelichting`,
  ).run(regioId, k.parameter, k.professional, k.doelgroep, waarde.waarde, waarde.toelichting);
}

/** Whether the regio exists, checked before its overrides are changed. */
export function heeftRegio(db: ProjectDb, regioId: number): boolean {
  return db.prepare('SELECT 1 FROM regio WHERE id = ?').get(regioId) !== undefined;
}
