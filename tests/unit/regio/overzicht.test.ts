import { describe, expect, it } from 'vitest';
import demoJson from '../../../resources/demo/demoregio.json';
import { demoRegio } from '../../../core/services/demo-regio';
import { leerlingenTellingen, regioOverzicht } from '../../../shared/regio/overzicht';
import { DOELGROEPEN } from '../../../shared/domain/labels';
import type { RegioBestand } from '../../../shared/regio/schema';

const som = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
const buitenCodes = new Set(demoJson.gemeenten.filter((g) => !g.inRegio).map((g) => g.code));

describe('regioOverzicht van de demoregio', () => {
  const o = regioOverzicht(demoRegio());

  it('telt gemeenten, samenwerkingsverbanden, scholen en verzekeraars', () => {
    expect(o.naam).toBe('Demoregio (fictief)');
    expect(o.gemeenten).toEqual({ inRegio: 9, buitenRegio: 3, centrumgemeente: 'Centrumstad' });
    expect(o.samenwerkingsverbanden).toEqual({ po: 2, vo: 2 });
    // The OOGO screen chooses from these, in the regio's order.
    expect(o.swvLijst).toEqual(demoRegio().samenwerkingsverbanden.map(({ code, naam }) => ({ code, naam })));
    expect(o.swvLijst).toHaveLength(4);
    expect(o.scholen).toBe(6);
    expect(o.zorgkantoor).toBe('Zorgkantoor Demoregio (fictief)');
    expect(o.zorgverzekeraars).toBe(2);
    expect(o.scholenMetInventarisatie).toBe(0);
  });

  it('telt 1560 leerlingen, waarvan 100 van buiten de regio', () => {
    expect(o.leerlingen.totaal).toBe(1560);
    expect(o.leerlingen.buitenRegio).toBe(100);
  });

  it('verdeelt alle leerlingen over de doelgroepen', () => {
    expect(Object.keys(o.leerlingen.perDoelgroep)).toEqual([...DOELGROEPEN]);
    expect(som(Object.values(o.leerlingen.perDoelgroep))).toBe(1560);
    for (const d of DOELGROEPEN) {
      expect(o.leerlingen.perDoelgroep[d], d).toBe(som(demoJson.leerlingen.filter((l) => l.doelgroep === d).map((l) => l.aantal)));
    }
  });

  it('geeft null als centrumgemeente en 0 leerlingen voor een regio zonder centrum en zonder leerlingen', () => {
    const leeg: RegioBestand = { ...demoRegio(), gemeenten: demoRegio().gemeenten.map((g) => ({ ...g, centrumgemeente: false })), leerlingen: [] };
    const l = regioOverzicht(leeg);
    expect(l.gemeenten.centrumgemeente).toBeNull();
    expect(l.leerlingen.totaal).toBe(0);
    expect(som(Object.values(l.leerlingen.perDoelgroep))).toBe(0);
  });

  it('telt scholen met een inventarisatie één keer', () => {
    const r: RegioBestand = {
      ...demoRegio(),
      inventarisaties: [
        { school: 'S01', professional: 'a', fte: 1 },
        { school: 'S01', professional: 'b', fte: 1 },
        { school: 'S04', professional: 'a', fte: 1 },
      ],
    };
    expect(regioOverzicht(r).scholenMetInventarisatie).toBe(2);
  });
});

describe('leerlingenTellingen van de demoregio', () => {
  const t = leerlingenTellingen(demoRegio());

  it('per school, per woongemeente en per swv telt alles op tot 1560', () => {
    expect(som(t.perSchool.values())).toBe(1560);
    expect(som(t.perWoongemeente.values())).toBe(1560);
    expect(som(t.perSwv.values())).toBe(1560);
    expect([...t.perSchool.keys()].sort()).toEqual(demoJson.scholen.map((s) => s.code).sort());
  });

  it('klopt per school met het bestand', () => {
    for (const s of demoJson.scholen) {
      expect(t.perSchool.get(s.code), s.code).toBe(som(demoJson.leerlingen.filter((l) => l.school === s.code).map((l) => l.aantal)));
    }
  });

  it('100 leerlingen wonen in de 3 gemeenten buiten de regio', () => {
    expect(buitenCodes.size).toBe(3);
    expect(som([...buitenCodes].map((c) => t.perWoongemeente.get(c) ?? 0))).toBe(100);
  });

  it('telt per swv de leerlingen van zijn scholen en het aantal scholen', () => {
    for (const swv of demoJson.samenwerkingsverbanden) {
      const scholen = demoJson.scholen.filter((s) => s.swv === swv.code).map((s) => s.code);
      expect(t.scholenPerSwv.get(swv.code) ?? 0, swv.code).toBe(scholen.length);
      expect(t.perSwv.get(swv.code) ?? 0, swv.code).toBe(som(scholen.map((c) => t.perSchool.get(c) ?? 0)));
    }
    expect(som(t.scholenPerSwv.values())).toBe(6);
  });
});
