import type { Kader } from '../../shared/domain/labels';
import type { PartijSoort, RouteId } from '../../shared/engine';

/** One colour per kader throughout the app (Okabe–Ito palette: distinguishable with colour blindness). */
export const KADER_KLEUR: Record<Kader, string> = {
  onderwijs: '#0072B2',
  jeugdwet: '#E69F00',
  zvw: '#009E73',
  wlz: '#CC79A7',
  wpg: '#56B4E9',
  wmo: '#D55E00',
};

/**
 * One colour per route throughout the app. Today is neutral grey (the reference); the three routes
 * take the dark colours of Paul Tol's colour-blind safe "muted" scheme (indigo, green, wine), so they
 * never look like the lighter kader colours beside them.
 */
export const ROUTE_KLEUR: Record<RouteId, string> = {
  huidig: '#7A7A7A',
  gemeenteroute: '#332288',
  onderwijsroute: '#117733',
  integraal: '#882255',
};

/**
 * Colour of a party by kind, after the kader it pays (gemeente: Jeugdwet/Wmo, zorgkantoor: Wlz,
 * zorgverzekeraar: Zvw, GGD: Wpg, samenwerkingsverband: onderwijs). Schools are neutral; a
 * budgethouder node takes the colour of its route instead.
 */
export const PARTIJ_KLEUR: Record<PartijSoort, string> = {
  gemeente: KADER_KLEUR.jeugdwet,
  zorgkantoor: KADER_KLEUR.wlz,
  zorgverzekeraar: KADER_KLEUR.zvw,
  ggd: KADER_KLEUR.wpg,
  swv: KADER_KLEUR.onderwijs,
  school: '#5F6B76',
  entiteit: ROUTE_KLEUR.integraal,
  ouders: '#C2255C',
  scholen: '#868E96',
};

/** Background and border of whatever is highlighted (a gemeente, school or SWV clicked anywhere). */
export const MARKERING_KLEUR = { achtergrond: '#FFF3BF', rand: '#1A1A1A' };
