import { Card, Grid, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ZioApi } from '../../../shared/api/contract';
import { DOELGROEP_KORT, DOELGROEPEN, KADER_LABEL, KADERS, type Kader } from '../../../shared/domain/labels';
import { SCOPE_LABEL, SCOPE_PRESETS, SCOPE_TAKEN, TAKEN, type ScopePreset } from '../../../shared/domain/catalogus';
import { behoefteKengetallen } from '../../../shared/engine/kaders';
import { formatEuro, formatGetal, formatMiljoen, formatPct } from '../../../shared/format';
import { zio } from '../api';
import { overzichtBehoefte } from '../../../shared/api/eerste-scherm';
import { KADER_KLEUR } from '../kleuren';
import { Grafiek, type GrafiekOpties } from '../onderdelen/Grafiek';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { MetUitleg, type UitlegTekst } from '../onderdelen/Uitleg';
import { Kleurblok } from '../onderdelen/Kleurblok';
import { useLaden } from '../useLaden';
import { SchoolFormatie } from './SchoolFormatie';

type Behoefte = Awaited<ReturnType<ZioApi['behoefte']>>;
type PerScope = Record<ScopePreset, Behoefte>;

const BRON_BEHOEFTE = 'DSP-groep & Oberon (2022), tabellen 2.2–2.6, afgeleid volgens het rekenmodel (zie Bronnen en aannames)';

function takenVan(scope: ScopePreset): string {
  const taken = new Set(SCOPE_TAKEN[scope]);
  return TAKEN.filter((t) => taken.has(t.id))
    .map((t) => t.naam.toLowerCase())
    .join(', ');
}

function uitlegKader(b: Behoefte, scope: ScopePreset, kader: Kader): UitlegTekst {
  return {
    titel: `${KADER_LABEL[kader]}, scope ${SCOPE_LABEL[scope].toLowerCase()}: ${formatEuro(b.perKader[kader])}`,
    regels: [
      `Som over alle scholen en woongemeenten van het aantal leerlingen per doelgroep × de kosten per leerling voor ${KADER_LABEL[kader]}.`,
      `Kosten per leerling: ${DOELGROEPEN.map((d) => `${DOELGROEP_KORT[d]} ${formatEuro(b.perDoelgroep[d][kader])}`).join(', ')}.`,
      `Taken in deze scope: ${takenVan(scope)}.`,
    ],
    bron: BRON_BEHOEFTE,
  };
}

function kaderGrafiek(perScope: PerScope): GrafiekOpties {
  return {
    grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
    legend: { top: 0, data: KADERS.map((k) => KADER_LABEL[k]) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatEuro(Number(v)) },
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { hideOverlap: true, formatter: (v: number) => (v === 0 ? '0' : formatMiljoen(v, 0)) } },
    yAxis: { type: 'category', inverse: true, data: SCOPE_PRESETS.map((s) => SCOPE_LABEL[s]) },
    series: KADERS.map((k) => ({
      type: 'bar' as const,
      name: KADER_LABEL[k],
      stack: 'kaders',
      data: SCOPE_PRESETS.map((s) => perScope[s].perKader[k]),
      itemStyle: { color: KADER_KLEUR[k] },
      barMaxWidth: 34,
    })),
  };
}

const optioneel = (n: number | null, f: (n: number) => string) => (n === null ? '–' : f(n));


