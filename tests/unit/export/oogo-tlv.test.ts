/**
 * TLV laag / midden / hoog in the OOGO report (issue: the OOGO agenda): the optional table with its
 * import checks, the estimate from the report's shares, the kengetallen, and the bespreekpunten
 * that quote their sources.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { leesWerkmap, maakSjabloon } from '../../../core/excel';
import { maakOogoBuffer, maakOogoRapport } from '../../../core/export';
import { OOGO_BRONNEN } from '../../../core/export/oogo-bronnen';
import { deriveNormenset, standaardVariant } from '../../../shared/engine';
import { TLV_AANDEEL_PER_SECTOR, TLV_BEDRAG, TLV_CATEGORIEEN, TLV_IMPLICIET_AANDEEL_SO, tlvRijen, tlvTotaal } from '../../../shared/engine/tlv';
import { UREN_PER_FTE } from '../../../shared/domain/formatie';
import { NORMEN_LANDELIJK } from '../../../shared/engine/normen';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';
import { demoBladen, demoMetInventarisatie, problemenVan, xlsx } from '../excel/hulp';
import { demo, open } from './hulp';

const ns = deriveNormenset();
const opties = { kleineAantallen: false, appVersie: '1.2.3', datum: new Date(2026, 2, 12) };

describe('schatting van TLV laag, midden en hoog', () => {
  it('so 74% laag en vso 85% laag (r. 2540); midden : hoog overal 11 : 9; samen 80 / 11 / 9 bij het afgeleide aandeel so', () => {
    expect(TLV_AANDEEL_PER_SECTOR.so.laag).toBe(0.74);
    expect(TLV_AANDEEL_PER_SECTOR.vso.laag).toBe(0.85);
    for (const s of ['so', 'vso'] as const) {
      const a = TLV_AANDEEL_PER_SECTOR[s];
      expect(a.laag + a.midden + a.hoog).toBeCloseTo(1, 12);
      expect(a.midden / a.hoog).toBeCloseTo(11 / 9, 12);
    }
    const p = TLV_IMPLICIET_AANDEEL_SO;
    expect(p).toBeCloseTo(5 / 11, 12);
    for (const [c, landelijk] of [['laag', 0.8], ['midden', 0.11], ['hoog', 0.09]] as const) {
      expect(p * TLV_AANDEEL_PER_SECTOR.so[c] + (1 - p) * TLV_AANDEEL_PER_SECTOR.vso[c]).toBeCloseTo(landelijk, 12);
    }
  });

  it('ingevoerde aantallen gaan voor; andere combinaties worden geschat per sector en gemarkeerd', () => {
    const rijen = tlvRijen(
      [
        { school: 'A', gemeente: 'G1', sector: 'so', leerlingen: 100 },
        { school: 'A', gemeente: 'G2', sector: 'vso', leerlingen: 20 },
        { school: 'A', gemeente: 'G2', sector: 'so', leerlingen: 10 },
      ],
      [{ school: 'A', woongemeente: 'G1', laag: 50, midden: 30, hoog: 20 }],
    );
    expect(rijen[0]).toMatchObject({ herkomst: 'ingevoerd', aantallen: { laag: 50, midden: 30, hoog: 20 }, bedrag: 50 * 12_000 + 30 * 20_000 + 20 * 25_000 });
    expect(rijen[1].herkomst).toBe('schatting');
    expect(rijen[1].aantallen.laag).toBeCloseTo(20 * 0.85 + 10 * 0.74, 10);
    const t = tlvTotaal(rijen);
    expect(t.leerlingen).toBe(130);
    expect(t.geschat && !t.geheelGeschat).toBe(true);
    expect(TLV_CATEGORIEEN.reduce((s, c) => s + t.aantallen[c], 0)).toBeCloseTo(130, 10);
  });

  it('de kengetallen zijn de globale bedragen van het rapport (r. 2494)', () => {
    expect(TLV_BEDRAG.perCategorie).toEqual({ laag: 12_000, midden: 20_000, hoog: 25_000 });
    expect(TLV_BEDRAG.regel).toBe('r. 2494');
  });
});

describe('TLV-tabel in het regio-bestand (versie 3)', () => {
  const metTlv = (tlvs: RegioBestand['tlvs']) => ({ ...demo(), tlvs });

  it('een geldige TLV-regel wordt aanvaard; laag, midden en hoog zijn standaard 0', () => {
    const r = valideerRegio(metTlv([{ school: 'S01', woongemeente: 'GM9902', laag: 10 } as never]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.waarde.tlvs).toEqual([{ school: 'S01', woongemeente: 'GM9902', laag: 10, midden: 0, hoog: 0 }]);
  });

  it('onbekende school of gemeente, een dubbele combinatie en meer TLV’s dan leerlingen krijgen een Nederlandse melding met hun plaats', () => {
    const r = valideerRegio(
      metTlv([
        { school: 'S99', woongemeente: 'GM9901', laag: 1, midden: 0, hoog: 0 },
        { school: 'S01', woongemeente: 'GM0000', laag: 1, midden: 0, hoog: 0 },
        { school: 'S01', woongemeente: 'GM9902', laag: 20, midden: 2, hoog: 1 },
        { school: 'S01', woongemeente: 'GM9902', laag: 1, midden: 0, hoog: 0 },
      ]),
    );
    expect(r.ok).toBe(false);
    const p = problemenVan(r);
    expect(p).toContainEqual({ pad: '$.tlvs[0].school', melding: 'onbekende schoolcode S99' });
    expect(p).toContainEqual({ pad: '$.tlvs[1].woongemeente', melding: 'onbekende gemeentecode GM0000' });
    expect(p).toContainEqual({ pad: '$.tlvs[3]', melding: expect.stringMatching(/^de combinatie school \/ woongemeente S01 \/ GM9902 komt dubbel voor/) });
    expect(p).toContainEqual({
      pad: '$.tlvs[2]',
      melding: "23 TLV's (laag, midden en hoog samen) voor school S01 en woongemeente GM9902, maar er staan maar 22 leerlingen van die combinatie op het blad Leerlingen; een leerling heeft één TLV",
    });
  });

  it('het sjabloon heeft blad TLV; een ingevuld blad komt terug, en een fout staat op blad, rij en kolom', () => {
    const wb = XLSX.read(maakSjabloon(), { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json<string[]>(wb.Sheets.TLV, { header: 1 })[0]).toEqual(['School', 'Woongemeente', 'TLV laag', 'TLV midden', 'TLV hoog']);
    const b = demoBladen(demoMetInventarisatie());
    b.TLV = [
      ['School', 'Woongemeente', 'TLV laag', 'TLV midden', 'TLV hoog'],
      ['S01', 'GM9901', 150, 20, 9],
      ['S01', 'GM9902', 'veel', null, null],
    ];
    const fout = leesWerkmap(xlsx(b), 'regio.xlsx');
    expect(problemenVan(fout)).toEqual([{ pad: 'Blad TLV, rij 3, kolom TLV laag', melding: 'verwacht een geheel getal ≥ 0, maar vond "veel"' }]);
    b.TLV[2] = ['S01', 'GM9902', 12, null, 1];
    const goed = leesWerkmap(xlsx(b), 'regio.xlsx');
    expect(goed.ok && goed.waarde.tlvs).toEqual([
      { school: 'S01', woongemeente: 'GM9901', laag: 150, midden: 20, hoog: 9 },
      { school: 'S01', woongemeente: 'GM9902', laag: 12, midden: 0, hoog: 1 },
    ]);
  });

  it('de inventarisatie neemt ook uren per jaar aan: 1.659 uur is 1 fte', () => {
    const b = demoBladen(demoMetInventarisatie());
    const kop = b.Inventarisatie[0] as string[];
    const fte = kop.indexOf('Fte');
    b.Inventarisatie[1][fte] = '829,5 uur';
    const r = leesWerkmap(xlsx(b), 'regio.xlsx');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.waarde.inventarisaties[0].fte).toBeCloseTo(829.5 / UREN_PER_FTE, 12);
    expect(UREN_PER_FTE).toBe(1659);
    expect(UREN_PER_FTE).toBe(NORMEN_LANDELIJK.kengetallen.urenPerFte.waarde);
  });
});

describe('TLV en bespreekpunten in het OOGO-rapport', () => {
  it('zonder TLV-invoer: een schatting, zo gemarkeerd, met de bron van aandelen en bedragen', () => {
    const regio = demo();
    const r = maakOogoRapport(regio, standaardVariant(regio), ns, 'PO9901', opties);
    expect(r.tlv.totaal.herkomst).toBe('schatting');
    expect(r.tlv.scholen.map((s) => s.naam)).toEqual(regio.scholen.filter((s) => s.swv === 'PO9901').map((s) => s.naam));
    expect(r.tlv.toelichting.join(' ')).toMatch(/r\. 2538–2540.*r\. 2494/);
    // S01 is an so school: its pupils at 74% laag.
    const s01 = r.tlv.scholen[0];
    expect(s01.laag).toBeCloseTo((s01.leerlingen as number) * 0.74, 8);
    const wb = open(maakOogoBuffer(r));
    expect(wb.SheetNames).toContain('TLV');
    expect(XLSX.utils.sheet_to_csv(wb.Sheets.TLV)).toContain('schatting');
  });

  it('met ingevoerde TLV’s van een school telt die invoer; de rest blijft geschat (deels)', () => {
    const regio = { ...demo(), tlvs: [{ school: 'S01', woongemeente: 'GM9901', laag: 150, midden: 20, hoog: 9 }] };
    const r = maakOogoRapport(regio, standaardVariant(regio), ns, 'PO9901', opties);
    expect(r.tlv.scholen[0].herkomst).toBe('deels');
    expect(r.tlv.gemeenten.find((g) => g.naam === regio.gemeenten.find((x) => x.code === 'GM9901')!.naam)).toMatchObject({
      herkomst: 'deels',
    });
  });

  it('de bespreekpunten uit de bronnen citeren hun passage: hogere TLV’s, ondersteuningsplan, thuiszitters, het kader Onderwijs', () => {
    const regio = demo();
    const r = maakOogoRapport(regio, standaardVariant(regio), ns, 'PO9901', opties);
    const punt = (id: string) => r.bespreekpunten.find((p) => p.id === id)!;
    expect(punt('hogere-tlv').bronnen).toContainEqual(OOGO_BRONNEN.hogereTlv);
    expect(punt('hogere-tlv').tekst).toContain('(r. 4366)');
    expect(punt('ondersteuningsplan').bronnen).toEqual([OOGO_BRONNEN.ondersteuningsplan, OOGO_BRONNEN.jeugdhulp]);
    expect(punt('ondersteuningsplan').tekst).toMatch(/verdeling van de middelen.*criteria voor plaatsing.*afspraken met jeugdhulp/);
    expect(punt('thuiszitters').bronnen!.map((b) => b.plaats)).toEqual(['r. 255', 'par. 4.2, r. 4141–4143', 'par. 4.3, r. 4289–4293']);
    expect(punt('onderwijsdeel').tekst).toMatch(/TLV- en ondersteuningsmiddelen|TLV, ondersteuningsmiddelen/);
    expect(punt('onderwijsdeel').tekst).toContain('school(besturen), het samenwerkingsverband en de EMB-middelen samen (r. 2593)');
    for (const p of r.bespreekpunten) for (const b of p.bronnen ?? []) expect(b.citaat.length).toBeGreaterThan(20);
  });

  it('de solidaire verdeelsleutel is geen OOGO-punt: die bespreken de gemeenten onderling', () => {
    const regio = demo();
    const r = maakOogoRapport(regio, standaardVariant(regio), ns, 'PO9901', opties);
    expect(r.bespreekpunten.map((p) => p.tekst).join(' ')).not.toMatch(/solidair/i);
  });
});
