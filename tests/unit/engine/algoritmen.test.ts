import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kleinsteKwadratenOpSimplex, pasBiproportioneelAan } from '../../../shared/engine';

describe('kleinsteKwadratenOpSimplex', () => {
  it('finds an exact mix when one exists', () => {
    const A = [
      [1, 0, 2],
      [0, 1, 1],
      [3, 1, 0],
      [1, 1, 1],
    ];
    const w = [0.2, 0.5, 0.3];
    const b = A.map((r) => r.reduce((s, a, i) => s + a * w[i], 0));
    const uit = kleinsteKwadratenOpSimplex(A, b);
    uit.w.forEach((v, i) => expect(v).toBeCloseTo(w[i], 12));
    expect(uit.residu).toBeLessThan(1e-20);
  });

  it('puts zero weight on a column that only hurts the fit', () => {
    // Unconstrained optimum has a negative weight on column 2; the simplex solution drops it.
    const A = [
      [1, 0, 10],
      [0, 1, 10],
    ];
    const uit = kleinsteKwadratenOpSimplex(A, [0.5, 0.5]);
    expect(uit.w).toEqual([0.5, 0.5, 0]);
  });

  it('is never beaten by a random point of the simplex', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 8 }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (A, ruw) => {
          const b = A.map((r, i) => r[i % 3] + 1);
          const uit = kleinsteKwadratenOpSimplex(A, b);
          expect(uit.w.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 9);
          const s = ruw.reduce((a, x) => a + x, 0);
          const v = ruw.map((x) => x / s);
          const f = A.reduce((acc, r, i) => acc + (r.reduce((t, a, j) => t + a * v[j], 0) - b[i]) ** 2, 0);
          expect(uit.residu).toBeLessThanOrEqual(f + 1e-9);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('pasBiproportioneelAan (IPF / RAS)', () => {
  it('matches row and column totals and keeps structural zeros', () => {
    const seed = [1, 1, 0, 2, 1, 1];
    const uit = pasBiproportioneelAan(seed, 2, 3, [10, 20], [12, 8, 10]);
    expect(uit.geconvergeerd).toBe(true);
    expect(uit.X[2]).toBe(0);
    expect(uit.X[0] + uit.X[1] + uit.X[2]).toBeCloseTo(10, 7);
    expect(uit.X[3] + uit.X[4] + uit.X[5]).toBeCloseTo(20, 7);
    expect(uit.X[0] + uit.X[3]).toBeCloseTo(12, 8);
    expect(uit.X[2] + uit.X[5]).toBeCloseTo(10, 7);
  });

  it('fits the columns even when the seed rows already fit', () => {
    const uit = pasBiproportioneelAan([0.5, 0.5, 0.5, 0.5], 2, 2, [1, 1], [1.5, 0.5]);
    expect(uit.rondes).toBeGreaterThan(0);
    expect(uit.X[0] + uit.X[2]).toBeCloseTo(1.5, 8);
  });

  it('reports non-convergence when the totals cannot be met', () => {
    // Row 0 can only use column 0, row 1 only column 1: column totals 1.5/0.5 are infeasible for rows 1/1.
    const uit = pasBiproportioneelAan([1, 0, 0, 1], 2, 2, [1, 1], [1.5, 0.5], { maxRondes: 50 });
    expect(uit.geconvergeerd).toBe(false);
    expect(uit.rondes).toBe(50);
    expect(uit.maxRijfout).toBeGreaterThan(0.1);
  });
});
