import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { BLADEN, maakSjabloon, REGIO_BLAD, TABEL_IDS } from '../../../core/excel';
import { DOELGROEP_LABEL, DOELGROEPEN, SECTOREN } from '../../../shared/domain/labels';
import { PROFESSIONALS } from '../../../shared/engine/normen';
import { demo, demoMetInventarisatie } from './hulp';

function lees(buffer: Buffer): XLSX.WorkBook {
  return XLSX.read(buffer, { cellNF: true, cellStyles: true });
}

const tekstVan = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, defval: '' }).map((r) => r.join(' | ')).join('\n');

describe('maakSjabloon', () => {
  it('schrijft de bladen in een vaste volgorde met de Nederlandse kolomkoppen', () => {
    const wb = lees(maakSjabloon());
    expect(wb.SheetNames).toEqual(['Toelichting', 'Regio', 'Gemeenten', 'Samenwerkingsverbanden', 'Scholen', 'Leerlingen', 'Zorgverzekeraars', 'Inventarisatie', 'TLV', 'Realisatie', 'Keuzelijsten']);
    const kop = (blad: string) => XLSX.utils.sheet_to_json<string[]>(wb.Sheets[blad], { header: 1 })[0];
    expect(kop('Gemeenten')).toEqual(['Code', 'Naam', 'Inwoners 0–17', 'In regio', 'Centrumgemeente', 'SWV po', 'SWV vo']);
    expect(kop('Samenwerkingsverbanden')).toEqual(['Code', 'Naam', 'Type']);
    expect(kop('Scholen')).toEqual(['Code', 'Naam', 'Vestigingsgemeente', 'Samenwerkingsverband', 'Sector', 'Aandeel so']);
    expect(kop('Leerlingen')).toEqual(['School', 'Woongemeente', 'Doelgroep', 'Aantal', 'Sector']);
    expect(kop('Zorgverzekeraars')).toEqual(['Naam', 'Marktaandeel']);
    expect(kop('Inventarisatie')).toEqual(['School', 'Professional', 'Fte', 'Onderwijs', 'Jeugdwet', 'Zvw', 'Wlz', 'Wpg', 'Wmo']);
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Regio, { header: 1 })).toEqual([['Gegeven', 'Waarde'], ['Naam regio'], ['Naam zorgkantoor']]);
  });

  it('elke kolomkop heeft een opmerking met de uitleg en de toegestane waarden', () => {
    const wb = lees(maakSjabloon());
    for (const t of TABEL_IDS) {
      const def = BLADEN[t];
      def.kolommen.forEach((k, i) => {
        const cel = wb.Sheets[def.blad][XLSX.utils.encode_cell({ r: 0, c: i })] as XLSX.CellObject;
        expect(cel.c?.[0]?.t, `${def.blad} ${k.kop}`).toBe(k.uitleg);
      });
    }
    const doelgroep = wb.Sheets.Leerlingen.C1 as XLSX.CellObject;
    expect(doelgroep.c?.[0]?.t).toContain(DOELGROEPEN.join(', '));
  });

  it('zet kolombreedtes, een autofilter en getalnotaties (geheel getal, procent)', () => {
    const wb = lees(maakSjabloon(demoMetInventarisatie()));
    const ll = wb.Sheets.Leerlingen;
    expect(ll['!autofilter']).toEqual({ ref: 'A1:E170' });
    expect(ll['!cols']?.map((c) => Math.round(c.wch ?? c.width ?? 0))).toEqual([12, 16, 14, 10, 10]);
    expect((ll.D2 as XLSX.CellObject).z).toBe('#,##0');
    expect((wb.Sheets.Zorgverzekeraars.B2 as XLSX.CellObject).z).toBe('0.0%');
    expect((wb.Sheets.Zorgverzekeraars.B2 as XLSX.CellObject).v).toBe(0.62);
    expect((wb.Sheets.Inventarisatie.C2 as XLSX.CellObject).z).toBe('0.00');
    expect(wb.Sheets.Gemeenten['!autofilter']).toEqual({ ref: 'A1:G13' });
  });

  it('vult het sjabloon met de gegevens van een regio, ja/nee als tekst', () => {
    const d = demo();
    const wb = lees(maakSjabloon(d));
    expect(wb.Sheets.Regio.B2.v).toBe(d.regio.naam);
    expect(wb.Sheets.Regio.B3.v).toBe(d.zorgkantoor.naam);
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Leerlingen)).toHaveLength(d.leerlingen.length);
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Gemeenten, { header: 1 })[1]).toEqual(['GM9901', 'Centrumstad', 41800, 'ja', 'ja', 'PO9901', 'VO9901']);
  });

  it('de Toelichting beschrijft elk blad, elke kolom, de doelgroepen en het ontbreken van keuzelijsten in de cellen', () => {
    const wb = lees(maakSjabloon());
    const t = tekstVan(wb.Sheets.Toelichting);
    for (const tabel of TABEL_IDS) {
      expect(t).toContain(BLADEN[tabel].blad);
      for (const k of BLADEN[tabel].kolommen) expect(t).toContain(k.uitleg);
    }
    for (const r of REGIO_BLAD.regels) expect(t).toContain(r.label);
    expect(t).toContain('gedrag, lvb_ml, lb, emb, lz');
    expect(t).toContain('geen vervolgkeuzelijsten (gegevensvalidatie)');
    expect(t).toContain('12,5 is twaalf en een half');
  });

  it('Keuzelijsten met doelgroepen, sectoren, typen en alle professionals, met benoemde bereiken', () => {
    const wb = lees(maakSjabloon());
    const k = tekstVan(wb.Sheets.Keuzelijsten);
    for (const d of DOELGROEPEN) expect(k).toContain(`${d} | ${DOELGROEP_LABEL[d]}`);
    for (const p of PROFESSIONALS) expect(k).toContain(`${p.id} | ${p.naam}`);
    const namen = Object.fromEntries((wb.Workbook?.Names ?? []).map((n) => [n.Name, n.Ref]));
    expect(namen).toMatchObject({ Doelgroepen: 'Keuzelijsten!$A$2:$A$6', Sectoren: 'Keuzelijsten!$E$2:$E$4', Professionals: `Keuzelijsten!$M$2:$M$${PROFESSIONALS.length + 1}` });
    const bereik = (ref: string) => XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Keuzelijsten, { header: 1, range: ref.split('!')[1].replaceAll('$', '') }).map((r) => r[0]);
    expect(bereik(namen.Doelgroepen)).toEqual([...DOELGROEPEN]);
    expect(bereik(namen.Sectoren)).toEqual([...SECTOREN]);
    expect(bereik(namen.Professionals)).toEqual(PROFESSIONALS.map((p) => p.id));
  });

  it('schrijft desgevraagd een .ods', () => {
    const ods = maakSjabloon(demo(), 'ods');
    const wb = XLSX.read(ods);
    expect(wb.SheetNames).toContain('Leerlingen');
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Leerlingen)).toHaveLength(demo().leerlingen.length);
  });
});
