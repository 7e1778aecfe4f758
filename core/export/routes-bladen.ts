/**
 * One sheet per route (contributions per financier today and in the route with the difference,
 * budgethouders, budget per school, flows, indicators) and the sheet Vergelijking with the key
 * figures of all routes side by side.
 */
import { GEMEENTE_STATUS_LABEL, KADER_LABEL, KADERS, type Kader } from '../../shared/domain/labels';
import { NORMEN_LANDELIJK, ROUTE_LABEL, ROUTES, partijCode, type Bijdrage, type Budgethouder, type RouteId, type RouteResultaat, type SchoolBudget, type Stroom } from '../../shared/engine';
import { formatGetal } from '../../shared/format';
import type { ExportContext } from './context';
import { WEGGELATEN } from '../../shared/export/oogo-typen';
import { toonDeelbedrag } from './kleine-aantallen';
import { PARTIJ_SOORT_LABEL, STROOM_SOORT_LABEL, STROOM_SOORT_UITLEG } from './variant-tekst';
import { som, verschil, Werkblad, type WerkbladKolom, type Soort, type Waarde } from './werkblad';
import { gemeenteId, partijSoort, swvId } from '../../shared/domain/partijen';
import { betaaltNu, GEEN_POT, NU_KOP, NU_UITLEG, zonderPot } from '../../shared/domain/nu';

/** Sheet names of the routes: their Dutch labels. */
export const ROUTE_BLAD: Record<RouteId, string> = ROUTE_LABEL;

/** Who holds the pot in a route, in one line. */
export function budgethouderTekst(ctx: ExportContext, id: RouteId): string {
  const r = ctx.ev.routes[id];
  if (id === 'huidig' || !r.budgethouders.length) return 'geen: elke financier betaalt de scholen rechtstreeks';
  if (r.budgethouders.length === 1) return ctx.naam(r.budgethouders[0].partij);
  return `${formatGetal(r.budgethouders.length)} samenwerkingsverbanden, elk voor de eigen scholen`;
}

function routeUitleg(ctx: ExportContext, id: RouteId): string {
  const t = ctx.ev.toegepast;
  switch (id) {
    case 'huidig':
      return 'Geen pot: elke financier betaalt de zorg van zijn leerlingen zelf, per school en per kader (individuele financiering). "Nu" is wat elke financier vandaag betaalt: alle taken, al zijn leerlingen.';
    case 'gemeenteroute':
      return `${ctx.naam(gemeenteId(t.centrumgemeente))} beheert als centrumgemeente de pot: de andere financiers betalen hun bijdrage aan haar, zij betaalt elke school haar budget.`;
    case 'onderwijsroute':
      return t.onderwijsBudgethouder === 'penvoerder' && t.penvoerder !== null
        ? `${ctx.naam(swvId(t.penvoerder))} beheert als penvoerend samenwerkingsverband de hele pot.`
        : 'Het samenwerkingsverband van elke school beheert de pot van die school; elke financier verdeelt zijn bijdrage over de samenwerkingsverbanden naar rato van de pot van hun scholen.';
    case 'integraal':
      return `${t.integraalNaam} beheert de pot: de financiers betalen hun bijdrage aan deze ene regionale partij, die elke school haar budget betaalt.`;
  }
}

/** The kaders with money in the pot (the columns of the school budgets). */
function potKolommen(ctx: ExportContext): Kader[] {
  return KADERS.filter((k) => ctx.ev.pot.perKader[k] > 0 || ctx.ev.toegepast.potKaders.includes(k));
}

