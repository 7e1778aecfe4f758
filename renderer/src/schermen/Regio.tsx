import { Badge, Card, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { SECTOR_LABEL } from '../../../shared/domain/labels';
import { formatGetal, formatPct } from '../../../shared/format';
import { leerlingenTellingen } from '../../../shared/regio/overzicht';
import type { RegioBestand } from '../../../shared/regio/schema';
import { zio } from '../api';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { useLaden } from '../useLaden';

function Gemeenten({ regio, tellingen }: { regio: RegioBestand; tellingen: ReturnType<typeof leerlingenTellingen> }) {
  return (
    <Table striped highlightOnHover stickyHeader aria-label="Gemeenten">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Code</Table.Th>
          <Table.Th>Gemeente</Table.Th>
          <Table.Th className="getal">Inwoners 0–17</Table.Th>
          <Table.Th className="getal">Leerlingen (v)so</Table.Th>
          <Table.Th className="getal">Per 1.000 jeugdigen</Table.Th>
          <Table.Th>Ligging</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regio.gemeenten.map((g) => {
          const n = tellingen.perWoongemeente.get(g.code) ?? 0;
          return (
            <Table.Tr key={g.code}>
              <Table.Td>{g.code}</Table.Td>
              <Table.Td>
                {g.naam}{' '}
                {g.centrumgemeente && (
                  <Badge size="sm" variant="light" ml={4}>
                    centrumgemeente
                  </Badge>
                )}
              </Table.Td>
              <Table.Td className="getal">{formatGetal(g.inwoners0tot17)}</Table.Td>
              <Table.Td className="getal">{formatGetal(n)}</Table.Td>
              <Table.Td className="getal">{g.inwoners0tot17 ? formatGetal((1000 * n) / g.inwoners0tot17, 1) : '–'}</Table.Td>
              <Table.Td>{g.inRegio ? 'in de regio' : <Text span inherit c="orange.8">buiten de regio</Text>}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function Samenwerkingsverbanden({ regio, tellingen }: { regio: RegioBestand; tellingen: ReturnType<typeof leerlingenTellingen> }) {
  return (
    <Table striped highlightOnHover aria-label="Samenwerkingsverbanden">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Code</Table.Th>
          <Table.Th>Samenwerkingsverband</Table.Th>
          <Table.Th>Type</Table.Th>
          <Table.Th className="getal">Scholen</Table.Th>
          <Table.Th className="getal">Leerlingen</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regio.samenwerkingsverbanden.map((s) => (
          <Table.Tr key={s.code}>
            <Table.Td>{s.code}</Table.Td>
            <Table.Td>{s.naam}</Table.Td>
            <Table.Td>{s.type === 'po' ? 'primair onderwijs' : 'voortgezet onderwijs'}</Table.Td>
            <Table.Td className="getal">{formatGetal(tellingen.scholenPerSwv.get(s.code) ?? 0)}</Table.Td>
            <Table.Td className="getal">{formatGetal(tellingen.perSwv.get(s.code) ?? 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Scholen({ regio, tellingen }: { regio: RegioBestand; tellingen: ReturnType<typeof leerlingenTellingen> }) {
  const gemeenteNaam = new Map(regio.gemeenten.map((g) => [g.code, g.naam]));
  const swvNaam = new Map(regio.samenwerkingsverbanden.map((s) => [s.code, s.naam]));
  return (
    <Table striped highlightOnHover aria-label="Scholen">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Code</Table.Th>
          <Table.Th>School</Table.Th>
          <Table.Th>Sector</Table.Th>
          <Table.Th>Vestigingsgemeente</Table.Th>
          <Table.Th>Samenwerkingsverband</Table.Th>
          <Table.Th className="getal">Leerlingen</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regio.scholen.map((s) => (
          <Table.Tr key={s.code}>
            <Table.Td>{s.code}</Table.Td>
            <Table.Td>{s.naam}</Table.Td>
            <Table.Td>{SECTOR_LABEL[s.sector]}</Table.Td>
            <Table.Td>{gemeenteNaam.get(s.vestigingsgemeente) ?? s.vestigingsgemeente}</Table.Td>
            <Table.Td>{swvNaam.get(s.swv) ?? s.swv}</Table.Td>
            <Table.Td className="getal">{formatGetal(tellingen.perSchool.get(s.code) ?? 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Verzekeraars({ regio }: { regio: RegioBestand }) {
  return (
    <Table striped aria-label="Zorgkantoor en zorgverzekeraars">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Financier</Table.Th>
          <Table.Th>Wet</Table.Th>
          <Table.Th className="getal">Marktaandeel in de regio</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td>{regio.zorgkantoor.naam}</Table.Td>
          <Table.Td>Wlz</Table.Td>
          <Table.Td className="getal">–</Table.Td>
        </Table.Tr>
        {regio.zorgverzekeraars.map((z) => (
          <Table.Tr key={z.naam}>
            <Table.Td>{z.naam}</Table.Td>
            <Table.Td>Zvw</Table.Td>
            <Table.Td className="getal">{formatPct(z.marktaandeel)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function RegioScherm({ regioId }: { regioId: number }) {
  const [toestand] = useLaden(() => zio.regioLezen({ regioId }), [regioId]);
  if (toestand.status === 'laden') return <Laden tekst="Regio laden…" />;
  if (toestand.status === 'fout') return <Foutmelding fout={toestand.fout} />;
  const regio = toestand.data;
  const tellingen = leerlingenTellingen(regio);
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Regio {regio.regio.naam}</Title>
        <Text c="dimmed">De partijen in de regio en de (v)so-leerlingen die bij hen horen.</Text>
      </div>
      <Card withBorder padding={0}>
        <Tabs defaultValue="gemeenten" keepMounted={false}>
          <Tabs.List px="sm" pt="xs">
            <Tabs.Tab value="gemeenten">Gemeenten ({regio.gemeenten.length})</Tabs.Tab>
            <Tabs.Tab value="swv">Samenwerkingsverbanden ({regio.samenwerkingsverbanden.length})</Tabs.Tab>
            <Tabs.Tab value="scholen">Scholen ({regio.scholen.length})</Tabs.Tab>
            <Tabs.Tab value="financiers">Zorgkantoor en verzekeraars</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="gemeenten" p="sm">
            <Gemeenten regio={regio} tellingen={tellingen} />
          </Tabs.Panel>
          <Tabs.Panel value="swv" p="sm">
            <Samenwerkingsverbanden regio={regio} tellingen={tellingen} />
          </Tabs.Panel>
          <Tabs.Panel value="scholen" p="sm">
            <Scholen regio={regio} tellingen={tellingen} />
          </Tabs.Panel>
          <Tabs.Panel value="financiers" p="sm">
            <Verzekeraars regio={regio} />
          </Tabs.Panel>
        </Tabs>
      </Card>
    </Stack>
  );
}
