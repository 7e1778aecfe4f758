import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { DOELGROEP_LABEL, DOELGROEPEN } from '../../../shared/domain/labels';
import { formatGetal, formatPct } from '../../../shared/format';
import type { RegioOverzicht } from '../../../shared/regio/overzicht';
import { zio } from '../api';
import { Grafiek, type GrafiekOpties } from '../onderdelen/Grafiek';
import { NaTekenen } from '../onderdelen/NaTekenen';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { useLaden } from '../useLaden';
import { EERSTE_SCHERM_KOP } from '../../../shared/api/eerste-scherm';
import { RoutesOverzicht } from './RoutesOverzicht';

/**
 * The need per school comes with a large table (sorting, virtualised rows): its code is loaded once
 * the heading and key figures are on screen, not before them.
 */
const Zorgbehoefte = lazy(() => import('./Zorgbehoefte').then((m) => ({ default: m.Zorgbehoefte })));

function Kengetal({ titel, waarde, toelichting }: { titel: string; waarde: string; toelichting: string }) {
  return (
    <Card withBorder padding="md" aria-label={titel}>
      <Text size="sm" c="dimmed" fw={500}>
        {titel}
      </Text>
      <Text fz={32} fw={700} lh={1.2} className="getal" ta="left">
        {waarde}
      </Text>
      <Text size="sm" c="dimmed">
        {toelichting}
      </Text>
    </Card>
  );
}

function doelgroepGrafiek(o: RegioOverzicht): GrafiekOpties {
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v) => `${formatGetal(Number(v))} leerlingen` },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatGetal(v) } },
    yAxis: { type: 'category', inverse: true, data: DOELGROEPEN.map((d) => DOELGROEP_LABEL[d]), axisLabel: { fontSize: 13 } },
    series: [
      {
        type: 'bar',
        name: 'Leerlingen',
        data: DOELGROEPEN.map((d) => o.leerlingen.perDoelgroep[d]),
        itemStyle: { color: '#0ca678' },
        label: { show: true, position: 'right', formatter: (p) => formatGetal(Number(p.value)) },
        barMaxWidth: 26,
      },
    ],
  };
}

export function Overzicht({ regioId }: { regioId: number }) {
  const [toestand] = useLaden(() => zio.regioOverzicht({ regioId }), [regioId]);
  const opties = useMemo(() => (toestand.status === 'klaar' ? doelgroepGrafiek(toestand.data) : null), [toestand]);
  if (toestand.status === 'laden') return <Laden tekst="Regio laden…" />;
  if (toestand.status === 'fout') return <Foutmelding fout={toestand.fout} />;
  const o = toestand.data;
  const { leerlingen } = o;
  return (
    <Stack gap="lg">
      <div>
        {/* Element Timing: the browser notes when this heading is painted (the benchmark's first screen). */}
        <Title order={2} {...{ elementtiming: EERSTE_SCHERM_KOP }}>
          {o.naam}
        </Title>
        <Text c="dimmed">
          Overzicht van de regio: wie er woont, welke scholen er zijn en welke leerlingen zij hebben.
          {o.gemeenten.centrumgemeente && ` Centrumgemeente: ${o.gemeenten.centrumgemeente}.`}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, lg: 4 }}>
        <Kengetal titel="Gemeenten" waarde={formatGetal(o.gemeenten.inRegio)} toelichting={`in de regio, plus ${formatGetal(o.gemeenten.buitenRegio)} daarbuiten met leerlingen hier`} />
        <Kengetal titel="Samenwerkingsverbanden" waarde={formatGetal(o.samenwerkingsverbanden.po + o.samenwerkingsverbanden.vo)} toelichting={`${formatGetal(o.samenwerkingsverbanden.po)} po en ${formatGetal(o.samenwerkingsverbanden.vo)} vo`} />
        <Kengetal titel="(V)so-scholen" waarde={formatGetal(o.scholen)} toelichting={o.scholenMetInventarisatie ? `waarvan ${formatGetal(o.scholenMetInventarisatie)} met eigen inventarisatie` : 'cluster 3 en 4'} />
        <Kengetal titel="Leerlingen" waarde={formatGetal(leerlingen.totaal)} toelichting={`waarvan ${formatGetal(leerlingen.buitenRegio)} van buiten de regio`} />
      </SimpleGrid>
      {/* Each heavier section a frame after the one above it: at national scale together they blocked the page for over 100 ms. */}
      <NaTekenen>
        {/* One boundary: the routes come after the need section, so nothing above them moves once they are there. */}
        <Suspense fallback={<Laden tekst="Zorgkosten (norm) berekenen…" />}>
          <Zorgbehoefte regioId={regioId} />
          <NaTekenen>
            <RoutesOverzicht regioId={regioId} />
          </NaTekenen>
        </Suspense>
      </NaTekenen>
      <Card withBorder padding="md">
        <Title order={3} size="h4" mb="xs">
          Leerlingen per doelgroep
        </Title>
        <Group align="flex-start" grow wrap="wrap">
          <div style={{ minWidth: 320 }}>{opties && <Grafiek opties={opties} hoogte={240} label="Staafdiagram van het aantal leerlingen per doelgroep" categorie="Doelgroep" />}</div>
          <Table striped withTableBorder={false} miw={320} aria-label="Leerlingen per doelgroep">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Doelgroep</Table.Th>
                <Table.Th className="getal">Leerlingen</Table.Th>
                <Table.Th className="getal">Aandeel</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {DOELGROEPEN.map((d) => (
                <Table.Tr key={d}>
                  <Table.Td>{DOELGROEP_LABEL[d]}</Table.Td>
                  <Table.Td className="getal">{formatGetal(leerlingen.perDoelgroep[d])}</Table.Td>
                  <Table.Td className="getal">{leerlingen.totaal ? formatPct(leerlingen.perDoelgroep[d] / leerlingen.totaal) : '–'}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>Totaal</Table.Td>
                <Table.Td className="getal">{formatGetal(leerlingen.totaal)}</Table.Td>
                <Table.Td className="getal">{leerlingen.totaal ? formatPct(1) : '–'}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Group>
      </Card>
    </Stack>
  );
}
