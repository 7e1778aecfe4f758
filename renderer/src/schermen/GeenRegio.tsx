import { EmptyState, List, Text } from '@mantine/core';
import { isDesktop } from '../api';

/** The open project holds no regio model yet. */
export function GeenRegio({ projectNaam }: { projectNaam: string }) {
  return (
    <EmptyState title={`Project ${projectNaam} bevat nog geen regio`} maw={640} mx="auto" mt="xl">
      <Text size="sm" c="dimmed">
        Een regio bestaat uit de gemeenten, samenwerkingsverbanden en (v)so-scholen, met de leerlingen per school, woongemeente en doelgroep.
      </Text>
      <List size="sm" mt="sm">
        {isDesktop ? (
          <List.Item>Kies Bestand → Nieuw project… → Met de demoregio om met een voorbeeld te beginnen.</List.Item>
        ) : (
          <List.Item>Start de host opnieuw met een andere gegevensmap om met de demoregio te beginnen.</List.Item>
        )}
        <List.Item>Kies Bestand → Openen… om een bestaand project te openen.</List.Item>
      </List>
    </EmptyState>
  );
}
