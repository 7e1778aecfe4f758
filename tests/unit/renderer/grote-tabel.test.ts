/** The big table's logic: search, filters, sorting (TanStack Table's row models with Dutch rules) and the footer. */
import { constructTable, type SortingState } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import {
  kolomDefinities,
  kolomTotalen,
  modelRijen,
  normaliseer,
  pasFiltersToe,
  pastBijZoekterm,
  tabelOpties,
  totaalLabels,
  type ModelKolom,
  type RijFilter,
} from '../../../renderer/src/onderdelen/grote-tabel/model';
import { grootsteMetMarkering } from '../../../renderer/src/schermen/vergelijken/grootste';

interface Gemeente {
  naam: string;
  swv: string;
  inRegio: boolean;
  bijdrage: number | null;
  verschil: number;
}

const rijen: Gemeente[] = [
  { naam: 'Gemeente 10', swv: 'Samenwerkingsverband 3', inRegio: true, bijdrage: 1_000, verschil: 0 },
  { naam: 'Gemeente 2', swv: 'Samenwerkingsverband 1', inRegio: true, bijdrage: 5_000, verschil: -300 },
  { naam: 'Súdwest-Fryslân', swv: 'Samenwerkingsverband 2', inRegio: false, bijdrage: null, verschil: 0 },
  { naam: 'Aa en Hunze', swv: 'Samenwerkingsverband 1', inRegio: true, bijdrage: 2_500, verschil: 120 },
];

const kolommen: ModelKolom<Gemeente>[] = [
  { id: 'naam', waarde: (r) => r.naam, zoekbaar: true },
  { id: 'swv', waarde: (r) => r.swv, zoekbaar: true },
  { id: 'bijdrage', waarde: (r) => r.bijdrage, som: true, aflopendEerst: true },
  { id: 'verschil', waarde: (r) => r.verschil, som: true },
];

const filters: RijFilter<Gemeente>[] = [
  { id: 'regio', label: 'In de regio', test: (r) => r.inRegio },
  { id: 'verschil', label: 'Met verschil', test: (r) => Math.abs(r.verschil) >= 0.5 },
];

/** The table as the screen builds it, with TanStack's plain (non-React) state. */
function tabel(data: Gemeente[], sorting: SortingState, zoek: string) {
  const opties = tabelOpties(modelRijen(data, kolommen), kolomDefinities(kolommen), { sorting, globalFilter: zoek });
  return constructTable({ ...opties, features: { ...opties.features, coreReactivityFeature: storeReactivityBindings() } as typeof opties.features });
}

/** The names the table shows, in order, for a search and a sort (through TanStack Table's row models). */
function toon(zoek: string, sorting: SortingState, data: Gemeente[] = rijen): string[] {
  return tabel(data, sorting, zoek).getRowModel().rows.map((r) => r.original.rij.naam);
}

