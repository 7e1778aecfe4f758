import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { maakNotitie, maakNotitieDocx } from '../../../core/export';
import { NOTITIE_TOP_GEMEENTEN } from '../../../core/export/notitie';
import { herverdeelOverzicht } from '../../../shared/domain/herverdeling';
import { deriveNormenset, evalueerVariant, type Evaluatie, type VariantInvoer } from '../../../shared/engine';
import { NOTITIE_KOPPEN, type Notitie } from '../../../shared/export/notitie-typen';
import { formatEuro } from '../../../shared/format';
import type { RegioBestand } from '../../../shared/regio/schema';
import { demo } from './hulp';

const ns = deriveNormenset();
const regio = demo();
const VARIANT: VariantInvoer = { naam: 'Jeugdigen in drie jaar', verdeelsleutel: { type: 'jeugdigen' }, ingroei: { jaren: 3, maxNadeelPerInwoner: 5 } };
const DATUM = new Date(2026, 2, 12);

let n: Notitie;
let ev: Evaluatie;
beforeAll(() => {
  n = maakNotitie(regio, VARIANT, ns, { appVersie: '1.2.3', datum: DATUM });
  ev = evalueerVariant(ns, regio, VARIANT);
});

/** The text of word/document.xml of a .docx (a zip), without the XML tags. */
function documentTekst(docx: Buffer): { xml: string; tekst: string; bestanden: string[] } {
  const zip = XLSX.CFB.read(docx, { type: 'buffer' });
  const i = zip.FullPaths.findIndex((p: string) => p.endsWith('word/document.xml'));
  expect(i, 'word/document.xml in het docx-bestand').toBeGreaterThanOrEqual(0);
  const xml = Buffer.from(zip.FileIndex[i].content as Uint8Array).toString('utf8');
  const kop = zip.FullPaths.findIndex((p: string) => p.endsWith('word/header1.xml'));
  const kopXml = kop >= 0 ? Buffer.from(zip.FileIndex[kop].content as Uint8Array).toString('utf8') : '';
  return { xml, tekst: `${kopXml} ${xml}`.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), bestanden: zip.FullPaths };
}

