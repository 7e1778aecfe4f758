import { KADER_LABEL, KADERS, type Kader } from '../../../../shared/domain/labels';
import {
  BUITEN_REGIO_LABEL,
  NIET_DEELNEMERS_LABEL,
  SCOPE_LABEL,
  SCOPE_PRESETS,
  TAKEN,
  VERDEELSLEUTEL_LABEL,
  VariantSchema,
  scopeTaken,
  standaardVariant,
  type ScopeKeuze,
  type ScopePreset,
  type Variant,
  type VariantInvoer,
} from '../../../../shared/engine';
import type { RegioBestand } from '../../../../shared/regio/schema';
import { formatGetal, formatPct } from '../../../../shared/format';

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

/** A variant's scope in words: "medium" or "maatwerk (7 taken)". */
export function scopeTekst(scope: ScopeKeuze): string {
  return typeof scope === 'string' ? SCOPE_LABEL[scope].toLowerCase() : `maatwerk (${formatGetal(scope.length)} ${scope.length === 1 ? 'taak' : 'taken'})`;
}

function naamVanPartij(regio: RegioBestand, partij: string): string {
  const [soort, code] = [partij.slice(0, partij.indexOf(':')), partij.slice(partij.indexOf(':') + 1)];
  if (soort === 'gemeente') return regio.gemeenten.find((g) => g.code === code)?.naam ?? code;
  if (soort === 'zorgverzekeraar') return code;
  if (partij === 'ggd') return 'GGD';
  if (partij === 'zorgkantoor') return regio.zorgkantoor.naam;
  return partij;
}

/** The settings of a variant as label–value pairs: for the screen's summary and every export. */
export function variantRegels(v: Variant, regio: RegioBestand): Array<[string, string]> {
  const nietMee = Object.entries(v.deelname)
    .filter(([, mee]) => mee === false)
    .map(([p]) => naamVanPartij(regio, p));
  const inRegio = regio.gemeenten.filter((g) => g.inRegio);
  const gemeentenMee = inRegio.filter((g) => v.deelname[`gemeente:${g.code}`] !== false).length;
  const sleutel = v.verdeelsleutel;
  const sleutelTekst =
    sleutel.type === 'mix'
      ? `${VERDEELSLEUTEL_LABEL.mix} (α ${formatGetal(sleutel.alpha, 2)})`
      : sleutel.type === 'vast'
        ? `${VERDEELSLEUTEL_LABEL.vast}: ${Object.entries(sleutel.percentages)
            .map(([c, p]) => `${naamVanPartij(regio, `gemeente:${c}`)} ${formatGetal(p, 2)}%`)
            .join(', ')}`
        : VERDEELSLEUTEL_LABEL[sleutel.type];
  const centrum = v.centrumgemeente ? naamVanPartij(regio, `gemeente:${v.centrumgemeente}`) : 'de centrumgemeente';
  const penvoerder = regio.samenwerkingsverbanden.find((s) => s.code === v.onderwijsroute.penvoerder)?.naam ?? v.onderwijsroute.penvoerder ?? '';
  const uk = v.uitvoeringskostenPct;
  const regels: Array<[string, string]> = [
    ['Regio', regio.regio.naam],
    ['Scope', `${scopeTekst(v.scope)}: ${TAKEN.filter((t) => takenVan(v.scope).includes(t.id)).map((t) => t.naam.toLowerCase()).join(', ') || 'geen taken'}`],
    ['In de pot', v.potKaders.map((k) => KADER_LABEL[k]).join(', ') || 'geen zorgkaders'],
    ['Onderwijsbijdrage', v.onderwijsbijdragePct > 0 ? `${formatPct(v.onderwijsbijdragePct / 100)} van het onderwijsdeel, via het samenwerkingsverband` : 'geen'],
    ['Deelname', `${formatGetal(gemeentenMee)} van ${formatGetal(inRegio.length)} gemeenten in de regio doen mee${nietMee.length ? `; niet mee: ${nietMee.join(', ')}` : '; alle financiers doen mee'}`],
    ['Niet-deelnemers', NIET_DEELNEMERS_LABEL[v.nietDeelnemers]],
    ['Leerlingen van buiten de regio', BUITEN_REGIO_LABEL[v.buitenRegio]],
    ['Verdeelsleutel', sleutelTekst],
    ['Gemeenteroute', `budgethouder ${centrum}`],
    ['Onderwijsroute', v.onderwijsroute.budgethouder === 'penvoerder' ? `budgethouder: penvoerend samenwerkingsverband ${penvoerder}` : 'budgethouder: het samenwerkingsverband van elke school'],
    ['Integrale route', `budgethouder ${v.integraal.naam}`],
  ];
  if (uk.gemeenteroute || uk.onderwijsroute || uk.integraal) {
    regels.push(['Uitvoeringskosten', `gemeenteroute ${formatGetal(uk.gemeenteroute, 1)}%, onderwijsroute ${formatGetal(uk.onderwijsroute, 1)}%, integrale route ${formatGetal(uk.integraal, 1)}% van de pot`]);
  }
  return regels;
}

/** The short line above the comparison: the settings that change the numbers most. */
export function variantKort(v: Variant, regio: RegioBestand): string {
  const r = Object.fromEntries(variantRegels(v, regio));
  return `Scope ${scopeTekst(v.scope)} · In de pot: ${r['In de pot']} · Verdeelsleutel: ${v.verdeelsleutel.type === 'vast' ? VERDEELSLEUTEL_LABEL.vast : r.Verdeelsleutel} · ${r.Deelname.split(';')[0]}`;
}

/** The three preset scopes with the same other settings, and the maatwerk scope if there is one. */
export function scopeVarianten(v: Variant, maatwerk: readonly string[] | null): Array<{ soort: ScopeSoort; variant: Variant }> {
  const lijst: Array<{ soort: ScopeSoort; variant: Variant }> = SCOPE_PRESETS.map((s) => ({ soort: s, variant: { ...v, scope: s } }));
  if (maatwerk) lijst.push({ soort: 'maatwerk', variant: { ...v, scope: [...maatwerk] } });
  return lijst;
}
