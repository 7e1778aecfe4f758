/**
 * CSV injection (OWASP): a downloaded CSV must not carry a live formula. Text cells starting with
 * = + - @, a tab or a carriage return get an apostrophe; real numbers stay numbers, negative too, so
 * Excel still computes with them. In the Excel download such texts are text cells, never formulas.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { celCsv, csvInhoud, tekstCsv, xlsxInhoud, type DataTabel } from '../../../renderer/src/onderdelen/Downloads';

describe('CSV-downloads', () => {
  it.each([
    ['=HYPERLINK("http://x";"klik")', `"'=HYPERLINK(""http://x"";""klik"")"`],
    ['+31 6 1234', "'+31 6 1234"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutraliseert de tekst %j', (tekst, verwacht) => {
    expect(tekstCsv(tekst)).toBe(verwacht);
    expect(celCsv(tekst, 'tekst')).toBe(verwacht);
  });

  it('laat gewone tekst en echte (negatieve) getallen ongemoeid', () => {
    expect(celCsv('Gemeente Zuid-Oost', 'tekst')).toBe('Gemeente Zuid-Oost');
    expect(celCsv(-1234.5, 'euro')).toBe('-1234,50');
    expect(celCsv(-3, 'getal')).toBe('-3');
  });

  it('een hele tabel: de naam met een formule gaat uit als tekst, het bedrag als getal', () => {
    const t: DataTabel = { titel: 'T', bestandsnaam: 't', kolommen: [{ kop: 'Naam', soort: 'tekst' }, { kop: 'Saldo', soort: 'euro' }], rijen: [["-2+3+cmd|' /C calc'!A0", -10]] };
    expect(csvInhoud(t)).toBe("\uFEFFNaam;Saldo\r\n'-2+3+cmd|' /C calc'!A0;-10,00\r\n");
  });

  it('in de Excel-download blijft een tekst met een formule tekst', async () => {
    const t: DataTabel = { titel: 'T', bestandsnaam: 't', kolommen: [{ kop: 'Naam', soort: 'tekst' }], rijen: [['=HYPERLINK("http://x")'], ['-2+3']] };
    const wb = XLSX.read(await xlsxInhoud(t), { type: 'array', cellFormula: true });
    const blad = wb.Sheets[wb.SheetNames[0]];
    for (const adres of ['A2', 'A3']) {
      expect(blad[adres].t).toBe('s');
      expect(blad[adres].f).toBeUndefined();
    }
  });
});
