/** The variant-bestand: schema, Dutch messages with JSON paths, references to the regio, defaults and presets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  deriveNormenset,
  evalueerVariant,
  leesVariantJson,
  standaardCentrumgemeente,
  standaardVariant,
  valideerVariant,
  VARIANT_PRESETS,
  VariantSchema,
} from '../../../shared/engine';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';
import { kleineRegio } from './hulp';

const regio = kleineRegio();
const problemen = (data: unknown, r = regio) => {
  const v = valideerVariant(data, r);
  return v.ok ? [] : v.problemen.map((p) => `${p.pad}: ${p.melding}`);
};

function demo(): RegioBestand {
  const r = valideerRegio(JSON.parse(readFileSync(new URL('../../../resources/demo/demoregio.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error('demoregio ongeldig');
  return r.waarde;
}

describe('VariantSchema and valideerVariant', () => {
  it('fills in every default of the rekenmodel for an empty file', () => {
    const v = valideerVariant({}, regio);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.waarde).toEqual({
      formaat: 'zio-variant',
      versie: 3,
      scope: 'breed',
      potKaders: ['jeugdwet', 'zvw', 'wlz', 'wmo'],
      onderwijsbijdragePct: 0,
      deelname: {},
      nietDeelnemers: 'individueel',
      buitenRegio: 'individueel',
      pgb: { jeugdwet: 'pot', zvw: 'pot', wlz: 'pot', wpg: 'pot', wmo: 'pot' },
      buitenScope: 'individueel',
      verdeelsleutel: { type: 'zorggebruik', alpha: 0.5, percentages: {} },
      onderwijsroute: { budgethouder: 'betalend_swv' },
      integraal: { naam: 'Regionale onderwijszorgautoriteit' },
      uitvoeringskostenPct: { gemeenteroute: 0, onderwijsroute: 0, integraal: 0 },
      rekenbasis: 'norm',
      ingroei: { jaren: 1 },
    });
  });

  it('accepts a complete file and normalises the order of the pot kaders', () => {
    const v = valideerVariant(
      {
        formaat: 'zio-variant',
        versie: 1,
        naam: 'Zonder Ceveen',
        scope: ['behandeling', 'persoonlijke_verzorging'],
        potKaders: ['wmo', 'jeugdwet', 'wmo', 'wpg'],
        onderwijsbijdragePct: 12.5,
        deelname: { 'gemeente:GC': false, zorgkantoor: true, 'zorgverzekeraar:V2': false, ggd: false },
        nietDeelnemers: 'herverdelen',
        buitenRegio: 'verrekening',
        verdeelsleutel: { type: 'vast', percentages: { GA: 70, GB: 20, GC: 10 } },
        centrumgemeente: 'GB',
        onderwijsroute: { budgethouder: 'penvoerder', penvoerder: 'P2' },
        integraal: { naam: 'Integrale commissie' },
        uitvoeringskostenPct: { gemeenteroute: 2.5 },
      },
      regio,
    );
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.waarde.potKaders).toEqual(['jeugdwet', 'wpg', 'wmo']);
    expect(v.waarde.uitvoeringskostenPct).toEqual({ gemeenteroute: 2.5, onderwijsroute: 0, integraal: 0 });
    expect(v.waarde.verdeelsleutel.alpha).toBe(0.5);
  });

  it('reports schema problems in Dutch with their JSON path', () => {
    expect(
      problemen({
        scope: 'heel',
        potKaders: ['jeugdwet', 'tandzorg'],
        onderwijsbijdragePct: 120,
        nietDeelnemers: 'negeren',
        verdeelsleutel: { type: 'mix', alpha: 1.5 },
        uitvoeringskostenPct: { huidig: 1 },
        extra: true,
      }),
    ).toEqual([
      '$.scope: moet "breed", "medium", "smal" of een lijst van taak-ids zijn, maar is tekst "heel"',
      '$.potKaders[1]: moet een van "onderwijs", "jeugdwet", "zvw", "wlz", "wpg", "wmo" zijn, maar is tekst "tandzorg"',
      '$.onderwijsbijdragePct: mag hoogstens 100 zijn',
      '$.nietDeelnemers: moet een van "individueel", "vestigingsgemeente", "herverdelen" zijn, maar is tekst "negeren"',
      '$.verdeelsleutel.alpha: mag hoogstens 1 zijn',
      '$.uitvoeringskostenPct: onbekend veld "huidig"',
      '$: onbekend veld "extra"',
    ]);
    expect(problemen({ scope: 3 })).toEqual(['$.scope: moet "breed", "medium", "smal" of een lijst van taak-ids zijn, maar is 3']);
    expect(problemen({ scope: ['behandeling', 7] })).toEqual(['$.scope[1]: verwacht tekst, maar vond het getal 7']);
    expect(problemen({ deelname: { zorgkantoor: 'nee' } })).toEqual(['$.deelname.zorgkantoor: verwacht true of false, maar vond tekst "nee"']);
  });

  it('checks every reference against the regio and the task list', () => {
    expect(
      problemen({
        scope: ['behandeling', 'tandarts'],
        potKaders: ['jeugdwet', 'onderwijs'],
        deelname: { 'gemeente:GX': false, GB: false, 'zorgverzekeraar:V9': false, 'swv:P1': false, gemeente: false },
        verdeelsleutel: { type: 'vast', percentages: { GA: 50, GX: 30, GC: 10 } },
        centrumgemeente: 'GZ',
        onderwijsroute: { budgethouder: 'penvoerder', penvoerder: 'P7' },
      }),
    ).toEqual([
      expect.stringMatching(/^\$\.scope\[1\]: onbekende taak "tandarts"; bekende taken: /),
      '$.potKaders[1]: onderwijs gaat niet als kader in de pot: gebruik onderwijsbijdragePct (het percentage van het onderwijsdeel dat het samenwerkingsverband inbrengt)',
      '$.deelname["gemeente:GX"]: onbekende gemeentecode GX',
      '$.deelname.GB: gebruik de partij-id "gemeente:GB" in plaats van alleen de gemeentecode',
      '$.deelname["zorgverzekeraar:V9"]: onbekende zorgverzekeraar "V9"; bekend: V1, V2',
      '$.deelname["swv:P1"]: samenwerkingsverbanden doen mee via onderwijsbijdragePct, niet via deelname',
      '$.deelname.gemeente: onbekende partij "gemeente": gebruik gemeente:<code>, zorgkantoor, ggd of zorgverzekeraar:<naam>',
      '$.verdeelsleutel.percentages.GX: onbekende gemeentecode GX',
      '$.verdeelsleutel.percentages: de percentages moeten samen 100 zijn, maar zijn samen 90',
      '$.centrumgemeente: onbekende gemeentecode GZ',
      '$.onderwijsroute.penvoerder: onbekend samenwerkingsverband P7',
    ]);
    expect(problemen({ verdeelsleutel: { type: 'vast' } })).toEqual(['$.verdeelsleutel.percentages: de verdeelsleutel "vast" vraagt een percentage per gemeente (samen 100)']);
    const buiten = kleineRegio({ gcInRegio: false });
    expect(problemen({ centrumgemeente: 'GC', verdeelsleutel: { type: 'vast', percentages: { GA: 90, GC: 10 } } }, buiten)).toEqual([
      '$.verdeelsleutel.percentages.GC: gemeente GC ligt buiten de regio en draagt niet bij via de verdeelsleutel',
      '$.centrumgemeente: gemeente GC ligt buiten de regio en kan geen centrumgemeente zijn',
    ]);
  });

  it('refuses another format, a newer version and non-objects', () => {
    expect(problemen({ formaat: 'zio-regio' })).toEqual(['$.formaat: dit is geen variant-bestand: verwacht formaat "zio-variant"']);
    expect(problemen({ versie: 4 })).toEqual(['$.versie: dit bestand heeft versie 4 en is gemaakt met een nieuwere versie van de app (deze app leest tot versie 3)']);
    expect(problemen([])).toEqual(['$: dit is geen variant-bestand: verwacht een JSON-object']);
    const kapot = leesVariantJson('{"scope": ', regio);
    expect(kapot.ok).toBe(false);
    if (!kapot.ok) expect(kapot.problemen[0].melding).toMatch(/^geen geldige JSON/);
  });

  it('checks task ids against the given task list', () => {
    const v = valideerVariant({ scope: ['eigen_taak'] }, regio, { taken: [{ id: 'eigen_taak', naam: 'Eigen taak', groep: 'A' }] });
    expect(v.ok).toBe(true);
  });
});

describe('standaardVariant and the presets', () => {
  it('fills in the centrumgemeente, else the in-regio gemeente with the most inwoners 0–17', () => {
    expect(standaardVariant(regio).centrumgemeente).toBe('GA');
    const zonder = { ...regio, gemeenten: regio.gemeenten.map((g) => ({ ...g, centrumgemeente: false, inwoners0tot17: g.code === 'GB' ? 9000 : g.inwoners0tot17 })) };
    expect(standaardCentrumgemeente(zonder)).toBe('GB');
    const d = demo();
    const v = standaardVariant(d);
    expect(v.centrumgemeente).toBe('GM9901');
    // VO9901 has S02 (375) and S06 (115): 490 pupils, the most.
    expect(v.onderwijsroute.penvoerder).toBe('VO9901');
    expect(valideerVariant(v, d).ok).toBe(true);
  });

  it('has the two presets, each with one Dutch sentence, valid for any regio', () => {
    expect(VARIANT_PRESETS.map((p) => [p.id, p.naam])).toEqual([
      ['nieuwe-wet', 'Nieuwe wet: alle kaders collectief'],
      ['huidige-wetgeving', 'Huidige wetgeving'],
    ]);
    for (const p of VARIANT_PRESETS) {
      expect(p.omschrijving).toMatch(/^[A-Z][^.]*\.$/);
      expect(VariantSchema.safeParse(p.instellingen).success).toBe(true);
      expect(valideerVariant({ ...standaardVariant(regio), ...p.instellingen }, regio).ok).toBe(true);
    }
    const huidig = VARIANT_PRESETS[1].instellingen;
    expect(huidig.potKaders).not.toContain('zvw');
    expect(huidig.potKaders).toContain('wlz');
  });

  it('evaluates the presets on the demo regio: more kaders, bigger pot, fewer loketten', () => {
    const ns = deriveNormenset();
    const d = demo();
    const [nieuw, huidig] = VARIANT_PRESETS.map((p) => evalueerVariant(ns, d, p.instellingen));
    expect(nieuw.pot.totaal).toBeGreaterThan(huidig.pot.totaal);
    expect(nieuw.routes.gemeenteroute.loketten.gemiddeld).toBeLessThan(huidig.routes.gemeenteroute.loketten.gemiddeld);
    // Zvw outside the pot under today's laws: both verzekeraars remain a loket for every school.
    expect(huidig.nietInPot.perFinancier['zorgverzekeraar:Zorgverzekeraar Noord (fictief)']).toBeGreaterThan(0);
  });
});
