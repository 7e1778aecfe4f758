import type { SankeyGraaf, SankeyKnoop, SankeyLink, SankeyRol } from './routes';
import { formatGetal } from '../format';

/**
 * A Sankey at national scale: per column (financiers, budgethouders, schools) the `max` largest
 * parties stay, the rest becomes one node "overige (k …)". Every flow keeps its amount: a flow
 * to or from a merged party goes to or from the "overige" node, and flows that then join the
 * same two nodes (same kind and kader) are added up. Pass-through nodes (budgethouders) stay
 * balanced, since merging balanced nodes gives a balanced node; the total of each column is
 * unchanged. A party that must stay visible (the highlighted one) is never merged.
 *
 * The service limits a route's graph this way before it answers (`geldstromenVan`), so the screen
 * receives what it draws, not every flow of a national regio.
 */

/** A link with its index in the route's graph (for its explanation); a merged link has index -1. */
export interface GenummerdeLink extends SankeyLink {
  index: number;
}

export interface BeperkteLink extends GenummerdeLink {
  /** How many of the route's flows this link adds up (1: an original flow). */
  aantal: number;
}

/** A node that stands for several parties. */
export interface OverigeGroep {
  id: string;
  rol: SankeyRol;
  leden: SankeyKnoop[];
}

export interface BeperkteSankey {
  knopen: SankeyKnoop[];
  links: BeperkteLink[];
  overige: OverigeGroep[];
}

export interface Beperking {
  /** Parties kept per column; `Infinity` keeps all. */
  max: number;
  /** Parties that always stay (the highlighted one), even when small. */
  houd?: (k: SankeyKnoop) => boolean;
}

/** Columns whose parties may be merged; the parents (one node) and the uitvoeringskosten sink stay. */
const SAMEN_TE_VOEGEN: readonly SankeyRol[] = ['financier', 'budgethouder', 'school'];

const MEERVOUD: Record<SankeyRol, string> = {
  financier: 'financiers',
  budgethouder: 'budgethouders',
  school: 'scholen',
  ouders: 'ouders',
  uitvoeringskosten: 'posten',
};

export const OVERIGE_PREFIX = 'overige:';

/** The name of a merged node: "overige (14 scholen)". */
export function overigeNaam(rol: SankeyRol, aantal: number): string {
  return `overige (${formatGetal(aantal)} ${MEERVOUD[rol]})`;
}

/** The amount through each node: the larger of what comes in and what goes out. */
export function knoopWaarden(links: readonly SankeyLink[]): Map<string, number> {
  const inn = new Map<string, number>();
  const uit = new Map<string, number>();
  for (const l of links) {
    uit.set(l.van, (uit.get(l.van) ?? 0) + l.bedrag);
    inn.set(l.naar, (inn.get(l.naar) ?? 0) + l.bedrag);
  }
  const waarde = new Map<string, number>();
  for (const id of new Set([...inn.keys(), ...uit.keys()])) waarde.set(id, Math.max(inn.get(id) ?? 0, uit.get(id) ?? 0));
  return waarde;
}

export function beperkSankey(knopen: readonly SankeyKnoop[], links: readonly GenummerdeLink[], { max, houd }: Beperking): BeperkteSankey {
  const waarde = knoopWaarden(links);
  const vervanger = new Map<string, string>();
  const overige: OverigeGroep[] = [];
  const nieuweKnopen: SankeyKnoop[] = [];
  for (const rol of SAMEN_TE_VOEGEN) {
    const kolom = knopen.filter((k) => k.rol === rol);
    const blijvend = kolom.filter((k) => houd?.(k));
    const rest = kolom.filter((k) => !houd?.(k)).sort((a, b) => (waarde.get(b.id) ?? 0) - (waarde.get(a.id) ?? 0));
    const ruimte = Math.max(0, max - blijvend.length);
    // Merging a single party would only rename it.
    if (rest.length - ruimte < 2) continue;
    const weg = rest.slice(ruimte);
    const id = `${OVERIGE_PREFIX}${rol}`;
    for (const k of weg) vervanger.set(k.id, id);
    overige.push({ id, rol, leden: weg });
    nieuweKnopen.push({ id, partij: id, naam: overigeNaam(rol, weg.length), rol });
  }
  if (!overige.length) return { knopen: [...knopen], links: links.map((l) => ({ ...l, aantal: 1 })), overige };

  const samen = new Map<string, BeperkteLink>();
  for (const l of links) {
    const van = vervanger.get(l.van) ?? l.van;
    const naar = vervanger.get(l.naar) ?? l.naar;
    const sleutel = `${van}\u0000${naar}\u0000${l.soort}\u0000${l.kader ?? ''}`;
    const er = samen.get(sleutel);
    if (er) {
      er.bedrag += l.bedrag;
      er.aantal += 1;
      er.index = -1;
    } else samen.set(sleutel, { ...l, van, naar, aantal: 1 });
  }
  // Kept nodes in their original order, each "overige" node after its column.
  const resultaat: SankeyKnoop[] = [];
  for (const k of knopen) if (!vervanger.has(k.id)) resultaat.push(k);
  resultaat.push(...nieuweKnopen);
  return { knopen: resultaat, links: [...samen.values()], overige };
}

/** Which flows a Sankey shows: those of the pot, those that stay outside it, or all (today, and the download). */
export const SANKEY_DELEN = ['pot', 'buiten', 'alles'] as const;
export type SankeyDeel = (typeof SANKEY_DELEN)[number];

/** Names of merged parties an "overige" node lists (its tooltip); the rest is counted. */
export const OVERIGE_NAMEN = 12;

/** An "overige" node as the screen receives it: how many parties it stands for, the largest by name. */
export interface OverigeSamenvatting {
  id: string;
  rol: SankeyRol;
  aantal: number;
  /** The names of the largest merged parties, at most OVERIGE_NAMEN. */
  namen: string[];
}

/** What a Sankey of a route draws: the limited graph, and what its texts count. */
export interface SankeyBeeld {
  knopen: SankeyKnoop[];
  links: BeperkteLink[];
  overige: OverigeSamenvatting[];
}

/** The view a screen asks for: which part, how many parties per column (null: all), which party stays visible. */
export interface SankeyVraag {
  deel: SankeyDeel;
  max: number | null;
  gemarkeerd: string | null;
}

/**
 * The Sankey of one part of a route's graph, limited to `max` parties per column with the
 * highlighted party kept. The links keep their index in the whole graph (its first links are the
 * route's flows, in order: their explanation is `<route>/stroom/<index>`).
 */
export function sankeyBeeld(graaf: SankeyGraaf, { deel, max, gemarkeerd }: SankeyVraag): SankeyBeeld {
  const alle = graaf.links.map((l, index) => ({ ...l, index }));
  const links = deel === 'alles' ? alle : alle.filter((l) => (deel === 'buiten') === (l.soort === 'individueel'));
  const ids = new Set(links.flatMap((l) => [l.van, l.naar]));
  const b = beperkSankey(
    graaf.knopen.filter((k) => ids.has(k.id)),
    links,
    { max: max ?? Infinity, houd: (k) => gemarkeerd !== null && k.partij === gemarkeerd },
  );
  return {
    knopen: b.knopen,
    links: b.links,
    overige: b.overige.map((o) => ({ id: o.id, rol: o.rol, aantal: o.leden.length, namen: o.leden.slice(0, OVERIGE_NAMEN).map((k) => k.naam) })),
  };
}
