/**
 * The criteria of the ontwerptafel (multi-criteria comparison of the routes, issue "Ontwerptafel").
 *
 * Ten qualitative criteria come from the report (DSP-groep & Oberon 2022, par. 3.2, 4.3–4.5 and
 * 5.3, among them all six aandachtspunten of par. 5.3): the participants score each route on them
 * (1–5), starting from STANDAARD_SCORES, each with a literal quotation and the line of the report's
 * text where it begins. Four measurable criteria come from the engine (rekenmodel §4, "indicators
 * per route"); their 1–5 score follows from the figures by the normalisation in `weging.ts`, or by
 * a fixed scale of their own (`vasteScore`, the schakels). All texts users read are Dutch.
 */
import type { Evaluatie, RouteId } from '../engine';
import { SCHAKELS_REGEL, schakelScore, schakelsToelichting, schakelsVan } from './schakels';

export const KWALITATIEVE_CRITERIUM_IDS = [
  'regie_bij_de_bron',
  'budgettoets',
  'zorg_thuis',
  'ontschotting',
  'eenvoud',
  'afdwingbaarheid',
  'inclusief_onderwijs',
  'ouders',
  'individueel_maatwerk',
  'borging_kwaliteit',
] as const;
/** 'geldstromen' is the schakels criterion: the id of its first form is kept, so saved weights still apply. */
export const MEETBARE_CRITERIUM_IDS = ['loketten', 'geldstromen', 'niet_in_pot', 'grootste_verschuiving'] as const;
/** All criteria, qualitative first, in the order the app shows them. */
export const CRITERIUM_IDS = [...KWALITATIEVE_CRITERIUM_IDS, ...MEETBARE_CRITERIUM_IDS] as const;

export type KwalitatiefCriteriumId = (typeof KWALITATIEVE_CRITERIUM_IDS)[number];
export type MeetbaarCriteriumId = (typeof MEETBARE_CRITERIUM_IDS)[number];
export type CriteriumId = (typeof CRITERIUM_IDS)[number];

/** Where a citation comes from. */
export const RAPPORT = 'DSP-groep & Oberon (2022), Naar collectieve financiering van Zorg in Onderwijstijd';

export interface KwalitatiefCriterium {
  id: KwalitatiefCriteriumId;
  soort: 'kwalitatief';
  naam: string;
  /** What the criterion asks, in Dutch, for the session and the verslag. */
  uitleg: string;
  /** Paragraph(s) of the report it comes from. */
  bron: string;
}

export interface MeetbaarCriterium {
  id: MeetbaarCriteriumId;
  soort: 'meetbaar';
  naam: string;
  uitleg: string;
  bron: string;
  /** Which engine figure it reads, in Dutch. */
  kengetal: string;
  eenheid: 'aantal' | 'euro';
  /** For all four: a lower figure is better (it gets the higher score). */
  richting: 'lager_is_beter';
  /** The figure of a route in an evaluation. */
  meet(evaluatie: Evaluatie, route: RouteId): number;
  /**
   * A fixed scale from the figure to 1–5, with its rule in Dutch. Without it the figures are
   * normalised over the compared routes (best 5, worst 1).
   */
  vasteScore?: { score(waarde: number): number; regel: string };
  /** How the figure of a route was computed, in Dutch (shown with the score). */
  toelichting?(evaluatie: Evaluatie, route: RouteId): string;
}

export type Criterium = KwalitatiefCriterium | MeetbaarCriterium;

