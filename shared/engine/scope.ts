import { SCOPE_PRESETS, SCOPE_TAKEN, TAKEN, PRESET_GROEPEN, type ScopePreset, type Taak } from '../domain/catalogus';

/**
 * A scope is the set of tasks that count as Zorg in Onderwijstijd: a preset scenario of the report
 * (breed = all 11 tasks, medium = groups A and B, smal = group A) or any list of task ids (maatwerk).
 */
export type ScopeKeuze = ScopePreset | readonly string[];
export type ScopeNaam = ScopePreset | 'maatwerk';

function isPreset(scope: unknown): scope is ScopePreset {
  return typeof scope === 'string' && (SCOPE_PRESETS as readonly string[]).includes(scope);
}

/**
 * The validated task ids of a scope, without duplicates, in table order. Throws an Error with a
 * Dutch message on an unknown preset or task id. `taken` defaults to the national task list.
 */
export function scopeTaken(scope: ScopeKeuze, taken: readonly Taak[] = TAKEN): string[] {
  if (typeof scope === 'string') {
    if (!isPreset(scope)) throw new Error(`onbekende scope "${scope}": kies breed, medium, smal of een lijst van taken`);
    if (taken === TAKEN) return [...SCOPE_TAKEN[scope]];
    const groepen = PRESET_GROEPEN[scope];
    return taken.filter((t) => groepen.includes(t.groep)).map((t) => t.id);
  }
  if (!Array.isArray(scope)) throw new Error('ongeldige scope: verwacht breed, medium, smal of een lijst van taken');
  const bekend = new Set(taken.map((t) => t.id));
  const onbekend = scope.filter((id) => !bekend.has(id));
  if (onbekend.length) {
    throw new Error(`onbekende ${onbekend.length === 1 ? 'taak' : 'taken'} ${onbekend.map((id) => `"${id}"`).join(', ')}; bekende taken: ${taken.map((t) => t.id).join(', ')}`);
  }
  const gekozen = new Set(scope);
  return taken.filter((t) => gekozen.has(t.id)).map((t) => t.id);
}

/**
 * The name of a scope: the preset's name, also for a task list that equals a preset (so the same
 * set of tasks is always called the same), else "maatwerk".
 */
export function scopeNaam(scope: ScopeKeuze, taken: readonly Taak[] = TAKEN): ScopeNaam {
  if (typeof scope === 'string') {
    scopeTaken(scope, taken);
    return scope as ScopePreset;
  }
  const ids = scopeTaken(scope, taken);
  for (const preset of SCOPE_PRESETS) {
    const p = scopeTaken(preset, taken);
    if (p.length === ids.length && p.every((id, i) => id === ids[i])) return preset;
  }
  return 'maatwerk';
}
