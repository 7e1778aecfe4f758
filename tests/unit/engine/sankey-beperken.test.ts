/** The Sankey at national scale: the largest parties per column, the rest as "overige", money unchanged. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveNormenset, evalueerVariant, ROUTES, sankeyGraaf, type Evaluatie, type SankeyKnoop } from '../../../shared/engine';
import { geldstromenVan } from '../../../shared/engine/evaluatie-weergave';
import { valideerRegio } from '../../../shared/regio/schema';
import { beperkSankey, knoopWaarden, OVERIGE_NAMEN, overigeNaam, sankeyBeeld, type BeperkteSankey, type GenummerdeLink } from '../../../shared/engine/sankey-beperken';

function demoEvaluatie(): Evaluatie {
  const r = valideerRegio(JSON.parse(readFileSync(new URL('../../../resources/demo/demoregio.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error('demoregio ongeldig');
  return evalueerVariant(deriveNormenset(), r.waarde, {});
}

/** A route as in the onderwijsroute: 20 financiers → 6 budgethouders → 30 schools, plus direct individual flows. */
function grafiek(): { knopen: SankeyKnoop[]; links: GenummerdeLink[] } {
  const knopen: SankeyKnoop[] = [];
  const links: GenummerdeLink[] = [];
  const link = (van: string, naar: string, bedrag: number, soort: GenummerdeLink['soort']) => links.push({ van, naar, bedrag, soort, kader: 'jeugdwet', index: links.length });
  for (let f = 1; f <= 20; f++) knopen.push({ id: `gemeente:G${f}`, partij: `gemeente:G${f}`, naam: `Gemeente ${f}`, rol: 'financier' });
  for (let h = 1; h <= 6; h++) knopen.push({ id: `swv:S${h}#budgethouder`, partij: `swv:S${h}`, naam: `SWV ${h} (budgethouder)`, rol: 'budgethouder' });
  for (let s = 1; s <= 30; s++) knopen.push({ id: `school:${s}`, partij: `school:${s}`, naam: `School ${s}`, rol: 'school' });
  // Each financier pays every budgethouder; each budgethouder pays its five schools what it got.
  const binnen = new Map<number, number>();
  for (let f = 1; f <= 20; f++)
    for (let h = 1; h <= 6; h++) {
      const bedrag = 1000 * f + 10 * h;
      link(`gemeente:G${f}`, `swv:S${h}#budgethouder`, bedrag, 'bijdrage');
      binnen.set(h, (binnen.get(h) ?? 0) + bedrag);
    }
  for (let h = 1; h <= 6; h++) {
    const scholen = [1, 2, 3, 4, 5].map((i) => (h - 1) * 5 + i);
    const gewichten = scholen.map((s) => s);
    const som = gewichten.reduce((a, b) => a + b, 0);
    scholen.forEach((s, i) => link(`swv:S${h}#budgethouder`, `school:${s}`, (binnen.get(h)! * gewichten[i]) / som, 'budget'));
  }
  for (let f = 1; f <= 20; f++) link(`gemeente:G${f}`, `school:${f}`, 50 * f, 'individueel');
  return { knopen, links };
}

const som = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** What each column pays out and receives: unchanged by merging. */
function kolomSommen(b: { knopen: SankeyKnoop[]; links: GenummerdeLink[] }) {
  const rol = new Map(b.knopen.map((k) => [k.id, k.rol]));
  const uit: Record<string, number> = {};
  const inn: Record<string, number> = {};
  for (const l of b.links) {
    uit[rol.get(l.van)!] = (uit[rol.get(l.van)!] ?? 0) + l.bedrag;
    inn[rol.get(l.naar)!] = (inn[rol.get(l.naar)!] ?? 0) + l.bedrag;
  }
  return { uit, inn };
}

function verwachtEvenwicht(b: Pick<BeperkteSankey, 'knopen' | 'links'>) {
  const inn = new Map<string, number>();
  const uit = new Map<string, number>();
  for (const l of b.links) {
    uit.set(l.van, (uit.get(l.van) ?? 0) + l.bedrag);
    inn.set(l.naar, (inn.get(l.naar) ?? 0) + l.bedrag);
  }
  for (const k of b.knopen.filter((x) => x.rol === 'budgethouder' || x.rol === 'ouders')) expect(inn.get(k.id) ?? 0, k.naam).toBeCloseTo(uit.get(k.id) ?? 0, 6);
  // Every link has both its nodes.
  const ids = new Set(b.knopen.map((k) => k.id));
  for (const l of b.links) expect(ids.has(l.van) && ids.has(l.naar)).toBe(true);
}

