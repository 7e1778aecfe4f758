/**
 * The Regio screen's row forms come from the table descriptors: a row becomes form values and back
 * unchanged, an empty optional field is left out, and the checks give the form's Dutch messages.
 */
import { describe, expect, it } from 'vitest';
import demoJson from '../../../resources/demo/demoregio.json';
import { regioContext } from '../../../renderer/src/schermen/regio/tabellen';
import { naarRij, naarWaarden, valideerVelden, veldVan } from '../../../renderer/src/schermen/regio/velden';
import type { RegioBestand } from '../../../shared/regio/schema';
import { GEMEENTEN, SCHOLEN, ZORGVERZEKERAARS } from '../../../shared/regio/tabellen';

const regio = { ...demoJson, tlvs: [] } as RegioBestand;
const GEMEENTE = ['code', 'naam', 'inwoners0tot17', 'inRegio', 'centrumgemeente', 'swvPo', 'swvVo'];
const SCHOOL = ['code', 'naam', 'sector', 'aandeelSo', 'vestigingsgemeente', 'swv'];

describe('rijformulieren uit de tabelbeschrijvingen', () => {
  it('een gemeente en een school met aandeel so gaan heen en terug door het formulier', () => {
    for (const g of regio.gemeenten) expect(naarRij(GEMEENTEN, GEMEENTE, naarWaarden(GEMEENTEN, GEMEENTE, g))).toEqual(g);
    for (const s of regio.scholen) expect(naarRij(SCHOLEN, SCHOOL, naarWaarden(SCHOLEN, SCHOOL, s))).toEqual(s);
    const boeg = regio.scholen.find((s) => s.code === 'S06')!;
    expect(naarWaarden(SCHOLEN, SCHOOL, boeg).aandeelSo).toBe(35);
  });

  it('een leeg gelaten samenwerkingsverband po valt weg uit de rij', () => {
    const w = { ...naarWaarden(GEMEENTEN, GEMEENTE, regio.gemeenten[0]), swvPo: '' };
    const rij = naarRij<Record<string, unknown>>(GEMEENTEN, GEMEENTE, w);
    expect(rij).not.toHaveProperty('swvPo');
    expect(rij.swvVo).toBe('VO9901');
  });

  it('de keuzes voor swvPo zijn alleen de po-samenwerkingsverbanden; het veld is optioneel', () => {
    const v = veldVan(GEMEENTEN, 'swvPo', regioContext(regio));
    expect(v).toMatchObject({ soort: 'keuze', label: 'Samenwerkingsverband po', optioneel: true });
    expect(v.soort === 'keuze' && v.opties.map((o) => o.value)).toEqual(['PO9901', 'PO9902']);
  });

  it('meldingen: verplicht veld leeg, te lange code, aandeel boven 100%', () => {
    const leeg = naarWaarden(GEMEENTEN, GEMEENTE, null, { inRegio: true });
    expect(valideerVelden(GEMEENTEN, GEMEENTE, leeg)).toEqual({
      code: 'Vul een code in.',
      naam: 'Vul een naam in.',
      inwoners0tot17: 'Vul het aantal inwoners van 0–17 jaar in (0 als het onbekend is).',
    });
    expect(valideerVelden(GEMEENTEN, ['code'], { code: 'X'.repeat(65) })).toEqual({ code: 'Is te lang (hoogstens 64 tekens).' });
    expect(valideerVelden(ZORGVERZEKERAARS, ['naam', 'marktaandeel'], { naam: 'Z', marktaandeel: 120 })).toEqual({ marktaandeel: 'Marktaandeel in de regio is hoogstens 100%.' });
  });
});
