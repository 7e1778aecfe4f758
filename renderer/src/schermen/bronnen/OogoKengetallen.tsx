/**
 * Kengetallen outside the normenset, with their sources: the TLV shares and amounts the OOGO report
 * uses (and how the estimate per sector is derived), and the hours per fte of the inventarisatie.
 */
import { Table, Text, Title } from '@mantine/core';
import { UREN_PER_FTE, UREN_PER_FTE_BRON } from '../../../../shared/domain/formatie';
import { TLV_AANDEEL_PER_SECTOR, TLV_BEDRAG, TLV_BRON, TLV_CATEGORIEEN, TLV_IMPLICIET_AANDEEL_SO, TLV_LANDELIJK } from '../../../../shared/engine/tlv';
import { formatEuro, formatGetal, formatPct } from '../../../../shared/format';

export function OogoKengetallen() {
  return (
    <>
      <Title order={4} mt="lg">
        TLV laag, midden en hoog (OOGO-rapport)
      </Title>
      <Table striped aria-label="TLV-kengetallen" mt="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Categorie</Table.Th>
            <Table.Th className="getal">Landelijk</Table.Th>
            <Table.Th className="getal">Schatting so</Table.Th>
            <Table.Th className="getal">Schatting vso</Table.Th>
            <Table.Th className="getal">Bedrag per TLV per jaar</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {TLV_CATEGORIEEN.map((c) => (
            <Table.Tr key={c}>
              <Table.Td>TLV {c}</Table.Td>
              <Table.Td className="getal">{formatPct(TLV_LANDELIJK.totaal[c], 0)}</Table.Td>
              <Table.Td className="getal">{formatPct(TLV_AANDEEL_PER_SECTOR.so[c], 1)}</Table.Td>
              <Table.Td className="getal">{formatPct(TLV_AANDEEL_PER_SECTOR.vso[c], 1)}</Table.Td>
              <Table.Td className="getal">{formatEuro(TLV_BEDRAG.perCategorie[c])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="xs">
        Aandelen: {TLV_BRON}, {TLV_LANDELIJK.regels}: “{TLV_LANDELIJK.citaat}” Het rapport noemt per sector alleen het aandeel laag; de app verdeelt het deel dat niet laag is in beide sectoren als 11 : 9 over midden en hoog (de landelijke verhouding),
        zodat de aandelen bij {formatPct(TLV_IMPLICIET_AANDEEL_SO, 1)} so-leerlingen precies 80 / 11 / 9 geven. Deze schatting geldt alleen waar de regio zelf geen TLV’s invult (Regio, tab TLV’s).
      </Text>
      <Text size="sm" c="dimmed" mt="xs">
        Bedragen: {TLV_BRON}, {TLV_BEDRAG.regel}: “{TLV_BEDRAG.citaat}” Het zijn {TLV_BEDRAG.kanttekening}.
      </Text>

      <Title order={4} mt="lg">
        Uren per fte (inventarisatie)
      </Title>
      <Text size="sm" mt="xs">
        1 fte = {formatGetal(UREN_PER_FTE)} uur per jaar ({UREN_PER_FTE_BRON.plaats}). {UREN_PER_FTE_BRON.tekst} Het inventarisatiekader legt uren vast (NJi, Leidraad Zorg in Onderwijstijd 2025, r. 338); tabel 2.2 van het rapport telt fte voor zorg en ondersteuning.
      </Text>
    </>
  );
}
