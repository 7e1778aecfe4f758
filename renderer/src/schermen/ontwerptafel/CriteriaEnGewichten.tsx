import { Grid, Stack } from '@mantine/core';
import { useDeferredValue } from 'react';
import type { Ontwerpsessie } from '../../../../shared/ontwerptafel';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { EnqueteVergelijking } from './Enquete';
import { Gewichten } from './Gewichten';
import { GevoeligheidWeergave } from './Gevoeligheid';
import { Scoretabel } from './Scoretabel';
import type { LiveAntwoord } from './useLiveLaden';
import type { WegingAntwoord } from './useTafelBerekeningen';
import { GroepenUitkomst, TotaalUitkomst } from './Wegingsuitkomst';

/**
 * The multi-criteria comparison: the weights of the group that speaks beside the overall result
 * and what the report's survey said, every group's result, the sensitivity of the outcome and the scores per route and criterion.
 */
export function CriteriaEnGewichten({ sessie, wijzig, weging }: { sessie: Ontwerpsessie; wijzig: (f: (s: Ontwerpsessie) => Ontwerpsessie) => void; weging: LiveAntwoord<WegingAntwoord> }) {
  // The results (the score table, every group's outcome, the sensitivity) are drawn in the background, in slices that keep the weights responsive.
  const w = useDeferredValue(weging.data);
  return (
    <Stack gap="md">
      {weging.fout && <Foutmelding fout={weging.fout} titel="De weging kon niet worden berekend; de uitkomst hieronder hoort bij de vorige invoer" />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Gewichten sessie={sessie} wijzig={wijzig} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div className="plakkend">
            {w ? (
              <Stack gap="md">
                <TotaalUitkomst weging={w.weging} />
                <EnqueteVergelijking weging={w.weging} />
              </Stack>
            ) : (
              !weging.fout && <Laden tekst="Weging berekenen…" />
            )}
          </div>
        </Grid.Col>
      </Grid>
      {w && (
        <>
          <GroepenUitkomst weging={w.weging} />
          <GevoeligheidWeergave gewichten={w.gewichten} scores={w.scores} groepen={sessie.groepen} />
          <Scoretabel tabel={w.tabel} sessie={sessie} wijzig={wijzig} />
        </>
      )}
    </Stack>
  );
}
