import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakAfhandelaar } from '../../../core/services/afhandelaar';
import { DataMapOnbruikbaar, dataMapFout } from '../../../core/services/data-map';
import { demoRegio } from '../../../core/services/demo-regio';
import { ProjectSessie } from '../../../core/services/project-sessie';
import { ProjectInGebruik, slotPad } from '../../../core/services/project-slot';
import { openProjectDb, vertaalOpslagfout, type ProjectDb } from '../../../core/store/db';
import { leesRegio } from '../../../core/store/regio-repository';
import type { RegioStand } from '../../../shared/api/contract';
import type { Wijziging } from '../../../shared/regio/wijziging';
import type { RegioBestand } from '../../../shared/regio/schema';
import { gebruikersFout } from '../../hulp/sessie';

let map: string;
const sessies: ProjectSessie[] = [];
const verbindingen: ProjectDb[] = [];

beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), 'zio-schrijver-'));
});

afterEach(() => {
  for (const s of sessies.splice(0)) s.sluit();
  for (const db of verbindingen.splice(0)) db.close();
  rmSync(map, { recursive: true, force: true });
});

/** A session of one app with its own data folder, as the desktop app and the host each have. */
function sessie(app: string, data = `data-${sessies.length}`): ProjectSessie {
  const s = new ProjectSessie(join(map, data), demoRegio, { app });
  sessies.push(s);
  return s;
}

/** Another program writing the project file directly, past every lock. */
function andereSchrijver(pad: string): ProjectDb {
  const db = openProjectDb(pad);
  verbindingen.push(db);
  return db;
}

const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const gemeenteNaam = (regioId: number, code: string, naam: string): Wijziging[] => {
  const g = demoRegio().gemeenten.find((x) => x.code === code)!;
  return [{ soort: 'gemeente', code, waarde: { ...g, naam } }];
};
const G1 = demoRegio().gemeenten[0].code;
const G2 = demoRegio().gemeenten[1].code;

