import { describe, expect, it } from 'vitest';
import { DOELGROEPEN, KADERS } from '../../../shared/domain/labels';
import { GROEPEN, NORMEN_LANDELIJK, PROFESSIONALS, PublishedNormenSchema, SCOPE_TAKEN, TAKEN, deriveNormenset, type PublishedNormen } from '../../../shared/engine';
import { LANDELIJK_LEERLINGEN } from '../../../shared/domain/landelijk';

const DOCUMENT = 'DSP-groep & Oberon (2022), Naar collectieve financiering van Zorg in Onderwijstijd';
const ns = deriveNormenset();
const som = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
const kopie = (): PublishedNormen => structuredClone(NORMEN_LANDELIJK);

describe('resources/normen/landelijk-2022.json', () => {
  const t = NORMEN_LANDELIJK.tabellen;

  it('is version landelijk-2022 and cites the report on every table', () => {
    expect(NORMEN_LANDELIJK.id).toBe('landelijk-2022');
    expect(NORMEN_LANDELIJK.bron.document).toBe(DOCUMENT);
    expect(t.ftePer100.bron).toEqual({ document: DOCUMENT, plaats: 'tabel 2.2' });
    expect(t.kostenProfessional.bron.plaats).toBe('tabel 2.6');
    expect(t.kostenKader.bron.plaats).toMatch(/^tabel 2\.5/);
    expect(t.kostenTaak.bron.plaats).toMatch(/^tabel 2\.4/);
    expect(t.ftePer100.eenheid).toBe('fte per 100 leerlingen');
    expect(t.kostenKader.eenheid).toBe('€ mln per jaar');
  });

  it('keeps TOTAAL rows out of the data and the published totals beside them', () => {
    expect(PROFESSIONALS).toHaveLength(33);
    expect(PROFESSIONALS.map((p) => p.id)).not.toContain('TOTAAL');
    expect(t.kostenKader.rijen.map((r) => r.kader)).toEqual([...KADERS]);
    expect(t.kostenKader.gepubliceerdTotaal).toEqual({ breed: 704.61, medium: 451.3, smal: 186.82 });
    expect(t.kostenProfessional.gepubliceerdTotaal.breed).toBe(704.61);
    // Tabel 2.2: the published total for gedrag (12,13) differs from the column sum (12,66); both kept.
    expect(t.ftePer100.gepubliceerdTotaal.gedrag).toBe(12.13);
    expect(t.ftePer100.kolomsom.gedrag).toBeCloseTo(12.66, 10);
    expect(t.ftePer100.gepubliceerdTotaal.emb).toBe(47.75);
  });

  it('holds the published rows as in the report', () => {
    const lk = t.ftePer100.rijen.find((r) => r.professional === 'leerkracht')!;
    expect([lk.totaal, lk.gedrag, lk.lvb_ml, lk.lb, lk.emb, lk.lz]).toEqual([5.73, 4.76, 7.72, 3.36, 8.01, 6.33]);
    const pmt = t.kostenProfessional.rijen.find((r) => r.professional === 'psychomotorisch_therapeut')!;
    expect([pmt.breed, pmt.medium, pmt.smal]).toEqual([7.12, 7.33, 6.3]);
    expect(t.kostenProfessional.rijen.find((r) => r.professional === 'vrijwilliger')).toMatchObject({ breed: 0, medium: 0, smal: 0 });
    // Task sums per group reproduce tabel 2.5's totals (up to rounding of the published figures).
    const perGroep = (g: string) => som(t.kostenTaak.rijen.filter((r) => r.groep === g).map((r) => r.breed));
    expect(perGroep('A')).toBeCloseTo(186.82, 1);
    expect(perGroep('A') + perGroep('B')).toBeCloseTo(451.3, 1);
    expect(perGroep('A') + perGroep('B') + perGroep('C')).toBeCloseTo(704.61, 1);
  });

  it('marks both priors as modelling assumptions with a rationale', () => {
    for (const a of [NORMEN_LANDELIJK.aannames.priorFinanciering, NORMEN_LANDELIJK.aannames.priorTaken]) {
      expect(a.soort).toBe('aanname');
      expect(a.onderbouwing).toMatch(/Modelaanname/);
    }
    expect(NORMEN_LANDELIJK.aannames.priorFinanciering.rijen).toHaveLength(33);
    expect(NORMEN_LANDELIJK.aannames.priorTaken.rijen.filter((r) => r.professional === '*')).toHaveLength(11);
  });

  it('holds the published scalars with unit and place', () => {
    const k = NORMEN_LANDELIJK.kengetallen;
    expect(k.leerlingen).toMatchObject({ waarde: 62821, bron: { plaats: 'par. 1.2.1' } });
    expect(LANDELIJK_LEERLINGEN).toBe(k.leerlingen.waarde);
    expect(k.scholen.waarde).toBe(516);
    expect(k.urenPerFte.waarde).toBe(1659);
    expect([k.tlvBedragLaag.waarde, k.tlvBedragMidden.waarde, k.tlvBedragHoog.waarde]).toEqual([12000, 20000, 25000]);
    expect(k.tlvAandeelLaag.waarde + k.tlvAandeelMidden.waarde + k.tlvAandeelHoog.waarde).toBeCloseTo(1, 12);
    expect(k.aandeelSo.waarde + k.aandeelVso.waarde).toBeCloseTo(1, 12);
    expect(k.aandeelSoDataset).toMatchObject({ waarde: 0.46, bron: { plaats: 'voetnoot 14' } });
    expect(k.swvBudgetAandeel.omschrijving).toMatch(/2,2% van alle kinderen neemt deel aan het \(v\)so/);
    expect(t.kostenTaak.toelichting).toMatch(/TOTAAL-rij van tabel 2\.4 \(704,61/);
    expect(som(t.kostenTaak.rijen.map((r) => r.breed))).toBeCloseTo(704.63, 6);
    expect([k.zinAandeelJeugdwet.waarde, k.zinAandeelWlz.waarde, k.zinAandeelZvw.waarde]).toEqual([0.76, 0.48, 0.98]);
    for (const [naam, g] of Object.entries(k)) {
      expect(g.eenheid, naam).not.toBe('');
      expect(g.bron.document, naam).toBe(DOCUMENT);
      expect(g.bron.plaats, naam).toMatch(/^(par\.|voetnoot|tabel)/);
    }
  });

  it('rejects a malformed data set', () => {
    const fout = kopie() as unknown as { tabellen: { kostenTaak: { rijen: { groep: string }[] } } };
    fout.tabellen.kostenTaak.rijen[0].groep = 'D';
    expect(PublishedNormenSchema.safeParse(fout).success).toBe(false);
  });
});

describe('deriveNormenset (rekenmodel §1)', () => {
  it('derives w on the simplex', () => {
    expect(som(ns.w)).toBeCloseTo(1, 12);
    expect(Math.min(...ns.w)).toBeGreaterThanOrEqual(0);
  });

  it('prices each professional so that national fte × tarief = published breed cost', () => {
    ns.professionals.forEach((p, i) => {
      expect(ns.fteNat[i] * ns.tarief[i], p.id).toBeCloseTo(ns.kostenProfessional.breed[i], 4);
    });
  });

  it('clamps the group cost of the four professionals whose medium exceeds breed', () => {
    expect(ns.geklemd).toEqual(['fysiotherapeut', 'verpleegkundige', 'psychomotorisch_therapeut', 'psychiater']);
    const i = ns.professionals.findIndex((p) => p.id === 'psychomotorisch_therapeut');
    expect(ns.groupCosts.C[i]).toBe(0);
    expect(ns.groupCosts.A[i] + ns.groupCosts.B[i] + ns.groupCosts.C[i]).toBeCloseTo(7.33e6, 0);
  });

  it('fits every financing mix: shares add to 1 and no Wlz for gedrag', () => {
    const gedrag = DOELGROEPEN.indexOf('gedrag');
    const wlz = KADERS.indexOf('wlz');
    expect(ns.convergentie.ipf.geconvergeerd).toBe(true);
    expect(ns.convergentie.ipf.maxFout).toBeLessThan(1e-9);
    for (const g of GROEPEN) {
      for (const rijen of ns.mix[g]) {
        for (const perSector of rijen) for (const rij of perSector) expect(som(rij)).toBeCloseTo(1, 12);
        for (const rij of rijen[gedrag]) expect(rij[wlz]).toBe(0);
      }
    }
  });

  it('keeps the zeros of the prior: a leerkracht is paid from onderwijs only', () => {
    const i = ns.professionals.findIndex((p) => p.id === 'leerkracht');
    for (const g of GROEPEN) for (const perSector of ns.mix[g][i]) for (const rij of perSector) expect(rij).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('splits every group cost over its own tasks (RAS) and fits the task totals', () => {
    for (const g of GROEPEN) {
      expect(ns.convergentie.ras[g].geconvergeerd).toBe(true);
      expect(ns.convergentie.ras[g].rondes).toBeGreaterThan(0);
      ns.split[g].forEach((rij, p) => {
        if (ns.groupCosts[g][p] > 0) expect(som(rij)).toBeCloseTo(1, 9);
        rij.forEach((v, t) => {
          if (TAKEN[t].groep !== g) expect(v).toBe(0);
        });
      });
    }
    // Σ_p breed[p]·c[p][t] = the task's cost, scaled to the group total.
    const gedrag = TAKEN.findIndex((t) => t.id === 'gedrag');
    const kosten = som(ns.professionals.map((_, p) => ns.kostenProfessional.breed[p] * ns.c[p][gedrag]));
    expect(kosten / 149.87e6).toBeCloseTo(som(ns.groupCosts.B) / 264.48e6, 9);
  });

  it('gives task shares that add to 1 per professional, except the clamped ones (medium/breed)', () => {
    ns.professionals.forEach((p, i) => {
      const s = som(ns.c[i]);
      if (p.id === 'vrijwilliger') expect(s).toBe(0);
      else if (ns.geklemd.includes(p.id)) expect(s).toBeCloseTo(ns.kostenProfessional.medium[i] / ns.kostenProfessional.breed[i], 9);
      else expect(s, p.id).toBeCloseTo(1, 9);
    });
  });

  it('describes every derived parameter for the "Bronnen en aannames" view', () => {
    const params = ns.bronnen.map((b) => b.parameter);
    for (const p of ['w', 'tarief', 'groupCosts', 'mix', 'split', 'c', 'priorFinanciering', 'priorTaken', 'inventarisatie']) expect(params).toContain(p);
    expect(ns.bronnen.find((b) => b.parameter === 'priorTaken')!.soort).toBe('aanname');
    expect(ns.bronnen.find((b) => b.parameter === 'w')!.beschrijving).toMatch(/Gedrag 55,84%/);
    expect(ns.bronnen.find((b) => b.parameter === 'groupCosts')!.beschrijving).toMatch(/Psychomotorische therapeut/);
    expect(ns.waarschuwingen).toEqual([]);
  });

  it('is deterministic and does not change its input', () => {
    const invoer = kopie();
    const a = deriveNormenset(invoer);
    expect(invoer).toEqual(NORMEN_LANDELIJK);
    const b = deriveNormenset(invoer);
    expect(a.c).toEqual(b.c);
    expect(a.mix).toEqual(b.mix);
  });

  it('accepts a regional override of the published data', () => {
    const eigen = kopie();
    eigen.id = 'regio-test';
    eigen.tabellen.kostenProfessional.rijen.find((r) => r.professional === 'logopedist')!.breed *= 1.1;
    const r = deriveNormenset(eigen);
    const i = r.professionals.findIndex((p) => p.id === 'logopedist');
    expect(r.id).toBe('regio-test');
    expect(r.tarief[i] / ns.tarief[i]).toBeCloseTo(1.1, 9);
  });

  it('reports a professional missing from tabel 2.6 in Dutch', () => {
    const eigen = kopie();
    eigen.tabellen.kostenProfessional.rijen = eigen.tabellen.kostenProfessional.rijen.filter((r) => r.professional !== 'sph');
    expect(() => deriveNormenset(eigen)).toThrow('professional sph ontbreekt in de kosten per professional (tabel 2.6)');
  });

  it('splits tabel 2.2 per sector consistently with both the doelgroep and the so/vso columns (v2 §11)', () => {
    const t = NORMEN_LANDELIJK.tabellen.ftePer100.rijen;
    const a = [ns.aandeelSo.dataset, 1 - ns.aandeelSo.dataset];
    expect(ns.aandeelSo).toEqual({ landelijk: 0.42, dataset: 0.46 });
    ns.professionals.forEach((p, i) => {
      const A = ns.ftePer100Sector[i];
      // Doelgroep columns: the dataset's so/vso mix of each doelgroep gives back tabel 2.2.
      DOELGROEPEN.forEach((_, d) => expect(a[0] * A[d][0] + a[1] * A[d][1], `${p.id} ${d}`).toBeCloseTo(ns.ftePer100[i][d], 9));
      // Sector columns: the so/vso ratio of tabel 2.2 (levels scaled to the doelgroep columns).
      const perSector = [0, 1].map((s) => som(DOELGROEPEN.map((_, d) => ns.w[d] * A[d][s])));
      if (t[i].so > 0 && t[i].vso > 0) expect(perSector[0] / perSector[1], p.id).toBeCloseTo(t[i].so / t[i].vso, 6);
      if (t[i].vso === 0 && t[i].so > 0) expect(perSector[1], p.id).toBe(0);
    });
    // An so pupil needs more care than a vso pupil (21,02 against 16,59 fte per 100).
    const totaal = (s: number) => som(ns.professionals.map((_, i) => som(DOELGROEPEN.map((_, d) => ns.w[d] * ns.ftePer100Sector[i][d][s]))));
    expect(totaal(0) / totaal(1)).toBeCloseTo(21.05 / 16.6, 1);
  });

  it('meets every published share of v2 §11 as a margin within 1 percentage point, and its bounds', () => {
    const per = Object.fromEntries(ns.aandelen.map((a) => [a.id, a]));
    expect(Object.keys(per)).toEqual(['onderwijsSo', 'onderwijsVso', 'jeugdwetGedrag', 'zvwGedrag', 'zorgkadersEmb', 'zorgkadersLb', 'onderwijsVerpleegkundige', 'wpgEmb', 'wpg_gedrag', 'wpg_lvb_ml', 'wpg_lb', 'wpg_lz']);
    for (const a of ns.aandelen) {
      expect(a.voldaan, a.id).toBe(true);
      if (a.soort === 'verplicht' || a.soort === 'marge') {
        expect(a.rol, a.id).toBe('marge');
        expect(Math.abs(a.gefit - a.doel), a.id).toBeLessThanOrEqual(0.01);
      }
    }
    expect(per.onderwijsSo).toMatchObject({ doel: 0.58, regel: 2628 });
    expect(per.onderwijsVerpleegkundige).toMatchObject({ doel: 0.2, regel: 5071 });
    expect(per.wpgEmb.gefit).toBeGreaterThan(0.005);
    for (const d of ['gedrag', 'lvb_ml', 'lb', 'lz']) expect(per[`wpg_${d}`].gefit).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  it('keeps a target that the fit cannot meet as validation beside the fitted value', () => {
    const eigen = kopie();
    // No prior for onderwijs at the verpleegkundige: 20% from onderwijs becomes impossible.
    const rij = eigen.aannames.priorFinanciering.rijen.find((r) => r.professional === 'verpleegkundige')!;
    rij.onderwijs = 0;
    const r = deriveNormenset(eigen);
    const a = r.aandelen.find((x) => x.id === 'onderwijsVerpleegkundige')!;
    expect(a.rol).toBe('validatie');
    expect(a.gefit).toBe(0);
    expect(a.voldaan).toBe(false);
    expect(r.aandelen.find((x) => x.id === 'jeugdwetGedrag')!.rol).toBe('marge');
    expect(r.convergentie.ipf.geconvergeerd).toBe(true);
  });

  it('has presets that nest: smal ⊂ medium ⊂ breed', () => {
    expect(SCOPE_TAKEN.smal).toEqual(['behandeling', 'persoonlijke_verzorging', 'paramedisch', 'geneeskundig', 'verpleging']);
    expect(SCOPE_TAKEN.medium).toHaveLength(8);
    expect(SCOPE_TAKEN.breed).toHaveLength(11);
  });
});
