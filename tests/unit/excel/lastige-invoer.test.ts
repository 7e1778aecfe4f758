/** Awkward but valid workbooks, as real users make them: all must import without any problem. */
import { describe, expect, it } from 'vitest';
import { leesWerkmap } from '../../../core/excel';
import type { RegioBestand } from '../../../shared/regio/schema';
import { demo, demoBladen, schrijf, werkmapVan, xlsx, type Celwaarde } from './hulp';

function importeer(buffer: Uint8Array, naam = 'regio.xlsx'): RegioBestand {
  const r = leesWerkmap(buffer, naam);
  if (!r.ok) throw new Error(r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('\n'));
  return r.waarde;
}

/** A small regio written by hand, in the canonical layout; tests vary one aspect of it. */
function kleineBladen(): Record<string, Celwaarde[][]> {
  return {
    Regio: [
      ['Gegeven', 'Waarde'],
      ['Naam regio', 'Regio West'],
      ['Naam zorgkantoor', 'Zorgkantoor West'],
    ],
    Gemeenten: [
      ['Code', 'Naam', 'Inwoners 0-17', 'In regio', 'Centrumgemeente'],
      ['GM0001', 'Aastad', 12000, 'ja', 'ja'],
      ['GM0002', 'Bedorp', 3000, 'ja', 'nee'],
      ['GM0003', 'Elders', 5000, 'nee', 'nee'],
    ],
    Samenwerkingsverbanden: [
      ['Code', 'Naam', 'Type'],
      ['PO01', 'SWV PO West', 'po'],
    ],
    Scholen: [
      ['Code', 'Naam', 'Vestigingsgemeente', 'Samenwerkingsverband', 'Sector'],
      ['S1', 'De Brug', 'GM0001', 'PO01', 'so'],
      ['S2', 'Het Anker', 'GM0002', 'PO01', 'so-vso'],
    ],
    Leerlingen: [
      ['School', 'Woongemeente', 'Doelgroep', 'Aantal'],
      ['S1', 'GM0001', 'gedrag', 60],
      ['S1', 'GM0002', 'gedrag', 15],
      ['S2', 'GM0002', 'emb', 12],
      ['S2', 'GM0003', 'lb', 8],
    ],
    Zorgverzekeraars: [
      ['Naam', 'Marktaandeel'],
      ['Verzekeraar Noord', 0.62],
      ['Verzekeraar Zuid', 0.38],
    ],
  };
}

const KLEIN: RegioBestand = {
  formaat: 'zio-regio',
  versie: 3,
  regio: { naam: 'Regio West' },
  gemeenten: [
    { code: 'GM0001', naam: 'Aastad', inwoners0tot17: 12000, inRegio: true, centrumgemeente: true },
    { code: 'GM0002', naam: 'Bedorp', inwoners0tot17: 3000, inRegio: true, centrumgemeente: false },
    { code: 'GM0003', naam: 'Elders', inwoners0tot17: 5000, inRegio: false, centrumgemeente: false },
  ],
  samenwerkingsverbanden: [{ code: 'PO01', naam: 'SWV PO West', type: 'po' }],
  scholen: [
    { code: 'S1', naam: 'De Brug', vestigingsgemeente: 'GM0001', swv: 'PO01', sector: 'so' },
    { code: 'S2', naam: 'Het Anker', vestigingsgemeente: 'GM0002', swv: 'PO01', sector: 'so-vso' },
  ],
  leerlingen: [
    { school: 'S1', woongemeente: 'GM0001', doelgroep: 'gedrag', aantal: 60 },
    { school: 'S1', woongemeente: 'GM0002', doelgroep: 'gedrag', aantal: 15 },
    { school: 'S2', woongemeente: 'GM0002', doelgroep: 'emb', aantal: 12 },
    { school: 'S2', woongemeente: 'GM0003', doelgroep: 'lb', aantal: 8 },
  ],
  zorgkantoor: { naam: 'Zorgkantoor West' },
  zorgverzekeraars: [
    { naam: 'Verzekeraar Noord', marktaandeel: 0.62 },
    { naam: 'Verzekeraar Zuid', marktaandeel: 0.38 },
  ],
  inventarisaties: [],
};