export function routeBlad(ctx: ExportContext, id: RouteId): Werkblad {
  const ev = ctx.ev;
  const r = ev.routes[id];
  const blad = new Werkblad({ kleineAantallen: ctx.kleineAantallen });
  const bijdragenSamen = r.bijdragen.reduce((s, b) => s + b.bedrag, 0);
  blad.tekst(`${r.naam}: bijdragen, budgetten en geldstromen`, routeUitleg(ctx, id)).leeg();
  blad.tekst('Kerncijfers');
  blad.paren([
    ...(id === 'huidig'
      ? ([['Zorgkosten, nu individueel betaald (alle taken)', ev.zorgTotaal, 'euro']] as const)
      : ([
          ['Budgethouder', budgethouderTekst(ctx, id)],
          ['Pot', r.pot.totaal, 'euro'],
          ['Uitvoeringskosten (deel van de pot)', r.uitvoeringskostenFractie, 'pct'],
          ['Uitvoeringskosten', r.uitvoeringskosten, 'euro'],
          ['Bijdragen samen (pot + uitvoeringskosten)', bijdragenSamen, 'euro'],
          ['Niet in de pot (individueel betaald)', r.nietInPot.totaal, 'euro'],
          ['Buiten de scope', r.buitenScope.totaal, 'euro'],
        ] as const)),
    ['Aantal geldstromen', r.aantalStromen, 'aantal'],
    ['Loketten per school, gemiddeld', r.loketten.gemiddeld, 'decimaal'],
    ['Loketten per school, hoogste', r.loketten.max, 'aantal'],
  ]);
  blad.leeg();

  const financier = new Map(ev.financiers.map((f) => [f.partij, f]));
  const betaaltAan: WerkbladKolom<Bijdrage> = { kop: 'Betaalt aan (partijen)', soort: 'aantal', waarde: (b) => r.ontvangersPerFinancier[b.financier] ?? 0, uitleg: 'Aantal partijen (scholen, ouders of budgethouders) dat de financier in deze route betaalt.' };
  const nu: WerkbladKolom<Bijdrage> = { kop: NU_KOP, soort: 'euro', waarde: (b) => betaaltNu(ev, b.financier), uitleg: NU_UITLEG };
  const bijdragen: WerkbladKolom<Bijdrage>[] = [
    { kop: 'Financier', soort: 'tekst', waarde: (b) => ctx.naam(b.financier), breedte: 36 },
    { kop: 'Soort', soort: 'tekst', waarde: (b) => PARTIJ_SOORT_LABEL[ev.partij[b.financier]?.soort ?? 'gemeente'] },
    ...(id === 'huidig'
      ? [nu, betaaltAan]
      : [
          { kop: 'Status', soort: 'tekst', waarde: (b) => (financier.get(b.financier)?.status ? GEMEENTE_STATUS_LABEL[financier.get(b.financier)!.status!] : ''), uitleg: 'Voor gemeenten: hoe de variant hun kosten behandelt.' },
          nu,
          { kop: 'In de pot', soort: 'euro', waarde: (b) => b.bedrag, uitleg: 'Bijdrage aan de pot in deze route, inclusief het deel van de uitvoeringskosten.' },
          { kop: 'Nog individueel', soort: 'euro', waarde: (b) => b.individueel, uitleg: 'Wat de financier in deze route nog individueel betaalt: zorg die niet in de pot gaat (ook een pgb dat bij de ouders blijft) en zorg buiten de scope.' },
          { kop: 'Totaal in deze route', soort: 'euro', rekenregel: som('In de pot', 'Nog individueel'), uitleg: 'In de pot + nog individueel.' },
          { kop: 'Verschil', soort: 'euro', rekenregel: verschil('Totaal in deze route', NU_KOP), uitleg: 'Totaal in deze route − Nu: positief is meer betalen dan nu.' },
          { kop: 'Waarvan uitvoeringskosten', soort: 'euro', waarde: (b) => b.uitvoeringskosten },
          betaaltAan,
        ] satisfies WerkbladKolom<Bijdrage>[]),
  ];
  blad.tabel(bijdragen, r.bijdragen, { titel: 'Bijdragen per financier (€ per schooljaar)', autofilter: true });
  blad.leeg();

  if (r.budgethouders.length) {
    const houders: WerkbladKolom<Budgethouder>[] = [
      { kop: 'Budgethouder', soort: 'tekst', waarde: (h) => ctx.naam(h.partij) },
      { kop: 'Scholen', soort: 'aantal', waarde: (h) => h.scholen, totaal: true },
      { kop: 'Instroom', soort: 'euro', waarde: (h) => h.instroom, uitleg: 'Bijdragen van de andere financiers.' },
      { kop: 'Eigen bijdrage', soort: 'euro', waarde: (h) => h.eigenBijdrage, uitleg: 'Eigen bijdrage van de budgethouder: een interne boeking, geen geldstroom.' },
      { kop: 'Uitstroom', soort: 'euro', waarde: (h) => h.uitstroom, uitleg: 'Budgetten naar de scholen en hun zorgaanbieders.' },
      { kop: 'Uitvoeringskosten', soort: 'euro', waarde: (h) => h.uitvoeringskosten },
      { kop: 'Controle', soort: 'euro', rekenregel: { plus: ['Instroom', 'Eigen bijdrage'], min: ['Uitstroom', 'Uitvoeringskosten'] }, uitleg: 'Instroom + eigen bijdrage − uitstroom − uitvoeringskosten: 0 als er geen geld verdwijnt.' },
    ];
    blad.tabel(houders, r.budgethouders, { titel: 'Budgethouders: wat binnenkomt en wat naar de scholen en hun zorgaanbieders gaat' });
    blad.leeg();
  }

  const kaders = potKolommen(ctx);
  const schoolNaam = new Map(ev.pot.perSchool.map((s) => [s.school, s.naam]));
  const budgetten: WerkbladKolom<SchoolBudget>[] = [
    { kop: 'School', soort: 'tekst', waarde: (s) => s.school },
    { kop: 'Naam', soort: 'tekst', waarde: (s) => schoolNaam.get(s.school) ?? s.school },
    { kop: 'Budgethouder', soort: 'tekst', waarde: (s) => (s.budgethouder ? ctx.naam(s.budgethouder) : '– (individueel)') },
    ...kaders.map((k): WerkbladKolom<SchoolBudget> => ({ kop: KADER_LABEL[k], soort: 'euro', waarde: (s) => s.perKader[k] })),
    { kop: 'Pot van de school', soort: 'euro', rekenregel: som(...kaders.map((k) => KADER_LABEL[k])), uitleg: 'Som van de kaders in de pot: het budget van de school (in de huidige situatie individueel betaald).' },
    { kop: 'Loketten', soort: 'aantal', waarde: (s) => r.lokettenPerSchool[s.school] ?? 0, uitleg: 'Aantal partijen waarvan de school in deze route zorggeld ontvangt.' },
  ];
  if (id !== 'huidig') {
    blad.tabel(budgetten, r.schoolbudgetten, { titel: 'Budget per school (de pot van de school)' });
    blad.leeg();
  }

  const stromen: WerkbladKolom<Stroom>[] = [
    { kop: 'Van', soort: 'tekst', waarde: (s) => ctx.naam(s.van) },
    { kop: 'Naar', soort: 'tekst', waarde: (s) => ctx.naam(s.naar) },
    { kop: 'Soort', soort: 'tekst', waarde: (s) => STROOM_SOORT_LABEL[s.soort], uitleg: STROOM_SOORT_UITLEG },
    { kop: 'Kader', soort: 'tekst', waarde: (s) => (s.kader ? KADER_LABEL[s.kader] : '') },
    { kop: 'Bedrag', soort: 'euro', waarde: (s) => stroomBedrag(ctx, s) },
  ];
  blad.tabel(stromen, r.stromen, { titel: `Geldstromen (${formatGetal(r.aantalStromen)})`, leeg: '(geen geldstromen)' });
  return blad;
}

