/**
 * A variant written out in Dutch sentences (for the Toelichting of the workbooks and the OOGO
 * report), and the Dutch names of parties, statuses and flows used in both exports.
 */
import { KADER_LABEL, KADERS, type Kader } from '../../shared/domain/labels';
import {
  pasVariantToe,
  partijCode,
  SCOPE_LABEL,
  scopeNaam,
  scopeTaken,
  STANDAARD_POT_KADERS,
  type GemeenteStatus,
  type PartijSoort,
  type RoutesRegio,
  type StroomSoort,
  type Taak,
  type Variant,
} from '../../shared/engine';
import { formatGetal, formatPct } from '../../shared/format';
import { opsomming } from '../excel/kolommen';

export const STANDAARD_VARIANT_NAAM = 'Standaardvariant (rekenmodel)';

export function variantNaam(v: Variant): string {
  return v.naam ?? STANDAARD_VARIANT_NAAM;
}

export const GEMEENTE_STATUS_LABEL: Record<GemeenteStatus, string> = {
  deelnemer: 'doet mee',
  niet_individueel: 'doet niet mee, blijft individueel betalen',
  niet_vestigingsgemeente: 'doet niet mee, de vestigingsgemeente betaalt',
  niet_herverdelen: 'doet niet mee, kosten herverdeeld over de deelnemers',
  buiten_individueel: 'buiten de regio, blijft individueel betalen',
  buiten_verrekening: 'buiten de regio, betaalt eigen kosten in de pot (verrekening)',
};

export const PARTIJ_SOORT_LABEL: Record<PartijSoort, string> = {
  gemeente: 'gemeente',
  ggd: 'GGD',
  zorgkantoor: 'zorgkantoor',
  zorgverzekeraar: 'zorgverzekeraar',
  swv: 'samenwerkingsverband',
  school: 'school',
  entiteit: 'regionale entiteit',
  ouders: 'ouders (pgb)',
  scholen: 'scholen (onderwijs)',
};

/** Short, so a filter on the column stays readable; the header comment explains them (STROOM_SOORT_UITLEG). */
export const STROOM_SOORT_LABEL: Record<StroomSoort, string> = {
  individueel: 'individueel',
  bijdrage: 'bijdrage',
  budget: 'budget',
};
export const STROOM_SOORT_UITLEG = 'individueel: een financier betaalt een school rechtstreeks (zoals nu); bijdrage: een financier betaalt de budgethouder; budget: de budgethouder betaalt een school haar pot.';

/** Who pays a kader today (rekenmodel §3). */
export const FINANCIER_NU: Record<Kader, string> = {
  onderwijs: 'de school (onderwijsmiddelen)',
  jeugdwet: 'de woongemeente',
  zvw: 'de zorgverzekeraars',
  wlz: 'het zorgkantoor',
  wpg: 'de GGD',
  wmo: 'de woongemeente',
};

/** The name of a party id in a regio (without an evaluation at hand). */
export function partijNaam(regio: RoutesRegio, id: string): string {
  if (id === 'ggd') return 'de GGD';
  if (id === 'zorgkantoor') return regio.zorgkantoor.naam;
  const code = partijCode(id);
  if (id.startsWith('gemeente:')) return regio.gemeenten.find((g) => g.code === code)?.naam ?? code;
  if (id.startsWith('swv:')) return regio.samenwerkingsverbanden.find((s) => s.code === code)?.naam ?? code;
  return code;
}

const kaders = (ks: readonly Kader[]) => opsomming(ks.map((k) => KADER_LABEL[k]));

/** The variant's settings, with the regio's defaults filled in, as Dutch sentences. */
export function variantZinnen(v: Variant, regio: RoutesRegio, taken: readonly Taak[]): string[] {
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
    .map(([id]) => partijNaam(regio, id));
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
  const gemeenteNaam = (code: string) => regio.gemeenten.find((g) => g.code === code)?.naam ?? code;
  switch (s.type) {
    case 'zorggebruik':
      zinnen.push('Verdeelsleutel zorggebruik: elke deelnemende gemeente betaalt de kosten van haar eigen leerlingen, net als nu (woonplaatsbeginsel).');
      break;
    case 'leerlingen':
      zinnen.push('Verdeelsleutel leerlingen: de deelnemende gemeenten betalen het gemeentelijk deel van de pot naar rato van het aantal leerlingen in de pot dat bij hen woont.');
      break;
    case 'jeugdigen':
      zinnen.push('Verdeelsleutel jeugdigen: de deelnemende gemeenten betalen het gemeentelijk deel van de pot naar rato van hun aantal inwoners van 0 tot en met 17 jaar (regionale solidariteit).');
      break;
    case 'vast':
      zinnen.push(
        `Verdeelsleutel vaste percentages: ${opsomming(Object.entries(s.percentages).map(([code, p]) => `${gemeenteNaam(code)} ${formatGetal(p, 1)}%`))}; doet een gemeente niet mee, dan worden de percentages van de anderen herschaald.`,
      );
      break;
    case 'mix':
      zinnen.push(`Verdeelsleutel mix: het gemeentelijk deel wordt voor ${formatPct(s.alpha)} verdeeld naar zorggebruik en voor ${formatPct(1 - s.alpha)} naar inwoners van 0 tot en met 17 jaar.`);
      break;
  }

  zinnen.push(`In de gemeenteroute beheert ${gemeenteNaam(t.centrumgemeente)} als centrumgemeente de pot, namens alle financiers.`);
  zinnen.push(
    t.onderwijsBudgethouder === 'penvoerder' && t.penvoerder !== null
      ? `In de onderwijsroute beheert ${partijNaam(regio, `swv:${t.penvoerder}`)} als penvoerend samenwerkingsverband de hele pot.`
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
