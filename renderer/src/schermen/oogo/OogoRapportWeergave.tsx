/**
 * The OOGO report of a samenwerkingsverband as a printable view: a title page (SWV, regio, variant,
 * date, the variant in sentences, the area, what each route means for the SWV, its schools and the
 * discussion points), then one section per gemeente (pupils by school and doelgroep, care need by
 * kader and who pays it today, what each route means), each starting on a new page when printed.
 * Every printed page carries a running header with regio, variant and date (the shared report frame, RapportPagina).
 *
 * Takes the finished report as a prop: no data loading, no money arithmetic (the figures come from
 * `maakOogoRapport`); only nl-NL formatting.
 */
import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { DOELGROEP_KORT, DOELGROEP_LABEL, DOELGROEPEN, KADER_LABEL, LOKETTEN_UITLEG, SECTOR_LABEL, type Sector } from '../../../../shared/domain/labels';
import type { Getoond, GetoondBedrag, OogoGemeente, OogoRapport } from '../../../../shared/export/oogo-typen';
import { rapportGegevens } from '../../../../shared/export/rapport-gegevens';
import { formatEuro, formatEuroVerschil, formatGetal, formatPerInwonerVerschil } from '../../../../shared/format';
import { GEEN_POT, zonderPot } from '../../../../shared/domain/nu';
import { BespreekpuntBronnen, OogoTlvSectie } from './OogoTlvSectie';
import { RapportGegevens, RapportPagina } from '../../onderdelen/rapport/RapportPagina';
import './oogo-print.css';

const aantal = (a: Getoond) => (typeof a === 'number' ? formatGetal(a) : a);
const bedrag = (b: GetoondBedrag | null) => (b === null ? '–' : typeof b === 'number' ? formatEuro(b) : b);
/** A count in a sentence: hidden counts in words. */
const aantalTekst = (a: Getoond) => (typeof a === 'number' ? formatGetal(a) : a === '<5' ? 'minder dan 5' : 'niet getoond (kleine aantallen)');

function Kopregel({ rapport }: { rapport: OogoRapport }) {
  const k = rapport.kop;
  return (
    <>
      <span>{k.regio}</span>
      <span aria-hidden> · </span>
      <span>{k.variant}</span>
      <span aria-hidden> · </span>
      {rapport.prijspeil && (
        <>
          <span>{rapport.prijspeil}</span>
          <span aria-hidden> · </span>
        </>
      )}
      <span>{k.datumTekst}</span>
      <span aria-hidden> · </span>
      <span>OOGO {k.swv.naam}</span>
    </>
  );
}

function Titelpagina({ rapport }: { rapport: OogoRapport }) {
  const k = rapport.kop;
  return (
    <section className="rapport-sectie oogo-titel" aria-label="Titelpagina">
      <Title order={1}>{k.titel}</Title>
      <RapportGegevens
        label="Gegevens van het rapport"
        mt="md"
        rijen={[
          ['Samenwerkingsverband', `${k.swv.naam} (${k.swv.code})`],
          ...rapportGegevens(k),
          ['Kleine aantallen', k.kleineAantallen ? 'afgeschermd: geschikt om te delen' : 'niet afgeschermd: alleen voor wie de gegevens mag zien'],
        ]}
      />

      <Title order={2} mt="lg">
        De variant
      </Title>
      <List size="sm" spacing={2}>
        {rapport.variantZinnen.map((z) => (
          <List.Item key={z}>{z}</List.Item>
        ))}
      </List>

      <Title order={2} mt="lg">
        Het gebied
      </Title>
      <Text size="sm">{rapport.gebied}</Text>
      <Text size="sm" mt={4}>
        {rapport.gemeenten.length <= 20 ? `${rapport.gemeenten.length} gemeenten: ${rapport.gemeenten.map((g) => g.naam).join(', ')}.` : `${rapport.gemeenten.length} gemeenten; de grootste staan in het overzicht van de gemeenten.`}
      </Text>
      <Text size="sm" mt={4}>
        {rapport.samenvatting.tekst}
      </Text>
      {rapport.kleineAantallen.length > 0 && (
        <>
          <Title order={3} mt="md">
            Kleine aantallen
          </Title>
          {rapport.kleineAantallen.map((z) => (
            <Text key={z} size="sm">
              {z}
            </Text>
          ))}
        </>
      )}
    </section>
  );
}

