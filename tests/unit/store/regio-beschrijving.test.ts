/**
 * The table descriptors and SQLite: every described field has its column, a regio with every
 * versie 2 field makes the round trip JSON → store → JSON, and the new fields are edited through
 * the validated batch edits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoRegio } from '../../../core/services/demo-regio';
import { openProjectDb, type ProjectDb } from '../../../core/store/db';
import { bewerkRegio } from '../../../core/store/regio-bewerken';
import { leesRegio, voegRegioToe } from '../../../core/store/regio-repository';
import { GebruikersFout } from '../../../shared/api/fout';
import { GemeenteSchema, InventarisatieSchema, TlvSchema, LeerlingenCelSchema, RealisatieRijSchema, SchoolSchema, SwvSchema, ZorgverzekeraarSchema } from '../../../shared/regio/schema';
import { beschrijvingVan, TABEL_IDS } from '../../../shared/regio/tabellen';

let map: string;
let db: ProjectDb;
let id: number;

beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), 'zio-beschrijving-'));
  db = openProjectDb(join(map, 'p.zio'), { maakAan: true });
  id = voegRegioToe(db, demoRegio());
});

afterEach(() => {
  db.close();
  rmSync(map, { recursive: true, force: true });
});

const SCHEMAS = { gemeenten: GemeenteSchema, samenwerkingsverbanden: SwvSchema, scholen: SchoolSchema, leerlingen: LeerlingenCelSchema, zorgverzekeraars: ZorgverzekeraarSchema, inventarisaties: InventarisatieSchema, tlvs: TlvSchema, realisatie: RealisatieRijSchema };

describe('tabelbeschrijvingen', () => {
  it.each(TABEL_IDS)('%s: de velden van het schema zijn die van de beschrijving, en elk veld heeft zijn kolom in SQLite', (t) => {
    const b = beschrijvingVan(t);
    expect(Object.keys(SCHEMAS[t].shape)).toEqual(b.kolommen.map((k) => k.veld));
    const kolommen = (db.prepare(`PRAGMA table_info(${b.sqlTabel})`).all() as { name: string }[]).map((k) => k.name);
    expect(kolommen).toEqual(expect.arrayContaining(['regio_id', ...b.kolommen.map((k) => k.sql), ...(b.geordend ? ['volgorde'] : [])]));
    expect(kolommen.length).toBe(1 + b.kolommen.length + (b.geordend ? 1 : 0));
  });

  it('JSON → project → JSON: de demoregio met alle velden van versie 2 komt exact terug', () => {
    const demo = demoRegio();
    const terug = leesRegio(db, id);
    expect(terug).toStrictEqual(demo);
    expect(JSON.stringify(terug)).toBe(JSON.stringify(demo));
  });
});

describe('bewerken van de velden van versie 2', () => {
  it('een andere code van een samenwerkingsverband gaat mee in swvPo en swvVo van de gemeenten', () => {
    const demo = demoRegio();
    const swv = demo.samenwerkingsverbanden.find((s) => s.code === 'PO9902')!;
    const na = bewerkRegio(db, id, [{ soort: 'swv', code: 'PO9902', waarde: { ...swv, code: 'PO7777' } }]);
    expect(na.gemeenten.filter((g) => g.swvPo === 'PO7777').map((g) => g.code)).toEqual(demo.gemeenten.filter((g) => g.swvPo === 'PO9902').map((g) => g.code));
    expect(na.gemeenten.some((g) => g.swvPo === 'PO9902')).toBe(false);
  });

  it('een samenwerkingsverband waar gemeenten naar verwijzen kan niet weg; de melding noemt de gemeente', () => {
    const voor = leesRegio(db, id);
    const scholen = voor.scholen.filter((s) => s.swv === 'VO9902');
    let fout: unknown;
    try {
      bewerkRegio(db, id, [...scholen.map((s) => ({ soort: 'school' as const, code: s.code, waarde: { ...s, swv: 'VO9901' } })), { soort: 'swv', code: 'VO9902', waarde: null }]);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(GebruikersFout);
    expect((fout as GebruikersFout).problemen).toContainEqual({ pad: '$.gemeenten[1].swvVo', melding: 'onbekend samenwerkingsverband VO9902' });
    expect(leesRegio(db, id)).toEqual(voor);
  });

  it('een gemeente krijgt een vo-samenwerkingsverband bij swvPo: geweigerd, niets opgeslagen', () => {
    const voor = leesRegio(db, id);
    const g = voor.gemeenten[2];
    expect(() => bewerkRegio(db, id, [{ soort: 'gemeente', code: g.code, waarde: { ...g, swvPo: 'VO9901' } }])).toThrow(GebruikersFout);
    expect(leesRegio(db, id)).toEqual(voor);
  });

  it('swvPo en aandeel so weghalen laat het veld weg, niet leeg', () => {
    const voor = leesRegio(db, id);
    const { swvPo: _p, ...g } = voor.gemeenten[0];
    const s06 = voor.scholen.find((s) => s.code === 'S06')!;
    const { aandeelSo: _a, ...school } = s06;
    const na = bewerkRegio(db, id, [
      { soort: 'gemeente', code: g.code, waarde: g },
      { soort: 'school', code: school.code, waarde: school },
    ]);
    expect(na.gemeenten[0]).not.toHaveProperty('swvPo');
    expect(na.gemeenten[0].swvVo).toBe(voor.gemeenten[0].swvVo);
    expect(na.scholen.find((s) => s.code === 'S06')).not.toHaveProperty('aandeelSo');
  });

  it('leerlingen van een so-vso-school per sector: zetten, wijzigen en wissen raken alleen die sector', () => {
    const cel = { woongemeente: 'GM9902', doelgroep: 'emb' as const };
    const vanS03 = () => leesRegio(db, id).leerlingen.filter((l) => l.school === 'S03' && l.woongemeente === cel.woongemeente && l.doelgroep === cel.doelgroep);
    const zonder = vanS03();
    expect(zonder.every((l) => l.sector === undefined)).toBe(true);
    bewerkRegio(db, id, [{ soort: 'leerlingen', school: 'S03', cellen: [{ ...cel, aantal: 4, sector: 'so' }, { ...cel, aantal: 5, sector: 'vso' }] }]);
    expect(vanS03().map((l) => [l.sector ?? '', l.aantal])).toEqual([...zonder.map((l) => ['', l.aantal]), ['so', 4], ['vso', 5]]);
    bewerkRegio(db, id, [{ soort: 'leerlingen', school: 'S03', cellen: [{ ...cel, aantal: 0, sector: 'so' }, { ...cel, aantal: 6, sector: 'vso' }] }]);
    expect(vanS03().map((l) => [l.sector ?? '', l.aantal])).toEqual([...zonder.map((l) => ['', l.aantal]), ['vso', 6]]);
  });

  it('een sector die niet bij een so-school past wordt geweigerd met de plaats', () => {
    let fout: unknown;
    try {
      bewerkRegio(db, id, [{ soort: 'leerlingen', school: 'S01', cellen: [{ woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 2, sector: 'vso' }] }]);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(GebruikersFout);
    expect((fout as GebruikersFout).problemen).toEqual([{ pad: expect.stringMatching(/^\$\.leerlingen\[\d+\]\.sector$/), melding: 'school S01 heeft sector so; de sector van deze leerlingen moet so zijn of leeg blijven, maar is vso' }]);
  });
});

describe('realisatie en prijspeil (versie 3, migratie 7)', () => {
  const rijen = [
    { financier: 'gemeente:GM9902', kader: 'jeugdwet' as const, jaar: 2024, bedrag: 1000, school: 'S01', toelichting: 'jaarrekening' },
    { financier: 'gemeente:GM9902', kader: 'jeugdwet' as const, jaar: 2024, bedrag: 250 },
    { financier: 'zorgverzekeraar:Zorgverzekeraar Noord (fictief)', kader: 'zvw' as const, jaar: 2022, bedrag: -12.5 },
  ];

  it('komen via JSON → project → JSON exact terug; zonder realisatie en prijspeil staan ze niet in het bestand', () => {
    const regio = { ...demoRegio(), realisatie: rijen, prijspeil: { jaar: 2026, index: { '2024': 1.07, '2026': 1.15 } } };
    const id2 = voegRegioToe(db, regio);
    expect(leesRegio(db, id2)).toStrictEqual(regio);
    expect('realisatie' in leesRegio(db, id)).toBe(false);
    expect('prijspeil' in leesRegio(db, id)).toBe(false);
  });

  it('een regel toevoegen, wijzigen (op positie) en verwijderen; een nieuwe gemeentecode gaat mee', () => {
    bewerkRegio(db, id, [{ soort: 'prijspeil', prijspeil: { jaar: 2024, index: { '2024': 1.07 } } }]);
    for (const r of rijen) bewerkRegio(db, id, [{ soort: 'realisatie', regel: null, waarde: r }]);
    let na = bewerkRegio(db, id, [{ soort: 'realisatie', regel: 2, waarde: { ...rijen[1], bedrag: 300 } }]);
    expect(na.realisatie!.map((r) => r.bedrag)).toEqual([1000, 300, -12.5]);
    na = bewerkRegio(db, id, [{ soort: 'realisatie', regel: 1, waarde: null }]);
    expect(na.realisatie!.map((r) => r.bedrag)).toEqual([300, -12.5]);
    const g = na.gemeenten.find((x) => x.code === 'GM9902')!;
    na = bewerkRegio(db, id, [{ soort: 'gemeente', code: 'GM9902', waarde: { ...g, code: 'GM7777' } }]);
    expect(na.realisatie![0].financier).toBe('gemeente:GM7777');
    expect(na.prijspeil).toEqual({ jaar: 2024, index: { '2024': 1.07 } });
  });

  it('een regel met een jaar zonder indexfactor wordt niet opgeslagen', () => {
    const voor = leesRegio(db, id);
    expect(() => bewerkRegio(db, id, [{ soort: 'realisatie', regel: null, waarde: { ...rijen[1], jaar: 2023 } }])).toThrow(GebruikersFout);
    expect(leesRegio(db, id)).toEqual(voor);
  });
});