export const KWALITATIEVE_CRITERIA: readonly KwalitatiefCriterium[] = [
  {
    id: 'regie_bij_de_bron',
    soort: 'kwalitatief',
    naam: 'Regie dicht bij de bron',
    uitleg:
      'Wie bepaalt welke zorg een school nodig heeft en met welke zorgaanbieders zij werkt? Breed gedeeld is dat die inhoudelijke keuze dicht bij de scholen en zorgaanbieders hoort, bij de mensen die de gevolgen overzien, en niet bij een budgethouder achter een bureau die de praktijk niet ziet.',
    bron: 'par. 4.5 (onderwijsroute) en 5.3',
  },
  {
    id: 'budgettoets',
    soort: 'kwalitatief',
    naam: 'Onafhankelijke en transparante budgettoets',
    uitleg:
      'Is er een kritische, onafhankelijke partij die het budget per school eerlijk en inzichtelijk vaststelt en toetst, zodat het geld niet opgaat aan andere doelen? De scholen zitten dicht bij de bron, maar zijn gewend zorg te bieden als niemand anders het doet; dat vraagt een onafhankelijke blik, zonder nieuwe bureaucratie.',
    bron: 'par. 4.3 (budgetbepaling), 4.5 (gemeenteroute) en 5.3',
  },
  {
    id: 'zorg_thuis',
    soort: 'kwalitatief',
    naam: 'Verbinding met de zorg thuis',
    uitleg:
      'Blijven zorg op school en zorg thuis met elkaar verbonden ("communicerende vaten"), of ontstaat er een nieuwe scheiding? Denk aan dezelfde hulpverleners op school en thuis en aan duidelijkheid over wie aan zet is als de zorg thuis verandert.',
    bron: 'par. 4.3, 4.5 en 5.3',
  },
  {
    id: 'ontschotting',
    soort: 'kwalitatief',
    naam: 'Scheiding zorg–onderwijs opgeheven',
    uitleg:
      'Worden onderwijs en zorg samen verantwoordelijk, zodat de discussie over wat onderwijs is en wat zorg (het "grijze gebied") verdwijnt? Het belangrijkste bezwaar tegen de gemeenteroute is dat deze scheiding blijft.',
    bron: 'par. 3.2, 4.3 en 4.5',
  },
  {
    id: 'eenvoud',
    soort: 'kwalitatief',
    naam: 'Eenvoud: weinig schakels, geen nieuwe partij',
    uitleg:
      'Hoeveel partijen en tussenschakels zijn er nodig, en komt er een nieuwe partij bij? "De uitdaging is om het zo simpel mogelijk te houden, met zo weinig mogelijk schakels." Dit criterium gaat over de bestuurlijke inrichting; de schakels en loketten in deze regio meet de app apart (meetbare criteria).',
    bron: 'par. 4.5 en 5.3',
  },
  {
    id: 'afdwingbaarheid',
    soort: 'kwalitatief',
    naam: 'Afdwingbaarheid en regionale dekking',
    uitleg:
      'Doen alle financiers in het voedingsgebied van een school mee, en valt dat af te dwingen, zodat de regeling voor alle leerlingen van de school geldt en niet afhangt van lokaal beleid of van politiek draagvlak?',
    bron: 'par. 3.2, 4.5 en 5.3',
  },
  {
    id: 'inclusief_onderwijs',
    soort: 'kwalitatief',
    naam: 'Verbinding met inclusiever regulier onderwijs',
    uitleg:
      'Blijft er verbinding met de zorg en ondersteuning in het regulier onderwijs, zodat goed geregelde zorg in het (v)so het regulier onderwijs niet "schril doet afsteken" en leerlingen niet te snel naar het speciaal onderwijs gaan?',
    bron: 'par. 4.3, 4.4, 4.5 en 5.3',
  },
  {
    id: 'ouders',
    soort: 'kwalitatief',
    naam: 'Positie en keuzevrijheid van ouders',
    uitleg:
      'Houden ouders invloed op de keuze van de zorgaanbieder en op de zorg voor hun eigen kind? In het collectieve model is de zorg op school zorg in natura en wordt zij niet meer uit het pgb betaald; ouders moeten goed worden betrokken.',
    bron: 'par. 4.3, 4.4 en 5.3',
  },
  {
    id: 'individueel_maatwerk',
    soort: 'kwalitatief',
    naam: 'Ruimte voor individueel maatwerk',
    uitleg:
      'Blijft er binnen de collectieve financiering ruimte voor individueel maatwerk en voor het invliegen van specifieke expertise bij kinderen met specifieke of intensieve zorgvragen? Ouders, schoolleiders en zorgaanbieders wijzen op het risico van "eenheidsworst"; gemeenten waarschuwen om niet op voorhand uitzonderingen te maken.',
    bron: 'par. 4.3 en 5.3 ("Ruimte behouden voor individueel maatwerk")',
  },
  {
    id: 'borging_kwaliteit',
    soort: 'kwalitatief',
    naam: 'Borging van de kwaliteit van de zorg in de school',
    uitleg:
      'Blijft de kwaliteit van de zorg op school geborgd? Onderwijs- en zorgprofessionals zijn samen verantwoordelijk als complementair team, maar zorgexpertise en zorgprofessionals mogen niet verloren gaan in de onderwijssetting (geen "extra handjes in de klas"), en verloop van zorgverleners zet de zorg stil.',
    bron: 'par. 4.3 en 5.3 ("Goede borging van de kwaliteit van de zorg in de school")',
  },
];

