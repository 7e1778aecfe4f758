import './grote-tabel.css';
import { Chip, Group, ScrollArea, Text, TextInput } from '@mantine/core';
import { useTable, type SortingState } from '@tanstack/react-table';
import { measureElement, useVirtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatGetal } from '../../../../shared/format';
import { kolomDefinities, kolomTotalen, modelRijen, pasFiltersToe, tabelOpties, totaalLabels, type ModelKolom, type RijFilter } from './model';

export type { RijFilter } from './model';

/** A column on screen: its header and cell, and how the model sorts, searches and sums it. */
export interface GroteTabelKolom<R> extends ModelKolom<R> {
  kop: ReactNode;
  /** The header as text, for the sort button's name when `kop` is not plain text. */
  kopTekst: string;
  cel: (r: R) => ReactNode;
  /** Right-aligned tabular figures. */
  getal?: boolean;
  /** Width in px in a scrolling table (fixed layout); without it the column takes what is left. */
  breedte?: number;
  /** A total in the footer, formatted (default: a whole number). */
  opmaak?: (n: number) => string;
  /** Columns shown below this one, in the same cell (each sortable from the header). */
  onder?: GroteTabelKolom<R>[];
  sorteerbaar?: boolean;
}

export interface GroteTabelProps<R> {
  /** The table's accessible name. */
  label: string;
  kolommen: GroteTabelKolom<R>[];
  rijen: readonly R[];
  sleutel: (r: R) => string;
  /** What the rows are, in the plural ("gemeenten"): in the count and the footer. */
  meervoud: string;
  /** Placeholder of the search box, e.g. "Zoek gemeente…". */
  zoekTekst: string;
  filters?: RijFilter<R>[];
  /** A highlighted row (the party marked on every screen). */
  gemarkeerd?: (r: R) => boolean;
  /** Rows that can be chosen (click, Enter or space), the chosen one shown as selected. */
  kies?: { gekozen: string | null; onKies: (r: R) => void };
  /** Height of the scroll area of a long table, in px. */
  hoogte?: number;
  /** From this many rows on: search, filters and a bounded, virtualised scroll area. */
  drempel?: number;
}

/**
 * A row's height as the ResizeObserver reports it, after the browser laid the page out. A row that
 * attaches (the virtualiser's ref, in React's commit) keeps its known or estimated height: reading it
 * there forced a layout of the whole page inside the commit, and each differing height then
 * re-rendered the table synchronously in the same task (a national table: 70-130 ms on opening).
 */
const naLayout: NonNullable<VirtualizerOptions<HTMLDivElement, Element>['measureElement']> = (rij, meting, v) => {
  if (meting) return measureElement(rij, meting, v);
  const index = v.indexFromElement(rij);
  return v.itemSizeCache.get(v.options.getItemKey(index)) ?? v.options.estimateSize(index);
};

const STANDAARD_DREMPEL = 15;
const STANDAARD_HOOGTE = 460;
/** The least width of a column without its own width, in a long table (it scrolls sideways below that). */
const MIN_VRIJ = 110;

/** The header of one column: a button that sorts, with the direction in aria-sort on the cell. */
function SorteerKop({ kolom, richting, onSorteer }: { kolom: GroteTabelKolom<unknown>; richting: false | 'asc' | 'desc'; onSorteer: () => void }) {
  if (kolom.sorteerbaar === false) return <>{kolom.kop}</>;
  const pijl = richting === 'asc' ? '▲' : richting === 'desc' ? '▼' : '↕';
  return (
    <button type="button" className="sorteer-knop" onClick={onSorteer} title={`Sorteer op ${kolom.kopTekst.toLowerCase()}`}>
      {kolom.kop}
      <span aria-hidden="true" className={richting ? 'sorteer-pijl actief' : 'sorteer-pijl'}>
        {pijl}
      </span>
    </button>
  );
}

/**
 * A table for lists that grow with the regio (gemeenten, scholen): columns sort on click
 * (TanStack Table), a search box and filters narrow the rows, and from `drempel` rows on only the
 * rows in view are drawn in a scroll area of bounded height (TanStack Virtual) with its header and
 * totals always visible. A short table stays a plain table.
 */
