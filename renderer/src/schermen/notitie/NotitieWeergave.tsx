/**
 * The bestuurlijke notitie as a printable view: the same model and sections as the Word document
 * (`NOTITIE_KOPPEN`), every printed page headed by regio, variant, prijspeil and date (see
 * notitie-print.css and the shared report frame). Takes the finished model: no data loading, no money arithmetic, only nl-NL
 * formatting. The charts are the SVG drawings of the model, so what prints is what Word shows.
 */
import { List, Stack, Table, Text, Title } from '@mantine/core';
import { POT_ROUTES, ROUTE_LABEL } from '../../../../shared/domain/routes';
import { NOTITIE_KOPPEN, type Notitie, type NotitieGemeente } from '../../../../shared/export/notitie-typen';
import { rapportGegevens } from '../../../../shared/export/rapport-gegevens';
import { formatEuro, formatEuroVerschil, formatGetal, formatPerInwonerVerschil } from '../../../../shared/format';
import { RapportGegevens, RapportPagina } from '../../onderdelen/rapport/RapportPagina';
import './notitie-print.css';


function Grafiek({ svg, label }: { svg: string | null; label: string }) {
  if (!svg) return null;
  // The SVG is drawn by ECharts in the core from the engine's figures (names escaped by ECharts).
  return <div className="notitie-grafiek" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

function Sectie({ titel, children, nieuwePagina = false }: { titel: string; children: React.ReactNode; nieuwePagina?: boolean }) {
  return (
    <section className={`rapport-sectie${nieuwePagina ? ' rapport-nieuwe-pagina' : ''}`} aria-label={titel}>
      <Title order={2}>{titel}</Title>
      {children}
    </section>
  );
}

function GemeenteRij({ g, vet = false }: { g: NotitieGemeente; vet?: boolean }) {
  const C = vet ? Table.Th : Table.Td;
  return (
    <Table.Tr>
      <C>{g.naam}</C>
      <C className="getal">{formatEuro(g.nu)}</C>
      {POT_ROUTES.map((r) => (
        <C key={r} className="getal">
          {formatEuro(g.perRoute[r])}
        </C>
      ))}
      <C className="getal">{formatEuroVerschil(g.perRoute.gemeenteroute - g.nu)}</C>
    </Table.Tr>
  );
}

export function NotitieWeergave({ notitie: n }: { notitie: Notitie }) {
  const k = n.kop;
  return (
    <RapportPagina className="notitie" kopregel={k.kopregel}>
      <Stack gap={0}>
        <section className="rapport-sectie" aria-label="Titel">
          <Title order={1} size="h2">
            {k.titel}
          </Title>
          <RapportGegevens rijen={rapportGegevens(k)} label="Gegevens van de notitie" mt="sm" />
        </section>
        <Sectie titel={NOTITIE_KOPPEN.samenvatting}>
          <List size="sm" spacing={4}>
            {n.samenvatting.map((z) => (
              <List.Item key={z}>{z}</List.Item>
            ))}
          </List>
        </Sectie>
        <Sectie titel={NOTITIE_KOPPEN.variant}>
          <List size="sm" spacing={2}>
            {n.variantZinnen.map((z) => (
              <List.Item key={z}>{z}</List.Item>
            ))}
          </List>
        </Sectie>
        <Sectie titel={NOTITIE_KOPPEN.pot} nieuwePagina>
          <Text size="sm">Bedragen in euro per schooljaar, {k.prijspeil}.</Text>
          <Table className="rapport-tabel" mt="xs" aria-label="De pot per route">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Route</Table.Th>
                <Table.Th>Budgethouder</Table.Th>
                <Table.Th className="getal">Pot</Table.Th>
                <Table.Th className="getal">Uitvoeringskosten</Table.Th>
                <Table.Th className="getal">Niet in de pot</Table.Th>
                <Table.Th className="getal">Geldstromen</Table.Th>
                <Table.Th className="getal">Loketten per school</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {n.routes.map((r) => (
                <Table.Tr key={r.route}>
                  <Table.Td>{r.routeNaam}</Table.Td>
                  <Table.Td>{r.budgethouder}</Table.Td>
                  <Table.Td className="getal">{formatEuro(r.pot)}</Table.Td>
                  <Table.Td className="getal">{formatEuro(r.uitvoeringskosten)}</Table.Td>
                  <Table.Td className="getal">{formatEuro(r.nietInPot)}</Table.Td>
                  <Table.Td className="getal">{formatGetal(r.stromen)}</Table.Td>
                  <Table.Td className="getal">{formatGetal(r.lokettenGemiddeld, 1)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Sectie>
        <Sectie titel={NOTITIE_KOPPEN.gemeenten}>
          <Text size="sm">
            Wat elke gemeente nu betaalt (alle taken) en in elke route betaalt (in de pot en nog individueel), {k.prijspeil}.
            {n.gemeenten.aantal > n.gemeenten.rijen.length && ` De ${formatGetal(n.gemeenten.rijen.length - 1)} gemeenten met de grootste verandering; de overige samen in één rij.`}
          </Text>
          <Table className="rapport-tabel" mt="xs" aria-label="Nu en in de routes per gemeente">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Gemeente</Table.Th>
                <Table.Th className="getal">Nu</Table.Th>
                {POT_ROUTES.map((r) => (
                  <Table.Th key={r} className="getal">
                    {ROUTE_LABEL[r]}
                  </Table.Th>
                ))}
                <Table.Th className="getal">Verschil gemeenteroute</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {n.gemeenten.rijen.map((g) => (
                <GemeenteRij key={g.partij ?? g.naam} g={g} />
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <GemeenteRij g={n.gemeenten.totaal} vet />
            </Table.Tfoot>
          </Table>
        </Sectie>
        <Sectie titel={NOTITIE_KOPPEN.herverdeling} nieuwePagina>
          <Text size="sm">{n.herverdeling.tekst}</Text>
          <Grafiek svg={n.grafieken.herverdeling} label={`Staafdiagram: herverdeeleffect per inwoner 0–17 in de ${n.herverdeling.routeNaam.toLowerCase()}; rechts nadeel, links voordeel`} />
          <Table className="rapport-tabel" mt="xs" aria-label="Herverdeeleffect per gemeente">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Gemeente</Table.Th>
                <Table.Th className="getal">Inwoners 0–17</Table.Th>
                <Table.Th className="getal">Herverdeeleffect</Table.Th>
                <Table.Th className="getal">Per inwoner 0–17</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {n.herverdeling.overzicht.balken.map((b) => (
                <Table.Tr key={b.partij ?? b.naam}>
                  <Table.Td>{b.naam}</Table.Td>
                  <Table.Td className="getal">{formatGetal(b.inwoners0tot17)}</Table.Td>
                  <Table.Td className="getal">{formatEuroVerschil(b.bedrag)}</Table.Td>
                  <Table.Td className="getal">{formatPerInwonerVerschil(b.perInwoner)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Sectie>
        <Sectie titel={NOTITIE_KOPPEN.ingroei} nieuwePagina>
          <Text size="sm">{n.ingroei.tekst}</Text>
          {n.ingroei.melding && (
            <Text size="sm" fw={650} c="orange.9" mt={4}>
              Let op: {n.ingroei.melding}
            </Text>
          )}
          <Grafiek svg={n.grafieken.ingroei} label="Lijndiagram: bijdrage per jaar langs het ingroeipad" />
          <Table className="rapport-tabel" mt="xs" aria-label="Ingroeipad per gemeente">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Gemeente</Table.Th>
                <Table.Th className="getal">Start</Table.Th>
                {n.ingroei.jaren.map((j) => (
                  <Table.Th key={j} className="getal">
                    Jaar {j}
                  </Table.Th>
                ))}
                <Table.Th className="getal">Doel</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {n.ingroei.rijen.map((r) => (
                <Table.Tr key={r.naam}>
                  <Table.Td>{r.naam}</Table.Td>
                  <Table.Td className="getal">{formatEuro(r.start)}</Table.Td>
                  {r.perJaar.map((x, i) => (
                    <Table.Td key={i} className="getal">
                      {formatEuro(x)}
                    </Table.Td>
                  ))}
                  <Table.Td className="getal">{formatEuro(r.doel)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {n.ingroei.weggelaten > 0 && (
            <Text size="sm" mt={4}>
              De overige {formatGetal(n.ingroei.weggelaten)} gemeenten en alle jaren staan in de werkmap (blad Ingroeipad).
            </Text>
          )}
        </Sectie>
        <Sectie titel={NOTITIE_KOPPEN.buiten}>
          <Table className="rapport-tabel" mt="xs" aria-label="Wat buiten de pot blijft">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Wat</Table.Th>
                <Table.Th className="getal">Bedrag</Table.Th>
                <Table.Th>Toelichting</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {n.buitenDePot.map((b) => (
                <Table.Tr key={b.label}>
                  <Table.Td>{b.label}</Table.Td>
                  <Table.Td className="getal">{formatEuro(b.bedrag)}</Table.Td>
                  <Table.Td>{b.tekst}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Sectie>
        <Sectie titel={NOTITIE_KOPPEN.aannames} nieuwePagina>
          {n.aannames.map((a) => (
            <div key={a.titel} className="notitie-aanname">
              <Text fw={650} size="sm">
                {a.titel}
              </Text>
              <Text size="sm">{a.tekst}</Text>
            </div>
          ))}
          {n.waarschuwingen.length > 0 && (
            <Text size="sm" c="orange.9" mt="sm">
              Let op: {n.waarschuwingen.join(' ')}
            </Text>
          )}
        </Sectie>
      </Stack>
    </RapportPagina>
  );
}
