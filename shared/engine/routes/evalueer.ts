import { KADERS, type Kader } from '../../domain/labels';
import { berekenBehoefte, type Behoefte, type BehoefteInvoer, type KaderBedragen } from '../behoefte';
import type { Normenset } from '../normenset';
import { scopeTaken, type ScopeKeuze } from '../scope';
import { SCOPE_PRESETS } from '../../domain/catalogus';
import { standaardCentrumgemeente, standaardPenvoerder, valideerVariant, type Variant, type VariantInvoer } from '../variant';
import { berekenPot } from './financiering';
import { ENTITEIT, gemeenteId } from './partijen';
import { bouwRoutes } from './stromen';
import { berekenKalibratie } from './kalibratie';
import { berekenIngroeipad } from './ingroeipad';
import { herverdeeleffecten } from './herverdeeleffect';
import { bewaardBij } from '../bewaard';
import { STANDAARD_PRIJSPEIL, prijspeilFactor } from '../prijspeil';
import type { Evaluatie, Partij, RoutesInvoer, RoutesRegio, SchoolFormatie, ToegepasteInstellingen } from './typen';

/** A regio that both the need (§2) and the routes (§3–4) can use. A regio-bestand fits. */
export type EvaluatieRegio = RoutesRegio & Pick<BehoefteInvoer, 'leerlingen' | 'inventarisaties'>;

/** Validates (and completes) a variant for a regio; throws an Error listing every problem in Dutch. */
export function controleerVariant(variant: VariantInvoer | Variant, regio: RoutesRegio, taken?: Normenset['taken']): Variant {
  const r = valideerVariant(variant, regio, { taken });
  if (!r.ok) throw new Error(`ongeldige variant: ${r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('; ')}`);
  return r.waarde;
}

/** The variant's settings with the regio-dependent defaults filled in. */
export function pasVariantToe(v: Variant, regio: RoutesRegio): ToegepasteInstellingen {
  const centrum = v.centrumgemeente ?? standaardCentrumgemeente(regio);
  if (centrum === null) throw new Error('de regio heeft geen gemeente met inRegio: true die budgethouder van de gemeenteroute kan zijn');
  const penvoerder = v.onderwijsroute.penvoerder ?? (v.onderwijsroute.budgethouder === 'penvoerder' ? standaardPenvoerder(regio) : null);
  return {
    potKaders: v.potKaders.filter((k) => k !== 'onderwijs'),
    onderwijsFractie: v.onderwijsbijdragePct / 100,
    centrumgemeente: centrum,
    onderwijsBudgethouder: v.onderwijsroute.budgethouder === 'penvoerder' ? (penvoerder !== null ? 'penvoerder' : 'betalend_swv') : v.onderwijsroute.budgethouder,
    penvoerder,
    integraalNaam: v.integraal.naam,
    uitvoeringskosten: {
      huidig: 0,
      gemeenteroute: v.uitvoeringskostenPct.gemeenteroute / 100,
      onderwijsroute: v.uitvoeringskostenPct.onderwijsroute / 100,
      integraal: v.uitvoeringskostenPct.integraal / 100,
    },
    pgbIndividueel: Object.fromEntries(KADERS.map((k) => [k, k !== 'onderwijs' && v.pgb[k] === 'individueel'])) as Record<Kader, boolean>,
    buitenScope: v.buitenScope,
  };
}

/**
 * The pot, contributions, four routes and indicators from given cost cells (rekenmodel §3–§5).
 * `invoer` is a Behoefte or any set of cells cost[s][g][k] (tests use round numbers); the variant's
 * scope is not applied here (the cells already belong to a scope). Pure and deterministic. Throws
 * an Error with a Dutch message on an invalid variant or a cell of a school the regio does not list.
 */
export function evalueerRoutes(invoer: RoutesInvoer, regio: RoutesRegio, variant: VariantInvoer | Variant): Evaluatie {
  const v = controleerVariant(variant, regio);
  return evalueerGecontroleerd(invoer, regio, v);
}

/**
 * The cost cells the pot is computed from (rekenmodel-v2 §9): the norm at the regio's prijspeil,
 * and the calibration of its realisatie against them; under `rekenbasis: realisatie` the cells carry
 * the factors.
 */
function kostenbasis(invoer: RoutesInvoer, regio: RoutesRegio, v: Variant, gekalibreerd?: ReturnType<typeof berekenKalibratie>) {
  const instelling = regio.prijspeil ?? STANDAARD_PRIJSPEIL;
  const prijspeil = prijspeilFactor(instelling);
  const { kalibratie, factoren } = gekalibreerd ?? berekenKalibratie(invoer, regio, instelling);
  const opPeil = prijspeil.factor === 1 ? invoer : { ...invoer, prijsfactor: prijspeil.factor };
  const cellen = v.rekenbasis === 'realisatie' && factoren.size ? { ...opPeil, kalibratie: factoren } : opPeil;
  return { prijspeil, kalibratie, cellen };
}