describe('beperkSankey', () => {
  it('houdt per kolom de grootste partijen en voegt de rest samen tot "overige", zonder geld te verliezen', () => {
    const g = grafiek();
    const b = beperkSankey(g.knopen, g.links, { max: 4 });
    const perRol = (rol: string) => b.knopen.filter((k) => k.rol === rol);
    expect(perRol('financier').map((k) => k.naam)).toEqual(['Gemeente 17', 'Gemeente 18', 'Gemeente 19', 'Gemeente 20', 'overige (16 financiers)']);
    expect(perRol('budgethouder')).toHaveLength(5);
    expect(perRol('school')).toHaveLength(5);
    expect(b.overige.map((o) => [o.rol, o.leden.length])).toEqual([
      ['financier', 16],
      ['budgethouder', 2],
      ['school', 26],
    ]);
    expect(som(b.links.map((l) => l.bedrag))).toBeCloseTo(som(g.links.map((l) => l.bedrag)), 6);
    expect(kolomSommen(b)).toEqual(kolomSommen(g));
    verwachtEvenwicht(b);
    // Merged links say of how many flows they are made and lose their single explanation.
    const samen = b.links.filter((l) => l.aantal > 1);
    expect(samen.length).toBeGreaterThan(0);
    expect(samen.every((l) => l.index === -1)).toBe(true);
    expect(som(b.links.map((l) => l.aantal))).toBe(g.links.length);
    // The overige node carries exactly what its members carried.
    const w = knoopWaarden(g.links);
    const overigeScholen = b.overige.find((o) => o.rol === 'school')!;
    expect(knoopWaarden(b.links).get(overigeScholen.id)).toBeCloseTo(som(overigeScholen.leden.map((k) => w.get(k.id)!)), 6);
  });

  it('een gemarkeerde partij blijft zichtbaar, ook als zij klein is', () => {
    const g = grafiek();
    const b = beperkSankey(g.knopen, g.links, { max: 4, houd: (k) => k.partij === 'gemeente:G1' || k.partij === 'school:1' });
    expect(b.knopen.some((k) => k.id === 'gemeente:G1')).toBe(true);
    expect(b.knopen.some((k) => k.id === 'school:1')).toBe(true);
    // Still four per column (the marked one in place of the smallest) plus "overige".
    expect(b.knopen.filter((k) => k.rol === 'financier')).toHaveLength(5);
    expect(b.knopen.find((k) => k.id === 'overige:financier')!.naam).toBe(overigeNaam('financier', 16));
    verwachtEvenwicht(b);
  });

  it('laat een kleine grafiek zoals hij is, en voegt nooit één partij alleen samen', () => {
    const g = grafiek();
    const alles = beperkSankey(g.knopen, g.links, { max: Infinity });
    expect(alles.overige).toEqual([]);
    expect(alles.knopen).toEqual(g.knopen);
    expect(alles.links.map(({ aantal: _a, ...l }) => l)).toEqual(g.links);
    // 6 budgethouders with max 5: merging one would only rename it.
    expect(beperkSankey(g.knopen, g.links, { max: 5 }).knopen.filter((k) => k.rol === 'budgethouder')).toHaveLength(6);
  });

  it('op de geldstromen van de demoregio: elke route blijft in evenwicht en telt op tot hetzelfde', () => {
    const ev = demoEvaluatie();
    for (const route of ROUTES) {
      const g = sankeyGraaf(ev, route);
      const links = g.links.map((l, index) => ({ ...l, index }));
      const b = beperkSankey(g.knopen, links, { max: 3 });
      expect(b.overige.length, route).toBeGreaterThan(0);
      for (const rol of ['financier', 'budgethouder', 'school'] as const) expect(b.knopen.filter((k) => k.rol === rol).length, `${route} ${rol}`).toBeLessThanOrEqual(4);
      expect(kolomSommen(b).uit.financier).toBeCloseTo(kolomSommen({ knopen: g.knopen, links }).uit.financier, 4);
      expect(kolomSommen(b).inn.school).toBeCloseTo(kolomSommen({ knopen: g.knopen, links }).inn.school, 4);
      verwachtEvenwicht(b);
    }
  });
});

