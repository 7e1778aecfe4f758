/**
 * The Excel workbook of an ontwerptafel session, for the verslag: Toelichting (what the table
 * decided, regio, date, method and criteria), Besluiten (positions per task and the proposal, with
 * the effect on the pot), Gewichten (per group, now and per momentopname), one sheet per
 * momentopname (ranking per group and overall, key figures, contributions, scores), Vergelijking
 * (the momentopnamen side by side) and, when given, the Meerjarenraming.
 *
 * Written with the project's sheet builder (`werkblad.ts`): number formats, fitted column widths,
 * header comments, one autofilter per sheet, totals and differences as formulas.
 */
import * as XLSX from 'xlsx';
import { KADER_LABEL, KADERS } from '../../shared/domain/labels';
import { GROEP_LABEL, ROUTE_LABEL, SCOPE_LABEL, TAKEN, VERDEELSLEUTEL_LABEL, type RouteId, type Taak } from '../../shared/engine';
import { formatEuro, formatGetal } from '../../shared/format';
import {
  AANNAMES_MEERJAREN,
  CRITERIA,
  CRITERIUM,
  CRITERIUM_IDS,
  ENQUETE_ROUTES,
  ENQUETE_UITLEG,
  ENQUETE_VOORBEHOUD,
  POSITIE_LABEL,
  VOORSTEL_REGEL,
  WEGING_UITLEG,
  gewichtVan,
  scopeVoorstel,
  vergelijkMomentopnamen,
  type Criterium,
  type CriteriumId,
  type Gewichten,
  type Meerjarenraming,
  type Momentopname,
  type Ontwerpsessie,
  type Rangplaats,
  type ScopeEffect,
  type Stakeholdergroep,
  type TaakVoorstel,
} from '../../shared/ontwerptafel';
import { bladLink, verschil, voegBladToe, Werkblad, type WerkbladKolom, type Soort } from './werkblad';
import { POT_ROUTES } from '../../shared/domain/routes';
import { NU_KOP, NU_UITLEG } from '../../shared/domain/nu';

export const SESSIE_BLADEN = {
  toelichting: 'Toelichting',
  besluiten: 'Besluiten',
  gewichten: 'Gewichten',
  vergelijking: 'Vergelijking',
  meerjaren: 'Meerjarenraming',
} as const;

/** The sheet of the i-th momentopname (0-based). */
export const momentBlad = (i: number) => `Momentopname ${i + 1}`;

export interface SessieWerkmapOpties {
  /** `scopeEffecten` of the variant on screen: pot and onderwijs share with and without each task. */
  scopeEffecten?: readonly ScopeEffect[];
  /** Task ids of the variant on screen (default: the scope of `scopeEffecten`, else of the last momentopname). */
  huidigeScope?: readonly string[];
  /** A meerjarenraming to add as its own sheet. */
  meerjaren?: Meerjarenraming;
  /** Task list (default: the national one). */
  taken?: readonly Taak[];
  /** When the file is made (default: now). */
  gemaakt?: Date;
}

/** Scores 1–5 with two decimals: the sheet builder's two-decimal format (named for fte). */
const SCORE: Soort = 'fte';

const TIJD = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const DATUM = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });
const tijdTekst = (iso: string) => TIJD.format(new Date(iso));
const datumTekst = (isoDatum: string) => DATUM.format(new Date(`${isoDatum}T00:00:00Z`));
const klein = (r: RouteId) => ROUTE_LABEL[r].toLowerCase();

/** The first place(s) of a ranking: "Onderwijsroute", or "Gemeenteroute / Integrale route (gelijk)". */
function bovenaan(rangorde: readonly Rangplaats[]): string {
  const eerste = rangorde.filter((x) => x.plaats === 1).map((x) => ROUTE_LABEL[x.route]);
  return eerste.length > 1 ? `${eerste.join(' / ')} (gelijk)` : (eerste[0] ?? '');
}

function scopeTekst(m: Momentopname, taken: readonly Taak[]): string {
  const s = m.resultaten.scope;
  return `${SCOPE_LABEL[s.naam]} (${s.taken.length} van ${taken.length} taken)`;
}

