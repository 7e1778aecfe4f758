import './vergelijken.css';
import type { ReactNode } from 'react';
import { formatEuro, formatGetal, formatPct } from '../../../../shared/format';
import type { DataCel, DataTabel, KolomSoort } from '../../onderdelen/Downloads';
import type { UitlegBron } from '../../onderdelen/Uitleg';
import { GroteTabel, type GroteTabelKolom, type RijFilter } from '../../onderdelen/grote-tabel/GroteTabel';
import { Uitleg } from './UitlegLaag';
import { isGemarkeerd, useMarkering } from './Markering';

/**
 * One table definition serves both the screen and the download: each column says how to get its
 * value from a row (the export), how to show it (formatted nl-NL, or a custom cell) and which
 * explanation belongs to the cell.
 */
export interface TabelKolom<R> {
  /** Header in the download, and on screen unless `kopScherm` is given. */
  kop: string;
  kopScherm?: ReactNode;
  soort: KolomSoort;
  waarde: (r: R) => DataCel;
  /** Custom cell content on screen (default: the formatted value). */
  toon?: (r: R) => ReactNode;
  uitleg?: (r: R) => UitlegBron | undefined;
  /** Show a sign: "+€ 1.234" (for differences). */
  teken?: boolean;
  /** On screen: show in a second line of the previous column's cell (the export keeps it apart). */
  onderVorige?: boolean;
  /** Only in the download, not on screen. */
  alleenExport?: boolean;
  /** Only on screen (e.g. a checkbox), not in the download. */
  alleenScherm?: boolean;
  /** Summed in the footer of a long table. */
  som?: boolean;
  /** Width in px in a long, scrolling table (default by kind). */
  breedte?: number;
}

/** A value formatted nl-NL for the screen. */
export function toonWaarde(w: DataCel, soort: KolomSoort, teken = false): string {
  if (w === null || w === undefined) return '–';
  if (typeof w === 'boolean') return w ? 'ja' : 'nee';
  if (typeof w === 'string') return w;
  const plus = teken && w >= 0.5 ? '+' : '';
  switch (soort) {
    case 'euro':
      return plus + formatEuro(w);
    case 'fte':
      return plus + formatGetal(w, 1);
    case 'fractie':
      return plus + formatPct(w);
    case 'getal':
      return plus + formatGetal(w, Number.isInteger(w) ? 0 : 1);
    default:
      return String(w);
  }
}

function Cel<R>({ kolom, rij }: { kolom: TabelKolom<R>; rij: R }) {
  const inhoud = kolom.toon ? kolom.toon(rij) : toonWaarde(kolom.waarde(rij), kolom.soort, kolom.teken);
  const u = kolom.uitleg?.(rij);
  return u ? <Uitleg uitleg={u}>{inhoud}</Uitleg> : <>{inhoud}</>;
}

const rechts = (s: KolomSoort) => s !== 'tekst' && s !== 'janee';

export interface TabelProps<R> {
  label: string;
  kolommen: TabelKolom<R>[];
  rijen: R[];
  sleutel: (r: R) => string;
  /** Party ids of a row: the row is highlighted when one of them is. */
  partijen?: (r: R) => Array<string | undefined>;
  /** Rows below a line, e.g. totals. */
  voet?: R[];
}

/**
 * A table of figures: numbers right-aligned in tabular digits, each explained on hover and focus.
 * Plain HTML elements (styled in vergelijken.css) rather than Mantine's table components: a table
 * of a hundred cells then redraws in a millisecond or two, which keeps what-if instant.
 */
