import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../../core/store/db';
import { leesRegio } from '../../../core/store/regio-repository';
import { schrijfAtomisch } from '../../../core/services/atomisch';
import { PRODUCT_NAAM, standaardDataMap } from '../../../core/services/data-map';
import { demoRegio } from '../../../core/services/demo-regio';
import { InstellingenOpslag } from '../../../core/services/instellingen';
import { ProjectSessie } from '../../../core/services/project-sessie';
import { GebruikersFout } from '../../../shared/api/fout';
import type { BehoefteWeergave } from '../../../shared/engine/behoefte-weergave';
import type { BehoefteSchool } from '../../../shared/engine/behoefte';

let map: string;
let dataMap: string;
const sessies: ProjectSessie[] = [];

beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), 'zio-sessie-'));
  dataMap = join(map, 'data');
});

afterEach(() => {
  for (const s of sessies.splice(0)) s.sluit();
  rmSync(map, { recursive: true, force: true });
});

function sessie(): ProjectSessie {
  const s = new ProjectSessie(dataMap, demoRegio);
  sessies.push(s);
  return s;
}

function hash(bestand: string): string {
  return createHash('sha256').update(readFileSync(bestand)).digest('hex');
}

const demoPad = () => join(dataMap, 'projecten', 'Demoregio.zio');