function evalueerGecontroleerd(invoer: RoutesInvoer, regio: RoutesRegio, v: Variant, gekalibreerd?: ReturnType<typeof berekenKalibratie>): Evaluatie {
  const inst = pasVariantToe(v, regio);
  const { prijspeil, kalibratie, cellen } = kostenbasis(invoer, regio, v, gekalibreerd);
  const pb = berekenPot(cellen, regio, v, inst);
  const routes = bouwRoutes(pb, inst);
  const waarschuwingen = [...pb.waarschuwingen, ...kalibratie.waarschuwingen];
  if (v.rekenbasis === 'realisatie' && !kalibratie.financiers.length) {
    waarschuwingen.push('De rekenbasis is de realisatie, maar de regio heeft geen realisatie ingevuld: alle bedragen zijn normbedragen.');
  }
  const ingroeipad = berekenIngroeipad(pb.ingroei, v.ingroei);
  if (ingroeipad.melding) waarschuwingen.push(ingroeipad.melding);
  const inwoners = new Map(regio.gemeenten.map((g) => [gemeenteId(g.code), g.inwoners0tot17]));
  if (v.deelname[gemeenteId(inst.centrumgemeente)] === false) {
    const naam = regio.gemeenten.find((g) => g.code === inst.centrumgemeente)?.naam ?? inst.centrumgemeente;
    waarschuwingen.push(`De centrumgemeente ${naam} doet zelf niet mee, maar beheert in de gemeenteroute wel de pot.`);
  }
  const partijen: Partij[] = [...pb.partijen, { id: ENTITEIT, soort: 'entiteit', naam: inst.integraalNaam }];
  const partij: Record<string, Partij> = {};
  for (const p of partijen) partij[p.id] ??= p;

  const fteVan = new Map((invoer.perSchool ?? []).map((s) => [s.school, s]));
  const formatie: SchoolFormatie[] = pb.pot.perSchool.map((s) => {
    const f = fteVan.get(s.school);
    const perProfessional: SchoolFormatie['perProfessional'] = {};
    if (f) for (const p in f.fte) perProfessional[p] = { fte: f.fte[p], uitPot: f.fte[p] * s.aandeelPot };
    const fteTotaal = f?.fteTotaal ?? 0;
    return { school: s.school, fteTotaal, fteUitPot: fteTotaal * s.aandeelPot, aandeelPot: s.aandeelPot, perProfessional };
  });

  return {
    variant: v,
    toegepast: inst,
    partijen,
    partij,
    pot: pb.pot,
    financiers: pb.financiers,
    nietInPot: pb.nietInPot,
    buitenScope: pb.buitenScope,
    zorgTotaal: pb.zorgTotaal,
    formatie,
    routes,
    prijspeil,
    kalibratie,
    herverdeeleffect: herverdeeleffecten(pb.financiers, routes, inwoners),
    ingroeipad,
    waarschuwingen,
    detail: pb.detail,
  };
}

/**
 * Need + pot + four routes + indicators in one call (rekenmodel §2–§5). Pass `behoefte` (computed
 * with this normenset) to skip the need calculation when only non-scope settings changed; it is
 * recomputed when its normenset id or task list does not match the variant's scope.
 */
export function evalueerVariant(normenset: Normenset, regio: EvaluatieRegio, variant: VariantInvoer | Variant, behoefte?: Behoefte): Evaluatie {
  const v = controleerVariant(variant, regio, normenset.taken);
  const taken = scopeTaken(v.scope, normenset.taken);
  const past = (b: Behoefte | undefined, t: readonly string[]) => b !== undefined && b.normenset === normenset.id && b.taken.length === t.length && b.taken.every((x, i) => x === t[i]);
  const b = past(behoefte, taken) ? behoefte! : behoefteVoor(normenset, regio, taken);
  // Today every task is paid (breed): the cost outside the scope is breed − scope per cel part.
  const breed = b.taken.length === normenset.taken.length ? b : behoefteVoor(normenset, regio, normenset.taken.map((t) => t.id));
  // The same shape for every scope (a need is a RoutesInvoer too), so the hot loops see one shape.
  const { cellen, perSchool } = invoerVoor(b, breed);
  const invoer: RoutesInvoer = { cellen, perSchool, pgbAandeel: normenset.pgbAandeel };
  return { ...evalueerGecontroleerd(invoer, regio, v, kalibratieVoor(normenset, regio, breed)), behoefte: b };
}

/**
 * The calibration of a regio's realisatie depends only on the regio and the breed need (rekenmodel-v2
 * §9: N is the breed cost), so a what-if that changes only the variant reuses it; kept per
 * normenset and regio object like the needs.
 */