describe('sankeyBeeld: wat de dienst stuurt', () => {
  const g = grafiek();
  const graaf = { knopen: g.knopen, links: g.links.map(({ index: _i, ...l }) => l) };

  it('stuurt per deel de grootste partijen, met per "overige" het aantal en de namen van de grootste', () => {
    const pot = sankeyBeeld(graaf, { deel: 'pot', max: 4, gemarkeerd: null });
    expect(pot.links.every((l) => l.soort !== 'individueel')).toBe(true);
    expect(pot.overige.map((o) => [o.rol, o.aantal])).toEqual([
      ['financier', 16],
      ['budgethouder', 2],
      ['school', 26],
    ]);
    const scholen = pot.overige.find((o) => o.rol === 'school')!;
    // The tooltip names the largest merged schools, at most OVERIGE_NAMEN; the node's name counts them all.
    expect(scholen.namen).toHaveLength(OVERIGE_NAMEN);
    const potLinks = g.links.filter((l) => l.soort !== 'individueel');
    const w = knoopWaarden(potLinks);
    const samengevoegd = g.knopen.filter((k) => k.rol === 'school' && !pot.knopen.some((p) => p.id === k.id)).sort((a, b) => w.get(b.id)! - w.get(a.id)!);
    expect(scholen.namen).toEqual(samengevoegd.slice(0, OVERIGE_NAMEN).map((k) => k.naam));
    expect(pot.knopen.find((k) => k.id === scholen.id)!.naam).toBe('overige (26 scholen)');
    // What each column pays and receives is what the whole pot part pays and receives.
    expect(kolomSommen(pot)).toEqual(kolomSommen({ knopen: g.knopen, links: potLinks }));
    verwachtEvenwicht(pot);

    const buiten = sankeyBeeld(graaf, { deel: 'buiten', max: 4, gemarkeerd: null });
    expect(buiten.links.every((l) => l.soort === 'individueel')).toBe(true);
    expect(som(buiten.links.map((l) => l.aantal))).toBe(20);
    expect(som(buiten.links.map((l) => l.bedrag))).toBeCloseTo(som(g.links.filter((l) => l.soort === 'individueel').map((l) => l.bedrag)), 6);
  });

  it('houdt de gemarkeerde partij zichtbaar, en houdt de index van elke niet samengevoegde stroom', () => {
    const b = sankeyBeeld(graaf, { deel: 'pot', max: 4, gemarkeerd: 'school:1' });
    expect(b.knopen.some((k) => k.id === 'school:1')).toBe(true);
    expect(b.overige.find((o) => o.rol === 'school')!.aantal).toBe(26);
    // A link that stands for one flow keeps that flow's index (its explanation); merged links have -1.
    for (const l of b.links.filter((x) => x.index >= 0)) expect(graaf.links[l.index]).toMatchObject({ soort: l.soort, bedrag: l.bedrag });
    expect(b.links.filter((l) => l.index < 0).every((l) => l.aantal > 1)).toBe(true);
    expect(b.links.find((l) => l.naar === 'school:1')!.index).toBeGreaterThanOrEqual(0);
  });

  it('zonder maximum: elke stroom, met haar index, zonder "overige"', () => {
    const b = sankeyBeeld(graaf, { deel: 'alles', max: null, gemarkeerd: null });
    expect(b.overige).toEqual([]);
    expect(b.links.map((l) => l.index)).toEqual(graaf.links.map((_, i) => i));
  });
});

describe('geldstromenVan: de demoregio', () => {
  it('heeft weinig partijen: in de pot en erbuiten geen "overige"; nu alleen de 4 kleinste van 16 financiers; de aantallen kloppen', () => {
    const ev = demoEvaluatie();
    for (const route of ROUTES) {
      for (const deel of route === 'huidig' ? [] : (['pot', 'buiten'] as const)) {
        const beperkt = geldstromenVan(ev, route, { deel, max: 12, gemarkeerd: null });
        expect(beperkt.overige, `${route} ${deel}`).toEqual([]);
        expect(beperkt).toEqual(geldstromenVan(ev, route, { deel, max: null, gemarkeerd: null }));
      }
      const g = geldstromenVan(ev, route, { deel: 'alles', max: null, gemarkeerd: null });
      const stromen = ev.routes[route].stromen;
      expect(g.aantalInPot + g.aantalBuiten).toBe(stromen.length);
      expect(g.aantalBuiten).toBe(stromen.filter((s) => s.soort === 'individueel').length);
      expect(g.links).toHaveLength(sankeyGraaf(ev, route).links.length);
    }
    const nu = geldstromenVan(ev, 'huidig', { deel: 'alles', max: 12, gemarkeerd: null });
    expect(nu.overige.map((o) => [o.rol, o.aantal, o.namen.length])).toEqual([['financier', 4, 4]]);
    expect(nu.knopen.filter((k) => k.rol === 'financier')).toHaveLength(13);
  });
});
