/**
 * Import of a regio from a workbook (.xlsx, .xls, .ods), and of one table from a CSV file or a
 * single sheet into an open regio. All or nothing: either a complete, validated RegioBestand, or the
 * list of every problem with sheet, row and column. Cell-level reading is done here; everything that
 * needs the whole regio (unique codes, references, sums) is the regio schema's `valideerRegio`,
 * whose JSON paths are translated back to sheet, row and column.
 */
import { PROFESSIONAL_IDS } from '../../shared/engine/normen';
import { REGIO_FORMAAT, REGIO_VERSIE, valideerRegio, type Prijspeil, type RegioBestand, type RegioValidatieOpties } from '../../shared/regio/schema';
import type { Probleem, Validatie } from '../../shared/validation/problems';
import { decodeerCsv, leesCsv } from './csv';
import { begrens, vertaalProblemen, type Herkomst, type Herkomsten } from './herkomst';
import { BLADEN, REGIO_BLAD, TABEL_IDS, type TabelId, type TabelRijen } from './kolommen';
import { gemeenteId, verzekeraarId } from '../../shared/domain/partijen';
import { leesPrijspeil } from './prijspeil';
import { leesRegioBlad, leesTabel } from './tabel';
import { bladRaster, openWerkmap, zichtbareBladen, zoekBlad } from './werkmap';
import { toonBladnaam } from './bladnaam';
import { importLimieten, mb, type ImportLimieten } from './limieten';

/** One table read from a CSV file or a sheet, with where each row came from. */
export interface GelezenTabel<T extends TabelId = TabelId> {
  tabel: T;
  rijen: TabelRijen[T][];
  herkomst: Herkomst;
}

/** By default inventarisaties must name one of the 33 professionals of the national normen. */
const STANDAARD: RegioValidatieOpties = { professionals: PROFESSIONAL_IDS };

/** How a file is read: the limits, and where notes go (a hidden sheet left out) that do not stop the import. */
export interface LeesOpties {
  limieten?: ImportLimieten;
  opmerkingen?: string[];
}

function mislukt<T>(problemen: Probleem[]): Validatie<T> {
  return { ok: false, problemen: begrens(problemen) };
}

/** Reads a whole regio from a workbook; `bestandsnaam` decides the expected type by its extension. */
export function leesWerkmap(buffer: Uint8Array, bestandsnaam: string, opties: RegioValidatieOpties = STANDAARD, lees: LeesOpties = {}): Validatie<RegioBestand> {
  const open = openWerkmap(buffer, bestandsnaam, lees.limieten);
  if (!open.ok) return open;
  const wb = open.waarde;
  const problemen: Probleem[] = [];
  const herkomsten: Herkomsten = {};

  const regioZoek = zoekBlad(wb, REGIO_BLAD.blad, REGIO_BLAD.bladAliassen, bestandsnaam);
  const tabelZoek = TABEL_IDS.map((t) => ({ tabel: t, def: BLADEN[t], zoek: zoekBlad(wb, BLADEN[t].blad, BLADEN[t].bladAliassen, bestandsnaam) }));
  const ontbrekend = [
    ...(regioZoek.ok && !regioZoek.blad ? [REGIO_BLAD.blad] : []),
    ...tabelZoek.filter((x) => x.def.bladVerplicht && x.zoek.ok && !x.zoek.blad).map((x) => x.def.blad),
  ];
  for (const blad of ontbrekend) {
    problemen.push({ pad: `Blad ${blad}`, melding: `dit blad ontbreekt in de werkmap (gevonden: ${gevondenBladen(wb.SheetNames)}); gebruik het sjabloon van de app` });
  }
  for (const z of [regioZoek, ...tabelZoek.map((x) => x.zoek)]) {
    if (!z.ok) problemen.push(z.probleem);
    else if (z.opmerking) lees.opmerkingen?.push(z.opmerking);
  }

  let namen: Partial<Record<'regio' | 'zorgkantoor', string>> = {};
  let prijspeil: Prijspeil | undefined;
  if (regioZoek.ok && regioZoek.blad) {
    const r = leesRegioBlad(bladRaster(wb, regioZoek.blad));
    problemen.push(...r.problemen);
    namen = r.namen;
    Object.assign(herkomsten, r.herkomst);
    const p = leesPrijspeil(bladRaster(wb, regioZoek.blad));
    problemen.push(...p.problemen);
    prijspeil = p.prijspeil;
  }
  const tabellen: Partial<Record<TabelId, unknown[]>> = {};
  for (const { tabel, def, zoek } of tabelZoek) {
    if (!zoek.ok || !zoek.blad) continue;
    const t = leesTabel(bladRaster(wb, zoek.blad), def);
    problemen.push(...t.problemen);
    tabellen[tabel] = t.rijen;
    herkomsten[tabel] = t.herkomst;
  }
  if (problemen.length) return mislukt(problemen);

  const data = {
    formaat: REGIO_FORMAAT,
    versie: REGIO_VERSIE,
    regio: { naam: namen.regio },
    gemeenten: tabellen.gemeenten,
    samenwerkingsverbanden: tabellen.samenwerkingsverbanden,
    scholen: tabellen.scholen,
    leerlingen: tabellen.leerlingen,
    zorgkantoor: { naam: namen.zorgkantoor },
    zorgverzekeraars: tabellen.zorgverzekeraars,
    inventarisaties: tabellen.inventarisaties ?? [],
    tlvs: tabellen.tlvs ?? [],
    ...(prijspeil ? { prijspeil } : {}),
    ...(tabellen.realisatie?.length ? { realisatie: metVolledigeFinanciers(tabellen.realisatie, tabellen.gemeenten, tabellen.zorgverzekeraars) } : {}),
  };
  const r = valideerRegio(data, opties);
  return r.ok ? r : mislukt(vertaalProblemen(r.problemen, herkomsten, data as Partial<RegioBestand>));
}