/** Column headers must be unique: a group name that occurs twice gets its id added. */
function groepKoppen(groepen: readonly Stakeholdergroep[], bezet: readonly string[] = []): Map<string, string> {
  const teller = new Map<string, number>();
  for (const g of groepen) teller.set(g.naam, (teller.get(g.naam) ?? 0) + 1);
  return new Map(groepen.map((g) => [g.id, (teller.get(g.naam)! > 1 || bezet.includes(g.naam) ? `${g.naam} (${g.id})` : g.naam)]));
}

const INHOUD: Record<string, string> = {
  [SESSIE_BLADEN.besluiten]: 'Per taak het standpunt van elke groep (erin, eruit, onbeslist), het voorstel dat daaruit volgt en, waar berekend, het effect op de pot en op het aandeel van het onderwijs.',
  [SESSIE_BLADEN.gewichten]: 'De gewichten (0–10) van elke groep per criterium: nu en in elke momentopname.',
  [SESSIE_BLADEN.vergelijking]: 'De momentopnamen naast elkaar: pot, bovenaan per groep, bijdragen per financier en wat er veranderde.',
  [SESSIE_BLADEN.meerjaren]: 'De pot en de bijdragen per financier voor de komende jaren, met de aannamen.',
};
const MOMENT_INHOUD = 'De rangorde per groep en in totaal, de kerncijfers van de pot, de bijdrage per financier en de scores per route en criterium met hun onderbouwing.';

function toelichtingBlad(sessie: Ontwerpsessie, regioNaam: string, bladen: readonly string[], taken: readonly Taak[], gemaakt: Date): Werkblad {
  const blad = new Werkblad();
  blad.tekst(`Ontwerptafel: ${sessie.naam}`).leeg();
  blad.tekst(
    'Wat is dit: het verslag van een sessie van de ontwerptafel, waar gemeenten, samenwerkingsverbanden, schoolbesturen, schoolleiders, zorgaanbieders, zorgkantoren en zorgverzekeraars en ouders samen bepalen welke taken tot Zorg in Onderwijstijd horen en welke financieringsroute zij kiezen (par. 5.3 van het rapport).',
  );
  blad.leeg();
  blad.paren([
    ['Regio', regioNaam],
    ['Datum van de sessie', sessie.datum ? datumTekst(sessie.datum) : 'niet ingevuld'],
    ['Bestand gemaakt', TIJD.format(gemaakt)],
    ['Groepen aan tafel', sessie.groepen.map((g) => g.naam).join(', ')],
    ['Vergeleken routes', sessie.routes.map((r) => ROUTE_LABEL[r]).join(', ')],
    ['Momentopnamen', sessie.momentopnamen.length, 'aantal'],
  ]);
  blad.leeg();

  blad.tekst('Wat de tafel besloot');
  const voorstel = scopeVoorstel(sessie.scopeposities, sessie.groepen, taken);
  const lijst = (p: TaakVoorstel['voorstel']) => voorstel.filter((v) => v.voorstel === p).map((v) => v.naam).join(', ') || 'geen';
  blad.paren([
    ['Taken erin (meerderheid)', lijst('in')],
    ['Taken eruit (meerderheid)', lijst('uit')],
    ['Taken nog onbeslist', lijst('onbeslist')],
    ...sessie.momentopnamen.map((m): [string, string] => [
      `Momentopname "${m.naam}"`,
      `${tijdTekst(m.tijdstip)}: bovenaan (totaal) ${bovenaan(m.resultaten.weging.totaal.rangorde)}; scope ${scopeTekst(m, taken)}; pot ${formatEuro(m.resultaten.pot.totaal)}.`,
    ]),
    ...(sessie.notities?.trim() ? [['Notities', sessie.notities.trim()] as [string, string]] : []),
  ]);
  blad.leeg();

  blad.tekst('Zo leest u de bladen');
  blad.rijVan(['Blad', 'Inhoud']);
  for (const b of bladen) if (b !== SESSIE_BLADEN.toelichting) blad.rijVan([{ waarde: b, soort: 'tekst', link: bladLink(b) }, INHOUD[b] ?? MOMENT_INHOUD]);
  blad.leeg();

  blad.tekst('Methode', ...WEGING_UITLEG.map((z) => `• ${z}`), `• ${VOORSTEL_REGEL}`);
  blad.tekst('• De startscores van de kwalitatieve criteria zijn een startpunt, afgeleid uit het rapport; op elk blad per momentopname staat bij elke score of het een startpunt is, door de tafel is aangepast of uit de rekenkern komt.');
  blad.leeg();

  blad.tekst(
    'Ter vergelijking: de enquête van het rapport',
    ...ENQUETE_ROUTES.map((e) => `• ${ROUTE_LABEL[e.route]}: ${e.score === null ? e.oordeel : formatGetal(e.score, 1)} (“${e.citaat}”, ${e.bron}, r. ${e.regel})`),
    ...ENQUETE_UITLEG.map((z) => `• ${z}`),
    `• “${ENQUETE_VOORBEHOUD.citaat}” (${ENQUETE_VOORBEHOUD.bron}, r. ${ENQUETE_VOORBEHOUD.regel})`,
  );
  blad.leeg();

  const criteria: WerkbladKolom<Criterium>[] = [
    { kop: 'Criterium', soort: 'tekst', waarde: (c) => c.naam },
    { kop: 'Soort', soort: 'tekst', waarde: (c) => (c.soort === 'kwalitatief' ? 'kwalitatief' : 'meetbaar (lager is beter)') },
    { kop: 'Bron', soort: 'tekst', waarde: (c) => (c.soort === 'meetbaar' ? `${c.bron}; kengetal: ${c.kengetal}` : c.bron), breedte: 40 },
    { kop: 'Uitleg', soort: 'tekst', waarde: (c) => c.uitleg, breedte: 60 },
  ];
  blad.tabel(criteria, CRITERIA, { titel: 'Criteria', totaal: false });
  blad.breedte(0, 30).breedte(1, 40);
  return blad;
}