export function GroteTabel<R>({ label, kolommen, rijen, sleutel, meervoud, zoekTekst, filters, gemarkeerd, kies, hoogte = STANDAARD_HOOGTE, drempel = STANDAARD_DREMPEL }: GroteTabelProps<R>) {
  const groot = rijen.length > drempel;
  const [zoek, zetZoek] = useState('');
  const [aan, zetAan] = useState<string[]>([]);
  const [sorting, zetSorting] = useState<SortingState>([]);
  const plat = useMemo(() => kolommen.flatMap((k) => [k, ...(k.onder ?? [])]), [kolommen]);
  const gefilterd = useMemo(() => (groot ? pasFiltersToe(rijen, filters ?? [], aan) : [...rijen]), [rijen, filters, aan, groot]);
  const data = useMemo(() => modelRijen(gefilterd, plat), [gefilterd, plat]);
  const columns = useMemo(() => kolomDefinities(plat), [plat]);
  const tabel = useTable({ ...tabelOpties(data, columns, { sorting, globalFilter: groot ? zoek : '' }), onSortingChange: zetSorting, onGlobalFilterChange: zetZoek });
  const zichtbaar = tabel.getRowModel().rows;

  const viewport = useRef<HTMLDivElement>(null);
  const virtueel = useVirtualizer({
    count: groot ? zichtbaar.length : 0,
    getScrollElement: () => viewport.current,
    estimateSize: () => (kolommen.some((k) => k.onder?.length) ? 52 : 34),
    getItemKey: (i) => zichtbaar[i]?.id ?? i,
    overscan: 10,
    measureElement: naLayout,
  });

  // A row highlighted elsewhere (a bar of a chart, a node of a Sankey) is scrolled into view.
  const gemarkeerdeRij = groot && gemarkeerd ? zichtbaar.findIndex((r) => gemarkeerd(r.original.rij)) : -1;
  useEffect(() => {
    if (gemarkeerdeRij >= 0) virtueel.scrollToIndex(gemarkeerdeRij, { align: 'auto' });
  }, [gemarkeerdeRij]); // eslint-disable-line react-hooks/exhaustive-deps -- only when another row is highlighted

  const somKolommen = plat.some((k) => k.som);
  const alleTotalen = useMemo(() => (somKolommen ? kolomTotalen(rijen, plat) : {}), [rijen, plat, somKolommen]);
  const zichtbareRijen = zichtbaar.map((r) => r.original.rij);
  const gefilterdeTotalen = somKolommen && zichtbareRijen.length !== rijen.length ? kolomTotalen(zichtbareRijen, plat) : null;
  const labels = totaalLabels(zichtbareRijen.length, rijen.length, meervoud);

  const sorteer = (k: GroteTabelKolom<R>) => tabel.getColumn(k.id)?.toggleSorting(undefined, false);
  const richting = (k: GroteTabelKolom<R>) => tabel.getColumn(k.id)?.getIsSorted() ?? false;
  const ariaSort = (k: GroteTabelKolom<R>) => {
    const r = [k, ...(k.onder ?? [])].map(richting).find(Boolean);
    return r === 'asc' ? 'ascending' : r === 'desc' ? 'descending' : undefined;
  };

  const rij = (r: R, index: number, meet?: (el: HTMLTableRowElement | null) => void) => {
    const aanGemarkeerd = gemarkeerd?.(r) ?? false;
    const gekozen = kies ? kies.gekozen === sleutel(r) : false;
    const klassen = [index % 2 === 0 ? 'oneven' : '', aanGemarkeerd ? 'gemarkeerd' : '', gekozen ? 'gekozen' : '', kies ? 'kiesbaar' : ''].filter(Boolean).join(' ');
    return (
      <tr
        key={sleutel(r)}
        ref={meet}
        data-index={index}
        className={klassen || undefined}
        aria-current={aanGemarkeerd ? 'true' : undefined}
        {...(kies
          ? {
              tabIndex: 0,
              'aria-selected': gekozen,
              onClick: () => kies.onKies(r),
              onKeyDown: (e: React.KeyboardEvent) => {
                if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
                e.preventDefault();
                kies.onKies(r);
              },
            }
          : {})}
      >
        {kolommen.map((k) => (
          <td key={k.id} className={k.getal ? 'getal' : undefined}>
            {k.cel(r)}
            {k.onder?.map((o) => (
              <div key={o.id} className="onder-regel">
                {o.cel(r)}
              </div>
            ))}
          </td>
        ))}
      </tr>
    );
  };

  // The footer: the leading columns without a total hold the label.
  const eersteSom = kolommen.findIndex((k) => [k, ...(k.onder ?? [])].some((x) => x.som));
  const voetRij = (titel: string, totalen: Record<string, number>, klasse: string) => (
    <tr className={klasse}>
      {eersteSom > 0 && <th scope="row" colSpan={eersteSom}>{titel}</th>}
      {kolommen.slice(Math.max(eersteSom, 0)).map((k, i) => {
        const waarde = (x: GroteTabelKolom<R>) => (x.som && totalen[x.id] !== undefined ? (x.opmaak ?? ((n: number) => formatGetal(n)))(totalen[x.id]) : '');
        return (
          <td key={k.id} className={k.getal ? 'getal' : undefined}>
            {eersteSom === 0 && i === 0 && <div>{titel}</div>}
            {waarde(k)}
            {k.onder?.map((o) => (
              <div key={o.id} className="onder-regel">
                {waarde(o)}
              </div>
            ))}
          </td>
        );
      })}
    </tr>
  );
  const voet =
    eersteSom >= 0 ? (
      <tfoot>
        {gefilterdeTotalen && labels.gefilterd && voetRij(labels.gefilterd, gefilterdeTotalen, 'voet gefilterd')}
        {voetRij(labels.totaal, alleTotalen, 'voet')}
      </tfoot>
    ) : null;

  const kop = (
    <thead>
      <tr>
        {kolommen.map((k) => (
          <th key={k.id} scope="col" className={k.getal ? 'getal' : undefined} aria-sort={ariaSort(k)}>
            <SorteerKop kolom={k as GroteTabelKolom<unknown>} richting={richting(k)} onSorteer={() => sorteer(k)} />
            {k.onder?.map((o) => (
              <div key={o.id} className="onder-kop">
                <SorteerKop kolom={o as GroteTabelKolom<unknown>} richting={richting(o)} onSorteer={() => sorteer(o)} />
              </div>
            ))}
          </th>
        ))}
      </tr>
    </thead>
  );

  if (!groot) {
    return (
      <div className="grote-tabel-houder">
        <table aria-label={label} className="grote-tabel">
          {kop}
          <tbody>{zichtbaar.map((r, i) => rij(r.original.rij, i))}</tbody>
          {voet}
        </table>
      </div>
    );
  }

  const items = virtueel.getVirtualItems();
  const boven = items[0]?.start ?? 0;
  const onder = Math.max(0, virtueel.getTotalSize() - (items.at(-1)?.end ?? 0));
  const vasteBreedte = kolommen.reduce((s, k) => s + (k.breedte ?? 0), 0);
  const vrij = kolommen.filter((k) => !k.breedte).length;
  return (
    <div className="grote-tabel-blok">
      <Group gap="sm" mb="xs" wrap="wrap" align="center">
        <TextInput
          type="search"
          value={zoek}
          onChange={(e) => {
            zetZoek(e.currentTarget.value);
            viewport.current?.scrollTo({ top: 0 });
          }}
          placeholder={zoekTekst}
          aria-label={`Zoeken in ${label.toLowerCase()}`}
          w={280}
          size="sm"
        />
        {filters && filters.length > 0 && (
          <Chip.Group multiple value={aan} onChange={zetAan}>
            <Group gap={6} wrap="wrap" role="group" aria-label={`Filters voor ${label.toLowerCase()}`}>
              {filters.map((f) => (
                <Chip key={f.id} value={f.id} size="sm" variant="outline">
                  {f.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        )}
        <Text size="sm" c="dimmed" aria-live="polite" ml="auto">
          {zichtbaar.length === rijen.length ? `${formatGetal(rijen.length)} ${meervoud}` : `${formatGetal(zichtbaar.length)} van ${formatGetal(rijen.length)} ${meervoud}`}
        </Text>
      </Group>
      <ScrollArea.Autosize
        mah={hoogte}
        type="auto"
        offsetScrollbars="y"
        viewportRef={viewport}
        viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': `${label}, scrollbaar` }}
        className="grote-tabel-scroll"
      >
        <table aria-label={label} className="grote-tabel vast" style={{ minWidth: vasteBreedte + vrij * MIN_VRIJ }}>
          <colgroup>
            {kolommen.map((k) => (
              <col key={k.id} style={k.breedte ? { width: k.breedte } : undefined} />
            ))}
          </colgroup>
          {kop}
          <tbody>
            {boven > 0 && <tr aria-hidden="true" className="opvulling" style={{ height: boven }} />}
            {items.map((item) => rij(zichtbaar[item.index].original.rij, item.index, virtueel.measureElement))}
            {onder > 0 && <tr aria-hidden="true" className="opvulling" style={{ height: onder }} />}
            {zichtbaar.length === 0 && (
              <tr>
                <td colSpan={kolommen.length} className="leeg">
                  Geen {meervoud} gevonden{zoek ? ` voor "${zoek}"` : ''}.
                </td>
              </tr>
            )}
          </tbody>
          {voet}
        </table>
      </ScrollArea.Autosize>
    </div>
  );
}
