import { KADERS, type Kader } from '../domain/labels';

/** The kaders outside onderwijs: the care money that a collectieve pot can bundle. */
export const ZORGKADERS: readonly Kader[] = KADERS.filter((k) => k !== 'onderwijs');

/** Sum of the given kaders' amounts. */
export function somKaders(perKader: Record<Kader, number>, kaders: readonly Kader[] = KADERS): number {
  let som = 0;
  for (const k of kaders) som += perKader[k];
  return som;
}

/** Summary figures of a need result, so screens and exports only format, never compute. */
export function behoefteKengetallen(b: { totaal: number; leerlingen: number; perKader: Record<Kader, number> }) {
  return {
    zorgkaders: somKaders(b.perKader, ZORGKADERS),
    perLeerling: b.leerlingen > 0 ? b.totaal / b.leerlingen : null,
    aandeelOnderwijs: b.totaal > 0 ? b.perKader.onderwijs / b.totaal : null,
  };
}
