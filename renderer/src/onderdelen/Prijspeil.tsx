import { Badge, Tooltip } from '@mantine/core';
import { bedragenOnderschrift, prijspeilTekst } from '../../../shared/domain/prijspeil-tekst';

/**
 * The price level of the amounts on a screen, in its header: "prijspeil 2022" or the regio's year.
 * The text comes from `prijspeilTekst`, the same as in charts, exports and reports.
 */
export function PrijspeilLabel({ prijspeil }: { prijspeil?: { jaar: number } | null }) {
  return (
    <Tooltip label={bedragenOnderschrift(prijspeil)}>
      <Badge variant="light" color="gray" size="lg" style={{ textTransform: 'none', flexShrink: 0, overflow: 'visible' }} aria-label={`Bedragen in ${prijspeilTekst(prijspeil)}`} data-testid="prijspeil">
        {prijspeilTekst(prijspeil)}
      </Badge>
    </Tooltip>
  );
}
