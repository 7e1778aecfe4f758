/** The Sankey's own layout and drawing: what the Geldstromen tab draws, checked on the demo regio's routes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { deriveNormenset, evalueerVariant, ROUTES, type RouteId, type SankeyKnoop, type SankeyLink } from '../../../shared/engine';
import { geldstromenVan, type Geldstromen } from '../../../shared/engine/evaluatie-weergave';
import { OVERIGE_PREFIX, type SankeyDeel } from '../../../shared/engine/sankey-beperken';
import { valideerRegio } from '../../../shared/regio/schema';

vi.mock('../../../renderer/src/api', () => ({ zio: {} }));
const { sankeyIndeling, bandPad } = await import('../../../renderer/src/schermen/vergelijken/sankeyIndeling');
const { sankeyTabel, sankeyTekening, SANKEY_MAX } = await import('../../../renderer/src/schermen/vergelijken/sankey');

const r = valideerRegio(JSON.parse(readFileSync(new URL('../../../resources/demo/demoregio.json', import.meta.url), 'utf8')));
if (!r.ok) throw new Error('demoregio ongeldig');
const ev = evalueerVariant(deriveNormenset(), r.waarde, {});

const delen = (route: RouteId): SankeyDeel[] => (route === 'huidig' ? ['alles'] : ['pot', 'buiten']);
const gevallen: Array<[RouteId, SankeyDeel, Geldstromen]> = ROUTES.flatMap((route) => delen(route).map((deel): [RouteId, SankeyDeel, Geldstromen] => [route, deel, geldstromenVan(ev, route, { deel, max: SANKEY_MAX, gemarkeerd: null })]));

const MAAT = { breedte: 900, hoogte: 500, linkerMarge: 200, rechterMarge: 200, boven: 12, onder: 12, vakBreedte: 14, tussenruimte: 10, rondes: 6 };
const kolomVan = (k: SankeyKnoop) => (k.rol === 'financier' ? 0 : k.rol === 'school' ? 2 : 1);

describe('sankeyIndeling', () => {
  it.each(gevallen.filter(([, , g]) => g.links.length).map(([route, deel, g]) => [`${route} ${deel}`, g] as const))('%s: nodes in their column and order, apart, inside the chart', (_, g) => {
    const { vakken } = sankeyIndeling(g.knopen, g.links, kolomVan, MAAT);
    expect(vakken).toHaveLength(g.knopen.length);
    for (let kolom = 0; kolom < 3; kolom++) {
      const rij = vakken.filter((v) => v.kolom === kolom);
      // The given order (largest first) is kept: each node below the previous one, with the gap between.
      expect(rij.map((v) => v.knoop.id)).toEqual(g.knopen.filter((k) => kolomVan(k) === kolom).map((k) => k.id));
      rij.forEach((v, i) => {
        expect(v.x).toBeCloseTo(MAAT.linkerMarge + kolom * ((MAAT.breedte - MAAT.linkerMarge - MAAT.rechterMarge - MAAT.vakBreedte) / 2));
        if (i > 0) expect(v.y).toBeGreaterThanOrEqual(rij[i - 1].y + rij[i - 1].h + MAAT.tussenruimte - 1e-6);
      });
      if (rij.length) {
        expect(rij[0].y).toBeGreaterThanOrEqual(MAAT.boven - 1e-6);
        expect(rij.at(-1)!.y + rij.at(-1)!.h).toBeLessThanOrEqual(MAAT.hoogte - MAAT.onder + 1e-6);
      }
    }
  });

  it.each(gevallen.filter(([, , g]) => g.links.length).map(([route, deel, g]) => [`${route} ${deel}`, g] as const))('%s: one scale for every amount; bands tile their nodes', (_, g) => {
    const { vakken, banden } = sankeyIndeling(g.knopen, g.links, kolomVan, MAAT);
    expect(banden).toHaveLength(g.links.length);
    const schaal = banden[0].dikte / banden[0].link.bedrag;
    for (const b of banden) expect(b.dikte).toBeCloseTo(b.link.bedrag * schaal);
    for (const v of vakken) {
      // A node is as tall as its amount (at least 2 px, to be seen and pointed at).
      expect(v.h).toBeCloseTo(Math.max(2, v.waarde * schaal));
      for (const [kant, top] of [['van', 'y0'], ['naar', 'y1']] as const) {
        const eigen = banden.filter((b) => b[kant] === v).sort((a, b) => a[top] - b[top]);
        let y = v.y;
        for (const b of eigen) {
          expect(b[top]).toBeCloseTo(y);
          y += b.dikte;
        }
      }
    }
    // The fullest column fills the height between its gaps.
    const vol = [0, 1, 2].map((k) => vakken.filter((v) => v.kolom === k)).filter((k) => k.length);
    const ruimte = vol.map((k) => k.reduce((s, v) => s + v.h, 0) + (k.length - 1) * MAAT.tussenruimte);
    expect(Math.max(...ruimte)).toBeCloseTo(MAAT.hoogte - MAAT.boven - MAAT.onder, 0);
  });

  it('draws a band from the right edge of its source to the left edge of its target', () => {
    const knopen: SankeyKnoop[] = [
      { id: 'a', partij: 'gemeente:a', naam: 'A', rol: 'financier' },
      { id: 'b', partij: 'school:b', naam: 'B', rol: 'school' },
    ];
    const links: SankeyLink[] = [{ van: 'a', naar: 'b', bedrag: 100, soort: 'bijdrage' }];
    const { banden } = sankeyIndeling(knopen, links, kolomVan, { ...MAAT, hoogte: 124 });
    expect(bandPad(banden[0], 14)).toBe('M214,12C450,12 450,12 686,12L686,112C450,112 450,112 214,112Z');
  });

  it('gives a chart without flows no nodes at a height (nothing to scale by)', () => {
    const { vakken, banden } = sankeyIndeling([{ id: 'a', partij: 'gemeente:a', naam: 'A', rol: 'financier' }], [], kolomVan, MAAT);
    expect(banden).toEqual([]);
    expect(vakken[0].h).toBe(2);
  });
});

describe('sankeyTekening', () => {
  const pot = geldstromenVan(ev, 'gemeenteroute', { deel: 'pot', max: SANKEY_MAX, gemarkeerd: null });

  it('draws financiers left with their labels left, the budgethouder in the middle, the schools right', () => {
    const t = sankeyTekening('gemeenteroute', pot, null, 900, 500)!;
    for (const v of t.vakken) {
      expect(v.label.zijde).toBe(v.kolom === 0 ? 'links' : 'rechts');
      expect(v.label.inMidden).toBe(v.kolom === 1);
      if (v.kolom === 0) expect(v.label.x + v.label.breedte).toBeLessThanOrEqual(v.x);
      else expect(v.label.x).toBeGreaterThanOrEqual(v.x + t.vakBreedte);
      // The amount is on a second line where the node is tall enough for two lines.
      expect(v.label.regels.length).toBe(v.h >= 30 ? 2 : 1);
    }
    const houder = t.vakken.find((v) => v.knoop.rol === 'budgethouder')!;
    expect(houder.label.regels).toEqual([houder.knoop.naam, expect.stringMatching(/^€ \d+,\d\d mln$/)]);
    // Gemeenten, schools and swv's can be marked; the budgethouder, zorgkantoor and verzekeraars not.
    for (const v of t.vakken) expect(v.actie).toBe(/^(gemeente|school|swv):/.test(v.knoop.partij) ? 'markeer' : null);
    // Bands take their source's colour.
    for (const b of t.banden) expect(b.kleur).toBe(t.vakken.find((v) => v.knoop.id === b.van.knoop.id)!.kleur);
  });

  it('keeps a marked party in full colour and fades the rest', () => {
    const gemeente = pot.knopen.find((k) => k.partij.startsWith('gemeente:'))!;
    const t = sankeyTekening('gemeenteroute', pot, gemeente.partij, 900, 500)!;
    for (const v of t.vakken) {
      expect(v.gemarkeerd).toBe(v.knoop.partij === gemeente.partij);
      expect(v.vaag).toBe(v.knoop.partij !== gemeente.partij);
    }
    for (const b of t.banden) expect(b.dekking).toBe(b.van.knoop.partij === gemeente.partij || b.naar.knoop.partij === gemeente.partij ? 0.6 : 0.06);
    // A party that is not in this chart marks nothing here.
    const zonder = sankeyTekening('gemeenteroute', pot, 'gemeente:bestaat-niet', 900, 500)!;
    expect(zonder.vakken.every((v) => !v.vaag && !v.gemarkeerd)).toBe(true);
  });

  it('makes an "overige" node grey and expandable at national scale', () => {
    const knopen: SankeyKnoop[] = [
      { id: `${OVERIGE_PREFIX}financier`, partij: 'overige', naam: 'overige (300 financiers)', rol: 'financier' },
      { id: 'school:1', partij: 'school:1', naam: 'School 1', rol: 'school' },
    ];
    const t = sankeyTekening('huidig', { knopen, links: [{ van: knopen[0].id, naar: 'school:1', bedrag: 5, soort: 'individueel', index: -1, aantal: 300 }], overige: [] }, null, 900, 300)!;
    expect(t.vakken[0]).toMatchObject({ kleur: '#868E96', actie: 'alle' });
  });

  it('has nothing to draw without flows', () => {
    expect(sankeyTekening('gemeenteroute', { knopen: [], links: [], overige: [] }, null, 900, 300)).toBeNull();
  });

  it('lists the flows drawn, in the route\'s order, as van → naar → bedrag for "Toon als tabel"', () => {
    const t = sankeyTekening('gemeenteroute', pot, null, 900, 500)!;
    const tabel = sankeyTabel(t);
    expect(tabel.kop).toEqual(['Van', 'Naar', 'Bedrag']);
    const naam = new Map(pot.knopen.map((k) => [k.id, k.naam]));
    expect(tabel.rijen).toEqual(pot.links.map((l) => ({ kop: naam.get(l.van), cellen: [naam.get(l.naar), expect.stringMatching(/^€ [\d.]+$/)] })));
    expect(tabel.rijen[0].cellen[1]).toBe(`€ ${Math.round(pot.links[0].bedrag).toLocaleString('nl-NL')}`);
  });
});
