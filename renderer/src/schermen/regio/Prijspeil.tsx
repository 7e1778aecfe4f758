import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { BASISJAAR, STANDAARD_PRIJSPEIL, prijspeilLabel } from '../../../../shared/engine/prijspeil';
import type { RegioBestand } from '../../../../shared/regio/schema';
import type { Wijziging } from '../../../../shared/regio/wijziging';
import { MAX_JAAR, MIN_JAAR } from '../../../../shared/regio/tabellen';

interface IndexRegel {
  jaar: number | '';
  factor: number | '';
}

const regelsVan = (index: Readonly<Record<string, number>>): IndexRegel[] =>
  Object.entries(index)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([jaar, factor]) => ({ jaar: Number(jaar), factor }));

/**
 * The regio's prijspeil (rekenmodel-v2 §9): the year every amount is shown in and the index
 * factors relative to 2022, as an editable list. Saved as one edit; the regio schema names a year
 * that is needed without a factor.
 */
export function Prijspeil({ regio, bewerk }: { regio: RegioBestand; bewerk: (w: Wijziging[]) => Promise<unknown> }) {
  // A constant default: a new object on every render would reset the rows being typed (the effect below).
  const opgeslagen = regio.prijspeil ?? STANDAARD_PRIJSPEIL;
  const [jaar, zetJaar] = useState<number | ''>(opgeslagen.jaar);
  const [regels, zetRegels] = useState<IndexRegel[]>(regelsVan(opgeslagen.index));
  useEffect(() => {
    zetJaar(opgeslagen.jaar);
    zetRegels(regelsVan(opgeslagen.index));
  }, [opgeslagen.jaar, opgeslagen.index]);

  const jaren = regels.map((r) => r.jaar).filter((j) => j !== '');
  const fout =
    jaar === '' || jaar < MIN_JAAR || jaar > MAX_JAAR
      ? `Kies een prijspeil tussen ${MIN_JAAR} en ${MAX_JAAR}.`
      : regels.some((r) => r.jaar === '' || r.factor === '' || !(r.factor > 0))
        ? 'Vul bij elke regel een jaar en een indexfactor groter dan 0 in.'
        : new Set(jaren).size !== jaren.length
          ? 'Elk jaar heeft één indexfactor.'
          : null;
  const opslaan = () => {
    if (fout || jaar === '') return;
    const index = Object.fromEntries(regels.map((r) => [String(r.jaar), Number(r.factor)]));
    const standaard = jaar === BASISJAAR && !regels.length;
    void bewerk([{ soort: 'prijspeil', prijspeil: standaard ? null : { jaar, index } }]);
  };
  const zet = (i: number, r: Partial<IndexRegel>) => zetRegels((rr) => rr.map((x, j) => (j === i ? { ...x, ...r } : x)));

  return (
    <Stack gap="xs" component="section" aria-label="Prijspeil">
      <Title order={3} size="h5">
        Prijspeil
      </Title>
      <Text size="sm" c="dimmed">
        De landelijke normen zijn bedragen in prijzen van {BASISJAAR}. Kies het jaar waarin u de bedragen wilt zien en vul de prijsindex van dat jaar in (ten opzichte van {BASISJAAR} = 1), en die
        van elk jaar waarover u realisatie invult. Nu: {prijspeilLabel(opgeslagen.jaar)}.
      </Text>
      <Group align="flex-end" gap="sm">
        <NumberInput label="Prijspeil (jaar)" w={140} hideControls allowDecimal={false} allowNegative={false} value={jaar} onChange={(v) => zetJaar(v === '' ? '' : Number(v))} />
      </Group>
      <Table withTableBorder w="auto" aria-label="Prijsindex">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Jaar</Table.Th>
            <Table.Th>Index (2022 = 1)</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {regels.map((r, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <NumberInput aria-label={`Jaar van indexregel ${i + 1}`} size="xs" w={100} hideControls allowDecimal={false} allowNegative={false} value={r.jaar} onChange={(v) => zet(i, { jaar: v === '' ? '' : Number(v) })} />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`Indexfactor van ${r.jaar === '' ? `regel ${i + 1}` : r.jaar}`}
                  size="xs"
                  w={120}
                  hideControls
                  decimalSeparator=","
                  decimalScale={4}
                  allowNegative={false}
                  value={r.factor}
                  onChange={(v) => zet(i, { factor: v === '' ? '' : Number(v) })}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="red" aria-label={`Indexregel ${i + 1} verwijderen`} onClick={() => zetRegels((rr) => rr.filter((_, j) => j !== i))}>
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="sm">
        <Button size="xs" variant="light" onClick={() => zetRegels((rr) => [...rr, { jaar: '', factor: '' }])}>
          Indexjaar toevoegen
        </Button>
        <Button size="xs" onClick={opslaan} disabled={!!fout}>
          Prijspeil opslaan
        </Button>
        {fout && (
          <Text size="xs" c="red.8" role="alert">
            {fout}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
