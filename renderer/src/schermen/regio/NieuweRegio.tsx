import { Button, Group, Modal, Stack, Text, TextInput, type ButtonProps } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { zio } from '../../api';
import { FoutBericht } from './FoutBericht';

/** "Nieuwe regio": asks for a name, creates an empty regio and hands its id over. */
export function NieuweRegioKnop({ onAangemaakt, ...knop }: { onAangemaakt: (id: number) => void } & ButtonProps) {
  const [open, zetOpen] = useState(false);
  const [naam, zetNaam] = useState('');
  const [gecontroleerd, zetGecontroleerd] = useState(false);
  const [fout, zetFout] = useState<Error | null>(null);
  const [bezig, zetBezig] = useState(false);
  const melding = !naam.trim() ? 'Vul de naam van de regio in.' : naam.trim().length > 200 ? 'Hoogstens 200 tekens.' : null;

  const sluit = () => {
    zetOpen(false);
    zetNaam('');
    zetGecontroleerd(false);
    zetFout(null);
  };
  const maak = async (e: FormEvent) => {
    e.preventDefault();
    zetGecontroleerd(true);
    if (melding) return;
    zetBezig(true);
    try {
      const regio = await zio.regioNieuw({ naam: naam.trim() });
      sluit();
      onAangemaakt(regio.id);
    } catch (f) {
      zetFout(f as Error);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <>
      <Button variant="light" {...knop} onClick={() => zetOpen(true)}>
        Nieuwe regio
      </Button>
      <Modal opened={open} onClose={sluit} title="Nieuwe regio" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
        <form onSubmit={maak} noValidate>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              U begint met een lege regio in dit project. Daarna voegt u gemeenten, samenwerkingsverbanden, scholen, zorgverzekeraars en leerlingen toe.
            </Text>
            <TextInput label="Naam van de regio" value={naam} onChange={(e) => zetNaam(e.currentTarget.value)} error={gecontroleerd ? melding : undefined} withAsterisk data-autofocus />
            {fout && <FoutBericht fout={fout} titel="Niet aangemaakt" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={sluit}>
                Annuleren
              </Button>
              <Button type="submit" loading={bezig}>
                Aanmaken
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