describe('één schrijver per project', () => {
  it('een tweede app op hetzelfde project wordt geweigerd met wie het open heeft, en kan een alleen-lezen kopie openen', () => {
    const desktop = sessie('de desktop-app');
    desktop.start();
    const pad = desktop.huidigPad()!;
    const regioId = desktop.info().regios[0].id;

    const host = sessie('de browser-host');
    const fout = gebruikersFout(() => host.open(pad));
    expect(fout).toBeInstanceOf(ProjectInGebruik);
    expect(fout.message).toMatch(new RegExp(`^Dit project is al geopend op deze computer \\(de desktop-app, proces ${process.pid}, sinds `));
    expect(fout.message).toContain(pad);
    expect(fout.message).toMatch(/alleen-lezen kopie/);
    expect(JSON.parse(readFileSync(slotPad(pad), 'utf8'))).toMatchObject({ pid: process.pid, computer: hostname(), app: 'de desktop-app' });

    host.openAlleenLezen(pad);
    expect(host.info()).toMatchObject({ naam: 'Demoregio', alleenLezen: `Alleen-lezen kopie van ${pad}` });
    expect(host.diensten.regioLezen({ regioId })).toEqual(demoRegio());
    const voor = hash(pad);
    const geweigerd = gebruikersFout(() => host.diensten.regioBewerken({ regioId, wijzigingen: gemeenteNaam(regioId, G1, 'Kopiedorp') }));
    expect(geweigerd.message).toMatch(/^Dit is een alleen-lezen kopie van .*Demoregio\.zio: de wijziging is niet opgeslagen/);
    expect(() => host.diensten.variantOpslaan({ regioId, id: null, naam: 'x', instellingen: {} })).toThrow(/alleen-lezen kopie/);
    expect(hash(pad)).toBe(voor);

    // The writer keeps working; every edit it acknowledged is in its file.
    const stand = desktop.diensten.regioBewerken({ regioId, wijzigingen: gemeenteNaam(regioId, G1, 'Schrijversdorp') }) as RegioStand;
    expect(stand.regio.gemeenten[0].naam).toBe('Schrijversdorp');
    desktop.sluit();
    expect(existsSync(slotPad(pad))).toBe(false);

    // Once the writer has closed it, the other app opens it for writing and sees that edit.
    host.open(pad);
    expect(host.info().alleenLezen).toBeUndefined();
    expect(host.regio(regioId).gemeenten[0].naam).toBe('Schrijversdorp');
  });

  it('bij het starten opent een app een project dat elders open is als alleen-lezen kopie en zegt dat', () => {
    const desktop = sessie('de desktop-app', 'gedeeld');
    desktop.start();
    const host = sessie('de browser-host', 'gedeeld');
    host.start();
    expect(host.info().alleenLezen).toContain(desktop.huidigPad()!);
    expect(host.opstartMelding).toMatch(/^Dit project is al geopend op deze computer \(de desktop-app.*Er is nu een alleen-lezen kopie geopend\.$/);
    // The shared settings still point at the project, not at the temporary copy.
    expect(host.instellingen.get().laatsteProject).toBe(desktop.huidigPad());
  });

  it('neemt het slot over van een app die niet meer draait, maar niet dat van een andere computer', () => {
    const s = sessie('de desktop-app');
    const pad = join(map, 'p.zio');
    s.nieuw(pad, { metDemo: true });
    s.sluit();
    const dood = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(slotPad(pad), JSON.stringify({ pid: Number(dood.stdout), computer: hostname(), app: 'de browser-host', sinds: new Date().toISOString(), sessie: 'oud' }));
    s.open(pad);
    expect(JSON.parse(readFileSync(slotPad(pad), 'utf8'))).toMatchObject({ pid: process.pid });
    s.sluit();

    writeFileSync(slotPad(pad), JSON.stringify({ pid: 1, computer: 'werkplek-17', app: 'de desktop-app', sinds: '2026-01-02T09:30:00Z', sessie: 'ander' }));
    const fout = gebruikersFout(() => s.open(pad));
    expect(fout.message).toMatch(/^Dit project is al geopend op computer werkplek-17 \(de desktop-app, sinds /);
    expect(fout.message).toContain(slotPad(pad));
    // Closing never removes a lock that is not its own.
    s.sluit();
    expect(existsSync(slotPad(pad))).toBe(true);
  });

  it('"Opslaan als" en "Nieuw" overschrijven geen project dat elders open is', () => {
    const a = sessie('de desktop-app');
    const b = sessie('de browser-host');
    const doel = join(map, 'doel.zio');
    a.nieuw(doel, { metDemo: false });
    const voor = hash(doel);
    b.nieuw(join(map, 'eigen.zio'), { metDemo: true });
    expect(() => b.opslaanAls(doel)).toThrow(ProjectInGebruik);
    expect(() => b.nieuw(doel, { metDemo: true })).toThrow(ProjectInGebruik);
    expect(hash(doel)).toBe(voor);
    expect(b.huidigPad()).toBe(join(map, 'eigen.zio'));
  });
});

describe('ongedaan maken naast een andere schrijver', () => {
  function opzet() {
    const s = sessie('de desktop-app');
    s.start();
    const regioId = s.info().regios[0].id;
    s.diensten.regioBewerken({ regioId, wijzigingen: gemeenteNaam(regioId, G1, 'Eigen wijziging') });
    return { s, regioId, ander: andereSchrijver(s.huidigPad()!) };
  }

  it('weigert ongedaan maken als de regio intussen elders is gewijzigd, en laat beide wijzigingen staan', () => {
    const { s, regioId, ander } = opzet();
    ander.prepare('UPDATE gemeente SET naam = ? WHERE regio_id = ? AND code = ?').run('Wijziging van de ander', regioId, G2);

    const fout = gebruikersFout(() => s.diensten.regioOngedaanMaken({ regioId }));
    expect(fout.message).toMatch(/^Ongedaan maken kan niet: de regio Demoregio \(fictief\) is intussen ook ergens anders gewijzigd/);
    const nu = leesRegio(ander, regioId);
    expect(nu.gemeenten.slice(0, 2).map((g) => g.naam)).toEqual(['Eigen wijziging', 'Wijziging van de ander']);
    // The cached regio shows the other writer's change too.
    expect((s.diensten.regioLezen({ regioId }) as typeof nu).gemeenten[1].naam).toBe('Wijziging van de ander');
    expect(s.diensten.regioStand({ regioId })).toMatchObject({ kanOngedaanMaken: false });
  });

  it('maakt ongedaan als de ander alleen een andere regio wijzigde', () => {
    const { s, regioId, ander } = opzet();
    ander.prepare('INSERT INTO regio (naam, zorgkantoor, aangemaakt, gewijzigd) VALUES (?, ?, ?, ?)').run('Andere regio', 'Zk', '2026', '2026');
    const stand = s.diensten.regioOngedaanMaken({ regioId }) as RegioStand;
    expect(stand.regio).toEqual(demoRegio());
    expect(s.info().regios.map((r) => r.naam)).toEqual(['Demoregio (fictief)', 'Andere regio']);
  });

  it('een bezet project geeft een Nederlandse melding, geen "Er ging iets mis", en verliest niets', async () => {
    const { s, regioId, ander } = opzet();
    ander.exec('BEGIN IMMEDIATE');
    const afhandelaar = maakAfhandelaar(s.diensten, { fout: () => {}, locatie: 'test' });
    const a = await afhandelaar('regioBewerken', { regioId, wijzigingen: gemeenteNaam(regioId, G2, 'Te laat') });
    ander.exec('ROLLBACK');
    expect(a).toMatchObject({ ok: false, fout: { soort: 'gebruiker', melding: expect.stringMatching(/^Het open project is even bezet door een ander programma/) } });
    expect(leesRegio(ander, regioId).gemeenten.slice(0, 2).map((g) => g.naam)).toEqual(['Eigen wijziging', demoRegio().gemeenten[1].naam]);
    // A refused edit is no undo step: undo still undoes the own edit.
    expect((s.diensten.regioOngedaanMaken({ regioId }) as RegioStand).regio).toEqual(demoRegio());
  }, 10_000);

  it('vertaalt elke bezet-code van SQLite', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED']) {
      const e = Object.assign(new Error('database is locked'), { code });
      expect(vertaalOpslagfout(e, 'Het open project').message, code).toMatch(/^Het open project is even bezet/);
    }
  });
});