function besluitenBlad(sessie: Ontwerpsessie, opties: SessieWerkmapOpties, taken: readonly Taak[]): Werkblad {
  const blad = new Werkblad();
  const voorstel = scopeVoorstel(sessie.scopeposities, sessie.groepen, taken);
  const laatste = sessie.momentopnamen.at(-1);
  const effect = new Map((opties.scopeEffecten ?? []).map((e) => [e.taak, e]));
  const metEffect = effect.size > 0;
  // "In de variant": the given scope, else that of the variant of the scope effects, else the last momentopname.
  const bron = opties.huidigeScope ? 'scherm' : metEffect ? 'effecten' : laatste ? 'momentopname' : undefined;
  const huidig = opties.huidigeScope ?? (metEffect ? opties.scopeEffecten!.filter((e) => e.inScope).map((e) => e.taak) : laatste?.resultaten.scope.taken);
  const inScope = huidig ? new Set(huidig) : undefined;
  const koppen = groepKoppen(sessie.groepen, ['Taak', 'Taakgroep', 'Erin', 'Eruit', 'Onbeslist', 'Voorstel', 'Unaniem']);

  const kolommen: WerkbladKolom<TaakVoorstel>[] = [
    { kop: 'Taak', soort: 'tekst', waarde: (v) => v.naam },
    { kop: 'Taakgroep', soort: 'tekst', waarde: (v) => GROEP_LABEL[v.groep], uitleg: 'De scenario’s van tabel 2.3: A in smal, medium en breed; B in medium en breed; C alleen in breed.' },
    ...sessie.groepen.map((g): WerkbladKolom<TaakVoorstel> => ({ kop: koppen.get(g.id)!, soort: 'tekst', waarde: (v) => POSITIE_LABEL[v.posities[g.id]] })),
    { kop: 'Erin', soort: 'aantal', waarde: (v) => v.aantallen.in },
    { kop: 'Eruit', soort: 'aantal', waarde: (v) => v.aantallen.uit },
    { kop: 'Onbeslist', soort: 'aantal', waarde: (v) => v.aantallen.onbeslist },
    { kop: 'Voorstel', soort: 'tekst', waarde: (v) => POSITIE_LABEL[v.voorstel], uitleg: VOORSTEL_REGEL },
    { kop: 'Unaniem', soort: 'tekst', waarde: (v) => v.unaniem },
    ...(inScope ? [{ kop: 'In de variant', soort: 'tekst', waarde: (v) => inScope.has(v.taak) } satisfies WerkbladKolom<TaakVoorstel>] : []),
    ...(metEffect
      ? ([
          { kop: 'Pot met de taak', soort: 'euro', waarde: (v) => effect.get(v.taak)?.met.pot, uitleg: 'De pot van de variant met deze taak erin, de rest van de variant gelijk (rekenkern).' },
          { kop: 'Pot zonder de taak', soort: 'euro', waarde: (v) => effect.get(v.taak)?.zonder.pot, uitleg: 'De pot van de variant zonder deze taak, de rest van de variant gelijk (rekenkern).' },
          { kop: 'Verschil pot', soort: 'euro', rekenregel: verschil('Pot met de taak', 'Pot zonder de taak'), uitleg: 'Wat de taak aan de pot toevoegt.' },
          { kop: 'Aandeel onderwijs met', soort: 'pct', waarde: (v) => effect.get(v.taak)?.met.onderwijsAandeel, uitleg: 'Het deel van alle kosten binnen de scope dat het onderwijs draagt (vgl. tabel 2.5 van het rapport), met de taak.' },
          { kop: 'Aandeel onderwijs zonder', soort: 'pct', waarde: (v) => effect.get(v.taak)?.zonder.onderwijsAandeel, uitleg: 'Hetzelfde zonder de taak.' },
        ] satisfies WerkbladKolom<TaakVoorstel>[])
      : []),
  ];
  blad.tabel(kolommen, voorstel, { titel: 'Besluiten over de scope: welke taken tellen als Zorg in Onderwijstijd (par. 5.3 van het rapport)', autofilter: true, totaal: false });
  blad.leeg();
  blad.tekst(VOORSTEL_REGEL);
  if (bron === 'momentopname') blad.tekst(`"In de variant": de scope van de laatste momentopname ("${laatste!.naam}").`);
  else if (bron) blad.tekst('"In de variant": de scope van de variant op het scherm bij het maken van dit bestand.');
  if (metEffect) blad.tekst('Pot met en zonder de taak: de rest van de variant gelijk, berekend met de rekenkern.');
  return blad;
}

