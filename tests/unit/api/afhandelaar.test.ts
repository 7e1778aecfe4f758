import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { maakAfhandelaar, type Logboek } from '../../../core/services/afhandelaar';
import { demoRegio } from '../../../core/services/demo-regio';
import { ProjectSessie } from '../../../core/services/project-sessie';
import type { ProjectInfo, ZioDiensten } from '../../../shared/api/contract';
import { GebruikersFout } from '../../../shared/api/fout';
import { API_OPERATIES, type Antwoord, type ApiOperatie } from '../../../shared/api/operaties';
import { regioOverzicht } from '../../../shared/regio/overzicht';

const INFO: ProjectInfo = { pad: '/p/Demo.zio', naam: 'Demo', regios: [{ id: 1, naam: 'Demoregio', leerlingen: 1560, gewijzigd: '2025-01-01T00:00:00.000Z' }] };

const STAND = { regio: demoRegio(), aandachtspunten: [], kanOngedaanMaken: false, kanOpnieuwDoen: false };

function maakDiensten() {
  // The operations these tests look at closely; every other one is a spy that answers {}.
  const bijzonder = {
    projectInfo: vi.fn(() => INFO),
    regioOverzicht: vi.fn(({ regioId }: { regioId: number }) => ({ ...regioOverzicht(demoRegio()), naam: `regio ${regioId}` })),
    regioLezen: vi.fn(async () => demoRegio()),
    regioBewerken: vi.fn(() => STAND),
  };
  const overige = Object.fromEntries(API_OPERATIES.filter((op) => !(op in bijzonder)).map((op) => [op, vi.fn(() => ({}))]));
  return { ...overige, ...bijzonder } as unknown as typeof bijzonder & Record<ApiOperatie, Mock> & ZioDiensten;
}

let diensten: ReturnType<typeof maakDiensten>;
let log: { fout: ReturnType<typeof vi.fn<Logboek['fout']>>; locatie: string };
let afhandel: ReturnType<typeof maakAfhandelaar>;

beforeEach(() => {
  diensten = maakDiensten();
  log = { fout: vi.fn<Logboek['fout']>(), locatie: '/logs/zio.log' };
  afhandel = maakAfhandelaar(diensten, log);
});

function geenDienstAangeroepen() {
  for (const op of API_OPERATIES) expect(diensten[op], op).not.toHaveBeenCalled();
  expect(log.fout).not.toHaveBeenCalled();
}

function fout(a: Antwoord<unknown>) {
  expect(a.ok).toBe(false);
  if (a.ok) throw new Error('verwacht een fout');
  return a.fout;
}

/** Dutch: none of zod's English default messages. */
const ENGELS = /expected|invalid|required|received|unrecognized|too (small|big)/i;

describe('bewerkingen van een regio', () => {
  it('laat een geldige wijziging door', async () => {
    const w = { soort: 'gemeente', code: 'GM9901', waarde: { code: 'GM9901', naam: 'Centrumstad', inwoners0tot17: 42000, inRegio: true, centrumgemeente: true } };
    expect((await afhandel('regioBewerken', { regioId: 1, wijzigingen: [w] })).ok).toBe(true);
    expect(diensten.regioBewerken).toHaveBeenCalledWith({ regioId: 1, wijzigingen: [w] });
  });

  it.each([
    [{ regioId: 1, wijzigingen: [] }, '$.wijzigingen'],
    [{ regioId: 1, wijzigingen: [{ soort: 'koffie' }] }, '$.wijzigingen[0].soort'],
    [{ regioId: 1, wijzigingen: [{ soort: 'leerlingen', school: 'S01', cellen: [{ woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: -3 }] }] }, '$.wijzigingen[0].cellen[0].aantal'],
    [{ regioId: 1, wijzigingen: [{ soort: 'leerlingen', school: 'S01', cellen: [{ woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 2.5 }] }] }, '$.wijzigingen[0].cellen[0].aantal'],
    [{ regioId: 1, wijzigingen: [{ soort: 'gemeente', code: 'GM1', waarde: { code: 'GM1', naam: '' } }] }, '$.wijzigingen[0].waarde.naam'],
    [{ regioId: 1, wijzigingen: [{ soort: 'zorgverzekeraar', naam: 'A', waarde: { naam: 'A', marktaandeel: 1.5 } }] }, '$.wijzigingen[0].waarde.marktaandeel'],
  ])('weigert %j bij %s', async (invoer, pad) => {
    const f = fout(await afhandel('regioBewerken', invoer));
    expect(f.problemen.map((p) => p.pad)).toContain(pad);
    for (const p of f.problemen) expect(p.melding).not.toMatch(ENGELS);
    geenDienstAangeroepen();
  });
});

