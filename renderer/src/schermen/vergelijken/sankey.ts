import { KADER_LABEL } from '../../../../shared/domain/labels';
import { ROUTE_LABEL, partijSoort, type RouteId, type SankeyKnoop, type SankeyLink } from '../../../../shared/engine';
import { OVERIGE_PREFIX, type BeperkteLink, type SankeyBeeld, type SankeyDeel } from '../../../../shared/engine/sankey-beperken';
import type { EvaluatieWeergave, Geldstromen } from '../../../../shared/engine/evaluatie-weergave';
import { formatEuro, formatGetal, formatMiljoen } from '../../../../shared/format';
import { PARTIJ_KLEUR, ROUTE_KLEUR } from '../../kleuren';
import type { DataTabel } from '../../onderdelen/Downloads';
import type { GrafiekOpties } from '../../onderdelen/Grafiek';
import type { UitlegBron } from '../../onderdelen/Uitleg';
import { toelichtingRegels, type Toelichting } from './Tabel';
import { haalUitleg, html, partijNaam, uitlegFormatter, uitlegVan } from './uitleg';

export const LINK_SOORT_LABEL: Record<SankeyLink['soort'], string> = {
  bijdrage: 'bijdrage aan de budgethouder',
  eigen: 'eigen bijdrage van de budgethouder (interne boeking)',
  budget: 'budget naar de school en haar zorgaanbieders',
  individueel: 'individueel (buiten de pot)',
  uitvoeringskosten: 'uitvoeringskosten',
};

export function knoopKleur(k: SankeyKnoop, route: RouteId): string {
  if (k.rol === 'budgethouder') return ROUTE_KLEUR[route];
  if (k.rol === 'uitvoeringskosten') return '#9E9E9E';
  const soort = partijSoort(k.partij);
  return soort ? PARTIJ_KLEUR[soort] : '#9E9E9E';
}

function knoopUitleg(ev: EvaluatieWeergave, route: RouteId, deel: SankeyDeel, k: SankeyKnoop): UitlegBron | undefined {
  const code = k.partij.slice(k.partij.indexOf(':') + 1);
  if (k.rol === 'budgethouder') return uitlegVan(ev, `${route}/budgethouder/${k.partij}`);
  if (k.rol === 'school') return uitlegVan(ev, deel === 'pot' ? `pot/school/${code}` : `${route}/loketten/${code}`);
  if (k.rol === 'financier') return uitlegVan(ev, deel === 'buiten' ? `nietInPot/${k.partij}` : `${route}/bijdrage/${k.partij}`, `${route}/bijdrage/${k.partij}`);
  return undefined;
}

/** Links with an index below this are the route's flows, in order. */
const aantalStromen = (g: Geldstromen) => g.aantalInPot + g.aantalBuiten;

function linkUitleg(ev: EvaluatieWeergave, route: RouteId, g: Geldstromen, l: BeperkteLink): UitlegBron | undefined {
  if (l.index < 0) return undefined;
  if (l.index < aantalStromen(g)) return uitlegVan(ev, `${route}/stroom/${l.index}`);
  const houder = g.knopen.find((k) => k.id === (l.soort === 'eigen' ? l.naar : l.van));
  return houder && !houder.id.startsWith(OVERIGE_PREFIX) ? uitlegVan(ev, `${route}/budgethouder/${houder.partij}`) : undefined;
}

/** Parties per column of a Sankey before the rest becomes "overige": the chart stays readable at national scale. */
export const SANKEY_MAX = 12;

/** An "overige" node: grey, it stands for parties of several kinds. */
const OVERIGE_KLEUR = '#868E96';

/** Nodes largest first, "overige" last: the order a column shows them in. */
function opVolgorde(knopen: readonly SankeyKnoop[], waarde: ReadonlyMap<string, number>): SankeyKnoop[] {
  const rang = (k: SankeyKnoop) => (k.id.startsWith(OVERIGE_PREFIX) ? 1 : 0);
  return [...knopen].sort((a, b) => rang(a) - rang(b) || (waarde.get(b.id) ?? 0) - (waarde.get(a.id) ?? 0));
}