function gewichtenTabel(blad: Werkblad, titel: string, groepen: readonly Stakeholdergroep[], gewichten: Gewichten, autofilter: boolean): void {
  const koppen = groepKoppen(groepen, ['Criterium', 'Soort']);
  const kolommen: WerkbladKolom<CriteriumId>[] = [
    { kop: 'Criterium', soort: 'tekst', waarde: (c) => CRITERIUM[c].naam },
    { kop: 'Soort', soort: 'tekst', waarde: (c) => CRITERIUM[c].soort },
    ...groepen.map((g): WerkbladKolom<CriteriumId> => ({ kop: koppen.get(g.id)!, soort: 'decimaal', waarde: (c) => gewichtVan(gewichten, g.id, c) })),
  ];
  blad.tabel(kolommen, CRITERIUM_IDS, { titel, autofilter, totaal: false });
  blad.leeg();
}

function gewichtenBlad(sessie: Ontwerpsessie): Werkblad {
  const blad = new Werkblad();
  blad.tekst('Gewichten per groep (0 = telt niet mee, 10 = telt het zwaarst); alleen de verhouding binnen een groep telt.').leeg();
  gewichtenTabel(blad, 'Huidige stand', sessie.groepen, sessie.gewichten, true);
  sessie.momentopnamen.forEach((m, i) => gewichtenTabel(blad, `${momentBlad(i)}: ${m.naam}`, m.groepen, m.gewichten, false));
  return blad;
}