/**
 * A realisatie row may name its financier by a bare gemeentecode or verzekeraar name: completed to
 * its party id where the workbook lists that gemeente or verzekeraar (anything else is left for the
 * regio schema to report).
 */
function metVolledigeFinanciers(rijen: unknown[], gemeenten: unknown[] | undefined, verzekeraars: unknown[] | undefined): unknown[] {
  const codes = new Set((gemeenten ?? []).map((g) => String((g as { code?: unknown }).code)));
  const namen = new Set((verzekeraars ?? []).map((v) => String((v as { naam?: unknown }).naam)));
  return rijen.map((rij) => {
    const f = (rij as { financier?: unknown }).financier;
    if (typeof f !== 'string' || f.includes(':') || f === 'zorgkantoor' || f === 'ggd') return rij;
    if (codes.has(f)) return { ...(rij as object), financier: gemeenteId(f) };
    if (namen.has(f)) return { ...(rij as object), financier: verzekeraarId(f) };
    return rij;
  });
}

/**
 * Reads one table from a workbook: the sheet named after the table (Leerlingen, …), or the only
 * sheet of a workbook with one sheet.
 */
export function leesBlad<T extends TabelId>(buffer: Uint8Array, bestandsnaam: string, tabel: T, lees: LeesOpties = {}): Validatie<GelezenTabel<T>> {
  const open = openWerkmap(buffer, bestandsnaam, lees.limieten);
  if (!open.ok) return open;
  const wb = open.waarde;
  const def = BLADEN[tabel];
  const zoek = zoekBlad(wb, def.blad, def.bladAliassen, bestandsnaam);
  if (!zoek.ok) return mislukt([zoek.probleem]);
  if (zoek.opmerking) lees.opmerkingen?.push(zoek.opmerking);
  const zichtbaar = zichtbareBladen(wb);
  const blad = zoek.blad ?? (zichtbaar.length === 1 ? zichtbaar[0] : undefined);
  if (!blad) return mislukt([{ pad: `Blad ${def.blad}`, melding: `dit blad ontbreekt in de werkmap (gevonden: ${gevondenBladen(wb.SheetNames)})` }]);
  const t = leesTabel(bladRaster(wb, blad), def);
  return t.problemen.length ? mislukt(t.problemen) : { ok: true, waarde: { tabel, rijen: t.rijen, herkomst: t.herkomst } };
}

/** The sheet names found, as messages show them. */
function gevondenBladen(namen: string[]): string {
  return namen.map(toonBladnaam).join(', ');
}

export interface CsvOpties {
  /** Shown in messages: "Bestand leerlingen.csv, rij 3, kolom Aantal". */
  bestandsnaam?: string;
  limieten?: ImportLimieten;
}

/**
 * Reads one table from a CSV file (its text, or its bytes: UTF-8 or Windows-1252); the first line is
 * the header row, the separator (; , or tab) is taken from it.
 */
export function leesCsvTabel<T extends TabelId>(tekst: string | Uint8Array, tabel: T, opties: CsvOpties = {}): Validatie<GelezenTabel<T>> {
  const plaats = opties.bestandsnaam ? `Bestand ${opties.bestandsnaam}` : 'CSV-bestand';
  const limieten = opties.limieten ?? importLimieten();
  if (typeof tekst !== 'string' && tekst.length > limieten.maxBestand) return mislukt([{ pad: plaats, melding: `het bestand is ${mb(tekst.length)}; de grens is ${mb(limieten.maxBestand)}` }]);
  const csv = leesCsv(typeof tekst === 'string' ? tekst : decodeerCsv(tekst), plaats, limieten);
  if (!csv.ok) return mislukt(csv.problemen);
  const t = leesTabel(csv.waarde, BLADEN[tabel], 0);
  return t.problemen.length ? mislukt(t.problemen) : { ok: true, waarde: { tabel, rijen: t.rijen, herkomst: t.herkomst } };
}

/**
 * A new regio with one table replaced by imported rows, validated as a whole: references from and
 * to the new rows are checked against the rest of the open regio. Problems in the imported rows are
 * placed by `herkomst` (sheet or file, row, column); problems elsewhere name the row of the open regio.
 */
export function vervangTabel<T extends TabelId>(
  regio: RegioBestand,
  tabel: T,
  rijen: readonly TabelRijen[T][],
  herkomst?: Herkomst,
  opties: RegioValidatieOpties = STANDAARD,
): Validatie<RegioBestand> {
  const nieuw = { ...regio, [tabel]: [...rijen] };
  const r = valideerRegio(nieuw, opties);
  return r.ok ? r : mislukt(vertaalProblemen(r.problemen, herkomst ? { [tabel]: herkomst } : {}, nieuw));
}
