import type { Behoefte, BehoefteSchool } from './behoefte';

/**
 * What the screens receive of the need: its totals and one line per school, without the per-cell
 * detail (which only the routes engine uses), the split per woongemeente and the fte per
 * professional; a school's detail is asked for when the school is opened (`behoefteSchool`).
 */
export interface BehoefteWeergave extends Omit<Behoefte, 'cellen' | 'perSchool' | 'perGemeente'> {
  perSchool: BehoefteSchoolRegel[];
}

/** One school of the need: its figures, and from how many woongemeenten its pupils come. */
export type BehoefteSchoolRegel = Omit<BehoefteSchool, 'perWoongemeente' | 'fte'> & { woongemeenten: number };

export function behoefteWeergave(b: Behoefte): BehoefteWeergave {
  const { cellen: _cellen, perSchool, perGemeente: _perGemeente, ...rest } = b;
  return { ...rest, perSchool: perSchool.map(({ perWoongemeente, fte: _fte, ...s }) => ({ ...s, woongemeenten: perWoongemeente.length })) };
}