interface RangRij {
  naam: string;
  scores: Partial<Record<RouteId, number>>;
  rangorde: Rangplaats[];
  zonderGewicht: boolean;
}

function momentopnameBlad(m: Momentopname, taken: readonly Taak[]): Werkblad {
  const blad = new Werkblad();
  const r = m.resultaten;
  const routes = r.weging.routes;
  blad.tekst(`Momentopname: ${m.naam}`);
  blad.paren([
    ['Tijdstip', tijdTekst(m.tijdstip)],
    ...(m.variant.naam ? [['Variant', m.variant.naam] as [string, string]] : []),
    ['Scope', scopeTekst(m, taken)],
    ['Kaders in de pot', m.variant.potKaders.map((k) => KADER_LABEL[k]).join(', ') + (m.variant.onderwijsbijdragePct > 0 ? `, onderwijs ${m.variant.onderwijsbijdragePct}%` : '')],
    ['Verdeelsleutel', VERDEELSLEUTEL_LABEL[m.variant.verdeelsleutel.type]],
  ]);
  blad.leeg();

  blad.tekst('Kerncijfers (€ per schooljaar)');
  blad.paren([
    ['Pot, totaal', r.pot.totaal, 'euro'],
    ...KADERS.filter((k) => r.pot.perKader[k] !== 0).map((k): [string, number, Soort] => [`Pot, ${KADER_LABEL[k]}`, r.pot.perKader[k], 'euro']),
    ['Zorggeld niet in de pot', r.nietInPot, 'euro'],
    ['Leerlingen', r.leerlingen, 'leerlingen'],
    ...POT_ROUTES.map((x): [string, number, Soort] => [`Uitvoeringskosten, ${klein(x)}`, r.uitvoeringskosten[x], 'euro']),
  ]);
  blad.leeg();

  const rangKolommen: WerkbladKolom<RangRij>[] = [
    { kop: 'Groep', soort: 'tekst', waarde: (g) => g.naam },
    { kop: 'Bovenaan', soort: 'tekst', waarde: (g) => (g.zonderGewicht ? 'geen voorkeur (alle gewichten 0)' : bovenaan(g.rangorde)) },
    ...routes.map((x): WerkbladKolom<RangRij> => ({ kop: `Score ${klein(x)}`, soort: SCORE, waarde: (g) => g.scores[x] })),
    ...routes.map((x): WerkbladKolom<RangRij> => ({ kop: `Plaats ${klein(x)}`, soort: 'aantal', waarde: (g) => g.rangorde.find((p) => p.route === x)?.plaats })),
  ];
  const rangRijen: RangRij[] = [
    { naam: 'Totaal (gemiddelde van de groepen)', scores: r.weging.totaal.scores, rangorde: r.weging.totaal.rangorde, zonderGewicht: false },
    ...r.weging.perGroep.map((g) => ({ naam: g.naam, scores: g.scores, rangorde: g.rangorde, zonderGewicht: g.zonderGewicht })),
  ];
  blad.tabel(rangKolommen, rangRijen, { titel: 'Rangorde (score 1–5, hoger is beter)', totaal: false });
  blad.leeg();

  type Bijdrage = Momentopname['resultaten']['bijdragen'][number];
  const bijdragen: WerkbladKolom<Bijdrage>[] = [
    { kop: 'Financier', soort: 'tekst', waarde: (x) => x.naam },
    { kop: 'Bijdrage aan de pot', soort: 'euro', waarde: (x) => x.potdeel, uitleg: 'In elke route gelijk, zonder uitvoeringskosten.' },
    { kop: 'Buiten de pot', soort: 'euro', waarde: (x) => x.individueel, uitleg: 'Kosten die individueel betaald blijven, in elke route.' },
    { kop: NU_KOP, soort: 'euro', waarde: (x) => x.huidig, uitleg: NU_UITLEG },
    { kop: 'Verschil', soort: 'euro', rekenregel: { plus: ['Bijdrage aan de pot', 'Buiten de pot'], min: [NU_KOP] }, uitleg: 'Bijdrage aan de pot + buiten de pot − Nu.' },
  ];
  blad.tabel(
    bijdragen,
    r.bijdragen.filter((x) => x.potdeel !== 0 || x.huidig !== 0 || x.individueel !== 0),
    { titel: 'Bijdragen aan de pot per financier (€ per schooljaar)' },
  );
  blad.leeg();

  const herkomst = { startpunt: 'startpunt (rapport)', aangepast: 'aangepast door de tafel', gemeten: 'gemeten (rekenkern)' } as const;
  interface ScoreRij {
    criterium: CriteriumId;
    route: RouteId;
  }
  const cel = (x: ScoreRij) => r.scoretabel.perRoute[x.route]![x.criterium]!;
  const isEuro = (c: CriteriumId) => {
    const crit = CRITERIUM[c];
    return crit.soort === 'meetbaar' && crit.eenheid === 'euro';
  };
  const scoreKolommen: WerkbladKolom<ScoreRij>[] = [
    { kop: 'Criterium', soort: 'tekst', waarde: (x) => CRITERIUM[x.criterium].naam },
    { kop: 'Route', soort: 'tekst', waarde: (x) => ROUTE_LABEL[x.route] },
    { kop: 'Score', soort: SCORE, waarde: (x) => cel(x).score },
    { kop: 'Herkomst', soort: 'tekst', waarde: (x) => herkomst[cel(x).herkomst] },
    { kop: 'Kengetal', soort: 'decimaal', waarde: (x) => (isEuro(x.criterium) ? undefined : cel(x).waarde), uitleg: 'Meetbare criteria: het aantal uit de rekenkern.' },
    { kop: 'Kengetal (€)', soort: 'euro', waarde: (x) => (isEuro(x.criterium) ? cel(x).waarde : undefined), uitleg: 'Meetbare criteria: het bedrag uit de rekenkern.' },
    { kop: 'Onderbouwing', soort: 'tekst', waarde: (x) => cel(x).onderbouwing, breedte: 60 },
  ];
  blad.tabel(
    scoreKolommen,
    // A momentopname taken before a criterion existed has no score for it.
    CRITERIUM_IDS.flatMap((criterium) => routes.map((route) => ({ criterium, route }))).filter((x) => r.scoretabel.perRoute[x.route]?.[x.criterium]),
    { titel: 'Scores per criterium en route', autofilter: true, totaal: false },
  );
  return blad;
}