/** The largest |bedrag − huidig| over the gemeenten in a route (0 in the huidige situatie). */
function grootsteVerschuiving(ev: Evaluatie, route: RouteId): number {
  let max = 0;
  for (const b of ev.routes[route].bijdragen) {
    if (ev.partij[b.financier]?.soort !== 'gemeente') continue;
    max = Math.max(max, Math.abs(b.verschil));
  }
  return max;
}

export const MEETBARE_CRITERIA: readonly MeetbaarCriterium[] = [
  {
    id: 'loketten',
    soort: 'meetbaar',
    naam: 'Loketten per school',
    uitleg:
      'Het gemiddelde aantal partijen waarvan een school zorggeld ontvangt: de budgethouder en de financiers die een individuele geldstroom houden. Minder is beter: elke partij heeft eigen regels, procedures en gesprekken.',
    bron: 'rekenmodel §4 (indicatoren per route); par. 3.2 (scholen met meer dan twintig gemeenten)',
    kengetal: 'loketten per school, gemiddeld over de scholen met zorgkosten',
    eenheid: 'aantal',
    richting: 'lager_is_beter',
    meet: (ev, route) => ev.routes[route].loketten.gemiddeld,
  },
  {
    id: 'geldstromen',
    soort: 'meetbaar',
    naam: 'Schakels: partijen per school en per financier',
    uitleg:
      '"Zo weinig mogelijk schakels": met hoeveel verschillende partijen heeft een school te maken, en aan hoeveel partijen betaalt een financier? Per school: de partijen waarvan zij zorggeld ontvangt (budgethouders, financiers die individueel blijven betalen, ouders met een pgb). Per zorgfinancier (gemeente, GGD, zorgkantoor, zorgverzekeraar): de partijen waaraan zij uit eigen middelen betaalt (budgethouders, scholen, ouders met een pgb). Het kengetal is de som van beide gemiddelden; minder is beter. Niet het aantal overboekingen telt, maar het aantal partijen.',
    bron: 'par. 4.5 ("zo weinig mogelijk schakels", r. 4907); bijlage 3 ("alleen met de gemandateerde gemeente", r. 5945)',
    kengetal: 'schakels: gemiddeld aantal partijen per school + gemiddeld aantal partijen per zorgfinancier',
    eenheid: 'aantal',
    richting: 'lager_is_beter',
    meet: (ev, route) => schakelsVan(ev, route).totaal,
    vasteScore: { score: schakelScore, regel: SCHAKELS_REGEL },
    toelichting: schakelsToelichting,
  },
  {
    id: 'niet_in_pot',
    soort: 'meetbaar',
    naam: 'Zorggeld buiten de pot',
    uitleg:
      'De zorgkosten die individueel gefinancierd blijven, met een beschikking of indicatie per kind (ook een pgb). In de huidige situatie is dat al het zorggeld; in een route is het wat niet in de pot gaat plus de zorg buiten de scope die de huidige financiers individueel blijven betalen. Minder is beter.',
    bron: 'rekenmodel §3 en §4 ("niet in de pot"), rekenmodel-v2 §8 (buiten de scope)',
    kengetal: 'zorgkosten niet in de pot en buiten de scope, individueel betaald',
    eenheid: 'euro',
    richting: 'lager_is_beter',
    meet: (ev, route) => {
      const r = ev.routes[route];
      return r.nietInPot.totaal + r.buitenScope.totaal - (r.buitenScope.perFinancier['scholen:onderwijs'] ?? 0);
    },
  },
  {
    id: 'grootste_verschuiving',
    soort: 'meetbaar',
    naam: 'Grootste verandering voor een gemeente',
    uitleg:
      'De grootste verandering, omhoog of omlaag, van wat één gemeente bijdraagt ten opzichte van wat zij nu betaalt (inclusief haar deel van de uitvoeringskosten). In de huidige situatie is dat 0. Kleiner is beter: grote verschuivingen maken het bestuurlijk draagvlak kwetsbaar.',
    bron: 'rekenmodel §3 (verdeelsleutels) en §4; par. 3.2 en 4.5 (draagvlak van alle gemeenten)',
    kengetal: 'grootste |bijdrage − huidig| over de gemeenten',
    eenheid: 'euro',
    richting: 'lager_is_beter',
    meet: grootsteVerschuiving,
  },
];

