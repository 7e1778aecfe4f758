import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoRegio } from '../../../core/services/demo-regio';
import { ProjectSessie } from '../../../core/services/project-sessie';
import { openProjectDb, type ProjectDb } from '../../../core/store/db';
import { bewerkRegio } from '../../../core/store/regio-bewerken';
import { leesRegio, voegRegioToe } from '../../../core/store/regio-repository';
import { GebruikersFout } from '../../../shared/api/fout';
import type { RegioStand } from '../../../shared/api/contract';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';

let map: string;
let db: ProjectDb;
let id: number;

beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), 'zio-bewerken-'));
  db = openProjectDb(join(map, 'p.zio'), { maakAan: true });
  id = voegRegioToe(db, demoRegio());
});

afterEach(() => {
  db.close();
  rmSync(map, { recursive: true, force: true });
});

function verwachtGeweigerd(f: () => unknown, melding: RegExp) {
  const voor = leesRegio(db, id);
  let fout: unknown;
  try {
    f();
  } catch (e) {
    fout = e;
  }
  expect(fout).toBeInstanceOf(GebruikersFout);
  expect([(fout as GebruikersFout).message, ...(fout as GebruikersFout).problemen.map((p) => p.melding)].join(' ')).toMatch(melding);
  expect(leesRegio(db, id)).toEqual(voor);
}

describe('bewerkRegio', () => {
  it('voegt een gemeente toe aan het eind', () => {
    const na = bewerkRegio(db, id, [{ soort: 'gemeente', code: null, waarde: { code: 'GM9910', naam: 'Nieuwdorp', inwoners0tot17: 1500, inRegio: true, centrumgemeente: false } }]);
    expect(na.gemeenten.at(-1)).toEqual({ code: 'GM9910', naam: 'Nieuwdorp', inwoners0tot17: 1500, inRegio: true, centrumgemeente: false });
    expect(leesRegio(db, id)).toEqual(na);
  });

  it('een nieuwe code van een gemeente gaat mee in scholen en leerlingen', () => {
    const voor = leesRegio(db, id);
    const centrum = voor.gemeenten[0];
    const na = bewerkRegio(db, id, [{ soort: 'gemeente', code: centrum.code, waarde: { ...centrum, code: 'GM0001' } }]);
    expect(na.gemeenten[0].code).toBe('GM0001');
    expect(na.scholen.filter((s) => s.vestigingsgemeente === 'GM0001').length).toBe(voor.scholen.filter((s) => s.vestigingsgemeente === centrum.code).length);
    const tel = (r: typeof voor, code: string) => r.leerlingen.filter((l) => l.woongemeente === code).reduce((s, l) => s + l.aantal, 0);
    expect(tel(na, 'GM0001')).toBe(tel(voor, centrum.code));
    expect(tel(na, centrum.code)).toBe(0);
  });

  it('een nieuwe centrumgemeente vervangt de oude', () => {
    const havenveld = leesRegio(db, id).gemeenten[1];
    const na = bewerkRegio(db, id, [{ soort: 'gemeente', code: havenveld.code, waarde: { ...havenveld, centrumgemeente: true } }]);
    expect(na.gemeenten.filter((g) => g.centrumgemeente).map((g) => g.code)).toEqual([havenveld.code]);
  });

  it('weigert een gemeente te verwijderen waar nog leerlingen wonen, en verandert niets', () => {
    verwachtGeweigerd(() => bewerkRegio(db, id, [{ soort: 'gemeente', code: 'GM9901', waarde: null }]), /kan niet worden verwijderd.*verwijzen nog/);
  });

  it('weigert een dubbele code en een onbekende rij', () => {
    const g = leesRegio(db, id).gemeenten[1];
    verwachtGeweigerd(() => bewerkRegio(db, id, [{ soort: 'gemeente', code: g.code, waarde: { ...g, code: 'GM9901' } }]), /Er is al een gemeente GM9901/);
    verwachtGeweigerd(() => bewerkRegio(db, id, [{ soort: 'swv', code: 'XX', waarde: { code: 'XX', naam: 'x', type: 'po' } }]), /samenwerkingsverband XX bestaat niet/);
  });

  it('zet leerlingen: 0 leegt een cel, een nieuw aantal overschrijft', () => {
    const na = bewerkRegio(db, id, [
      {
        soort: 'leerlingen',
        school: 'S01',
        cellen: [
          { woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 0 },
          { woongemeente: 'GM9909', doelgroep: 'lz', aantal: 3 },
        ],
      },
    ]);
    expect(na.leerlingen.find((l) => l.school === 'S01' && l.woongemeente === 'GM9901' && l.doelgroep === 'gedrag')).toBeUndefined();
    expect(na.leerlingen.find((l) => l.school === 'S01' && l.woongemeente === 'GM9909' && l.doelgroep === 'lz')?.aantal).toBe(3);
  });

  it('weigert leerlingen van een onbekende woongemeente', () => {
    verwachtGeweigerd(() => bewerkRegio(db, id, [{ soort: 'leerlingen', school: 'S01', cellen: [{ woongemeente: 'GM0000', doelgroep: 'lz', aantal: 3 }] }]), /bestaat niet/);
  });

  it('een school verwijderen neemt haar leerlingen en inventarisatie mee', () => {
    bewerkRegio(db, id, [{ soort: 'inventarisatie', school: 'S06', regels: [{ professional: 'logopedist', fte: 0.4 }] }]);
    const na = bewerkRegio(db, id, [{ soort: 'school', code: 'S06', waarde: null }]);
    expect(na.scholen.map((s) => s.code)).not.toContain('S06');
    expect(na.leerlingen.some((l) => l.school === 'S06')).toBe(false);
    expect(na.inventarisaties).toEqual([]);
  });

  it('rolt de hele reeks terug als de uitkomst niet klopt (onbekende professional)', () => {
    verwachtGeweigerd(
      () =>
        bewerkRegio(db, id, [
          { soort: 'regio', naam: 'Andere naam', zorgkantoor: 'Zk' },
          { soort: 'inventarisatie', school: 'S01', regels: [{ professional: 'tovenaar', fte: 1 }] },
        ]),
      /onbekende professional tovenaar/,
    );
  });

  it('laat een onvolledige tussenstand toe: marktaandelen die nog niet op 100% komen', () => {
    const na = bewerkRegio(db, id, [{ soort: 'zorgverzekeraar', naam: 'Zorgverzekeraar Zuid (fictief)', waarde: null }]);
    expect(na.zorgverzekeraars).toHaveLength(1);
    expect(valideerRegio(na).ok).toBe(false);
  });
});

