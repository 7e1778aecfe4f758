import { Stack } from '@mantine/core';
import type { EvaluatieWeergave } from '../../../../../shared/engine/evaluatie-weergave';
import { Geldstromen } from '../../vergelijken/Geldstromen';
import { Kerncijfers } from '../../vergelijken/Kerncijfers';

/** The routes side by side (key figures) and their money flows, as in Vergelijken. */
export function RoutesDia({ ev, toelichting }: { ev: EvaluatieWeergave; toelichting: Array<[string, string]> }) {
  return (
    <Stack gap="md">
      <Kerncijfers ev={ev} toelichting={toelichting} />
      <Geldstromen ev={ev} toelichting={toelichting} />
    </Stack>
  );
}
