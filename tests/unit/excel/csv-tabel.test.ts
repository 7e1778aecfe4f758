/** One table from a CSV file or a single sheet, merged into the open (demo) regio with vervangTabel. */
import { describe, expect, it } from 'vitest';
import { leesBlad, leesCsvTabel, vervangTabel, type GelezenTabel, type TabelId } from '../../../core/excel';
import type { RegioBestand } from '../../../shared/regio/schema';
import { demo, problemenVan, verwachtNederlands, xlsx } from './hulp';

function gelezen<T extends TabelId>(r: ReturnType<typeof leesCsvTabel<T>>): GelezenTabel<T> {
  if (!r.ok) throw new Error(r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('\n'));
  return r.waarde;
}

function samengevoegd(r: ReturnType<typeof vervangTabel>): RegioBestand {
  if (!r.ok) throw new Error(r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('\n'));
  return r.waarde;
}

const LEERLINGEN_CSV = ['School;Woongemeente;Doelgroep;Aantal', 'S01;GM9901;gedrag;170', 'S01;GM9902;Gedrags-/psychische problematiek;"1.021"', 'S03;GM9903;(L)VB/ML;12', 'S03;GM9904;lvb_ml;0', ''].join('\r\n');

describe('leesCsvTabel + vervangTabel: leerlingen in de open regio', () => {
  it('vervangt alleen de leerlingen; de rest van de regio blijft gelijk', () => {
    const regio = demo();
    const t = gelezen(leesCsvTabel(LEERLINGEN_CSV, 'leerlingen', { bestandsnaam: 'leerlingen.csv' }));
    expect(t.rijen).toStrictEqual([
      { school: 'S01', woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 170 },
      { school: 'S01', woongemeente: 'GM9902', doelgroep: 'gedrag', aantal: 1021 },
      { school: 'S03', woongemeente: 'GM9903', doelgroep: 'lvb_ml', aantal: 12 },
    ]);
    expect(t.herkomst.rijen).toEqual([2, 3, 4]);
    const nieuw = samengevoegd(vervangTabel(regio, 'leerlingen', t.rijen, t.herkomst));
    expect(nieuw.leerlingen).toStrictEqual(t.rijen);
    expect({ ...nieuw, leerlingen: [] }).toStrictEqual({ ...regio, leerlingen: [] });
    // The open regio itself is not changed.
    expect(regio).toStrictEqual(demo());
  });

  it('herkent komma en tab als scheidingsteken, een BOM, aanhalingstekens en koppen in andere volgorde', () => {
    const komma = '\ufeffaantal,"school",doelgroep,woongemeente\n"3","S01","gedrag","GM9901"\n4,S02,"lb",GM9902\n';
    const tab = 'Aantal\tSchool\tDoelgroep\tWoongemeente\n3\tS01\tgedrag\tGM9901\n4\tS02\tlb\tGM9902';
    for (const tekst of [komma, tab]) {
      expect(gelezen(leesCsvTabel(tekst, 'leerlingen')).rijen).toStrictEqual([
        { school: 'S01', woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 3 },
        { school: 'S02', woongemeente: 'GM9902', doelgroep: 'lb', aantal: 4 },
      ]);
    }
  });

  it('leest de bytes van een CSV uit Nederlandse Excel (Windows-1252) en van een UTF-8-bestand', () => {
    const tekst = 'Code;Naam;Type\nPO01;SWV Coöperatie Zuid;po\n';
    const ansi = Uint8Array.from(tekst, (c) => c.charCodeAt(0));
    expect(ansi.includes(0xf6)).toBe(true);
    for (const bytes of [ansi, new TextEncoder().encode(`\ufeff${tekst}`)]) {
      expect(gelezen(leesCsvTabel(bytes, 'samenwerkingsverbanden')).rijen).toStrictEqual([{ code: 'PO01', naam: 'SWV Coöperatie Zuid', type: 'po' }]);
    }
  });

  it('velden tussen aanhalingstekens mogen ; en regeleinden bevatten', () => {
    const tekst = 'Code;Naam;Type\nPO01;"SWV ""West""; primair\nonderwijs";po\n';
    expect(gelezen(leesCsvTabel(tekst, 'samenwerkingsverbanden')).rijen).toStrictEqual([{ code: 'PO01', naam: 'SWV "West"; primair\nonderwijs', type: 'po' }]);
  });

  it('fouten in de samenhang noemen het bestand, de rij en de kolom van de CSV', () => {
    const tekst = 'School;Woongemeente;Doelgroep;Aantal\nS01;GM9901;gedrag;3\nS77;GM9901;emb;2\nS01;GM9901;gedrag;5\n';
    const t = gelezen(leesCsvTabel(tekst, 'leerlingen', { bestandsnaam: 'll.csv' }));
    const problemen = problemenVan(vervangTabel(demo(), 'leerlingen', t.rijen, t.herkomst));
    expect(problemen).toStrictEqual([
      { pad: 'Bestand ll.csv, rij 3, kolom School', melding: 'onbekende schoolcode S77 (staat niet bij de scholen van de open regio)' },
      { pad: 'Bestand ll.csv, rij 4', melding: 'de combinatie school / woongemeente / doelgroep S01 / GM9901 / gedrag komt dubbel voor (ook op rij 2)' },
    ]);
    verwachtNederlands(problemen);
  });

  it('gemeenten vervangen waarnaar scholen van de open regio verwijzen: de scholen worden bij code genoemd', () => {
    const tekst = 'Code;Naam;Inwoners 0-17;In regio;Centrumgemeente\nGM9901;Centrumstad;41.800;ja;ja\n';
    const t = gelezen(leesCsvTabel(tekst, 'gemeenten', { bestandsnaam: 'gemeenten.csv' }));
    const problemen = problemenVan(vervangTabel(demo(), 'gemeenten', t.rijen, t.herkomst));
    expect(problemen).toContainEqual({ pad: 'Scholen in de open regio, S03, kolom Vestigingsgemeente', melding: 'onbekende gemeentecode GM9902 (staat niet in bestand gemeenten.csv)' });
    expect(problemen).toContainEqual({ pad: 'Leerlingen in de open regio, S01 / GM9902 / gedrag, kolom Woongemeente', melding: 'onbekende gemeentecode GM9902 (staat niet in bestand gemeenten.csv)' });
  });

  it('vervangTabel zonder herkomst (rijen uit de app zelf) noemt rijnummers van de open regio', () => {
    const problemen = problemenVan(vervangTabel(demo(), 'zorgverzekeraars', [{ naam: 'Alleen', marktaandeel: 0.5 }]));
    expect(problemen).toStrictEqual([{ pad: 'Zorgverzekeraars in de open regio', melding: 'de marktaandelen moeten samen 1 (100%) zijn, maar zijn samen 0,5' }]);
  });

  it('een los blad uit een werkmap met één blad, of het blad met de naam van de tabel', () => {
    const enkel = xlsx({ Export: [['School', 'Woongemeente', 'Doelgroep', 'Aantal'], ['S02', 'GM9901', 'emb', 2]] });
    const r = leesBlad(enkel, 'export.xlsx', 'leerlingen');
    expect(r.ok && r.waarde.rijen).toStrictEqual([{ school: 'S02', woongemeente: 'GM9901', doelgroep: 'emb', aantal: 2 }]);
    expect(r.ok && r.waarde.herkomst.plaats).toBe('Blad Export');

    const meer = xlsx({ Uitleg: [['x']], Zorgverzekeraars: [['Naam', 'Marktaandeel'], ['Eén', '100%']] });
    const z = leesBlad(meer, 'zv.ods', 'zorgverzekeraars');
    expect(z.ok && samengevoegd(vervangTabel(demo(), z.waarde.tabel, z.waarde.rijen, z.waarde.herkomst)).zorgverzekeraars).toStrictEqual([{ naam: 'Eén', marktaandeel: 1 }]);
  });
});
