import { Button, Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { GroteTabel, type GroteTabelKolom } from '../../onderdelen/grote-tabel/GroteTabel';
import type { CelWaarde } from '../../onderdelen/grote-tabel/model';

export interface RegioTabelKolom<T> {
  kop: string;
  /** Right-aligned tabular figures. */
  getal?: boolean;
  inhoud: (rij: T) => ReactNode;
  /** The value to sort and search on, where the cell is not plain text (a figure, a name with a badge). */
  waarde?: (rij: T) => CelWaarde;
  /** Width in px in a long table (figures 100 px; text columns share what is left). */
  breedte?: number;
}

/** The regio's columns as columns of the long table, with the row's buttons last. */
function groteKolommen<T>(kolommen: readonly RegioTabelKolom<T>[], naam: (rij: T) => string, onBewerken: (rij: T) => void, onVerwijderen: (rij: T) => void): GroteTabelKolom<T>[] {
  return [
    ...kolommen.map((k, i): GroteTabelKolom<T> => {
      const tekst = (rij: T) => {
        const x = k.inhoud(rij);
        return typeof x === 'string' ? x : null;
      };
      return {
        id: `k${i}`,
        kop: k.kop,
        kopTekst: k.kop,
        getal: k.getal,
        cel: k.inhoud,
        waarde: k.waarde ?? tekst,
        zoekbaar: !k.getal,
        aflopendEerst: k.getal,
        sorteerbaar: k.waarde !== undefined || !k.getal,
        breedte: k.breedte ?? (k.getal ? 100 : undefined),
      };
    }),
    {
      id: 'acties',
      kop: <span className="visueel-verborgen">Acties</span>,
      kopTekst: 'Acties',
      sorteerbaar: false,
      breedte: 204,
      waarde: () => null,
      cel: (rij) => <RijActies naam={naam(rij)} onBewerken={() => onBewerken(rij)} onVerwijderen={() => onVerwijderen(rij)} />,
    },
  ];
}

export interface RijTabelProps<T> {
  /** Accessible name of the table. */
  label: string;
  rijen: readonly T[];
  kolommen: readonly RegioTabelKolom<T>[];
  sleutel: (rij: T) => string;
  /** Name of a row in the labels of its buttons ("Centrumstad bewerken"). */
  naam: (rij: T) => string;
  onBewerken: (rij: T) => void;
  onVerwijderen: (rij: T) => void;
  /** Extra rows above (e.g. the zorgkantoor) and below (totals), with as many cells plus one. */
  boven?: ReactNode;
  onder?: ReactNode;
  /** One row, for the search box: "gemeente" gives "Zoek gemeente…". */
  enkelvoud?: string;
}

/**
 * A table of rows, each with Bewerken and Verwijderen. A list that grows with the regio (gemeenten,
 * scholen) is a long table: sortable, searchable, its rows virtualised in a bounded scroll area.
 */
export function RijTabel<T>({ label, rijen, kolommen, sleutel, naam, onBewerken, onVerwijderen, boven, onder, enkelvoud }: RijTabelProps<T>) {
  if (!boven && !onder)
    return (
      <GroteTabel
        label={label}
        kolommen={groteKolommen(kolommen, naam, onBewerken, onVerwijderen)}
        rijen={rijen}
        sleutel={sleutel}
        meervoud={label.toLowerCase()}
        zoekTekst={`Zoek ${(enkelvoud ?? 'rij').toLowerCase()}…`}
      />
    );
  return (
    <Table striped highlightOnHover stickyHeader aria-label={label} className="regio-tabel">
      <Table.Thead>
        <Table.Tr>
          {kolommen.map((k) => (
            <Table.Th key={k.kop} className={k.getal ? 'getal' : undefined}>
              {k.kop}
            </Table.Th>
          ))}
          <Table.Th className="acties">
            <span className="visueel-verborgen">Acties</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {boven}
        {rijen.map((rij) => (
          <Table.Tr key={sleutel(rij)}>
            {kolommen.map((k) => (
              <Table.Td key={k.kop} className={k.getal ? 'getal' : undefined}>
                {k.inhoud(rij)}
              </Table.Td>
            ))}
            <Table.Td className="acties">
              <RijActies naam={naam(rij)} onBewerken={() => onBewerken(rij)} onVerwijderen={() => onVerwijderen(rij)} />
            </Table.Td>
          </Table.Tr>
        ))}
        {onder}
      </Table.Tbody>
    </Table>
  );
}

export function RijActies({ naam, onBewerken, onVerwijderen }: { naam: string; onBewerken: () => void; onVerwijderen?: () => void }) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button size="compact-sm" variant="subtle" onClick={onBewerken} aria-label={`${naam} bewerken`}>
        Bewerken
      </Button>
      {onVerwijderen && (
        <Button size="compact-sm" variant="subtle" color="red" onClick={onVerwijderen} aria-label={`${naam} verwijderen`}>
          Verwijderen
        </Button>
      )}
    </Group>
  );
}
