import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import demoJson from '../../../resources/demo/demoregio.json';
import { leesRegioJson, REGIO_VERSIE, valideerRegio, type RegioBestand } from '../../../shared/regio/schema';
import type { Probleem } from '../../../shared/validation/problems';

type Demo = typeof demoJson & Record<string, unknown>;

/** A fresh, mutable copy of the shipped demo file. */
function demo(): Demo {
  return structuredClone(demoJson) as Demo;
}

function problemen(data: unknown, opties?: Parameters<typeof valideerRegio>[1]): Probleem[] {
  const r = valideerRegio(data, opties);
  expect(r.ok, 'verwacht een ongeldig bestand').toBe(false);
  return r.ok ? [] : r.problemen;
}

/** Exactly one problem, at `pad`, with a Dutch message matching `melding`. */
function verwachtProbleem(data: unknown, pad: string, melding: RegExp | string, opties?: Parameters<typeof valideerRegio>[1]) {
  const p = problemen(data, opties);
  expect(p).toHaveLength(1);
  expect(p[0].pad).toBe(pad);
  if (typeof melding === 'string') expect(p[0].melding).toBe(melding);
  else expect(p[0].melding).toMatch(melding);
  expect(p[0].melding).not.toMatch(/expected|invalid|required|received|unrecognized/i);
}

describe('valideerRegio: geldig', () => {
  it('de meegeleverde demoregio is geldig en ongewijzigd', () => {
    const r = valideerRegio(demo());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde).toEqual(demoJson);
  });

  it('vult centrumgemeente en inventarisaties aan met hun standaardwaarde', () => {
    const d = demo();
    delete (d as Partial<Demo>).inventarisaties;
    delete (d.gemeenten[1] as Partial<(typeof d.gemeenten)[number]>).centrumgemeente;
    const r = valideerRegio(d);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.inventarisaties).toEqual([]);
    expect(r.waarde.gemeenten[1].centrumgemeente).toBe(false);
  });

  it('aanvaardt marktaandelen die door afronding net niet precies 1 zijn', () => {
    const d = demo();
    d.zorgverzekeraars = [
      { naam: 'A', marktaandeel: 0.1 },
      { naam: 'B', marktaandeel: 0.2 },
      { naam: 'C', marktaandeel: 0.7 },
    ];
    expect(valideerRegio(d).ok).toBe(true);
  });

  it('aanvaardt inventarisaties met bekende professional en kaders die samen 1 zijn', () => {
    const d = demo();
    d.inventarisaties = [{ school: 'S01', professional: 'jeugdarts', fte: 0.5, kaders: { onderwijs: 0.25, jeugdwet: 0.75 } }] as never;
    expect(valideerRegio(d, { professionals: new Set(['jeugdarts']) }).ok).toBe(true);
  });
});

describe('valideerRegio: verwijzingen', () => {
  it('onbekende woongemeente', () => {
    const d = demo();
    d.leerlingen[5].woongemeente = 'GM0000';
    verwachtProbleem(d, '$.leerlingen[5].woongemeente', 'onbekende gemeentecode GM0000');
  });

  it('onbekende school bij leerlingen', () => {
    const d = demo();
    d.leerlingen[3].school = 'S99';
    verwachtProbleem(d, '$.leerlingen[3].school', 'onbekende schoolcode S99');
  });

  it('onbekende vestigingsgemeente', () => {
    const d = demo();
    d.scholen[2].vestigingsgemeente = 'GM1234';
    verwachtProbleem(d, '$.scholen[2].vestigingsgemeente', 'onbekende gemeentecode GM1234');
  });

  it('onbekend samenwerkingsverband', () => {
    const d = demo();
    d.scholen[4].swv = 'VO0000';
    verwachtProbleem(d, '$.scholen[4].swv', 'onbekend samenwerkingsverband VO0000');
  });

  it('inventarisatie van een onbekende school', () => {
    const d = demo();
    d.inventarisaties = [{ school: 'S77', professional: 'jeugdarts', fte: 1 }] as never;
    verwachtProbleem(d, '$.inventarisaties[0].school', 'onbekende schoolcode S77');
  });

  it('inventarisatie met een onbekende professional, alleen als een professionals-set is meegegeven', () => {
    const d = demo();
    d.inventarisaties = [
      { school: 'S01', professional: 'jeugdarts', fte: 1 },
      { school: 'S02', professional: 'tovenaar', fte: 1 },
    ] as never;
    expect(valideerRegio(d).ok).toBe(true);
    verwachtProbleem(d, '$.inventarisaties[1].professional', 'onbekende professional tovenaar', { professionals: new Set(['jeugdarts']) });
  });
});

