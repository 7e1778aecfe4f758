/**
 * The actions above a printable report: save it as PDF (the desktop app through its own print path,
 * the browser through its print dialog) and show what went wrong with an action.
 */
import { Button, type ButtonProps } from '@mantine/core';
import { isDesktop, zio } from '../../api';
import { werkAllesBij } from '../buitenBeeld';
import { Foutmelding } from '../Toestand';
import type { useActie } from '../../useActie';

type Actie = ReturnType<typeof useActie>;

const PDF_MAKEN = 'PDF maken…';

/** `bestandsnaam` is null while there is no report to print (the button is then disabled). */
export function PdfKnop({ actie, bestandsnaam, variant }: { actie: Actie; bestandsnaam: string | null; variant?: ButtonProps['variant'] }) {
  return (
    <Button
      variant={variant}
      disabled={bestandsnaam === null}
      loading={actie.bezig === PDF_MAKEN}
      onClick={() => {
        if (!isDesktop || bestandsnaam === null) return window.print();
        void actie.voerUit(PDF_MAKEN, async () => {
          werkAllesBij();
          await zio.pdfOpslaan({ bestandsnaam });
        });
      }}
    >
      {isDesktop ? 'Opslaan als PDF' : 'Afdrukken of opslaan als PDF'}
    </Button>
  );
}

/** The error of the last action, under the buttons. */
export function ActieFout({ actie }: { actie: Actie }) {
  if (!actie.fout) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Foutmelding fout={actie.fout} titel="Niet gelukt" />
    </div>
  );
}
