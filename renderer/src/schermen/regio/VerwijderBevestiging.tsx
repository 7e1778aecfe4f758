import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FoutBericht } from './FoutBericht';

export interface VerwijderBevestigingProps {
  titel: string;
  /** What will be removed, e.g. "School De Regenboog en haar 250 leerlingen". */
  wat: string;
  /** What the user should know first, e.g. that pupils still live in a gemeente. */
  waarschuwing?: string;
  /** False for what undo cannot bring back (a whole regio). */
  omkeerbaar?: boolean;
  verwijder: () => Promise<unknown>;
  onSluiten: () => void;
}

/** Asks before removing a row; a refusal of the regio is shown in the dialog itself. */
export function VerwijderBevestiging({ titel, wat, waarschuwing, omkeerbaar = true, verwijder, onSluiten }: VerwijderBevestigingProps) {
  const [fout, zetFout] = useState<Error | null>(null);
  const [bezig, zetBezig] = useState(false);
  const bevestig = async () => {
    zetBezig(true);
    zetFout(null);
    try {
      await verwijder();
      onSluiten();
    } catch (e) {
      zetFout(e as Error);
      zetBezig(false);
    }
  };
  return (
    <Modal opened onClose={onSluiten} title={titel} size="md" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <Text>
          Wordt verwijderd: <strong>{wat}</strong>.
        </Text>
        {waarschuwing && (
          <Text size="sm" c="orange.9">
            {waarschuwing}
          </Text>
        )}
        <Text size="sm" c={omkeerbaar ? 'dimmed' : 'red.8'}>
          {omkeerbaar ? 'U kunt dit daarna terugdraaien met Ongedaan maken (Ctrl+Z).' : 'Dit kan niet ongedaan worden gemaakt.'}
        </Text>
        {fout && <FoutBericht fout={fout} titel="Niet verwijderd" />}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onSluiten} data-autofocus>
            Annuleren
          </Button>
          <Button color="red" onClick={bevestig} loading={bezig} disabled={!!fout}>
            Verwijderen
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