describe('valideerRegio: getallen', () => {
  it('negatief aantal', () => {
    const d = demo();
    d.leerlingen[0].aantal = -3;
    verwachtProbleem(d, '$.leerlingen[0].aantal', 'mag niet negatief zijn (is het getal -3)');
  });

  it('een aantal met decimalen', () => {
    const d = demo();
    d.leerlingen[2].aantal = 2.5;
    verwachtProbleem(d, '$.leerlingen[2].aantal', 'verwacht een geheel getal, maar vond het getal 2.5');
  });

  it('een aantal als tekst', () => {
    const d = demo();
    (d.leerlingen[1] as Record<string, unknown>).aantal = '12';
    verwachtProbleem(d, '$.leerlingen[1].aantal', 'verwacht een getal, maar vond tekst "12"');
  });

  it('negatieve inwoners', () => {
    const d = demo();
    d.gemeenten[0].inwoners0tot17 = -1;
    verwachtProbleem(d, '$.gemeenten[0].inwoners0tot17', /mag niet negatief zijn/);
  });

  it('marktaandelen die samen geen 1 zijn', () => {
    const d = demo();
    d.zorgverzekeraars[1].marktaandeel = 0.36;
    verwachtProbleem(d, '$.zorgverzekeraars', 'de marktaandelen moeten samen 1 (100%) zijn, maar zijn samen 0,98');
  });

  it('een marktaandeel boven 1', () => {
    const d = demo();
    d.zorgverzekeraars = [{ naam: 'A', marktaandeel: 1.5 }];
    const p = problemen(d);
    expect(p[0]).toEqual({ pad: '$.zorgverzekeraars[0].marktaandeel', melding: 'mag hoogstens 1 zijn' });
  });

  it('inventarisatie-kaders die samen geen 1 zijn', () => {
    const d = demo();
    d.inventarisaties = [{ school: 'S01', professional: 'jeugdarts', fte: 1, kaders: { onderwijs: 0.5, zvw: 0.4 } }] as never;
    verwachtProbleem(d, '$.inventarisaties[0].kaders', 'de kaderverdeling moet samen 1 zijn, maar is 0,9');
  });

  it('inventarisatie met een onbekend kader', () => {
    const d = demo();
    d.inventarisaties = [{ school: 'S01', professional: 'jeugdarts', fte: 1, kaders: { onderwijs: 0.5, belasting: 0.5 } }] as never;
    const p = problemen(d);
    expect(p.map((x) => x.pad)).toContain('$.inventarisaties[0].kaders');
    expect(p.some((x) => /belasting/.test(x.melding))).toBe(true);
  });
});