describe('varianten', () => {
  it.each([
    [{ regioId: 1, variant: 'breed' }, '$.variant'],
    [{ regioId: 1 }, '$.variant'],
  ])('weigert een evaluatie met %j bij %s', async (invoer, pad) => {
    const f = fout(await afhandel('evaluatie', invoer));
    expect(f.problemen.map((p) => p.pad)).toContain(pad);
    geenDienstAangeroepen();
  });

  it('weigert een variant zonder naam', async () => {
    const f = fout(await afhandel('variantOpslaan', { regioId: 1, id: null, naam: '  ', instellingen: {} }));
    expect(f.problemen.map((p) => p.pad)).toEqual(['$.naam']);
    geenDienstAangeroepen();
  });
});

describe('regionale normen', () => {
  it.each([
    [{ regioId: 1, aanpassing: { parameter: 'ftePer100', professional: 'sph', waarde: 1 } }, '$.aanpassing.doelgroep'],
    // A doelgroep belongs to fte per 100 pupils only: an unknown field of a tarief.
    [{ regioId: 1, aanpassing: { parameter: 'tarief', professional: 'sph', doelgroep: 'gedrag', waarde: 1 } }, '$.aanpassing'],
    [{ regioId: 1, aanpassing: { parameter: 'pgbAandeel', waarde: 0.4 } }, '$.aanpassing.kader'],
    [{ regioId: 1, aanpassing: { parameter: 'pgbAandeel', kader: 'wlz', professional: 'sph', waarde: 0.4 } }, '$.aanpassing'],
    [{ regioId: 1, aanpassing: { parameter: 'tarief', professional: 'sph', waarde: -5 } }, '$.aanpassing.waarde'],
    [{ regioId: 1, aanpassing: { parameter: 'leeftijd', professional: 'sph', waarde: 5 } }, '$.aanpassing.parameter'],
  ])('weigert %j bij %s', async (invoer, pad) => {
    const f = fout(await afhandel('normAanpassen', invoer));
    expect(f.problemen.map((p) => p.pad)).toContain(pad);
    geenDienstAangeroepen();
  });
});

describe('regionaal pgb-aandeel', () => {
  it.each([
    [{ kader: 'wlz', waarde: 1.2 }, '$.aanpassing.waarde', 'mag hoogstens 1 zijn'],
    [{ kader: 'wlz', waarde: -0.1 }, '$.aanpassing.waarde', 'mag niet negatief zijn (is het getal -0.1)'],
    [{ kader: 'onderwijs', waarde: 0.1 }, '$.aanpassing.kader', 'moet een van "wlz", "jeugdwet", "zvw", "wmo", "wpg" zijn, maar is tekst "onderwijs"'],
    [{ kader: 'pgb', waarde: 0.1 }, '$.aanpassing.kader', 'moet een van "wlz", "jeugdwet", "zvw", "wmo", "wpg" zijn, maar is tekst "pgb"'],
  ])('weigert %j bij %s in het Nederlands', async (aanpassing, pad, melding) => {
    const f = fout(await afhandel('normAanpassen', { regioId: 1, aanpassing: { parameter: 'pgbAandeel', ...aanpassing } }));
    expect(f.problemen).toContainEqual({ pad, melding });
    geenDienstAangeroepen();
  });

  it('laat een aandeel tussen 0 en 1 en terug naar landelijk door', async () => {
    for (const waarde of [0, 0.4, 1, null]) expect((await afhandel('normAanpassen', { regioId: 1, aanpassing: { parameter: 'pgbAandeel', kader: 'wlz', waarde } })).ok).toBe(true);
    expect(diensten.normAanpassen).toHaveBeenCalledTimes(4);
    expect(diensten.normAanpassen).toHaveBeenLastCalledWith({ regioId: 1, aanpassing: { parameter: 'pgbAandeel', kader: 'wlz', waarde: null } });
  });
});

