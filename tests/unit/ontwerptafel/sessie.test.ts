/** The session: schema with Dutch messages, momentopnamen, their comparison and a JSON round trip. */
import { describe, expect, it } from 'vitest';
import { ROUTES, SCOPE_TAKEN, evalueerVariant, standaardVariant } from '../../../shared/engine';
import {
  CRITERIUM_IDS,
  OntwerpsessieSchema,
  STANDAARD_GROEPEN,
  leesOntwerpsessieJson,
  maakMomentopname,
  nieuweSessie,
  sessieWeging,
  valideerOntwerpsessie,
  vergelijkMomentopnamen,
  voegMomentopnameToe,
  vrijeMomentnaam,
  type Ontwerpsessie,
} from '../../../shared/ontwerptafel';
import { alleen, demoregio, landelijk } from './hulp';

const ns = landelijk();
const regio = demoregio();
const breed = standaardVariant(regio);
const evBreed = evalueerVariant(ns, regio, breed);
const evSmal = evalueerVariant(ns, regio, { ...breed, scope: 'smal', verdeelsleutel: { type: 'leerlingen' } });

const problemen = (data: unknown) => {
  const r = valideerOntwerpsessie(data);
  return r.ok ? [] : r.problemen.map((p) => `${p.pad}: ${p.melding}`);
};

