/**
 * Benchmarks of the routes engine (rekenmodel §3–§5): a full evaluation (need + pot + four routes +
 * indicators) for the demo regio (target ≤ 5 ms) and for a synthetic national-scale regio (≤ 150 ms).
 */
import { berekenBehoefte, deriveNormenset, evalueerVariant, standaardVariant, uitlegTeksten, type VariantInvoer } from '../shared/engine';
import type { RegioBestand } from '../shared/regio/schema';
import { demoInvoer } from './engine';
import { landelijkeRegio } from './landelijk';
import { meet, type Meting } from './run';
import { gemeenteId, verzekeraarId } from '../shared/domain/partijen';
import { evaluatieWeergave } from '../shared/engine/evaluatie-weergave';

export { landelijkeRegio } from './landelijk';

/** A variant that exercises every path: mix key, herverdelen, non-participants, onderwijs, verrekening, uitvoeringskosten, pgb, care outside the scope, betalend SWV. */
export function zwareVariant(regio: RegioBestand): VariantInvoer {
  const uit = regio.gemeenten.filter((g, i) => g.inRegio && i % 17 === 5).map((g) => gemeenteId(g.code));
  return {
    potKaders: ['jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo'],
    onderwijsbijdragePct: 10,
    deelname: { ...Object.fromEntries(uit.map((id) => [id, false])), [verzekeraarId(regio.zorgverzekeraars.at(-1)!.naam)]: false },
    nietDeelnemers: 'herverdelen',
    buitenRegio: 'verrekening',
    verdeelsleutel: { type: 'mix', alpha: 0.4 },
    uitvoeringskostenPct: { gemeenteroute: 2, onderwijsroute: 3, integraal: 2.5 },
    // rekenmodel v2: a narrower scope (care outside it kept individually), pgb with the parents,
    // every betalend SWV its own budgethouder.
    scope: 'medium',
    pgb: { jeugdwet: 'individueel', wlz: 'individueel', zvw: 'individueel', wpg: 'pot', wmo: 'pot' },
    buitenScope: 'individueel',
    onderwijsroute: { budgethouder: 'betalend_swv' },
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
  const landBehoefte = berekenBehoefte(ns, land, 'medium');
  const landEvaluatie = evalueerVariant(ns, land, landZwaar);
  const stromen = Object.values(landEvaluatie.routes).reduce((s, r) => s + r.aantalStromen, 0);
  // The evaluation answer the screens receive (figures only; explanations and flows on demand), as JSON.
  const antwoord = (ev: ReturnType<typeof evalueerVariant>) => JSON.stringify(evaluatieWeergave(ev, 1));
  const demoEvaluatie = evalueerVariant(ns, demoRegio, demoStandaard);
  const landStandaardEvaluatie = evalueerVariant(ns, land, landStandaard);
  const kB = (tekst: string) => `${(Buffer.byteLength(tekst) / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} kB`;
  return [
    // "Volledige evaluatie": a regio object the engine has not seen (a shallow copy), so nothing it
    // keeps per regio (the need per scope, the cell index) applies; "wat-als": the same regio again,
    // as in the app, where the regio cache hands out one object until the regio is edited.
    meet('Volledige evaluatie demoregio (behoefte + pot + 4 routes + indicatoren), standaardvariant', () => evalueerVariant(ns, { ...demoRegio }, demoStandaard), { iteraties: 2000, opwarmen: 200, doelMs: 5 }),
    meet('Idem, variant met mix, herverdelen, niet-deelnemers, onderwijs en uitvoeringskosten', () => evalueerVariant(ns, { ...demoRegio }, demoZwaar), { iteraties: 2000, opwarmen: 200, doelMs: 5 }),
    meet('Volledige evaluatie landelijk (516 scholen, 344 gemeenten, 152 swv, 10 verzekeraars), standaardvariant', () => evalueerVariant(ns, { ...land }, landStandaard), { iteraties: 100, opwarmen: 10, doelMs: 150 }),
    meet(`Idem, zware variant (${stromen.toLocaleString('nl-NL')} stromen in 4 routes; behoefte breed én medium)`, () => evalueerVariant(ns, { ...land }, landZwaar), { iteraties: 100, opwarmen: 10, doelMs: 150 }),
    meet('Wat-als landelijk, zware variant, op de geopende regio (behoefte per scope en celindex bewaard)', () => evalueerVariant(ns, land, landZwaar), { iteraties: 100, opwarmen: 10, doelMs: 150 }),
    meet('Idem, alleen routes (behoefte meegegeven: wat-als zonder scope-wijziging)', () => evalueerVariant(ns, land, landZwaar, landBehoefte), { iteraties: 100, opwarmen: 10, doelMs: 150 }),
    meet('Alle uitlegzinnen voor de export, landelijk (zonder per-stroom-details)', () => uitlegTeksten(landEvaluatie), { iteraties: 20, opwarmen: 3 }),
    meet(`Antwoord op een evaluatie voor het scherm, demoregio, standaardvariant (${kB(antwoord(demoEvaluatie))} JSON, doel ≤ 60 kB): opbouwen en serialiseren`, () => antwoord(demoEvaluatie), { iteraties: 500, opwarmen: 50 }),
    meet(`Idem, landelijk (${kB(antwoord(landStandaardEvaluatie))} JSON)`, () => antwoord(landStandaardEvaluatie), { iteraties: 10, opwarmen: 2 }),
  ];
}
