/**
 * Golden cases in the style of OpenFisca's YAML tests: each file in ./golden holds `cases` with a
 * `name`, an `input`, the expected `output` (a path into the result → a number, or a {min, max}
 * range) and an `absolute_error_margin` or `relative_error_margin`. The expected numbers are the
 * published figures of the report, typed in from its tables, not produced by the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOELGROEPEN, KADERS } from '../../../shared/domain/labels';
import { berekenBehoefte, deriveNormenset, type Behoefte, type BehoefteInvoer, type ScopeKeuze } from '../../../shared/engine';
import { landelijkeInvoer, landelijkeInvoerPerSector } from './hulp';

interface Bereik {
  min?: number;
  max?: number;
}
interface GoldenCase {
  name: string;
  /** `landelijk: true`: one so-vso school with 42% so; `"per-sector"`: one so and one vso school (42/58). */
  input: { landelijk?: boolean | 'per-sector'; regio?: BehoefteInvoer; scope: ScopeKeuze };
  output: Record<string, number | Bereik>;
  absolute_error_margin?: number;
  relative_error_margin?: number;
  toelichting?: string;
}
interface GoldenBestand {
  bron: string;
  beschrijving: string;
  cases: GoldenCase[];
}

const ns = deriveNormenset();
const map = new URL('./golden/', import.meta.url);
const bestanden = readdirSync(map).filter((f) => f.endsWith('.json')).sort();

/** The values a golden case can refer to, by dotted path. */
function uitkomst(b: Behoefte): Record<string, unknown> {
  const perIndex = <T>(ids: readonly string[], waarden: readonly T[]) => Object.fromEntries(ids.map((id, i) => [id, waarden[i]]));
  const aandeel = Object.fromEntries(
    DOELGROEPEN.map((d) => {
      const u = b.perDoelgroep[d];
      const som = KADERS.reduce((s, k) => s + u[k], 0);
      return [d, Object.fromEntries(KADERS.map((k) => [k, u[k] / som]))];
    }),
  );
  const zorgkaderAandeel = Object.fromEntries(DOELGROEPEN.map((d) => [d, 1 - (aandeel[d] as Record<string, number>).onderwijs]));
  const aandeelPerSchool = Object.fromEntries(b.perSchool.map((s) => [s.school, Object.fromEntries(KADERS.map((k) => [k, s.perKader[k] / s.totaal]))]));
  return {
    ...b,
    aandeel,
    zorgkaderAandeel,
    aandeelPerSchool,
    normenset: {
      aandelen: Object.fromEntries(ns.aandelen.map((a) => [a.id, a.gefit])),
      w: perIndex(DOELGROEPEN, ns.w),
      tarief: perIndex(
        ns.professionals.map((p) => p.id),
        ns.tarief,
      ),
    },
  };
}

function waarde(bron: Record<string, unknown>, pad: string): number {
  let v: unknown = bron;
  for (const deel of pad.split('.')) {
    if (typeof v !== 'object' || v === null || !(deel in v)) throw new Error(`pad ${pad} bestaat niet in de uitkomst`);
    v = (v as Record<string, unknown>)[deel];
  }
  if (typeof v !== 'number') throw new Error(`pad ${pad} is geen getal`);
  return v;
}

it('has golden files with cases', () => {
  expect(bestanden.length).toBeGreaterThanOrEqual(5);
});

for (const bestand of bestanden) {
  const inhoud = JSON.parse(readFileSync(new URL(bestand, map), 'utf8')) as GoldenBestand;
  describe(`${bestand}: ${inhoud.beschrijving}`, () => {
    for (const c of inhoud.cases) {
      it(c.name, () => {
        const invoer = c.input.landelijk === 'per-sector' ? landelijkeInvoerPerSector(ns) : c.input.landelijk ? landelijkeInvoer(ns) : c.input.regio;
        if (!invoer) throw new Error('case zonder invoer');
        const u = uitkomst(berekenBehoefte(ns, invoer, c.input.scope));
        const afwijkingen: string[] = [];
        for (const [pad, verwacht] of Object.entries(c.output)) {
          const x = waarde(u, pad);
          if (typeof verwacht === 'number') {
            const marge = c.absolute_error_margin ?? (c.relative_error_margin ?? 0) * Math.abs(verwacht);
            if (!(Math.abs(x - verwacht) <= marge)) {
              afwijkingen.push(`${pad}: ${x} ≠ ${verwacht} (afwijking ${(verwacht ? (x / verwacht - 1) * 100 : x).toFixed(3)}${verwacht ? '%' : ''}, marge ${marge})`);
            }
          } else {
            if ((verwacht.min !== undefined && !(x >= verwacht.min)) || (verwacht.max !== undefined && !(x <= verwacht.max))) {
              afwijkingen.push(`${pad}: ${x} buiten [${verwacht.min ?? '-∞'}, ${verwacht.max ?? '∞'}]`);
            }
          }
        }
        expect(afwijkingen).toEqual([]);
      });
    }
  });
}