describe('het .zio-bestand alleen', () => {
  it('bevat na elke bevestigde wijziging alles, ook gekopieerd terwijl de app nog draait', () => {
    const s = sessie('de desktop-app');
    s.start();
    const regioId = s.info().regios[0].id;
    s.diensten.regioBewerken({ regioId, wijzigingen: gemeenteNaam(regioId, G1, 'Bewaardorp') });
    s.diensten.normAanpassen({ regioId, aanpassing: { parameter: 'tarief', professional: s.huidigeNormenset().professionals[0].id, waarde: 123, toelichting: 'test' } });
    const pad = s.huidigPad()!;
    expect(readdirSync(join(map, 'data-0', 'projecten'))).toEqual(['Demoregio.zio', 'Demoregio.zio.lock']);

    const kopie = join(map, 'gemaild.zio');
    copyFileSync(pad, kopie);
    const db = andereSchrijver(kopie);
    expect(leesRegio(db, regioId).gemeenten[0].naam).toBe('Bewaardorp');
    expect(db.prepare('SELECT waarde FROM norm_aanpassing').all()).toEqual([{ waarde: 123 }]);
  });

  // A host killed with kill -9 between edits: the acknowledged edits are in the .zio alone, and its
  // lock, left behind by a process that no longer runs, does not keep the project closed.
  it('verliest na kill -9 geen bevestigde wijziging en het achtergebleven slot houdt niemand buiten', async () => {
    const data = join(map, 'data-kill');
    const stap = (r: RegioBestand) => Number(/^Stap (\d+)$/.exec(r.gemeenten[0].naam)?.[1]);
    const script = `
      import { ProjectSessie } from './core/services/project-sessie.ts';
      import { demoRegio } from './core/services/demo-regio.ts';
      const s = new ProjectSessie(${JSON.stringify(data)}, demoRegio, { app: 'de browser-host' });
      s.start();
      const regioId = s.info().regios[0].id;
      const g = demoRegio().gemeenten[0];
      for (let i = 1; ; i++) {
        s.diensten.regioBewerken({ regioId, wijzigingen: [{ soort: 'gemeente', code: g.code, waarde: { ...g, naam: 'Stap ' + i } }] });
        process.stdout.write(i + '\\n');
      }`;
    const kind = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    let bevestigd = 0;
    await new Promise<void>((ok) =>
      kind.stdout.on('data', (d: Buffer) => {
        bevestigd = Math.max(bevestigd, ...d.toString().trim().split('\n').map(Number));
        if (bevestigd >= 20) ok();
      }),
    );
    kind.kill('SIGKILL');
    await new Promise((ok) => kind.once('exit', ok));
    const pad = join(data, 'projecten', 'Demoregio.zio');
    expect(existsSync(slotPad(pad))).toBe(true);

    const kopie = join(map, 'alleen.zio');
    copyFileSync(pad, kopie);
    const db = andereSchrijver(kopie);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(stap(leesRegio(db, 1))).toBeGreaterThanOrEqual(bevestigd);

    const volgende = sessie('de desktop-app', 'data-kill');
    volgende.start();
    expect(volgende.info().alleenLezen).toBeUndefined();
    expect(stap(volgende.regio(1))).toBeGreaterThanOrEqual(bevestigd);
  }, 30_000);
});

