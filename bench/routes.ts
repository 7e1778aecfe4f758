/**
 * Benchmarks of the routes engine (rekenmodel §3–§5): a full evaluation (need + pot + four routes +
 * indicators) for the demo regio (target ≤ 5 ms) and for a synthetic national-scale regio (≤ 150 ms).
 */
import { berekenBehoefte, deriveNormenset, evalueerVariant, standaardVariant, uitlegTeksten, type VariantInvoer } from '../shared/engine';
import type { RegioBestand } from '../shared/regio/schema';
import { demoInvoer, prng, synthetischeRegio } from './engine';
import { meet, type Meting } from './run';

/**
 * The synthetic national regio of bench/engine.ts (516 schools, 344 gemeenten, 20.000 cells) as a
 * regio-bestand: 152 SWVs, 10 zorgverzekeraars, 30 gemeenten outside the regio, inwoners 0–17 drawn
 * at random, G1 as centrumgemeente.
 */
export function landelijkeRegio(): RegioBestand {
  const invoer = synthetischeRegio({ scholen: 516, gemeenten: 344, cellen: 20_000 });
  const r = prng(344);
  const NSWV = 152;
  const gemeenten = invoer.gemeenten!.map((g, i) => ({
    code: g.code,
    naam: `Gemeente ${i + 1}`,
    inwoners0tot17: 1000 + Math.floor(r() * 60_000),
    inRegio: i % 11 !== 10,
    centrumgemeente: i === 0,
  }));
  const swvs = Array.from({ length: NSWV }, (_, i) => ({ code: `SWV${i + 1}`, naam: `Samenwerkingsverband ${i + 1}`, type: (i % 2 ? 'vo' : 'po') as 'po' | 'vo' }));
  const scholen = invoer.scholen!.map((s, i) => ({ code: s.code, naam: s.naam ?? s.code, vestigingsgemeente: s.vestigingsgemeente!, swv: swvs[i % NSWV].code, sector: 'so-vso' as const }));
  const aandelen = [0.27, 0.21, 0.14, 0.1, 0.08, 0.06, 0.05, 0.04, 0.03, 0.02];
  return {
    formaat: 'zio-regio',
    versie: 1,
    regio: { naam: 'Nederland (synthetisch)' },
    gemeenten,
    samenwerkingsverbanden: swvs,
    scholen,
    leerlingen: invoer.leerlingen.map((l) => ({ ...l })),
    zorgkantoor: { naam: 'Zorgkantoor' },
    zorgverzekeraars: aandelen.map((m, i) => ({ naam: `Verzekeraar ${i + 1}`, marktaandeel: m })),
    inventarisaties: [],
  };
}

/** A variant that exercises every path: mix key, herverdelen, non-participants, onderwijs, verrekening, uitvoeringskosten. */
export function zwareVariant(regio: RegioBestand): VariantInvoer {
  const uit = regio.gemeenten.filter((g, i) => g.inRegio && i % 17 === 5).map((g) => `gemeente:${g.code}`);
  return {
    potKaders: ['jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo'],
    onderwijsbijdragePct: 10,
    deelname: { ...Object.fromEntries(uit.map((id) => [id, false])), [`zorgverzekeraar:${regio.zorgverzekeraars.at(-1)!.naam}`]: false },
    nietDeelnemers: 'herverdelen',
    buitenRegio: 'verrekening',
    verdeelsleutel: { type: 'mix', alpha: 0.4 },
    uitvoeringskostenPct: { gemeenteroute: 2, onderwijsroute: 3, integraal: 2.5 },
  };
}

export function routesMetingen(): Meting[] {
  const ns = deriveNormenset();
  const demo = demoInvoer();
  if (demo.bron !== 'demoregio.json') throw new Error('de routes-benchmark heeft resources/demo/demoregio.json nodig');
  const demoRegio = demo.invoer as RegioBestand;
  const demoStandaard = standaardVariant(demoRegio);
  const demoZwaar = zwareVariant(demoRegio);
  const land = landelijkeRegio();
  const landStandaard = standaardVariant(land);
  const landZwaar = zwareVariant(land);
  const landBehoefte = berekenBehoefte(ns, land, 'breed');
  const landEvaluatie = evalueerVariant(ns, land, landZwaar, landBehoefte);
  const stromen = Object.values(landEvaluatie.routes).reduce((s, r) => s + r.aantalStromen, 0);
  return [
    meet('Volledige evaluatie demoregio (behoefte + pot + 4 routes + indicatoren), standaardvariant', () => evalueerVariant(ns, demoRegio, demoStandaard), { iteraties: 2000, opwarmen: 200, doelMs: 5 }),
    meet('Idem, variant met mix, herverdelen, niet-deelnemers, onderwijs en uitvoeringskosten', () => evalueerVariant(ns, demoRegio, demoZwaar), { iteraties: 2000, opwarmen: 200, doelMs: 5 }),
    meet('Volledige evaluatie landelijk (516 scholen, 344 gemeenten, 152 swv, 10 verzekeraars), standaardvariant', () => evalueerVariant(ns, land, landStandaard), { iteraties: 100, opwarmen: 10, doelMs: 150 }),
    meet(`Idem, zware variant (${stromen.toLocaleString('nl-NL')} stromen in 4 routes)`, () => evalueerVariant(ns, land, landZwaar), { iteraties: 100, opwarmen: 10, doelMs: 150 }),
    meet('Idem, alleen routes (behoefte hergebruikt: wat-als zonder scope-wijziging)', () => evalueerVariant(ns, land, landZwaar, landBehoefte), { iteraties: 100, opwarmen: 10, doelMs: 150 }),
    meet('Alle uitlegzinnen voor de export, landelijk (zonder per-stroom-details)', () => uitlegTeksten(landEvaluatie), { iteraties: 20, opwarmen: 3 }),
  ];
}
