/**
 * The frame of a printable report: the running header (on screen a plain line, in print repeated at
 * the top of every page) and the table whose empty, repeated header reserves room for it on every
 * printed page (see rapport-print.css). Also the title page's table of data (label and value).
 */
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import './rapport-print.css';

export function RapportPagina({ className, kopregel, children }: { className: string; kopregel: ReactNode; children: ReactNode }) {
  return (
    <div className={`rapport ${className}`} lang="nl">
      <div className="rapport-kopregel" role="note" aria-label="Kopregel">
        {kopregel}
      </div>
      <table className="rapport-pagina" role="presentation">
        <thead>
          <tr>
            <td>
              <div className="rapport-kopruimte" />
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{children}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The title page's data: one row a label and its value. */
export function RapportGegevens({ rijen, label, mt }: { rijen: ReadonlyArray<readonly [string, string]>; label: string; mt: 'sm' | 'md' }) {
  return (
    <Table className="rapport-gegevens" withRowBorders={false} mt={mt} aria-label={label}>
      <Table.Tbody>
        {rijen.map(([l, waarde]) => (
          <Table.Tr key={l}>
            <Table.Th scope="row">{l}</Table.Th>
            <Table.Td>{waarde}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