function KaderTabel({ perScope }: { perScope: PerScope }) {
  return (
    <Table striped withTableBorder={false} aria-label="Zorgkosten (norm) per kader en scope">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Kader</Table.Th>
          {SCOPE_PRESETS.map((s) => (
            <Table.Th key={s} className="getal">
              {SCOPE_LABEL[s]}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {KADERS.map((k) => (
          <Table.Tr key={k}>
            <Table.Td>
              <Kleurblok kleur={KADER_KLEUR[k]} />
              {KADER_LABEL[k]}
            </Table.Td>
            {SCOPE_PRESETS.map((s) => (
              <Table.Td key={s} className="getal">
                <MetUitleg uitleg={uitlegKader(perScope[s], s, k)}>{formatEuro(perScope[s].perKader[k])}</MetUitleg>
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
        <Table.Tr fw={600}>
          <Table.Td>Zorgkaders samen</Table.Td>
          {SCOPE_PRESETS.map((s) => (
            <Table.Td key={s} className="getal">
              <MetUitleg
                uitleg={{
                  titel: `Zorgkaders, scope ${SCOPE_LABEL[s].toLowerCase()}`,
                  regels: [`Jeugdwet + Zvw + Wlz + Wpg + Wmo: het zorggeld dat een collectieve pot kan bundelen. Onderwijs betaalt de school zelf.`],
                  bron: BRON_BEHOEFTE,
                }}
              >
                {formatEuro(behoefteKengetallen(perScope[s]).zorgkaders)}
              </MetUitleg>
            </Table.Td>
          ))}
        </Table.Tr>
        <Table.Tr fw={700}>
          <Table.Td>Totaal</Table.Td>
          {SCOPE_PRESETS.map((s) => (
            <Table.Td key={s} className="getal">
              {formatEuro(perScope[s].totaal)}
            </Table.Td>
          ))}
        </Table.Tr>
        <Table.Tr>
          <Table.Td>Per leerling</Table.Td>
          {SCOPE_PRESETS.map((s) => (
            <Table.Td key={s} className="getal">
              {optioneel(behoefteKengetallen(perScope[s]).perLeerling, formatEuro)}
            </Table.Td>
          ))}
        </Table.Tr>
        <Table.Tr>
          <Table.Td>Aandeel onderwijs</Table.Td>
          {SCOPE_PRESETS.map((s) => (
            <Table.Td key={s} className="getal">
              {optioneel(behoefteKengetallen(perScope[s]).aandeelOnderwijs, formatPct)}
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

async function laadPerScope(regioId: number): Promise<PerScope> {
  const [breed, medium, smal] = await Promise.all(overzichtBehoefte(regioId).map((b) => zio.behoefte(b)));
  return { breed, medium, smal };
}

/** The care need of the regio per kader for the three scenarios, and per school. */
export function Zorgbehoefte({ regioId }: { regioId: number }) {
  const [toestand] = useLaden(() => laadPerScope(regioId), [regioId]);
  const [scope, zetScope] = useState<ScopePreset>('breed');
  const opties = useMemo(() => (toestand.status === 'klaar' ? kaderGrafiek(toestand.data) : null), [toestand]);
  if (toestand.status === 'laden') return <Laden tekst="Zorgkosten (norm) berekenen…" />;
  if (toestand.status === 'fout') return <Foutmelding fout={toestand.fout} />;
  const perScope = toestand.data;
  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <Title order={3} size="h4">
          Zorgkosten (norm) en wie die nu betaalt
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Normatieve kosten van zorg en ondersteuning in onderwijstijd per jaar, naar de wet (het kader) die ze nu betaalt, voor de drie scenario's van het rapport: breed (alle 11 taken), medium en smal. Wijs een bedrag aan voor de berekening.
        </Text>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 5 }}>{opties && <Grafiek opties={opties} hoogte={260} label="Gestapelde staven: zorgkosten (norm) per kader voor breed, medium en smal" categorie="Scope" eenheid="euro" />}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <KaderTabel perScope={perScope} />
          </Grid.Col>
        </Grid>
      </Card>
      <Card withBorder padding="md">
        <Group justify="space-between" mb="xs">
          <div>
            <Title order={3} size="h4">
              Formatie en kosten per school
            </Title>
            <Text size="sm" c="dimmed">
              Benodigde fte zorg en ondersteuning per school, en de kosten per kader. Kies een school voor de formatie per professional.
            </Text>
          </div>
          <SegmentedControl
            aria-label="Scope"
            value={scope}
            onChange={(v) => zetScope(v as ScopePreset)}
            data={SCOPE_PRESETS.map((s) => ({ value: s, label: SCOPE_LABEL[s] }))}
          />
        </Group>
        <SchoolFormatie regioId={regioId} behoefte={perScope[scope]} scope={scope} />
      </Card>
      <Text size="xs" c="dimmed">
        Rekenbasis: normenset {perScope.breed.normenset}; {formatGetal(perScope.breed.leerlingen)} leerlingen.
      </Text>
    </Stack>
  );
}
