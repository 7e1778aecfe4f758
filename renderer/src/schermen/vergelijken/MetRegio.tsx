import type { ReactNode } from 'react';
import type { RegioBestand } from '../../../../shared/regio/schema';
import { zio } from '../../api';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { useLaden } from '../../useLaden';
import { MarkeringProvider } from './Markering';
import { UitlegLaag } from './UitlegLaag';

/**
 * Loads the regio and gives a screen the shared highlight state and explanation layer of the
 * comparison views (used by Vergelijken and the Ontwerptafel).
 */
export function MetRegio({ regioId, children }: { regioId: number; children: (regio: RegioBestand) => ReactNode }) {
  const [regio] = useLaden(() => zio.regioLezen({ regioId }), [regioId]);
  if (regio.status === 'laden') return <Laden tekst="Regio laden…" />;
  if (regio.status === 'fout') return <Foutmelding fout={regio.fout} />;
  return (
    <MarkeringProvider key={regioId}>
      <UitlegLaag>{children(regio.data)}</UitlegLaag>
    </MarkeringProvider>
  );
}
