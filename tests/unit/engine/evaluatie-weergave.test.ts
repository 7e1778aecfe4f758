import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveNormenset, evalueerVariant, ROUTES } from '../../../shared/engine';
import { evaluatieWeergave, formatieVan, GROOTSTE_BIJDRAGEN } from '../../../shared/engine/evaluatie-weergave';
import { valideerRegio } from '../../../shared/regio/schema';

const r = valideerRegio(JSON.parse(readFileSync(new URL('../../../resources/demo/demoregio.json', import.meta.url), 'utf8')));
if (!r.ok) throw new Error('demoregio ongeldig');
const regio = r.waarde;
const ev = evalueerVariant(deriveNormenset(), regio, { deelname: { 'gemeente:GM9902': false } });

describe('wat een scherm van een evaluatie krijgt', () => {
  it('zonder delen alleen de kerncijfers: geen rijen per financier of school, wel de namen van de budgethouders', () => {
    const w = evaluatieWeergave(ev, 1, []);
    expect(w.delen).toEqual([]);
    expect(w.financiers).toEqual([]);
    expect(w.pot.perSchool).toEqual([]);
    expect(w.formatie).toEqual([]);
    for (const route of ROUTES) {
      expect(w.routes[route].bijdragen).toEqual([]);
      expect(w.routes[route].pot).toEqual(ev.routes[route].pot);
      for (const b of w.routes[route].budgethouders) expect(w.partij[b.partij]?.naam).toBe(ev.partij[b.partij].naam);
    }
    expect(w.pot.totaal).toBe(ev.pot.totaal);
  });

  it('met bijdragen elke financier, met de bijdragen van elke route in dezelfde volgorde', () => {
    const w = evaluatieWeergave(ev, 1, ['bijdragen']);
    expect(w.financiers.map((f) => f.partij)).toEqual(ev.financiers.map((f) => f.partij));
    for (const route of ROUTES) expect(w.routes[route].bijdragen).toEqual(ev.routes[route].bijdragen);
    expect(w.financiers[0]).not.toHaveProperty('potdeelPerKader');
  });

  it('met grootsteBijdragen alleen de financiers die in de gemeenteroute het meest betalen, elke route in hun volgorde', () => {
    const w = evaluatieWeergave(ev, 1, ['grootsteBijdragen']);
    const verwacht = [...ev.routes.gemeenteroute.bijdragen].sort((a, b) => b.bedrag - a.bedrag).slice(0, GROOTSTE_BIJDRAGEN);
    expect(w.financiers.map((f) => f.partij)).toEqual(verwacht.map((b) => b.financier));
    for (const route of ROUTES) expect(w.routes[route].bijdragen.map((b) => b.financier)).toEqual(verwacht.map((b) => b.financier));
  });

  it('met scholen het budget en de formatie per school, de formatie per professional apart per school', () => {
    const w = evaluatieWeergave(ev, 1, ['scholen']);
    expect(w.pot.perSchool).toEqual(ev.pot.perSchool);
    expect(w.formatie.map((f) => f.fteUitPot)).toEqual(ev.formatie.map((f) => f.fteUitPot));
    expect(w.formatie[0]).not.toHaveProperty('perProfessional');
    const school = ev.formatie[1].school;
    expect(formatieVan(ev, school)).toEqual([ev.formatie[1]]);
    expect(formatieVan(ev, null)).toEqual(ev.formatie);
  });

  it('zonder opgave elk deel', () => {
    expect(evaluatieWeergave(ev, 1).delen).toEqual(['bijdragen', 'grootsteBijdragen', 'scholen', 'herverdeling']);
  });

  it('de herverdeling (kalibratie, herverdeeleffect, ingroeipad) alleen op verzoek', () => {
    const zonder = evaluatieWeergave(ev, 1, []);
    expect(zonder.herverdeeleffect.gemeenteroute).toEqual([]);
    expect(zonder.ingroeipad.pad).toEqual([]);
    expect(zonder.kalibratie.financiers).toEqual([]);
    const met = evaluatieWeergave(ev, 1, ['herverdeling']);
    expect(met.herverdeeleffect.gemeenteroute).toEqual(ev.herverdeeleffect.gemeenteroute);
    expect(met.ingroeipad).toEqual(ev.ingroeipad);
    expect(met.kalibratie).toEqual(ev.kalibratie);
  });
});
