/** Meerjarenraming: year 0 is today's evaluation, growth compounds, and scaling equals recomputing. */
import { describe, expect, it } from 'vitest';
import { KADERS } from '../../../shared/domain/labels';
import { evalueerVariant, standaardVariant, type Evaluatie, type VariantInvoer } from '../../../shared/engine';
import { AANNAMES_MEERJAREN, STANDAARD_PRIJSINDEX, leesMeerjarenInstellingen, meerjarenraming, meerjarenUitEvaluatie, type MeerjarenJaar } from '../../../shared/ontwerptafel';
import { demoregio, geschaald, landelijk } from './hulp';

const ns = landelijk();
const regio = demoregio();
const variant = standaardVariant(regio);
const basis = evalueerVariant(ns, regio, variant);

/** Every figure of a year equals the evaluation (relative 1e-9). */
function gelijkAan(jaar: MeerjarenJaar, ev: Evaluatie): void {
  const dicht = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
  dicht(jaar.pot.totaal, ev.pot.totaal);
  for (const k of KADERS) dicht(jaar.pot.perKader[k], ev.pot.perKader[k]);
  dicht(jaar.nietInPot, ev.nietInPot.totaal);
  dicht(jaar.leerlingen!, ev.behoefte!.leerlingen);
  expect(jaar.financiers.map((f) => f.partij)).toEqual(ev.financiers.map((f) => f.partij));
  jaar.financiers.forEach((f, i) => {
    dicht(f.potdeel, ev.financiers[i].potdeel);
    dicht(f.huidig, ev.financiers[i].huidig);
    dicht(f.individueel, ev.financiers[i].individueel);
  });
  for (const r of ['gemeenteroute', 'onderwijsroute', 'integraal'] as const) dicht(jaar.uitvoeringskosten[r].bedrag, ev.routes[r].uitvoeringskosten);
}