function Samenwerkingsverband({ rapport }: { rapport: OogoRapport }) {
  return (
    <section className="rapport-sectie rapport-nieuwe-pagina" aria-label="Het samenwerkingsverband">
      <Title order={2}>Wat de routes betekenen voor {rapport.kop.swv.naam}</Title>
      <Table className="rapport-tabel" mt="sm" aria-label="Het samenwerkingsverband per route">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Route</Table.Th>
            <Table.Th>Budgethouder</Table.Th>
            <Table.Th className="getal">Pot van de scholen</Table.Th>
            <Table.Th className="getal">Loketten per school</Table.Th>
            <Table.Th>Wat het betekent</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rapport.swvRoutes.map((r) => (
            <Table.Tr key={r.route}>
              <Table.Td>{r.routeNaam}</Table.Td>
              <Table.Td fw={r.budgethouder ? 650 : undefined}>{r.budgethouderNaam}</Table.Td>
              <Table.Td className="getal">{zonderPot(r.route) ? GEEN_POT : formatEuro(r.potScholen)}</Table.Td>
              <Table.Td className="getal">
                {formatGetal(r.lokettenGemiddeld, 1)} (max {formatGetal(r.lokettenMax)})
              </Table.Td>
              <Table.Td className="oogo-tekstcel">{r.tekst}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {LOKETTEN_UITLEG}
      </Text>

      <Title order={3} mt="lg">
        Scholen van het samenwerkingsverband
      </Title>
      <Table className="rapport-tabel" mt="xs" aria-label="Scholen van het samenwerkingsverband">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>School</Table.Th>
            <Table.Th>Vestigingsgemeente</Table.Th>
            <Table.Th>Sector</Table.Th>
            <Table.Th className="getal">Leerlingen</Table.Th>
            <Table.Th className="getal">Woongemeenten</Table.Th>
            <Table.Th className="getal">Kosten</Table.Th>
            <Table.Th className="getal">Pot</Table.Th>
            <Table.Th className="getal">Loketten nu</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rapport.scholen.map((s) => (
            <Table.Tr key={s.code}>
              <Table.Td>{s.naam}</Table.Td>
              <Table.Td>{s.vestigingsgemeente}</Table.Td>
              <Table.Td>{SECTOR_LABEL[s.sector as Sector] ?? s.sector}</Table.Td>
              <Table.Td className="getal">{aantal(s.leerlingen)}</Table.Td>
              <Table.Td className="getal">
                {formatGetal(s.woongemeenten)}
                {s.woongemeentenBuitenRegio > 0 && ` (${formatGetal(s.woongemeentenBuitenRegio)} buiten)`}
              </Table.Td>
              <Table.Td className="getal">{formatEuro(s.kosten)}</Table.Td>
              <Table.Td className="getal">{formatEuro(s.pot)}</Table.Td>
              <Table.Td className="getal">{formatGetal(s.loketten.huidig)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** The herverdeeleffect of the area's gemeenten: compact, one row per gemeente (rekenmodel-v2 §9). */
function Herverdeling({ rapport }: { rapport: OogoRapport }) {
  const rijen = rapport.herverdeling ?? [];
  if (!rijen.length) return null;
  return (
    <section className="rapport-sectie" aria-label="Herverdeeleffect">
      <Title order={3} mt="lg">
        Herverdeeleffect van de gemeenten in de gemeenteroute
      </Title>
      <Text size="sm">
        Bijdrage aan de pot min wat de gemeente nu betaalt voor hetzelfde deel: + is nadeel, − voordeel. Bedragen in euro per schooljaar{rapport.prijspeil ? `, ${rapport.prijspeil}` : ''}.
      </Text>
      <Table className="rapport-tabel" mt="xs" aria-label="Herverdeeleffect per gemeente">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Gemeente</Table.Th>
            <Table.Th className="getal">Nu</Table.Th>
            <Table.Th className="getal">Bijdrage</Table.Th>
            <Table.Th className="getal">Herverdeeleffect</Table.Th>
            <Table.Th className="getal">Per inwoner 0–17</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rijen.map((h) => (
            <Table.Tr key={h.code}>
              <Table.Td>{h.naam}</Table.Td>
              <Table.Td className="getal">{formatEuro(h.huidigGedekt)}</Table.Td>
              <Table.Td className="getal">{formatEuro(h.bijdrage)}</Table.Td>
              <Table.Td className="getal">{formatEuroVerschil(h.bedrag)}</Table.Td>
              <Table.Td className="getal">{formatPerInwonerVerschil(h.perInwoner)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function Bespreekpunten({ rapport }: { rapport: OogoRapport }) {
  return (
    <section className="rapport-sectie rapport-nieuwe-pagina" aria-label="Bespreekpunten">
      <Title order={2}>Bespreekpunten</Title>
      <ol className="oogo-bespreekpunten">
        {rapport.bespreekpunten.map((p) => (
          <li key={p.id}>
            <Text fw={650}>{p.titel}</Text>
            <Text size="sm">{p.tekst}</Text>
            <BespreekpuntBronnen bronnen={p.bronnen} />
          </li>
        ))}
      </ol>
      {rapport.waarschuwingen.length > 0 && (
        <Text size="sm" c="orange.9" mt="sm">
          Let op: {rapport.waarschuwingen.join(' ')}
        </Text>
      )}
    </section>
  );
}

/** The gemeenten of the area at a glance: the largest, the rest together as "overige". */
function GemeentenOverzicht({ rapport }: { rapport: OogoRapport }) {
  const perCode = new Map(rapport.gemeenten.map((g) => [g.code, g]));
  const o = rapport.samenvatting.overige;
  return (
    <section className="rapport-sectie rapport-nieuwe-pagina" aria-label="De gemeenten in het gebied">
      <Title order={2}>De gemeenten in het gebied</Title>
      <Text size="sm">{rapport.samenvatting.tekst}</Text>
      <Table className="rapport-tabel" mt="xs" aria-label="Gemeenten in het gebied">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Gemeente</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th className="getal">Leerlingen</Table.Th>
            <Table.Th className="getal">Zorgbehoefte</Table.Th>
            <Table.Th className="getal">Gemeente betaalt nu</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rapport.samenvatting.gemeenten.map((code) => {
            const g = perCode.get(code)!;
            return (
              <Table.Tr key={code}>
                <Table.Td>{g.naam}</Table.Td>
                <Table.Td>{g.statusTekst}</Table.Td>
                <Table.Td className="getal">{aantal(g.leerlingen.totaal)}</Table.Td>
                <Table.Td className="getal">{formatEuro(g.zorgbehoefte.totaal)}</Table.Td>
                <Table.Td className="getal">{formatEuro(g.zorgbehoefte.gemeenteNu)}</Table.Td>
              </Table.Tr>
            );
          })}
          {o && (
            <Table.Tr>
              <Table.Td>Overige ({o.aantal} gemeenten)</Table.Td>
              <Table.Td />
              <Table.Td className="getal">{aantal(o.leerlingen)}</Table.Td>
              <Table.Td className="getal">{formatEuro(o.zorgbehoefte)}</Table.Td>
              <Table.Td className="getal">{formatEuro(o.nu)}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function Leerlingen({ g }: { g: OogoGemeente }) {
  const l = g.leerlingen;
  const { rijen, overige } = l.kort;
  return (
    <Table className="rapport-tabel" mt="xs" aria-label={`Leerlingen uit ${g.naam} per school en doelgroep`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>School</Table.Th>
          {DOELGROEPEN.map((d) => (
            <Table.Th key={d} className="getal" title={DOELGROEP_LABEL[d]}>
              {DOELGROEP_KORT[d]}
            </Table.Th>
          ))}
          <Table.Th className="getal">Totaal</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rijen.map((r) => (
          <Table.Tr key={r.school} className={r.vanSwv ? 'oogo-eigen' : undefined}>
            <Table.Td>
              {r.schoolNaam}
              {r.vanSwv && <span className="oogo-merk"> (SWV)</span>}
            </Table.Td>
            {DOELGROEPEN.map((d) => (
              <Table.Td key={d} className="getal">
                {aantal(r.perDoelgroep[d])}
              </Table.Td>
            ))}
            <Table.Td className="getal">{aantal(r.totaal)}</Table.Td>
          </Table.Tr>
        ))}
        {overige && (
          <Table.Tr>
            <Table.Td>Overige scholen ({overige.aantal}, zie de werkmap)</Table.Td>
            {DOELGROEPEN.map((d) => (
              <Table.Td key={d} className="getal">
                {aantal(overige.perDoelgroep[d])}
              </Table.Td>
            ))}
            <Table.Td className="getal">{aantal(overige.totaal)}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>Totaal</Table.Th>
          {DOELGROEPEN.map((d) => (
            <Table.Th key={d} className="getal">
              {aantal(l.perDoelgroep[d])}
            </Table.Th>
          ))}
          <Table.Th className="getal">{aantal(l.totaal)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function Zorgbehoefte({ g }: { g: OogoGemeente }) {
  const z = g.zorgbehoefte;
  return (
    <Table className="rapport-tabel" mt="xs" aria-label={`Zorgkosten (norm) van de leerlingen uit ${g.naam} per kader`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Kader</Table.Th>
          <Table.Th>Betaalt nu</Table.Th>
          <Table.Th className="getal">Alle scholen</Table.Th>
          <Table.Th className="getal">Op scholen van het SWV</Table.Th>
          <Table.Th>In de pot</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {z.kaders.map((k) => (
          <Table.Tr key={k.kader}>
            <Table.Td>{KADER_LABEL[k.kader]}</Table.Td>
            <Table.Td>{k.financierNu}</Table.Td>
            <Table.Td className="getal">{formatEuro(k.bedrag)}</Table.Td>
            <Table.Td className="getal">{bedrag(k.opScholenVanSwv)}</Table.Td>
            <Table.Td>{k.inPot ? 'ja' : 'nee'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={2}>Totaal</Table.Th>
          <Table.Th className="getal">{formatEuro(z.totaal)}</Table.Th>
          <Table.Th className="getal">{bedrag(z.opScholenVanSwv)}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function Routes({ g }: { g: OogoGemeente }) {
  return (
    <Table className="rapport-tabel" mt="xs" aria-label={`Wat elke route betekent voor ${g.naam}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Route</Table.Th>
          <Table.Th className="getal">Bijdrage</Table.Th>
          <Table.Th className="getal">Nu</Table.Th>
          <Table.Th className="getal">Verschil</Table.Th>
          <Table.Th className="getal">Buiten de pot</Table.Th>
          <Table.Th>Wat het betekent</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {g.routes.map((r) => (
          <Table.Tr key={r.route}>
            <Table.Td>{r.routeNaam}</Table.Td>
            <Table.Td className="getal">{zonderPot(r.route) ? GEEN_POT : formatEuro(r.bijdrage)}</Table.Td>
            <Table.Td className="getal">{formatEuro(r.huidig)}</Table.Td>
            <Table.Td className="getal">{zonderPot(r.route) ? GEEN_POT : formatEuroVerschil(r.verschil)}</Table.Td>
            <Table.Td className="getal">{zonderPot(r.route) ? GEEN_POT : formatEuro(r.individueel)}</Table.Td>
            <Table.Td className="oogo-tekstcel">{r.tekst}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function GemeenteSectie({ g }: { g: OogoGemeente }) {
  return (
    <section className="rapport-sectie rapport-nieuwe-pagina" aria-label={`Gemeente ${g.naam}`}>
      <Group gap="sm" align="baseline">
        <Title order={2}>{g.naam}</Title>
        <Text c="dimmed" size="sm">
          {g.code}
        </Text>
        <Badge variant="light" color={g.inRegio ? 'teal' : 'gray'}>
          {g.statusTekst}
        </Badge>
      </Group>
      <Text size="sm">In het gebied als {g.redenInGebied}.</Text>
      <Text size="sm">
        Leerlingen: {aantalTekst(g.leerlingen.totaal)}; op scholen van het samenwerkingsverband: {aantalTekst(g.leerlingen.opScholenVanSwv)}. Zorgbehoefte {formatEuro(g.zorgbehoefte.totaal)} per jaar; de gemeente
        betaalt nu {formatEuro(g.zorgbehoefte.gemeenteNu)} (Jeugdwet en Wmo, alle taken).
      </Text>
      <Title order={3} mt="md">
        Leerlingen per school en doelgroep
      </Title>
      <Leerlingen g={g} />
      <Title order={3} mt="md">
        Zorgkosten (norm) per kader en wie die nu betaalt
      </Title>
      <Zorgbehoefte g={g} />
      <Title order={3} mt="md">
        Wat elke route betekent
      </Title>
      <Routes g={g} />
    </section>
  );
}

export function OogoRapportWeergave({ rapport }: { rapport: OogoRapport }) {
  return (
    <RapportPagina className="oogo-rapport" kopregel={<Kopregel rapport={rapport} />}>
      <Stack gap={0}>
        <Titelpagina rapport={rapport} />
        <Samenwerkingsverband rapport={rapport} />
        <Herverdeling rapport={rapport} />
        <Bespreekpunten rapport={rapport} />
        <OogoTlvSectie rapport={rapport} />
        <GemeentenOverzicht rapport={rapport} />
        {rapport.gemeenten
          .filter((g) => rapport.samenvatting.metSectie.includes(g.code))
          .map((g) => (
            <GemeenteSectie key={g.code} g={g} />
          ))}
      </Stack>
    </RapportPagina>
  );
}
