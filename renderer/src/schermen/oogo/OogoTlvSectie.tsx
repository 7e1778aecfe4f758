/**
 * The TLV section of the OOGO report: TLV laag / midden / hoog on the SWV's schools, per school and
 * per woongemeente, entered by the regio or estimated (marked "schatting"), with the kengetallen and
 * their sources. Figures come from `maakOogoRapport`; only nl-NL formatting here.
 */
import { Badge, List, Table, Text, Title } from '@mantine/core';
import type { GetoondBedrag, GetoondTlv, OogoBron, OogoRapport, OogoTlvRij } from '../../../../shared/export/oogo-typen';
import { formatEuro, formatGetal } from '../../../../shared/format';

const HERKOMST: Record<OogoTlvRij['herkomst'], string> = { ingevoerd: 'ingevoerd', schatting: 'schatting', deels: 'deels schatting' };

/** An estimate is a fraction of pupils: one decimal; an entered count is whole. */
const tlvAantal = (a: GetoondTlv, geschat: boolean) => (typeof a === 'number' ? formatGetal(a, geschat ? 1 : 0) : a);
const bedrag = (b: GetoondBedrag) => (typeof b === 'number' ? formatEuro(b) : b);

function TlvTabel({ titel, eerste, rijen }: { titel: string; eerste: string; rijen: readonly OogoTlvRij[] }) {
  return (
    <Table className="rapport-tabel" mt="sm" aria-label={titel}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{eerste}</Table.Th>
          <Table.Th className="getal">Leerlingen</Table.Th>
          <Table.Th className="getal">TLV laag</Table.Th>
          <Table.Th className="getal">TLV midden</Table.Th>
          <Table.Th className="getal">TLV hoog</Table.Th>
          <Table.Th className="getal">TLV-bekostiging (kengetallen)</Table.Th>
          <Table.Th>Herkomst</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rijen.map((r) => {
          const geschat = r.herkomst !== 'ingevoerd';
          return (
            <Table.Tr key={r.naam}>
              <Table.Td>{r.naam}</Table.Td>
              <Table.Td className="getal">{typeof r.leerlingen === 'number' ? formatGetal(r.leerlingen) : r.leerlingen}</Table.Td>
              <Table.Td className="getal">{tlvAantal(r.laag, geschat)}</Table.Td>
              <Table.Td className="getal">{tlvAantal(r.midden, geschat)}</Table.Td>
              <Table.Td className="getal">{tlvAantal(r.hoog, geschat)}</Table.Td>
              <Table.Td className="getal">{bedrag(r.bedrag)}</Table.Td>
              <Table.Td>
                {geschat ? (
                  <Badge size="sm" variant="light" color="orange">
                    {HERKOMST[r.herkomst]}
                  </Badge>
                ) : (
                  HERKOMST[r.herkomst]
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function OogoTlvSectie({ rapport }: { rapport: OogoRapport }) {
  const t = rapport.tlv;
  const geschat = t.totaal.herkomst !== 'ingevoerd';
  return (
    <section className="rapport-sectie" aria-label="TLV laag, midden en hoog">
      <Title order={2}>TLV laag, midden en hoog op de scholen van {rapport.kop.swv.naam}</Title>
      {geschat && (
        <Text size="sm" mt="xs">
          {t.totaal.herkomst === 'schatting' ? 'Schatting: de regio heeft geen TLV’s ingevuld' : 'Deels schatting: de regio heeft niet voor elke school en woongemeente TLV’s ingevuld'}; de app schat ze met de
          landelijke aandelen per sector. Vul de TLV’s per school en woongemeente in op de Regio-pagina (tab TLV’s) of op blad TLV van het sjabloon.
        </Text>
      )}
      <TlvTabel titel="TLV per school" eerste="School" rijen={[...t.scholen, t.totaal]} />
      {t.gemeenten.length > 0 && <TlvTabel titel="TLV per woongemeente" eerste="Woongemeente" rijen={t.gemeenten} />}
      <List size="sm" mt="sm" aria-label="Bronnen TLV">
        {t.toelichting.map((z) => (
          <List.Item key={z}>{z}</List.Item>
        ))}
      </List>
    </section>
  );
}

/** The sources of a bespreekpunt, quoted with their place. */
export function BespreekpuntBronnen({ bronnen }: { bronnen?: readonly OogoBron[] }) {
  if (!bronnen?.length) return null;
  return (
    <Text size="xs" c="dimmed" className="oogo-bron">
      Bron:{' '}
      {bronnen.map((b, i) => (
        <span key={b.plaats}>
          {i > 0 && ' '}
          {b.document}, {b.plaats}: “{b.citaat}”
        </span>
      ))}
    </Text>
  );
}
