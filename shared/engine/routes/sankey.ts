import type { Kader } from '../../domain/labels';
import { OUDERS_PGB, partijCode } from './partijen';
import type { Evaluatie, RouteId, StroomSoort } from './typen';

/**
 * A route's flow graph ready for a Sankey diagram, in which no node both pays and receives except a
 * budgethouder's pass-through node, and every pass-through node is balanced.
 *
 * A party that is both financier and budgethouder (the centrumgemeente, a penvoerend SWV, every SWV
 * under `swv_vestiging`) gets two nodes: `<partij>` as financier (it pays its own contribution and
 * its costs outside the pot) and `<partij>#budgethouder`, named "<naam> (budgethouder)", which
 * receives every contribution and pays the schools. Its own contribution is the link
 * `<partij>` → `<partij>#budgethouder` (soort `eigen`), never a self-loop. The uitvoeringskosten a
 * budgethouder keeps go to one sink `uitvoeringskosten`. Every budgethouder node then has
 * in = out, and the graph is layered: financiers → budgethouders → schools (+ sink). The parents
 * (`ouders:pgb`, rekenmodel-v2 §7) are a pass-through like a budgethouder: financiers → ouders →
 * schools, balanced.
 */
export type SankeyRol = 'financier' | 'budgethouder' | 'ouders' | 'school' | 'uitvoeringskosten';

export interface SankeyKnoop {
  id: string;
  /** The party id (for the sink: "uitvoeringskosten"). */
  partij: string;
  naam: string;
  rol: SankeyRol;
}

export interface SankeyLink {
  van: string;
  naar: string;
  bedrag: number;
  soort: StroomSoort | 'eigen' | 'uitvoeringskosten';
  kader?: Kader;
}

export interface SankeyGraaf {
  knopen: SankeyKnoop[];
  links: SankeyLink[];
}

export const UITVOERINGSKOSTEN_KNOOP = 'uitvoeringskosten';
export const budgethouderKnoop = (partij: string) => `${partij}#budgethouder`;

export function sankeyGraaf(ev: Evaluatie, route: RouteId): SankeyGraaf {
  const r = ev.routes[route];
  const naam = (id: string) => ev.partij[id]?.naam ?? partijCode(id);
  const knopen = new Map<string, SankeyKnoop>();
  const knoop = (id: string, partij: string, rol: SankeyRol, label: string) => {
    if (!knopen.has(id)) knopen.set(id, { id, partij, naam: label, rol });
    return id;
  };
  const rolVan = (partij: string): SankeyRol => (partij.startsWith('school:') ? 'school' : partij === OUDERS_PGB ? 'ouders' : 'financier');
  const bron = (partij: string) => knoop(partij, partij, rolVan(partij), naam(partij));
  const houder = (partij: string) => knoop(budgethouderKnoop(partij), partij, 'budgethouder', `${naam(partij)} (budgethouder)`);
  const links: SankeyLink[] = [];

  for (const s of r.stromen) {
    const van = s.soort === 'budget' ? houder(s.van) : bron(s.van);
    const naar = s.soort === 'bijdrage' ? houder(s.naar) : bron(s.naar);
    links.push(s.kader ? { van, naar, bedrag: s.bedrag, soort: s.soort, kader: s.kader } : { van, naar, bedrag: s.bedrag, soort: s.soort });
  }
  for (const h of r.budgethouders) {
    if (h.eigenBijdrage > 0) links.push({ van: bron(h.partij), naar: houder(h.partij), bedrag: h.eigenBijdrage, soort: 'eigen' });
    if (h.uitvoeringskosten > 0) links.push({ van: houder(h.partij), naar: knoop(UITVOERINGSKOSTEN_KNOOP, UITVOERINGSKOSTEN_KNOOP, 'uitvoeringskosten', 'Uitvoeringskosten'), bedrag: h.uitvoeringskosten, soort: 'uitvoeringskosten' });
  }
  return { knopen: [...knopen.values()], links };
}