const kalibraties = new WeakMap<Normenset, WeakMap<object, ReturnType<typeof berekenKalibratie>>>();
function kalibratieVoor(normenset: Normenset, regio: EvaluatieRegio, breed: Behoefte): ReturnType<typeof berekenKalibratie> {
  return bewaardBij(kalibraties, normenset, regio, () => berekenKalibratie(breed, regio, regio.prijspeil ?? STANDAARD_PRIJSPEIL));
}

const breedSleutelVan = (normenset: Normenset) => normenset.taken.map((t) => t.id).join('\u0000');

/** How many scopes' needs are kept per regio (the breed one, the presets, a few maatwerk selections). */
const BEWAARDE_SCOPES = 6;

/**
 * The need of a regio for a set of tasks, kept per normenset and regio object: a what-if that changes
 * the scope back and forth, or only other settings, reuses it (neither a normenset nor the regio a
 * service hands out is changed in place). Keyed by the task list, so a maatwerk selection equal to a
 * preset shares its need; the breed need is always kept (every evaluation compares with it).
 */
const behoeften = new WeakMap<Normenset, WeakMap<object, Map<string, Behoefte>>>();
function behoefteVoor(normenset: Normenset, regio: EvaluatieRegio, taken: readonly string[]): Behoefte {
  const perScope = bewaardBij(behoeften, normenset, regio, () => new Map<string, Behoefte>());
  const sleutel = taken.join('\u0000');
  const breedSleutel = breedSleutelVan(normenset);
  const b = perScope.get(sleutel) ?? berekenBehoefte(normenset, regio, sleutel === breedSleutel ? 'breed' : [...taken]);
  // Most recently used last.
  perScope.delete(sleutel);
  perScope.set(sleutel, b);
  if (perScope.size > BEWAARDE_SCOPES) {
    // The oldest maatwerk selection goes first (the scope tab of the ontwerptafel asks a dozen in a
    // row), a preset only when no maatwerk is left; the breed need and the one just asked stay.
    const presets = new Set(SCOPE_PRESETS.map((p) => scopeTaken(p, normenset.taken).join('\u0000')));
    const kandidaten = [...perScope.keys()].filter((k) => k !== sleutel && k !== breedSleutel);
    const weg = kandidaten.find((k) => !presets.has(k)) ?? kandidaten[0];
    if (weg !== undefined) perScope.delete(weg);
  }
  return b;
}

/**
 * The need of a regio for a scope (a preset or a task list), as the evaluation keeps it: a screen
 * that shows the need of a scope shares it with the what-ifs on that regio object. Callers must
 * not change it.
 */
export function bewaardeBehoefte(normenset: Normenset, regio: EvaluatieRegio, scope: ScopeKeuze): Behoefte {
  return behoefteVoor(normenset, regio, scopeTaken(scope, normenset.taken));
}

/** The cells with their cost outside the scope, kept with the scope's need (both are immutable). */
const invoeren = new WeakMap<Behoefte, { breed: Behoefte; invoer: RoutesInvoer }>();
function invoerVoor(scope: Behoefte, breed: Behoefte): RoutesInvoer {
  const r = invoeren.get(scope);
  if (r?.breed === breed) return r.invoer;
  const invoer = routesInvoer(scope, breed);
  invoeren.set(scope, { breed, invoer });
  return invoer;
}

const celSleutel = (c: { school: string; gemeente: string; sector?: string }) => `${c.school}\u0000${c.gemeente}\u0000${c.sector ?? ''}`;
const zelfdeCel = (a: { school: string; gemeente: string; sector?: string }, b: { school: string; gemeente: string; sector?: string }) => a.school === b.school && a.gemeente === b.gemeente && a.sector === b.sector;

/**
 * a − b per kader, in the key order of a need's amounts: the coverage loop then reads one object
 * shape for the cost within and outside the scope.
 */
const verschil = (a: KaderBedragen, b: KaderBedragen): KaderBedragen => ({
  onderwijs: a.onderwijs - b.onderwijs,
  jeugdwet: a.jeugdwet - b.jeugdwet,
  zvw: a.zvw - b.zvw,
  wlz: a.wlz - b.wlz,
  wpg: a.wpg - b.wpg,
  wmo: a.wmo - b.wmo,
});

/** The need's cells with the cost of the tasks outside the scope (breed − scope) beside them. */
export function routesInvoer(scope: Behoefte, breed: Behoefte): RoutesInvoer {
  if (scope === breed) return scope;
  // Both needs list the cel parts in the same order; match by key only where they do not.
  const opVolgorde = scope.cellen.length === breed.cellen.length && scope.cellen.every((c, i) => zelfdeCel(c, breed.cellen[i]));
  const breedVan = opVolgorde ? null : new Map(breed.cellen.map((c) => [celSleutel(c), c.perKader]));
  const cellen = scope.cellen.map((c, i) => {
    const b = breedVan ? breedVan.get(celSleutel(c)) : breed.cellen[i].perKader;
    if (!b) return c;
    return { ...c, buitenScope: verschil(b, c.perKader) };
  });
  return { cellen, perSchool: scope.perSchool };
}
