import { KADERS, type Kader } from '../../../../shared/domain/labels';
import {
  SCOPE_PRESETS,
  TAKEN,
  VariantSchema,
  scopeTaken,
  standaardVariant,
  type ScopeKeuze,
  type ScopePreset,
  type Variant,
  type VariantInvoer,
} from '../../../../shared/engine';
import type { RegioBestand } from '../../../../shared/regio/schema';

/**
 * Pure edits of a variant for the variant panel, and its description in words. None of this
 * computes money: the engine does that for every variant.
 */

export type ScopeSoort = ScopePreset | 'maatwerk';

export function scopeSoort(scope: ScopeKeuze): ScopeSoort {
  return typeof scope === 'string' ? scope : 'maatwerk';
}

/** The task ids of a scope, in table order. */
export function takenVan(scope: ScopeKeuze): string[] {
  return scopeTaken(scope);
}

/** Switches a task on or off: the scope becomes a task list (maatwerk). */
export function metTaak(v: Variant, taak: string, aan: boolean): Variant {
  const gekozen = new Set(takenVan(v.scope));
  if (aan) gekozen.add(taak);
  else gekozen.delete(taak);
  return { ...v, scope: TAKEN.filter((t) => gekozen.has(t.id)).map((t) => t.id) };
}

export function doetMee(v: Pick<Variant, 'deelname'>, partij: string): boolean {
  return v.deelname[partij] !== false;
}

/** Participation of one financier; participating is the default and is not written down. */
export function metDeelname(v: Variant, partij: string, mee: boolean): Variant {
  const { [partij]: _oud, ...rest } = v.deelname;
  return { ...v, deelname: mee ? rest : { ...rest, [partij]: false } };
}

export function metPotKader(v: Variant, kader: Kader, aan: boolean): Variant {
  const kaders = new Set(v.potKaders);
  if (aan) kaders.add(kader);
  else kaders.delete(kader);
  return { ...v, potKaders: KADERS.filter((k) => kaders.has(k)) };
}

/**
 * Starting percentages for the verdeelsleutel "vast": equal shares with two decimals over the
 * in-regio gemeenten, the last taking the remainder so they add up to 100.
 */
export function gelijkeVastePercentages(codes: readonly string[]): Record<string, number> {
  if (!codes.length) return {};
  const deel = Math.floor(10000 / codes.length) / 100;
  const uit: Record<string, number> = {};
  codes.forEach((c, i) => (uit[c] = i < codes.length - 1 ? deel : Math.round((100 - deel * (codes.length - 1)) * 100) / 100));
  return uit;
}

/** A saved or preset variant with every default filled in for this regio. */
export function volledigeVariant(invoer: VariantInvoer, regio: RegioBestand): Variant {
  const basis = standaardVariant(regio);
  const v = VariantSchema.parse(invoer);
  return {
    ...v,
    centrumgemeente: v.centrumgemeente ?? basis.centrumgemeente,
    onderwijsroute: { ...v.onderwijsroute, penvoerder: v.onderwijsroute.penvoerder ?? basis.onderwijsroute.penvoerder },
  };
}

/** The three preset scopes with the same other settings, and the maatwerk scope if there is one. */
export function scopeVarianten(v: Variant, maatwerk: readonly string[] | null): Array<{ soort: ScopeSoort; variant: Variant }> {
  const lijst: Array<{ soort: ScopeSoort; variant: Variant }> = SCOPE_PRESETS.map((s) => ({ soort: s, variant: { ...v, scope: s } }));
  if (maatwerk) lijst.push({ soort: 'maatwerk', variant: { ...v, scope: [...maatwerk] } });
  return lijst;
}
