/** Pure parts of the route comparison screen: variant differences, variant edits, request order, CSV. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveNormenset, evalueerVariant, SCOPE_TAKEN, TAKEN, type VariantInvoer } from '../../../shared/engine';
import { evaluatieWeergave } from '../../../shared/engine/evaluatie-weergave';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';
import { celCsv, csvInhoud, xlsxInhoud, type DataTabel } from '../../../renderer/src/onderdelen/Downloads';
import { variantVerschil } from '../../../shared/domain/verschil';
import { maakVolgorde } from '../../../renderer/src/schermen/vergelijken/volgorde';
import {
  doetMee,
  gelijkeVastePercentages,
  metDeelname,
  metPotKader,
  metTaak,
  scopeSoort,
  scopeVarianten,
  volledigeVariant,
} from '../../../renderer/src/schermen/vergelijken/variantBewerken';
import { variantRegels } from '../../../shared/domain/variant-tekst';

const ns = deriveNormenset();

function demo(): RegioBestand {
  const r = valideerRegio(JSON.parse(readFileSync(new URL('../../../resources/demo/demoregio.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error('demoregio ongeldig');
  return r.waarde;
}

const regio = demo();
const evalueer = (v: VariantInvoer) => evaluatieWeergave(evalueerVariant(ns, regio, v), 1);

describe('variantVerschil', () => {
  const a = evalueer({ scope: 'medium', potKaders: ['jeugdwet', 'wlz', 'wmo'] });
  const b = evalueer({ scope: 'medium', potKaders: ['jeugdwet', 'wlz', 'wmo'], verdeelsleutel: { type: 'jeugdigen' } });
  const v = variantVerschil(a, b, 'gemeenteroute');

  it('subtracts the engine figures per financier: B − A of the contribution in the chosen route', () => {
    for (const f of v.financiers) {
      const i = a.financiers.findIndex((x) => x.partij === f.partij);
      const j = b.financiers.findIndex((x) => x.partij === f.partij);
      expect(f.bijdrage.a).toBe(a.routes.gemeenteroute.bijdragen[i].bedrag);
      expect(f.bijdrage.b).toBe(b.routes.gemeenteroute.bijdragen[j].bedrag);
      expect(f.bijdrage.verschil).toBeCloseTo(f.bijdrage.b - f.bijdrage.a, 9);
    }
    // Another key moves money between gemeenten, not in or out of the pot.
    const som = v.financiers.reduce((s, f) => s + f.bijdrage.verschil, 0);
    expect(Math.abs(som)).toBeLessThan(1e-6);
    expect(v.pot.verschil).toBeCloseTo(0, 6);
    // The centrumgemeente has the most inwoners 0–17 but not the most pupils' care: it pays less under jeugdigen.
    expect(v.financiers.find((f) => f.partij === 'gemeente:GM9901')!.bijdrage.verschil).toBeLessThan(0);
  });

  it('gives per school the pot and fte from the pot of both variants', () => {
    const breed = evalueer({ scope: 'breed' });
    const smal = evalueer({ scope: 'smal' });
    const w = variantVerschil(breed, smal, 'integraal');
    expect(w.scholen.map((s) => s.school)).toEqual(breed.pot.perSchool.map((s) => s.school));
    for (const s of w.scholen) {
      expect(s.pot.a).toBe(breed.pot.perSchool.find((x) => x.school === s.school)!.totaal);
      expect(s.pot.verschil).toBeLessThan(0);
      expect(s.fteUitPot.verschil).toBeCloseTo(s.fteUitPot.b - s.fteUitPot.a, 9);
    }
    expect(w.pot.verschil).toBeCloseTo(smal.pot.totaal - breed.pot.totaal, 6);
  });

  it('includes parties that only one variant has, with 0 for the other', () => {
    const met = evalueer({ onderwijsbijdragePct: 10 });
    const zonder = evalueer({});
    const w = variantVerschil(zonder, met, 'onderwijsroute');
    const swv = w.financiers.filter((f) => f.partij.startsWith('swv:'));
    expect(swv.length).toBeGreaterThan(0);
    for (const f of swv) {
      expect(f.bijdrage.a).toBe(0);
      expect(f.bijdrage.verschil).toBe(f.bijdrage.b);
    }
  });
});

describe('variant edits', () => {
  const basis = volledigeVariant({}, regio);

  it('fills in the regio defaults', () => {
    expect(basis.centrumgemeente).toBe('GM9901');
    expect(basis.onderwijsroute.penvoerder).toBeDefined();
    expect(volledigeVariant({ scope: 'medium' }, regio).scope).toBe('medium');
  });

  it('turns a preset into maatwerk when a task is switched, in table order', () => {
    const v = metTaak({ ...basis, scope: 'medium' }, 'overig', true);
    expect(scopeSoort(v.scope)).toBe('maatwerk');
    expect(v.scope).toEqual(TAKEN.filter((t) => [...SCOPE_TAKEN.medium, 'overig'].includes(t.id)).map((t) => t.id));
    expect(metTaak(v, 'overig', false).scope).toEqual([...SCOPE_TAKEN.medium]);
  });

  it('writes only non-participation down', () => {
    const v = metDeelname(basis, 'gemeente:GM9902', false);
    expect(v.deelname).toEqual({ 'gemeente:GM9902': false });
    expect(doetMee(v, 'gemeente:GM9902')).toBe(false);
    expect(doetMee(v, 'gemeente:GM9901')).toBe(true);
    expect(metDeelname(v, 'gemeente:GM9902', true).deelname).toEqual({});
  });

  it('keeps pot kaders in the order of KADERS', () => {
    expect(metPotKader(metPotKader(basis, 'zvw', false), 'wpg', true).potKaders).toEqual(['jeugdwet', 'wlz', 'wpg', 'wmo']);
  });

  it('starts vaste percentages that add up to exactly 100', () => {
    for (const n of [1, 3, 7, 9, 11]) {
      const p = gelijkeVastePercentages(Array.from({ length: n }, (_, i) => `G${i}`));
      expect(Math.abs(Object.values(p).reduce((s, x) => s + x, 0) - 100)).toBeLessThan(1e-6);
    }
  });

  it('describes the variant in Dutch for the screen and the exports', () => {
    const regels = Object.fromEntries(variantRegels(metDeelname({ ...basis, scope: 'medium', potKaders: ['jeugdwet', 'wlz', 'wmo'] }, 'gemeente:GM9902', false), regio));
    expect(regels.Scope).toMatch(/^medium: /);
    expect(regels['In de pot']).toBe('Jeugdwet, Wlz, Wmo');
    expect(regels.Deelname).toContain('8 van 9 gemeenten');
    expect(regels.Deelname).toContain('Havenveld');
  });

  it('lists the preset scopes, and maatwerk only when there is one', () => {
    expect(scopeVarianten(basis, null).map((x) => x.soort)).toEqual(['breed', 'medium', 'smal']);
    expect(scopeVarianten(basis, ['verpleging']).map((x) => x.variant.scope)).toEqual(['breed', 'medium', 'smal', ['verpleging']]);
  });
});

describe('request order', () => {
  it('lets only the latest request count', () => {
    const v = maakVolgorde();
    const eerste = v.volgende();
    const tweede = v.volgende();
    expect(eerste()).toBe(false);
    expect(tweede()).toBe(true);
    v.vergeet();
    expect(tweede()).toBe(false);
  });
});

describe('CSV and Excel downloads', () => {
  const tabel: DataTabel = {
    titel: 'Bijdragen: per gemeente',
    bestandsnaam: 'test',
    kolommen: [
      { kop: 'Gemeente', soort: 'tekst' },
      { kop: 'Bijdrage', soort: 'euro' },
      { kop: 'Leerlingen', soort: 'getal' },
      { kop: 'Aandeel', soort: 'fractie' },
      { kop: 'Doet mee', soort: 'janee' },
    ],
    rijen: [
      ['Centrumstad', 1287846.020403099, 412, 0.2622250403303482, true],
      ['Den "Haag"; zuid', -0.001, 1.5, 0, false],
      ['=SOM(A1)', null, 0, 1, null],
    ],
    toelichting: [['Scope', 'medium']],
  };

  it('writes UTF-8 with BOM, semicolons and a decimal comma for Excel NL', () => {
    const csv = csvInhoud(tabel);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const regels = csv.slice(1).split('\r\n');
    expect(regels[0]).toBe('Gemeente;Bijdrage;Leerlingen;Aandeel;Doet mee');
    expect(regels[1]).toBe('Centrumstad;1287846,02;412;26,22%;ja');
    expect(regels[2]).toBe('"Den ""Haag""; zuid";0,00;1,50;0,00%;nee');
    expect(regels[3]).toBe("'=SOM(A1);;0;100,00%;");
    expect(celCsv(-1234.5, 'euro')).toBe('-1234,50');
  });

  it('writes numbers as numbers in the Excel workbook, with the explanation on a second sheet', async () => {
    const XLSX = await import('xlsx');
    const boek = XLSX.read(await xlsxInhoud(tabel), { type: 'array' });
    expect(boek.SheetNames).toEqual(['Bijdragen  per gemeente', 'Toelichting']);
    const blad = boek.Sheets[boek.SheetNames[0]];
    expect(blad.B2.v).toBe(1287846.020403099);
    expect(blad.B2.t).toBe('n');
    expect(blad.E2.v).toBe('ja');
    expect(XLSX.utils.sheet_to_json(boek.Sheets.Toelichting, { header: 1 })).toEqual([
      ['Onderdeel', 'Waarde'],
      ['Scope', 'medium'],
    ]);
  });
});
