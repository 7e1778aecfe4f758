import { KADERS, type Kader } from '../../domain/labels';
import type { KaderBedragen } from '../behoefte';

export { GGD, ZORGKANTOOR, ENTITEIT, OUDERS_PGB, SCHOLEN_ONDERWIJS, gemeenteId, schoolId, swvId, verzekeraarId, partijSoort, partijCode } from '../../domain/partijen';

/** Kader index in KADERS. */
export const K: Record<Kader, number> = Object.fromEntries(KADERS.map((k, i) => [k, i])) as Record<Kader, number>;
export const NK = KADERS.length;

export function kaderRecord(v: ArrayLike<number>, o = 0): KaderBedragen {
  return { onderwijs: v[o] + 0, jeugdwet: v[o + 1] + 0, zvw: v[o + 2] + 0, wlz: v[o + 3] + 0, wpg: v[o + 4] + 0, wmo: v[o + 5] + 0 };
}

export function nulKaders(): KaderBedragen {
  return { onderwijs: 0, jeugdwet: 0, zvw: 0, wlz: 0, wpg: 0, wmo: 0 };
}

export function som(v: ArrayLike<number>, o = 0, n = NK): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += v[o + i];
  return s;
}
