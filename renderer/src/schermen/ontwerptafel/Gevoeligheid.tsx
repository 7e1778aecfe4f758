import { Button, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ROUTE_LABEL } from '../../../../shared/engine';
import { formatGetal } from '../../../../shared/format';
import { CRITERIUM, type Gevoeligheid, type Stakeholdergroep } from '../../../../shared/ontwerptafel';
import { Sectie } from '../vergelijken/Sectie';
import { deRoute } from './teksten';

type PerNiveau = { perGroep: Gevoeligheid[]; totaal: Gevoeligheid[] };

const TOTAAL = 'totaal';
const EERST_TONEN = 6;

/** The turning points nearest first; those without one in the range are left out. */
function omslagen(lijst: readonly Gevoeligheid[]): Gevoeligheid[] {
  return lijst.filter((g) => g.kleinste).sort((a, b) => Math.abs(a.kleinste!.verandering) - Math.abs(b.kleinste!.verandering));
}

function Omslaglijst({ soort, lijst, alle, groepNaam, winnaar }: { soort: 'gewicht' | 'score'; lijst: Gevoeligheid[]; alle: number; groepNaam: (id?: string) => string; winnaar: string }) {
  const [allesTonen, zetAllesTonen] = useState(false);
  const getoond = allesTonen ? lijst : lijst.slice(0, EERST_TONEN);
  const zonder = alle - lijst.length;
  const titel = soort === 'gewicht' ? 'Welk gewicht gooit de rangorde om?' : 'Welke score gooit de rangorde om?';
  return (
    <Stack gap={6}>
      <Title order={4} size="h5">
        {titel}
      </Title>
      {lijst.length === 0 ? (
        <Text size="sm">
          {soort === 'gewicht'
            ? `Geen enkel gewicht alleen verandert wie bovenaan staat: bij elk gewicht van 0 tot 10 blijft ${winnaar} bovenaan.`
            : `Geen enkele score alleen verandert wie bovenaan staat: bij elke score van 1 tot 5 blijft ${winnaar} bovenaan.`}
        </Text>
      ) : (
        <>
          <Table striped withTableBorder={false} verticalSpacing={6} aria-label={titel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{soort === 'gewicht' ? 'Gewicht van' : 'Score van'}</Table.Th>
                <Table.Th>Criterium</Table.Th>
                <Table.Th>Wat er gebeurt</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {getoond.map((g, i) => (
                <Table.Tr key={i}>
                  <Table.Td className="geen-afbreking">{soort === 'gewicht' ? groepNaam(g.groep) : ROUTE_LABEL[g.route!]}</Table.Td>
                  <Table.Td>{CRITERIUM[g.criterium].naam}</Table.Td>
                  <Table.Td>{g.tekst}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {zonder > 0 && `Bij de andere ${formatGetal(zonder)} ${soort === 'gewicht' ? 'gewichten' : 'scores'} blijft ${winnaar} bovenaan, hoe ver u ze ook verschuift.`}
            </Text>
            {lijst.length > EERST_TONEN && (
              <Button size="compact-xs" variant="subtle" onClick={() => zetAllesTonen((x) => !x)}>
                {allesTonen ? 'Minder tonen' : `Alle ${formatGetal(lijst.length)} tonen`}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

/**
 * Which single change of a weight or a score would put another route on top, computed exactly by
 * the API and said in sentences; for the overall ranking or for one group's own ranking.
 */
export function GevoeligheidWeergave({ gewichten, scores, groepen }: { gewichten: PerNiveau; scores: PerNiveau; groepen: readonly Stakeholdergroep[] }) {
  const [niveau, zetNiveau] = useState(TOTAAL);
  const [soort, zetSoort] = useState<'gewicht' | 'score'>('gewicht');
  const groepNaam = (id?: string) => groepen.find((g) => g.id === id)?.naam ?? id ?? '';
  // Overall: every group's weight against the overall ranking; one group: its own weights (or the scores) against its own ranking.
  const perNiveau = soort === 'gewicht' ? gewichten : scores;
  const bron = niveau === TOTAAL ? perNiveau.totaal : perNiveau.perGroep.filter((g) => g.groep === niveau);
  const winnaar = bron[0] ? deRoute(bron[0].winnaar) : 'dezelfde route';
  return (
    <Sectie
      titel="Gevoeligheid: wat verandert de uitkomst?"
      omschrijving="Per gewicht of score de kleinste verandering waardoor een andere route bovenaan komt, de rest gelijk. Staat er weinig, dan is de uitkomst robuust; staat er veel met kleine stappen, dan hangt zij aan een draadje."
    >
      <Stack gap="sm">
        <Group gap="sm" align="flex-end">
          <Select
            label="Rangorde van"
            data={[{ value: TOTAAL, label: 'Alle groepen samen' }, ...groepen.map((g) => ({ value: g.id, label: g.naam }))]}
            value={niveau}
            onChange={(v) => v && zetNiveau(v)}
            allowDeselect={false}
            w={240}
          />
          <SegmentedControl
            aria-label="Soort verandering"
            value={soort}
            onChange={(v) => zetSoort(v as 'gewicht' | 'score')}
            data={[
              { value: 'gewicht', label: 'Gewichten' },
              { value: 'score', label: 'Scores' },
            ]}
          />
        </Group>
        <Omslaglijst key={`${niveau}-${soort}`} soort={soort} lijst={omslagen(bron)} alle={bron.length} groepNaam={groepNaam} winnaar={winnaar} />
      </Stack>
    </Sectie>
  );
}
