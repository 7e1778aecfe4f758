/**
 * Excel template and import of a regio (Node side: usable from the main process and the CLI).
 *
 * - `maakSjabloon(regio?)`: the template as .xlsx, empty or filled.
 * - `leesWerkmap(buffer, bestandsnaam)`: a whole regio from .xlsx/.xls/.ods, all or nothing.
 * - `leesCsvTabel(tekst, tabel)` / `leesBlad(buffer, bestandsnaam, tabel)`: one table, then
 *   `vervangTabel(regio, tabel, rijen, herkomst)` puts it into the open regio.
 * Problems are `Probleem`s whose `pad` is a place such as "Blad Leerlingen, rij 12, kolom Aantal".
 */
export { leesBlad, leesCsvTabel, leesWerkmap, vervangTabel, type CsvOpties, type GelezenTabel } from './importeer';
export { maakSjabloon, maakSjabloonWerkmap, type SjabloonFormaat } from './sjabloon';
export { BLADEN, REGIO_BLAD, TABEL_IDS, type BladDef, type KolomDef, type TabelId, type TabelRijen } from './kolommen';
export { MAX_PROBLEMEN, type Herkomst } from './herkomst';
export { WERKMAP_EXTENSIES, extensieVan } from './werkmap';
export { leesNlAandeel, leesNlGetal } from './getallen';
