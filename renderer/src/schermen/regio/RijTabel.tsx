import { Button, Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RegioTabelKolom<T> {
  kop: string;
  /** Right-aligned tabular figures. */
  getal?: boolean;
  inhoud: (rij: T) => ReactNode;
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
}

/** A table of rows, each with Bewerken and Verwijderen. */
export function RijTabel<T>({ label, rijen, kolommen, sleutel, naam, onBewerken, onVerwijderen, boven, onder }: RijTabelProps<T>) {
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
