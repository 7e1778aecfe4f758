/**
 * Where each imported row came from (sheet or file, row number, header as the user wrote it), and
 * the translation of the regio schema's JSON paths (`$.leerlingen[10].woongemeente`) into places a
 * spreadsheet user can find: "Blad Leerlingen, rij 12, kolom Woongemeente".
 */
import type { RegioBestand } from '../../shared/regio/schema';
import type { Probleem } from '../../shared/validation/problems';
import { rijSleutel } from '../../shared/regio/beschrijving';
import { beschrijvingVan } from '../../shared/regio/tabellen';
import { BLADEN, REGIO_BLAD, type TabelId } from './kolommen';

export interface Herkomst {
  /** "Blad Leerlingen" or "Bestand leerlingen.csv". */
  plaats: string;
  /** The row number as the spreadsheet shows it (1-based, header row included), per imported row. */
  rijen: number[];
  /** Per field, the column name to show: the header as written in the file. */
  kolommen: Record<string, string>;
}

export type HerkomstSleutel = TabelId | 'regio' | 'zorgkantoor';
export type Herkomsten = Partial<Record<HerkomstSleutel, Herkomst>>;

/** At most this many problems are returned; the last one says how many more there were. */
export const MAX_PROBLEMEN = 500;

/** "Blad Leerlingen, rij 12" or, with a field, "Blad Leerlingen, rij 12, kolom Aantal". */
export function plaatsVanRij(h: Herkomst, index: number, veld?: string, tabel?: TabelId): string {
  const rij = h.rijen[index];
  const basis = rij === undefined ? h.plaats : `${h.plaats}, rij ${rij}`;
  if (veld === undefined) return basis;
  return `${basis}, kolom ${h.kolommen[veld] ?? (tabel ? standaardKop(tabel, veld) : veld)}`;
}

/** The template's header of a field, for columns the file did not have. */
function standaardKop(tabel: TabelId, veld: string): string {
  return BLADEN[tabel].kolommen.find((x) => x.veld === veld)?.kop ?? veld;
}

/** A row of a table that was not imported, named by its key: "S03" or "S01 / GM9901 / gedrag". */
function sleutelVan(tabel: TabelId, rij: Record<string, unknown> | undefined): string {
  return rijSleutel(beschrijvingVan(tabel), rij);
}

/** Columns a problem about the whole table is about (the marktaandelen must sum to 100%). */
const KOLOM_VAN_TABELPROBLEEM: Partial<Record<TabelId, string>> = { zorgverzekeraars: 'marktaandeel' };

/** A hint after "onbekende schoolcode X": where the code should have been. */
const VERWIJZINGEN: [RegExp, TabelId][] = [
  [/^onbekende schoolcode /, 'scholen'],
  [/^onbekende gemeentecode /, 'gemeenten'],
  [/^onbekend samenwerkingsverband /, 'samenwerkingsverbanden'],
];

const PAD = /^\$\.([A-Za-z]+)(?:\[(\d+)\])?((?:\.[A-Za-z0-9_]+)*)$/;

/**
 * Rewrites problems of `valideerRegio` to sheet/row/column places. Tables with a herkomst are named by
 * sheet and row; other tables (kept from the open regio by `vervangTabel`) by the key of the row.
 */
export function vertaalProblemen(problemen: readonly Probleem[], herkomsten: Herkomsten, regio?: Partial<RegioBestand>): Probleem[] {
  const geordend = problemen.map((p, i) => ({ p, i, ...volgorde(p.pad) })).sort((a, b) => a.tabel - b.tabel || a.rij - b.rij || a.i - b.i);
  return begrens(geordend.map(({ p }) => vertaal(p, herkomsten, regio)));
}

/** The order of the sheets in the template, for sorting problems by sheet and then row. */
const VOLGORDE: readonly string[] = ['regio', 'zorgkantoor', 'gemeenten', 'samenwerkingsverbanden', 'scholen', 'leerlingen', 'zorgverzekeraars', 'inventarisaties', 'realisatie'];

function volgorde(pad: string): { tabel: number; rij: number } {
  const m = PAD.exec(pad);
  if (!m) return { tabel: -1, rij: -1 };
  return { tabel: VOLGORDE.indexOf(m[1]), rij: m[2] === undefined ? -1 : Number(m[2]) };
}

