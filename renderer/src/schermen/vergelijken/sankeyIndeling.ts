import type { SankeyKnoop, SankeyLink } from '../../../../shared/engine';
import { knoopWaarden } from '../../../../shared/engine/sankey-beperken';

/**
 * Where the nodes and bands of a Sankey go: a small layout of our own (at most some thirteen nodes
 * per column), so a what-if change redraws a few SVG attributes instead of a chart library's model.
 * Columns are given; within a column the order is given (largest first) and kept. Heights follow
 * the amounts on one scale for the whole chart; a few passes move each node towards the middle of
 * the nodes it exchanges money with, without overlap and within the chart.
 */

export interface IndelingMaat {
  breedte: number;
  hoogte: number;
  /** Room left of the first column and right of the last (the labels). */
  linkerMarge: number;
  rechterMarge: number;
  boven: number;
  onder: number;
  vakBreedte: number;
  tussenruimte: number;
  rondes: number;
}

/** A node placed: its column, top-left corner, height and amount (the larger of in and out). */
export interface Vak {
  knoop: SankeyKnoop;
  kolom: number;
  x: number;
  y: number;
  h: number;
  waarde: number;
}

/** A link placed: a band from `van` to `naar`, its top at `y0` (source side) and `y1` (target side). */
export interface Band<L extends SankeyLink = SankeyLink> {
  link: L;
  /** The link's position in the given list. */
  nr: number;
  van: Vak;
  naar: Vak;
  y0: number;
  y1: number;
  dikte: number;
}

export interface Indeling<L extends SankeyLink = SankeyLink> {
  vakken: Vak[];
  banden: Band<L>[];
}

/** The least a node is drawn, so a party with a tiny amount can still be seen and pointed at. */
const MIN_VAK = 2;

const midden = (v: Vak) => v.y + v.h / 2;

/** The scale at which a column's nodes, each at least MIN_VAK tall, fill `ruimte`. */
function kolomSchaal(kolom: readonly Vak[], ruimte: number): number {
  let klein = new Set<Vak>();
  for (;;) {
    const som = kolom.reduce((s, v) => s + (klein.has(v) ? 0 : v.waarde), 0);
    const schaal = som > 0 ? Math.max(0, ruimte - klein.size * MIN_VAK) / som : Infinity;
    const nu = new Set(kolom.filter((v) => v.waarde * schaal < MIN_VAK));
    if (nu.size <= klein.size) return schaal;
    klein = nu;
  }
}

/** Keeps a column's nodes apart (in their order) and inside the chart. */
function schik(kolom: Vak[], boven: number, onder: number, tussenruimte: number): void {
  let y = boven;
  for (const v of kolom) {
    v.y = Math.max(v.y, y);
    y = v.y + v.h + tussenruimte;
  }
  y = onder;
  for (let i = kolom.length - 1; i >= 0; i--) {
    const v = kolom[i];
    v.y = Math.min(v.y, y - v.h);
    y = v.y - tussenruimte;
  }
}

/**
 * The layout of `knopen` (in their column order) and `links`. `kolomVan` gives a node's column,
 * from 0; every link goes from a lower column to a higher one.
 */
