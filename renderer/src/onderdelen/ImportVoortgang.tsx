import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

export interface LopendeImport {
  bestandsnaam: string;
  importId: string;
  /** Date.now() at the start. */
  sinds: number;
  /** What is happening now, in Dutch. */
  stap: string;
}

interface Props {
  lopend: LopendeImport | null;
  onAnnuleer: () => void;
}

/**
 * While a file is read: what is happening, for how long, and a Cancel button that stops the
 * reading for real (the worker is terminated). The bar is indeterminate: parsing gives no steps.
 */
export function ImportVoortgang({ lopend, onAnnuleer }: Props) {
  const [nu, zetNu] = useState(() => Date.now());
  useEffect(() => {
    if (!lopend) return;
    const klok = setInterval(() => zetNu(Date.now()), 500);
    return () => clearInterval(klok);
  }, [lopend]);
  const seconden = lopend ? Math.max(0, Math.floor((nu - lopend.sinds) / 1000)) : 0;
  return (
    <Modal opened={lopend !== null} onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} title="Bestand inlezen">
      {lopend && (
        <Stack>
          <Text size="sm" fw={500}>
            {lopend.bestandsnaam}
          </Text>
          <Progress value={100} animated striped aria-label="Bezig met inlezen" />
          <Text size="sm" role="status">
            {lopend.stap} ({seconden} s)
          </Text>
          <Text size="xs" c="dimmed">
            Het bestand wordt apart gelezen en gecontroleerd; er verandert niets tot het inlezen klaar is. Een bestand dat te groot is of te lang duurt, wordt geweigerd met een melding.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onAnnuleer}>
              Annuleren
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** A random id for an import, so it can be cancelled. */
export function nieuwImportId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `import-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
}
