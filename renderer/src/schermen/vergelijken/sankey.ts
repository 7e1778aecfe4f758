import { KADER_LABEL } from '../../../../shared/domain/labels';
import { ROUTE_LABEL, partijSoort, type RouteId, type SankeyKnoop, type SankeyLink } from '../../../../shared/engine';
import { OVERIGE_PREFIX, knoopWaarden, type BeperkteLink, type SankeyBeeld, type SankeyDeel } from '../../../../shared/engine/sankey-beperken';
import type { EvaluatieWeergave, Geldstromen } from '../../../../shared/engine/evaluatie-weergave';
import { formatEuro, formatGetal, formatMiljoen } from '../../../../shared/format';
import { PARTIJ_KLEUR, ROUTE_KLEUR } from '../../kleuren';
import type { DataTabel } from '../../onderdelen/Downloads';
import type { GrafiekTabel } from '../../onderdelen/grafiekTabel';
import type { UitlegBron, UitlegTekst } from '../../onderdelen/Uitleg';
import { bandPad, sankeyIndeling, type Band, type Vak } from './sankeyIndeling';
import { toelichtingRegels, type Toelichting } from './Tabel';
import { haalUitleg, uitlegVan } from './uitleg';

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

/** What a click on a node does: mark the party everywhere, or show every party of an "overige" node. */
export type VakActie = 'markeer' | 'alle' | null;

export interface TekenVak extends Vak {
  kleur: string;
  /** Faded: a party is highlighted and this is not it. */
  vaag: boolean;
  /** The highlighted party itself (outlined, label in bold). */
  gemarkeerd: boolean;
  label: { zijde: 'links' | 'rechts'; x: number; breedte: number; inMidden: boolean; regels: string[] };
  actie: VakActie;
}

export interface TekenBand extends Band<BeperkteLink> {
  d: string;
  kleur: string;
  /** Fill opacity: fainter when a party is highlighted and the band does not touch it. */
  dekking: number;
}

/** A Sankey ready to draw: nodes with their colours and labels, bands with their outlines. */
export interface SankeyTekening {
  breedte: number;
  hoogte: number;
  vakBreedte: number;
  vakken: TekenVak[];
  banden: TekenBand[];
}

const MARKEERBAAR = /^(gemeente|school|swv):/;
const VAK_BREEDTE = 14;
const LABEL_AFSTAND = 5;

/**
 * A Sankey of one route: financiers → budgethouder(s) → schools for the pot, or financiers →
 * schools for the flows outside the pot (and for today). Colours: financiers by kind (the kader they
 * pay), the budgethouder in its route's colour, bands in the colour of their source. A highlighted
 * party keeps full colour, everything else fades.
 */
