import { Loader, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { formatGetal } from '../../../../shared/format';

/** How long the last change took to reach the screen: set after the figures are drawn, read by `Rekenstatus` alone. */
export interface Rekentijd {
  lees(): number | null;
  zet(ms: number): void;
  abonneer(luisteraar: () => void): () => void;
}

export function maakRekentijd(): Rekentijd {
  let ms: number | null = null;
  const luisteraars = new Set<() => void>();
  return {
    lees: () => ms,
    zet(nieuw) {
      ms = nieuw;
      for (const l of luisteraars) l();
    },
    abonneer(l) {
      luisteraars.add(l);
      return () => luisteraars.delete(l);
    },
  };
}

/**
 * "Bezig met herberekenen…" while a change is computed, then how long it took. Only this text
 * re-renders when the time is known: the figures beside it were drawn a moment before.
 */
export function Rekenstatus({ bezig, rekentijd }: { bezig: boolean; rekentijd: Rekentijd }) {
  const ms = useSyncExternalStore(rekentijd.abonneer, rekentijd.lees);
  return (
    <Text size="xs" c="dimmed" role="status" aria-live="polite" className="geen-afbreking">
      {bezig ? (
        <>
          <Loader size={12} mr={6} />
          Bezig met herberekenen…
        </>
      ) : ms !== null ? (
        `Doorgerekend in ${formatGetal(ms)} ms`
      ) : (
        ''
      )}
    </Text>
  );
}