describe('valideerRegio: dubbelen en samenhang', () => {
  it('dubbele gemeentecode', () => {
    const d = demo();
    d.gemeenten[4].code = 'GM9902';
    // The leerlingen of the lost GM9905 now point nowhere; only the duplicate matters here.
    d.leerlingen = d.leerlingen.filter((l) => l.woongemeente !== 'GM9905' && l.woongemeente !== 'GM9902');
    verwachtProbleem(d, '$.gemeenten[4].code', 'gemeentecode GM9902 komt dubbel voor (ook op $.gemeenten[1])');
  });

  it('dubbele schoolcode', () => {
    const d = demo();
    d.scholen.push({ ...d.scholen[0] });
    verwachtProbleem(d, '$.scholen[6].code', 'schoolcode S01 komt dubbel voor (ook op $.scholen[0])');
  });

  it('dubbele swv-code', () => {
    const d = demo();
    d.samenwerkingsverbanden.push({ ...d.samenwerkingsverbanden[2], naam: 'Nog een' });
    verwachtProbleem(d, '$.samenwerkingsverbanden[4].code', 'swv-code VO9901 komt dubbel voor (ook op $.samenwerkingsverbanden[2])');
  });

  it('dubbele leerlingen-cel', () => {
    const d = demo();
    d.leerlingen.push({ ...d.leerlingen[10], aantal: 1 });
    const cel = d.leerlingen[10];
    verwachtProbleem(
      d,
      `$.leerlingen[${d.leerlingen.length - 1}]`,
      `de combinatie school / woongemeente / doelgroep ${cel.school} / ${cel.woongemeente} / ${cel.doelgroep} komt dubbel voor (ook op $.leerlingen[10])`,
    );
  });

  it('dubbele zorgverzekeraar', () => {
    const d = demo();
    d.zorgverzekeraars[1].naam = d.zorgverzekeraars[0].naam;
    verwachtProbleem(d, '$.zorgverzekeraars[1].naam', /zorgverzekeraar .* komt dubbel voor/);
  });

  it('twee centrumgemeenten', () => {
    const d = demo();
    d.gemeenten[3].centrumgemeente = true;
    verwachtProbleem(d, '$.gemeenten[3].centrumgemeente', 'er mag één centrumgemeente zijn; ook GM9901 is centrumgemeente');
  });

  it('een centrumgemeente buiten de regio', () => {
    const d = demo();
    d.gemeenten[0].centrumgemeente = false;
    d.gemeenten[10].centrumgemeente = true;
    verwachtProbleem(d, '$.gemeenten[10].centrumgemeente', 'een centrumgemeente moet in de regio liggen (inRegio: true)');
  });

  it('geen enkele gemeente in de regio', () => {
    const d = demo();
    for (const g of d.gemeenten) {
      g.inRegio = false;
      g.centrumgemeente = false;
    }
    verwachtProbleem(d, '$.gemeenten', /minstens één gemeente moet in de regio liggen/);
  });

  it('meldt meerdere problemen tegelijk, elk met een eigen pad', () => {
    const d = demo();
    d.leerlingen[0].school = 'S99';
    d.leerlingen[1].woongemeente = 'GM0000';
    d.zorgverzekeraars[0].marktaandeel = 0.5;
    expect(problemen(d).map((p) => p.pad).sort()).toEqual(['$.leerlingen[0].school', '$.leerlingen[1].woongemeente', '$.zorgverzekeraars']);
  });
});

