import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { maakBerekeningBuffer } from '../../../core/export';
import { HERVERDEEL_BLAD, INGROEI_BLAD } from '../../../core/export/herverdeling-bladen';
import { deriveNormenset, evalueerVariant, type Evaluatie, type VariantInvoer } from '../../../shared/engine';
import { ingroeiBedrag } from '../../../shared/engine/routes/ingroeipad';
import { cel, controleerFormules, demo, open, tabel } from './hulp';

const ns = deriveNormenset();
const regio = demo();
/** Jeugdigen as key, phased in over 3 years with at most € 5 nadeel per inwoner 0–17 a year. */
const VARIANT: VariantInvoer = { naam: 'Jeugdigen in drie jaar', verdeelsleutel: { type: 'jeugdigen' }, ingroei: { jaren: 3, maxNadeelPerInwoner: 5 }, uitvoeringskostenPct: { gemeenteroute: 2, onderwijsroute: 0, integraal: 0 } };

let wb: XLSX.WorkBook;
let ev: Evaluatie;
beforeAll(() => {
  wb = open(maakBerekeningBuffer(regio, VARIANT, ns, { kleineAantallen: false, appVersie: '1.0.0', datum: new Date(2026, 2, 12) }));
  ev = evalueerVariant(ns, regio, VARIANT);
});

const tekst = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, defval: '' }).map((r) => r.join(' | ')).join('\n');

describe('blad Herverdeeleffect', () => {
  it('staat achter de Vergelijking, met het prijspeil in de titel', () => {
    expect(wb.SheetNames.slice(-3)).toEqual(['Vergelijking', HERVERDEEL_BLAD, INGROEI_BLAD]);
    expect(tekst(wb.Sheets[HERVERDEEL_BLAD])).toMatch(/^Herverdeeleffect per gemeente \(bedragen in euro per schooljaar, prijspeil 2022\)/);
    expect(tekst(wb.Sheets.Toelichting)).toContain('Prijspeil | prijspeil 2022');
  });

  it('per gemeente het effect als formule route − nu, gelijk aan de rekenkern, en SOM-totalen', () => {
    const ws = wb.Sheets[HERVERDEEL_BLAD];
    const t = tabel(ws, /^Herverdeeleffect per gemeente en route/);
    expect(t.rijen).toHaveLength(ev.herverdeeleffect.gemeenteroute.length);
    const c = t.kolom('Effect gemeenteroute');
    for (const [i, r] of t.rijen.entries()) {
      const x = cel(ws, r, c)!;
      expect(x.f).toMatch(/^[A-Z]+\d+-[A-Z]+\d+$/);
      expect(x.v as number).toBeCloseTo(ev.herverdeeleffect.gemeenteroute[i].bedrag, 1);
      expect(t.waarde(r, 'Per inwoner 0–17 gemeenteroute')).toBeCloseTo(ev.herverdeeleffect.gemeenteroute[i].perInwoner ?? 0, 6);
    }
    const totaal = cel(ws, t.totaalRij!, c)!;
    expect(totaal.f).toMatch(/^SUM\(/);
    const som = ev.herverdeeleffect.gemeenteroute.reduce((s, g) => s + g.bedrag, 0);
    expect(totaal.v as number).toBeCloseTo(som, 0);
    // Per inwoner is not summed.
    expect(cel(ws, t.totaalRij!, t.kolom('Per inwoner 0–17 gemeenteroute'))).toBeUndefined();
  });
});

describe('blad Ingroeipad', () => {
  it('een kolom per jaar van het pad, elk jaartotaal een SOM-formule gelijk aan het starttotaal', () => {
    const ws = wb.Sheets[INGROEI_BLAD];
    const t = tabel(ws, /^Bijdrage per gemeente en jaar/);
    expect(ev.ingroeipad.pad.length).toBeGreaterThan(1);
    expect(t.koppen).toEqual(['Gemeente', 'Inwoners 0–17', 'Start', ...ev.ingroeipad.pad.map((j) => `Jaar ${j.jaar}`), 'Doel']);
    const start = cel(ws, t.totaalRij!, t.kolom('Start'))!;
    expect(start.f).toMatch(/^SUM\(/);
    for (const j of ev.ingroeipad.pad) {
      const x = cel(ws, t.totaalRij!, t.kolom(`Jaar ${j.jaar}`))!;
      expect(x.f).toMatch(/^SUM\(/);
      expect(x.v as number).toBeCloseTo(start.v as number, 0);
    }
    const eerste = ev.ingroeipad.gemeenten[0];
    expect(t.waarde(t.rijen[0], 'Jaar 1')).toBeCloseTo(ingroeiBedrag(ev.ingroeipad, ev.ingroeipad.pad[0], eerste.partij), 1);
    expect(tekst(ws)).toContain('Grens nadeel per inwoner 0–17 per jaar | € 5,00');
  });

  it('alle formules van de werkmap kloppen met hun cellen', () => {
    expect(controleerFormules(wb)).toBeGreaterThan(0);
  });
});
