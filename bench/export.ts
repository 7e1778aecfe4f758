/**
 * Export benchmarks: the Excel workbook of a full calculation for the national-scale regio
 * (516 scholen, 344 gemeenten, 152 swv, 20.000 leerlingcellen; target ≤ 3 s, evaluation included),
 * with and without kleine aantallen, and the OOGO report of one samenwerkingsverband.
 */
import { maakBerekeningBuffer, maakOogoBuffer, maakOogoRapport } from '../core/export';
import { deriveNormenset, standaardVariant } from '../shared/engine';
import { formatGetal } from '../shared/format';
import { landelijkeRegio, zwareVariant } from './routes';
import { meet, type Meting } from './run';

export function exportMetingen(): Meting[] {
  const ns = deriveNormenset();
  const land = landelijkeRegio();
  const standaard = standaardVariant(land);
  const zwaar = zwareVariant(land);
  const opties = { kleineAantallen: false, appVersie: 'bench', datum: new Date(2026, 0, 1) };
  const kb = formatGetal(maakBerekeningBuffer(land, zwaar, ns, opties).length / 1024);
  const swv = land.samenwerkingsverbanden[0].code;
  return [
    meet(`Excel-export berekening landelijk (516 scholen, 20.000 cellen, 4 routes), standaardvariant`, () => maakBerekeningBuffer(land, standaard, ns, opties), { iteraties: 5, opwarmen: 1, doelMs: 3000 }),
    meet(`Idem, zware variant (${kb} kB)`, () => maakBerekeningBuffer(land, zwaar, ns, opties), { iteraties: 5, opwarmen: 1, doelMs: 3000 }),
    meet('Idem, zware variant met kleine aantallen afgeschermd', () => maakBerekeningBuffer(land, zwaar, ns, { ...opties, kleineAantallen: true }), { iteraties: 5, opwarmen: 1, doelMs: 3000 }),
    meet(`OOGO-rapport en werkmap van één samenwerkingsverband, landelijk (${swv})`, () => maakOogoBuffer(maakOogoRapport(land, zwaar, ns, swv, { ...opties, kleineAantallen: true })), { iteraties: 5, opwarmen: 1, doelMs: 3000 }),
  ];
}