describe('meerjarenraming', () => {
  it('starts with year 0 equal to today’s evaluation, and uses the documented defaults', () => {
    const m = meerjarenraming(ns, regio, variant);
    expect(m.instellingen).toEqual({ jaren: 3, leerlingengroei: [0, 0, 0], prijsindex: [0.03, 0.03, 0.03], indexfactor: [1, 1, 1] });
    expect(m.prijspeil).toBe('prijspeil 2022');
    expect(m.jaren.map((j) => j.label)).toEqual(['Basisjaar', 'Jaar 1', 'Jaar 2', 'Jaar 3']);
    expect(m.jaren[0]).toMatchObject({ jaar: 0, factor: 1, leerlingengroei: 0, prijsindex: 0 });
    gelijkAan(m.jaren[0], basis);
    // Default growth 0%: the number of pupils stays, the amounts follow the 3% index.
    expect(m.jaren[3].leerlingen).toBe(basis.behoefte!.leerlingen);
    expect(m.jaren[3].pot.totaal).toBeCloseTo(basis.pot.totaal * 1.03 ** 3, 4);
  });

  it('compounds growth and index per year', () => {
    const m = meerjarenUitEvaluatie(basis, { jaren: 3, leerlingengroei: [0.02, 0.05, -0.01], prijsindex: 0.03, basisjaar: 2025 });
    const fl = [1, 1.02, 1.02 * 1.05, 1.02 * 1.05 * 0.99];
    const fp = [1, 1.03, 1.03 ** 2, 1.03 ** 3];
    m.jaren.forEach((j, t) => {
      expect(j.factorLeerlingen).toBeCloseTo(fl[t], 12);
      expect(j.factorPrijs).toBeCloseTo(fp[t], 12);
      expect(j.factor).toBeCloseTo(fl[t] * fp[t], 12);
      expect(j.leerlingen).toBeCloseTo(basis.behoefte!.leerlingen * fl[t], 9);
      expect(j.pot.totaal).toBeCloseTo(basis.pot.totaal * fl[t] * fp[t], 4);
      const gm = j.financiers.find((f) => f.partij === 'gemeente:GM9901')!;
      expect(gm.potdeel).toBeCloseTo(basis.financiers.find((f) => f.partij === 'gemeente:GM9901')!.potdeel * fl[t] * fp[t], 4);
    });
    expect(m.jaren.map((j) => j.label)).toEqual(['2025/26', '2026/27', '2027/28', '2028/29']);
    expect(m.jaren[2]).toMatchObject({ leerlingengroei: 0.05, prijsindex: 0.03 });
  });

  it('equals recomputing the regio with every count multiplied (×2 and ×3), also with another verdeelsleutel', () => {
    const v: VariantInvoer = {
      ...variant,
      verdeelsleutel: { type: 'mix', alpha: 0.3 },
      deelname: { 'gemeente:GM9905': false },
      nietDeelnemers: 'herverdelen',
      uitvoeringskostenPct: { gemeenteroute: 2, onderwijsroute: 3.5, integraal: 5 },
    };
    const m = meerjarenraming(ns, regio, v, { jaren: 2, leerlingengroei: [1, 0.5], prijsindex: 0 });
    gelijkAan(m.jaren[1], evalueerVariant(ns, geschaald(regio, 2), v));
    gelijkAan(m.jaren[2], evalueerVariant(ns, geschaald(regio, 3), v));
  });

  it('keeps the uitvoeringskosten a fraction of the pot per route', () => {
    const ev = evalueerVariant(ns, regio, { ...variant, uitvoeringskostenPct: { gemeenteroute: 2, onderwijsroute: 0, integraal: 5 } });
    const m = meerjarenUitEvaluatie(ev, { jaren: 2 });
    for (const j of m.jaren) {
      expect(j.uitvoeringskosten.gemeenteroute.fractie).toBe(0.02);
      expect(j.uitvoeringskosten.gemeenteroute.bedrag).toBeCloseTo(0.02 * j.pot.totaal, 6);
      expect(j.uitvoeringskosten.onderwijsroute.bedrag).toBe(0);
      expect(j.totaalPerRoute.integraal).toBeCloseTo(1.05 * j.pot.totaal, 6);
    }
  });

  it('states every default as an assumption with a source or "aanname"', () => {
    expect(STANDAARD_PRIJSINDEX).toBe(0.03);
    const ids = AANNAMES_MEERJAREN.map((a) => a.id);
    for (const id of ['lineair', 'leerlingengroei', 'prijsindex', 'horizon', 'gelijke-groei']) expect(ids).toContain(id);
    for (const a of AANNAMES_MEERJAREN) {
      expect(a.bron.length).toBeGreaterThan(0);
      expect(a.tekst.length).toBeGreaterThan(60);
    }
    expect(AANNAMES_MEERJAREN.find((a) => a.id === 'prijsindex')!.tekst).toContain('3%');
  });

  it('refuses settings outside the range with Dutch messages', () => {
    const fout = (data: unknown) => {
      const r = leesMeerjarenInstellingen(data);
      return r.ok ? [] : r.problemen.map((p) => `${p.pad}: ${p.melding}`);
    };
    expect(fout({ jaren: 6 })).toEqual(['$.jaren: mag hoogstens 5 zijn']);
    expect(fout({ jaren: 0 })).toEqual(['$.jaren: moet minstens 1 zijn']);
    expect(fout({ prijsindex: 3 })).toEqual(['$.prijsindex: mag hoogstens 50% zijn; geef een fractie per jaar (3% is 0,03)']);
    expect(fout({ leerlingengroei: -0.9 })).toEqual(['$.leerlingengroei: moet minstens \u221250% zijn, als fractie \u22120,50']);
    expect(fout({ leerlingengroei: [0.01, 2] })).toEqual(['$.leerlingengroei[1]: mag hoogstens 100% zijn; geef een fractie per jaar (3% is 0,03)']);
    expect(fout({ jaren: 3, prijsindex: [0.02, 0.03] })).toEqual(['$.prijsindex: geef één waarde voor alle jaren of precies 3 waarden (één per jaar), niet 2']);
    expect(fout({ prijsindex: 'drie' })).toEqual(['$.prijsindex: verwacht een getal, maar vond tekst "drie"']);
    expect(fout({ groei: 0.1 })).toEqual(['$: onbekend veld "groei"']);
    expect(() => meerjarenUitEvaluatie(basis, { jaren: 9 })).toThrow('ongeldige meerjareninstellingen: $.jaren: mag hoogstens 5 zijn');
  });
});

