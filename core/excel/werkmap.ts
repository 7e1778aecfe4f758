/**
 * Opening a workbook file (.xlsx, .xlsm, .xls, .ods) with SheetJS, after checking that its content
 * is a workbook at all: SheetJS reads almost any bytes as a one-column text sheet, so a PNG renamed
 * to .xlsx must be refused here, with a message a user understands.
 */
import * as XLSX from 'xlsx';
import type { Probleem, Validatie } from '../../shared/validation/problems';
import { toonBladnaam } from './bladnaam';
import { normaliseer, werkmapCel, type Raster } from './cel';
import { importLimieten, mb, nl, type ImportLimieten } from './limieten';
import { scanOds, scanXlsx, type CelMarkering } from './werkmap-scan';
import { pakAllesUit, WerkmapFout } from './zip';

export const WERKMAP_EXTENSIES = ['xlsx', 'xlsm', 'xls', 'ods'] as const;

export function extensieVan(bestandsnaam: string): string {
  const m = /\.([^./\\]+)$/.exec(bestandsnaam);
  return m ? m[1].toLowerCase() : '';
}

function begintMet(b: Uint8Array, ...bytes: number[]): boolean {
  return bytes.every((x, i) => b[i] === x);
}

/** What the first bytes say the file is. */
export function inhoudSoort(b: Uint8Array): 'zip' | 'ole' | 'xml' | 'png' | 'jpeg' | 'pdf' | 'anders' {
  if (begintMet(b, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (begintMet(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (begintMet(b, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (begintMet(b, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (begintMet(b, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  let i = begintMet(b, 0xef, 0xbb, 0xbf) ? 3 : 0;
  while (i < b.length && i < 64 && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  if (b[i] === 0x3c) return 'xml';
  return 'anders';
}

const HERSTEL = 'open het in Excel of LibreOffice en sla het opnieuw op als .xlsx';

/** Marks from the scan put into the parsed sheets: dates get a date format, formulas without a result become cells with a formula and no value. */
function markeer(wb: XLSX.WorkBook, markeringen: CelMarkering[]): void {
  for (const m of markeringen) {
    const ws = wb.Sheets[m.blad];
    if (!ws) continue;
    const data = ((ws['!data'] as (XLSX.CellObject | undefined)[][] | undefined) ??= []);
    const rij = (data[m.rij] ??= []);
    if (m.soort === 'formule') rij[m.kolom] = { t: 'z', f: m.tekst };
    else rij[m.kolom] = { t: 'd', v: m.tekst };
  }
}

/** The limits checked before SheetJS parses a zip-based workbook; marks of cells it would lose. */
function controleerZip(buffer: Uint8Array, limieten: ImportLimieten): CelMarkering[] {
  const delen = pakAllesUit(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), { maxEntries: limieten.maxOnderdelen, maxUitgepakt: limieten.maxUitgepakt });
  if (delen.has('content.xml') && delen.has('mimetype')) return scanOds(delen, limieten);
  return scanXlsx(delen, limieten);
}

/**
 * Opens a workbook, or says in Dutch why this file is not one. The content decides, not the
 * extension alone: a workbook without an extension is recognised by its first bytes.
 */
export function openWerkmap(buffer: Uint8Array, bestandsnaam: string, limieten: ImportLimieten = importLimieten()): Validatie<XLSX.WorkBook> {
  const pad = `Bestand ${bestandsnaam}`;
  const fout = (melding: string): Validatie<XLSX.WorkBook> => ({ ok: false, problemen: [{ pad, melding }] });
  const ext = extensieVan(bestandsnaam);
  if (ext === 'csv') return fout('een CSV-bestand bevat één tabel, geen hele regio; importeer het als tabel (bijvoorbeeld de leerlingen) of kies een .xlsx-, .xls- of .ods-werkmap');
  if (buffer.length === 0) return fout('het bestand is leeg (0 bytes)');
  const soort = inhoudSoort(buffer);
  if (!(WERKMAP_EXTENSIES as readonly string[]).includes(ext) && soort !== 'zip' && soort !== 'ole') {
    return fout(`onbekend bestandstype${ext ? ` .${ext}` : ''}; kies een Excel- of OpenDocument-werkmap (.xlsx, .xls of .ods)`);
  }
  if (buffer.length > limieten.maxBestand) return fout(`het bestand is ${mb(buffer.length)}; de grens is ${mb(limieten.maxBestand)}`);
  if (soort === 'png' || soort === 'jpeg') return fout(`dit is een afbeelding (${soort.toUpperCase()}), geen werkmap`);
  if (soort === 'pdf') return fout('dit is een PDF-document, geen werkmap; importeer de Excel-werkmap zelf');
  if (soort === 'anders' || (soort === 'xml' && ext !== 'xls')) return fout(`dit is geen Excel- of OpenDocument-werkmap: de inhoud past niet bij .${ext}; ${HERSTEL}`);

  let markeringen: CelMarkering[] = [];
  if (soort === 'zip') {
    try {
      markeringen = controleerZip(buffer, limieten);
    } catch (e) {
      if (e instanceof WerkmapFout) return fout(e.soort === 'beschadigd' ? `${e.message}; ${HERSTEL}` : e.message);
      throw e;
    }
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buffer, { dense: true, cellNF: true, cellText: false, cellHTML: false, cellFormula: false, cellStyles: false, bookVBA: false, sheetRows: limieten.maxRijen + 1 });
  } catch (e) {
    const tekst = e instanceof Error ? e.message : String(e);
    if (/password|ECMA-376 Encrypted|ODS Encryption/i.test(tekst)) {
      return fout('het bestand is beveiligd met een wachtwoord; sla het zonder wachtwoord op en importeer het opnieuw');
    }
    return fout(`het bestand is beschadigd of geen werkmap die de app kan lezen; ${HERSTEL}`);
  }
  if (!wb.SheetNames.length) return fout('de werkmap bevat geen bladen');
  let cellen = 0;
  for (const naam of wb.SheetNames) {
    const data = (wb.Sheets[naam]?.['!data'] as unknown[][] | undefined) ?? [];
    if (data.length > limieten.maxRijen) return fout(`Blad ${toonBladnaam(naam)} heeft meer dan ${nl(limieten.maxRijen)} rijen; de grens is ${nl(limieten.maxRijen)} rijen`);
    for (const r of data) cellen += r?.length ?? 0;
    if (cellen > limieten.maxCellen) return fout(`de werkmap heeft meer dan ${nl(limieten.maxCellen)} cellen; de grens is ${nl(limieten.maxCellen)} cellen`);
  }
  markeer(wb, markeringen);
  return { ok: true, waarde: wb };
}

/** Whether Excel shows the sheet (not hidden, not "very hidden"). */
function isZichtbaar(wb: XLSX.WorkBook, naam: string): boolean {
  return !wb.Workbook?.Sheets?.find((s) => s.name === naam)?.Hidden;
}

/** The sheets Excel shows. */
export function zichtbareBladen(wb: XLSX.WorkBook): string[] {
  return wb.SheetNames.filter((b) => isZichtbaar(wb, b));
}

/** A sheet of a workbook read with `dense: true` as a grid of cells. */
export function bladRaster(wb: XLSX.WorkBook, bladNaam: string): Raster {
  const ws = wb.Sheets[bladNaam];
  const data: (XLSX.CellObject[] | undefined)[] = (ws?.['!data'] as XLSX.CellObject[][] | undefined) ?? [];
  return {
    plaats: `Blad ${toonBladnaam(bladNaam)}`,
    aantalRijen: data.length,
    breedte: (r) => data[r]?.length ?? 0,
    cel: (r, k) => werkmapCel(data[r]?.[k]),
  };
}

export type BladZoeking = { ok: true; blad?: string; opmerking?: string } | { ok: false; probleem: Probleem };

const lijst = (bladen: string[]) => bladen.map((b) => `"${toonBladnaam(b)}"`).join(' en ');

/**
 * The sheet whose name is `naam` or one of its aliases (ignoring case, spaces and punctuation).
 * Visible sheets win: a hidden sheet with the same name is left out with a note; a hidden sheet
 * alone is a problem (the user does not see the data the app would read); two visible ones too.
 */
export function zoekBlad(wb: XLSX.WorkBook, naam: string, aliassen: readonly string[], bestandsnaam: string): BladZoeking {
  const gezocht = new Set([naam, ...aliassen].map(normaliseer));
  const gevonden = wb.SheetNames.filter((b) => gezocht.has(normaliseer(b)));
  const zichtbaar = gevonden.filter((b) => isZichtbaar(wb, b));
  const verborgen = gevonden.filter((b) => !isZichtbaar(wb, b));
  const pad = `Bestand ${bestandsnaam}`;
  if (zichtbaar.length > 1) {
    return { ok: false, probleem: { pad, melding: `de bladen ${lijst(zichtbaar)} zijn allebei het blad ${naam}; laat er één over` } };
  }
  if (zichtbaar.length === 0 && verborgen.length) {
    return {
      ok: false,
      probleem: {
        pad,
        melding: `het blad ${lijst(verborgen)} is verborgen; de app leest alleen zichtbare bladen. Maak het zichtbaar in Excel (rechtsklik op een bladtab, Zichtbaar maken) als dit de gegevens zijn, of geef het zichtbare blad met de gegevens de naam ${naam}`,
      },
    };
  }
  const opmerking = verborgen.length ? `${pad}: het verborgen blad ${lijst(verborgen)} is niet gelezen; de gegevens komen van het zichtbare blad "${toonBladnaam(zichtbaar[0])}".` : undefined;
  return { ok: true, blad: zichtbaar[0], opmerking };
}
