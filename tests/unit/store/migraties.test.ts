import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, maakProjectBestand, migreer, openProjectDb, type ProjectDb } from '../../../core/store/db';
import { MIGRATIES, SCHEMA_VERSIE, type Migratie } from '../../../core/store/migrations';
import { bewerkRegio } from '../../../core/store/regio-bewerken';
import { leesRegio, voegRegioToe } from '../../../core/store/regio-repository';
import { REGIO_VERSIE, type RegioBestand } from '../../../shared/regio/schema';
import { demoRegio } from '../../../core/services/demo-regio';
import { GebruikersFout } from '../../../shared/api/fout';

const TABELLEN = ['gemeente', 'inventarisatie', 'leerlingen', 'norm_aanpassing', 'ontwerpsessie', 'project_meta', 'realisatie', 'regio', 'school', 'swv', 'tlv', 'variant', 'zorgverzekeraar'];

let map: string;
const open: ProjectDb[] = [];

beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), 'zio-migraties-'));
});

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  rmSync(map, { recursive: true, force: true });
});

function pad(naam: string): string {
  return join(map, naam);
}

function houdBij<T extends ProjectDb>(db: T): T {
  open.push(db);
  return db;
}

function hash(bestand: string): string {
  return createHash('sha256').update(readFileSync(bestand)).digest('hex');
}

function tabellen(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
}

/** A healthy project file with the demo regio, closed, with its WAL checkpointed into the file. */
function demoProject(naam = 'demo.zio'): string {
  const p = pad(naam);
  maakProjectBestand(p, (db) => {
    voegRegioToe(db, demoRegio());
  });
  return p;
}

/** Asserts that opening `bestand` is refused with a Dutch GebruikersFout and leaves it byte-identical. */
function verwachtGeweigerd(bestand: string, melding: RegExp): GebruikersFout {
  const voor = existsSync(bestand) ? hash(bestand) : null;
  let fout: unknown;
  try {
    houdBij(openProjectDb(bestand));
  } catch (e) {
    fout = e;
  }
  expect(fout, 'het bestand had geweigerd moeten worden').toBeInstanceOf(GebruikersFout);
  expect((fout as Error).message).toMatch(melding);
  // Dutch, not a raw SQLite message.
  expect((fout as Error).message).not.toMatch(/SQLITE_|malformed|file is not a database|no such/i);
  if (voor === null) expect(existsSync(bestand)).toBe(false);
  else expect(hash(bestand)).toBe(voor);
  return fout as GebruikersFout;
}

describe('een nieuw projectbestand', () => {
  it('krijgt alle migraties, user_version = SCHEMA_VERSIE en het application_id', () => {
    const db = houdBij(openProjectDb(pad('nieuw.zio'), { maakAan: true }));
    expect(SCHEMA_VERSIE).toBe(MIGRATIES.at(-1)!.versie);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSIE);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(tabellen(db)).toEqual(TABELLEN);
  });

  it('heeft alleen STRICT tabellen: tekst in een INTEGER-kolom wordt geweigerd', () => {
    const db = houdBij(openProjectDb(pad('strict.zio'), { maakAan: true }));
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string; strict: number }>;
    expect(strict.map((t) => t.name).sort()).toEqual(TABELLEN);
    for (const t of strict) expect(t.strict, t.name).toBe(1);

    db.prepare("INSERT INTO regio (naam, zorgkantoor, aangemaakt, gewijzigd) VALUES ('R', 'Z', 'nu', 'nu')").run();
    // In a non-STRICT table 'veel' would be stored as TEXT and pass CHECK (inwoners_0_17 >= 0).
    expect(() =>
      db.prepare("INSERT INTO gemeente (regio_id, code, naam, inwoners_0_17, in_regio, volgorde) VALUES (1, 'GM1', 'A', 'veel', 1, 0)").run(),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_DATATYPE' }));
    expect(db.prepare('SELECT count(*) AS n FROM gemeente').get()).toEqual({ n: 0 });
  });

  it('dwingt foreign keys af: leerlingen van een onbekende school worden geweigerd', () => {
    const db = houdBij(openProjectDb(pad('fk.zio'), { maakAan: true }));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.prepare("INSERT INTO regio (naam, zorgkantoor, aangemaakt, gewijzigd) VALUES ('R', 'Z', 'nu', 'nu')").run();
    db.prepare("INSERT INTO gemeente (regio_id, code, naam, inwoners_0_17, in_regio, volgorde) VALUES (1, 'GM1', 'A', 10, 1, 0)").run();
    expect(() =>
      db.prepare("INSERT INTO leerlingen (regio_id, school, woongemeente, doelgroep, aantal) VALUES (1, 'ONBEKEND', 'GM1', 'gedrag', 3)").run(),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
    expect(db.prepare('SELECT count(*) AS n FROM leerlingen').get()).toEqual({ n: 0 });
  });

  it('schrijft elke wijziging meteen in het bestand zelf (rollback-journal, geen WAL)', () => {
    const db = houdBij(openProjectDb(pad('journal.zio'), { maakAan: true }));
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
  });

  it('wordt zonder maakAan niet aangemaakt', () => {
    verwachtGeweigerd(pad('bestaat-niet.zio'), /bestaat niet/);
    expect(readdirSync(map)).toEqual([]);
  });
});

