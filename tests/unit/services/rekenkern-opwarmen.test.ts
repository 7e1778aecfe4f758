/** Warming the engine up after start: every practice variant is a valid what-if, and closing stops it. */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../shared/engine';
import { demoRegio } from '../../../core/services/demo-regio';
import { AANTAL_OEFENVARIANTEN, oefenVariant, warmRekenkernOp } from '../../../core/services/rekenkern-opwarmen';

const regio = demoRegio();

describe('warmRekenkernOp', () => {
  it('practises with variants that are valid for the demo regio and differ from each other', () => {
    const taken = engine.deriveNormenset().taken;
    const gezien = new Set<string>();
    for (let i = 0; i < AANTAL_OEFENVARIANTEN; i++) {
      const v = { ...engine.standaardVariant(regio), ...oefenVariant(i) };
      expect(engine.valideerVariant(v, regio, { taken }).ok, `oefenvariant ${i}`).toBe(true);
      gezien.add(JSON.stringify(v));
    }
    expect(gezien.size).toBeGreaterThan(AANTAL_OEFENVARIANTEN / 2);
  });

  it('evaluates each of them, and stops when the host closes', async () => {
    expect(await warmRekenkernOp(regio, undefined, 0)).toBe(AANTAL_OEFENVARIANTEN);
    const stop = new AbortController();
    stop.abort();
    expect(await warmRekenkernOp(regio, stop.signal, 0)).toBe(0);
  });
});
