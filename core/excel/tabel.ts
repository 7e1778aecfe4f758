/**
 * Reads one table (a sheet or a CSV file) into rows of the regio-bestand: finds the header row,
 * matches the headers to columns, and reads every cell with its column's kind. Collects every
 * problem with its sheet, row and column; rows with problems are not returned.
 */
import type { Probleem } from '../../shared/validation/problems';
import { kolomLetter, normaliseer, type Cel, type Raster } from './cel';
import type { Herkomst } from './herkomst';
import { opsomming, REGIO_BLAD, zetVeld, type BladDef, type KolomDef, type RegioRegel, type TabelId, type TabelRijen } from './kolommen';
import { SOORTEN } from './soorten';

export interface TabelLezing<T extends TabelId> {
  rijen: TabelRijen[T][];
  herkomst: Herkomst;
  problemen: Probleem[];
}

/** The header row is searched among the first rows, so a title above the table is allowed. */
const KOPREGEL_ZOEKBEREIK = 10;

const koppenCache = new WeakMap<BladDef, Map<string, KolomDef>>();

/** Normalised header → column, for the canonical header and all aliases. */
export function koppenVan(def: BladDef): Map<string, KolomDef> {
  let m = koppenCache.get(def);
  if (!m) {
    m = new Map();
    for (const k of def.kolommen) {
      for (const tekst of [k.kop, k.veld, ...k.aliassen]) {
        const sleutel = normaliseer(tekst);
        const eerder = m.get(sleutel);
        if (eerder && eerder !== k) throw new Error(`kop "${tekst}" past bij twee kolommen van blad ${def.blad}`);
        m.set(sleutel, k);
      }
    }
    koppenCache.set(def, m);
  }
  return m;
}

function celTekst(c: Cel): string | undefined {
  return c.soort === 'tekst' ? c.tekst : c.soort === 'getal' ? String(c.getal) : undefined;
}

function rijIsLeeg(raster: Raster, rij: number): boolean {
  const n = raster.breedte(rij);
  for (let k = 0; k < n; k++) if (raster.cel(rij, k).soort !== 'leeg') return false;
  return true;
}

function telKoppen(raster: Raster, rij: number, koppen: Map<string, KolomDef>): number {
  const gevonden = new Set<KolomDef>();
  const n = raster.breedte(rij);
  for (let k = 0; k < n; k++) {
    const t = celTekst(raster.cel(rij, k));
    const def = t === undefined ? undefined : koppen.get(normaliseer(t));
    if (def) gevonden.add(def);
  }
  return gevonden.size;
}

/** The row with the most recognised headers among the first rows; the first non-empty row if none. */
function zoekKopregel(raster: Raster, koppen: Map<string, KolomDef>): number | undefined {
  let beste: number | undefined;
  let besteAantal = 0;
  let eersteGevuld: number | undefined;
  const tot = Math.min(raster.aantalRijen, KOPREGEL_ZOEKBEREIK);
  for (let r = 0; r < tot; r++) {
    if (eersteGevuld === undefined && !rijIsLeeg(raster, r)) eersteGevuld = r;
    const aantal = telKoppen(raster, r, koppen);
    if (aantal > besteAantal) {
      beste = r;
      besteAantal = aantal;
    }
  }
  return beste ?? eersteGevuld;
}

/**
 * Reads the table of `def` from `raster`. `kopRij` fixes the header row (0-based; CSV files have it
 * on the first line); otherwise it is searched.
 */
