import { SegmentedControl } from '@mantine/core';
import { ROUTE_LABEL, ROUTES, type RouteId } from '../../../../shared/engine';
import { ROUTE_KLEUR } from '../../kleuren';
import { Kleurblok } from '../../onderdelen/Kleurblok';

/** A choice of route, each with its colour; `zonderHuidig` leaves today's situation out. */
export function RouteKeuze({ waarde, onChange, zonderHuidig = false, label = 'Route' }: { waarde: RouteId; onChange: (r: RouteId) => void; zonderHuidig?: boolean; label?: string }) {
  const routes = ROUTES.filter((r) => !zonderHuidig || r !== 'huidig');
  return (
    <SegmentedControl
      aria-label={label}
      value={waarde}
      onChange={(v) => onChange(v as RouteId)}
      data={routes.map((r) => ({
        value: r,
        label: (
          <span className="geen-afbreking">
            <Kleurblok kleur={ROUTE_KLEUR[r]} />
            {ROUTE_LABEL[r]}
          </span>
        ),
      }))}
    />
  );
}