describe('ongedaan maken en opnieuw doen in een sessie', () => {
  it('maakt bewerkingen een voor een ongedaan en weer opnieuw, ook na heropenen opgeslagen', () => {
    const s = new ProjectSessie(join(map, 'data'), demoRegio);
    s.start();
    const regioId = s.info().regios[0].id;
    const origineel = s.diensten.regioLezen({ regioId }) as RegioBestand;
    const g = origineel.gemeenten[2];
    const een = s.diensten.regioBewerken({ regioId, wijzigingen: [{ soort: 'gemeente', code: g.code, waarde: { ...g, naam: 'Dijkhoven aan Zee' } }] }) as RegioStand;
    const twee = s.diensten.regioBewerken({ regioId, wijzigingen: [{ soort: 'leerlingen', school: 'S02', cellen: [{ woongemeente: g.code, doelgroep: 'gedrag', aantal: 99 }] }] }) as RegioStand;
    expect(twee.kanOngedaanMaken).toBe(true);
    expect(twee.kanOpnieuwDoen).toBe(false);

    const terug1 = s.diensten.regioOngedaanMaken({ regioId }) as typeof een;
    expect(terug1.regio).toEqual(een.regio);
    const terug2 = s.diensten.regioOngedaanMaken({ regioId }) as typeof een;
    expect(terug2.regio).toEqual(origineel);
    expect(terug2.kanOngedaanMaken).toBe(false);
    expect(() => s.diensten.regioOngedaanMaken({ regioId })).toThrow(/niets om ongedaan te maken/);

    const vooruit = s.diensten.regioOpnieuwDoen({ regioId }) as typeof een;
    expect(vooruit.regio).toEqual(een.regio);
    // A new edit clears the redo stack.
    s.diensten.regioBewerken({ regioId, wijzigingen: [{ soort: 'regio', naam: 'Demoregio (bewerkt)', zorgkantoor: origineel.zorgkantoor.naam }] });
    expect(s.diensten.regioStand({ regioId })).toMatchObject({ kanOpnieuwDoen: false });
    const pad = s.huidigPad()!;
    s.sluit();
    const opnieuw = openProjectDb(pad);
    expect(leesRegio(opnieuw, regioId).regio.naam).toBe('Demoregio (bewerkt)');
    expect(leesRegio(opnieuw, regioId).gemeenten[2].naam).toBe('Dijkhoven aan Zee');
    opnieuw.close();
  });

  it('een nieuwe lege regio meldt wat er nog ontbreekt', () => {
    const s = new ProjectSessie(join(map, 'data'), demoRegio);
    s.start();
    const nieuw = s.diensten.regioNieuw({ naam: 'Mijn regio' }) as { id: number };
    const stand = s.diensten.regioStand({ regioId: nieuw.id }) as { aandachtspunten: Array<{ pad: string; melding: string }> };
    expect(stand.aandachtspunten.map((p) => p.melding)).toEqual(['er zijn nog geen gemeenten', 'er is nog geen zorgverzekeraar']);
    const info = s.diensten.regioVerwijderen({ regioId: nieuw.id }) as { regios: unknown[] };
    expect(info.regios).toHaveLength(1);
    s.sluit();
  });
});

describe('afbreken tijdens opslaan', () => {
  it('een project blijft te openen en klopt na een harde kill midden in een reeks bewerkingen', async () => {
    const pad = join(map, 'p.zio');
    db.close();
    const script = `
      import { openProjectDb } from './core/store/db.ts';
      import { bewerkRegio } from './core/store/regio-bewerken.ts';
      const db = openProjectDb(${JSON.stringify(pad)});
      let i = 0;
      process.stdout.write('klaar\\n');
      for (;;) {
        i++;
        bewerkRegio(db, ${id}, [{ soort: 'leerlingen', school: 'S01', cellen: [
          { woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 1 + (i % 50) },
          { woongemeente: 'GM9902', doelgroep: 'gedrag', aantal: 1 + (i % 50) },
        ] }]);
      }`;
    const kind = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((ok) => kind.stdout.once('data', () => ok()));
    await new Promise((ok) => setTimeout(ok, 400));
    kind.kill('SIGKILL');
    await new Promise((ok) => kind.once('exit', ok));

    db = openProjectDb(pad);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const r = leesRegio(db, id);
    expect(valideerRegio(r).ok).toBe(true);
    // Both cells were written in one transaction: never one without the other.
    const a = r.leerlingen.find((l) => l.school === 'S01' && l.woongemeente === 'GM9901' && l.doelgroep === 'gedrag')!.aantal;
    const b = r.leerlingen.find((l) => l.school === 'S01' && l.woongemeente === 'GM9902' && l.doelgroep === 'gedrag')!.aantal;
    expect(a).toBe(b);
  });
});
