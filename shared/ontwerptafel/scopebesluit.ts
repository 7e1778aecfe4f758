/**
 * The scope decision of the ontwerptafel (par. 5.3, suggestion 2: "Bepaal welke taken en
 * handelingen onder de noemer 'zorg in onderwijstijd' vallen"): per task category the position of
 * each group, the proposal that follows from them, and the effect of each task on the pot and on
 * the onderwijs share, computed with the engine.
 */
import { TAKEN, evalueerVariant, scopeTaken, type Evaluatie, type EvaluatieRegio, type Groep, type Normenset, type Taak, type Variant, type VariantInvoer } from '../engine';
import type { Stakeholdergroep } from './weging';

export const POSITIES = ['in', 'uit', 'onbeslist'] as const;
export type Positie = (typeof POSITIES)[number];

export const POSITIE_LABEL: Record<Positie, string> = {
  in: 'erin',
  uit: 'eruit',
  onbeslist: 'onbeslist',
};

/** Task id → group id → position. A missing position is "onbeslist". */
export type Scopeposities = Readonly<Record<string, Readonly<Record<string, Positie>>>>;

export interface TaakVoorstel {
  taak: string;
  naam: string;
  groep: Groep;
  /** Group id → position (every group, missing ones as onbeslist). */
  posities: Record<string, Positie>;
  aantallen: Record<Positie, number>;
  /** "in" or "uit" when more than half of all groups say so; otherwise "onbeslist". */
  voorstel: Positie;
  /** Every group has the same position (in or uit). */
  unaniem: boolean;
}

/** The rule in Dutch, for the app and the verslag. */
export const VOORSTEL_REGEL =
  'Een taak gaat in het voorstel "erin" als meer dan de helft van alle groepen aan tafel "erin" zegt, en "eruit" als meer dan de helft "eruit" zegt; anders blijft zij onbeslist en houdt de variant zijn huidige keuze. Onbesliste groepen tellen mee in het totaal: een meerderheid moet echt een meerderheid van de tafel zijn.';

/** The positions of every group per task, with the proposal by absolute majority of the groups. */
export function scopeVoorstel(posities: Scopeposities, groepen: readonly Stakeholdergroep[], taken: readonly Taak[] = TAKEN): TaakVoorstel[] {
  return taken.map((t) => {
    const rij: Record<string, Positie> = {};
    const aantallen: Record<Positie, number> = { in: 0, uit: 0, onbeslist: 0 };
    for (const g of groepen) {
      const p = posities[t.id]?.[g.id] ?? 'onbeslist';
      rij[g.id] = p;
      aantallen[p]++;
    }
    const n = groepen.length;
    const voorstel: Positie = aantallen.in * 2 > n ? 'in' : aantallen.uit * 2 > n ? 'uit' : 'onbeslist';
    const unaniem = n > 0 && (aantallen.in === n || aantallen.uit === n);
    return { taak: t.id, naam: t.naam, groep: t.groep, posities: rij, aantallen, voorstel, unaniem };
  });
}

/**
 * The task list that follows from the proposal: "in" tasks in, "uit" tasks out, undecided tasks as
 * in `huidigeScope`; in the order of `taken`. Use it as the variant's scope (maatwerk).
 */
export function scopeUitVoorstel(voorstellen: readonly TaakVoorstel[], huidigeScope: readonly string[], taken: readonly Taak[] = TAKEN): string[] {
  const per = new Map(voorstellen.map((v) => [v.taak, v.voorstel]));
  const nu = new Set(huidigeScope);
  return taken.filter((t) => (per.get(t.id) === 'in' ? true : per.get(t.id) === 'uit' ? false : nu.has(t.id))).map((t) => t.id);
}

/** Pot and costs of one scope. */
export interface ScopeCijfers {
  /** The pot (all kaders in the pot, including the onderwijs percentage). */
  pot: number;
  /** All costs of the scope, every kader (onderwijs included). */
  kosten: number;
  /** The onderwijs part of those costs. */
  onderwijs: number;
  /** onderwijs / kosten: the share onderwijs carries (cf. tabel 2.5); 0 without costs. */
  onderwijsAandeel: number;
}

export interface ScopeEffect {
  taak: string;
  naam: string;
  groep: Groep;
  /** Whether the task is in the variant's scope now. */
  inScope: boolean;
  /** The scope with the task (the current scope, or the current scope plus this task). */
  met: ScopeCijfers;
  /** The scope without the task. */
  zonder: ScopeCijfers;
  /** met.pot − zonder.pot: what the task adds to the pot (≥ 0 up to rounding, rekenmodel §5). */
  verschil: number;
  /** met.onderwijsAandeel − zonder.onderwijsAandeel. */
  verschilOnderwijsAandeel: number;
}

function cijfers(ev: Evaluatie): ScopeCijfers {
  const b = ev.behoefte;
  const kosten = b ? b.totaal : 0;
  const onderwijs = b ? b.perKader.onderwijs : 0;
  return { pot: ev.pot.totaal, kosten, onderwijs, onderwijsAandeel: kosten > 0 ? onderwijs / kosten : 0 };
}

/**
 * Per task category of the normenset: the pot and the onderwijs share with and without the task,
 * the rest of the variant unchanged. One engine evaluation per task plus the current one (pass
 * `basis`, the evaluation of this variant, to save that one). Throws the engine's Dutch error on an
 * invalid variant.
 */
export function scopeEffecten(normenset: Normenset, regio: EvaluatieRegio, variant: VariantInvoer | Variant, basis?: Evaluatie): ScopeEffect[] {
  const huidig = basis ?? evalueerVariant(normenset, regio, variant);
  const v = huidig.variant;
  const nu = scopeTaken(v.scope, normenset.taken);
  const inNu = new Set(nu);
  const nuCijfers = cijfers(huidig);
  return normenset.taken.map((t) => {
    const inScope = inNu.has(t.id);
    const anders = inScope ? nu.filter((id) => id !== t.id) : normenset.taken.filter((x) => inNu.has(x.id) || x.id === t.id).map((x) => x.id);
    const andereCijfers = cijfers(evalueerVariant(normenset, regio, { ...v, scope: anders }));
    const met = inScope ? nuCijfers : andereCijfers;
    const zonder = inScope ? andereCijfers : nuCijfers;
    return {
      taak: t.id,
      naam: t.naam,
      groep: t.groep,
      inScope,
      met,
      zonder,
      verschil: met.pot - zonder.pot,
      verschilOnderwijsAandeel: met.onderwijsAandeel - zonder.onderwijsAandeel,
    };
  });
}
