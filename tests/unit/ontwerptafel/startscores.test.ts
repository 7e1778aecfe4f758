/**
 * Golden: the starting scores of the ontwerptafel with the line of the report's plain text where
 * each quotation begins and the quotation itself, copied from the report (DSP-groep & Oberon 2022).
 * `scripts/controleer-citaten.ts <rapport.txt>` checks them against the text; this test pins them so
 * a change is deliberate. Also the survey's figures beside the session's result.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES, type RouteId } from '../../../shared/engine';
import { ENQUETE_GROEPEN, ENQUETE_RESPONDENTEN, enqueteNaastTafel, rangschik, ENQUETE_ROUTES, ENQUETE_VOORBEHOUD, KWALITATIEVE_CRITERIUM_IDS, STANDAARD_SCORES, type KwalitatiefCriteriumId } from '../../../shared/ontwerptafel';

type Golden = Record<RouteId, Record<KwalitatiefCriteriumId, [score: number, regel: number, citaat: string]>>;

const GOLDEN: Golden = {
  huidig: {
    regie_bij_de_bron: [2, 3520, 'Scholen ervaren weinig speelruimte om een vaste werkrelatie met een zorgaanbieder aan te gaan'],
    budgettoets: [2, 3478, 'Een complicerende factor is dat financierende partijen naar elkaar wijzen.'],
    zorg_thuis: [3, 2358, 'Onvoldoende afstemming tussen zorg op school en zorg thuis.'],
    ontschotting: [1, 4920, 'spelen voor een groot deel op de scheidslijn tussen het collectief ingerichte onderwijs en het op individuele leest geschoeide zorgstelsel'],
    eenvoud: [1, 3458, 'Zoveel partijen, zoveel meningen, zoveel gesprekken, zoveel regels'],
    afdwingbaarheid: [1, 5545, 'het gebrek aan mogelijkheden om collectieve inzet vanuit de Jeugdwet af te dwingen bij alle gemeenten in het voedingsgebied van scholen'],
    inclusief_onderwijs: [3, 4441, 'Maar als de zorg in het speciaal onderwijs heel goed collectief geregeld is, kan de situatie in het regulier onderwijs daar weleens schril bij gaan afsteken.'],
    ouders: [3, 391, 'Ze worden daarbij regelmatig van het kastje naar de muur gestuurd (bijvoorbeeld van wijkteam naar CIZ en vice versa).'],
    individueel_maatwerk: [3, 3702, 'Maatwerk voor leerlingen met complexe problematiek, maar ook meer preventieve en reguliere zorg in onderwijstijd schieten er dan bij in.'],
    borging_kwaliteit: [2, 2354, 'Verloop en uitval van zorgverleners, waardoor de zorg en onderwijsondersteuning voor bepaalde leerlingen tijdelijk stil ligt of opnieuw moet worden opgestart.'],
  },
  gemeenteroute: {
    regie_bij_de_bron: [3, 4794, 'Zo’n coördinerende gemeente dient scholen natuurlijk wel te betrekken bij de inhoudelijke invulling van de zorg in onderwijstijd en de selectie van zorgaanbieders'],
    budgettoets: [5, 4788, 'voor een eerlijke vaststelling of toetsing van het totale ZiO-budget voor een school en voor de kritische blik een ‘onafhankelijke derde’ of katalysator nodig is'],
    zorg_thuis: [4, 4798, 'de link met de zorg thuis geborgd. Gemeenten blijven (naast zorgkantoren en zorgverzekeraars) immers indicaties afgeven voor hulp in de thuissituatie'],
    ontschotting: [1, 4784, 'Belangrijkste bezwaar is dat de scheiding tussen zorg en onderwijs hiermee niet wordt opgeheven.'],
    eenvoud: [4, 5943, 'De (v)so-scholen hebben voor het aanvragen en verantwoorden van budgetten niet langer te maken met de vele verschillende financiers, maar alleen met de gemandateerde gemeente.'],
    afdwingbaarheid: [2, 4808, 'De vraag is hoe je alle gemeenten in de regio aangehaakt houdt en of dat valt af te dwingen.'],
    inclusief_onderwijs: [3, 5598, 'Let dus op dat verbinding wordt gemaakt met de zorg en ondersteuning die daar nodig is.'],
    ouders: [3, 4640, 'Ouders hebben in het model van collectieve financiering niet meer de volledige keuzevrijheid over wie de zorg op school levert.'],
    individueel_maatwerk: [4, 5931, 'Daarnaast wordt er financiële ruimte gecreëerd en mogelijkheid geboden dat incidenteel andere zorgverleners worden ingevlogen als de aan de school verbonden zorgaanbieder(s) de benodigde zorg niet kan bieden (maatwerk).'],
    borging_kwaliteit: [4, 5924, 'Achterliggende gedachte is dat het beperken van het aantal zorgverleners op school bijdraagt aan de continuïteit en kwaliteit van de zorg en tevens voor rust zorgt in de klas.'],
  },
  onderwijsroute: {
    regie_bij_de_bron: [5, 4835, 'dat dit (zo dicht mogelijk) bij de scholen moet worden belegd, bij de mensen die de consequenties ervan overzien'],
    budgettoets: [3, 5636, 'Voor die rol worden verschillende opties genoemd: gemeenten, schoolbesturen, samenwerkingsverbanden en integrale commissies met vertegenwoordigers uit het onderwijs, de zorg en de (lokale) overheid.'],
    zorg_thuis: [2, 4818, 'Een algemeen bezwaar tegen de onderwijsroute is wel dat er een nieuwe splitsing ontstaat tussen zorg op school en zorg thuis.'],
    ontschotting: [4, 4881, 'uit te breiden met aanvullende combinaties (4, 5 en 6) van onderwijs en zorg'],
    eenvoud: [3, 4871, 'scholen cluster 3 en 4 hebben veelal met meerdere samenwerkingsverbanden van doen'],
    afdwingbaarheid: [3, 4873, 'Bovendien zou de inrichting van de samenwerkingsverbanden uniformer moeten zijn op het moment dat zorgtaken daar belegd gaan worden.'],
    inclusief_onderwijs: [5, 4867, 'Zij hebben volgens de partijen goed zicht op wat de zorgvragen zijn en het versterkt de ontwikkeling naar inclusiever onderwijs.'],
    ouders: [3, 4640, 'Ouders hebben in het model van collectieve financiering niet meer de volledige keuzevrijheid over wie de zorg op school levert.'],
    individueel_maatwerk: [3, 5570, 'Gezien de grote variatie aan problematiek van leerlingen zal ook in het collectieve scenario altijd ruimte moeten blijven voor individueel maatwerk'],
    borging_kwaliteit: [3, 4485, 'de link met de moederorganisatie en daarmee ook de kwaliteit van de inbreng van de zorgexpertise verwatert'],
  },
  integraal: {
    regie_bij_de_bron: [3, 4895, 'Een integrale commissie van begeleiding zou een rol kunnen spelen in het bepalen hoeveel zorg er nodig is op de scholen'],
    budgettoets: [4, 4897, 'doelgroepen formuleren op basis van hun zorgvraag, aantal klassen op een school bepalen en vervolgens op schoolniveau de bekostiging bepalen'],
    zorg_thuis: [3, 4899, 'De commissie zou eventueel kunnen worden aangevuld met wijkcoaches vanuit de gemeente.'],
    ontschotting: [5, 4889, 'De voorstanders van de integrale route zijn van mening dat onderwijs en zorg samen verantwoordelijk moeten worden'],
    eenvoud: [2, 4907, 'een extra nieuwe partij het niet meteen eenvoudiger maakt. De uitdaging is om het zo simpel mogelijk te houden, met zo weinig mogelijk schakels.'],
    afdwingbaarheid: [3, 4893, 'Bijvoorbeeld door te werken met een regionale onderwijszorgautoriteit.'],
    inclusief_onderwijs: [4, 4891, 'voor zorg in het speciaal onderwijs maar ook in het regulier onderwijs'],
    ouders: [3, 4640, 'Ouders hebben in het model van collectieve financiering niet meer de volledige keuzevrijheid over wie de zorg op school levert.'],
    individueel_maatwerk: [3, 5570, 'Gezien de grote variatie aan problematiek van leerlingen zal ook in het collectieve scenario altijd ruimte moeten blijven voor individueel maatwerk'],
    borging_kwaliteit: [3, 4485, 'de link met de moederorganisatie en daarmee ook de kwaliteit van de inbreng van de zorgexpertise verwatert'],
  },
};

describe('starting scores (golden)', () => {
  it.each(ROUTES.flatMap((r) => KWALITATIEVE_CRITERIUM_IDS.map((c) => [r, c] as const)))('%s · %s: score, line and literal quotation', (r, c) => {
    const s = STANDAARD_SCORES[r][c];
    expect([s.score, s.regel, s.citaat]).toEqual(GOLDEN[r][c]);
  });

  it('has the corrections the report asks for', () => {
    // The gemeenteroute's main objection (r. 4784) is the lowest score of the scale.
    expect(STANDAARD_SCORES.gemeenteroute.ontschotting).toMatchObject({ score: 1, regel: 4784 });
    // Par. 5.3 names samenwerkingsverbanden among the options for the budgettoets (r. 5636).
    expect(STANDAARD_SCORES.onderwijsroute.budgettoets).toMatchObject({ score: 3, regel: 5636 });
    // Poor alignment of care at school and at home is a cause of care that is not passend (r. 2358).
    expect(STANDAARD_SCORES.huidig.zorg_thuis).toMatchObject({ score: 3, regel: 2358 });
    expect(STANDAARD_SCORES.huidig.zorg_thuis.onderbouwing).toContain('26%');
    // Parents go "van het kastje naar de muur" (r. 391–393).
    expect(STANDAARD_SCORES.huidig.ouders).toMatchObject({ score: 3, regel: 391 });
    expect(STANDAARD_SCORES.huidig.ouders.citaat).toContain('kastje naar de muur');
    // Bijlage 3: the schools deal "alleen met de gemandateerde gemeente" (r. 5943–5945).
    expect(STANDAARD_SCORES.gemeenteroute.eenvoud.citaat).toContain('alleen met de gemandateerde gemeente');
    expect(STANDAARD_SCORES.gemeenteroute.eenvoud.bron).toMatch(/^bijlage 3/);
  });

  it('says so where the report does not tell the routes apart', () => {
    for (const r of ['onderwijsroute', 'integraal'] as const) {
      for (const c of ['individueel_maatwerk', 'borging_kwaliteit'] as const) {
        expect(STANDAARD_SCORES[r][c].score).toBe(3);
        expect(STANDAARD_SCORES[r][c].onderbouwing).toMatch(/^Het rapport noemt hier geen verschil tussen de routes/);
      }
    }
  });
});

describe('the survey beside the session (par. 1.4 and 4.5)', () => {
  it('has the scores 5,4 and 6,6 and the integrale route’s middenpositie, each with its quotation', () => {
    expect(ENQUETE_ROUTES.map((r) => [r.route, r.score, r.oordeel ?? null, r.regel])).toEqual([
      ['gemeenteroute', 5.4, null, 4780],
      ['onderwijsroute', 6.6, null, 4816],
      ['integraal', null, 'middenpositie', 4889],
    ]);
    expect(ENQUETE_ROUTES[0].citaat).toContain('5,4 op een 10-puntsschaal ‘zeker niet passend – zeker wel passend’');
    expect(ENQUETE_ROUTES[1].citaat).toContain('(gemiddelde score 6,6)');
    expect(ENQUETE_ROUTES[2].citaat).toContain('middenpositie');
  });

  it('carries the report’s caveat and the respondents of tabel 1.2', () => {
    expect(ENQUETE_VOORBEHOUD).toEqual({ bron: 'par. 1.4', regel: 1485, citaat: 'Dat betekent dat we hier niet kunnen spreken van representatieve uitkomsten.' });
    expect(ENQUETE_RESPONDENTEN).toBe(68);
    expect(ENQUETE_GROEPEN.reduce((n, g) => n + g.deelnemers, 0)).toBe(58);
  });
});

describe('enqueteNaastTafel', () => {
  const weging = (scores: Partial<Record<RouteId, number>>) => {
    const routes = Object.keys(scores) as RouteId[];
    return { routes, totaal: { scores, rangorde: rangschik(routes, (r) => scores[r]!), groepenMeegeteld: 1 } };
  };

  it('puts the survey beside the table route by route, the huidige situatie without a survey verdict', () => {
    const v = enqueteNaastTafel(weging({ huidig: 2, gemeenteroute: 3.5, onderwijsroute: 3.4, integraal: 3.45 }));
    expect(v.rijen.map((r) => [r.route, r.enquete?.score ?? r.enquete?.oordeel ?? null, r.tafel?.plaats])).toEqual([
      ['huidig', null, 4],
      ['gemeenteroute', 5.4, 1],
      ['onderwijsroute', 6.6, 3],
      ['integraal', 'middenpositie', 2],
    ]);
    expect(v.volgordeTafel).toEqual(['gemeenteroute', 'integraal', 'onderwijsroute']);
    expect(v.volgordeEnquete).toEqual(['onderwijsroute', 'integraal', 'gemeenteroute']);
    expect(v.zelfdeVolgorde).toBe(false);
  });

  it('agrees when the table ranks the collective routes as the survey did, whatever the huidige situatie scores', () => {
    expect(enqueteNaastTafel(weging({ huidig: 4, gemeenteroute: 2, onderwijsroute: 3.8, integraal: 3 })).zelfdeVolgorde).toBe(true);
    // Only the compared routes count; with one collective route there is no order to compare.
    expect(enqueteNaastTafel(weging({ gemeenteroute: 2, onderwijsroute: 3 })).zelfdeVolgorde).toBe(true);
    expect(enqueteNaastTafel(weging({ huidig: 2, integraal: 3 })).zelfdeVolgorde).toBeNull();
  });
});