function vertaal(p: Probleem, herkomsten: Herkomsten, regio?: Partial<RegioBestand>): Probleem {
  const m = PAD.exec(p.pad);
  if (!m) return p;
  const sleutel = m[1] as HerkomstSleutel;
  const index = m[2] === undefined ? undefined : Number(m[2]);
  const veld = m[3] ? m[3].slice(1) : undefined;
  let melding = vertaalMelding(p.melding, sleutel, herkomsten);

  if (sleutel === 'regio' || sleutel === 'zorgkantoor') {
    const h = herkomsten[sleutel];
    const label = REGIO_BLAD.regels.find((r) => r.veld === sleutel)?.label ?? sleutel;
    return { pad: h ? plaatsVanRij(h, 0, veld === undefined ? undefined : 'naam') : `Regio, ${label}`, melding };
  }
  if (!Object.hasOwn(BLADEN, sleutel)) return { pad: p.pad, melding };
  const tabel = sleutel as TabelId;
  const h = herkomsten[tabel];
  const minstens = /^moet minstens (\d+) element\(en\) bevatten$/.exec(melding);
  if (minstens && index === undefined) melding = `er staan geen rijen met gegevens in; vul er minstens ${minstens[1]} in`;

  if (h) {
    if (index === undefined) {
      const kolom = KOLOM_VAN_TABELPROBLEEM[tabel];
      return { pad: kolom ? `${h.plaats}, kolom ${h.kolommen[kolom] ?? standaardKop(tabel, kolom)}` : h.plaats, melding };
    }
    // `kaders` alone is about all kader columns of the row.
    if (veld === 'kaders') {
      const koppen = Object.entries(h.kolommen).filter(([v]) => v.startsWith('kaders.')).map(([, k]) => k);
      return { pad: `${plaatsVanRij(h, index)}, kolommen ${koppen.join(', ')}`, melding };
    }
    return { pad: plaatsVanRij(h, index, veld, tabel), melding };
  }
  const bladNaam = BLADEN[tabel].blad;
  if (index === undefined) return { pad: `${bladNaam} in de open regio`, melding };
  const rij = (regio?.[tabel] as Record<string, unknown>[] | undefined)?.[index];
  const kolom = veld === undefined ? '' : `, kolom ${standaardKop(tabel, veld)}`;
  return { pad: `${bladNaam} in de open regio, ${sleutelVan(tabel, rij)}${kolom}`, melding };
}

function vertaalMelding(melding: string, sleutel: HerkomstSleutel, herkomsten: Herkomsten): string {
  let m = melding.replace(/\$\.([A-Za-z]+)\[(\d+)\]/g, (_pad, tabel: string, i: string) => {
    const h = herkomsten[tabel as HerkomstSleutel];
    if (!h) return `nr. ${Number(i) + 1}`;
    const rij = h.rijen[Number(i)];
    return tabel === sleutel ? `rij ${rij}` : `${klein(h.plaats)}, rij ${rij}`;
  });
  m = m.replace(/\(inRegio: true\)/g, '(In regio: ja)');
  for (const [patroon, tabel] of VERWIJZINGEN) {
    if (patroon.test(m)) {
      const h = herkomsten[tabel];
      m += h ? ` (staat niet ${h.plaats.startsWith('Blad') ? 'op' : 'in'} ${klein(h.plaats)})` : ` (staat niet bij ${beschrijvingVan(tabel).inZin} van de open regio)`;
    }
  }
  if (/^onbekende professional /.test(m)) m += '; kies een code of naam van blad Keuzelijsten in het sjabloon';
  return m;
}

/** A place inside a sentence: "blad Scholen", "bestand ll.csv", "het CSV-bestand". */
function klein(plaats: string): string {
  return /^(Blad|Bestand) /.test(plaats) ? plaats.charAt(0).toLowerCase() + plaats.slice(1) : `het ${plaats}`;
}

/** Keeps the first MAX_PROBLEMEN problems and says how many more there were. */
export function begrens(problemen: Probleem[]): Probleem[] {
  if (problemen.length <= MAX_PROBLEMEN) return problemen;
  const rest = problemen.length - (MAX_PROBLEMEN - 1);
  return [
    ...problemen.slice(0, MAX_PROBLEMEN - 1),
    { pad: 'Bestand', melding: `en nog ${rest.toLocaleString('nl-NL')} problemen; los eerst deze op en importeer opnieuw` },
  ];
}
