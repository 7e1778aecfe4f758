import { Grid, Text } from '@mantine/core';
import type { Wegingsresultaat } from '../../../../../shared/ontwerptafel';
import { EnqueteVergelijking } from '../Enquete';
import { bovenaanTekst } from '../teksten';
import { GroepenUitkomst, Ranglijst } from '../Wegingsuitkomst';

/** The ranking of all groups together, big, with the report's survey under it, and every group's own ranking beside it. */
export function WegingDia({ weging }: { weging: Wegingsresultaat }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, xl: 5 }}>
        <Text className="dia-onderschrift">Alle groepen samen</Text>
        <Text className="dia-winnaar" aria-label="Bovenaan in totaal">
          {bovenaanTekst(weging.totaal.rangorde)}
        </Text>
        <div className="ranglijst-groot">
          <Ranglijst rangorde={weging.totaal.rangorde} label="Rangorde van de routes, alle groepen samen" />
        </div>
        <EnqueteVergelijking weging={weging} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 7 }}>
        <GroepenUitkomst weging={weging} metGrafiek={false} />
      </Grid.Col>
    </Grid>
  );
}
