import { KADERS, type Kader } from '../../domain/labels';
import type { KaderBedragen } from '../behoefte';
import type { PartijSoort } from './typen';

/** Party ids of the flow graphs and the JSON output. */
export const GGD = 'ggd';
export const ZORGKANTOOR = 'zorgkantoor';
export const ENTITEIT = 'entiteit:integraal';
/** The parents, through whom a pgb is paid (rekenmodel-v2 §7). */
export const OUDERS_PGB = 'ouders:pgb';
/** The schools as payers of care that moved to onderwijs (rekenmodel-v2 §8, `buitenScope: onderwijs`). */
export const SCHOLEN_ONDERWIJS = 'scholen:onderwijs';
export const gemeenteId = (code: string) => `gemeente:${code}`;
export const schoolId = (code: string) => `school:${code}`;
export const swvId = (code: string) => `swv:${code}`;
export const verzekeraarId = (naam: string) => `zorgverzekeraar:${naam}`;

/** The soort of a party id. */
export function partijSoort(id: string): PartijSoort | null {
  if (id === GGD) return 'ggd';
  if (id === ZORGKANTOOR) return 'zorgkantoor';
  if (id === ENTITEIT) return 'entiteit';
  if (id === OUDERS_PGB) return 'ouders';
  if (id === SCHOLEN_ONDERWIJS) return 'scholen';
  const i = id.indexOf(':');
  const p = i > 0 ? id.slice(0, i) : '';
  if (p === 'gemeente' || p === 'school' || p === 'swv') return p;
  if (p === 'zorgverzekeraar') return 'zorgverzekeraar';
  return null;
}

/** The code (or the verzekeraar's name) inside a party id. */
export function partijCode(id: string): string {
  const i = id.indexOf(':');
  return i > 0 ? id.slice(i + 1) : id;
}

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
