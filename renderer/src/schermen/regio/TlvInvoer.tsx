import { Alert, Badge, Button, Group, NumberInput, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { TLV_CATEGORIEEN, type TlvCategorie } from '../../../../shared/engine/tlv';
import { formatGetal } from '../../../../shared/format';
import type { RegioBestand, School } from '../../../../shared/regio/schema';
import type { Wijziging } from '../../../../shared/regio/wijziging';
import { FoutBericht } from './FoutBericht';

type Rij = Extract<Wijziging, { soort: 'tlv' }>['rijen'][number];
type Concept = Record<TlvCategorie, number | string>;

export interface TlvInvoerProps {
  regio: RegioBestand;
  school: School;
  bewerk: (wijzigingen: Wijziging[]) => Promise<unknown>;
}

const getal = (v: number | string): number => (typeof v === 'number' ? v : v.trim() === '' ? 0 : Number(v.replace(/\./g, '').replace(',', '.')));

/**
 * The TLV laag / midden / hoog of one school per woongemeente of its pupils. Saving replaces the
 * school's TLV's; a school without them is estimated from the national shares in the OOGO report.
 */
export function TlvInvoer({ regio, school, bewerk }: TlvInvoerProps) {
  const woongemeenten = useMemo(() => {
    const per = new Map<string, number>();
    for (const l of regio.leerlingen) if (l.school === school.code && l.aantal > 0) per.set(l.woongemeente, (per.get(l.woongemeente) ?? 0) + l.aantal);
    return regio.gemeenten.filter((g) => per.has(g.code)).map((g) => ({ code: g.code, naam: g.naam, leerlingen: per.get(g.code)! }));
  }, [regio.leerlingen, regio.gemeenten, school.code]);
  const opgeslagen = useMemo(() => new Map(regio.tlvs.filter((t) => t.school === school.code).map((t) => [t.woongemeente, t])), [regio.tlvs, school.code]);
  const [concepten, zetConcepten] = useState<Map<string, Concept>>(new Map());
  const [fout, zetFout] = useState<Error | null>(null);

  const waarde = (g: string, c: TlvCategorie): number | string => concepten.get(g)?.[c] ?? opgeslagen.get(g)?.[c] ?? '';
  const zet = (g: string, c: TlvCategorie, v: number | string) =>
    zetConcepten((m) => {
      const oud = m.get(g) ?? { laag: waarde(g, 'laag'), midden: waarde(g, 'midden'), hoog: waarde(g, 'hoog') };
      return new Map(m).set(g, { ...oud, [c]: v });
    });

  const opslaan = async () => {
    const rijen: Rij[] = [];
    for (const g of woongemeenten) {
      const a = Object.fromEntries(TLV_CATEGORIEEN.map((c) => [c, getal(waarde(g.code, c))])) as Record<TlvCategorie, number>;
      if (TLV_CATEGORIEEN.some((c) => !Number.isInteger(a[c]) || a[c] < 0)) {
        zetFout(new Error(`${g.naam}: vul hele aantallen TLV's in (0 of meer), of laat het veld leeg.`));
        return;
      }
      if (a.laag + a.midden + a.hoog > 0) rijen.push({ woongemeente: g.code, ...a });
    }
    try {
      await bewerk([{ soort: 'tlv', school: school.code, rijen }]);
      zetFout(null);
      zetConcepten(new Map());
    } catch (e) {
      zetFout(e as Error);
    }
  };

  return (
    <>
      <Alert color="blue" variant="light" mb="sm" title="TLV laag, midden en hoog">
        <Text size="sm">
          Vul per woongemeente in hoeveel leerlingen van deze school een toelaatbaarheidsverklaring (TLV) laag, midden of hoog hebben. Samen niet meer dan het aantal
          leerlingen uit die gemeente. Zonder invoer schat het OOGO-rapport de verdeling met de landelijke aandelen (so 74% laag, vso 85% laag; DSP-groep &amp; Oberon 2022,
          r. 2538–2540), gemarkeerd als schatting.
        </Text>
      </Alert>
      <Group justify="space-between" mb="xs">
        {opgeslagen.size > 0 ? (
          <Badge variant="light" color="grape">
            ingevuld voor {formatGetal(opgeslagen.size)} {opgeslagen.size === 1 ? 'woongemeente' : 'woongemeenten'}
          </Badge>
        ) : (
          <Badge variant="light" color="orange">
            schatting: nog geen TLV's ingevuld
          </Badge>
        )}
        <Group gap="xs">
          {opgeslagen.size > 0 && (
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => bewerk([{ soort: 'tlv', school: school.code, rijen: [] }]).catch(zetFout)}>
              TLV's wissen
            </Button>
          )}
          <Button size="compact-sm" onClick={() => void opslaan()} disabled={concepten.size === 0}>
            TLV's opslaan
          </Button>
        </Group>
      </Group>
      {fout && <FoutBericht fout={fout} onSluiten={() => zetFout(null)} />}
      {woongemeenten.length === 0 ? (
        <Text size="sm" c="dimmed">
          Deze school heeft nog geen leerlingen; vul eerst de leerlingen in.
        </Text>
      ) : (
        <Table striped aria-label={`TLV's van ${school.naam}`} mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Woongemeente</Table.Th>
              <Table.Th className="getal">Leerlingen</Table.Th>
              {TLV_CATEGORIEEN.map((c) => (
                <Table.Th key={c} className="getal">
                  TLV {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {woongemeenten.map((g) => (
              <Table.Tr key={g.code}>
                <Table.Td>{g.naam}</Table.Td>
                <Table.Td className="getal">{formatGetal(g.leerlingen)}</Table.Td>
                {TLV_CATEGORIEEN.map((c) => (
                  <Table.Td key={c} className="getal" w={120}>
                    <NumberInput
                      size="xs"
                      aria-label={`TLV ${c} ${g.naam}`}
                      placeholder="0"
                      thousandSeparator="."
                      decimalSeparator=","
                      decimalScale={0}
                      allowNegative={false}
                      hideControls
                      value={waarde(g.code, c)}
                      onChange={(v) => zet(g.code, c, v)}
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
