import { Button, EmptyState, Group, Select, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SECTOR_LABEL } from '../../../../shared/domain/labels';
import { formatGetal } from '../../../../shared/format';
import type { School } from '../../../../shared/regio/schema';
import type { RegioContext } from './tabellen';

export interface MetSchoolKeuzeProps {
  ctx: RegioContext;
  /** The chosen school code; the first school when it is null or gone. */
  gekozen: string | null;
  kies: (code: string) => void;
  naarScholen: () => void;
  children: (school: School) => ReactNode;
}

/** A school picker above a view of one school (its pupils, its inventarisatie). */
export function MetSchoolKeuze({ ctx, gekozen, kies, naarScholen, children }: MetSchoolKeuzeProps) {
  const { regio, tellingen } = ctx;
  const school = regio.scholen.find((s) => s.code === gekozen) ?? regio.scholen[0];
  if (!school) {
    return (
      <EmptyState title="Nog geen scholen" description="Voeg eerst op het tabblad Scholen een school toe; daarna vult u hier per school de gegevens in." my="lg">
        <EmptyState.Actions>
          <Button onClick={naarScholen}>Naar Scholen</Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  const gemeente = regio.gemeenten.find((g) => g.code === school.vestigingsgemeente)?.naam ?? school.vestigingsgemeente;
  const swv = regio.samenwerkingsverbanden.find((s) => s.code === school.swv)?.naam ?? school.swv;
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md">
        <Select
          label="School"
          data={regio.scholen.map((s) => ({ value: s.code, label: s.naam }))}
          value={school.code}
          onChange={(v) => v && kies(v)}
          allowDeselect={false}
          searchable={regio.scholen.length > 8}
          w={340}
        />
        <Text size="sm" c="dimmed" pb={6}>
          {SECTOR_LABEL[school.sector]} in {gemeente}, {swv} · {formatGetal(tellingen.perSchool.get(school.code) ?? 0)} leerlingen
        </Text>
      </Group>
      {children(school)}
    </Stack>
  );
}
