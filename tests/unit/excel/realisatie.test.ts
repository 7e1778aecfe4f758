/**
 * Regio-bestand versie 3 in the Excel template and import: sheet Realisatie with Dutch headers and
 * its Toelichting lines, the prijspeil on sheet Regio, a financier written as a bare code or name,
 * and every problem placed by sheet, row and column.
 */
import { describe, expect, it } from 'vitest';
import { leesWerkmap } from '../../../core/excel';
import { toelichtingRijen } from '../../../core/excel/toelichting';
import type { RegioBestand } from '../../../shared/regio/schema';
import { demo, demoBladen, problemenVan, verwachtNederlands, xlsx } from './hulp';

function demoMetRealisatie(): RegioBestand {
  const d = demo();
  d.versie = 3;
  d.prijspeil = { jaar: 2026, index: { '2024': 1.07, '2026': 1.15 } };
  d.realisatie = [
    { financier: 'gemeente:GM9901', kader: 'jeugdwet', jaar: 2024, bedrag: 1234567.5, school: 'S01', toelichting: 'jaarrekening 2024' },
    { financier: 'gemeente:GM9901', kader: 'jeugdwet', jaar: 2024, bedrag: 2500000 },
    { financier: 'zorgkantoor', kader: 'wlz', jaar: 2026, bedrag: -2000 },
  ];
  return d;
}

describe('Excel: realisatie en prijspeil', () => {
  it('het sjabloon heeft blad Realisatie met Nederlandse koppen en de Toelichting legt het uit', () => {
    const b = demoBladen(demoMetRealisatie());
    expect(b.Realisatie[0]).toEqual(['Financier', 'Kader', 'Jaar', 'Bedrag', 'School', 'Toelichting']);
    const rijen = toelichtingRijen();
    const start = rijen.findIndex((r) => r[0] === 'Realisatie');
    expect(rijen[start][2]).toBe('nee');
    expect(rijen[start][3]).toMatch(/werkelijk uitgaf/);
    expect(rijen.slice(start + 1, start + 7).map((r) => r[1])).toEqual(['Financier', 'Kader', 'Jaar', 'Bedrag', 'School', 'Toelichting']);
    expect(rijen.some((r) => r[1] === 'Prijspeil / Prijsindex <jaar>')).toBe(true);
  });

  it('de werkmap van een regio met realisatie en prijspeil wordt exact teruggelezen', () => {
    const d = demoMetRealisatie();
    const r = leesWerkmap(xlsx(demoBladen(d)), 'regio.xlsx');
    expect(r.ok ? r.waarde : r.problemen).toStrictEqual(d);
  });

  it('een gemeentecode, "Zorgkantoor" of de naam van een verzekeraar alleen wordt de financier; kaders mogen voluit', () => {
    const b = demoBladen(demoMetRealisatie());
    b.Realisatie[1][0] = 'GM9901';
    b.Realisatie[1][1] = 'Jeugdwet';
    b.Realisatie[3][0] = 'ZORGKANTOOR';
    b.Realisatie[3][1] = 'Wet langdurige zorg';
    b.Realisatie.push(['Zorgverzekeraar Noord (fictief)', 'zvw', 2026, 10, null, null]);
    const r = leesWerkmap(xlsx(b), 'regio.xlsx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.realisatie!.map((x) => [x.financier, x.kader])).toEqual([
      ['gemeente:GM9901', 'jeugdwet'],
      ['gemeente:GM9901', 'jeugdwet'],
      ['zorgkantoor', 'wlz'],
      ['zorgverzekeraar:Zorgverzekeraar Noord (fictief)', 'zvw'],
    ]);
  });

  it('plaatst elke fout op blad, rij en kolom, in het Nederlands', () => {
    const b = demoBladen(demoMetRealisatie());
    b.Realisatie.push(['Onbekend', 'jeugdwet', 2024, 1, null, null]);
    b.Realisatie.push(['gemeente:GM9901', 'jeugdwet', 2024, 1, 'S99', null]);
    b.Realisatie.push(['ggd', 'Jeugdwet', 2024, 1, null, null]);
    b.Realisatie.push(['gemeente:GM9901', 'jeugdwet', 2025, 1, null, null]);
    b.Realisatie.push(['gemeente:GM9901', 'kinderopvang', 2024, 1, null, null]);
    const p = problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx'));
    verwachtNederlands(p);
    expect(p.map((x) => `${x.pad}: ${x.melding}`)).toEqual([
      'Blad Realisatie, rij 9, kolom Kader: onbekend kader "kinderopvang"; kies uit jeugdwet, zvw, wlz, wpg, wmo',
    ]);
    b.Realisatie.pop();
    const q = problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx')).map((x) => `${x.pad}: ${x.melding}`);
    expect(q).toEqual([
      'Blad Realisatie, rij 5, kolom Financier: onbekende financier "Onbekend": gebruik gemeente:<code>, zorgkantoor, ggd of zorgverzekeraar:<naam>',
      'Blad Realisatie, rij 6, kolom School: onbekende schoolcode S99 (staat niet op blad Scholen)',
      'Blad Realisatie, rij 7, kolom Kader: de GGD betaalt geen Jeugdwet; kies Wpg',
      'Blad Realisatie, rij 8, kolom Jaar: gemeente:GM9901, Jeugdwet, totaal heeft al een bedrag over 2024 (rij 3); kies één jaar',
      'Blad Realisatie, rij 8, kolom Jaar: de indexfactor van 2025 ontbreekt; vul die bij het prijspeil in (ten opzichte van 2022) om bedragen over 2025 om te rekenen naar prijspeil 2026',
    ]);
  });

  it('een prijsindex die geen getal is, wordt op blad Regio gemeld', () => {
    const b = demoBladen(demoMetRealisatie());
    const rij = b.Regio.findIndex((r) => r[0] === 'Prijsindex 2024');
    b.Regio[rij][1] = 'veel';
    const p = problemenVan(leesWerkmap(xlsx(b), 'regio.xlsx'));
    expect(p[0].pad).toBe(`Blad Regio, rij ${rij + 1}, kolom B`);
    verwachtNederlands(p);
  });
});
