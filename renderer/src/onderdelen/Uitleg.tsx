import { Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

export interface UitlegTekst {
  titel: string;
  regels: string[];
  bron?: string;
}

/**
 * A figure that explains itself on hover and keyboard focus: how it was computed, from which
 * inputs, and the source of the parameters.
 */
export function MetUitleg({ uitleg, children }: { uitleg: UitlegTekst; children: ReactNode }) {
  return (
    <Tooltip
      multiline
      w={380}
      withArrow
      openDelay={250}
      events={{ hover: true, focus: true, touch: true }}
      label={
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {uitleg.titel}
          </Text>
          {uitleg.regels.map((r, i) => (
            <Text size="xs" key={i}>
              {r}
            </Text>
          ))}
          {uitleg.bron && (
            <Text size="xs" c="gray.4">
              Bron: {uitleg.bron}
            </Text>
          )}
        </Stack>
      }
    >
      <span tabIndex={0} className="met-uitleg">
        {children}
      </span>
    </Tooltip>
  );
}