describe('bestanden', () => {
  it.each([
    [{ bestandsnaam: 'a.xlsx', inhoud: 'niet base64!', doel: { soort: 'nieuw' } }, '$.inhoud'],
    [{ bestandsnaam: '', inhoud: 'e30=', doel: { soort: 'nieuw' } }, '$.bestandsnaam'],
    [{ bestandsnaam: 'a.csv', inhoud: 'e30=', doel: { soort: 'tabel', regioId: 1, tabel: 'koffie' } }, '$.doel.tabel'],
    [{ bestandsnaam: 'a.csv', inhoud: 'e30=', doel: { soort: 'tabel', tabel: 'leerlingen' } }, '$.doel.regioId'],
    [{ bestandsnaam: 'a.csv', inhoud: 'e30=', doel: { soort: 'nieuw' }, importId: '../../x' }, '$.importId'],
  ])('weigert een import %j bij %s', async (invoer, pad) => {
    const f = fout(await afhandel('regioImporteren', invoer));
    expect(f.problemen.map((p) => p.pad)).toContain(pad);
    geenDienstAangeroepen();
  });

  it.each([[{}], [{ importId: 'kort' }], [{ importId: 'x'.repeat(65) }], [{ importId: 'abcdefgh', extra: 1 }]])('weigert annuleren met %j', async (invoer) => {
    expect(fout(await afhandel('importAnnuleren', invoer)).melding).toBe('Ongeldige gegevens voor "importAnnuleren".');
    geenDienstAangeroepen();
  });
});

describe('scope van de behoefte', () => {
  it('accepteert een scenario en een eigen lijst van taken', async () => {
    expect((await afhandel('behoefte', { regioId: 1, scope: 'medium' })).ok).toBe(true);
    expect((await afhandel('behoefte', { regioId: 1, scope: ['verpleging', 'gedrag'] })).ok).toBe(true);
    expect(diensten.behoefte).toHaveBeenLastCalledWith({ regioId: 1, scope: ['verpleging', 'gedrag'] });
  });

  it.each([
    [{ regioId: 1, scope: 'heel breed' }, '$.scope'],
    [{ regioId: 1, scope: ['verpleging', 'koffie'] }, '$.scope[1]'],
    [{ regioId: 1 }, '$.scope'],
    [{ regioId: 1, scope: 'breed', extra: true }, '$'],
  ])('weigert %j met een melding bij %s', async (invoer, pad) => {
    const f = fout(await afhandel('behoefte', invoer));
    expect(f.problemen.map((p) => p.pad)).toContain(pad);
    for (const p of f.problemen) expect(p.melding).not.toMatch(ENGELS);
    geenDienstAangeroepen();
  });
});

describe('geldige invoer', () => {
  it('roept de dienst aan met de gevalideerde invoer en geeft data terug', async () => {
    const a = await afhandel('regioOverzicht', { regioId: 7 });
    expect(diensten.regioOverzicht).toHaveBeenCalledTimes(1);
    expect(diensten.regioOverzicht).toHaveBeenCalledWith({ regioId: 7 });
    expect(a).toEqual({ ok: true, data: expect.objectContaining({ naam: 'regio 7', leerlingen: expect.objectContaining({ totaal: 1560 }) }) });
  });

  it('projectInfo werkt met {} en zonder invoer', async () => {
    expect(await afhandel('projectInfo', {})).toEqual({ ok: true, data: INFO });
    expect(await afhandel('projectInfo', undefined)).toEqual({ ok: true, data: INFO });
    expect(diensten.projectInfo).toHaveBeenCalledTimes(2);
  });

  it('wacht op een asynchrone dienst', async () => {
    expect(await afhandel('regioLezen', { regioId: 1 })).toEqual({ ok: true, data: demoRegio() });
  });
});