export function sankeyIndeling<L extends SankeyLink>(knopen: readonly SankeyKnoop[], links: readonly L[], kolomVan: (k: SankeyKnoop) => number, maat: IndelingMaat): Indeling<L> {
  const waarde = knoopWaarden(links);
  const aantalKolommen = Math.max(1, ...knopen.map((k) => kolomVan(k) + 1));
  const kolommen: Vak[][] = Array.from({ length: aantalKolommen }, () => []);
  const boven = maat.boven;
  const onder = maat.hoogte - maat.onder;
  const stap = aantalKolommen > 1 ? (maat.breedte - maat.linkerMarge - maat.rechterMarge - maat.vakBreedte) / (aantalKolommen - 1) : 0;
  const perId = new Map<string, Vak>();
  for (const knoop of knopen) {
    const kolom = kolomVan(knoop);
    const vak: Vak = { knoop, kolom, x: maat.linkerMarge + kolom * stap, y: 0, h: 0, waarde: waarde.get(knoop.id) ?? 0 };
    kolommen[kolom].push(vak);
    perId.set(knoop.id, vak);
  }
  // One scale for every column: the fullest column fills the height (its tiny nodes at their least).
  const schaal = Math.min(...kolommen.filter((k) => k.length).map((k) => kolomSchaal(k, Math.max(0, onder - boven - (k.length - 1) * maat.tussenruimte))));
  const ky = Number.isFinite(schaal) ? schaal : 0;
  for (const kolom of kolommen) {
    let y = boven;
    for (const v of kolom) {
      v.h = Math.max(MIN_VAK, v.waarde * ky);
      v.y = y;
      y += v.h + maat.tussenruimte;
    }
    // A column that does not fill the height starts centred.
    const over = onder - (y - maat.tussenruimte);
    if (over > 0) for (const v of kolom) v.y += over / 2;
  }

  const geplaatst = links.flatMap((link, nr) => {
    const van = perId.get(link.van);
    const naar = perId.get(link.naar);
    return van && naar ? [{ link, nr, van, naar, y0: 0, y1: 0, dikte: link.bedrag * ky }] : [];
  });
  const uit = new Map<Vak, Band<L>[]>();
  const inn = new Map<Vak, Band<L>[]>();
  const voeg = (m: Map<Vak, Band<L>[]>, v: Vak, b: Band<L>) => (m.get(v) ?? m.set(v, []).get(v)!).push(b);
  for (const b of geplaatst) {
    voeg(uit, b.van, b);
    voeg(inn, b.naar, b);
  }

  /** Moves each node of a column part of the way to the weighted middle of its neighbours. */
  const trek = (kolom: Vak[], buren: (v: Vak) => Array<[Vak, number]>, kracht: number) => {
    for (const v of kolom) {
      const b = buren(v);
      const gewicht = b.reduce((s, [, w]) => s + w, 0);
      if (gewicht <= 0) continue;
      const doel = b.reduce((s, [n, w]) => s + midden(n) * w, 0) / gewicht;
      v.y += (doel - midden(v)) * kracht;
    }
    schik(kolom, boven, onder, maat.tussenruimte);
  };
  for (const kolom of kolommen) schik(kolom, boven, onder, maat.tussenruimte);
  for (let ronde = 0; ronde < maat.rondes; ronde++) {
    const kracht = Math.pow(0.99, ronde);
    for (const kolom of kolommen.slice(1)) trek(kolom, (v) => (inn.get(v) ?? []).map((b) => [b.van, b.link.bedrag]), kracht);
    for (const kolom of kolommen.slice(0, -1).reverse()) trek(kolom, (v) => (uit.get(v) ?? []).map((b) => [b.naar, b.link.bedrag]), kracht);
  }

  // Bands leave and enter a node in the order of the nodes at their other end: they do not cross there.
  for (const [vak, banden] of uit) {
    let y = vak.y;
    for (const b of banden.sort((a, c) => midden(a.naar) - midden(c.naar) || a.nr - c.nr)) {
      b.y0 = y;
      y += b.dikte;
    }
  }
  for (const [vak, banden] of inn) {
    let y = vak.y;
    for (const b of banden.sort((a, c) => midden(a.van) - midden(c.van) || a.nr - c.nr)) {
      b.y1 = y;
      y += b.dikte;
    }
  }
  return { vakken: kolommen.flat(), banden: geplaatst };
}

/** The outline of a band: two curves (curveness ½) between the source's right edge and the target's left edge. */
export function bandPad(b: Band, vakBreedte: number): string {
  const x0 = b.van.x + vakBreedte;
  const x1 = b.naar.x;
  const xm = (x0 + x1) / 2;
  const d = Math.max(b.dikte, 0.5);
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x0)},${r(b.y0)}C${r(xm)},${r(b.y0)} ${r(xm)},${r(b.y1)} ${r(x1)},${r(b.y1)}L${r(x1)},${r(b.y1 + d)}C${r(xm)},${r(b.y1 + d)} ${r(xm)},${r(b.y0 + d)} ${r(x0)},${r(b.y0 + d)}Z`;
}
