/**
 * What the survey of the report's beleidssimulatie said about the routes (DSP-groep & Oberon 2022,
 * par. 1.4 and 4.5), to show beside the session's own result. Respondents judged on a 10-point
 * scale whether a route was "passend"; they were a mixed but selective group, so the report
 * itself calls the outcomes not representative. Every figure has its literal quotation and the
 * line of the report's plain text where it begins.
 */
import type { PotRouteId, RouteId } from '../engine';
import type { Wegingsresultaat } from './weging';

export interface Citaat {
  citaat: string;
  bron: string;
  /** Line of the report's plain text (extracted from the PDF) where the quotation begins. */
  regel: number;
}

export interface EnqueteRoute extends Citaat {
  route: PotRouteId;
  /** Mean score on the 10-point scale; null where the report gives no figure. */
  score: number | null;
  /** The report's verdict in words where it gives no figure. */
  oordeel?: string;
}

export interface EnqueteGroep {
  naam: string;
  /** Participants in the beleidssimulatie sessions. */
  deelnemers: number;
  /** Respondents to the online survey. */
  respondenten: number;
}

export const ENQUETE_SCHAAL = { min: 1, max: 10, tekst: '10-puntsschaal van ‘zeker niet passend’ tot ‘zeker wel passend’' } as const;

/** The survey's verdict per route (par. 4.5). The huidige situatie was not scored. */
export const ENQUETE_ROUTES: readonly EnqueteRoute[] = [
  { route: 'gemeenteroute', score: 5.4, bron: 'par. 4.5', regel: 4780, citaat: 'gemiddelde score 5,4 op een 10-puntsschaal ‘zeker niet passend – zeker wel passend’' },
  { route: 'onderwijsroute', score: 6.6, bron: 'par. 4.5', regel: 4816, citaat: 'De onderwijsroute krijgt van de respondenten de meeste bijval, zo bleek uit de webenquête (gemiddelde score 6,6).' },
  { route: 'integraal', score: null, oordeel: 'middenpositie', bron: 'par. 4.5', regel: 4889, citaat: 'De integrale route neemt qua aantal voor- en tegenstanders een middenpositie in.' },
];

/** The report's own caveat (par. 1.4). */
export const ENQUETE_VOORBEHOUD: Citaat = {
  bron: 'par. 1.4',
  regel: 1485,
  citaat: 'Dat betekent dat we hier niet kunnen spreken van representatieve uitkomsten.',
};

/** Tabel 1.2 (par. 1.4): who took part in the sessions and who answered the survey. */
export const ENQUETE_GROEPEN: readonly EnqueteGroep[] = [
  { naam: 'Gemeenten (en regio)', deelnemers: 10, respondenten: 13 },
  { naam: 'Ouders, belangenbehartigers en ervaringsdeskundigen', deelnemers: 9, respondenten: 8 },
  { naam: 'Samenwerkingsverbanden', deelnemers: 8, respondenten: 16 },
  { naam: 'Schoolbesturen', deelnemers: 6, respondenten: 5 },
  { naam: 'Schoolleiders (en ander schoolpersoneel)', deelnemers: 13, respondenten: 16 },
  { naam: 'Zorgaanbieders', deelnemers: 7, respondenten: 7 },
  { naam: 'Zorgkantoren/-verzekeraars', deelnemers: 5, respondenten: 3 },
];
/** The number of survey respondents (68). */
export const ENQUETE_RESPONDENTEN = ENQUETE_GROEPEN.reduce((n, g) => n + g.respondenten, 0);
/** Where tabel 1.2 is in the report's plain text (first and last group row). */
export const ENQUETE_GROEPEN_REGELS = [1465, 1477] as const;

/** The survey in Dutch sentences, for the panel, the presentation and the verslag. */
export const ENQUETE_UITLEG: readonly string[] = [
  `In de webenquête na de beleidssimulatie gaven ${ENQUETE_RESPONDENTEN} betrokkenen per route aan of die ‘passend’ was, op een ${ENQUETE_SCHAAL.tekst}. Dat is een ander oordeel dan de weging van deze tafel (criteria en gewichten, score 1–5): leg de uitkomsten naast elkaar, niet op één schaal.`,
  'Het rapport noemt de uitkomsten niet representatief: de deelnemers waren een gemêleerde maar selectieve groep van betrokkenen die goed zijn ingevoerd in het onderwerp. Wel geven ze een goede indicatie van de opvattingen van de partijen.',
];

/**
 * The survey's order of the collective routes: most bijval for the onderwijsroute (6,6), the
 * integrale route in the middle ("middenpositie"), the gemeenteroute last (5,4).
 */
export const ENQUETE_VOLGORDE: readonly PotRouteId[] = ['onderwijsroute', 'integraal', 'gemeenteroute'];

export interface EnqueteRij {
  route: RouteId;
  /** The survey's verdict (null for the huidige situatie, which it did not score). */
  enquete: EnqueteRoute | null;
  /** The session's overall result (1–5) and place, where the route is compared. */
  tafel: { score: number; plaats: number } | null;
}

export interface EnqueteNaastTafel {
  rijen: EnqueteRij[];
  /** The collective routes compared at the table, in the table's order (best first). */
  volgordeTafel: PotRouteId[];
  /** The same collective routes in the survey's order. */
  volgordeEnquete: PotRouteId[];
  /** Whether the table ranks them as the survey did (null when fewer than two are compared). */
  zelfdeVolgorde: boolean | null;
}

/** The survey beside the session's overall result, route by route, and whether the orders agree. */
export function enqueteNaastTafel(weging: Pick<Wegingsresultaat, 'routes' | 'totaal'>): EnqueteNaastTafel {
  const rijen: EnqueteRij[] = weging.routes.map((route) => {
    const p = weging.totaal.rangorde.find((x) => x.route === route);
    return { route, enquete: ENQUETE_ROUTES.find((e) => e.route === route) ?? null, tafel: p ? { score: p.score, plaats: p.plaats } : null };
  });
  const collectief = (r: RouteId): r is PotRouteId => (ENQUETE_VOLGORDE as readonly RouteId[]).includes(r);
  const volgordeTafel = weging.totaal.rangorde.map((x) => x.route).filter(collectief);
  const volgordeEnquete = ENQUETE_VOLGORDE.filter((r) => volgordeTafel.includes(r));
  return { rijen, volgordeTafel, volgordeEnquete, zelfdeVolgorde: volgordeTafel.length < 2 ? null : volgordeTafel.every((r, i) => r === volgordeEnquete[i]) };
}
