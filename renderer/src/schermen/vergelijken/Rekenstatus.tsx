import { Loader, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { formatGetal } from '../../../../shared/format';
import { maakWinkel, type Winkel } from '../../winkel';

/** How long the last change took to reach the screen (ms): set after the figures are drawn, read by `Rekenstatus` alone. */
export type Rekentijd = Winkel<number | null>;

export const maakRekentijd = (): Rekentijd => maakWinkel<number | null>(null);

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
