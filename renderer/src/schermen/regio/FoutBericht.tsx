import { Alert, List, Text } from '@mantine/core';
import { ApiFout } from '../../api';
import { TABEL_LABEL } from '../../../../shared/regio/tabellen';

const TABEL_NAAM: Record<string, string> = { ...TABEL_LABEL, regio: 'Regio', zorgkantoor: 'Zorgkantoor' };

/** "$.scholen[2].swv" → "Scholen": which table a problem is about, in words. */
export function padTekst(pad: string): string | null {
  const tabel = /^\$\.([a-z]+)/i.exec(pad)?.[1];
  return tabel ? (TABEL_NAAM[tabel] ?? null) : null;
}

export function metHoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/** An edit the regio refused, with the located problems the API gave. */
export function FoutBericht({ fout, titel = 'Niet opgeslagen', onSluiten }: { fout: Error; titel?: string; onSluiten?: () => void }) {
  const problemen = fout instanceof ApiFout ? fout.fout.problemen : [];
  return (
    <Alert color="red" title={titel} role="alert" withCloseButton={!!onSluiten} onClose={onSluiten} closeButtonLabel="Melding sluiten">
      <Text size="sm">{fout.message}</Text>
      {problemen.length > 0 && (
        <List size="sm" mt="xs">
          {problemen.map((p, i) => {
            const waar = padTekst(p.pad);
            return (
              <List.Item key={i}>
                {waar ? `${waar}: ` : ''}
                {p.melding}
              </List.Item>
            );
          })}
        </List>
      )}
    </Alert>
  );
}