describe('migreer', () => {
  const logMigraties: Migratie[] = [
    { versie: 1, naam: 'log', sql: 'CREATE TABLE log (versie INTEGER NOT NULL) STRICT; INSERT INTO log VALUES (1);' },
    { versie: 2, naam: 'twee', sql: 'INSERT INTO log VALUES (2);' },
    // Depends on the table created by migration 1: only works when run after it.
    { versie: 3, naam: 'drie', sql: 'ALTER TABLE log ADD COLUMN opmerking TEXT; INSERT INTO log VALUES (3, (SELECT group_concat(versie) FROM log));' },
  ];

  it('voert de migraties in volgorde uit en zet user_version op de laatste', () => {
    const db = houdBij(new Database(':memory:'));
    migreer(db, logMigraties);
    expect(db.prepare('SELECT versie, opmerking FROM log ORDER BY rowid').all()).toEqual([
      { versie: 1, opmerking: null },
      { versie: 2, opmerking: null },
      { versie: 3, opmerking: '1,2' },
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  it('voert alleen de migraties uit die nieuwer zijn dan het bestand', () => {
    const db = houdBij(new Database(':memory:'));
    migreer(db, logMigraties.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    migreer(db, logMigraties);
    expect(db.prepare('SELECT versie FROM log ORDER BY rowid').pluck().all()).toEqual([1, 2, 3]);
  });

  it('draait bij een mislukte migratie alles terug: geen tabel van de eerste, user_version ongewijzigd', () => {
    const kapot: Migratie[] = [
      { versie: 1, naam: 'eerste', sql: 'CREATE TABLE eerste (x INTEGER) STRICT;' },
      { versie: 2, naam: 'kapot', sql: 'CREATE TABEL tweede (x INTEGER);' },
    ];
    const db = houdBij(new Database(':memory:'));
    expect(() => migreer(db, kapot)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    expect(tabellen(db)).toEqual([]);
  });

  it('laat een projectbestand op de vorige versie staan als een nieuwe migratie mislukt', () => {
    const p = pad('half.zio');
    houdBij(openProjectDb(p, { maakAan: true, migraties: logMigraties.slice(0, 1) })).close();
    const kapot: Migratie[] = [
      logMigraties[0],
      { versie: 2, naam: 'tabel', sql: 'CREATE TABLE tweede (x INTEGER) STRICT;' },
      { versie: 3, naam: 'kapot', sql: 'INSERT INTO bestaat_niet VALUES (1);' },
    ];
    expect(() => openProjectDb(p, { migraties: kapot })).toThrow();
    const ruw = houdBij(new Database(p, { readonly: true }));
    expect(ruw.pragma('user_version', { simple: true })).toBe(1);
    expect(tabellen(ruw)).toEqual(['log']);
    expect(ruw.prepare('SELECT versie FROM log').pluck().all()).toEqual([1]);
  });

  it('rolt ook bij openProjectDb een nieuw bestand volledig terug', () => {
    const p = pad('kapot.zio');
    const kapot: Migratie[] = [
      { versie: 1, naam: 'eerste', sql: 'CREATE TABLE eerste (x INTEGER) STRICT;' },
      { versie: 2, naam: 'kapot', sql: 'CREATE TABEL tweede (x INTEGER);' },
    ];
    expect(() => openProjectDb(p, { maakAan: true, migraties: kapot })).toThrow();
    const ruw = houdBij(new Database(p, { readonly: true }));
    expect(ruw.pragma('user_version', { simple: true })).toBe(0);
    expect(tabellen(ruw)).toEqual([]);
  });

  it('voert bij heropenen niets twee keer uit', () => {
    const p = pad('twee-keer.zio');
    houdBij(openProjectDb(p, { maakAan: true, migraties: logMigraties })).close();
    // Migration 1 is a plain CREATE TABLE: running it again would throw.
    const db = houdBij(openProjectDb(p, { migraties: logMigraties }));
    expect(db.prepare('SELECT versie FROM log ORDER BY rowid').pluck().all()).toEqual([1, 2, 3]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('heropent een echt project zonder migraties opnieuw te draaien en zonder gegevens te verliezen', () => {
    const p = demoProject();
    for (let i = 0; i < 2; i++) {
      const db = openProjectDb(p);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSIE);
      expect(db.prepare('SELECT sum(aantal) FROM leerlingen').pluck().get()).toBe(1560);
      expect(db.prepare("SELECT count(*) FROM project_meta WHERE sleutel = 'aangemaakt'").pluck().get()).toBe(1);
      db.close();
    }
  });

  it('weigert met migreer() een database met een nieuwere versie', () => {
    const db = houdBij(new Database(':memory:'));
    db.pragma('user_version = 99');
    expect(() => migreer(db, MIGRATIES)).toThrow(GebruikersFout);
    expect(() => migreer(db, MIGRATIES)).toThrow(/nieuwere versie/);
    expect(tabellen(db)).toEqual([]);
  });
});

describe('openProjectDb weigert bestanden en laat ze ongemoeid', () => {
  it('een project van een nieuwere versie van de app', () => {
    const p = demoProject();
    const ruw = new Database(p);
    ruw.pragma(`user_version = ${SCHEMA_VERSIE + 1}`);
    ruw.pragma('journal_mode = DELETE');
    ruw.close();
    const fout = verwachtGeweigerd(p, /nieuwere versie/);
    expect(fout.message).toMatch(/Werk de app bij/);
    expect(readdirSync(map)).toEqual(['demo.zio']);
  });

  it('een tekstbestand', () => {
    const p = pad('notities.zio');
    writeFileSync(p, 'Dit is geen project, maar een boodschappenlijst.\n');
    verwachtGeweigerd(p, /geen ZiO-project/);
  });

  it('een PNG-afbeelding', () => {
    const p = pad('plaatje.zio');
    writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]));
    verwachtGeweigerd(p, /geen ZiO-project/);
  });

  it('een bestand korter dan de SQLite-kop', () => {
    const p = pad('kort.zio');
    writeFileSync(p, 'SQLite');
    verwachtGeweigerd(p, /geen ZiO-project/);
  });

  it('een ontbrekend bestand en een lege bestandsnaam', () => {
    verwachtGeweigerd(pad('weg.zio'), /bestaat niet/);
    verwachtGeweigerd('', /bestaat niet/);
    expect(readdirSync(map)).toEqual([]);
  });

  it('een map in plaats van een bestand', () => {
    const sub = mkdtempSync(join(map, 'sub-'));
    expect(() => openProjectDb(sub)).toThrow(GebruikersFout);
    expect(statSync(sub).isDirectory()).toBe(true);
  });

  it('een SQLite-database van een ander programma', () => {
    const p = pad('ander.sqlite');
    const ander = new Database(p);
    ander.exec("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT); INSERT INTO klanten (naam) VALUES ('Jansen');");
    ander.close();
    verwachtGeweigerd(p, /ander programma/);
    expect(readdirSync(map)).toEqual(['ander.sqlite']);
  });

  it('een afgekapt projectbestand', () => {
    const heel = demoProject();
    for (const lengte of [100, 4096, 3 * 4096, statSync(heel).size / 2]) {
      const p = pad(`afgekapt-${lengte}.zio`);
      copyFileSync(heel, p);
      truncateSync(p, lengte);
      verwachtGeweigerd(p, /beschadigd|geen ZiO-project/);
    }
  });

  it('een projectbestand met een beschadigde pagina', () => {
    const p = demoProject();
    const bytes = readFileSync(p);
    bytes.fill(0xff, 2 * 4096, 2 * 4096 + 200);
    writeFileSync(p, bytes);
    verwachtGeweigerd(p, /beschadigd/);
  });

  // BUG (core/store/db.ts, vertaalSqliteFout/openProjectDb): a project whose header field
  // "schema format number" (byte 47) is damaged makes better-sqlite3 throw a plain
  // SqliteError { code: 'SQLITE_ERROR', message: 'unsupported file format' }, which is passed
  // through untranslated instead of becoming a Dutch GebruikersFout. (The file is left intact.)
  it('een project met een beschadigd schema-formaat in de kop (byte 47)', () => {
    const p = demoProject();
    const bytes = readFileSync(p);
    bytes[47] = 5;
    writeFileSync(p, bytes);
    verwachtGeweigerd(p, /beschadigd|geen ZiO-project/);
  });

  // BUG (core/store/db.ts, openProjectDb/migreer): a damaged user_version (bytes 60-63 of the
  // header, here set to 0) on a file that already has the ZiO tables and application_id makes
  // migreer() re-run migration 1, which fails with a plain SqliteError "table project_meta already
  // exists" instead of a Dutch GebruikersFout. The same happens for a negative user_version
  // (byte 60 = 0xff), which weigerNieuwereVersie does not catch either.
  it('een project met een beschadigde user_version in de kop', () => {
    const p = demoProject();
    const bytes = readFileSync(p);
    bytes.writeInt32BE(0, 60);
    writeFileSync(p, bytes);
    verwachtGeweigerd(p, /beschadigd|geen ZiO-project/);
  });

  // BUG (core/store/db.ts:79, `kop.length > 0 &&`): an existing, empty (0-byte) file is not
  // refused as "geen ZiO-project" but silently turned into an empty ZiO project (it grows to a
  // 4 KB SQLite file with all tables), although openProjectDb promises to refuse anything that is
  // not a healthy ZiO project and never to modify a file it is only asked to open (no maakAan).
  it('een leeg (0 bytes) bestand dat alleen geopend wordt', () => {
    const p = pad('leeg.zio');
    writeFileSync(p, '');
    verwachtGeweigerd(p, /geen ZiO-project|leeg/);
  });
});

describe('maakProjectBestand', () => {
  it('laat geen half bestand en geen tijdelijke bestanden achter als vullen mislukt', () => {
    const doel = pad('mislukt.zio');
    expect(() =>
      maakProjectBestand(doel, () => {
        throw new Error('vullen mislukt');
      }),
    ).toThrow('vullen mislukt');
    expect(readdirSync(map)).toEqual([]);
  });

  it('maakt een gezond project dat meteen weer te openen is', () => {
    const p = demoProject('gezond.zio');
    expect(readdirSync(map)).toEqual(['gezond.zio']);
    const db = houdBij(openProjectDb(p));
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.prepare('SELECT naam FROM regio').pluck().all()).toEqual(['Demoregio (fictief)']);
  });
});

describe('bijwerken van een bestaand project', () => {
  it('een project van schema 1 krijgt bij openen de varianten-tabel en houdt zijn regio', () => {
    const p = pad('oud.zio');
    const oud = openProjectDb(p, { maakAan: true, migraties: MIGRATIES.slice(0, 1) });
    const { id, regio } = schrijfVersie1Regio(oud);
    expect(oud.pragma('user_version', { simple: true })).toBe(1);
    oud.close();

    const nieuw = houdBij(openProjectDb(p));
    expect(nieuw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSIE);
    expect(SCHEMA_VERSIE).toBeGreaterThanOrEqual(2);
    nieuw.prepare("INSERT INTO variant (regio_id, naam, instellingen, gewijzigd) VALUES (?, 'V', '{}', 'nu')").run(id);
    expect(nieuw.prepare('SELECT count(*) AS n FROM leerlingen').get()).toEqual({ n: regio.leerlingen.length });
  });

  it('schema 5 (regio-bestand versie 2): een regio van schema 4 komt ongewijzigd terug, zonder de nieuwe velden, en krijgt ze daarna', () => {
    const p = pad('schema4.zio');
    const oud = openProjectDb(p, { maakAan: true, migraties: MIGRATIES.slice(0, 4) });
    const { id, regio } = schrijfVersie1Regio(oud);
    oud.close();

    const db = houdBij(openProjectDb(p));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSIE);
    const terug = leesRegio(db, id);
    expect(terug).toEqual({ ...regio, versie: REGIO_VERSIE, tlvs: [] });
    expect(terug.gemeenten[0]).not.toHaveProperty('swvPo');
    expect(terug.scholen.find((s) => s.sector === 'so-vso')).not.toHaveProperty('aandeelSo');
    expect(terug.leerlingen.some((l) => 'sector' in l)).toBe(false);

    // The new columns are there: an so-vso school's cel can now be split by sector.
    const school = regio.scholen.find((s) => s.sector === 'so-vso')!;
    const cel = regio.leerlingen.find((l) => l.school === school.code)!;
    const na = bewerkRegio(db, id, [
      { soort: 'gemeente', code: regio.gemeenten[0].code, waarde: { ...regio.gemeenten[0], swvPo: 'PO9901', swvVo: 'VO9901' } },
      { soort: 'school', code: school.code, waarde: { ...school, aandeelSo: 0.5 } },
      { soort: 'leerlingen', school: school.code, cellen: [{ woongemeente: cel.woongemeente, doelgroep: cel.doelgroep, aantal: 3, sector: 'so' }] },
    ]);
    expect(na.gemeenten[0]).toMatchObject({ swvPo: 'PO9901', swvVo: 'VO9901' });
    expect(na.scholen.find((s) => s.code === school.code)!.aandeelSo).toBe(0.5);
    const cellen = na.leerlingen.filter((l) => l.school === school.code && l.woongemeente === cel.woongemeente && l.doelgroep === cel.doelgroep);
    expect(cellen).toEqual([{ ...cel }, { ...cel, aantal: 3, sector: 'so' }]);
  });
});

/**
 * Writes the demo regio as versie 1 (no swvPo/swvVo, aandeelSo or sector; cells split by sector
 * added up) with the SQL of schema 1, as an older app did.
 */
function schrijfVersie1Regio(db: ProjectDb): { id: number; regio: RegioBestand } {
  const demo = demoRegio();
  const cellen = new Map<string, RegioBestand['leerlingen'][number]>();
  for (const { sector: _s, ...l } of demo.leerlingen) {
    const k = `${l.school}|${l.woongemeente}|${l.doelgroep}`;
    const eerder = cellen.get(k);
    cellen.set(k, eerder ? { ...eerder, aantal: eerder.aantal + l.aantal } : l);
  }
  const regio: RegioBestand = {
    ...demo,
    versie: 1,
    gemeenten: demo.gemeenten.map(({ swvPo: _p, swvVo: _v, ...g }) => g),
    scholen: demo.scholen.map(({ aandeelSo: _a, ...s }) => s),
    leerlingen: [...cellen.values()],
  };
  const id = Number(db.prepare("INSERT INTO regio (naam, zorgkantoor, aangemaakt, gewijzigd) VALUES (?, ?, 'nu', 'nu')").run(regio.regio.naam, regio.zorgkantoor.naam).lastInsertRowid);
  regio.gemeenten.forEach((g, i) =>
    db.prepare('INSERT INTO gemeente (regio_id, code, naam, inwoners_0_17, in_regio, centrumgemeente, volgorde) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, g.code, g.naam, g.inwoners0tot17, g.inRegio ? 1 : 0, g.centrumgemeente ? 1 : 0, i),
  );
  regio.samenwerkingsverbanden.forEach((s, i) => db.prepare('INSERT INTO swv (regio_id, code, naam, type, volgorde) VALUES (?, ?, ?, ?, ?)').run(id, s.code, s.naam, s.type, i));
  regio.scholen.forEach((s, i) =>
    db.prepare('INSERT INTO school (regio_id, code, naam, vestigingsgemeente, swv, sector, volgorde) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, s.code, s.naam, s.vestigingsgemeente, s.swv, s.sector, i),
  );
  for (const l of regio.leerlingen) db.prepare('INSERT INTO leerlingen (regio_id, school, woongemeente, doelgroep, aantal) VALUES (?, ?, ?, ?, ?)').run(id, l.school, l.woongemeente, l.doelgroep, l.aantal);
  regio.zorgverzekeraars.forEach((z, i) => db.prepare('INSERT INTO zorgverzekeraar (regio_id, naam, marktaandeel, volgorde) VALUES (?, ?, ?, ?)').run(id, z.naam, z.marktaandeel, i));
  return { id, regio };
}
