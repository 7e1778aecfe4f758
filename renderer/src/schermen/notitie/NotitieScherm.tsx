import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Variant } from '../../../../shared/engine';
import { zio } from '../../api';
import { downloadBestand } from '../../bestanden';
import { ActieFout, PdfKnop } from '../../onderdelen/rapport/RapportActies';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { useActie } from '../../useActie';
import { useLaden } from '../../useLaden';
import { NotitieWeergave } from './NotitieWeergave';

/**
 * The bestuurlijke notitie of the variant on Vergelijken: the printable view with its actions
 * (back, PDF through the same print path as the OOGO report, Word document).
 */
export function NotitieScherm({ regioId, variant, onSluiten }: { regioId: number; variant: Variant; onSluiten: () => void }) {
  const [notitie] = useLaden(() => zio.notitie({ regioId, variant }), [regioId, variant]);
  const actie = useActie();
  const { bezig, voerUit } = actie;
  const klaar = notitie.status === 'klaar' ? notitie.data : null;
  return (
    <Stack gap="lg">
      <div className="niet-afdrukken">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2}>Bestuurlijke notitie</Title>
            <Text c="dimmed" size="sm">
              Voor college en raad: de gekozen variant op een paar pagina’s, met de grafieken. Afdrukken of opslaan als PDF, of bewerken in Word.
            </Text>
          </div>
          <Button variant="subtle" onClick={onSluiten}>
            ‹ Terug naar vergelijken
          </Button>
        </Group>
        <Group mt="md">
          <PdfKnop actie={actie} bestandsnaam={klaar ? `Bestuurlijke notitie ${klaar.kop.regio}` : null} />
          <Button variant="default" disabled={!klaar} loading={bezig === 'Word-document maken…'} onClick={() => voerUit('Word-document maken…', async () => downloadBestand(await zio.notitieWord({ regioId, variant })))}>
            Word-document (.docx)
          </Button>
        </Group>
        <ActieFout actie={actie} />
      </div>
      {notitie.status === 'laden' && <Laden tekst="Notitie opstellen…" />}
      {notitie.status === 'fout' && <Foutmelding fout={notitie.fout} />}
      {klaar && <NotitieWeergave notitie={klaar} />}
    </Stack>
  );
}