describe('ongeldige invoer wordt geweigerd voordat een dienst wordt aangeroepen', () => {
  it.each(['verwijderAlles', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'projectinfo', 'regioOverzicht/../projectInfo'])(
    'onbekende opdracht %j',
    async (op) => {
      const f = fout(await afhandel(op, { regioId: 1 }));
      expect(f).toEqual({ soort: 'gebruiker', melding: `Onbekende opdracht "${op}".`, problemen: [] });
      geenDienstAangeroepen();
    },
  );

  it.each([
    [{ regioId: '1' }, 'verwacht een getal, maar vond tekst "1"'],
    [{ regioId: -1 }, 'moet groter dan 0 zijn'],
    [{ regioId: 0 }, 'moet groter dan 0 zijn'],
    [{ regioId: 1.5 }, 'verwacht een geheel getal, maar vond het getal 1.5'],
    [{ regioId: true }, 'verwacht een getal, maar vond true'],
    [{ regioId: null }, 'verwacht een getal, maar vond null'],
    [{ regioId: [1] }, 'verwacht een getal, maar vond een lijst'],
    [{ regioId: 1e300 }, 'mag hoogstens 9007199254740991 zijn'],
    [{}, 'ontbreekt (verplicht veld)'],
    [{ regioID: 1 }, 'ontbreekt (verplicht veld)'],
  ])('regioOverzicht met %j', async (invoer, melding) => {
    for (const op of ['regioOverzicht', 'regioLezen']) {
      const f = fout(await afhandel(op, invoer));
      expect(f.soort).toBe('gebruiker');
      expect(f.melding).toBe(`Ongeldige gegevens voor "${op}".`);
      expect(f.problemen).toContainEqual({ pad: '$.regioId', melding });
      for (const p of f.problemen) expect(p.melding).not.toMatch(ENGELS);
    }
    geenDienstAangeroepen();
  });

  it('extra velden', async () => {
    const f = fout(await afhandel('regioOverzicht', { regioId: 1, x: 1 }));
    expect(f).toEqual({ soort: 'gebruiker', melding: 'Ongeldige gegevens voor "regioOverzicht".', problemen: [{ pad: '$', melding: 'onbekend veld "x"' }] });
    const g = fout(await afhandel('projectInfo', { alles: true }));
    expect(g.problemen).toEqual([{ pad: '$', melding: 'onbekend veld "alles"' }]);
    geenDienstAangeroepen();
  });

  it.each([
    [[1], 'verwacht een object, maar vond een lijst'],
    ['abc', 'verwacht een object, maar vond tekst "abc"'],
    [5, 'verwacht een object, maar vond het getal 5'],
    [false, 'verwacht een object, maar vond false'],
  ])('geen object: %j', async (invoer, melding) => {
    for (const op of API_OPERATIES) {
      const f = fout(await afhandel(op, invoer));
      expect(f.soort).toBe('gebruiker');
      expect(f.problemen).toEqual([{ pad: '$', melding }]);
    }
    geenDienstAangeroepen();
  });

  it('null als invoer wordt geweigerd: er wordt een object verwacht', async () => {
    const f = fout(await afhandel('regioOverzicht', null));
    expect(f).toEqual({ soort: 'gebruiker', melding: 'Ongeldige gegevens voor "regioOverzicht".', problemen: [{ pad: '$', melding: 'verwacht een object, maar vond null' }] });
    geenDienstAangeroepen();
  });

  it('een prototype-truc via __proto__ komt niet door', async () => {
    const f = fout(await afhandel('regioOverzicht', JSON.parse('{"__proto__": {"regioId": 1}}')));
    expect(f.problemen.map((p) => p.pad)).toContain('$.regioId');
    geenDienstAangeroepen();
  });
});

describe('fouten van een dienst', () => {
  it('een GebruikersFout wordt soort "gebruiker" met haar melding en problemen, zonder logboek', async () => {
    diensten.regioOverzicht.mockImplementation(() => {
      throw new GebruikersFout('Regio 3 bestaat niet in dit project.', [{ pad: '$.regioId', melding: 'onbekend' }]);
    });
    expect(await afhandel('regioOverzicht', { regioId: 3 })).toEqual({
      ok: false,
      fout: { soort: 'gebruiker', melding: 'Regio 3 bestaat niet in dit project.', problemen: [{ pad: '$.regioId', melding: 'onbekend' }] },
    });
    expect(log.fout).not.toHaveBeenCalled();
  });

  it('een andere fout wordt soort "intern", verbergt details en komt in het logboek', async () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'x')");
    diensten.projectInfo.mockImplementation(() => {
      throw e;
    });
    const f = fout(await afhandel('projectInfo', {}));
    expect(f.soort).toBe('intern');
    expect(f.melding).toMatch(/^Er ging iets mis/);
    expect(f.melding).toContain('/logs/zio.log');
    expect(f.melding).not.toContain('Cannot read');
    expect(f.problemen).toEqual([]);
    expect(log.fout).toHaveBeenCalledTimes(1);
    expect(log.fout).toHaveBeenCalledWith(expect.stringContaining('projectInfo'), e);
  });

  it('een afgewezen belofte en een gegooide tekst worden ook "intern"', async () => {
    diensten.regioLezen.mockImplementation(async () => {
      throw new Error('schijf weg');
    });
    expect(fout(await afhandel('regioLezen', { regioId: 1 })).soort).toBe('intern');
    diensten.regioOverzicht.mockImplementation(() => {
      throw 'kaal';
    });
    expect(fout(await afhandel('regioOverzicht', { regioId: 1 })).soort).toBe('intern');
    expect(log.fout).toHaveBeenCalledTimes(2);
    expect(log.fout).toHaveBeenLastCalledWith(expect.stringContaining('regioOverzicht'), 'kaal');
  });
});