describe('maakNotitie', () => {
  it('kop met regio, variant, prijspeil en datum, samen in de kopregel van elke pagina', () => {
    expect(n.kop).toMatchObject({ regio: regio.regio.naam, variant: 'Jeugdigen in drie jaar', prijspeil: 'prijspeil 2022', datum: '2026-03-12', datumTekst: '12 maart 2026' });
    expect(n.kop.kopregel).toBe(`${regio.regio.naam} · Jeugdigen in drie jaar · prijspeil 2022 · 12 maart 2026`);
  });

  it('de pot per route en per gemeente nu naast de routes, met de cijfers van de rekenkern', () => {
    expect(n.routes.map((r) => r.route)).toEqual(['huidig', 'gemeenteroute', 'onderwijsroute', 'integraal']);
    expect(n.routes[1].pot).toBeCloseTo(ev.routes.gemeenteroute.pot.totaal, 6);
    const gemeenten = ev.financiers.filter((f) => f.soort === 'gemeente');
    expect(n.gemeenten.aantal).toBe(gemeenten.length);
    expect(n.gemeenten.totaal.nu).toBeCloseTo(gemeenten.reduce((s, f) => s + f.huidig, 0), 4);
    const eerste = n.gemeenten.rijen[0];
    const i = ev.financiers.findIndex((f) => f.partij === eerste.partij);
    expect(eerste.perRoute.gemeenteroute).toBeCloseTo(ev.routes.gemeenteroute.bijdragen[i].bedrag + ev.routes.gemeenteroute.bijdragen[i].individueel, 4);
    // Sorted by the largest change.
    const verandering = n.gemeenten.rijen.map((g) => Math.abs(g.perRoute.gemeenteroute - g.nu));
    expect(verandering).toEqual([...verandering].sort((a, b) => b - a));
  });

  it('herverdeeleffect, ingroeipad en samenvatting noemen de figuren van de rekenkern', () => {
    const grootste = [...ev.herverdeeleffect.gemeenteroute].sort((a, b) => (b.perInwoner ?? 0) - (a.perInwoner ?? 0))[0];
    expect(n.herverdeling.overzicht.balken[0].naam).toBe(grootste.naam);
    expect(n.samenvatting.join(' ')).toContain(`${grootste.naam} (${formatEuro(grootste.perInwoner!, 2)})`);
    expect(n.ingroei.jaren).toEqual(ev.ingroeipad.pad.map((j) => j.jaar));
    expect(n.ingroei.tekst).toContain('€ 5,00');
    expect(n.grafieken.herverdeling).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(n.grafieken.herverdeling).toContain('prijspeil 2022');
    expect(n.grafieken.ingroei).toContain(ev.ingroeipad.gemeenten[0].naam);
    expect(n.aannames.map((a) => a.titel)).toContain('Prijspeil');
    expect(n.buitenDePot[0].bedrag).toBeCloseTo(ev.routes.gemeenteroute.nietInPot.totaal, 4);
  });

  it('op landelijke schaal een toplijst met de overige gemeenten in één rij', () => {
    // 60 gemeenten: the demo's gemeenten repeated with new codes (no pupils), enough for a top list.
    const groot: RegioBestand = structuredClone(regio);
    for (let i = 0; i < 60; i++) groot.gemeenten.push({ ...regio.gemeenten[i % regio.gemeenten.length], code: `GM8${String(i).padStart(3, '0')}`, naam: `Extra ${i}`, centrumgemeente: false, inRegio: true });
    const m = maakNotitie(groot, VARIANT, ns, { appVersie: '1', datum: DATUM });
    expect(m.gemeenten.rijen).toHaveLength(NOTITIE_TOP_GEMEENTEN + 1);
    expect(m.gemeenten.rijen.at(-1)!.naam).toBe(`Overige ${m.gemeenten.aantal - NOTITIE_TOP_GEMEENTEN} gemeenten`);
    const somRijen = m.gemeenten.rijen.reduce((s, g) => s + g.nu, 0);
    expect(somRijen).toBeCloseTo(m.gemeenten.totaal.nu, 2);
  });
});

describe('herverdeelOverzicht', () => {
  const g = (naam: string, bedrag: number, inwoners: number) => ({ partij: `gemeente:${naam}`, naam, inwoners0tot17: inwoners, bijdrage: 0, huidigGedekt: 0, bedrag, perInwoner: bedrag / inwoners });
  it('de n grootste nadelen en voordelen, de rest als één balk met hun som en som per inwoner', () => {
    const effecten = [g('A', 500, 10), g('B', 100, 10), g('C', 30, 10), g('D', -20, 10), g('E', -60, 20), g('F', -550, 10)];
    const o = herverdeelOverzicht(effecten, 1);
    expect(o.balken.map((b) => b.naam)).toEqual(['A', 'Overige 4 gemeenten', 'F']);
    expect(o.balken[1]).toMatchObject({ partij: null, aantal: 4, inwoners0tot17: 50, bedrag: 50 });
    expect(o.balken[1].perInwoner).toBeCloseTo(1, 10);
    expect(o.nadeel).toEqual({ aantal: 3, bedrag: 630 });
    expect(o.voordeel).toEqual({ aantal: 3, bedrag: -630 });
  });
});

describe('maakNotitieDocx', () => {
  it('een Word-document met de koppen, de kopregel, de cijfers en de grafieken als SVG', async () => {
    const { xml, tekst, bestanden } = documentTekst(await maakNotitieDocx(n));
    for (const kop of Object.values(NOTITIE_KOPPEN)) expect(tekst).toContain(kop);
    expect(xml).toContain('w:val="Heading1"');
    expect(tekst).toContain(n.kop.kopregel);
    expect(tekst).toContain(formatEuro(n.routes[1].pot));
    expect(tekst).toContain(n.gemeenten.rijen[0].naam);
    expect(bestanden.filter((p) => p.endsWith('.svg'))).toHaveLength(2);
  });
});
