import { Badge, Grid, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ZioApi } from '../../../shared/api/contract';
import { DOELGROEP_KORT, DOELGROEPEN, KADER_LABEL, KADERS } from '../../../shared/domain/labels';
import { PROFESSIONALS, SCOPE_LABEL, type ScopePreset } from '../../../shared/engine';
import { behoefteKengetallen } from '../../../shared/engine/kaders';
import { formatEuro, formatGetal } from '../../../shared/format';
import { KADER_KLEUR } from '../kleuren';
import { MetUitleg } from '../onderdelen/Uitleg';
import { Kleurblok } from '../onderdelen/Kleurblok';

type Behoefte = Awaited<ReturnType<ZioApi['behoefte']>>;
type School = Behoefte['perSchool'][number];

const NAAM = new Map(PROFESSIONALS.map((p) => [p.id, p.naam]));
const MIN_FTE = 0.005;

function uitlegFte(s: School, scope: ScopePreset) {
  return {
    titel: `Formatie ${s.naam}: ${formatGetal(s.fteTotaal, 1)} fte`,
    regels: [
      `Per professional: Σ over de leerlingen van de school van fte per 100 leerlingen van hun doelgroep en sector (tabel 2.2) / 100 × het aandeel van de taken in scope ${SCOPE_LABEL[scope].toLowerCase()}.`,
      `Leerlingen: ${DOELGROEPEN.filter((d) => s.leerlingenPerDoelgroep[d] > 0)
        .map((d) => `${DOELGROEP_KORT[d]} ${formatGetal(s.leerlingenPerDoelgroep[d])}`)
        .join(', ')}.`,
      `Sector: so ${formatGetal(s.leerlingenPerSector.so, 1)}, vso ${formatGetal(s.leerlingenPerSector.vso, 1)} leerlingen.`,
      ...(s.sectorGeschat ? ['Sector geschat: de school heeft so en vso en de leerlingen zijn niet per sector opgegeven; ze zijn verdeeld met het aandeel so van de school (zonder opgave landelijk 42%).'] : []),
      ...(s.inventarisatie ? ['Deze school heeft een eigen inventarisatie: voor de gemeten professionals telt de gemeten fte.'] : []),
    ],
    bron: 'DSP-groep & Oberon (2022), tabel 2.2; taakaandelen afgeleid uit tabellen 2.4 en 2.6',
  };
}

function Detail({ school }: { school: School }) {
  const regels = Object.entries(school.fte)
    .filter(([, fte]) => fte >= MIN_FTE)
    .sort((a, b) => b[1] - a[1]);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Title order={4} size="h5" mb={4}>
          Formatie per professional
        </Title>
        <ScrollArea.Autosize mah={320} viewportProps={{ tabIndex: 0 }}>
          <Table striped aria-label={`Formatie per professional, ${school.naam}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Professional</Table.Th>
                <Table.Th className="getal">Fte</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {regels.map(([id, fte]) => (
                <Table.Tr key={id}>
                  <Table.Td>{NAAM.get(id) ?? id}</Table.Td>
                  <Table.Td className="getal">{formatGetal(fte, 2)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Title order={4} size="h5" mb={4}>
          Kosten per kader
        </Title>
        <Table aria-label={`Kosten per kader, ${school.naam}`}>
          <Table.Tbody>
            {KADERS.map((k) => (
              <Table.Tr key={k}>
                <Table.Td>
                  <Kleurblok kleur={KADER_KLEUR[k]} />
                  {KADER_LABEL[k]}
                </Table.Td>
                <Table.Td className="getal">{formatEuro(school.perKader[k])}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>Totaal</Table.Td>
              <Table.Td className="getal">{formatEuro(school.totaal)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          Leerlingen uit {formatGetal(school.perWoongemeente.length)} gemeenten.
        </Text>
      </Grid.Col>
    </Grid>
  );
}

export function SchoolFormatie({ behoefte, scope }: { behoefte: Behoefte; scope: ScopePreset }) {
  const [gekozen, kies] = useState<string | null>(behoefte.perSchool[0]?.school ?? null);
  const school = behoefte.perSchool.find((s) => s.school === gekozen) ?? null;
  if (!behoefte.perSchool.length) return <Text c="dimmed">Deze regio heeft nog geen scholen.</Text>;
  return (
    <>
      <Table highlightOnHover aria-label="Formatie en kosten per school">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>School</Table.Th>
            <Table.Th className="getal">Leerlingen</Table.Th>
            <Table.Th className="getal">Formatie (fte)</Table.Th>
            <Table.Th className="getal">Zorgkaders</Table.Th>
            <Table.Th className="getal">Totaal</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {behoefte.perSchool.map((s) => (
            <Table.Tr
              key={s.school}
              onClick={() => kies(s.school)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && kies(s.school)}
              tabIndex={0}
              aria-selected={s.school === gekozen}
              bg={s.school === gekozen ? 'teal.0' : undefined}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                {s.naam}
                {s.inventarisatie && (
                  <Badge size="xs" variant="light" color="grape" ml={6}>
                    eigen inventarisatie
                  </Badge>
                )}
                {s.sectorGeschat && (
                  <Badge size="xs" variant="light" color="orange" ml={6} title="Leerlingen niet per sector opgegeven: verdeeld over so en vso met het aandeel so van de school.">
                    sector geschat
                  </Badge>
                )}
              </Table.Td>
              <Table.Td className="getal">{formatGetal(s.leerlingen)}</Table.Td>
              <Table.Td className="getal">
                <MetUitleg uitleg={uitlegFte(s, scope)}>{formatGetal(s.fteTotaal, 1)}</MetUitleg>
              </Table.Td>
              <Table.Td className="getal">{formatEuro(behoefteKengetallen(s).zorgkaders)}</Table.Td>
              <Table.Td className="getal">{formatEuro(s.totaal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {school && (
        <div style={{ marginTop: 16 }}>
          <Text fw={600} mb="xs">
            {school.naam}
          </Text>
          <Detail school={school} />
        </div>
      )}
    </>
  );
}
