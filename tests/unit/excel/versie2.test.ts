/**
 * The versie 2 columns in the Excel template and import: SWV po / SWV vo on Gemeenten, Aandeel so
 * on Scholen, Sector on Leerlingen; their Dutch headers, their explanation, and problems placed by
 * sheet, row and column.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { leesWerkmap, maakSjabloon } from '../../../core/excel';
import { toelichtingRijen } from '../../../core/excel/toelichting';
import { demo, demoBladen, problemenVan, verwachtNederlands, xlsx, type Celwaarde } from './hulp';

type Bladen = Record<string, Celwaarde[][]>;

function zet(b: Bladen, blad: string, adres: string, waarde: Celwaarde): void {
  const { r, c } = XLSX.utils.decode_cell(adres);
  b[blad][r] ??= [];
  b[blad][r][c] = waarde;
}

describe('Excel: regio-bestand versie 2', () => {
  it('de Toelichting legt de nieuwe kolommen uit, met de andere koppen die de app herkent', () => {
    const rijen = toelichtingRijen();
    const rij = (kop: string, blad: string) => {
      const start = rijen.findIndex((r) => r[0] === blad);
      return rijen.slice(start + 1).find((r) => r[1] === kop);
    };
    expect(rij('SWV po', 'Gemeenten')).toEqual(['', 'SWV po', 'nee', expect.stringContaining('type po'), expect.stringContaining('Samenwerkingsverband PO')]);
    expect(rij('SWV vo', 'Gemeenten')?.[4]).toContain('Samenwerkingsverband VO');
    expect(rij('Aandeel so', 'Scholen')?.[3]).toContain('so-vso');
    expect(rij('Sector', 'Leerlingen')?.[3]).toMatch(/so of vso/);
  });

  it('koppen als "Samenwerkingsverband PO", "Samenwerkingsverband VO", "Aandeel so" en "Sector" worden herkend', () => {
    const d = demo();
    const b = demoBladen(d);
    zet(b, 'Gemeenten', 'F1', 'Samenwerkingsverband PO');
    zet(b, 'Gemeenten', 'G1', 'Samenwerkingsverband VO');
    zet(b, 'Scholen', 'F1', 'aandeel SO');
    zet(b, 'Leerlingen', 'E1', ' sector ');
    const r = leesWerkmap(xlsx(b), 'regio.xlsx');
    expect(r.ok && r.waarde).toStrictEqual(d);
  });

  it('een werkmap zonder de nieuwe kolommen (versie 1) wordt gelezen, zonder de nieuwe velden', () => {
    const b = demoBladen();
    for (const [blad, kolom] of [['Gemeenten', 5], ['Scholen', 5], ['Leerlingen', 4]] as const) b[blad] = b[blad].map((r) => r.slice(0, kolom));
    // Without a sector column the split cells of one combination would collide: keep one of each.
    const gezien = new Set<string>();
    b.Leerlingen = b.Leerlingen.filter((r) => {
      const k = r.slice(0, 3).join('|');
      if (gezien.has(k)) return false;
      gezien.add(k);
      return true;
    });
    const r = leesWerkmap(xlsx(b), 'oud.xlsx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.gemeenten.some((g) => 'swvPo' in g || 'swvVo' in g)).toBe(false);
    expect(r.waarde.scholen.some((s) => 'aandeelSo' in s)).toBe(false);
    expect(r.waarde.leerlingen.some((l) => 'sector' in l)).toBe(false);
  });

  it('een gemeente waarvan SWV vo een po-samenwerkingsverband noemt: blad, rij en kolom', () => {
    const b = demoBladen();
    zet(b, 'Gemeenten', 'G5', 'PO9902');
    const p = problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx'));
    expect(p).toEqual([{ pad: 'Blad Gemeenten, rij 5, kolom SWV vo', melding: 'samenwerkingsverband PO9902 is van type po; hier hoort een samenwerkingsverband van type vo' }]);
    verwachtNederlands(p);
  });

  it('een onbekend samenwerkingsverband bij SWV po verwijst naar het blad Samenwerkingsverbanden', () => {
    const b = demoBladen();
    zet(b, 'Gemeenten', 'F3', 'PO0000');
    expect(problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx'))).toEqual([
      { pad: 'Blad Gemeenten, rij 3, kolom SWV po', melding: 'onbekend samenwerkingsverband PO0000 (staat niet op blad Samenwerkingsverbanden)' },
    ]);
  });

  it('een sector die niet bij een so-school past, en een sector die geen so of vso is', () => {
    const b = demoBladen();
    zet(b, 'Leerlingen', 'E2', 'vso'); // row 2: S01, an so school
    zet(b, 'Leerlingen', 'E3', 'mbo');
    const p = problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx'));
    expect(p).toEqual([{ pad: 'Blad Leerlingen, rij 3, kolom Sector', melding: 'onbekende sector "mbo"; kies so of vso (of laat de cel leeg)' }]);
    zet(b, 'Leerlingen', 'E3', null);
    expect(problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx'))).toEqual([
      { pad: 'Blad Leerlingen, rij 2, kolom Sector', melding: 'school S01 heeft sector so; de sector van deze leerlingen moet so zijn of leeg blijven, maar is vso' },
    ]);
  });

  it('een aandeel so bij een vso-school en een aandeel boven 100%', () => {
    const b = demoBladen();
    zet(b, 'Scholen', 'F3', '40%'); // S02 is vso
    zet(b, 'Scholen', 'F4', '140%'); // S03 is so-vso
    const p = problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx'));
    expect(p.map((x) => x.pad)).toEqual(['Blad Scholen, rij 4, kolom Aandeel so']);
    zet(b, 'Scholen', 'F4', '40%');
    expect(problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx'))).toEqual([
      { pad: 'Blad Scholen, rij 3, kolom Aandeel so', melding: 'een aandeel so hoort alleen bij een school met so en vso (sector so-vso); school S02 heeft sector vso' },
    ]);
  });

  it('het ingevulde sjabloon schrijft de nieuwe velden: SWV’s als code, aandeel so als procent, sector als tekst', () => {
    const wb = XLSX.read(maakSjabloon(demo()), { dense: true });
    const rijen = (blad: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[blad], { header: 1 });
    expect(rijen('Gemeenten')[8]).toEqual(['GM9908', 'Vennebroek', 3200, 'ja', 'nee', 'PO9902', 'VO9901']);
    const boeg = rijen('Scholen').find((r) => r[0] === 'S06')!;
    expect(boeg[5]).toBe(0.35);
    expect(rijen('Leerlingen').filter((r) => r[4] === 'so' || r[4] === 'vso').length).toBeGreaterThan(0);
  });
});