function vergelijkingBlad(sessie: Ontwerpsessie, taken: readonly Taak[]): Werkblad {
  const blad = new Werkblad();
  const ms = sessie.momentopnamen;
  blad.tekst('Vergelijking van de momentopnamen');
  if (!ms.length) return blad.tekst('Er zijn nog geen momentopnamen gemaakt.');

  const groepen: Stakeholdergroep[] = [];
  for (const m of ms) for (const g of m.groepen) if (!groepen.some((x) => x.id === g.id)) groepen.push(g);
  const koppen = groepKoppen(groepen);
  const overzicht: WerkbladKolom<number>[] = [
    { kop: 'Momentopname', soort: 'tekst', waarde: (i) => ms[i].naam },
    { kop: 'Tijdstip', soort: 'tekst', waarde: (i) => tijdTekst(ms[i].tijdstip) },
    { kop: 'Scope', soort: 'tekst', waarde: (i) => scopeTekst(ms[i], taken) },
    { kop: 'Pot', soort: 'euro', waarde: (i) => ms[i].resultaten.pot.totaal },
    { kop: 'Verschil met vorige', soort: 'euro', waarde: (i) => (i > 0 ? ms[i].resultaten.pot.totaal - ms[i - 1].resultaten.pot.totaal : undefined) },
    { kop: 'Niet in de pot', soort: 'euro', waarde: (i) => ms[i].resultaten.nietInPot },
    { kop: 'Bovenaan (totaal)', soort: 'tekst', waarde: (i) => bovenaan(ms[i].resultaten.weging.totaal.rangorde) },
    ...groepen.map(
      (g): WerkbladKolom<number> => ({
        kop: `Bovenaan: ${koppen.get(g.id)}`,
        soort: 'tekst',
        waarde: (i) => {
          const x = ms[i].resultaten.weging.perGroep.find((y) => y.groep === g.id);
          return !x ? '—' : x.zonderGewicht ? 'geen voorkeur' : bovenaan(x.rangorde);
        },
      }),
    ),
  ];
  blad.tabel(
    overzicht,
    ms.map((_, i) => i),
    { autofilter: true, totaal: false },
  );
  blad.leeg();

  const partijen = new Map<string, string>();
  for (const m of ms) for (const x of m.resultaten.bijdragen) if (!partijen.has(x.partij)) partijen.set(x.partij, x.naam);
  const bijdrage = (m: Momentopname, p: string) => m.resultaten.bijdragen.find((x) => x.partij === p)?.potdeel ?? 0;
  const VERSCHIL = 'Verschil laatste − eerste';
  const momentKoppen = ms.map((m) => (m.naam === 'Financier' || m.naam === VERSCHIL ? `${m.naam} (momentopname)` : m.naam));
  const bijdragen: WerkbladKolom<string>[] = [
    { kop: 'Financier', soort: 'tekst', waarde: (p) => partijen.get(p) },
    ...ms.map((m, i): WerkbladKolom<string> => ({ kop: momentKoppen[i], soort: 'euro', waarde: (p) => bijdrage(m, p) })),
    ...(ms.length > 1 ? [{ kop: VERSCHIL, soort: 'euro', rekenregel: verschil(momentKoppen.at(-1)!, momentKoppen[0]) } satisfies WerkbladKolom<string>] : []),
  ];
  blad.tabel(
    bijdragen,
    [...partijen.keys()].filter((p) => ms.some((m) => bijdrage(m, p) !== 0)),
    { titel: 'Bijdrage aan de pot per financier (€ per schooljaar, zonder uitvoeringskosten)' },
  );

  if (ms.length > 1) {
    blad.leeg();
    blad.tekst('Wat veranderde tussen opeenvolgende momentopnamen');
    const naamVan = new Map(taken.map((t) => [t.id, t.naam]));
    const regels: [string, string][] = [];
    for (let i = 1; i < ms.length; i++) {
      const v = vergelijkMomentopnamen(ms[i - 1], ms[i]);
      const delen: string[] = [];
      if (v.scope.erbij.length) delen.push(`taken erbij: ${v.scope.erbij.map((t) => naamVan.get(t) ?? t).join(', ')}`);
      if (v.scope.eraf.length) delen.push(`taken eraf: ${v.scope.eraf.map((t) => naamVan.get(t) ?? t).join(', ')}`);
      delen.push(`pot ${v.pot.verschil > 0 ? '+' : ''}${formatEuro(v.pot.verschil)}`);
      if (v.gewichten.length) delen.push(`${v.gewichten.length} ${v.gewichten.length === 1 ? 'gewicht' : 'gewichten'} anders`);
      if (v.scores.length) delen.push(`${v.scores.length} ${v.scores.length === 1 ? 'score' : 'scores'} anders`);
      for (const rv of v.rangorde.filter((x) => x.gewijzigd)) {
        delen.push(`${rv.groep === null ? 'totaal' : rv.naam}: bovenaan ${rv.winnaarA ? ROUTE_LABEL[rv.winnaarA] : '—'} → ${rv.winnaarB ? ROUTE_LABEL[rv.winnaarB] : '—'}`);
      }
      regels.push([`${v.a} → ${v.b}`, delen.join('; ')]);
    }
    blad.paren(regels);
  }
  return blad;
}