describe('zoeken', () => {
  it('vindt zonder hoofdletters en accenten, in elke zoekbare kolom, elk woord', () => {
    expect(normaliseer('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(pastBijZoekterm('Súdwest-Fryslân', 'sudwest fryslan')).toBe(true);
    expect(pastBijZoekterm('Súdwest-Fryslân', 'fryslan sud')).toBe(true);
    expect(pastBijZoekterm('Súdwest-Fryslân', 'groningen')).toBe(false);
    expect(toon('fryslân', [])).toEqual(['Súdwest-Fryslân']);
    // "2" is in the name of Gemeente 2 and in the samenwerkingsverband of Súdwest-Fryslân.
    expect(toon('2', [])).toEqual(['Gemeente 2', 'Súdwest-Fryslân']);
    expect(toon('hunze aa', [])).toEqual(['Aa en Hunze']);
    expect(toon('gemeente 2 verband', [])).toEqual(['Gemeente 2']);
    expect(toon('  ', [])).toHaveLength(4);
    expect(toon('bestaat niet', [])).toEqual([]);
  });
});

describe('sorteren', () => {
  it('tekst op zijn Nederlands met getallen in volgorde, bedragen op grootte, lege cellen achteraan', () => {
    expect(toon('', [{ id: 'naam', desc: false }])).toEqual(['Aa en Hunze', 'Gemeente 2', 'Gemeente 10', 'Súdwest-Fryslân']);
    expect(toon('', [{ id: 'naam', desc: true }])).toEqual(['Súdwest-Fryslân', 'Gemeente 10', 'Gemeente 2', 'Aa en Hunze']);
    expect(toon('', [{ id: 'bijdrage', desc: true }])).toEqual(['Gemeente 2', 'Aa en Hunze', 'Gemeente 10', 'Súdwest-Fryslân']);
    expect(toon('', [{ id: 'bijdrage', desc: false }])).toEqual(['Gemeente 10', 'Aa en Hunze', 'Gemeente 2', 'Súdwest-Fryslân']);
    expect(toon('', [{ id: 'verschil', desc: false }])).toEqual(['Gemeente 2', 'Gemeente 10', 'Súdwest-Fryslân', 'Aa en Hunze']);
    // Without a sort the input order stays.
    expect(toon('', [])).toEqual(rijen.map((r) => r.naam));
  });

  it('zoeken en sorteren samen', () => {
    expect(toon('gemeente', [{ id: 'bijdrage', desc: false }])).toEqual(['Gemeente 10', 'Gemeente 2']);
  });

  it('bedragen beginnen aflopend bij de eerste klik, tekst oplopend', () => {
    const t = tabel(rijen, [], '');
    expect(t.getColumn('bijdrage')!.getFirstSortDir()).toBe('desc');
    expect(t.getColumn('naam')!.getFirstSortDir()).toBe('asc');
  });
});

describe('filters en totalen', () => {
  it('filters gelden samen; uit laat alles staan', () => {
    expect(pasFiltersToe(rijen, filters, []).map((r) => r.naam)).toEqual(rijen.map((r) => r.naam));
    expect(pasFiltersToe(rijen, filters, ['regio']).map((r) => r.naam)).toEqual(['Gemeente 10', 'Gemeente 2', 'Aa en Hunze']);
    expect(pasFiltersToe(rijen, filters, ['regio', 'verschil']).map((r) => r.naam)).toEqual(['Gemeente 2', 'Aa en Hunze']);
  });

  it('de voet telt alleen de optelbare kolommen op, lege cellen als niets', () => {
    expect(kolomTotalen(rijen, kolommen)).toEqual({ bijdrage: 8_500, verschil: -180 });
    expect(kolomTotalen(pasFiltersToe(rijen, filters, ['verschil']), kolommen)).toEqual({ bijdrage: 7_500, verschil: -180 });
    expect(kolomTotalen([], kolommen)).toEqual({ bijdrage: 0, verschil: 0 });
  });

  it('de voet zegt wanneer er gefilterd is', () => {
    expect(totaalLabels(344, 344, 'gemeenten')).toEqual({ gefilterd: null, totaal: 'Totaal' });
    expect(totaalLabels(12, 1344, 'gemeenten')).toEqual({ gefilterd: 'Gefilterd: 12 van 1.344 gemeenten', totaal: 'Totaal (alle 1.344)' });
  });
});

describe('grafiek naast een lange tabel', () => {
  const items = [5, 1, 9, 3, 7, 2].map((w, i) => ({ naam: `P${i}`, w }));
  it('de grootste in hun eigen volgorde, de gemarkeerde altijd erbij', () => {
    expect(grootsteMetMarkering(items, 3, (x) => x.w, () => false).map((x) => x.naam)).toEqual(['P0', 'P2', 'P4']);
    expect(grootsteMetMarkering(items, 3, (x) => x.w, (x) => x.naam === 'P1').map((x) => x.naam)).toEqual(['P1', 'P2', 'P4']);
    expect(grootsteMetMarkering(items, 3, (x) => x.w, (x) => x.naam === 'P2').map((x) => x.naam)).toEqual(['P0', 'P2', 'P4']);
    expect(grootsteMetMarkering(items, 10, (x) => x.w, () => false)).toEqual(items);
  });
});
