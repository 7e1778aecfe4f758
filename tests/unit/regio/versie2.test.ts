/**
 * Regio-bestand versie 2 (rekenmodel v2 §6): a gemeente's po- and vo-samenwerkingsverband, an so-vso
 * school's aandeel so and a leerlingen cel's sector. Versie 1 files read unchanged.
 */
import { describe, expect, it } from 'vitest';
import demoJson from '../../../resources/demo/demoregio.json';
import { REGIO_VERSIE, valideerRegio, type RegioBestand } from '../../../shared/regio/schema';

const demo = (): RegioBestand => structuredClone(demoJson) as RegioBestand;

function problemen(data: unknown) {
  const r = valideerRegio(data);
  expect(r.ok, 'verwacht dat de regio wordt geweigerd').toBe(false);
  return r.ok ? [] : r.problemen;
}

/** The demo as an older app wrote it: versie 1, none of the new fields, split cells added up. */
function alsVersie1(): Record<string, unknown> {
  const d = demo();
  const cellen = new Map<string, Omit<RegioBestand['leerlingen'][number], 'sector'>>();
  for (const { sector: _s, ...l } of d.leerlingen) {
    const k = `${l.school}|${l.woongemeente}|${l.doelgroep}`;
    const eerder = cellen.get(k);
    cellen.set(k, eerder ? { ...eerder, aantal: eerder.aantal + l.aantal } : l);
  }
  return {
    ...d,
    versie: 1,
    gemeenten: d.gemeenten.map(({ swvPo: _p, swvVo: _v, ...g }) => g),
    scholen: d.scholen.map(({ aandeelSo: _a, ...s }) => s),
    leerlingen: [...cellen.values()],
  };
}

describe('regio-bestand versie 2', () => {
  it('de app schrijft versie 3 (realisatie en prijspeil); de demoregio gebruikt alle nieuwe velden van versie 2', () => {
    expect(REGIO_VERSIE).toBe(3);
    const d = demo();
    expect(d.versie).toBe(3);
    expect(valideerRegio(d).ok).toBe(true);
    expect(d.gemeenten.filter((g) => g.inRegio).every((g) => g.swvPo && g.swvVo)).toBe(true);
    expect(d.scholen.filter((s) => s.aandeelSo !== undefined).map((s) => s.sector)).toEqual(['so-vso']);
    expect(d.leerlingen.some((l) => l.sector === 'so') && d.leerlingen.some((l) => l.sector === 'vso')).toBe(true);
    expect(d.leerlingen.reduce((s, l) => s + l.aantal, 0)).toBe(1560);
  });

  it('in de demoregio wordt een school door meer dan één samenwerkingsverband betaald', () => {
    const d = demo();
    const swvVan = new Map(d.gemeenten.map((g) => [g.code, g]));
    const sectorVan = new Map(d.scholen.map((s) => [s.code, s.sector]));
    const betalers = new Map<string, Set<string>>();
    for (const l of d.leerlingen) {
      const g = swvVan.get(l.woongemeente)!;
      const swv = (l.sector ?? sectorVan.get(l.school)) === 'vso' ? g.swvVo : g.swvPo;
      if (swv) betalers.set(l.school, (betalers.get(l.school) ?? new Set()).add(swv));
    }
    expect([...betalers.values()].some((s) => s.size > 1)).toBe(true);
  });

  it('een bestand van versie 1 wordt nog gelezen: de nieuwe velden ontbreken gewoon', () => {
    const r = valideerRegio(alsVersie1());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.versie).toBe(1);
    expect(r.waarde.gemeenten[0]).not.toHaveProperty('swvPo');
    expect(r.waarde.leerlingen.reduce((s, l) => s + l.aantal, 0)).toBe(1560);
  });

  it('een nieuwere versie dan 3 wordt geweigerd met uitleg', () => {
    expect(problemen({ ...demo(), versie: 4 })).toEqual([{ pad: '$.versie', melding: expect.stringMatching(/versie 4 .* nieuwere versie van de app \(deze app leest tot versie 3\)/) }]);
  });

  it('een gemeente waarvan swvVo een po-samenwerkingsverband noemt: een Nederlandse fout met het pad', () => {
    const d = demo();
    d.gemeenten[3].swvVo = 'PO9902';
    expect(problemen(d)).toEqual([{ pad: '$.gemeenten[3].swvVo', melding: 'samenwerkingsverband PO9902 is van type po; hier hoort een samenwerkingsverband van type vo' }]);
  });

  it('een onbekend samenwerkingsverband bij swvPo', () => {
    const d = demo();
    d.gemeenten[0].swvPo = 'PO0000';
    expect(problemen(d)).toEqual([{ pad: '$.gemeenten[0].swvPo', melding: 'onbekend samenwerkingsverband PO0000' }]);
  });

  it('een aandeel so alleen bij een so-vso-school, en tussen 0 en 1', () => {
    const d = demo();
    d.scholen[0].aandeelSo = 0.5; // S01 is so
    d.scholen[2].aandeelSo = 1.2; // S03 is so-vso
    expect(problemen(d)).toEqual([
      { pad: '$.scholen[2].aandeelSo', melding: 'mag hoogstens 1 zijn' },
    ]);
    d.scholen[2].aandeelSo = 0.4;
    expect(problemen(d)).toEqual([{ pad: '$.scholen[0].aandeelSo', melding: 'een aandeel so hoort alleen bij een school met so en vso (sector so-vso); school S01 heeft sector so' }]);
  });

  it('een so-vso-school zonder sector bij haar leerlingen is in orde, en ook met so én vso voor dezelfde combinatie', () => {
    const d = demo();
    const s03 = d.leerlingen.filter((l) => l.school === 'S03');
    expect(s03.length).toBeGreaterThan(0);
    expect(s03.every((l) => l.sector === undefined)).toBe(true);
    const cel = s03[0];
    d.leerlingen.push({ ...cel, sector: 'so', aantal: 2 }, { ...cel, sector: 'vso', aantal: 3 });
    expect(valideerRegio(d).ok).toBe(true);
  });

  it('dezelfde combinatie met dezelfde sector twee keer', () => {
    const d = demo();
    const i = d.leerlingen.findIndex((l) => l.sector === 'so');
    d.leerlingen.push({ ...d.leerlingen[i] });
    const c = d.leerlingen[i];
    expect(problemen(d)).toEqual([
      { pad: `$.leerlingen[${d.leerlingen.length - 1}]`, melding: `de combinatie school / woongemeente / doelgroep / sector ${c.school} / ${c.woongemeente} / ${c.doelgroep} / so komt dubbel voor (ook op $.leerlingen[${i}])` },
    ]);
  });

  it('een sector die niet past bij een so-school is een fout die de plaats noemt', () => {
    const d = demo();
    const i = d.leerlingen.findIndex((l) => l.school === 'S01');
    d.leerlingen[i].sector = 'vso';
    expect(problemen(d)).toEqual([{ pad: `$.leerlingen[${i}].sector`, melding: 'school S01 heeft sector so; de sector van deze leerlingen moet so zijn of leeg blijven, maar is vso' }]);
    d.leerlingen[i].sector = 'so';
    expect(valideerRegio(d).ok).toBe(true);
  });

  it('een sector buiten so en vso', () => {
    const d = demo() as unknown as { leerlingen: Record<string, unknown>[] };
    d.leerlingen[0].sector = 'so-vso';
    expect(problemen(d)).toEqual([{ pad: '$.leerlingen[0].sector', melding: 'moet een van "so", "vso" zijn, maar is tekst "so-vso"' }]);
  });
});
