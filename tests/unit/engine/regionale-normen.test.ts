import { describe, expect, it } from 'vitest';
import { berekenBehoefte, deriveNormenset, evalueerVariant, pasNormensetAan, type VariantInvoer } from '../../../shared/engine';
import { demoRegio } from '../../../core/services/demo-regio';
import { normenOverzicht } from '../../../shared/engine/normen-overzicht';

const ns = deriveNormenset();
const invoer = { leerlingen: [{ school: 'S', woongemeente: 'G', doelgroep: 'gedrag' as const, aantal: 100 }] };
const i = (id: string) => ns.professionals.findIndex((p) => p.id === id);

describe('regionale normenset', () => {
  it('zonder aanpassingen is het de landelijke normenset zelf', () => {
    expect(pasNormensetAan(ns, [])).toBe(ns);
  });

  it('een eigen tarief verandert alleen de kosten van die professional, in verhouding', () => {
    const eigen = pasNormensetAan(ns, [{ parameter: 'tarief', professional: 'psycholoog', waarde: ns.tarief[i('psycholoog')] * 2, toelichting: '' }]);
    expect(eigen.id).toBe('landelijk-2022+regionaal');
    expect(ns.tarief[i('psycholoog')]).not.toBe(eigen.tarief[i('psycholoog')]);
    const a = berekenBehoefte(ns, invoer, 'breed');
    const b = berekenBehoefte(eigen, invoer, 'breed');
    expect(b.perProfessional.psycholoog.kosten).toBeCloseTo(2 * a.perProfessional.psycholoog.kosten, 6);
    expect(b.perProfessional.logopedist.kosten).toBeCloseTo(a.perProfessional.logopedist.kosten, 6);
    expect(b.perProfessional.psycholoog.fte).toBeCloseTo(a.perProfessional.psycholoog.fte, 9);
    expect(b.totaal - a.totaal).toBeCloseTo(a.perProfessional.psycholoog.kosten, 4);
  });

  it('een eigen fte per 100 leerlingen verandert de formatie van die doelgroep', () => {
    const eigen = pasNormensetAan(ns, [{ parameter: 'ftePer100', professional: 'sph', doelgroep: 'gedrag', waarde: 1.4, toelichting: 'eigen norm' }]);
    const a = berekenBehoefte(ns, invoer, 'breed');
    const b = berekenBehoefte(eigen, invoer, 'breed');
    expect(b.perProfessional.sph.fte).toBeCloseTo(2 * a.perProfessional.sph.fte, 6);
    expect(eigen.bronnen.at(-1)).toMatchObject({ naam: 'Regionaal aangepast: Sociaal pedagogisch hulpverlener, fte per 100 leerlingen Gedrag', soort: 'keuze' });
    expect(ns.ftePer100[i('sph')][0]).toBe(0.7);
    // The so and vso values follow with their national ratio.
    const [so, vso] = eigen.ftePer100Sector[i('sph')][0];
    expect(so / vso).toBeCloseTo(ns.ftePer100Sector[i('sph')][0][0] / ns.ftePer100Sector[i('sph')][0][1], 12);
    expect(0.46 * so + 0.54 * vso).toBeCloseTo(1.4, 12);
    expect(ns.ftePer100Sector[i('sph')][0][0]).not.toBe(so);
  });

  it('het overzicht toont de eigen waarde naast de landelijke', () => {
    const aanpassingen = [{ parameter: 'tarief' as const, professional: 'logopedist', waarde: 95000, toelichting: '' }];
    const o = normenOverzicht(pasNormensetAan(ns, aanpassingen), { landelijk: ns, aanpassingen });
    const logo = o.professionals.find((p) => p.id === 'logopedist')!;
    expect(logo.tarief).toBe(95000);
    expect(logo.tariefLandelijk).toBeCloseTo(91577, -1);
    expect(o.aanpassingen).toEqual([{ ...aanpassingen[0], plaats: 'Logopedist, tarief per fte', landelijk: logo.tariefLandelijk }]);
  });
});

describe('regionaal pgb-aandeel', () => {
  const wlz0 = [{ parameter: 'pgbAandeel' as const, kader: 'wlz' as const, waarde: 0, toelichting: '' }];

  it('vervangt alleen het pgb-aandeel van dat kader en noemt het bij de bronnen', () => {
    const eigen = pasNormensetAan(ns, [{ parameter: 'pgbAandeel', kader: 'wlz', waarde: 0.4, toelichting: 'eigen telling zorgkantoor' }]);
    expect(eigen.pgbAandeel).toEqual({ ...ns.pgbAandeel, wlz: 0.4 });
    expect(ns.pgbAandeel.wlz).toBe(0.52);
    expect(eigen.tarief).toEqual(ns.tarief);
    expect(eigen.bronnen.at(-1)).toEqual({
      parameter: 'pgbAandeel',
      naam: 'Regionaal aangepast: pgb-aandeel Wlz',
      soort: 'keuze',
      beschrijving: '40% in plaats van landelijk 52%. eigen telling zorgkantoor',
      bron: 'Regionale normenset van deze regio',
    });
  });

  it('met Wlz-pgb 0 en pgb individueel voor de Wlz blijft er van de Wlz niets bij de ouders', () => {
    const regio = demoRegio();
    const variant: VariantInvoer = { pgb: { wlz: 'individueel' } };
    const viaOuders = (n: typeof ns, kader: string) =>
      evalueerVariant(n, regio, variant)
        .routes.gemeenteroute.stromen.filter((s) => s.van === 'ouders:pgb' && s.kader === kader)
        .reduce((t, s) => t + s.bedrag, 0);
    const eigen = pasNormensetAan(ns, wlz0);
    expect(viaOuders(ns, 'wlz')).toBeGreaterThan(0);
    expect(viaOuders(eigen, 'wlz')).toBe(0);
    // The other kaders keep their national pgb share.
    expect(viaOuders(eigen, 'jeugdwet')).toBeCloseTo(viaOuders(ns, 'jeugdwet'), 6);
    expect(evalueerVariant(eigen, regio, variant).routes.gemeenteroute.pot.totaal).toBeGreaterThan(evalueerVariant(ns, regio, variant).routes.gemeenteroute.pot.totaal);
  });

  it('het overzicht geeft per kader het landelijke, het eigen aandeel en de bron', () => {
    const o = normenOverzicht(pasNormensetAan(ns, wlz0), { landelijk: ns, aanpassingen: wlz0 });
    expect(o.pgb.map((p) => p.kader)).toEqual(['wlz', 'jeugdwet', 'zvw', 'wmo', 'wpg']);
    expect(o.pgb[0]).toMatchObject({ naam: 'Wlz', aandeel: 0, landelijk: 0.52, regionaal: 0, soort: 'gepubliceerd' });
    expect(o.pgb[0].bron).toContain('figuur 2.5 (r. 2669–2671)');
    expect(o.pgb.find((p) => p.kader === 'wmo')).toMatchObject({ aandeel: 0, landelijk: 0, regionaal: null, soort: 'aanname' });
    expect(o.aanpassingen).toEqual([{ ...wlz0[0], plaats: 'pgb-aandeel Wlz', landelijk: 0.52 }]);
    expect(normenOverzicht(ns).pgb.find((p) => p.kader === 'jeugdwet')).toMatchObject({ aandeel: 0.24, regionaal: null });
  });
});
