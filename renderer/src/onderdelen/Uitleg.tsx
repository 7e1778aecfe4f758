import { Stack, Text, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';

export interface UitlegTekst {
  titel: string;
  regels: string[];
  bron?: string;
}

/** An explanation at hand, or one asked for when it is shown (the engine's explanations come on demand). */
export type UitlegBron = UitlegTekst | (() => Promise<UitlegTekst | undefined>);

/** The explanation of a source: at once, or when its request answers (undefined: there is none). */
export function laadUitleg(bron: UitlegBron): Promise<UitlegTekst | undefined> {
  return typeof bron === 'function' ? bron().catch(() => undefined) : Promise.resolve(bron);
}

const LADEN: UitlegTekst = { titel: 'Uitleg laden…', regels: [] };

/**
 * A figure that explains itself on hover and keyboard focus: how it was computed, from which
 * inputs, and the source of the parameters. An explanation on demand is asked for on the first
 * hover or focus and kept.
 */
export function MetUitleg({ uitleg, children }: { uitleg: UitlegBron; children: ReactNode }) {
  const [geladen, zetGeladen] = useState<{ bron: UitlegBron; tekst: UitlegTekst | undefined } | null>(null);
  const tekst = typeof uitleg === 'function' ? (geladen?.bron === uitleg ? geladen.tekst : LADEN) : uitleg;
  const vraag = () => {
    if (typeof uitleg === 'function' && geladen?.bron !== uitleg) void laadUitleg(uitleg).then((t) => zetGeladen({ bron: uitleg, tekst: t }));
  };
  return (
    <Tooltip
      multiline
      w={380}
      withArrow
      openDelay={250}
      disabled={!tekst}
      events={{ hover: true, focus: true, touch: true }}
      label={
        tekst && (
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              {tekst.titel}
            </Text>
            {tekst.regels.map((r, i) => (
              <Text size="xs" key={i}>
                {r}
              </Text>
            ))}
            {tekst.bron && (
              <Text size="xs" c="gray.4">
                Bron: {tekst.bron}
              </Text>
            )}
          </Stack>
        )
      }
    >
      <span tabIndex={0} className="met-uitleg" onMouseEnter={vraag} onFocus={vraag}>
        {children}
      </span>
    </Tooltip>
  );
}