export function sankeyTekening(route: RouteId, beeld: SankeyBeeld, gemarkeerd: string | null, breedte: number, hoogte: number): SankeyTekening | null {
  const { links, knopen } = beeld;
  if (!links.length) return null;
  const metMarkering = gemarkeerd !== null && knopen.some((k) => k.partij === gemarkeerd);
  const aan = (k: SankeyKnoop) => !metMarkering || k.partij === gemarkeerd;
  const drieLagen = knopen.some((k) => k.rol === 'budgethouder' || k.rol === 'ouders');
  const kolom = (k: SankeyKnoop) => (k.rol === 'financier' ? 0 : k.rol === 'budgethouder' || k.rol === 'ouders' ? 1 : drieLagen ? 2 : 1);
  const labelBreedte = Math.round(Math.min(280, Math.max(110, breedte * 0.25)));
  // The middle column's labels stay left of the schools' nodes: at most the room between the columns.
  const ruimte = (breedte - 2 * (labelBreedte + 12)) / 2 - VAK_BREEDTE - 10;
  const midden = drieLagen ? Math.round(Math.max(80, Math.min(labelBreedte * 1.1, ruimte))) : 0;
  const waarde = knoopWaarden(links);
  const indeling = sankeyIndeling(opVolgorde(knopen, waarde), links, kolom, {
    breedte,
    hoogte,
    linkerMarge: labelBreedte + 12,
    rechterMarge: labelBreedte + 12,
    boven: 12,
    onder: 12,
    vakBreedte: VAK_BREEDTE,
    tussenruimte: 10,
    rondes: 6,
  });
  const kleurVan = (k: SankeyKnoop) => (k.id.startsWith(OVERIGE_PREFIX) ? OVERIGE_KLEUR : knoopKleur(k, route));
  const vakken = indeling.vakken.map((v): TekenVak => {
    const k = v.knoop;
    const opLinks = v.kolom === 0;
    const inMidden = v.kolom === 1 && drieLagen;
    // A node tall enough gets its amount on a second line; the others show their name (the tooltip has all).
    const regels = v.h >= 30 ? [k.naam, formatMiljoen(v.waarde, 2)] : [k.naam];
    const lb = inMidden ? midden : labelBreedte;
    return {
      ...v,
      kleur: kleurVan(k),
      vaag: !aan(k),
      gemarkeerd: metMarkering && aan(k),
      label: { zijde: opLinks ? 'links' : 'rechts', x: opLinks ? v.x - LABEL_AFSTAND - lb : v.x + VAK_BREEDTE + LABEL_AFSTAND, breedte: lb, inMidden, regels },
      actie: k.id.startsWith(OVERIGE_PREFIX) ? 'alle' : MARKEERBAAR.test(k.partij) ? 'markeer' : null,
    };
  });
  const banden = indeling.banden.map((b): TekenBand => {
    const zichtbaar = aan(b.van.knoop) || aan(b.naar.knoop);
    return { ...b, d: bandPad(b, VAK_BREEDTE), kleur: knoopKleur(b.van.knoop, route), dekking: zichtbaar ? (metMarkering ? 0.6 : 0.4) : 0.06 };
  });
  return { breedte, hoogte, vakBreedte: VAK_BREEDTE, vakken, banden };
}

/** What a Sankey's tooltip explains: a node or a band. */
export type SankeyDoel = { vak: TekenVak } | { band: TekenBand };

/** The tooltip of a node or band: what is known at once, and the engine's explanation asked when shown. */
export function sankeyTip(ev: EvaluatieWeergave, route: RouteId, beeld: Geldstromen, deel: SankeyDeel, doel: SankeyDoel): { bron: UitlegBron | undefined; tekst: UitlegTekst } {
  if ('band' in doel) {
    const { link: l, van, naar } = doel.band;
    const samen = l.aantal > 1 ? ` (${formatGetal(l.aantal)} geldstromen samen)` : '';
    return { bron: linkUitleg(ev, route, beeld, l), tekst: { titel: `${van.knoop.naam} → ${naar.knoop.naam}`, regels: [`${formatEuro(l.bedrag)}${samen}`] } };
  }
  const { knoop: k, waarde } = doel.vak;
  const groep = beeld.overige.find((o) => o.id === k.id);
  if (groep) {
    const meer = groep.aantal > groep.namen.length ? ` en ${formatGetal(groep.aantal - groep.namen.length)} meer` : '';
    return { bron: undefined, tekst: { titel: k.naam, regels: [formatEuro(waarde), `${groep.namen.join(', ')}${meer}.`, 'Klik om alle partijen te tonen.'] } };
  }
  return { bron: knoopUitleg(ev, route, deel, k), tekst: { titel: k.naam, regels: [formatEuro(waarde)] } };
}

/** The flows drawn, van → naar → bedrag, for "Toon als tabel". */
export function sankeyTabel(t: SankeyTekening): GrafiekTabel {
  return {
    kop: ['Van', 'Naar', 'Bedrag'],
    tekstKolommen: 2,
    rijen: [...t.banden].sort((a, b) => a.nr - b.nr).map((b) => ({ kop: b.van.knoop.naam, cellen: [b.naar.knoop.naam, formatEuro(b.link.bedrag)] })),
  };
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