/** A flow from a gemeente to one school is money for part of the gemeente's pupils (kleine-aantallen rule 4). */
function stroomBedrag(ctx: ExportContext, s: Stroom): number | typeof WEGGELATEN {
  if (!ctx.kleineAantallen || partijSoort(s.van) !== 'gemeente' || partijSoort(s.naar) !== 'school') return s.bedrag;
  return toonDeelbedrag(s.bedrag, ctx.cellen.van(partijCode(s.naar), partijCode(s.van)), true);
}

type Kerncijfer = [label: string, soort: Soort, waarde: (r: RouteResultaat, id: RouteId) => Waarde];

export function vergelijkingBlad(ctx: ExportContext): Werkblad {
  const ev = ctx.ev;
  const blad = new Werkblad({ kleineAantallen: ctx.kleineAantallen });
  blad.tekst('Vergelijking van de routes');
  blad.tekst('Alle routes gebruiken dezelfde pot en dezelfde bijdragen (op de uitvoeringskosten na). Ze verschillen in wie het geld beheert, hoeveel geldstromen er zijn en bij hoeveel partijen een school zorggeld moet halen (loketten).');
  blad.leeg();

  const k = NORMEN_LANDELIJK.kengetallen;
  const score: Partial<Record<RouteId, Waarde>> = {
    gemeenteroute: k.enqueteScoreGemeenteroute?.waarde,
    onderwijsroute: k.enqueteScoreOnderwijsroute?.waarde,
    integraal: 'tussen beide in',
  };
  const potKaders = KADERS.filter((x) => ev.pot.perKader[x] > 0);
  const rijen: Kerncijfer[] = [
    ['Budgethouder', 'tekst', (_, id) => budgethouderTekst(ctx, id)],
    ['Pot', 'euro', (r) => r.pot.totaal],
    ...potKaders.map((x): Kerncijfer => [`Pot ${KADER_LABEL[x]}`, 'euro', (r) => r.pot.perKader[x]]),
    ['Uitvoeringskosten (deel van de pot)', 'pct', (r) => r.uitvoeringskostenFractie],
    ['Uitvoeringskosten', 'euro', (r) => r.uitvoeringskosten],
    ['Bijdragen samen', 'euro', (r) => r.bijdragen.reduce((s, b) => s + b.bedrag, 0)],
    ['Niet in de pot (individueel)', 'euro', (r) => r.nietInPot.totaal],
    ['Buiten de scope', 'euro', (r) => r.buitenScope.totaal],
    ['Budgethouders', 'aantal', (r) => r.budgethouders.length],
    ['Geldstromen', 'aantal', (r) => r.aantalStromen],
    ['Loketten per school, gemiddeld', 'decimaal', (r) => r.loketten.gemiddeld],
    ['Loketten per school, hoogste', 'aantal', (r) => r.loketten.max],
    ['Draagvlak in de enquête (1–10, par. 4.5)', 'decimaal', (_, id) => score[id] ?? '–'],
  ];
  blad.tekst('Kerncijfers per route');
  blad.rijVan(['Kerncijfer', ...ROUTES.map((id) => ROUTE_LABEL[id])]);
  // The Huidige situatie has no pot: its figures of the pot are "–", not 0.
  const alleenMetPot = new Set(['Pot', ...potKaders.map((x) => `Pot ${KADER_LABEL[x]}`), 'Uitvoeringskosten (deel van de pot)', 'Uitvoeringskosten', 'Bijdragen samen', 'Niet in de pot (individueel)', 'Buiten de scope', 'Budgethouders']);
  const cel = (label: string, soort: Soort, w: Waarde, id: RouteId) => (zonderPot(id) && alleenMetPot.has(label) ? { waarde: GEEN_POT, soort: 'tekst' as const } : { waarde: w, soort });
  for (const [label, soort, waarde] of rijen) blad.rijVan([label, ...ROUTES.map((id) => cel(label, soort, waarde(ev.routes[id], id), id))]);
  blad.breedte(0, 42);
  blad.leeg();

  const potRoutes = ROUTES.filter((id) => id !== 'huidig');
  const perRoute = new Map<RouteId, Map<string, number>>(potRoutes.map((id) => [id, new Map(ev.routes[id].bijdragen.map((b) => [b.financier, b.bedrag + b.individueel]))]));
  const bedragIn = (id: RouteId, f: string) => perRoute.get(id)?.get(f) ?? 0;
  const kolommen: WerkbladKolom<Bijdrage>[] = [
    { kop: 'Financier', soort: 'tekst', waarde: (b) => ctx.naam(b.financier) },
    { kop: 'Soort', soort: 'tekst', waarde: (b) => PARTIJ_SOORT_LABEL[ev.partij[b.financier]?.soort ?? 'gemeente'] },
    { kop: NU_KOP, soort: 'euro', waarde: (b) => betaaltNu(ev, b.financier), uitleg: NU_UITLEG },
    ...potRoutes.flatMap((id): WerkbladKolom<Bijdrage>[] => [
      { kop: ROUTE_LABEL[id], soort: 'euro', waarde: (b) => bedragIn(id, b.financier), uitleg: `Wat de financier in de ${ROUTE_LABEL[id].toLowerCase()} betaalt: in de pot + nog individueel.` },
      { kop: `Verschil ${ROUTE_LABEL[id].toLowerCase()}`, soort: 'euro', rekenregel: verschil(ROUTE_LABEL[id], NU_KOP), uitleg: `${ROUTE_LABEL[id]} − Nu.` },
    ]),
  ];
  blad.tabel(kolommen, ev.routes.huidig.bijdragen, { titel: 'Bijdrage per financier per route (€ per schooljaar)', autofilter: true });
  return blad;
}