describe('valideerRegio: vorm van het bestand', () => {
  it('verkeerd formaat', () => {
    const d = demo();
    d.formaat = 'zio-project';
    verwachtProbleem(d, '$.formaat', 'dit is geen regio-bestand: verwacht formaat "zio-regio"');
  });

  it('ontbrekend formaat', () => {
    const d = demo();
    delete (d as Partial<Demo>).formaat;
    verwachtProbleem(d, '$.formaat', /dit is geen regio-bestand/);
  });

  it('een nieuwere versie', () => {
    const d = demo();
    d.versie = REGIO_VERSIE + 1;
    verwachtProbleem(d, '$.versie', /nieuwere versie van de app/);
    expect(problemen(d)[0].melding).toContain(`versie ${REGIO_VERSIE + 1}`);
  });

  it('versie 0', () => {
    const d = demo();
    d.versie = 0;
    verwachtProbleem(d, '$.versie', /minstens 1/);
  });

  it('onbekende doelgroep', () => {
    const d = demo();
    (d.leerlingen[7] as Record<string, unknown>).doelgroep = 'hoogbegaafd';
    verwachtProbleem(d, '$.leerlingen[7].doelgroep', /^moet een van "gedrag", "lvb_ml", "lb", "emb", "lz" zijn, maar is tekst "hoogbegaafd"$/);
  });

  it('onbekende sector', () => {
    const d = demo();
    (d.scholen[0] as Record<string, unknown>).sector = 'mbo';
    verwachtProbleem(d, '$.scholen[0].sector', /moet een van "so", "vso", "so-vso" zijn/);
  });

  it('onbekend veld op het hoogste niveau', () => {
    const d = demo();
    d.opmerking = 'hallo';
    verwachtProbleem(d, '$', 'onbekend veld "opmerking"');
  });

  it('onbekend veld dieper in het bestand', () => {
    const d = demo();
    (d.scholen[1] as Record<string, unknown>).brin = '00XX';
    verwachtProbleem(d, '$.scholen[1]', 'onbekend veld "brin"');
  });

  it.each(['zorgkantoor', 'gemeenten', 'leerlingen', 'zorgverzekeraars', 'regio'] as const)('ontbrekend verplicht veld %s', (veld) => {
    const d = demo();
    delete (d as Partial<Demo>)[veld];
    verwachtProbleem(d, `$.${veld}`, 'ontbreekt (verplicht veld)');
  });

  it('ontbrekend veld in een rij', () => {
    const d = demo();
    delete (d.scholen[3] as Partial<(typeof d.scholen)[number]>).swv;
    verwachtProbleem(d, '$.scholen[3].swv', 'ontbreekt (verplicht veld)');
  });

  it('lege naam en lege lijsten', () => {
    const d = demo();
    d.regio.naam = '   ';
    verwachtProbleem(d, '$.regio.naam', 'mag niet leeg zijn');
    const e = demo();
    e.zorgverzekeraars = [];
    expect(problemen(e)[0]).toEqual({ pad: '$.zorgverzekeraars', melding: 'moet minstens 1 element(en) bevatten' });
  });

  it.each([null, [], 'zio-regio', 42])('geen object: %j', (data) => {
    verwachtProbleem(data, '$', 'dit is geen regio-bestand: verwacht een JSON-object');
  });
});

describe('leesRegioJson', () => {
  it('leest de demo als tekst', () => {
    const r = leesRegioJson(JSON.stringify(demoJson));
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.waarde satisfies RegioBestand).leerlingen).toHaveLength(demoJson.leerlingen.length);
  });

  it.each(['', '{', '{"formaat": "zio-regio",}', "{'formaat': 'zio-regio'}", 'NaN'])('ongeldige JSON %j', (tekst) => {
    const r = leesRegioJson(tekst);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemen).toHaveLength(1);
    expect(r.problemen[0].pad).toBe('$');
    expect(r.problemen[0].melding).toMatch(tekst ? /^geen geldige JSON: / : /^het bestand is leeg/);
    expect(r.problemen[0].melding).not.toMatch(/position|Unexpected|Expected/);
  });

  it('noemt regel en kolom van een syntaxfout en accepteert een byte-order mark', () => {
    const r = leesRegioJson('{\n  "formaat": "zio-regio",\n}');
    expect(r.ok ? '' : r.problemen[0].melding).toBe("geen geldige JSON: fout in regel 3, kolom 1 (controleer komma's, aanhalingstekens en haakjes)");
    const demo = readFileSync(new URL('../../../resources/demo/demoregio.json', import.meta.url), 'utf8');
    expect(leesRegioJson('\uFEFF' + demo).ok).toBe(true);
  });

  it('geeft de professionals-set door', () => {
    const d = demo();
    d.inventarisaties = [{ school: 'S01', professional: 'tovenaar', fte: 1 }] as never;
    const r = leesRegioJson(JSON.stringify(d), { professionals: new Set(['jeugdarts']) });
    expect(r).toEqual({ ok: false, problemen: [{ pad: '$.inventarisaties[0].professional', melding: 'onbekende professional tovenaar' }] });
  });
});