describe('meerjarenraming with the ingroeipad and the prijspeil (rekenmodel-v2 §10)', () => {
  const vIngroei: VariantInvoer = { ...variant, verdeelsleutel: { type: 'jeugdigen' }, ingroei: { jaren: 3, maxNadeelPerInwoner: 15 } };
  const ev = evalueerVariant(ns, regio, vIngroei);
  const gemeenten = ev.ingroeipad.gemeenten;

  it('lets each gemeente pay its step of the path from year 1 and its target after the path, with the pot unchanged', () => {
    const m = meerjarenUitEvaluatie(ev, { jaren: 5, prijsindex: 0 });
    expect(m.ingroei).toMatchObject({ jaren: 3, maxNadeelPerInwoner: 15, padJaren: ev.ingroeipad.pad.length });
    expect(gemeenten.some((g) => g.doel > g.start + 1)).toBe(true);
    for (const j of m.jaren) {
      expect(j.pot.totaal).toBeCloseTo(ev.pot.totaal, 4);
      const som = j.financiers.reduce((s, f) => s + f.potdeel, 0);
      expect(som).toBeCloseTo(ev.financiers.reduce((s, f) => s + f.potdeel, 0), 2);
      for (const [i, g] of gemeenten.entries()) {
        const f = j.financiers.find((x) => x.partij === g.partij)!;
        const verwacht = j.jaar === 0 ? ev.financiers.find((x) => x.partij === g.partij)!.potdeel : j.jaar <= ev.ingroeipad.pad.length ? ev.ingroeipad.pad[j.jaar - 1].bedragen[i] : g.doel;
        expect(f.potdeel).toBeCloseTo(verwacht, 4);
      }
    }
    // A nadeel gemeente's yearly step never exceeds € 15 per inwoner 0–17.
    for (const g of gemeenten.filter((x) => x.doel > x.start)) {
      const bedragen = m.jaren.slice(1).map((j) => j.financiers.find((x) => x.partij === g.partij)!.potdeel);
      let vorig = g.start;
      for (const b of bedragen.slice(0, ev.ingroeipad.pad.length)) {
        expect(b - vorig).toBeLessThanOrEqual(15 * g.inwoners0tot17 + 1e-6);
        vorig = b;
      }
    }
  });

  it('converts each year from the prijspeil with its index factor (default 1)', () => {
    const m = meerjarenUitEvaluatie(basis, { jaren: 2, prijsindex: 0, indexfactor: [1.04, 1.1] });
    expect(m.jaren.map((j) => j.indexfactor)).toEqual([1, 1.04, 1.1]);
    expect(m.jaren[2].pot.totaal).toBeCloseTo(basis.pot.totaal * 1.1, 4);
    expect(m.jaren[1].factor).toBeCloseTo(1.04, 12);
    expect(leesMeerjarenInstellingen({ indexfactor: 0.1 })).toMatchObject({ ok: false, problemen: [{ pad: '$.indexfactor', melding: expect.stringContaining('minstens 0,50') }] });
    expect(leesMeerjarenInstellingen({ jaren: 2, indexfactor: [1] })).toMatchObject({ ok: false, problemen: [{ pad: '$.indexfactor' }] });
  });
});
