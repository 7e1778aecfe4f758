import { Alert, Center, Group, Loader, List, Text } from '@mantine/core';
import { ApiFout } from '../api';

export function Laden({ tekst = 'Laden…' }: { tekst?: string }) {
  return (
    <Center h={200} role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{tekst}</Text>
      </Group>
    </Center>
  );
}

export function Foutmelding({ fout, titel = 'Dit kon niet worden geladen' }: { fout: Error; titel?: string }) {
  const problemen = fout instanceof ApiFout ? fout.fout.problemen : [];
  return (
    <Alert color="red" title={titel} role="alert">
      <Text size="sm">{fout.message}</Text>
      {problemen.length > 0 && (
        <List size="sm" mt="xs">
          {problemen.map((p, i) => (
            <List.Item key={i}>
              <code>{p.pad}</code>: {p.melding}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
