/**
 * Excel export of a full calculation and the OOGO report (Node side: usable from the main process,
 * the browser host and the CLI; no Electron imports).
 *
 * - `maakBerekeningWerkmap(regio, variant, normenset, opties)` / `maakBerekeningBuffer(…)`: one
 *   workbook with Toelichting, Invoer (re-importable as a regio), Normen, Behoefte, one sheet per
 *   route and Vergelijking.
 * - `maakOogoRapport(regio, variant, normenset, swvCode, opties)`: the OOGO report of a
 *   samenwerkingsverband as plain data (`OogoRapport`, shared with the renderer's report view);
 *   `maakOogoWerkmap(rapport)` / `maakOogoBuffer(rapport)`: the same as a workbook.
 * - `kleine-aantallen.ts`: the suppression rule for shared reports, used by both.
 */
export { maakBerekeningWerkmap, maakBerekeningBuffer, BEREKENING_BLADEN, INVOER_BLADEN, VARIANT_KOP, type BerekeningOpties } from './berekening';
export { maakOogoRapport, maakOogoWerkmap, maakOogoBuffer, swvGebied, OOGO_BLADEN, type OogoOpties } from './oogo';
export { DREMPEL, isKlein, toonAantal, toonSom, toonPerLeerling, toonDeelbedrag, kleineAantallenUitleg } from './kleine-aantallen';
export { variantZinnen, variantNaam } from '../../shared/domain/variant-tekst';
export { FORMAAT } from './werkblad';
export { ROUTE_BLAD } from './routes-bladen';
export type { ExportOpties } from './context';
export { maakNotitie, type NotitieOpties } from './notitie';
export { maakNotitieDocx } from './notitie-docx';