describe('OntwerpsessieSchema and valideerOntwerpsessie', () => {
  it('fills in the defaults: seven groups, all four routes, no weights set, meerjaren defaults', () => {
    const s = nieuweSessie();
    expect(s.formaat).toBe('zio-ontwerpsessie');
    expect(s.naam).toBe('Ontwerptafel');
    expect(s.groepen).toEqual(STANDAARD_GROEPEN);
    expect(s.groepen).not.toBe(STANDAARD_GROEPEN);
    expect(s.routes).toEqual([...ROUTES]);
    expect(s.gewichten).toEqual({});
    expect(s.meerjaren).toEqual({ jaren: 3, leerlingengroei: 0, prijsindex: 0.03, indexfactor: 1 });
    expect(s.momentopnamen).toEqual([]);
  });

  it('accepts a complete session', () => {
    const s = nieuweSessie({
      naam: 'Ontwerptafel Demoregio',
      datum: '2025-03-12',
      routes: ['gemeenteroute', 'onderwijsroute', 'integraal'],
      groepen: [
        { id: 'gemeenten', naam: 'Gemeenten' },
        { id: 'ouders', naam: 'Ouders en ouderorganisaties' },
      ],
      gewichten: { gemeenten: { budgettoets: 9, eenvoud: 7.5 }, ouders: { ouders: 10 } },
      scores: { onderwijsroute: { budgettoets: { score: 3.5, onderbouwing: 'Met een onafhankelijke commissie.' } } },
      scopeposities: { gedrag: { gemeenten: 'in', ouders: 'onbeslist' } },
      meerjaren: { jaren: 5, leerlingengroei: [0.01, 0.01, 0.02, 0.02, 0], prijsindex: 0.025, basisjaar: 2025 },
      notities: 'Besloten: breed, behalve leerstoornissen.',
    });
    expect(s.gewichten.gemeenten).toEqual({ budgettoets: 9, eenvoud: 7.5 });
    expect(s.meerjaren.jaren).toBe(5);
  });

  it('reports shape errors in Dutch with their JSON path', () => {
    expect(problemen({ gewichten: { gemeenten: { eenvoud: 11 } } })).toEqual(['$.gewichten.gemeenten.eenvoud: mag hoogstens 10 zijn']);
    expect(problemen({ gewichten: { gemeenten: { eenvoud: -1 } } })).toEqual(['$.gewichten.gemeenten.eenvoud: mag niet negatief zijn (is het getal -1)']);
    expect(problemen({ gewichten: { gemeenten: { snelheid: 3 } } })).toEqual(['$.gewichten.gemeenten: onbekend veld "snelheid"']);
    expect(problemen({ scores: { huidig: { ouders: { score: 6 } } } })).toEqual(['$.scores.huidig.ouders.score: mag hoogstens 5 zijn']);
    expect(problemen({ scopeposities: { gedrag: { ouders: 'misschien' } } })).toEqual(['$.scopeposities.gedrag.ouders: moet een van "in", "uit", "onbeslist" zijn, maar is tekst "misschien"']);
    expect(problemen({ routes: ['huidig'] })).toEqual(['$.routes: moet minstens 2 element(en) bevatten']);
    expect(problemen({ routes: ['huidig', 'wijkroute'] })).toEqual([
      '$.routes[1]: moet een van "huidig", "gemeenteroute", "onderwijsroute", "integraal" zijn, maar is tekst "wijkroute"',
    ]);
    expect(problemen({ datum: '12-03-2025' })).toEqual(['$.datum: verwacht een datum zoals 2025-03-12']);
    expect(problemen({ groepen: [] })).toEqual(['$.groepen: moet minstens 1 element(en) bevatten']);
    expect(problemen({ groepen: [{ id: 'x', naam: '' }] })).toEqual(['$.groepen[0].naam: mag niet leeg zijn']);
    expect(problemen({ meerjaren: { jaren: 6 } })).toEqual(['$.meerjaren.jaren: mag hoogstens 5 zijn']);
    expect(problemen({ kleur: 'blauw' })).toEqual(['$: onbekend veld "kleur"']);
  });

  it('reports references that do not exist', () => {
    expect(problemen({ groepen: [{ id: 'a', naam: 'A' }, { id: 'a', naam: 'B' }] })).toEqual(['$.groepen[1].id: de groep-id "a" komt twee keer voor']);
    expect(problemen({ routes: ['huidig', 'integraal', 'huidig'] })).toEqual(['$.routes[2]: de route "huidig" staat er twee keer in']);
    expect(problemen({ gewichten: { wethouders: { eenvoud: 3 } } })).toEqual([
      '$.gewichten.wethouders: onbekende groep "wethouders"; bekende groepen: gemeenten, samenwerkingsverbanden, schoolbesturen, schoolleiders, zorgaanbieders, zorgkantoren_zorgverzekeraars, ouders',
    ]);
    expect(problemen({ scopeposities: { vervoer: { ouders: 'in' } } })[0]).toMatch(/^\$\.scopeposities\.vervoer: onbekende taak "vervoer"; bekende taken: behandeling, /);
  });

  it('refuses other files and newer versions', () => {
    expect(problemen([])).toEqual(['$: dit is geen sessiebestand van de ontwerptafel: verwacht een JSON-object']);
    expect(problemen({ formaat: 'zio-variant' })).toEqual(['$.formaat: dit is geen sessiebestand van de ontwerptafel: verwacht formaat "zio-ontwerpsessie"']);
    expect(problemen({ versie: 3 })).toEqual(['$.versie: dit bestand heeft versie 3 en is gemaakt met een nieuwere versie van de app (deze app leest tot versie 2)']);
    const r = leesOntwerpsessieJson('{"naam": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problemen[0].melding).toMatch(/^geen geldige JSON: /);
  });
});

describe('momentopnamen', () => {
  const sessie0 = nieuweSessie({ scopeposities: { gedrag: { gemeenten: 'in' } } });
  const a = maakMomentopname(sessie0, evBreed, '  Start  ', new Date('2025-03-12T09:30:00Z'));
  const sessie1: Ontwerpsessie = {
    ...voegMomentopnameToe(sessie0, a),
    // The gemeenten now care only about simplicity; a score is changed.
    gewichten: { gemeenten: alleen({ eenvoud: 10, budgettoets: 4 }) },
    scores: { integraal: { eenvoud: { score: 4, onderbouwing: 'De autoriteit vervangt bestaande overleggen.' } } },
  };
  const b = maakMomentopname(sessie1, evSmal, 'Smal, leerlingen', '2025-03-12T11:00:00Z');
  const sessie2 = voegMomentopnameToe(sessie1, b);

  it('captures the variant, weights, scores and the results on screen', () => {
    expect(a.naam).toBe('Start');
    expect(a.tijdstip).toBe('2025-03-12T09:30:00.000Z');
    expect(a.variant).toEqual(evBreed.variant);
    expect(a.resultaten.weging).toEqual(sessieWeging(sessie0, evBreed).weging);
    expect(a.resultaten.pot.totaal).toBe(evBreed.pot.totaal);
    expect(a.resultaten.scope).toEqual({ naam: 'breed', taken: [...SCOPE_TAKEN.breed] });
    expect(a.resultaten.leerlingen).toBe(evBreed.behoefte!.leerlingen);
    expect(a.resultaten.bijdragen).toHaveLength(evBreed.financiers.length);
    expect(a.scopeposities).toEqual({ gedrag: { gemeenten: 'in' } });
    expect(b.resultaten.scoretabel.perRoute.integraal!.eenvoud).toMatchObject({ score: 4, herkomst: 'aangepast' });
  });

  it('keeps a momentopname unchanged when the session changes afterwards', () => {
    const s = nieuweSessie({ gewichten: { ouders: { eenvoud: 2 } } });
    const m = maakMomentopname(s, evBreed, 'x', '2025-03-12T09:30:00Z');
    (s.gewichten.ouders as Record<string, number>).eenvoud = 9;
    expect(m.gewichten.ouders.eenvoud).toBe(2);
  });

  it('refuses a second momentopname with the same name and suggests a free one', () => {
    expect(() => voegMomentopnameToe(sessie2, { ...a })).toThrow('er is al een momentopname met de naam "Start"');
    expect(vrijeMomentnaam(sessie2, 'Start')).toBe('Start (2)');
    expect(vrijeMomentnaam(sessie2, 'Na de pauze')).toBe('Na de pauze');
    expect(problemen({ ...sessie2, momentopnamen: [a, a] })).toEqual(['$.momentopnamen[1].naam: er is al een momentopname met de naam "Start"']);
  });

  it('survives saving and reading back as JSON', () => {
    const r = leesOntwerpsessieJson(JSON.stringify(sessie2));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.waarde).toEqual(OntwerpsessieSchema.parse(sessie2));
  });

  it('compares two momentopnamen: ranking per group, pot, contributions, scope, weights and scores', () => {
    const v = vergelijkMomentopnamen(a, b);
    expect(v.a).toBe('Start');
    expect(v.b).toBe('Smal, leerlingen');
    expect(v.pot).toMatchObject({ a: evBreed.pot.totaal, b: evSmal.pot.totaal });
    expect(v.pot.verschil).toBeCloseTo(evSmal.pot.totaal - evBreed.pot.totaal, 6);
    expect(v.pot.verschil).toBeLessThan(0);
    expect(v.pot.perKader.jeugdwet.verschil).toBeCloseTo(evSmal.pot.perKader.jeugdwet - evBreed.pot.perKader.jeugdwet, 6);
    expect(v.nietInPot.verschil).toBeCloseTo(evSmal.nietInPot.totaal - evBreed.nietInPot.totaal, 6);
    expect(v.scope.eraf).toEqual(SCOPE_TAKEN.breed.filter((t) => !SCOPE_TAKEN.smal.includes(t)));
    expect(v.scope.erbij).toEqual([]);

    const gm = v.bijdragen.find((x) => x.partij === 'gemeente:GM9901')!;
    expect(gm.a).toBe(evBreed.financiers.find((f) => f.partij === 'gemeente:GM9901')!.potdeel);
    expect(gm.b).toBe(evSmal.financiers.find((f) => f.partij === 'gemeente:GM9901')!.potdeel);

    // Weights: the gemeenten changed all 14 (12 of them to 0; eenvoud 5 → 10; budgettoets 5 → 4).
    expect(v.gewichten).toHaveLength(CRITERIUM_IDS.length);
    expect(v.gewichten.find((x) => x.criterium === 'eenvoud')).toEqual({ groep: 'gemeenten', criterium: 'eenvoud', a: 5, b: 10 });
    expect(v.scores).toEqual([{ route: 'integraal', criterium: 'eenvoud', a: 2, b: 4 }]);

    expect(v.rangorde[0].groep).toBeNull();
    expect(v.rangorde.map((x) => x.naam)).toEqual(['Totaal', ...STANDAARD_GROEPEN.map((g) => g.naam)]);
    const gem = v.rangorde.find((x) => x.groep === 'gemeenten')!;
    expect(gem.winnaarA).toBe(a.resultaten.weging.perGroep[0].rangorde[0].route);
    expect(gem.winnaarB).toBe(b.resultaten.weging.perGroep[0].rangorde[0].route);
    expect(gem.gewijzigd).toBe(gem.winnaarA !== gem.winnaarB);
    // Weighing only eenvoud (10) and budgettoets (4), the gemeenteroute (4 and 5) wins for the gemeenten.
    expect(gem.winnaarB).toBe('gemeenteroute');
    const ouders = v.rangorde.find((x) => x.groep === 'ouders')!;
    expect(ouders.routes.map((r) => r.route)).toEqual([...ROUTES]);
    expect(ouders.routes[0].plaatsA).toBe(a.resultaten.weging.perGroep[6].rangorde.find((p) => p.route === 'huidig')!.plaats);
  });

  it('marks a group that is only in one momentopname', () => {
    const s = nieuweSessie({ groepen: [...STANDAARD_GROEPEN, { id: 'leerlingen', naam: 'Leerlingenraad' }] });
    const c = maakMomentopname(s, evBreed, 'Met leerlingen', '2025-03-12T12:00:00Z');
    const v = vergelijkMomentopnamen(a, c);
    const l = v.rangorde.find((x) => x.groep === 'leerlingen')!;
    expect(l).toMatchObject({ winnaarA: null, gewijzigd: true });
    expect(l.winnaarB).not.toBeNull();
    expect(v.gewichten.filter((x) => x.groep === 'leerlingen').every((x) => x.a === null && x.b === 5)).toBe(true);
  });
});

