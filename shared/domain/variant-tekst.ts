/**
 * A variant in words, the one text source for the screens and the exports: as label–value pairs
 * (variantRegels: the summary on screen and the Toelichting of downloads) and as Dutch sentences
 * (variantZinnen: the workbooks' Toelichting and the OOGO report).
 */
import { opsomming, formatGetal, formatPct } from '../format';
import { scopeNaam, scopeTaken } from '../engine/scope';
import { SCOPE_LABEL, TAKEN, type Taak } from '../engine/normen';
import { BUITEN_REGIO_LABEL, NIET_DEELNEMERS_LABEL, STANDAARD_POT_KADERS, VERDEELSLEUTEL_LABEL, type Variant } from '../engine/variant';
import type { ScopeKeuze } from '../engine/scope';
import { pasVariantToe } from '../engine/routes/evalueer';
import type { RoutesRegio } from '../engine/routes/typen';
import { KADER_LABEL, KADERS, type Kader } from './labels';
import { gemeenteId, partijNaam, partijNaamInZin, swvId } from './partijen';
import { EIGEN_VARIANT_NAAM, isStandaardVariant, presetVan } from './variant-herkennen';
import type { VariantRegio } from '../engine/variant';

/** What the texts need from a regio; a regio-bestand fits. */
export type VariantTekstRegio = RoutesRegio;

export const STANDAARD_VARIANT_NAAM = 'Standaardvariant (rekenmodel)';

/**
 * The name of a variant: its own name; without one, with the regio, "Standaardvariant (rekenmodel)"
 * only when its settings are the standard's, the preset's name when it is a preset, else "Eigen
 * variant" (the settings themselves are in `variantRegels` and `variantZinnen`).
 */
export function variantNaam(v: Variant, regio?: VariantRegio): string {
  if (v.naam) return v.naam;
  if (!regio || isStandaardVariant(v, regio)) return STANDAARD_VARIANT_NAAM;
  return presetVan(v, regio)?.naam ?? EIGEN_VARIANT_NAAM;
}

/** A variant's scope in words: "medium" or "maatwerk (7 taken)". */
export function scopeTekst(scope: ScopeKeuze): string {
  return typeof scope === 'string' ? SCOPE_LABEL[scope].toLowerCase() : `maatwerk (${formatGetal(scope.length)} ${scope.length === 1 ? 'taak' : 'taken'})`;
}

