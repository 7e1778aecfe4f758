/**
 * A pass over the unpacked XML of a workbook before SheetJS parses it. It counts rows and cells
 * against the limits, refuses a damaged file (a shared-string index past the end), and finds what
 * SheetJS would silently lose: formula cells without a stored result (SheetJS drops them) and
 * xlsx date cells (`t="d"`, which SheetJS turns into a plain day number). Those are returned as
 * marks, which `openWerkmap` puts back into the parsed sheets so the import refuses them when it
 * reads such a cell where it expects a number.
 */
import { WerkmapFout } from './zip';
import { nl, type ImportLimieten } from './limieten';
import { toonBladnaam } from './bladnaam';

export interface CelMarkering {
  blad: string;
  /** 0-based. */
  rij: number;
  kolom: number;
  soort: 'formule' | 'datum';
  /** The formula, or the date as written in the file. */
  tekst: string;
}

type Limieten = Pick<ImportLimieten, 'maxRijen' | 'maxCellen'>;

const ENTITEITEN: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function ontsnap(tekst: string): string {
  return tekst.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITEITEN[e],
  );
}

const attribuutPatronen = new Map<string, RegExp>();

function attribuut(attrs: string, naam: string): string | undefined {
  let patroon = attribuutPatronen.get(naam);
  if (!patroon) attribuutPatronen.set(naam, (patroon = new RegExp(`(?:^|\\s)${naam}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = patroon.exec(attrs);
  if (!m) return undefined;
  const w = m[1] ?? m[2];
  return w.includes('&') ? ontsnap(w) : w;
}

/** "D12" → row 11, column 3 (0-based). */
function celAdres(ref: string): { rij: number; kolom: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let kolom = 0;
  for (const c of m[1]) kolom = kolom * 26 + (c.charCodeAt(0) - 64);
  return { rij: Number(m[2]) - 1, kolom: kolom - 1 };
}

function tekstVan(delen: Map<string, Buffer>, pad: string): string | undefined {
  return delen.get(pad)?.toString('utf8');
}

/** Resolves a relationship target against the folder of the part that refers to it. */
function doelPad(basis: string, doel: string): string {
  if (doel.startsWith('/')) return doel.slice(1);
  const delen = basis.split('/').slice(0, -1);
  for (const d of doel.split('/')) {
    if (d === '..') delen.pop();
    else if (d !== '.') delen.push(d);
  }
  return delen.join('/');
}

function relaties(delen: Map<string, Buffer>, deel: string): { id: string; type: string; doel: string }[] {
  const map = deel.split('/').slice(0, -1).join('/');
  const naam = deel.split('/').pop();
  const xml = tekstVan(delen, `${map ? `${map}/` : ''}_rels/${naam}.rels`) ?? '';
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)].map((m) => ({
    id: attribuut(m[1], 'Id') ?? '',
    type: attribuut(m[1], 'Type') ?? '',
    doel: doelPad(deel, attribuut(m[1], 'Target') ?? ''),
  }));
}

const WAARDE = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/;
const FORMULE = /<(?:\w+:)?f\b/;

/** A number as an xlsx file stores it. */
const GETAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

const te = (wat: string, grens: number, waar: string) => new WerkmapFout('limiet', `${waar} heeft meer dan ${nl(grens)} ${wat}; de grens is ${nl(grens)} ${wat}`);

/** Scans an .xlsx/.xlsm: every worksheet's cells, against the limits and for marks. */
export function scanXlsx(delen: Map<string, Buffer>, limieten: Limieten): CelMarkering[] {
  const werkmapPad = relaties(delen, '_rels/.rels').find((r) => r.type.endsWith('/officeDocument'))?.doel ?? 'xl/workbook.xml';
  const werkmap = tekstVan(delen, werkmapPad);
  if (werkmap === undefined) return []; // not an Office Open XML workbook: SheetJS says what it is
  const rels = relaties(delen, werkmapPad);
  const sstPad = rels.find((r) => r.type.endsWith('/sharedStrings'))?.doel;
  const sst = sstPad ? tekstVan(delen, sstPad) : undefined;
  const aantalTeksten = sst === undefined ? 0 : (sst.match(/<(?:\w+:)?si\b/g)?.length ?? 0);

  const markeringen: CelMarkering[] = [];
  let cellen = 0;
  for (const m of werkmap.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const blad = attribuut(m[1], 'name') ?? '';
    const id = /\s\w+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const pad = rels.find((r) => r.id === id)?.doel;
    const xml = pad ? tekstVan(delen, pad) : undefined;
    if (xml === undefined) continue;
    const plaats = `Blad ${toonBladnaam(blad)}`;
    let rij = -1;
    let kolom = -1;
    const patroon = /<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
    for (let t = patroon.exec(xml); t; t = patroon.exec(xml)) {
      if (t[1] !== undefined) {
        const r = Number(attribuut(t[1], 'r'));
        rij = Number.isInteger(r) && r > 0 ? r - 1 : rij + 1;
        kolom = -1;
        if (rij >= limieten.maxRijen) throw te('rijen', limieten.maxRijen, plaats);
        continue;
      }
      const attrs = t[2];
      const adres = celAdres(attribuut(attrs, 'r') ?? '');
      if (adres) {
        rij = adres.rij;
        kolom = adres.kolom;
      } else kolom++;
      if (rij >= limieten.maxRijen) throw te('rijen', limieten.maxRijen, plaats);
      if (++cellen > limieten.maxCellen) throw te('cellen', limieten.maxCellen, 'De werkmap');
      const binnen = t[3] ?? '';
      const soort = attrs.includes('t=') ? attribuut(attrs, 't') : undefined;
      const v = binnen === '' ? undefined : WAARDE.exec(binnen)?.[1];
      if (binnen.includes('f') && FORMULE.test(binnen) && (v === undefined || (v === '' && soort !== 'str'))) {
        const formule = /<(?:\w+:)?f\b[^>]*>([^<]*)<\/(?:\w+:)?f>/.exec(binnen)?.[1];
        markeringen.push({ blad, rij, kolom, soort: 'formule', tekst: formule ? `=${ontsnap(formule)}` : 'een gedeelde formule' });
      } else if (soort === 'd') {
        markeringen.push({ blad, rij, kolom, soort: 'datum', tekst: ontsnap(v ?? '') });
      } else if ((soort === undefined || soort === 'n') && v !== undefined && !GETAL.test(v)) {
        throw new WerkmapFout('beschadigd', `het bestand is beschadigd: ${plaats}, cel ${attribuut(attrs, 'r') ?? `${rij + 1}:${kolom + 1}`} is een getalcel met "${ontsnap(v).slice(0, 40)}", geen getal`);
      } else if (soort === 's' && v !== undefined) {
        const index = Number(v);
        if (!Number.isInteger(index) || index < 0 || index >= aantalTeksten) {
          throw new WerkmapFout('beschadigd', `het bestand is beschadigd: ${plaats}, cel ${attribuut(attrs, 'r') ?? `${rij + 1}:${kolom + 1}`} verwijst naar gedeelde tekst nr. ${v}, maar de werkmap heeft er ${nl(aantalTeksten)}`);
        }
      }
    }
  }
  return markeringen;
}

/** Scans an .ods: cells with a value (repeats included) against the limits, and formulas without a result. */
export function scanOds(delen: Map<string, Buffer>, limieten: Limieten): CelMarkering[] {
  const xml = tekstVan(delen, 'content.xml');
  if (xml === undefined) return [];
  const markeringen: CelMarkering[] = [];
  let cellen = 0;
  let blad = '';
  let rij = -1;
  let rijHerhaling = 1;
  let kolom = 0;
  const patroon = /<table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>/g;
  for (let t = patroon.exec(xml); t; t = patroon.exec(xml)) {
    const [, soort, attrs] = t;
    if (soort === 'table') {
      blad = attribuut(attrs, 'table:name') ?? '';
      rij = -1;
      rijHerhaling = 1;
      continue;
    }
    if (soort === 'table-row') {
      rij += rijHerhaling;
      rijHerhaling = Math.max(1, Number(attribuut(attrs, 'table:number-rows-repeated') ?? 1) || 1);
      kolom = 0;
      continue;
    }
    const herhaling = Math.max(1, Number(attribuut(attrs, 'table:number-columns-repeated') ?? 1) || 1);
    const waarde = attribuut(attrs, 'office:value-type');
    const formule = attribuut(attrs, 'table:formula');
    if (waarde !== undefined || formule !== undefined) {
      const plaats = `Blad ${toonBladnaam(blad)}`;
      if (rij + rijHerhaling > limieten.maxRijen) throw te('rijen', limieten.maxRijen, plaats);
      cellen += herhaling * rijHerhaling;
      if (cellen > limieten.maxCellen) throw te('cellen', limieten.maxCellen, 'De werkmap');
      if (formule !== undefined && waarde === undefined) markeringen.push({ blad, rij, kolom, soort: 'formule', tekst: formule.replace(/^of:/, '') });
    }
    kolom += herhaling;
  }
  return markeringen;
}
