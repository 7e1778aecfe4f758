import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb, type ProjectDb } from '../../../core/store/db';
import { leesRegio, lijstRegios, voegRegioToe } from '../../../core/store/regio-repository';
import { demoRegio } from '../../../core/services/demo-regio';
import demoJson from '../../../resources/demo/demoregio.json';
import { GebruikersFout } from '../../../shared/api/fout';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';

let map: string;
let db: ProjectDb;

beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), 'zio-regio-repo-'));
  db = openProjectDb(join(map, 'project.zio'), { maakAan: true });
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(map, { recursive: true, force: true });
});

function geldig(data: unknown): RegioBestand {
  const r = valideerRegio(data);
  if (!r.ok) throw new Error(JSON.stringify(r.problemen));
  return r.waarde;
}

function tel(tabel: string): number {
  return db.prepare(`SELECT count(*) FROM ${tabel}`).pluck().get() as number;
}

/** A small second regio, different from the demo in every table. */
function kleineRegio(): RegioBestand {
  return geldig({
    formaat: 'zio-regio',
    versie: 3,
    regio: { naam: 'Kleine regio' },
    gemeenten: [
      { code: 'GM1', naam: 'Eerstedorp', inwoners0tot17: 1000, inRegio: true, centrumgemeente: true },
      { code: 'GM2', naam: 'Buitendorp', inwoners0tot17: 500, inRegio: false },
    ],
    samenwerkingsverbanden: [{ code: 'VO1', naam: 'SWV VO', type: 'vo' }],
    scholen: [{ code: 'X1', naam: 'VSO Klein', vestigingsgemeente: 'GM1', swv: 'VO1', sector: 'vso' }],
    leerlingen: [
      { school: 'X1', woongemeente: 'GM1', doelgroep: 'lb', aantal: 7 },
      { school: 'X1', woongemeente: 'GM2', doelgroep: 'lb', aantal: 2 },
      { school: 'X1', woongemeente: 'GM1', doelgroep: 'lz', aantal: 4 },
    ],
    zorgkantoor: { naam: 'Zorgkantoor Klein' },
    zorgverzekeraars: [{ naam: 'Enige verzekeraar', marktaandeel: 1 }],
  });
}

describe('voegRegioToe / leesRegio', () => {
  it('geeft de demoregio exact terug', () => {
    const demo = demoRegio();
    const id = voegRegioToe(db, demo);
    expect(id).toBe(1);
    expect(leesRegio(db, id)).toEqual(demo);
    // And the validated demo is the shipped file, so nothing got lost before storing either.
    expect(leesRegio(db, id)).toEqual({ ...demoJson, inventarisaties: demoJson.inventarisaties ?? [] });
  });

  it('bewaart meerdere regio’s naast elkaar in één project', () => {
    const demo = demoRegio();
    const klein = kleineRegio();
    const a = voegRegioToe(db, demo);
    const b = voegRegioToe(db, klein);
    const c = voegRegioToe(db, demo);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(leesRegio(db, a)).toEqual(demo);
    expect(leesRegio(db, b)).toEqual(klein);
    expect(leesRegio(db, c)).toEqual(demo);
  });

  it('lijstRegios geeft namen en leerlingaantallen', () => {
    expect(lijstRegios(db)).toEqual([]);
    voegRegioToe(db, demoRegio());
    voegRegioToe(db, kleineRegio());
    const lijst = lijstRegios(db);
    expect(lijst.map(({ id, naam, leerlingen }) => ({ id, naam, leerlingen }))).toEqual([
      { id: 1, naam: 'Demoregio (fictief)', leerlingen: 1560 },
      { id: 2, naam: 'Kleine regio', leerlingen: 13 },
    ]);
    for (const r of lijst) expect(Number.isNaN(Date.parse(r.gewijzigd))).toBe(false);
  });

  it('telt een regio zonder leerlingen als 0 leerlingen', () => {
    voegRegioToe(db, { ...kleineRegio(), leerlingen: [] });
    expect(lijstRegios(db)[0].leerlingen).toBe(0);
  });

  it('bewaart inventarisaties met en zonder eigen kaderverdeling', () => {
    const regio = geldig({
      ...demoJson,
      inventarisaties: [
        { school: 'S01', professional: 'gedragswetenschapper', fte: 1.25, kaders: { onderwijs: 0.5, jeugdwet: 0.3, zvw: 0.2 } },
        { school: 'S01', professional: 'jeugdarts', fte: 0.4 },
        { school: 'S03', professional: 'verpleegkundige', fte: 2, kaders: { wlz: 1 } },
      ],
    });
    const id = voegRegioToe(db, regio);
    const terug = leesRegio(db, id);
    expect(terug.inventarisaties).toEqual(regio.inventarisaties);
    expect(terug.inventarisaties[1]).not.toHaveProperty('kaders');
    expect(terug).toEqual(regio);
  });

  it('leesRegio van een onbekende regio geeft een Nederlandse gebruikersfout', () => {
    voegRegioToe(db, demoRegio());
    expect(() => leesRegio(db, 99)).toThrow(GebruikersFout);
    expect(() => leesRegio(db, 99)).toThrow('Regio 99 bestaat niet in dit project.');
  });
});

describe('voegRegioToe is één transactie', () => {
  it('laat bij leerlingen van een onbekende school geen halve regio achter', () => {
    voegRegioToe(db, demoRegio());
    const voor = Object.fromEntries(['regio', 'gemeente', 'swv', 'school', 'leerlingen', 'zorgverzekeraar', 'inventarisatie'].map((t) => [t, tel(t)]));

    // Bypasses validation: the object is built directly, as a bug elsewhere might.
    const kapot: RegioBestand = {
      ...demoRegio(),
      regio: { naam: 'Kapotte regio' },
      leerlingen: [...demoRegio().leerlingen, { school: 'ONBEKEND', woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 3 }],
    };
    expect(() => voegRegioToe(db, kapot)).toThrow(/FOREIGN KEY/);

    const na = Object.fromEntries(Object.keys(voor).map((t) => [t, tel(t)]));
    expect(na).toEqual(voor);
    expect(lijstRegios(db).map((r) => r.naam)).toEqual(['Demoregio (fictief)']);
  });

  it('laat bij een mislukte inventarisatie ook geen leerlingen achter', () => {
    const kapot: RegioBestand = {
      ...kleineRegio(),
      inventarisaties: [{ school: 'BESTAAT-NIET', professional: 'jeugdarts', fte: 1 }],
    };
    expect(() => voegRegioToe(db, kapot)).toThrow();
    expect(lijstRegios(db)).toEqual([]);
    expect(tel('leerlingen')).toBe(0);
    expect(tel('gemeente')).toBe(0);
    // The project is still usable afterwards.
    expect(voegRegioToe(db, kleineRegio())).toBeGreaterThan(0);
    expect(lijstRegios(db)).toHaveLength(1);
  });
});
