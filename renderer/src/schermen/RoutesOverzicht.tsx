import { Card, Table, Text, Title } from '@mantine/core';
import { KADER_LABEL, LOKETTEN_UITLEG } from '../../../shared/domain/labels';
import { SCOPE_LABEL } from '../../../shared/domain/catalogus';
import { ROUTES, ROUTE_LABEL, type RouteId } from '../../../shared/domain/routes';
import { VERDEELSLEUTEL_LABEL } from '../../../shared/domain/verdeelsleutel';
import { GROOTSTE_BIJDRAGEN, type EvaluatieWeergave } from '../../../shared/engine/evaluatie-weergave';
import { formatEuro, formatGetal } from '../../../shared/format';
import { zio } from '../api';
import { overzichtEvaluatie } from '../../../shared/api/eerste-scherm';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { MetUitleg } from '../onderdelen/Uitleg';
import { uitlegVan } from './vergelijken/uitleg';
import { useLaden } from '../useLaden';
import { betaaltNu, GEEN_POT, NU_KOP, zonderPot } from '../../../shared/domain/nu';

function Bedrag({ ev, figuur, bedrag }: { ev: EvaluatieWeergave; figuur: string; bedrag: number }) {
  return <MetUitleg uitleg={uitlegVan(ev, figuur)}>{formatEuro(bedrag)}</MetUitleg>;
}

function Budgethouders({ ev, route }: { ev: EvaluatieWeergave; route: RouteId }) {
  const h = ev.routes[route].budgethouders;
  if (!h.length) return <>geen: elke financier betaalt elke school</>;
  const namen = h.map((b) => ev.partij[b.partij]?.naam ?? b.partij);
  if (h.length <= 2) return <>{namen.join(', ')}</>;
  return <MetUitleg uitleg={{ titel: 'Budgethouders', regels: namen }}>{`het samenwerkingsverband van elke school (${formatGetal(h.length)})`}</MetUitleg>;
}

function variantZin(ev: EvaluatieWeergave): string {
  const v = ev.variant;
  const scope = typeof v.scope === 'string' ? SCOPE_LABEL[v.scope] : `maatwerk (${v.scope.length} taken)`;
  return `Standaardvariant: scope ${scope.toLowerCase()}, in de pot ${ev.toegepast.potKaders.map((k) => KADER_LABEL[k]).join(', ')}, verdeelsleutel ${VERDEELSLEUTEL_LABEL[v.verdeelsleutel.type].toLowerCase()}, alle financiers doen mee.`;
}

/** Per route: the pot, who holds it and the largest contributions beside what they pay today. */
export function RoutesOverzicht({ regioId }: { regioId: number }) {
  const [toestand] = useLaden(() => zio.evaluatie(overzichtEvaluatie(regioId)), [regioId]);
  if (toestand.status === 'laden') return <Laden tekst="Routes doorrekenen…" />;
  if (toestand.status === 'fout') return <Foutmelding fout={toestand.fout} />;
  const ev = toestand.data;
  const grootste = [...ev.routes.gemeenteroute.bijdragen].sort((a, b) => b.bedrag - a.bedrag).slice(0, GROOTSTE_BIJDRAGEN);
  const bijdrage = (route: RouteId, financier: string) => ev.routes[route].bijdragen.find((b) => b.financier === financier);
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h4">
        De collectieve pot per route
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {variantZin(ev)} Alle routes hebben dezelfde pot; ze verschillen in wie het geld beheert en hoeveel geldstromen er zijn. {LOKETTEN_UITLEG}
      </Text>
      <Table striped aria-label="Pot per route">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Route</Table.Th>
            <Table.Th>Budgethouder</Table.Th>
            <Table.Th className="getal">Pot</Table.Th>
            <Table.Th className="getal">Niet in de pot</Table.Th>
            <Table.Th className="getal">Geldstromen</Table.Th>
            <Table.Th className="getal">Loketten per school</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROUTES.map((r) => {
            const route = ev.routes[r];
            return (
              <Table.Tr key={r}>
                <Table.Td fw={600}>{ROUTE_LABEL[r]}</Table.Td>
                <Table.Td>
                  <Budgethouders ev={ev} route={r} />
                </Table.Td>
                <Table.Td className="getal">{zonderPot(r) ? GEEN_POT : <Bedrag ev={ev} figuur="pot" bedrag={route.pot.totaal} />}</Table.Td>
                <Table.Td className="getal">{zonderPot(r) ? GEEN_POT : <Bedrag ev={ev} figuur="nietInPot" bedrag={route.nietInPot.totaal} />}</Table.Td>
                <Table.Td className="getal">
                  <MetUitleg uitleg={uitlegVan(ev, `${r}/stromen`)}>{formatGetal(route.aantalStromen)}</MetUitleg>
                </Table.Td>
                <Table.Td className="getal">
                  gem. {formatGetal(route.loketten.gemiddeld, 1)}, max. {formatGetal(route.loketten.max)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Title order={4} size="h5" mt="lg" mb={4}>
        Grootste bijdragen aan de pot, naast wat zij nu betalen
      </Title>
      <Table striped aria-label="Grootste bijdragen per route">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Financier</Table.Th>
            <Table.Th className="getal">{NU_KOP}</Table.Th>
            {ROUTES.filter((r) => r !== 'huidig').map((r) => (
              <Table.Th key={r} className="getal">
                {ROUTE_LABEL[r]}
              </Table.Th>
            ))}
            <Table.Th className="getal">Verschil</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grootste.map((b) => (
            <Table.Tr key={b.financier}>
              <Table.Td>{ev.partij[b.financier]?.naam ?? b.financier}</Table.Td>
              <Table.Td className="getal">{formatEuro(betaaltNu(ev, b.financier))}</Table.Td>
              {ROUTES.filter((r) => r !== 'huidig').map((r) => (
                <Table.Td key={r} className="getal">
                  <Bedrag ev={ev} figuur={`${r}/bijdrage/${b.financier}`} bedrag={bijdrage(r, b.financier)?.bedrag ?? 0} />
                </Table.Td>
              ))}
              <Table.Td className="getal">
                <Bedrag ev={ev} figuur={`gemeenteroute/verschil/${b.financier}`} bedrag={b.verschil} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {ev.waarschuwingen.length > 0 && (
        <Text size="xs" c="orange.8" mt="xs">
          {ev.waarschuwingen.join(' ')}
        </Text>
      )}
    </Card>
  );
}
