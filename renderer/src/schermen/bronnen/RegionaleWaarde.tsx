import { ActionIcon, Badge, Group, NumberInput, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatEuro, formatGetal } from '../../../../shared/format';

interface Props {
  label: string;
  /** The value the regio computes with. */
  waarde: number;
  landelijk: number;
  soort: 'euro' | 'fte';
  /** Saves a regional value, or null to go back to the national one. */
  onOpslaan: (waarde: number | null) => Promise<void>;
}

const toon = (soort: Props['soort'], w: number) => (soort === 'euro' ? formatEuro(w) : formatGetal(w, 2));

/** An editable value of the normenset with the national value beside it when the regio differs. */
export function RegionaleWaarde({ label, waarde, landelijk, soort, onOpslaan }: Props) {
  const [invoer, zetInvoer] = useState<string | number>(waarde);
  useEffect(() => zetInvoer(waarde), [waarde]);
  const afwijkend = Math.abs(waarde - landelijk) > 1e-9;
  const bewaar = () => {
    const n = typeof invoer === 'number' ? invoer : Number.NaN;
    if (!Number.isFinite(n) || n < 0) return zetInvoer(waarde);
    if (Math.abs(n - waarde) < 1e-9) return;
    void onOpslaan(Math.abs(n - landelijk) < 1e-9 ? null : n);
  };
  return (
    <Group gap={6} justify="flex-end" wrap="nowrap">
      {afwijkend && (
        <Tooltip label={`Landelijk: ${toon(soort, landelijk)}`}>
          <Badge size="xs" color="grape" variant="light">
            regionaal
          </Badge>
        </Tooltip>
      )}
      <NumberInput
        aria-label={label}
        size="xs"
        w={soort === 'euro' ? 120 : 80}
        value={invoer}
        onChange={zetInvoer}
        onBlur={bewaar}
        onKeyDown={(e) => e.key === 'Enter' && bewaar()}
        thousandSeparator="."
        decimalSeparator=","
        decimalScale={soort === 'euro' ? 0 : 2}
        prefix={soort === 'euro' ? '€ ' : undefined}
        min={0}
        hideControls
        styles={{ input: { textAlign: 'right', fontWeight: afwijkend ? 700 : undefined } }}
      />
      {afwijkend && (
        <Tooltip label="Terug naar de landelijke waarde">
          <ActionIcon size="sm" variant="subtle" aria-label={`${label}: terug naar landelijk`} onClick={() => void onOpslaan(null)}>
            ↺
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