function meerjarenBlad(mj: Meerjarenraming): Werkblad {
  const blad = new Werkblad();
  const jaren = mj.jaren;
  blad.tekst(`Meerjarenraming van de pot en de bijdragen (€ per schooljaar, basisjaar op ${mj.prijspeil})`);
  blad.rijVan(['', ...jaren.map((j) => j.label)]);
  const rij = (label: string, soort: Soort, waarde: (j: (typeof jaren)[number]) => number | null) => blad.rijVan([label, ...jaren.map((j) => ({ waarde: waarde(j), soort }))]);
  rij('Leerlingengroei', 'pct', (j) => j.leerlingengroei);
  rij('Prijsindex', 'pct', (j) => j.prijsindex);
  rij(`Indexfactor t.o.v. ${mj.prijspeil}`, 'factor', (j) => j.indexfactor);
  rij('Leerlingen', 'leerlingen', (j) => j.leerlingen);
  rij('Pot, totaal', 'euro', (j) => j.pot.totaal);
  for (const k of KADERS) if (jaren[0].pot.perKader[k] !== 0) rij(`Pot, ${KADER_LABEL[k]}`, 'euro', (j) => j.pot.perKader[k]);
  rij('Zorggeld niet in de pot', 'euro', (j) => j.nietInPot);
  for (const r of POT_ROUTES) rij(`Uitvoeringskosten, ${klein(r)}`, 'euro', (j) => j.uitvoeringskosten[r].bedrag);
  blad.leeg();

  const financiers = jaren[0].financiers.filter((f) => f.potdeel !== 0);
  const kolommen: WerkbladKolom<string>[] = [
    { kop: 'Financier', soort: 'tekst', waarde: (p) => financiers.find((f) => f.partij === p)!.naam },
    ...jaren.map((j): WerkbladKolom<string> => ({ kop: j.label, soort: 'euro', waarde: (p) => j.financiers.find((f) => f.partij === p)?.potdeel ?? 0 })),
  ];
  blad.tabel(
    kolommen,
    financiers.map((f) => f.partij),
    { titel: 'Bijdrage aan de pot per financier (in elke route gelijk, zonder uitvoeringskosten)', autofilter: true },
  );
  blad.leeg();
  blad.tekst('Aannamen');
  blad.paren(AANNAMES_MEERJAREN.map((a): [string, string] => [a.titel, `${a.tekst} (Bron: ${a.bron}.)`]));
  blad.breedte(0, 36);
  return blad;
}

