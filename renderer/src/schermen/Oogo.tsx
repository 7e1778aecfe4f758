import { Button, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import type { VariantInvoer } from '../../../shared/engine';
import { zio } from '../api';
import { downloadBestand } from '../bestanden';
import { ActieFout, PdfKnop } from '../onderdelen/rapport/RapportActies';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { STANDAARD, VariantKeuze } from '../onderdelen/VariantKeuze';
import { useLaden } from '../useLaden';
import { useActie } from '../useActie';
import { OogoRapportWeergave } from './oogo/OogoRapportWeergave';

/**
 * The OOGO report of a samenwerkingsverband: choose the SWV, the variant and whether small counts
 * are hidden; download it as Excel or save it as PDF (the print stylesheet lays out the pages).
 */
export function Oogo({ regioId }: { regioId: number }) {
  // The regio's counts and SWVs (a few kB, kept by the host), not the whole regio: the report is asked right after.
  const [regio] = useLaden(() => zio.regioOverzicht({ regioId }), [regioId]);
  const [swv, zetSwv] = useState<string | null>(null);
  const [variantId, zetVariantId] = useState(STANDAARD);
  const [variant, zetVariant] = useState<VariantInvoer>({});
  const [kleineAantallen, zetKleineAantallen] = useState(true);
  const actie = useActie();
  const { bezig, voerUit } = actie;

  const swvs = regio.status === 'klaar' ? regio.data.swvLijst : [];
  const gekozen = swv ?? swvs[0]?.code ?? null;
  const [rapport] = useLaden(
    () => (gekozen ? zio.oogoRapport({ regioId, swv: gekozen, variant, kleineAantallen }) : Promise.resolve(null)),
    [regioId, gekozen, variantId, kleineAantallen],
  );

  // The report (thousands of cells at national scale) is drawn in the background, in slices that leave the page free; the loader stays until it stands.
  const klaar = rapport.status === 'klaar' ? rapport.data : null;
  const getoond = useDeferredValue(klaar);

  if (regio.status === 'laden') return <Laden />;
  if (regio.status === 'fout') return <Foutmelding fout={regio.fout} />;
  if (!swvs.length) return <Text c="dimmed">Deze regio heeft nog geen samenwerkingsverbanden. Voeg ze toe op het scherm Regio.</Text>;

  return (
    <Stack gap="lg">
      <div className="niet-afdrukken">
        <Title order={2}>OOGO-rapport</Title>
        <Text c="dimmed" mb="sm">
          Voor het op overeenstemming gericht overleg van een samenwerkingsverband met de gemeenten in zijn gebied: leerlingen, zorgkosten (norm), wie die nu betaalt en wat elke route betekent, met bespreekpunten.
        </Text>
        <Group align="flex-end" gap="md">
          <Select label="Samenwerkingsverband" data={swvs.map((s) => ({ value: s.code, label: s.naam }))} value={gekozen} onChange={(v) => v && zetSwv(v)} allowDeselect={false} w={360} />
          <VariantKeuze
            regioId={regioId}
            waarde={variantId}
            onChange={(id, instellingen) => {
              zetVariantId(id);
              zetVariant(instellingen);
            }}
          />
          <Switch label="Kleine aantallen verbergen (< 5)" checked={kleineAantallen} onChange={(e) => zetKleineAantallen(e.currentTarget.checked)} mb={8} />
        </Group>
        <Group mt="md">
          <Button loading={bezig !== null} disabled={!gekozen} onClick={() => voerUit('Werkmap maken…', async () => downloadBestand(await zio.oogoExporteren({ regioId, swv: gekozen!, variant, kleineAantallen })))}>
            Excel downloaden
          </Button>
          <PdfKnop actie={actie} variant="default" bestandsnaam={rapport.status === 'klaar' && rapport.data ? `OOGO ${rapport.data.kop.swv.naam}` : null} />
        </Group>
        <ActieFout actie={actie} />
      </div>
      {(rapport.status === 'laden' || getoond !== klaar) && <Laden tekst="Rapport opstellen…" />}
      {rapport.status === 'fout' && <Foutmelding fout={rapport.fout} />}
      {rapport.status === 'klaar' && getoond && getoond === klaar && <OogoRapportWeergave rapport={getoond} />}
    </Stack>
  );
}