/** Every file below `dir`, recursively, relative to it. */
function alleBestanden(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

describe('start', () => {
  it('maakt bij de eerste start een demoproject in de datamap en onthoudt het', () => {
    const s = sessie();
    s.start();
    expect(s.huidigPad()).toBe(demoPad());
    expect(existsSync(demoPad())).toBe(true);
    expect(s.opstartMelding).toBeNull();
    const info = s.info();
    expect(info.naam).toBe('Demoregio');
    expect(info.regios.map((r) => [r.naam, r.leerlingen])).toEqual([['Demoregio (fictief)', 1560]]);
    expect(s.diensten.regioLezen({ regioId: info.regios[0].id })).toEqual(demoRegio());
    expect(s.instellingen.get()).toEqual({ laatsteProject: demoPad(), recent: [demoPad()] });
    // Also on disk, for the next start.
    expect(new InstellingenOpslag(dataMap).get().laatsteProject).toBe(demoPad());
  });

  it('heropent bij een tweede start hetzelfde project, zonder de demo opnieuw toe te voegen', () => {
    const eerste = sessie();
    eerste.start();
    eerste.sluit();
    const tweede = sessie();
    tweede.start();
    expect(tweede.huidigPad()).toBe(demoPad());
    expect(tweede.info().regios).toHaveLength(1);
    expect(readdirSync(join(dataMap, 'projecten')).filter((f) => f.endsWith('.zio'))).toEqual(['Demoregio.zio']);
  });

  it('heropent het laatst gebruikte eigen project', () => {
    const eerste = sessie();
    eerste.start();
    const eigen = join(map, 'eigen.zio');
    eerste.nieuw(eigen, { metDemo: false });
    eerste.sluit();
    const tweede = sessie();
    tweede.start();
    expect(tweede.huidigPad()).toBe(eigen);
    expect(tweede.info().regios).toEqual([]);
    expect(tweede.opstartMelding).toBeNull();
  });

  it('opent de demo als het laatste project verwijderd is', () => {
    const eerste = sessie();
    eerste.start();
    const eigen = join(map, 'eigen.zio');
    eerste.nieuw(eigen, { metDemo: false });
    eerste.sluit();
    for (const f of readdirSync(map)) if (f.startsWith('eigen.zio')) rmSync(join(map, f));
    const tweede = sessie();
    tweede.start();
    expect(tweede.huidigPad()).toBe(demoPad());
    expect(tweede.info().regios[0].leerlingen).toBe(1560);
  });

  it('maakt de demo opnieuw aan als ook die er niet meer is', () => {
    const eerste = sessie();
    const eigen = join(map, 'eigen.zio');
    eerste.nieuw(eigen, { metDemo: false });
    eerste.sluit();
    rmSync(eigen);
    expect(existsSync(demoPad())).toBe(false);
    const tweede = sessie();
    tweede.start();
    expect(tweede.huidigPad()).toBe(demoPad());
    expect(tweede.info().regios.map((r) => r.leerlingen)).toEqual([1560]);
  });

  it('opent bij een beschadigd laatste project de demo, meldt dat in het Nederlands en laat het bestand ongemoeid', () => {
    const eerste = sessie();
    eerste.start();
    const eigen = join(map, 'eigen.zio');
    eerste.nieuw(eigen, { metDemo: true });
    eerste.sluit();
    writeFileSync(eigen, 'dit was ooit een project');
    const voor = hash(eigen);

    const tweede = sessie();
    tweede.start();
    expect(tweede.huidigPad()).toBe(demoPad());
    expect(tweede.opstartMelding).toMatch(/kon niet worden geopend/);
    expect(tweede.opstartMelding).toMatch(/demoproject is geopend/);
    expect(tweede.opstartMelding).toContain(eigen);
    expect(hash(eigen)).toBe(voor);
    expect(tweede.instellingen.get().laatsteProject).toBe(demoPad());
  });

  it('maakt een nieuwe demo naast een beschadigde Demoregio.zio en laat die ongemoeid', () => {
    const eerste = sessie();
    eerste.start();
    eerste.sluit();
    for (const f of readdirSync(join(dataMap, 'projecten'))) if (f !== 'Demoregio.zio') rmSync(join(dataMap, 'projecten', f));
    writeFileSync(demoPad(), Buffer.from('SQLite format 3\u0000' + 'x'.repeat(200), 'latin1'));
    const voor = hash(demoPad());

    const tweede = sessie();
    tweede.start();
    expect(tweede.huidigPad()).toBe(join(dataMap, 'projecten', 'Demoregio (2).zio'));
    expect(tweede.info().regios[0].leerlingen).toBe(1560);
    expect(tweede.opstartMelding).toMatch(/kon niet worden geopend/);
    expect(hash(demoPad())).toBe(voor);
  });

  // BUG (core/services/project-sessie.ts start() + core/store/db.ts vertaalSqliteFout):
  // when the last project has a damaged header (here byte 47, the schema format number, set to 5),
  // openProjectDb throws a plain SqliteError "unsupported file format" instead of a GebruikersFout,
  // so start() rethrows it instead of opening the demo. In Electron this shows "ZiO kon niet
  // starten" and quits, and because the project is not forgotten it happens on every start.
  it('opent de demo ook als de kop van het laatste project beschadigd is', () => {
    const eerste = sessie();
    eerste.start();
    const eigen = join(map, 'eigen.zio');
    eerste.nieuw(eigen, { metDemo: true });
    eerste.sluit();
    const bytes = readFileSync(eigen);
    bytes[47] = 5;
    writeFileSync(eigen, bytes);
    const voor = hash(eigen);

    const tweede = sessie();
    tweede.start();
    expect(tweede.huidigPad()).toBe(demoPad());
    expect(tweede.opstartMelding).toMatch(/kon niet worden geopend/);
    expect(hash(eigen)).toBe(voor);
  });

  it('start ook met een beschadigd instellingen.json', () => {
    mkdirSync(dataMap, { recursive: true });
    writeFileSync(join(dataMap, 'instellingen.json'), '{"laatsteProject": "/nergens", "recent": [');
    const s = sessie();
    s.start();
    expect(s.huidigPad()).toBe(demoPad());
    expect(JSON.parse(readFileSync(join(dataMap, 'instellingen.json'), 'utf8'))).toEqual({ laatsteProject: demoPad(), recent: [demoPad()] });
  });

  it('start ook met instellingen.json van het verkeerde type', () => {
    mkdirSync(dataMap, { recursive: true });
    writeFileSync(join(dataMap, 'instellingen.json'), JSON.stringify({ laatsteProject: 42, recent: 'geen lijst' }));
    const s = sessie();
    s.start();
    expect(s.huidigPad()).toBe(demoPad());
  });

  it('laat in de datamap geen tijdelijke bestanden achter', () => {
    const s = sessie();
    s.start();
    s.nieuw(join(dataMap, 'projecten', 'Tweede'), { metDemo: true });
    s.opslaanAls(join(dataMap, 'projecten', 'Derde'));
    expect(alleBestanden(dataMap).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('nieuw', () => {
  it('maakt een leeg project, voegt .zio toe en opent het', () => {
    const s = sessie();
    s.start();
    const doel = join(map, 'sub', 'map', 'Leeg project');
    s.nieuw(doel, { metDemo: false });
    expect(s.huidigPad()).toBe(`${doel}.zio`);
    expect(existsSync(`${doel}.zio`)).toBe(true);
    expect(existsSync(doel)).toBe(false);
    expect(s.info()).toEqual({ pad: `${doel}.zio`, naam: 'Leeg project', regios: [] });
    expect(s.instellingen.get().recent[0]).toBe(`${doel}.zio`);
  });

  it('plakt geen tweede extensie achter een naam die al op .zio eindigt', () => {
    const s = sessie();
    s.nieuw(join(map, 'a.zio'), { metDemo: false });
    s.nieuw(join(map, 'b.ZIO'), { metDemo: false });
    // b.ZIO is open: its lock lies beside it.
    expect(readdirSync(map).sort()).toEqual(['a.zio', 'b.ZIO', 'b.ZIO.lock', 'data']);
  });

  it('met de demo bevat het project de demoregio', () => {
    const s = sessie();
    s.nieuw(join(map, 'metdemo'), { metDemo: true });
    expect(s.diensten.regioLezen({ regioId: s.info().regios[0].id })).toEqual(demoRegio());
  });
});

describe('open', () => {
  it('weigert een slecht bestand en houdt het huidige project open', async () => {
    const s = sessie();
    s.start();
    const voor = s.info();
    const instellingenVoor = s.instellingen.get();
    const slecht = join(map, 'slecht.zio');
    writeFileSync(slecht, 'geen project');

    expect(() => s.open(slecht)).toThrow(GebruikersFout);
    expect(() => s.open(slecht)).toThrow(/geen ZiO-project/);
    expect(() => s.open(join(map, 'bestaat-niet.zio'))).toThrow(GebruikersFout);
    expect(s.info()).toEqual(voor);
    expect(s.huidigPad()).toBe(demoPad());
    expect(s.instellingen.get()).toEqual(instellingenVoor);
    // The open project still answers.
    expect((await s.diensten.regioOverzicht({ regioId: voor.regios[0].id })).leerlingen.totaal).toBe(1560);
  });

  it('zonder geopend project geeft info() een Nederlandse gebruikersfout', () => {
    const s = sessie();
    expect(() => s.info()).toThrow(GebruikersFout);
    expect(() => s.info()).toThrow('Er is geen project geopend.');
  });
});

describe('opslaanAls', () => {
  it('schrijft een kopie met dezelfde regio, werkt daarin verder en laat het origineel ongewijzigd', () => {
    const s = sessie();
    s.start();
    const origineel = s.huidigPad()!;
    const regioVoor = s.diensten.regioLezen({ regioId: 1 });
    s.sluit();
    const hashVoor = hash(origineel);
    s.open(origineel);

    const kopie = join(map, 'Kopie');
    s.opslaanAls(kopie);
    expect(s.huidigPad()).toBe(`${kopie}.zio`);
    expect(s.info().naam).toBe('Kopie');
    expect(s.diensten.regioLezen({ regioId: 1 })).toEqual(regioVoor);
    expect(s.instellingen.get().recent.slice(0, 2)).toEqual([`${kopie}.zio`, origineel]);
    s.sluit();

    expect(hash(origineel)).toBe(hashVoor);
    const db = openProjectDb(`${kopie}.zio`);
    try {
      expect(leesRegio(db, 1)).toEqual(regioVoor);
    } finally {
      db.close();
    }
    const dbOrigineel = openProjectDb(origineel);
    try {
      expect(leesRegio(dbOrigineel, 1)).toEqual(regioVoor);
    } finally {
      dbOrigineel.close();
    }
  });

  it('naar een map die niet bestaat geeft een gebruikersfout en houdt het project open', () => {
    const s = sessie();
    s.start();
    const voor = s.info();
    expect(() => s.opslaanAls(join(map, 'bestaat', 'niet', 'kopie.zio'))).toThrow(GebruikersFout);
    expect(s.info()).toEqual(voor);
    expect(existsSync(join(map, 'bestaat'))).toBe(false);
  });
});

describe('recente projecten', () => {
  it('houdt de nieuwste vooraan, zonder dubbelen, hoogstens 8', () => {
    const s = sessie();
    const paden = Array.from({ length: 10 }, (_, i) => join(map, `p${i}.zio`));
    for (const p of paden) s.nieuw(p, { metDemo: false });
    expect(s.instellingen.get().recent).toEqual(paden.slice(2).reverse());

    s.open(paden[5]);
    const recent = s.instellingen.get().recent;
    expect(recent[0]).toBe(paden[5]);
    expect(recent).toHaveLength(8);
    expect(new Set(recent).size).toBe(8);
    expect(recent).toEqual([paden[5], paden[9], paden[8], paden[7], paden[6], paden[4], paden[3], paden[2]]);

    s.open(paden[0]);
    expect(s.instellingen.get().recent).toEqual([paden[0], paden[5], paden[9], paden[8], paden[7], paden[6], paden[4], paden[3]]);
    // Persisted for the next start.
    expect(new InstellingenOpslag(dataMap).get()).toEqual(s.instellingen.get());
  });

  it('get() geeft een kopie: wie de lijst wijzigt, wijzigt de instellingen niet', () => {
    const s = sessie();
    s.start();
    s.instellingen.get().recent.push('/gehackt.zio');
    expect(s.instellingen.get().recent).toEqual([demoPad()]);
  });
});

describe('schrijfAtomisch', () => {
  it('schrijft en overschrijft zonder tijdelijke bestanden achter te laten', () => {
    const doel = join(map, 'bestand.json');
    schrijfAtomisch(doel, '{"a":1}');
    schrijfAtomisch(doel, new TextEncoder().encode('{"a":2}'));
    expect(readFileSync(doel, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(map)).toEqual(['bestand.json']);
  });

  it('laat bij een mislukte schrijfactie het oude bestand en geen tijdelijk bestand achter', () => {
    const doel = join(map, 'is-een-map');
    mkdirSync(join(doel, 'inhoud'), { recursive: true });
    expect(() => schrijfAtomisch(doel, 'nieuw')).toThrow();
    expect(readdirSync(map)).toEqual(['is-een-map']);
    expect(readdirSync(doel)).toEqual(['inhoud']);
  });
});

describe('standaardDataMap', () => {
  it('volgt ZIO_DATA_DIR op elk platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(standaardDataMap({ ZIO_DATA_DIR: '/eigen/map', APPDATA: 'C:\\Roaming' }, platform)).toBe('/eigen/map');
    }
  });

  it('geeft per platform de map van Electron userData', () => {
    expect(standaardDataMap({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\a\\AppData\\Roaming', PRODUCT_NAAM));
    expect(standaardDataMap({}, 'win32')).toBe(join(homedir(), 'AppData', 'Roaming', PRODUCT_NAAM));
    expect(standaardDataMap({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', PRODUCT_NAAM));
    expect(standaardDataMap({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(join('/xdg', PRODUCT_NAAM));
    expect(standaardDataMap({}, 'linux')).toBe(join(homedir(), '.config', PRODUCT_NAAM));
    expect(PRODUCT_NAAM).toBe('ZiO Collectieve Pot');
  });

  it('negeert een lege ZIO_DATA_DIR', () => {
    expect(standaardDataMap({ ZIO_DATA_DIR: '' }, 'linux')).toBe(join(homedir(), '.config', PRODUCT_NAAM));
  });
});

describe('rekenen via de sessie', () => {
  it('berekent de behoefte van de demoregio per scope en laat de cellen en het detail per school weg', () => {
    const s = sessie();
    s.start();
    const regioId = s.info().regios[0].id;
    const breed = s.diensten.behoefte({ regioId, scope: 'breed' }) as BehoefteWeergave;
    const smal = s.diensten.behoefte({ regioId, scope: 'smal' }) as BehoefteWeergave;
    expect(breed.leerlingen).toBe(1560);
    expect(breed.totaal).toBeGreaterThan(smal.totaal);
    expect(breed).not.toHaveProperty('cellen');
    // One line per school; its detail comes when the school is opened.
    const regel = breed.perSchool[0];
    expect(regel).not.toHaveProperty('perWoongemeente');
    expect(regel).not.toHaveProperty('fte');
    const detail = s.diensten.behoefteSchool({ regioId, scope: 'breed', school: regel.school }) as BehoefteSchool;
    expect(detail.perWoongemeente).toHaveLength(regel.woongemeenten);
    expect(detail.fteTotaal).toBe(regel.fteTotaal);
    expect(Object.values(detail.fte).reduce((a, b) => a + b, 0)).toBeCloseTo(regel.fteTotaal, 6);
    expect(() => s.diensten.behoefteSchool({ regioId, scope: 'breed', school: 'S99' })).toThrow(/School S99 bestaat niet/);
  });

  it('geeft het normenoverzicht van de landelijke normenset', () => {
    const s = sessie();
    s.start();
    const normen = s.diensten.normen({ regioId: null }) as { id: string; professionals: unknown[] };
    expect(normen.id).toBe('landelijk-2022');
    expect(normen.professionals).toHaveLength(33);
  });
});
