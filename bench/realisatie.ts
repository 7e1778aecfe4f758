/**
 * Benchmarks of rekenmodel-v2 §9–§10: a full evaluation under rekenbasis realisatie (every in-regio
 * gemeente, the zorgkantoor and every verzekeraar with a total row, every gemeente also with a
 * school row, at prijspeil 2026 from 2025) with a capped ingroeipad that runs the full 20 years,
 * for the demo regio (target ≤ 5 ms) and the national-scale regio (≤ 150 ms).
 * Run alone with `npx tsx bench/realisatie.ts`.
 */
import { pathToFileURL } from 'node:url';
import { deriveNormenset, evalueerVariant, type RealisatieRij, type VariantInvoer } from '../shared/engine';
import type { RegioBestand } from '../shared/regio/schema';
import { gemeenteId, verzekeraarId } from '../shared/domain/partijen';
import { demoInvoer } from './engine';
import { landelijkeRegio } from './landelijk';
import { drukTabel, meet, type Meting } from './run';

/** The regio with realisatie rows for every financier (a little above or below its norm) and prijspeil 2026. */
export function metRealisatie(regio: RegioBestand): RegioBestand {
  const eersteSchool = new Map<string, string>();
  for (const l of regio.leerlingen) if (!eersteSchool.has(l.woongemeente)) eersteSchool.set(l.woongemeente, l.school);
  const rijen: RealisatieRij[] = [];
  regio.gemeenten.forEach((g, i) => {
    if (!g.inRegio) return;
    const f = gemeenteId(g.code);
    const school = eersteSchool.get(g.code);
    rijen.push({ financier: f, kader: 'jeugdwet', jaar: 2025, bedrag: 40_000 + 9_000 * (i % 11) });
    if (school) rijen.push({ financier: f, kader: 'jeugdwet', jaar: 2025, bedrag: 8_000 + 500 * (i % 7), school });
    rijen.push({ financier: f, kader: 'wmo', jaar: 2025, bedrag: 2_000 + 300 * (i % 5) });
  });
  rijen.push({ financier: 'zorgkantoor', kader: 'wlz', jaar: 2025, bedrag: 1_500_000 });
  for (const z of regio.zorgverzekeraars) rijen.push({ financier: verzekeraarId(z.naam), kader: 'zvw', jaar: 2025, bedrag: 50_000 });
  return { ...regio, versie: 3, realisatie: rijen as RegioBestand['realisatie'], prijspeil: { jaar: 2026, index: { '2025': 1.12, '2026': 1.15 } } };
}

/** Realisatie as basis, the jeugdigen key, phased in over 3 years with at most € 0,10 loss per inwoner per year. */
export const INGROEI_VARIANT: VariantInvoer = { rekenbasis: 'realisatie', verdeelsleutel: { type: 'jeugdigen' }, ingroei: { jaren: 3, maxNadeelPerInwoner: 0.1 } };

export function realisatieMetingen(): Meting[] {
  const ns = deriveNormenset();
  const demo = metRealisatie(demoInvoer().invoer as RegioBestand);
  const land = metRealisatie(landelijkeRegio());
  const jaren = (r: RegioBestand) => evalueerVariant(ns, r, INGROEI_VARIANT).ingroeipad.pad.length;
  // A shallow copy per run: a regio the engine has not seen, so its need and calibration are computed too.
  return [
    meet(
      `Volledige evaluatie demoregio met realisatie (${demo.realisatie!.length} regels, prijspeil 2026) en een ingroeipad van ${jaren(demo)} jaar`,
      () => evalueerVariant(ns, { ...demo }, INGROEI_VARIANT),
      { iteraties: 2000, opwarmen: 200, doelMs: 5 },
    ),
    meet(
      `Idem landelijk (${land.realisatie!.length.toLocaleString('nl-NL')} regels), ingroeipad van ${jaren(land)} jaar`,
      () => evalueerVariant(ns, { ...land }, INGROEI_VARIANT),
      { iteraties: 100, opwarmen: 10, doelMs: 150 },
    ),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(drukTabel(realisatieMetingen()));