describe('met de echte diensten van een projectsessie', () => {
  let map: string;
  let sessie: ProjectSessie;

  beforeEach(() => {
    map = mkdtempSync(join(tmpdir(), 'zio-afhandelaar-'));
    sessie = new ProjectSessie(map, demoRegio);
    sessie.start();
  });

  afterEach(() => {
    sessie.sluit();
    rmSync(map, { recursive: true, force: true });
  });

  it('geeft het overzicht van de demo en een Nederlandse fout voor een onbekende regio', async () => {
    const echte = maakAfhandelaar(sessie.diensten, log);
    const a = await echte('regioOverzicht', { regioId: 1 });
    expect(a.ok && (a.data as ReturnType<typeof regioOverzicht>).leerlingen.totaal).toBe(1560);
    expect(await echte('regioLezen', { regioId: 99 })).toEqual({
      ok: false,
      fout: { soort: 'gebruiker', melding: 'Regio 99 bestaat niet in dit project.', problemen: [] },
    });
    expect(log.fout).not.toHaveBeenCalled();
  });
});

describe('geldstromen: wat het scherm toont', () => {
  const vraag = { regioId: 1, variant: {}, route: 'gemeenteroute', deel: 'pot', max: 12, gemarkeerd: 'gemeente:GM9902' };

  it('laat een deel, een maximum (of null: alles) en een gemarkeerde partij door', async () => {
    expect((await afhandel('geldstromen', vraag)).ok).toBe(true);
    expect(diensten.geldstromen).toHaveBeenCalledWith(vraag);
    expect((await afhandel('geldstromen', { ...vraag, deel: 'alles', max: null, gemarkeerd: null })).ok).toBe(true);
  });

  it.each([
    [{ deel: 'alles-en-meer' }, '$.deel', 'moet een van "pot", "buiten", "alles" zijn, maar is tekst "alles-en-meer"'],
    [{ max: 0 }, '$.max', 'moet minstens 1 zijn'],
    [{ max: 2.5 }, '$.max', 'verwacht een geheel getal, maar vond het getal 2.5'],
    [{ max: 5000 }, '$.max', 'mag hoogstens 1000 zijn'],
    [{ max: '12' }, '$.max', 'verwacht een getal, maar vond tekst "12"'],
    [{ gemarkeerd: '' }, '$.gemarkeerd', 'mag niet leeg zijn'],
    [{ gemarkeerd: 'x'.repeat(81) }, '$.gemarkeerd', 'is te lang (hoogstens 80 tekens)'],
    [{ deel: undefined }, '$.deel', 'moet een van "pot", "buiten", "alles" zijn, maar is niets'],
  ])('weigert %j (%s) vóór de dienst, met een Nederlandse melding', async (fouteVelden, pad, melding) => {
    const f = fout(await afhandel('geldstromen', { ...vraag, ...fouteVelden }));
    expect(f.melding).toBe('Ongeldige gegevens voor "geldstromen".');
    expect(f.problemen).toEqual([{ pad, melding }]);
    geenDienstAangeroepen();
  });

  it('weigert een onbekend veld', async () => {
    const f = fout(await afhandel('geldstromen', { ...vraag, stromen: true }));
    expect(f.problemen).toEqual([{ pad: '$', melding: 'onbekend veld "stromen"' }]);
    geenDienstAangeroepen();
  });
});

describe('variant en sessie in het contract', () => {
  it('laat een variant door zoals verstuurd: de dienst vult de standaardwaarden in', async () => {
    const variant = { scope: 'medium', potKaders: ['jeugdwet'] };
    expect((await afhandel('evaluatie', { regioId: 1, variant })).ok).toBe(true);
    expect(diensten.evaluatie).toHaveBeenCalledWith({ regioId: 1, variant });
  });

  it('weigert een variant met een verkeerde vorm vóór de dienst, met het pad en een Nederlandse melding', async () => {
    const f = fout(await afhandel('evaluatie', { regioId: 1, variant: { potKaders: ['koffie'], onbekend: 1 } }));
    expect(f.melding).toBe('Ongeldige gegevens voor "evaluatie".');
    expect(f.problemen.map((p) => p.pad).sort()).toEqual(['$.variant', '$.variant.potKaders[0]']);
    for (const p of f.problemen) expect(p.melding).not.toMatch(ENGELS);
    geenDienstAangeroepen();
  });

  it('weigert een sessie met een verkeerde vorm vóór de dienst', async () => {
    const f = fout(await afhandel('ontwerpsessieOpslaan', { regioId: 1, id: null, sessie: { groepen: [] } }));
    expect(f.problemen[0].pad).toBe('$.sessie.groepen');
    geenDienstAangeroepen();
  });
});
