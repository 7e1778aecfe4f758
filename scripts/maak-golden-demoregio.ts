/**
 * Writes tests/unit/engine/golden/routes-demoregio.json: golden cases on the demo regio per route
 * (regression figures from the engine, not hand-computed). Run after an intended change of the
 * rekenmodel: `npx tsx scripts/maak-golden-demoregio.ts`, then review the diff.
 */
import { writeFileSync } from 'node:fs';
import { demoRegio } from '../core/services/demo-regio';
import { deriveNormenset, evalueerVariant, VARIANT_PRESETS, ROUTES, type VariantInvoer } from '../shared/engine';
const ns = deriveNormenset();
const regio = demoRegio();
const varianten: [string, VariantInvoer][] = [['standaardvariant', {}], ...VARIANT_PRESETS.map((p) => [`preset ${p.naam}`, p.instellingen] as [string, VariantInvoer]), ['verdeelsleutel jeugdigen, Havenveld doet niet mee (herverdelen)', { verdeelsleutel: { type: 'jeugdigen' }, deelname: { 'gemeente:GM9902': false }, nietDeelnemers: 'herverdelen' }]];
const cases: object[] = [];
for (const [naam, v] of varianten) {
  const ev = evalueerVariant(ns, regio, v);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  for (const route of ROUTES) {
    const r = ev.routes[route];
    const out: Record<string, number> = {
      [`routes.${route}.pot.totaal`]: r2(r.pot.totaal),
      [`routes.${route}.nietInPot.totaal`]: r2(r.nietInPot.totaal),
      [`routes.${route}.bijdragen[financier=gemeente:GM9901].bedrag`]: r2(r.bijdragen.find((b) => b.financier === 'gemeente:GM9901')!.bedrag),
      [`routes.${route}.bijdragen[financier=zorgkantoor].bedrag`]: r2(r.bijdragen.find((b) => b.financier === 'zorgkantoor')!.bedrag),
      [`routes.${route}.aantalStromen`]: r.aantalStromen,
      [`routes.${route}.loketten.max`]: r.loketten.max,
    };
    cases.push({ name: `Demoregio, ${naam}: ${r.naam}`, input: { evaluatie: { regio: 'demo', variant: v } }, output: out, absolute_error_margin: 0.01 });
  }
}
writeFileSync(new URL('../tests/unit/engine/golden/routes-demoregio.json', import.meta.url), `${JSON.stringify({ bron: 'vastgelegd uit de rekenkern (regressie, niet met de hand berekend); opnieuw vastleggen na een bedoelde wijziging van het rekenmodel', beschrijving: 'De meegeleverde demoregio per route: pot, buiten de pot, de bijdrage van de centrumgemeente Centrumstad en van het zorgkantoor, het aantal geldstromen en loketten, voor de standaardvariant, de presets en een variant met een niet-deelnemer.', cases }, null, 2)}\n`, 'utf8');