describe('lastige maar geldige werkmappen', () => {
  it('de handgemaakte basis zelf is geldig', () => {
    expect(importeer(xlsx(kleineBladen()))).toStrictEqual(KLEIN);
  });

  it('koppen in andere hoofdletters, volgorde, met extra spaties en in andere bewoordingen', () => {
    const b = kleineBladen();
    b.Gemeenten = [
      ['  IN REGIO ', 'inwoners 0 t/m 17', 'gemeentenaam', 'GEMEENTECODE', 'centrumgemeente'],
      ['ja', 12000, 'Aastad', 'GM0001', 'ja'],
      ['ja', 3000, 'Bedorp', 'GM0002', 'nee'],
      ['nee', 5000, 'Elders', 'GM0003', 'nee'],
    ];
    b.Leerlingen = [
      ['aantal leerlingen', 'DOELGROEP', 'Woongemeente (code)', 'schoolcode'],
      [60, 'gedrag', 'GM0001', 'S1'],
      [15, 'gedrag', 'GM0002', 'S1'],
      [12, 'emb', 'GM0002', 'S2'],
      [8, 'lb', 'GM0003', 'S2'],
    ];
    b.Zorgverzekeraars = [
      ['Zorgverzekeraar', 'Marktaandeel (%)'],
      ['Verzekeraar Noord', 0.62],
      ['Verzekeraar Zuid', 0.38],
    ];
    expect(importeer(xlsx(b))).toStrictEqual(KLEIN);
  });

  it('bladnamen in andere hoofdletters en met spaties; Inventarisatie mag ontbreken', () => {
    const b = kleineBladen();
    const hernoemd = Object.fromEntries(Object.entries(b).map(([k, v]) => [k === 'Samenwerkingsverbanden' ? "SWV's" : ` ${k.toUpperCase()} `, v]));
    expect(importeer(xlsx(hernoemd))).toStrictEqual(KLEIN);
  });

  it('doelgroepen zoals in het rapport, in korte vorm en in willekeurige hoofdletters', () => {
    const b = kleineBladen();
    b.Leerlingen = [
      ['School', 'Woongemeente', 'Doelgroep', 'Aantal'],
      ['S1', 'GM0001', 'Gedrags-/psychische problematiek', 60],
      ['S1', 'GM0002', 'GEDRAG', 15],
      ['S2', 'GM0002', 'Ernstig meervoudig beperkt', 12],
      ['S2', 'GM0003', ' lichamelijk beperkt ', 8],
      ['S2', 'GM0001', '(L)VB/ML', 3],
      ['S2', 'GM0002', 'LVB / moeilijk lerend', 2],
      ['S1', 'GM0003', 'Langdurig ziek', 1],
      ['S2', 'GM0003', 'LZ', 4],
    ];
    const r = importeer(xlsx(b));
    expect(r.leerlingen.map((l) => l.doelgroep)).toEqual(['gedrag', 'gedrag', 'emb', 'lb', 'lvb_ml', 'lvb_ml', 'lz', 'lz']);
  });

  it('getallen als tekst met Nederlandse scheidingstekens, percentages als tekst, ja/nee-varianten', () => {
    const b = kleineBladen();
    b.Gemeenten = [
      ['Code', 'Naam', 'Inwoners 0-17', 'In regio', 'Centrumgemeente'],
      ['GM0001', 'Aastad', '12.000', 'x', 'JA'],
      ['GM0002', 'Bedorp', ' 3000 ', 1, null],
      ['GM0003', 'Elders', '5 000', 'Nee', 0],
    ];
    b.Zorgverzekeraars = [
      ['Naam', 'Marktaandeel'],
      ['Verzekeraar Noord', '62%'],
      ['Verzekeraar Zuid', '0,38'],
    ];
    expect(importeer(xlsx(b))).toStrictEqual(KLEIN);
  });

  it('WAAR/ONWAAR-cellen voor ja/nee, decimale komma in fte en kaderaandelen als "75 %"', () => {
    const b = kleineBladen();
    b.Gemeenten = b.Gemeenten.map((r, i) => (i === 0 ? r : [...r.slice(0, 3), r[3] === 'ja', r[4] === 'ja']));
    b.Inventarisatie = [
      ['School', 'Professional', 'Fte', 'Zvw', 'Wlz'],
      ['S2', 'Verpleegkundige', '1,25', '75 %', '25%'],
      ['S2', 'fysiotherapeut', '1.000,5', null, null],
    ];
    const r = importeer(xlsx(b));
    expect(r.gemeenten).toStrictEqual(KLEIN.gemeenten);
    expect(r.inventarisaties).toStrictEqual([
      { school: 'S2', professional: 'verpleegkundige', fte: 1.25, kaders: { zvw: 0.75, wlz: 0.25 } },
      { school: 'S2', professional: 'fysiotherapeut', fte: 1000.5 },
    ]);
  });

  it('lege rijen tussendoor en aan het eind, lege kolommen en onbekende kolommen worden genegeerd', () => {
    const b = kleineBladen();
    b.Leerlingen = [
      ['School', null, 'Woongemeente', 'Opmerking', 'Doelgroep', 'Aantal', 'Controle'],
      ['S1', null, 'GM0001', 'telling 2022', 'gedrag', 60, 'ok'],
      [null, null, null, null, null, null, null],
      ['S1', null, 'GM0002', null, 'gedrag', 15, null],
      ['S2', null, 'GM0002', null, 'emb', 12, null],
      ['  ', null, '', null, null, null, null],
      ['S2', null, 'GM0003', null, 'lb', 8, null],
      [null, null, null, 'alleen een opmerking', null, null, 'x'],
      [],
      [null, null, null, null, null, null, null],
    ];
    expect(importeer(xlsx(b))).toStrictEqual(KLEIN);
  });

  it('leerlingrijen met aantal 0 of een leeg aantal worden overgeslagen, ook met verder lege cellen', () => {
    const b = kleineBladen();
    b.Leerlingen.splice(2, 0, ['S1', 'GM0003', 'emb', 0], ['S2', 'GM0001', 'lz', null], ['S2', 'GM0001', 'gedrag', '0'], ['S9', null, 'onzin', '']);
    expect(importeer(xlsx(b))).toStrictEqual(KLEIN);
  });

  it('een titel boven de kopregel en een kopregel die niet op rij 1 staat', () => {
    const b = kleineBladen();
    b.Leerlingen = [['Leerlingen per school, teldatum 1 oktober'], [], ...b.Leerlingen];
    const r = importeer(xlsx(b));
    expect(r).toStrictEqual(KLEIN);
  });

  it('gemeentecodes als getal en schoolcodes die als getal zijn ingevoerd', () => {
    const b = kleineBladen();
    b.Scholen[1][0] = 101;
    b.Leerlingen[1][0] = '101';
    b.Leerlingen[2][0] = 101;
    const r = importeer(xlsx(b));
    expect(r.scholen[0].code).toBe('101');
    expect(r.leerlingen.slice(0, 2).map((l) => l.school)).toEqual(['101', '101']);
  });

  it('een formule met een uitkomst telt als die uitkomst; bijna-gehele uitkomsten worden afgerond', () => {
    const b = kleineBladen();
    b.Leerlingen[1][3] = { t: 'n', v: 60, f: 'SUM(50,10)' };
    b.Leerlingen[2][3] = { t: 'n', v: 15.000000000000002, f: '1.5*10' };
    expect(importeer(xlsx(b))).toStrictEqual(KLEIN);
  });

  it('de Regio-gegevens mogen met andere labels en op andere rijen staan', () => {
    const b = kleineBladen();
    b.Regio = [['Regiogegevens'], [], ['zorgkantoor', 'Zorgkantoor West'], ['Regionaam', 'Regio West']];
    expect(importeer(xlsx(b))).toStrictEqual(KLEIN);
  });

  it('een ingevuld sjabloon met een extra eigen blad en zonder Toelichting blijft geldig', () => {
    const bladen = demoBladen();
    delete bladen.Toelichting;
    delete bladen.Keuzelijsten;
    bladen['Mijn berekening'] = [['iets'], [1, 2, 3]];
    expect(importeer(xlsx(bladen))).toStrictEqual(demo());
  });

  it('.ods en .xls met dezelfde lastige invoer', () => {
    const b = kleineBladen();
    b.Zorgverzekeraars[1][1] = '62%';
    b.Gemeenten[1][2] = '12.000';
    for (const [bookType, naam] of [
      ['ods', 'r.ods'],
      ['biff8', 'r.xls'],
    ] as const) {
      expect(importeer(schrijf(werkmapVan(b), bookType), naam)).toStrictEqual(KLEIN);
    }
  });
});
