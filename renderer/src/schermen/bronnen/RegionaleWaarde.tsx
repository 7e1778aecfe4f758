import { ActionIcon, Badge, Group, NumberInput, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { toonNormWaarde, type NormAanpassing } from '../../../../shared/engine';

type Parameter = NormAanpassing['parameter'];

interface Props {
  label: string;
  parameter: Parameter;
  /** The value the regio computes with (a pgb-aandeel as a fraction). */
  waarde: number;
  landelijk: number;
  /** Saves a regional value, or null to go back to the national one. */
  onOpslaan: (waarde: number | null) => Promise<void>;
}

/** How each parameter is typed: a pgb-aandeel as a percentage 0–100, stored as a fraction. */
const INVOER: Record<Parameter, { schaal: number; max: number; decimalen: number; breedte: number; prefix?: string; suffix?: string }> = {
  tarief: { schaal: 1, max: Infinity, decimalen: 0, breedte: 120, prefix: '€ ' },
  ftePer100: { schaal: 1, max: Infinity, decimalen: 2, breedte: 80 },
  pgbAandeel: { schaal: 100, max: 100, decimalen: 1, breedte: 80, suffix: '%' },
};

/** An editable value of the normenset with the national value beside it when the regio differs. */
export function RegionaleWaarde({ label, parameter, waarde, landelijk, onOpslaan }: Props) {
  const i = INVOER[parameter];
  const getoond = Math.round(waarde * i.schaal * 1e6) / 1e6;
  const [invoer, zetInvoer] = useState<string | number>(getoond);
  useEffect(() => zetInvoer(getoond), [getoond]);
  const afwijkend = Math.abs(waarde - landelijk) > 1e-9;
  const bewaar = () => {
    const n = typeof invoer === 'number' ? invoer : Number.NaN;
    if (!Number.isFinite(n) || n < 0 || n > i.max) return zetInvoer(getoond);
    const nieuw = n / i.schaal;
    if (Math.abs(nieuw - waarde) < 1e-9) return;
    void onOpslaan(Math.abs(nieuw - landelijk) < 1e-9 ? null : nieuw);
  };
  return (
    <Group gap={6} justify="flex-end" wrap="nowrap">
      {afwijkend && (
        <Tooltip label={`Landelijk: ${toonNormWaarde(parameter, landelijk)}`}>
          <Badge size="xs" color="grape" variant="light">
            regionaal
          </Badge>
        </Tooltip>
      )}
      <NumberInput
        aria-label={label}
        size="xs"
        w={i.breedte}
        value={invoer}
        onChange={zetInvoer}
        onBlur={bewaar}
        onKeyDown={(e) => e.key === 'Enter' && bewaar()}
        thousandSeparator="."
        decimalSeparator=","
        decimalScale={i.decimalen}
        prefix={i.prefix}
        suffix={i.suffix}
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
