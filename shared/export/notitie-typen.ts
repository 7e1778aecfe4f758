/**
 * The bestuurlijke notitie of one variant: what a beleidsmedewerker takes to college and raad. One
 * model (built by `maakNotitie` in core/export) rendered twice: as a printable page in the app (PDF
 * through the same print path as the OOGO report) and as an editable Word document. Types only, so
 * the renderer can show it. Amounts in euro per schooljaar at `kop.prijspeil`; at national scale the
 * lists are summaries and top lists, the detail is in the calculation workbook.
 */
import type { HerverdeelOverzicht } from '../domain/herverdeling';
import type { PotRouteId, RouteId } from '../domain/routes';

/** The section headings, in order: the same in the printed notitie and the Word document. */
export const NOTITIE_KOPPEN = {
  samenvatting: 'Samenvatting',
  variant: 'De variant',
  pot: 'De pot per route',
  gemeenten: 'Wat elke gemeente nu betaalt en in de routes',
  herverdeling: 'Herverdeeleffect per inwoner',
  ingroei: 'Ingroeipad',
  buiten: 'Wat buiten de pot blijft',
  aannames: 'Aannames',
} as const;

export interface NotitieKop {
  titel: string;
  regio: string;
  variant: string;
  /** "prijspeil 2022" or the regio's year. */
  prijspeil: string;
  /** ISO date and the same in Dutch ("12 maart 2026"). */
  datum: string;
  datumTekst: string;
  appVersie: string;
  normenset: { id: string; naam: string };
  scope: string;
  /** The line repeated on every page: regio · variant · prijspeil · datum. */
  kopregel: string;
}

export interface NotitieRoute {
  route: RouteId;
  routeNaam: string;
  budgethouder: string;
  pot: number;
  uitvoeringskosten: number;
  nietInPot: number;
  buitenScope: number;
  stromen: number;
  lokettenGemiddeld: number;
}

export interface NotitieGemeente {
  /** Party id, or null for the row of the other gemeenten. */
  partij: string | null;
  naam: string;
  /** What it pays today, all tasks. */
  nu: number;
  /** What it pays in each route: in the pot + still individually. */
  perRoute: Record<PotRouteId, number>;
}

export interface NotitieIngroeiRij {
  naam: string;
  start: number;
  /** The contribution in each of `jaren`. */
  perJaar: number[];
  doel: number;
}

export interface NotitieBuitenPot {
  label: string;
  bedrag: number;
  tekst: string;
}

export interface Notitie {
  kop: NotitieKop;
  samenvatting: string[];
  variantZinnen: string[];
  routes: NotitieRoute[];
  gemeenten: {
    /** Sorted by the largest change; at most `NOTITIE_TOP_GEMEENTEN`, then one row for the others. */
    rijen: NotitieGemeente[];
    totaal: NotitieGemeente;
    /** How many gemeenten there are in all. */
    aantal: number;
  };
  herverdeling: {
    route: PotRouteId;
    routeNaam: string;
    tekst: string;
    overzicht: HerverdeelOverzicht;
  };
  ingroei: {
    tekst: string;
    melding: string | null;
    /** The years shown (1-based); the workbook has all of them. */
    jaren: number[];
    rijen: NotitieIngroeiRij[];
    /** Gemeenten not in the table (the table lists the largest movers). */
    weggelaten: number;
  };
  buitenDePot: NotitieBuitenPot[];
  aannames: Array<{ titel: string; tekst: string }>;
  waarschuwingen: string[];
  /** The charts as SVG, drawn from the same options as on screen. */
  grafieken: { herverdeling: string | null; ingroei: string | null };
}
