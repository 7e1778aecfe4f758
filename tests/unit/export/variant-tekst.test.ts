import { describe, expect, it } from 'vitest';
import { variantNaam, variantZinnen } from '../../../core/export';
import { deriveNormenset, standaardVariant, valideerVariant, type VariantInvoer } from '../../../shared/engine';
import { demo } from './hulp';

const ns = deriveNormenset();
const regio = demo();

function variant(v: VariantInvoer) {
  const r = valideerVariant({ ...standaardVariant(regio), ...v }, regio, { taken: ns.taken });
  if (!r.ok) throw new Error(JSON.stringify(r.problemen));
  return r.waarde;
}

describe('de variant in Nederlandse zinnen', () => {
  it('de standaardvariant', () => {
    const z = variantZinnen(standaardVariant(regio), regio, ns.taken);
    expect(variantNaam(standaardVariant(regio))).toBe('Standaardvariant (rekenmodel)');
    expect(z[0]).toMatch(/^Als zorg in onderwijstijd telt het scenario breed van het rapport, 11 taken: .*persoonlijke verzorging/);
    expect(z).toContain('In de pot gaan de zorgkosten uit Jeugdwet, Zvw, Wlz en Wmo (de standaard van het rekenmodel); Wpg blijft individueel gefinancierd.');
    expect(z).toContain('Alle gemeenten in de regio, de GGD, het zorgkantoor en de zorgverzekeraars doen mee.');
    expect(z).toContain('In de gemeenteroute beheert Centrumstad als centrumgemeente de pot, namens alle financiers.');
    expect(z).toContain('Er zijn geen uitvoeringskosten gerekend (0%): de bronnen geven daarvoor geen cijfer.');
  });

  it('maatwerk, vaste percentages, niet-deelnemers, penvoerder en uitvoeringskosten', () => {
    const v = variant({
      naam: 'Proef',
      scope: ['behandeling', 'paramedisch'],
      potKaders: ['jeugdwet', 'wmo'],
      deelname: { 'gemeente:GM9909': false, zorgkantoor: false },
      nietDeelnemers: 'vestigingsgemeente',
      buitenRegio: 'verrekening',
      verdeelsleutel: { type: 'vast', percentages: { GM9901: 60, GM9902: 40 } },
      onderwijsroute: { budgethouder: 'penvoerder', penvoerder: 'VO9901' },
      uitvoeringskostenPct: { gemeenteroute: 1.5 },
    });
    const z = variantZinnen(v, regio, ns.taken).join('\n');
    expect(variantNaam(v)).toBe('Proef');
    expect(z).toContain('Als zorg in onderwijstijd tellen 2 zelf gekozen taken (maatwerk)');
    expect(z).toContain('In de pot gaan de zorgkosten uit Jeugdwet en Wmo; Zvw, Wlz en Wpg blijven individueel gefinancierd.');
    expect(z).toContain('Niet mee doen: Klaverdijk en Zorgkantoor Demoregio (fictief).');
    expect(z).toContain('betaalt de gemeente waar hun school staat');
    expect(z).toContain('Gemeenten buiten de regio betalen de kosten van hun eigen leerlingen in de pot (verrekening).');
    expect(z).toContain('Verdeelsleutel vaste percentages: Centrumstad 60,0% en Havenveld 40,0%');
    expect(z).toContain('SWV Voortgezet Onderwijs Centrumstad (fictief) als penvoerend samenwerkingsverband');
    expect(z).toContain('gemeenteroute 1,5%, onderwijsroute 0,0%, integrale route 0,0%');
  });

  it('mix met α', () => {
    const z = variantZinnen(variant({ verdeelsleutel: { type: 'mix', alpha: 0.25 } }), regio, ns.taken);
    expect(z).toContain('Verdeelsleutel mix: het gemeentelijk deel wordt voor 25,0% verdeeld naar de zorgkosten van de eigen leerlingen en voor 75,0% naar inwoners van 0–17 jaar.');
  });
});
