import { describe, expect, it } from 'vitest';
import { deriveNormenset } from '../../../shared/engine';
import { behoefteKengetallen, somKaders, ZORGKADERS } from '../../../shared/engine/kaders';
import { normenOverzicht } from '../../../shared/engine/normen-overzicht';

const ns = deriveNormenset();

describe('normenOverzicht (Bronnen en aannames)', () => {
  const o = normenOverzicht(ns);

  it('noemt de vier gepubliceerde tabellen met hun vindplaats', () => {
    expect(o.tabellen.map((t) => t.bron)).toEqual([
      expect.stringContaining('tabel 2.2'),
      expect.stringContaining('tabel 2.6'),
      expect.stringContaining('tabel 2.5'),
      expect.stringContaining('tabel 2.4'),
    ]);
  });

  it('geeft tarief, landelijke fte en kosten per professional consistent: kosten = fte × tarief', () => {
    expect(o.professionals).toHaveLength(33);
    for (const p of o.professionals) {
      if (p.kostenBreed > 0) expect(p.fteLandelijk * p.tarief).toBeCloseTo(p.kostenBreed, 0);
      else expect(p.tarief).toBe(0);
    }
    expect(o.professionals.find((p) => p.id === 'leerkracht')!.tarief).toBeCloseTo(58976, -1);
    expect(o.professionals.filter((p) => p.geklemd).map((p) => p.id)).toContain('psychomotorisch_therapeut');
  });

  it('toont elk gepubliceerd aandeel met doel, vindplaats (paragraaf en tekstregel) en uitkomst', () => {
    const per = new Map(o.aandelen.map((a) => [a.id, a]));
    expect(per.get('onderwijsSo')).toMatchObject({ naam: 'Onderwijs in het so', doel: 0.58, vindplaats: 'par. 2.3.2, tekstregel 2628', rol: 'marge' });
    expect(per.get('onderwijsVso')).toMatchObject({ doel: 0.74, vindplaats: 'par. 2.3.2, tekstregel 2628' });
    expect(per.get('jeugdwetGedrag')).toMatchObject({ doel: 0.22, vindplaats: 'par. 2.3.2, tekstregel 2640' });
    expect(per.get('zvwGedrag')).toMatchObject({ doel: 0.02, vindplaats: 'par. 5.1, tekstregel 5156' });
    expect(per.get('zorgkadersEmb')).toMatchObject({ doel: 0.6, vindplaats: 'par. 2.3.2, tekstregel 2636' });
    expect(per.get('onderwijsVerpleegkundige')).toMatchObject({ doel: 0.2, vindplaats: 'par. 5.1, tekstregel 5071' });
    expect(per.get('wpgEmb')).toMatchObject({ soort: 'minimum', doel: 0.005, vindplaats: 'par. 2.3.2, tekstregel 2646', voldaan: true });
    for (const a of o.aandelen) {
      expect(a.omschrijving.length, a.id).toBeGreaterThan(0);
      if (a.rol === 'marge' && a.soort !== 'maximum' && a.soort !== 'minimum') expect(Math.abs(a.gefit - a.doel), a.id).toBeLessThanOrEqual(0.01);
    }
    expect(o.aandeelSo).toEqual({ landelijk: 0.42, dataset: 0.46 });
    const sph = o.professionals.find((p) => p.id === 'sph')!;
    expect(0.46 * sph.ftePer100Sector.so.gedrag + 0.54 * sph.ftePer100Sector.vso.gedrag).toBeCloseTo(sph.ftePer100.gedrag, 9);
  });

  it('zet de taakkosten om van € mln naar euro en de doelgroepmix sommeert tot 1', () => {
    expect(o.taken.find((t) => t.id === 'gedrag')!.kostenBreed).toBeCloseTo(149.87e6, 0);
    expect(o.doelgroepmix.reduce((s, d) => s + d.aandeel, 0)).toBeCloseTo(1, 12);
  });

  it('markeert de priors als aanname en elk kengetal heeft een vindplaats', () => {
    const soort = new Map(o.parameters.map((p) => [p.parameter, p.soort]));
    expect(soort.get('priorFinanciering')).toBe('aanname');
    expect(soort.get('tarief')).toBe('afgeleid');
    expect(o.kengetallen.find((k) => k.id === 'urenPerFte')).toMatchObject({ waarde: 1659, bronTekst: expect.stringContaining('par. 1.2.4') });
    for (const k of o.kengetallen) expect(k.bron.plaats.length).toBeGreaterThan(0);
  });
});

describe('kaderhulpjes', () => {
  const perKader = { onderwijs: 60, jeugdwet: 20, zvw: 10, wlz: 7, wpg: 2, wmo: 1 };

  it('telt de zorgkaders zonder onderwijs', () => {
    expect(ZORGKADERS).not.toContain('onderwijs');
    expect(somKaders(perKader, ZORGKADERS)).toBe(40);
    expect(somKaders(perKader)).toBe(100);
  });

  it('geeft kengetallen van een behoefte, en null waar er niets te delen valt', () => {
    expect(behoefteKengetallen({ totaal: 100, leerlingen: 4, perKader })).toEqual({ zorgkaders: 40, perLeerling: 25, aandeelOnderwijs: 0.6 });
    const leeg = { onderwijs: 0, jeugdwet: 0, zvw: 0, wlz: 0, wpg: 0, wmo: 0 };
    expect(behoefteKengetallen({ totaal: 0, leerlingen: 0, perKader: leeg })).toEqual({ zorgkaders: 0, perLeerling: null, aandeelOnderwijs: null });
  });
});
