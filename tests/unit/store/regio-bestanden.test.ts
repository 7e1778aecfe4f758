import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSessiePerTest, gebruikersFoutAsync as gebruikersFout } from '../../hulp/sessie';
import { maakSjabloon } from '../../../core/excel';
import { demoRegio } from '../../../core/services/demo-regio';
import { ProjectSessie } from '../../../core/services/project-sessie';
import type { Bestand, RegioStand } from '../../../shared/api/contract';
import type { RegioBestand } from '../../../shared/regio/schema';

const ctx = demoSessiePerTest();

const b64 = (x: Uint8Array | string) => Buffer.from(x).toString('base64');
const importeer = (invoer: Parameters<ProjectSessie['diensten']['regioImporteren']>[0]) => ctx.s.diensten.regioImporteren(invoer) as Promise<{ regioId: number; melding: string }>;


describe('importeren in het project', async () => {
  it('een ingevulde werkmap wordt een nieuwe regio die gelijk is aan het origineel', async () => {
    const r = await importeer({ bestandsnaam: 'Demoregio.xlsx', inhoud: b64(maakSjabloon(demoRegio())), doel: { soort: 'nieuw' } });
    // The project already holds a regio of that name: the import gets a number.
    expect(r.melding).toBe('Regio Demoregio (fictief) (2) ingelezen: 12 gemeenten, 6 scholen, 1.560 leerlingen.');
    expect(ctx.s.diensten.regioLezen({ regioId: r.regioId })).toEqual({ ...demoRegio(), regio: { naam: 'Demoregio (fictief) (2)' } });
    expect(ctx.s.info().regios).toHaveLength(2);
  });

  it('een regio-bestand (JSON) wordt een nieuwe regio', async () => {
    const eigen = { ...demoRegio(), regio: { naam: 'Eigen regio' } };
    const r = await importeer({ bestandsnaam: 'regio.json', inhoud: b64(JSON.stringify(eigen)), doel: { soort: 'nieuw' } });
    expect(ctx.s.diensten.regioLezen({ regioId: r.regioId })).toEqual(eigen);
  });

  it('een CSV met leerlingen vervangt die tabel van de open regio, als één stap die ongedaan kan', async () => {
    const csv = 'School;Woongemeente;Doelgroep;Aantal\nS01;GM9901;Gedrags-/psychische problematiek;10\nS02;GM9902;LVB/ML;1.200\n';
    const r = await importeer({ bestandsnaam: 'leerlingen.csv', inhoud: b64(csv), doel: { soort: 'tabel', regioId: ctx.regioId, tabel: 'leerlingen' } });
    expect(r.melding).toContain('Leerlingen vervangen');
    const na = ctx.s.diensten.regioLezen({ regioId: ctx.regioId }) as RegioBestand;
    expect(na.leerlingen).toEqual([
      { school: 'S01', woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 10 },
      { school: 'S02', woongemeente: 'GM9902', doelgroep: 'lvb_ml', aantal: 1200 },
    ]);
    const terug = ctx.s.diensten.regioOngedaanMaken({ regioId: ctx.regioId }) as RegioStand;
    expect(terug.regio).toEqual(demoRegio());
  });

  it('een foute CSV verandert niets en noemt rij en kolom', async () => {
    const csv = 'School;Woongemeente;Doelgroep;Aantal\nS01;GM9901;gedrag;10\nS01;GM0000;gedrag;-1\n';
    const f = await gebruikersFout(() => importeer({ bestandsnaam: 'leerlingen.csv', inhoud: b64(csv), doel: { soort: 'tabel', regioId: ctx.regioId, tabel: 'leerlingen' } }));
    expect(f.message).toMatch(/leerlingen\.csv is niet ingelezen: er (is|zijn) \d+ probleem.*Er is niets veranderd\./);
    expect(f.problemen.map((p) => p.pad).join(' | ')).toMatch(/rij 3, kolom Aantal/);
    expect(ctx.s.diensten.regioLezen({ regioId: ctx.regioId })).toEqual(demoRegio());
    expect((ctx.s.diensten.regioStand({ regioId: ctx.regioId }) as RegioStand).kanOngedaanMaken).toBe(false);
  });

  it('weigert een bestand van een onbekend soort en een losse CSV als hele regio', async () => {
    expect((await gebruikersFout(() => importeer({ bestandsnaam: 'foto.png', inhoud: b64('x'), doel: { soort: 'nieuw' } }))).message).toMatch(/onbekend bestandstype/);
    expect((await gebruikersFout(() => importeer({ bestandsnaam: 'a.csv', inhoud: b64('a;b'), doel: { soort: 'nieuw' } }))).message).toMatch(/CSV-bestand bevat één tabel/);
    expect(ctx.s.info().regios).toHaveLength(1);
  });

  it('een beschadigde werkmap wordt geweigerd', async () => {
    const f = await gebruikersFout(() => importeer({ bestandsnaam: 'kapot.xlsx', inhoud: b64(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])), doel: { soort: 'nieuw' } }));
    expect(f.message).toMatch(/kapot\.xlsx is niet ingelezen/);
    expect(ctx.s.info().regios).toHaveLength(1);
  });
});

describe('downloaden', async () => {
  it('geeft de regio als regio-bestand en als werkmap die weer inleest', async () => {
    const json = ctx.s.diensten.regioDownload({ regioId: ctx.regioId, soort: 'json' }) as Bestand;
    expect(json.bestandsnaam).toBe('Demoregio (fictief).zio-regio.json');
    expect(JSON.parse(Buffer.from(json.inhoud, 'base64').toString('utf8'))).toEqual(demoRegio());
    const xlsx = ctx.s.diensten.regioDownload({ regioId: ctx.regioId, soort: 'xlsx' }) as Bestand;
    const r = await importeer({ bestandsnaam: xlsx.bestandsnaam, inhoud: xlsx.inhoud, doel: { soort: 'nieuw' } });
    expect({ ...(ctx.s.diensten.regioLezen({ regioId: r.regioId }) as RegioBestand), regio: demoRegio().regio }).toEqual(demoRegio());
    const leeg = ctx.s.diensten.regioDownload({ regioId: null, soort: 'sjabloon' }) as Bestand;
    expect(leeg.bestandsnaam).toBe('ZiO-sjabloon.xlsx');
  });
});