/** The settings of a variant as label–value pairs: for the screen's summary and every export. */
export function variantRegels(v: Variant, regio: VariantTekstRegio, taken: readonly Taak[] = TAKEN): Array<[string, string]> {
  const nietMee = Object.entries(v.deelname)
    .filter(([, mee]) => mee === false)
    .map(([p]) => partijNaam(regio, p));
  const inRegio = regio.gemeenten.filter((g) => g.inRegio);
  const gemeentenMee = inRegio.filter((g) => v.deelname[gemeenteId(g.code)] !== false).length;
  const sleutel = v.verdeelsleutel;
  const sleutelTekst =
    sleutel.type === 'mix'
      ? `${VERDEELSLEUTEL_LABEL.mix} (α ${formatGetal(sleutel.alpha, 2)})`
      : sleutel.type === 'vast'
        ? `${VERDEELSLEUTEL_LABEL.vast}: ${Object.entries(sleutel.percentages)
            .map(([c, p]) => `${partijNaam(regio, gemeenteId(c))} ${formatGetal(p, 2)}%`)
            .join(', ')}`
        : VERDEELSLEUTEL_LABEL[sleutel.type];
  const centrum = v.centrumgemeente ? partijNaam(regio, gemeenteId(v.centrumgemeente)) : 'de centrumgemeente';
  const penvoerder = regio.samenwerkingsverbanden.find((s) => s.code === v.onderwijsroute.penvoerder)?.naam ?? v.onderwijsroute.penvoerder ?? '';
  const uk = v.uitvoeringskostenPct;
  const regels: Array<[string, string]> = [
    ['Regio', regio.regio?.naam ?? ''],
    ['Scope', `${scopeTekst(v.scope)}: ${taken.filter((t) => scopeTaken(v.scope, taken).includes(t.id)).map((t) => t.naam.toLowerCase()).join(', ') || 'geen taken'}`],
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
export function variantKort(v: Variant, regio: VariantTekstRegio): string {
  const r = Object.fromEntries(variantRegels(v, regio));
  return `Scope ${scopeTekst(v.scope)} · In de pot: ${r['In de pot']} · Verdeelsleutel: ${v.verdeelsleutel.type === 'vast' ? VERDEELSLEUTEL_LABEL.vast : r.Verdeelsleutel} · ${r.Deelname.split(';')[0]}`;
}

const kaders = (ks: readonly Kader[]) => opsomming(ks.map((k) => KADER_LABEL[k]));

/** The variant's settings, with the regio's defaults filled in, as Dutch sentences. */
export function variantZinnen(v: Variant, regio: VariantTekstRegio, taken: readonly Taak[]): string[] {
  const t = pasVariantToe(v, regio);
  const zinnen: string[] = [];

  const ids = scopeTaken(v.scope, taken);
  const naam = scopeNaam(v.scope, taken);
  const takenTekst = opsomming(ids.map((id) => (taken.find((x) => x.id === id)?.naam ?? id).toLowerCase()));
  zinnen.push(
    naam === 'maatwerk'
      ? `Als zorg in onderwijstijd tellen ${ids.length} zelf gekozen taken (maatwerk): ${takenTekst}.`
      : `Als zorg in onderwijstijd telt het scenario ${SCOPE_LABEL[naam].toLowerCase()} van het rapport, ${ids.length} ${ids.length === 1 ? 'taak' : 'taken'}: ${takenTekst}.`,
  );

  const buiten = KADERS.filter((k) => k !== 'onderwijs' && !t.potKaders.includes(k));
  const standaard = t.potKaders.length === STANDAARD_POT_KADERS.length && STANDAARD_POT_KADERS.every((k) => t.potKaders.includes(k));
  zinnen.push(
    t.potKaders.length
      ? `In de pot gaan de zorgkosten uit ${kaders(t.potKaders)}${standaard ? ' (de standaard van het rekenmodel)' : ''}${buiten.length ? `; ${kaders(buiten)} ${buiten.length === 1 ? 'blijft' : 'blijven'} individueel gefinancierd` : ''}.`
      : 'Er gaan geen zorgkaders in de pot: alle zorg blijft individueel gefinancierd.',
  );
  zinnen.push(
    t.onderwijsFractie > 0
      ? `De samenwerkingsverbanden brengen ${formatPct(t.onderwijsFractie)} van het onderwijsdeel van de kosten van hun scholen in de pot in (TLV- en ondersteuningsmiddelen).`
      : 'Het onderwijsdeel van de kosten blijft bij de scholen en gaat niet in de pot.',
  );

  const uit = Object.entries(v.deelname)
    .filter(([, mee]) => !mee)
    .map(([id]) => partijNaamInZin(regio, id));
  zinnen.push(uit.length ? `Niet mee doen: ${opsomming(uit)}.` : 'Alle gemeenten in de regio, de GGD, het zorgkantoor en de zorgverzekeraars doen mee.');
  if (uit.length) {
    zinnen.push(
      v.nietDeelnemers === 'individueel'
        ? 'Wie niet meedoet, blijft de kosten van de eigen leerlingen individueel betalen, buiten de pot.'
        : v.nietDeelnemers === 'vestigingsgemeente'
          ? 'De kosten van leerlingen uit gemeenten die niet meedoen, betaalt de gemeente waar hun school staat (de vestigingsgemeente) in de pot.'
          : 'De kosten van leerlingen uit gemeenten die niet meedoen, worden volgens de verdeelsleutel herverdeeld over de gemeenten die wel meedoen.',
    );
  }
  if (regio.gemeenten.some((g) => !g.inRegio)) {
    zinnen.push(
      v.buitenRegio === 'individueel'
        ? 'Leerlingen uit gemeenten buiten de regio blijven individueel gefinancierd door hun woongemeente.'
        : 'Gemeenten buiten de regio betalen de kosten van hun eigen leerlingen in de pot (verrekening).',
    );
  }

  const s = v.verdeelsleutel;
  const gemeenteNaam = (code: string) => partijNaam(regio, gemeenteId(code));
  switch (s.type) {
    case 'zorggebruik':
      zinnen.push('Verdeelsleutel eigen leerlingen: elke deelnemende gemeente betaalt de zorgkosten van de leerlingen die bij haar wonen, net als nu (woonplaatsbeginsel); berekend met de landelijke normen, of met haar historische uitgaven als de rekenbasis realisatie is.');
      break;
    case 'leerlingen':
      zinnen.push('Verdeelsleutel leerlingen: de deelnemende gemeenten betalen het gemeentelijk deel van de pot naar rato van het aantal leerlingen in de pot dat bij hen woont.');
      break;
    case 'jeugdigen':
      zinnen.push('Verdeelsleutel jeugdigen: de deelnemende gemeenten betalen het gemeentelijk deel van de pot naar rato van hun aantal inwoners van 0–17 jaar (regionale solidariteit).');
      break;
    case 'vast':
      zinnen.push(
        `Verdeelsleutel vaste percentages: ${opsomming(Object.entries(s.percentages).map(([code, p]) => `${gemeenteNaam(code)} ${formatGetal(p, 1)}%`))}; doet een gemeente niet mee, dan worden de percentages van de anderen herschaald.`,
      );
      break;
    case 'normkosten':
      zinnen.push('Verdeelsleutel normkosten: de deelnemende gemeenten betalen het gemeentelijk deel van de pot naar rato van de kosten van hun eigen leerlingen volgens de landelijke norm, ook als de rekenbasis de realisatie is.');
      break;
    case 'mix':
      zinnen.push(`Verdeelsleutel mix: het gemeentelijk deel wordt voor ${formatPct(s.alpha)} verdeeld naar de zorgkosten van de eigen leerlingen en voor ${formatPct(1 - s.alpha)} naar inwoners van 0–17 jaar.`);
      break;
  }

  zinnen.push(`In de gemeenteroute beheert ${gemeenteNaam(t.centrumgemeente)} als centrumgemeente de pot, namens alle financiers.`);
  zinnen.push(
    t.onderwijsBudgethouder === 'penvoerder' && t.penvoerder !== null
      ? `In de onderwijsroute beheert ${partijNaam(regio, swvId(t.penvoerder))} als penvoerend samenwerkingsverband de hele pot.`
      : 'In de onderwijsroute beheert het samenwerkingsverband van elke school de pot van die school; elke financier verdeelt zijn bijdrage over de samenwerkingsverbanden naar rato van de pot van hun scholen.',
  );
  zinnen.push(`In de integrale route beheert één regionale partij de pot: ${t.integraalNaam}.`);
  const uk = t.uitvoeringskosten;
  zinnen.push(
    uk.gemeenteroute === 0 && uk.onderwijsroute === 0 && uk.integraal === 0
      ? 'Er zijn geen uitvoeringskosten gerekend (0%): de bronnen geven daarvoor geen cijfer.'
      : `Uitvoeringskosten, als deel van de pot en door de financiers naar rato betaald: gemeenteroute ${formatPct(uk.gemeenteroute)}, onderwijsroute ${formatPct(uk.onderwijsroute)}, integrale route ${formatPct(uk.integraal)}.`,
  );
  return zinnen;
}