/** The largest number of nodes in one column: the chart's height follows it. */
export function sankeyHoogte(beeld: SankeyBeeld): number {
  const { links } = beeld;
  const bronnen = new Set(links.filter((l) => l.soort !== 'budget').map((l) => l.van));
  const doelen = new Set(links.filter((l) => l.soort !== 'bijdrage' && l.soort !== 'eigen').map((l) => l.naar));
  return Math.max(260, Math.max(bronnen.size, doelen.size) * 34 + 40);
}

/**
 * A Sankey of one route: financiers → budgethouder(s) → schools for the pot, or financiers →
 * schools for the flows outside the pot (and for today). Colours: financiers by kind (the kader they
 * pay), the budgethouder in its route's colour, links in the colour of their source. A highlighted
 * party keeps full colour, everything else fades.
 */
export function sankeyOpties(ev: EvaluatieWeergave, route: RouteId, beeld: Geldstromen, deel: SankeyDeel, gemarkeerd: string | null, breedte: number, hoogte: number): GrafiekOpties | null {
  const { links, knopen } = beeld;
  if (!links.length) return null;
  const overige = new Map(beeld.overige.map((o) => [o.id, o]));
  const perId = new Map(knopen.map((k) => [k.id, k]));
  const metMarkering = gemarkeerd !== null && knopen.some((k) => k.partij === gemarkeerd);
  const aan = (k: SankeyKnoop | undefined) => !metMarkering || k?.partij === gemarkeerd;
  const drieLagen = knopen.some((k) => k.rol === 'budgethouder' || k.rol === 'ouders');
  const diepte = (k: SankeyKnoop) => (k.rol === 'financier' ? 0 : k.rol === 'budgethouder' || k.rol === 'ouders' ? 1 : drieLagen ? 2 : 1);
  const labelBreedte = Math.round(Math.min(280, Math.max(110, breedte * 0.25)));
  // The middle column's labels stay left of the schools' nodes: at most the room between the columns.
  const ruimte = (breedte - 2 * (labelBreedte + 12)) / 2 - 14 - 10;
  const midden = drieLagen ? Math.round(Math.max(80, Math.min(labelBreedte * 1.1, ruimte))) : 0;
  const waarde = new Map<string, number>();
  const inUit = (id: string, x: number) => waarde.set(id, Math.max(waarde.get(id) ?? 0, x));
  const somIn = new Map<string, number>();
  const somUit = new Map<string, number>();
  for (const l of links) {
    somUit.set(l.van, (somUit.get(l.van) ?? 0) + l.bedrag);
    somIn.set(l.naar, (somIn.get(l.naar) ?? 0) + l.bedrag);
  }
  for (const k of knopen) inUit(k.id, Math.max(somIn.get(k.id) ?? 0, somUit.get(k.id) ?? 0));
  const perLaag = new Map<number, { som: number; aantal: number }>();
  for (const k of knopen) {
    const l = perLaag.get(diepte(k)) ?? { som: 0, aantal: 0 };
    perLaag.set(diepte(k), { som: l.som + (waarde.get(k.id) ?? 0), aantal: l.aantal + 1 });
  }
  const knoopHoogte = (k: SankeyKnoop) => {
    const l = perLaag.get(diepte(k))!;
    return l.som > 0 ? ((waarde.get(k.id) ?? 0) / l.som) * (hoogte - 24 - (l.aantal - 1) * 10) : 0;
  };

  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: uitlegFormatter((p) => {
        const q = p as { dataType?: string; data: { id?: string; index?: number }; value: number };
        if (q.dataType === 'edge') {
          const l = links[q.data.index!];
          const naam = (id: string) => perId.get(id)?.naam ?? partijNaam(ev, id);
          const samen = l.aantal > 1 ? ` (${formatGetal(l.aantal)} geldstromen samen)` : '';
          return { bron: linkUitleg(ev, route, beeld, l), terugval: `${html(naam(l.van))} → ${html(naam(l.naar))}: ${formatEuro(l.bedrag)}${samen}` };
        }
        const k = perId.get(q.data.id!)!;
        const groep = overige.get(k.id);
        if (groep) {
          const namen = groep.namen.map(html).join(', ');
          const meer = groep.aantal > groep.namen.length ? ` en ${formatGetal(groep.aantal - groep.namen.length)} meer` : '';
          return { bron: undefined, terugval: `<b>${html(k.naam)}</b>: ${formatEuro(q.value)}<br>${namen}${meer}.<br>Klik om alle partijen te tonen.` };
        }
        return { bron: knoopUitleg(ev, route, deel, k), terugval: `<b>${html(k.naam)}</b>: ${formatEuro(q.value)}` };
      }),
    },
    series: [
      {
        type: 'sankey',
        left: labelBreedte + 12,
        right: labelBreedte + 12,
        top: 12,
        bottom: 12,
        nodeWidth: 14,
        nodeGap: 10,
        // A few passes centre each node on its flows; the default 32 cost most of a redraw's layout
        // and moved nothing visible. They start from the order below: largest first per column.
        layoutIterations: 6,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        // What most labels share is set once for the series; a node carries only what differs
        // (ECharts reads and checks every per-node option on each redraw).
        label: { position: 'right', width: labelBreedte, overflow: 'break', fontSize: 12, lineHeight: 15, color: '#1a1a1a', formatter: '{b}' },
        itemStyle: { borderWidth: 0 },
        data: opVolgorde(knopen, waarde).map((k) => {
          const inMidden = diepte(k) === 1 && drieLagen;
          const label: Record<string, unknown> = {};
          if (diepte(k) === 0) label.position = 'left';
          if (inMidden) Object.assign(label, { width: midden, backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, 3] });
          if (metMarkering) Object.assign(label, { fontWeight: aan(k) ? 700 : 400, color: aan(k) ? '#1a1a1a' : '#8a8a8a' });
          // A node tall enough gets its amount on a second line; the others show their name (the tooltip has all).
          if (knoopHoogte(k) >= 30) label.formatter = `{b}\n${formatMiljoen(waarde.get(k.id) ?? 0, 2)}`;
          return {
            id: k.id,
            name: k.naam,
            depth: diepte(k),
            itemStyle: { color: k.id.startsWith(OVERIGE_PREFIX) ? OVERIGE_KLEUR : knoopKleur(k, route), ...(metMarkering ? { opacity: aan(k) ? 1 : 0.25, ...(aan(k) ? { borderColor: '#1a1a1a', borderWidth: 2 } : {}) } : {}) },
            ...(Object.keys(label).length ? { label } : {}),
          };
        }),
        links: links.map((l, index) => {
          const van = perId.get(l.van);
          const naar = perId.get(l.naar);
          const zichtbaar = aan(van) || aan(naar);
          return {
            source: l.van,
            target: l.naar,
            value: l.bedrag,
            index,
            lineStyle: { color: van ? knoopKleur(van, route) : '#9E9E9E', opacity: zichtbaar ? (metMarkering ? 0.6 : 0.4) : 0.06, curveness: 0.5 },
          };
        }),
      },
    ],
  } as GrafiekOpties;
}

