import { Button, Group, Loader, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { RegioStand } from '../../../../shared/api/contract';
import type { RegioBewerking } from './useRegioStand';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/**
 * Whether a key press belongs to the field it happened in (its own text undo) rather than to the
 * regio. A grid cell without unsaved typing marks itself with data-app-ongedaan="ja".
 */
function vanInvoerveld(doel: EventTarget | null): boolean {
  if (!(doel instanceof HTMLElement)) return false;
  if (doel.closest('[role="dialog"]')) return true;
  if (doel.dataset.appOngedaan === 'ja') return false;
  return doel.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(doel.tagName);
}

/** Ctrl/Cmd+Z undoes the last edit of the regio; Ctrl/Cmd+Shift+Z and Ctrl+Y redo it. */
export function useHistorieToetsen(stand: RegioStand | null, bewerking: RegioBewerking) {
  const { ongedaanMaken, opnieuwDoen } = bewerking;
  const kanTerug = !!stand?.kanOngedaanMaken;
  const kanVooruit = !!stand?.kanOpnieuwDoen;
  useEffect(() => {
    const toets = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || vanInvoerveld(e.target)) return;
      const k = e.key.toLowerCase();
      const terug = k === 'z' && !e.shiftKey;
      const vooruit = (k === 'z' && e.shiftKey) || (k === 'y' && !e.shiftKey);
      if (!terug && !vooruit) return;
      e.preventDefault();
      if (terug && kanTerug) void ongedaanMaken();
      if (vooruit && kanVooruit) void opnieuwDoen();
    };
    window.addEventListener('keydown', toets);
    return () => window.removeEventListener('keydown', toets);
  }, [kanTerug, kanVooruit, ongedaanMaken, opnieuwDoen]);
}

/** Undo and redo buttons with the save status: every edit is in the project file at once. */
export function HistorieKnoppen({ stand, bewerking }: { stand: RegioStand; bewerking: RegioBewerking }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text component="div" size="sm" c="dimmed" aria-live="polite" mr="xs" className="geen-afbreking">
        {bewerking.bezig ? (
          <>
            <Loader size={12} mr={6} />
            Opslaan…
          </>
        ) : (
          'Alle wijzigingen zijn opgeslagen'
        )}
      </Text>
      <Button variant="default" size="sm" disabled={!stand.kanOngedaanMaken} onClick={() => void bewerking.ongedaanMaken()} title={`Laatste wijziging ongedaan maken (${MOD}Z)`}>
        Ongedaan maken
      </Button>
      <Button variant="default" size="sm" disabled={!stand.kanOpnieuwDoen} onClick={() => void bewerking.opnieuwDoen()} title={`Ongedaan gemaakte wijziging opnieuw doen (${MOD}${isMac ? '⇧Z' : 'Y'})`}>
        Opnieuw
      </Button>
    </Group>
  );
}
