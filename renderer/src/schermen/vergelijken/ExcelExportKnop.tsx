import { Button, Tooltip } from '@mantine/core';
import type { Variant } from '../../../../shared/engine';
import { zio } from '../../api';
import { downloadBestand } from '../../bestanden';
import { FoutBericht } from '../regio/FoutBericht';
import { useActie } from '../../useActie';

/** Downloads the full calculation of the variant on screen (`variant`: read at the click) as one checkable Excel workbook. */
export function ExcelExportKnop({ regioId, variant: opScherm, beschikbaar }: { regioId: number; variant: () => Variant | null; beschikbaar: boolean }) {
  const { bezig, fout, voerUit, wisFout } = useActie();
  return (
    <>
      <Tooltip label="De variant op het scherm in één werkmap: invoer, normen, behoefte, elke route en de vergelijking, met formules die de totalen narekenen" multiline w={280}>
        <Button
          size="xs"
          variant="light"
          disabled={!beschikbaar}
          loading={bezig !== null}
          onClick={() => {
            const variant = opScherm();
            if (variant) voerUit('Werkmap maken…', async () => downloadBestand(await zio.berekeningExporteren({ regioId, variant, kleineAantallen: false })));
          }}
        >
          Naar Excel
        </Button>
      </Tooltip>
      {fout && <FoutBericht fout={fout} titel="Export mislukt" onSluiten={wisFout} />}
    </>
  );
}
