import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ZioApi } from '../../../../shared/api/contract';
import { toonNormWaarde, type NormWijziging } from '../../../../shared/engine';
import { RegionaleWaarde } from './RegionaleWaarde';

type Normen = Awaited<ReturnType<ZioApi['normen']>>;

/** Pgb-aandeel per kader (rekenmodel-v2 §7) with its source; editable for a regio like the tarieven. */
export function PgbAandelen({ normen, aanpassen }: { normen: Normen; aanpassen: ((a: NormWijziging) => Promise<void>) | null }) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Het deel van de zorgkosten per kader dat nu via een persoonsgebonden budget (pgb) wordt betaald. In een variant kiest u per kader of dat deel in de pot gaat of bij de ouders blijft.
        {aanpassen && ' Vul een eigen percentage in als het pgb-gebruik in deze regio afwijkt.'}
      </Text>
      <Table striped aria-label="Pgb-aandeel per kader" maw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kader</Table.Th>
            <Table.Th>Bron</Table.Th>
            <Table.Th className="getal" w={220}>
              Pgb-aandeel
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {normen.pgb.map((p) => (
            <Table.Tr key={p.kader}>
              <Table.Td>{p.naam}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={p.soort === 'aanname' ? 'orange' : 'teal'} mr={6}>
                  {p.soort}
                </Badge>
                <Text span size="sm">
                  {p.bron}
                </Text>
              </Table.Td>
              <Table.Td className="getal">
                {aanpassen ? (
                  <RegionaleWaarde label={`Pgb-aandeel ${p.naam}`} parameter="pgbAandeel" waarde={p.aandeel} landelijk={p.landelijk} onOpslaan={(waarde) => aanpassen({ parameter: 'pgbAandeel', kader: p.kader, waarde })} />
                ) : (
                  toonNormWaarde('pgbAandeel', p.aandeel)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