export const CRITERIA: readonly Criterium[] = [...KWALITATIEVE_CRITERIA, ...MEETBARE_CRITERIA];

export const CRITERIUM: Readonly<Record<CriteriumId, Criterium>> = Object.fromEntries(CRITERIA.map((c) => [c.id, c])) as Record<CriteriumId, Criterium>;

export function isKwalitatief(id: CriteriumId): id is KwalitatiefCriteriumId {
  return (KWALITATIEVE_CRITERIUM_IDS as readonly string[]).includes(id);
}

/** A default score (1–5) of a route on a qualitative criterion, argued from the report. */
export interface StandaardScore {
  score: 1 | 2 | 3 | 4 | 5;
  /** One Dutch sentence paraphrasing the report. */
  onderbouwing: string;
  /** A literal quotation from the report that carries the score (or shows that it is silent). */
  citaat: string;
  /** Paragraph of the quotation. */
  bron: string;
  /** Line of the report's plain text (extracted from the PDF) where the quotation begins. */
  regel: number;
  /** Always true: a starting point for the session, not a verdict. */
  startpunt: true;
}

const s = (score: StandaardScore['score'], bron: string, regel: number, onderbouwing: string, citaat: string): StandaardScore => ({ score, onderbouwing, citaat, bron, regel, startpunt: true });

/** For the criteria on which the report does not tell the collective routes apart. */
const GEEN_VERSCHIL = 'Het rapport noemt hier geen verschil tussen de routes';

/**
 * The default scores, a starting point for the session (marked `startpunt`). Scale: 1 = the report
 * names this as a main objection or problem of the route; 2 = the report names a problem; 3 = the
 * report is neutral, silent or mixed; 4 = the report names an argument for the route; 5 = the report
 * names it as a main argument for the route. Where the report does not tell the routes apart, they
 * get the same score and the onderbouwing says so. Every quotation is literal (whitespace and line
 * breaks aside) and `regel` is the line where it begins.
 */