export function Tabel<R>({ label, kolommen, rijen, sleutel, partijen, voet }: TabelProps<R>) {
  const m = useMarkering();
  const zichtbaar = kolommen.filter((k) => !k.alleenExport);
  // Columns that get their own cell, each with those shown beneath it.
  const cellen: Array<{ kolom: TabelKolom<R>; onder: TabelKolom<R>[] }> = [];
  for (const k of zichtbaar) {
    if (k.onderVorige && cellen.length) cellen[cellen.length - 1].onder.push(k);
    else cellen.push({ kolom: k, onder: [] });
  }
  const rij = (r: R, vet = false) => {
    const aan = partijen ? isGemarkeerd(m, ...partijen(r)) : false;
    const klassen = [aan ? 'gemarkeerd' : '', vet ? 'voet' : ''].filter(Boolean).join(' ');
    return (
      <tr key={sleutel(r)} className={klassen || undefined} aria-current={aan ? 'true' : undefined}>
        {cellen.map(({ kolom, onder }, i) => (
          <td key={i} className={rechts(kolom.soort) ? 'getal' : undefined}>
            <Cel kolom={kolom} rij={r} />
            {onder.map((o, j) => (
              <div key={j} className="onder-regel">
                <Cel kolom={o} rij={r} />
              </div>
            ))}
          </td>
        ))}
      </tr>
    );
  };
  return (
    <div className="tabel-houder">
      <table aria-label={label} className="vergelijk-tabel">
        <thead>
          <tr>
            {cellen.map(({ kolom, onder }, i) => (
              <th key={i} className={rechts(kolom.soort) ? 'getal' : undefined} scope="col">
                {kolom.kopScherm ?? kolom.kop}
                {onder.map((o, j) => (
                  <div key={j} className="onder-kop">
                    {o.kopScherm ?? o.kop}
                  </div>
                ))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => rij(r))}
          {voet?.map((r) => rij(r, true))}
        </tbody>
      </table>
    </div>
  );
}

const BREEDTE: Record<KolomSoort, number | undefined> = { tekst: undefined, janee: 56, euro: 128, fte: 92, fractie: 92, getal: 92 };

/** The columns of a figures table as columns of the long table: those "onder" a column go into its cell. */
export function groteKolommen<R>(kolommen: TabelKolom<R>[]): GroteTabelKolom<R>[] {
  const groot: GroteTabelKolom<R>[] = [];
  kolommen
    .filter((k) => !k.alleenExport)
    .forEach((k, i) => {
      const kolom: GroteTabelKolom<R> = {
        id: `k${i}`,
        kop: k.kopScherm ?? k.kop,
        kopTekst: k.kop,
        cel: (r) => <Cel kolom={k} rij={r} />,
        waarde: (r) => k.waarde(r),
        getal: rechts(k.soort),
        aflopendEerst: rechts(k.soort),
        zoekbaar: k.soort === 'tekst',
        som: k.som,
        breedte: k.breedte ?? BREEDTE[k.soort],
        opmaak: (n) => toonWaarde(n, k.soort, k.teken),
        sorteerbaar: k.soort !== 'janee',
      };
      const vorige = groot[groot.length - 1];
      if (k.onderVorige && vorige) (vorige.onder ??= []).push(kolom);
      else groot.push(kolom);
    });
  return groot;
}

export interface LangeTabelProps<R> extends TabelProps<R> {
  meervoud: string;
  zoekTekst: string;
  filters?: RijFilter<R>[];
  hoogte?: number;
}

/** A figures table that grows with the regio: sortable, searchable and filterable, rows virtualised, totals in view. */
export function LangeTabel<R>({ label, kolommen, rijen, sleutel, partijen, meervoud, zoekTekst, filters, hoogte }: LangeTabelProps<R>) {
  const m = useMarkering();
  return (
    <GroteTabel
      label={label}
      kolommen={groteKolommen(kolommen)}
      rijen={rijen}
      sleutel={sleutel}
      meervoud={meervoud}
      zoekTekst={zoekTekst}
      filters={filters}
      hoogte={hoogte}
      gemarkeerd={partijen ? (r) => isGemarkeerd(m, ...partijen(r)) : undefined}
    />
  );
}

/**
 * What a download says about its figures (regio and variant settings): the lines, or a function
 * that makes them only when the user downloads.
 */
export type Toelichting = Array<[string, string]> | (() => Array<[string, string]>);

export function toelichtingRegels(t: Toelichting | undefined): Array<[string, string]> | undefined {
  return typeof t === 'function' ? t() : t;
}

/** The same table as data for the download (all columns except screen-only ones). */
export function alsDataTabel<R>(titel: string, bestandsnaam: string, kolommen: TabelKolom<R>[], rijen: R[], toelichting?: Toelichting): DataTabel {
  const k = kolommen.filter((x) => !x.alleenScherm);
  return { titel, bestandsnaam, kolommen: k.map((x) => ({ kop: x.kop, soort: x.soort })), rijen: rijen.map((r) => k.map((x) => x.waarde(r))), toelichting: toelichtingRegels(toelichting) };
}