describe('sessions of versie 1 (before the survey groups and the schakels)', () => {
  const OUDE_GROEPEN = [
    { id: 'gemeenten', naam: 'Gemeenten' },
    { id: 'samenwerkingsverbanden', naam: 'Samenwerkingsverbanden' },
    { id: 'schoolbesturen', naam: 'Schoolbesturen' },
    { id: 'zorgaanbieders', naam: 'Zorgaanbieders' },
    { id: 'zorgkantoren', naam: 'Zorgkantoren' },
    { id: 'zorgverzekeraars', naam: 'Zorgverzekeraars' },
    { id: 'ouders', naam: 'Ouders' },
  ];
  /** A momentopname as versie 1 saved it: the old groups, without the two newer criteria. */
  function oudeMomentopname(): unknown {
    const m = JSON.parse(JSON.stringify(maakMomentopname(nieuweSessie({ groepen: OUDE_GROEPEN }), evBreed, 'Ronde 1', '2025-03-12T09:30:00Z')));
    for (const rij of Object.values(m.resultaten.scoretabel.perRoute) as Record<string, unknown>[]) {
      delete rij.individueel_maatwerk;
      delete rij.borging_kwaliteit;
    }
    return m;
  }
  const oud = {
    formaat: 'zio-ontwerpsessie',
    versie: 1,
    naam: 'Sessie van vorig jaar',
    routes: [...ROUTES],
    groepen: OUDE_GROEPEN,
    gewichten: { gemeenten: { eenvoud: 8 }, zorgkantoren: { eenvoud: 10 }, zorgverzekeraars: { eenvoud: 4, budgettoets: 0 } },
    scores: {},
    scopeposities: { behandeling: { zorgkantoren: 'in', zorgverzekeraars: 'in', ouders: 'in' }, gedrag: { zorgkantoren: 'in', zorgverzekeraars: 'uit' }, indirect: { zorgverzekeraars: 'uit' } },
    meerjaren: { jaren: 3, leerlingengroei: 0, prijsindex: 0.03 },
    momentopnamen: [oudeMomentopname()],
  };
  const r = leesOntwerpsessieJson(JSON.stringify(oud));
  if (!r.ok) throw new Error(r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('; '));
  const s = r.waarde;

  it('still loads, as versie 2, with zorgkantoren and zorgverzekeraars as the survey’s one group where the first stood', () => {
    expect(s.versie).toBe(2);
    expect(s.groepen).toEqual([
      { id: 'gemeenten', naam: 'Gemeenten' },
      { id: 'samenwerkingsverbanden', naam: 'Samenwerkingsverbanden' },
      { id: 'schoolbesturen', naam: 'Schoolbesturen' },
      { id: 'zorgaanbieders', naam: 'Zorgaanbieders' },
      { id: 'zorgkantoren_zorgverzekeraars', naam: 'Zorgkantoren en zorgverzekeraars' },
      { id: 'ouders', naam: 'Ouders' },
    ]);
  });

  it('gives the merged group the mean of the two weights (a missing weight counts as 5) and their shared position', () => {
    expect(s.gewichten).toEqual({ gemeenten: { eenvoud: 8 }, zorgkantoren_zorgverzekeraars: { eenvoud: 7, budgettoets: 2.5 } });
    expect(s.scopeposities).toEqual({
      behandeling: { ouders: 'in', zorgkantoren_zorgverzekeraars: 'in' },
      gedrag: { zorgkantoren_zorgverzekeraars: 'onbeslist' },
      indirect: { zorgkantoren_zorgverzekeraars: 'uit' },
    });
  });

  it('keeps the momentopname as it was taken and says its "geldstromen" counted flows', () => {
    const m = s.momentopnamen[0];
    expect(m.groepen.map((g) => g.id)).toContain('zorgverzekeraars');
    expect(m.resultaten.scoretabel.perRoute.integraal!.individueel_maatwerk).toBeUndefined();
    expect(m.resultaten.scoretabel.perRoute.integraal!.geldstromen!.onderbouwing).toMatch(/^Gemeten als het aantal geldstromen \(sessieversie 1\), niet als schakels\./);
  });

  it('weighs and compares with the new criteria: the old momentopname simply lacks them', () => {
    const { weging } = sessieWeging(s, evBreed);
    expect(weging.perGroep.map((g) => g.groep)).toEqual(s.groepen.map((g) => g.id));
    const nu = maakMomentopname(s, evBreed, 'Ronde 2', '2025-03-13T09:30:00Z');
    const v = vergelijkMomentopnamen(s.momentopnamen[0], nu);
    expect(v.scores.some((x) => x.criterium === 'individueel_maatwerk' || x.criterium === 'borging_kwaliteit')).toBe(false);
    expect(v.rangorde.find((x) => x.groep === 'zorgverzekeraars')).toMatchObject({ winnaarB: null, gewijzigd: true });
    expect(v.rangorde.find((x) => x.groep === 'zorgkantoren_zorgverzekeraars')).toMatchObject({ winnaarA: null, gewijzigd: true });
  });

  it('leaves a versie-1 session without those groups as it was, and does not add the schoolleiders', () => {
    const r2 = valideerOntwerpsessie({ versie: 1, groepen: [{ id: 'gemeenten', naam: 'Gemeenten' }, { id: 'ouders', naam: 'Ouders' }], gewichten: { ouders: { eenvoud: 2 } } });
    expect(r2.ok && r2.waarde.groepen.map((g) => g.id)).toEqual(['gemeenten', 'ouders']);
    expect(r2.ok && r2.waarde.gewichten).toEqual({ ouders: { eenvoud: 2 } });
  });
});