export function leesTabel<T extends TabelId>(raster: Raster, def: BladDef<T>, kopRij?: number): TabelLezing<T> {
  const problemen: Probleem[] = [];
  const herkomst: Herkomst = { plaats: raster.plaats, rijen: [], kolommen: {} };
  const rijen: TabelRijen[T][] = [];
  const koppen = koppenVan(def);
  const verplichtOpsomming = opsomming(def.kolommen.filter((k) => k.verplicht).map((k) => k.kop));

  const kop = kopRij ?? zoekKopregel(raster, koppen);
  if (kop === undefined || kop >= raster.aantalRijen || rijIsLeeg(raster, kop)) {
    problemen.push({ pad: raster.plaats, melding: `${kopRij === undefined ? 'het blad' : 'het bestand'} is leeg; verwacht een kopregel met de kolommen ${verplichtOpsomming}` });
    return { rijen, herkomst, problemen };
  }

  // Match the header cells to columns.
  const kolomVan = new Map<KolomDef, number>();
  for (let k = 0; k < raster.breedte(kop); k++) {
    const t = celTekst(raster.cel(kop, k));
    const kolom = t === undefined ? undefined : koppen.get(normaliseer(t));
    if (!kolom) continue; // unknown columns are ignored
    const eerder = kolomVan.get(kolom);
    if (eerder !== undefined) {
      problemen.push({
        pad: `${raster.plaats}, rij ${kop + 1}, kolom ${kolomLetter(k)}`,
        melding: `de kolom ${kolom.kop} staat er twee keer in (kolom ${kolomLetter(eerder)} en ${kolomLetter(k)}); laat er één over`,
      });
      continue;
    }
    kolomVan.set(kolom, k);
    herkomst.kolommen[kolom.veld] = t!.trim();
  }
  for (const kolom of def.kolommen) {
    if (kolom.verplicht && !kolomVan.has(kolom)) {
      problemen.push({ pad: `${raster.plaats}, rij ${kop + 1}`, melding: `de kolom ${kolom.kop} ontbreekt in de kopregel; verwacht de kolommen ${verplichtOpsomming}` });
    }
  }
  if (problemen.length) return { rijen, herkomst, problemen };

  const kolommen = [...kolomVan].map(([kolom, index]) => ({ kolom, index, soort: SOORTEN[kolom.soort], naam: herkomst.kolommen[kolom.veld] }));
  const nulIndex = kolommen.findIndex((k) => k.kolom.veld === def.weglatenBijNul);

  for (let r = kop + 1; r < raster.aantalRijen; r++) {
    const cellen = kolommen.map((k) => raster.cel(r, k.index));
    if (cellen.every((c) => c.soort === 'leeg')) continue;
    if (nulIndex >= 0) {
      // Long format: a combination without pupils is no row at all, whatever else it says.
      const cel = cellen[nulIndex];
      if (cel.soort === 'leeg') continue;
      const lezing = kolommen[nulIndex].soort.lees(cel);
      if (lezing.ok && lezing.waarde === 0) continue;
    }
    const rij: Record<string, unknown> = {};
    let goed = true;
    for (let i = 0; i < kolommen.length; i++) {
      const { kolom, soort, naam } = kolommen[i];
      const cel = cellen[i];
      if (cel.soort === 'leeg') {
        if (kolom.verplicht) {
          problemen.push({ pad: `${raster.plaats}, rij ${r + 1}, kolom ${naam}`, melding: `verwacht ${soort.verwachting}, maar de cel is leeg` });
          goed = false;
        }
        continue;
      }
      const lezing = soort.lees(cel);
      if (!lezing.ok) {
        problemen.push({ pad: `${raster.plaats}, rij ${r + 1}, kolom ${naam}`, melding: lezing.melding });
        goed = false;
        continue;
      }
      zetVeld(rij, kolom.veld, lezing.waarde);
    }
    if (goed) {
      rijen.push(rij as unknown as TabelRijen[T]);
      herkomst.rijen.push(r + 1);
    }
  }
  return { rijen, herkomst, problemen };
}

export interface RegioBladLezing {
  namen: Partial<Record<RegioRegel, string>>;
  herkomst: Partial<Record<RegioRegel, Herkomst>>;
  problemen: Probleem[];
}

/** Reads the Regio sheet: the label in one of the first columns, the value in the cell to its right. */
export function leesRegioBlad(raster: Raster): RegioBladLezing {
  const uit: RegioBladLezing = { namen: {}, herkomst: {}, problemen: [] };
  const labels = new Map<string, (typeof REGIO_BLAD.regels)[number]>();
  for (const regel of REGIO_BLAD.regels) for (const t of [regel.label, regel.veld, ...regel.aliassen]) labels.set(normaliseer(t), regel);
  for (let r = 0; r < raster.aantalRijen; r++) {
    for (let k = 0; k < Math.min(3, raster.breedte(r)); k++) {
      const t = celTekst(raster.cel(r, k));
      const regel = t === undefined ? undefined : labels.get(normaliseer(t));
      if (!regel || uit.herkomst[regel.veld]) continue;
      const veld = regel.veld;
      const plaats = `${raster.plaats}, rij ${r + 1}, kolom ${kolomLetter(k + 1)}`;
      uit.herkomst[veld] = { plaats: raster.plaats, rijen: [r + 1], kolommen: { naam: kolomLetter(k + 1) } };
      const cel = raster.cel(r, k + 1);
      if (cel.soort === 'leeg') {
        uit.problemen.push({ pad: plaats, melding: `verwacht ${regel.wat}, maar de cel is leeg` });
        break;
      }
      const lezing = SOORTEN.naam.lees(cel);
      if (lezing.ok) uit.namen[veld] = String(lezing.waarde);
      else uit.problemen.push({ pad: plaats, melding: lezing.melding });
      break;
    }
  }
  for (const regel of REGIO_BLAD.regels) {
    if (!uit.herkomst[regel.veld]) {
      uit.problemen.push({ pad: raster.plaats, melding: `de regel "${regel.label}" ontbreekt; zet in kolom A "${regel.label}" en in kolom B de naam` });
    }
  }
  return uit;
}