/** The flows of a route as a table for the download, each with the engine's explanation: every flow (`g` asked with `deel: 'alles', max: null`). */
export async function stromenTabel(ev: EvaluatieWeergave, route: RouteId, g: Geldstromen, toelichting: Toelichting): Promise<DataTabel> {
  const { links } = g;
  const naam = new Map(g.knopen.map((k) => [k.id, k.naam]));
  const figuur = (l: BeperkteLink) => `${route}/stroom/${l.index}`;
  const isStroom = (l: BeperkteLink) => l.index >= 0 && l.index < aantalStromen(g);
  const uitleg = await haalUitleg(ev, links.filter(isStroom).map(figuur));
  return {
    titel: `Geldstromen ${ROUTE_LABEL[route]}`,
    bestandsnaam: `geldstromen-${route}`,
    kolommen: [
      { kop: 'Van', soort: 'tekst' },
      { kop: 'Naar', soort: 'tekst' },
      { kop: 'Soort', soort: 'tekst' },
      { kop: 'Kader', soort: 'tekst' },
      { kop: 'Bedrag', soort: 'euro' },
      { kop: 'Uitleg', soort: 'tekst' },
    ],
    rijen: links.map((l) => [
      naam.get(l.van) ?? l.van,
      naam.get(l.naar) ?? l.naar,
      LINK_SOORT_LABEL[l.soort],
      l.kader ? KADER_LABEL[l.kader] : '',
      l.bedrag,
      isStroom(l) ? (uitleg[figuur(l)]?.tekst ?? '') : '',
    ]),
    toelichting: toelichtingRegels(toelichting),
  };
}