describe('instellingen en de gegevensmap', () => {
  it('wisselt pas en bewaart de instellingen daarna; lukt dat niet, dan blijft het project open met een Nederlandse melding', () => {
    const s = sessie('de desktop-app');
    s.start();
    const voor = s.instellingen.get();
    const ander = join(map, 'ander.zio');
    s.nieuw(ander, { metDemo: false });
    s.open(voor.laatsteProject!);
    const instellingen = s.instellingen.get();
    // The settings file can no longer be replaced (a folder in its place: even root cannot).
    const bestand = join(map, 'data-0', 'instellingen.json');
    rmSync(bestand);
    mkdirSync(join(bestand, 'blokkade'), { recursive: true });

    s.open(ander);
    expect(s.huidigPad()).toBe(ander);
    expect(s.info().regios).toEqual([]);
    expect(s.instellingenMelding).toMatch(/^Het project is geopend, maar de lijst met recente projecten kon niet worden bewaard/);
    // In memory as on disk: the old list.
    expect(s.instellingen.get()).toEqual(instellingen);
    expect(readdirSync(join(map, 'data-0')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('start op een onbruikbare gegevensmap met een Nederlandse melding die de map noemt', () => {
    writeFileSync(join(map, 'bestand'), 'geen map');
    const dataMap = join(map, 'bestand', 'data');
    const s = new ProjectSessie(dataMap, demoRegio);
    sessies.push(s);
    const fout = gebruikersFout(() => s.start());
    expect(fout).toBeInstanceOf(DataMapOnbruikbaar);
    expect(fout.message).toContain(dataMap);
    expect(fout.message).toMatch(/Kies een andere map/);
  });

  it('vertaalt een alleen-lezen en een volle gegevensmap', () => {
    const fout = (code: string) => dataMapFout(Object.assign(new Error(`${code}: read-only file system, mkdir`), { code }), '/gegevens');
    for (const code of ['EROFS', 'EACCES', 'EPERM']) {
      expect(fout(code)).toBeInstanceOf(DataMapOnbruikbaar);
      expect(fout(code).message).toBe('De gegevensmap /gegevens is alleen-lezen of niet bereikbaar: ZiO kan daar geen projecten en instellingen bewaren. Kies een andere map.');
    }
    expect(fout('ENOSPC').message).toMatch(/^De schijf van de gegevensmap \/gegevens is vol/);
    expect(fout('EBADF')).not.toBeInstanceOf(DataMapOnbruikbaar);
  });
});