export const STANDAARD_SCORES: Readonly<Record<RouteId, Readonly<Record<KwalitatiefCriteriumId, StandaardScore>>>> = {
  huidig: {
    regie_bij_de_bron: s(2, 'par. 3.2', 3520, 'Nu beslissen per kind de woongemeente, het CIZ of de zorgverzekeraar over de zorg, en ervaren scholen weinig ruimte om zelf een vaste werkrelatie met een zorgaanbieder aan te gaan.', 'Scholen ervaren weinig speelruimte om een vaste werkrelatie met een zorgaanbieder aan te gaan'),
    budgettoets: s(2, 'par. 3.2', 3478, 'Er is geen budget per school: elke financier toetst per kind volgens zijn eigen regels, en de financiers wijzen naar elkaar.', 'Een complicerende factor is dat financierende partijen naar elkaar wijzen.'),
    zorg_thuis: s(3, 'par. 2.2', 2358, 'Nu bieden vaak dezelfde hulpverleners de zorg thuis en op school (par. 4.3), maar onvoldoende afstemming tussen zorg op school en zorg thuis is een van de oorzaken van zorg die niet passend is; 26% van de scholen noemt het als knelpunt (Kohnstamm/Oberon 2025, tabel 3.8): per saldo neutraal.', 'Onvoldoende afstemming tussen zorg op school en zorg thuis.'),
    ontschotting: s(1, 'hoofdstuk 5 (inleiding)', 4920, 'De knelpunten liggen juist op de scheidslijn tussen het collectief ingerichte onderwijs en het individuele zorgstelsel, waar partijen discussiëren over wat onderwijs is en wat zorg.', 'spelen voor een groot deel op de scheidslijn tussen het collectief ingerichte onderwijs en het op individuele leest geschoeide zorgstelsel'),
    eenvoud: s(1, 'par. 3.2', 3458, 'Een school heeft soms met meer dan twintig gemeenten en tien samenwerkingsverbanden te maken, elk met eigen regels en procedures.', 'Zoveel partijen, zoveel meningen, zoveel gesprekken, zoveel regels'),
    afdwingbaarheid: s(1, 'par. 5.3', 5545, 'Collectieve inzet is vrijblijvend: regiogemeenten haken af, de vestigingsgemeente betaalt soms voor leerlingen uit andere gemeenten (par. 3.2), en afdwingen kan niet.', 'het gebrek aan mogelijkheden om collectieve inzet vanuit de Jeugdwet af te dwingen bij alle gemeenten in het voedingsgebied van scholen'),
    inclusief_onderwijs: s(3, 'par. 4.3', 4441, 'Zonder collectieve regeling in het (v)so steekt het regulier onderwijs er niet schril bij af, maar er is ook geen verbinding mee: een neutraal startpunt.', 'Maar als de zorg in het speciaal onderwijs heel goed collectief geregeld is, kan de situatie in het regulier onderwijs daar weleens schril bij gaan afsteken.'),
    ouders: s(3, 'samenvatting', 391, 'Met individuele beschikkingen, indicaties en pgb hebben ouders directe invloed op de keuze van de zorgaanbieder (par. 4.3), maar zij moeten complexe aanvraagprocedures doorlopen en worden van het kastje naar de muur gestuurd: per saldo neutraal.', 'Ze worden daarbij regelmatig van het kastje naar de muur gestuurd (bijvoorbeeld van wijkteam naar CIZ en vice versa).'),
    individueel_maatwerk: s(3, 'par. 3.2', 3702, 'Indicaties en beschikkingen zijn per kind, maar omdat externe financiering uitblijft komen scholen soms niet verder dan brandjes blussen en schiet maatwerk voor leerlingen met complexe problematiek erbij in: per saldo neutraal.', 'Maatwerk voor leerlingen met complexe problematiek, maar ook meer preventieve en reguliere zorg in onderwijstijd schieten er dan bij in.'),
    borging_kwaliteit: s(2, 'par. 2.2', 2354, 'Verloop en uitval van zorgverleners is nu een oorzaak van zorg die niet passend is (51% van de scholen noemt te veel personele wisselingen, Kohnstamm/Oberon 2025, tabel 3.8); wel blijven de zorgprofessionals nu verbonden aan hun eigen organisatie.', 'Verloop en uitval van zorgverleners, waardoor de zorg en onderwijsondersteuning voor bepaalde leerlingen tijdelijk stil ligt of opnieuw moet worden opgestart.'),
  },
  gemeenteroute: {
    regie_bij_de_bron: s(3, 'par. 4.5', 4794, 'De inhoud kan bij het onderwijs liggen, maar de regie ligt bij een coördinerende gemeente die de scholen moet betrekken bij de invulling van de zorg en de keuze van zorgaanbieders.', 'Zo’n coördinerende gemeente dient scholen natuurlijk wel te betrekken bij de inhoudelijke invulling van de zorg in onderwijstijd en de selectie van zorgaanbieders'),
    budgettoets: s(5, 'par. 4.5', 4788, 'Het hoofdargument van de voorstanders: een coördinerende gemeente is de onafhankelijke derde die het budget per school eerlijk vaststelt en kritisch toetst.', 'voor een eerlijke vaststelling of toetsing van het totale ZiO-budget voor een school en voor de kritische blik een ‘onafhankelijke derde’ of katalysator nodig is'),
    zorg_thuis: s(4, 'par. 4.5', 4798, 'De link met de zorg thuis is geborgd omdat gemeenten indicaties blijven afgeven voor hulp thuis, al kan met vaste hulpverleners op school in elke collectieve route een nieuwe scheiding ontstaan (par. 4.3).', 'de link met de zorg thuis geborgd. Gemeenten blijven (naast zorgkantoren en zorgverzekeraars) immers indicaties afgeven voor hulp in de thuissituatie'),
    ontschotting: s(1, 'par. 4.5', 4784, 'Het belangrijkste bezwaar tegen deze route is dat de scheiding tussen zorg en onderwijs blijft, ook al bundelt de pot de zorgmiddelen.', 'Belangrijkste bezwaar is dat de scheiding tussen zorg en onderwijs hiermee niet wordt opgeheven.'),
    eenvoud: s(4, 'bijlage 3 (eindplaatje, punt 7)', 5943, 'Een bestaande partij, de gemandateerde gemeente, wordt budgethouder zoals in de pilots Hart van Brabant en Twente: er komt geen nieuwe partij bij, en de scholen hebben alleen met die gemeente te maken.', 'De (v)so-scholen hebben voor het aanvragen en verantwoorden van budgetten niet langer te maken met de vele verschillende financiers, maar alleen met de gemandateerde gemeente.'),
    afdwingbaarheid: s(2, 'par. 4.5', 4808, 'Het succes hangt af van langdurig politiek draagvlak, en het is de vraag of alle gemeenten aangehaakt blijven en of dat valt af te dwingen.', 'De vraag is hoe je alle gemeenten in de regio aangehaakt houdt en of dat valt af te dwingen.'),
    inclusief_onderwijs: s(3, 'par. 5.3', 5598, 'Het rapport noemt voor de gemeenteroute op dit punt geen voor- of nadeel: een neutraal startpunt.', 'Let dus op dat verbinding wordt gemaakt met de zorg en ondersteuning die daar nodig is.'),
    ouders: s(3, 'par. 4.4', 4640, 'In elk collectief model hebben ouders niet meer de volledige keuzevrijheid over wie de zorg op school levert; het rapport maakt hierin geen onderscheid tussen de routes.', 'Ouders hebben in het model van collectieve financiering niet meer de volledige keuzevrijheid over wie de zorg op school levert.'),
    individueel_maatwerk: s(4, 'bijlage 3 (eindplaatje, punt 5)', 5931, 'Het eindplaatje van bijlage 3, waarin één gemandateerde gemeente de zorg inkoopt, het enige uitgewerkte ontwerp in het rapport, reserveert geld om incidenteel andere zorgverleners in te vliegen als maatwerk nodig is; gemeenten waarschuwen wel om niet op voorhand uitzonderingen te maken (par. 4.3).', 'Daarnaast wordt er financiële ruimte gecreëerd en mogelijkheid geboden dat incidenteel andere zorgverleners worden ingevlogen als de aan de school verbonden zorgaanbieder(s) de benodigde zorg niet kan bieden (maatwerk).'),
    borging_kwaliteit: s(4, 'bijlage 3 (eindplaatje, punt 4)', 5924, 'In het eindplaatje van bijlage 3 koopt de gemandateerde gemeente per school de zorg in bij één of twee zorgaanbieders, juist voor de continuïteit en kwaliteit van de zorg; de zorgprofessionals blijven in dienst van hun zorgaanbieder.', 'Achterliggende gedachte is dat het beperken van het aantal zorgverleners op school bijdraagt aan de continuïteit en kwaliteit van de zorg en tevens voor rust zorgt in de klas.'),
  },
  onderwijsroute: {
    regie_bij_de_bron: s(5, 'par. 4.5', 4835, 'De belangrijkste reden voor de bijval: de keuze van zorgaanbieders en de inhoud van de zorg komen bij de scholen, bij de mensen die de gevolgen overzien.', 'dat dit (zo dicht mogelijk) bij de scholen moet worden belegd, bij de mensen die de consequenties ervan overzien'),
    budgettoets: s(3, 'par. 5.3', 5636, 'Voor de kritische, onafhankelijke budgettoets noemt het rapport samenwerkingsverbanden uitdrukkelijk als een van de opties, naast gemeenten en integrale commissies; tegelijk wijst het op moeilijk te traceren middelen en op het risico dat het budget opgaat aan andere doelen (par. 4.3): per saldo neutraal.', 'Voor die rol worden verschillende opties genoemd: gemeenten, schoolbesturen, samenwerkingsverbanden en integrale commissies met vertegenwoordigers uit het onderwijs, de zorg en de (lokale) overheid.'),
    zorg_thuis: s(2, 'par. 4.5', 4818, 'Een algemeen bezwaar is de nieuwe splitsing tussen zorg op school en zorg thuis: ouders regelen de zorg op school met het onderwijs en de zorg thuis met gemeente, zorgkantoor of verzekeraar.', 'Een algemeen bezwaar tegen de onderwijsroute is wel dat er een nieuwe splitsing ontstaat tussen zorg op school en zorg thuis.'),
    ontschotting: s(4, 'par. 4.5', 4881, 'Het zorggeld komt bij het onderwijs, en samenwerkingsverbanden werken al met TLV-categorieën die met combinaties van onderwijs en zorg kunnen worden uitgebreid.', 'uit te breiden met aanvullende combinaties (4, 5 en 6) van onderwijs en zorg'),
    eenvoud: s(3, 'par. 4.5', 4871, 'Samenwerkingsverbanden bestaan al, maar zij verschillen in werkwijze en zijn klein, en een cluster 3- of 4-school heeft met meerdere samenwerkingsverbanden te maken.', 'scholen cluster 3 en 4 hebben veelal met meerdere samenwerkingsverbanden van doen'),
    afdwingbaarheid: s(3, 'par. 4.5', 4873, 'Samenwerkingsverbanden zijn er voor alle scholen, maar hun inrichting zou uniformer moeten worden als de zorgtaken daar komen te liggen.', 'Bovendien zou de inrichting van de samenwerkingsverbanden uniformer moeten zijn op het moment dat zorgtaken daar belegd gaan worden.'),
    inclusief_onderwijs: s(5, 'par. 4.5', 4867, 'Samenwerkingsverbanden hebben volgens de partijen goed zicht op de zorgvragen, en deze route versterkt de ontwikkeling naar inclusiever onderwijs.', 'Zij hebben volgens de partijen goed zicht op wat de zorgvragen zijn en het versterkt de ontwikkeling naar inclusiever onderwijs.'),
    ouders: s(3, 'par. 4.4', 4640, 'In elk collectief model hebben ouders niet meer de volledige keuzevrijheid over wie de zorg op school levert; het rapport maakt hierin geen onderscheid tussen de routes.', 'Ouders hebben in het model van collectieve financiering niet meer de volledige keuzevrijheid over wie de zorg op school levert.'),
    individueel_maatwerk: s(3, 'par. 5.3', 5570, `${GEEN_VERSCHIL}: in elk collectief scenario moet ruimte blijven voor individueel maatwerk, en het rapport werkt niet uit hoe de onderwijsroute dat regelt, dus een neutraal startpunt.`, 'Gezien de grote variatie aan problematiek van leerlingen zal ook in het collectieve scenario altijd ruimte moeten blijven voor individueel maatwerk'),
    borging_kwaliteit: s(3, 'par. 4.3', 4485, `${GEEN_VERSCHIL}: in elk collectief model kan de inbreng van zorgexpertise verwateren als zorgprofessionals deel van het onderwijsteam worden, en het rapport werkt niet uit hoe de onderwijsroute dat borgt, dus een neutraal startpunt.`, 'de link met de moederorganisatie en daarmee ook de kwaliteit van de inbreng van de zorgexpertise verwatert'),
  },
  integraal: {
    regie_bij_de_bron: s(3, 'par. 4.5', 4895, 'Een integrale commissie bepaalt hoeveel zorg een school nodig heeft, met onderwijs en zorg aan tafel, maar zij is geen partij op de school zelf.', 'Een integrale commissie van begeleiding zou een rol kunnen spelen in het bepalen hoeveel zorg er nodig is op de scholen'),
    budgettoets: s(4, 'par. 4.5 en 5.3', 4897, 'Een regionale autoriteit of integrale commissie stelt het budget per school vast op basis van doelgroepen, en zo’n commissie wordt in par. 5.3 genoemd voor de kritische, onafhankelijke budgettoets.', 'doelgroepen formuleren op basis van hun zorgvraag, aantal klassen op een school bepalen en vervolgens op schoolniveau de bekostiging bepalen'),
    zorg_thuis: s(3, 'par. 4.5', 4899, 'De commissie kan worden aangevuld met wijkcoaches van de gemeente, maar het rapport werkt de verbinding met de zorg thuis voor deze route niet verder uit.', 'De commissie zou eventueel kunnen worden aangevuld met wijkcoaches vanuit de gemeente.'),
    ontschotting: s(5, 'par. 4.5', 4889, 'Het hoofdargument van de voorstanders: onderwijs en zorg worden samen verantwoordelijk.', 'De voorstanders van de integrale route zijn van mening dat onderwijs en zorg samen verantwoordelijk moeten worden'),
    eenvoud: s(2, 'par. 4.5', 4907, 'Een extra nieuwe partij maakt het niet eenvoudiger, terwijl de uitdaging is om zo weinig mogelijk schakels te hebben.', 'een extra nieuwe partij het niet meteen eenvoudiger maakt. De uitdaging is om het zo simpel mogelijk te houden, met zo weinig mogelijk schakels.'),
    afdwingbaarheid: s(3, 'par. 4.5', 4893, 'Een regionale onderwijszorgautoriteit dekt de hele regio maar moet nieuw worden ingericht, en het rapport zegt niet hoe deze route afdwingbaar wordt: een neutraal startpunt.', 'Bijvoorbeeld door te werken met een regionale onderwijszorgautoriteit.'),
    inclusief_onderwijs: s(4, 'par. 4.5', 4891, 'Voorstanders willen onderwijs en zorg samen verantwoordelijk maken voor de zorg in het speciaal én het regulier onderwijs, al is dat een wens en nog geen bestaande structuur.', 'voor zorg in het speciaal onderwijs maar ook in het regulier onderwijs'),
    ouders: s(3, 'par. 4.4', 4640, 'In elk collectief model hebben ouders niet meer de volledige keuzevrijheid over wie de zorg op school levert; het rapport maakt hierin geen onderscheid tussen de routes.', 'Ouders hebben in het model van collectieve financiering niet meer de volledige keuzevrijheid over wie de zorg op school levert.'),
    individueel_maatwerk: s(3, 'par. 5.3', 5570, `${GEEN_VERSCHIL}: in elk collectief scenario moet ruimte blijven voor individueel maatwerk, en het rapport werkt niet uit hoe de integrale route dat regelt, dus een neutraal startpunt.`, 'Gezien de grote variatie aan problematiek van leerlingen zal ook in het collectieve scenario altijd ruimte moeten blijven voor individueel maatwerk'),
    borging_kwaliteit: s(3, 'par. 4.3', 4485, `${GEEN_VERSCHIL}: in elk collectief model kan de inbreng van zorgexpertise verwateren als zorgprofessionals deel van het onderwijsteam worden, en het rapport werkt niet uit hoe de integrale route dat borgt, dus een neutraal startpunt.`, 'de link met de moederorganisatie en daarmee ook de kwaliteit van de inbreng van de zorgexpertise verwatert'),
  },
};
