/**
 * Golden cases in the style of OpenFisca's YAML tests: each file in ./golden holds `cases` with a
 * `name`, an `input`, the expected `output` (a path into the result → a number, or a {min, max}
 * range) and an `absolute_error_margin` or `relative_error_margin`. Two kinds of input:
 * - `landelijk` or `regio` with a `scope`: the need (rekenmodel §1–§2); the expected numbers are
 *   the published figures of the report, typed in from its tables;
 * - `evaluatie`: a regio and a variant through the routes engine (§3–§5). The regio is "demo" (the
 *   shipped demo regio) or a name in the file's `regios` (a regio with its cost cells, for
 *   hand-computed cases). Paths select list items by a field: `bijdragen[financier=gemeente:GA]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOELGROEPEN, KADERS } from '../../../shared/domain/labels';
import { demoRegio } from '../../../core/services/demo-regio';
import {
  berekenBehoefte,
  deriveNormenset,
  evalueerRoutes,
  evalueerVariant,
  type Behoefte,
  type BehoefteInvoer,
  type Evaluatie,
  type RoutesInvoer,
  type RoutesRegio,
  type ScopeKeuze,
  type VariantInvoer,
} from '../../../shared/engine';
import { landelijkeInvoer, landelijkeInvoerPerSector } from './hulp';

interface Bereik {
  min?: number;
  max?: number;
}
interface GoldenCase {
  name: string;
  /** `landelijk: true`: one so-vso school with 42% so; `"per-sector"`: one so and one vso school (42/58). */
  input: { landelijk?: boolean | 'per-sector'; regio?: BehoefteInvoer; scope?: ScopeKeuze; evaluatie?: { regio: string; variant: VariantInvoer } };
  output: Record<string, number | Bereik>;
  absolute_error_margin?: number;
  relative_error_margin?: number;
  toelichting?: string;
}
interface GoldenBestand {
  bron: string;
  beschrijving: string;
  /** Named regios with their cost cells, for cases with an `evaluatie`. */
  regios?: Record<string, { regio: RoutesRegio; cellen: RoutesInvoer['cellen'] }>;
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

/** The number at a path: `a.b.c`, with `[veld=waarde]` to pick the list item whose field has that value. */
function waarde(bron: unknown, pad: string): number {
  let v: unknown = bron;
  for (const [, veld, , kies, selectie] of pad.matchAll(/([^.[\]]+)|(\[([^=\]]+)=([^\]]+)\])/g)) {
    if (veld !== undefined) {
      if (typeof v !== 'object' || v === null || !(veld in v)) throw new Error(`pad ${pad} bestaat niet in de uitkomst (bij ${veld})`);
      v = (v as Record<string, unknown>)[veld];
    } else {
      if (!Array.isArray(v)) throw new Error(`pad ${pad}: [${kies}=${selectie}] op iets dat geen lijst is`);
      v = v.find((x: Record<string, unknown>) => String(x[kies]) === selectie);
      if (v === undefined) throw new Error(`pad ${pad}: geen element met ${kies} = ${selectie}`);
    }
  }
  if (typeof v !== 'number') throw new Error(`pad ${pad} is geen getal`);
  return v;
}

const demo = demoRegio();

/** The routes engine's result for a case with an `evaluatie`. */
function evaluatieVan(inhoud: GoldenBestand, invoer: { regio: string; variant: VariantInvoer }): Evaluatie {
  if (invoer.regio === 'demo') return evalueerVariant(ns, demo, invoer.variant);
  const r = inhoud.regios?.[invoer.regio];
  if (!r) throw new Error(`onbekende regio "${invoer.regio}" in de case`);
  return evalueerRoutes({ cellen: r.cellen }, r.regio, invoer.variant);
}

it('has golden files with cases', () => {
  expect(bestanden.length).toBeGreaterThanOrEqual(5);
});

for (const bestand of bestanden) {
  const inhoud = JSON.parse(readFileSync(new URL(bestand, map), 'utf8')) as GoldenBestand;
  describe(`${bestand}: ${inhoud.beschrijving}`, () => {
    for (const c of inhoud.cases) {
      it(c.name, () => {
        let u: unknown;
        if (c.input.evaluatie) u = evaluatieVan(inhoud, c.input.evaluatie);
        else {
          const invoer = c.input.landelijk === 'per-sector' ? landelijkeInvoerPerSector(ns) : c.input.landelijk ? landelijkeInvoer(ns) : c.input.regio;
          if (!invoer || !c.input.scope) throw new Error('case zonder invoer');
          u = uitkomst(berekenBehoefte(ns, invoer, c.input.scope));
        }
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