/** The session workbook as a SheetJS workbook. */
export function maakSessieWerkboek(sessie: Ontwerpsessie, regio: { regio?: { naam: string } }, opties: SessieWerkmapOpties = {}): XLSX.WorkBook {
  const taken = opties.taken ?? TAKEN;
  const gemaakt = opties.gemaakt ?? new Date();
  const regioNaam = regio.regio?.naam ?? 'onbekende regio';
  const bladen: [string, () => Werkblad][] = [
    [SESSIE_BLADEN.besluiten, () => besluitenBlad(sessie, opties, taken)],
    [SESSIE_BLADEN.gewichten, () => gewichtenBlad(sessie)],
    ...sessie.momentopnamen.map((m, i): [string, () => Werkblad] => [momentBlad(i), () => momentopnameBlad(m, taken)]),
    [SESSIE_BLADEN.vergelijking, () => vergelijkingBlad(sessie, taken)],
    ...(opties.meerjaren ? [[SESSIE_BLADEN.meerjaren, () => meerjarenBlad(opties.meerjaren!)] as [string, () => Werkblad]] : []),
  ];
  const wb = XLSX.utils.book_new();
  voegBladToe(wb, SESSIE_BLADEN.toelichting, toelichtingBlad(sessie, regioNaam, [SESSIE_BLADEN.toelichting, ...bladen.map(([n]) => n)], taken, gemaakt).naarSheet());
  for (const [naam, maak] of bladen) voegBladToe(wb, naam, maak().naarSheet());
  wb.Props = { Title: `Ontwerptafel ${sessie.naam}: ${regioNaam}`, Author: 'ZiO Collectieve Pot', CreatedDate: gemaakt };
  return wb;
}

/** The session workbook (.xlsx) for the verslag. */
export function maakSessieWerkmap(sessie: Ontwerpsessie, regio: { regio?: { naam: string } }, opties: SessieWerkmapOpties = {}): Buffer {
  return XLSX.write(maakSessieWerkboek(sessie, regio, opties), { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
