import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ZioApi } from '../../../../shared/api/contract';
import { formatPct } from '../../../../shared/format';

type Normen = Awaited<ReturnType<ZioApi['normen']>>;
type Aandeel = Normen['aandelen'][number];

const pct = (x: number) => formatPct(x, 1);

function doelTekst(a: Aandeel): string {
  if (a.soort === 'minimum') return `boven ${pct(a.doel)}`;
  if (a.soort === 'maximum') return `hoogstens ${pct(a.doel)}`;
  return pct(a.doel);
}

/** The published kader shares of the report beside the value the normenset reaches (v2 §11). */
export function Aandelen({ normen }: { normen: Normen }) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Aandelen van de kaders die het rapport noemt. Een <b>marge</b> is in de financieringsmix ingebouwd (binnen 1 procentpunt); een <b>controle</b> staat alleen naast de uitkomst. De Wpg-drempel is een
        grens: die wordt pas een marge als de uitkomst hem overschrijdt. Uitkomst = aandeel in de landelijke kosten in het brede scenario ({formatPct(normen.aandeelSo.landelijk, 0)} so,{' '}
        {formatPct(1 - normen.aandeelSo.landelijk, 0)} vso).
      </Text>
      <Table striped aria-label="Gepubliceerde aandelen">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Aandeel</Table.Th>
            <Table.Th className="getal">Rapport</Table.Th>
            <Table.Th>Vindplaats</Table.Th>
            <Table.Th className="getal">Uitkomst</Table.Th>
            <Table.Th>Rol</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {normen.aandelen.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td title={a.omschrijving}>{a.naam}</Table.Td>
              <Table.Td className="getal">{doelTekst(a)}</Table.Td>
              <Table.Td>{a.vindplaats}</Table.Td>
              <Table.Td className="getal" fw={600}>
                {pct(a.gefit)}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={a.rol === 'marge' ? 'blue' : a.voldaan ? 'teal' : 'orange'}>
                  {a.rol === 'marge' ? 'marge' : a.voldaan ? 'controle: klopt' : 'controle: wijkt af'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
