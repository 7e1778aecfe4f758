import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BehoefteUitvoerSchema, berekenBehoefte, deriveNormenset, naarUitvoer } from '../../../shared/engine';
import { kleineRegio } from './hulp';

const ns = deriveNormenset();

describe('naarUitvoer and BehoefteUitvoerSchema', () => {
  const regio = { ...kleineRegio(), inventarisaties: [{ school: 'B', professional: 'logopedist', fte: 1.23456 }] };
  const b = berekenBehoefte(ns, regio, ['behandeling', 'overleg']);
  const uit = naarUitvoer(b, { naam: 'Testregio' });

  it('produces a document that satisfies its own schema', () => {
    const r = BehoefteUitvoerSchema.safeParse(JSON.parse(JSON.stringify(uit)));
    expect(r.success).toBe(true);
    expect(uit).toMatchObject({ formaat: 'zio-berekening', versie: 2, normenset: 'landelijk-2022', regio: { naam: 'Testregio' }, scope: { naam: 'maatwerk', taken: ['behandeling', 'overleg'] } });
  });

  it('rounds euros to cents and fte to 4 decimals, and marks the inventarisatie school', () => {
    const s = uit.behoefte.perSchool[1];
    expect(s.inventarisatie).toBe(true);
    expect(uit.behoefte.perSchool[0].inventarisatie).toBe(false);
    expect(s.totaal).toBe(Math.round(b.perSchool[1].totaal * 100) / 100);
    expect(s.fte.logopedist).toBe(Math.round(b.perSchool[1].fte.logopedist * 1e4) / 1e4);
    expect(s.fte.logopedist).not.toBe(b.perSchool[1].fte.logopedist);
    expect(s.perWoongemeente.map((g) => g.gemeente)).toEqual(['G1', 'G2', 'G3']);
    expect(uit.behoefte.perDoelgroep.emb.jeugdwet).toBe(Math.round(b.perDoelgroep.emb.jeugdwet * 100) / 100);
  });

  it('rejects a document with a missing kader', () => {
    const kapot = structuredClone(uit) as unknown as { behoefte: { perKader: Record<string, number> } };
    delete kapot.behoefte.perKader.wmo;
    expect(BehoefteUitvoerSchema.safeParse(kapot).success).toBe(false);
  });

  it('converts to a JSON Schema with zod 4', () => {
    const schema = z.toJSONSchema(BehoefteUitvoerSchema) as { type: string; required: string[]; properties: Record<string, { const?: unknown }> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['formaat', 'versie', 'normenset', 'regio', 'scope', 'behoefte']));
    expect(schema.properties.formaat.const).toBe('zio-berekening');
  });
});
