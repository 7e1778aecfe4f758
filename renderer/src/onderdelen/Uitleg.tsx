import { Stack, Text, Tooltip } from '@mantine/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

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

/** Enter or Space opens an explanation again (after Escape closed it); Escape closes it. */
export function uitlegToets(e: KeyboardEvent, open: boolean, toon: () => void, sluit: () => void): void {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    toon();
  } else if (e.key === 'Escape' && open) {
    e.stopPropagation();
    sluit();
  }
}

const VERTRAGING_MS = 250;

/**
 * A figure that explains itself on hover and keyboard focus: how it was computed, from which
 * inputs, and the source of the parameters. Enter or Space opens it at once, Escape closes it. An
 * explanation on demand is asked for on the first hover or focus and kept. The tooltip itself is
 * made on that first hover or focus too, beside the figure (not around it, so the figure keeps its
 * focus): a screen shows hundreds of figures, and a Mantine tooltip per figure made opening such a
 * screen measurably slower.
 */
export function MetUitleg({ uitleg, children }: { uitleg: UitlegBron; children: ReactNode }) {
  const [geladen, zetGeladen] = useState<{ bron: UitlegBron; tekst: UitlegTekst | undefined } | null>(null);
  const tekst = typeof uitleg === 'function' ? (geladen?.bron === uitleg ? geladen.tekst : LADEN) : uitleg;
  const vraag = () => {
    if (typeof uitleg === 'function' && geladen?.bron !== uitleg) void laadUitleg(uitleg).then((t) => zetGeladen({ bron: uitleg, tekst: t }));
  };
  const doel = useRef<HTMLSpanElement>(null);
  const id = useId();
  const [gevraagd, zetGevraagd] = useState(false);
  const [open, zetOpen] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const toon = (vertraging: number) => {
    vraag();
    zetGevraagd(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => zetOpen(true), vertraging);
  };
  const sluit = () => {
    window.clearTimeout(timer.current);
    zetOpen(false);
  };
  const zichtbaar = open && !!tekst;
  return (
    <>
      <span
        ref={doel}
        tabIndex={0}
        className="met-uitleg"
        aria-describedby={zichtbaar ? id : undefined}
        onMouseEnter={() => toon(VERTRAGING_MS)}
        onMouseLeave={sluit}
        onFocus={() => toon(VERTRAGING_MS)}
        onBlur={sluit}
        onKeyDown={(e) => uitlegToets(e, open, () => toon(0), sluit)}
      >
        {children}
      </span>
      {gevraagd && (
        <Tooltip
          target={doel}
          multiline
          w={380}
          withArrow
          opened={zichtbaar}
          disabled={!tekst}
          label={tekst && <UitlegInhoud tekst={tekst} id={id} />}
        />
      )}
    </>
  );
}

/** An explanation's text as the tooltips show it: its title, its lines and where its figures come from. */
export function UitlegInhoud({ tekst, id }: { tekst: UitlegTekst; id?: string }) {
  return (
    <Stack gap={4} id={id}>
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
  );
}
