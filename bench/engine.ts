/** Engine benchmarks: normenset derivation, need for the demo regio and for a national-scale regio. */
import { existsSync, readFileSync } from 'node:fs';
import { DOELGROEPEN } from '../shared/domain/labels';
import { berekenBehoefte, deriveNormenset, PROFESSIONALS, type BehoefteInvoer } from '../shared/engine';
import { formatGetal } from '../shared/format';
import { valideerRegio } from '../shared/regio/schema';
import { meet, type Meting } from './run';

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Doelgroep weights close to the national mix. */
const DOELGROEP_GEWICHT = [0.56, 0.31, 0.07, 0.03, 0.03];

function trekDoelgroep(r: () => number): (typeof DOELGROEPEN)[number] {
  let x = r();
  for (let d = 0; d < DOELGROEPEN.length; d++) {
    x -= DOELGROEP_GEWICHT[d];
    if (x < 0) return DOELGROEPEN[d];
  }
  return DOELGROEPEN[0];
}

/**
 * A synthetic regio: `scholen` schools, `gemeenten` gemeenten and exactly `cellen` distinct non-zero
 * leerling cells (school × woongemeente × doelgroep), each school drawing mostly from gemeenten
 * near "its" gemeente; optionally inventarisaties for some schools.
 */
export function synthetischeRegio(opties: { scholen: number; gemeenten: number; cellen: number; inventarisaties?: number; seed?: number }): BehoefteInvoer {
  const r = prng(opties.seed ?? 2022);
  const { scholen: NS, gemeenten: NG, cellen: NC } = opties;
  if (NC > NS * NG * DOELGROEPEN.length) throw new Error('te veel cellen voor dit aantal scholen en gemeenten');
  const scholen = Array.from({ length: NS }, (_, s) => ({ code: `S${s + 1}`, naam: `School ${s + 1}`, vestigingsgemeente: `G${Math.floor((s * NG) / NS) + 1}` }));
  const gemeenten = Array.from({ length: NG }, (_, g) => ({ code: `G${g + 1}` }));
  const gezien = new Set<string>();
  const leerlingen: BehoefteInvoer['leerlingen'][number][] = [];
  while (leerlingen.length < NC) {
    const s = Math.floor(r() * NS);
    const thuis = Math.floor((s * NG) / NS);
    const afstand = Math.floor(-Math.log(1 - r()) * 6) * (r() < 0.5 ? -1 : 1);
    const g = (((thuis + afstand) % NG) + NG) % NG;
    const d = trekDoelgroep(r);
    const sleutel = `${s}|${g}|${d}`;
    if (gezien.has(sleutel)) continue;
    gezien.add(sleutel);
    leerlingen.push({ school: scholen[s].code, woongemeente: gemeenten[g].code, doelgroep: d, aantal: 1 + Math.floor(r() * 12) });
  }
  const inventarisaties = Array.from({ length: opties.inventarisaties ?? 0 }, (_, i) => ({
    school: scholen[(i * 7) % NS].code,
    professional: PROFESSIONALS[(i * 5) % PROFESSIONALS.length].id,
    fte: 0.5 + r() * 3,
  }));
  return { scholen, gemeenten, leerlingen, inventarisaties };
}

/** The demo regio of resources/demo when present and valid, else a synthetic one of demo size. */
export function demoInvoer(): { invoer: BehoefteInvoer; bron: string } {
  const pad = new URL('../resources/demo/demoregio.json', import.meta.url);
  if (existsSync(pad)) {
    const r = valideerRegio(JSON.parse(readFileSync(pad, 'utf8')));
    if (r.ok) return { invoer: r.waarde, bron: 'demoregio.json' };
  }
  return { invoer: synthetischeRegio({ scholen: 6, gemeenten: 12, cellen: 150, seed: 6 }), bron: 'synthetisch' };
}

export function engineMetingen(): Meting[] {
  const ns = deriveNormenset();
  const demo = demoInvoer();
  const demoLeerlingen = demo.invoer.leerlingen.reduce((s, l) => s + l.aantal, 0);
  const landelijk = synthetischeRegio({ scholen: 516, gemeenten: 344, cellen: 20_000 });
  const landelijkInv = { ...landelijk, inventarisaties: synthetischeRegio({ scholen: 516, gemeenten: 344, cellen: 0, inventarisaties: 500 }).inventarisaties };
  const aantalScholen = new Set(demo.invoer.leerlingen.map((l) => l.school)).size;
  return [
    // v2 §11: one IPF over group × professional × doelgroep × sector × kader with the published shares.
    meet('Afleiding normenset (§1, v2 §11)', () => deriveNormenset(), { iteraties: 40, opwarmen: 5, doelMs: 100 }),
    meet(`Behoefte demoregio (${demo.bron}: ${aantalScholen} scholen, ${formatGetal(demoLeerlingen)} leerlingen), breed`, () => berekenBehoefte(ns, demo.invoer, 'breed'), {
      iteraties: 2000,
      opwarmen: 200,
      doelMs: 2,
    }),
    meet('Behoefte landelijk (516 scholen, 344 gemeenten, 20.000 cellen), breed', () => berekenBehoefte(ns, landelijk, 'breed'), { iteraties: 200, opwarmen: 20, doelMs: 50 }),
    meet('Idem, maatwerk-scope van 4 taken', () => berekenBehoefte(ns, landelijk, ['behandeling', 'paramedisch', 'gedrag', 'overleg']), { iteraties: 200, opwarmen: 20, doelMs: 50 }),
    meet('Idem, met 500 inventarisatieregels', () => berekenBehoefte(ns, landelijkInv, 'medium'), { iteraties: 200, opwarmen: 20, doelMs: 50 }),
  ];
}
