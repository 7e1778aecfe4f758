import { Group, Stack, Text } from '@mantine/core';
import { KADER_LABEL, KADERS } from '../../../../../shared/domain/labels';
import { SCOPE_LABEL } from '../../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../../shared/engine/evaluatie-weergave';
import { formatEuro, formatGetal } from '../../../../../shared/format';
import { KADER_KLEUR } from '../../../kleuren';
import { Kleurblok } from '../../../onderdelen/Kleurblok';

/** The pot in one big number, then per kader (law) with its part as a bar. */
export function PotDia({ ev }: { ev: EvaluatieWeergave }) {
  const kaders = KADERS.filter((k) => ev.pot.perKader[k] > 0);
  const scope = ev.behoefte.scope;
  return (
    <Stack gap="lg" className="pot-dia">
      <div>
        <Text className="dia-groot-getal" aria-label="De pot">
          {formatEuro(ev.pot.totaal)}
        </Text>
        <Text className="dia-onderschrift">
          per jaar in de pot, voor {formatGetal(ev.behoefte.leerlingen)} leerlingen · scope {SCOPE_LABEL[scope.naam].toLowerCase()} ({formatGetal(scope.taken.length)} taken)
        </Text>
      </div>
      <ul className="kader-lijst" aria-label="Pot per kader">
        {kaders.map((k) => (
          <li key={k}>
            <span className="kader-naam">
              <Kleurblok kleur={KADER_KLEUR[k]} />
              {KADER_LABEL[k]}
            </span>
            <span className="kader-balk" aria-hidden>
              <span style={{ width: `${(ev.pot.perKader[k] / ev.pot.totaal) * 100}%`, background: KADER_KLEUR[k] }} />
            </span>
            <span className="getal">{formatEuro(ev.pot.perKader[k])}</span>
          </li>
        ))}
      </ul>
      <Group gap="xl">
        <Text className="dia-onderschrift">
          Buiten de pot, individueel zoals nu: <strong>{formatEuro(ev.nietInPot.totaal)}</strong>
        </Text>
      </Group>
    </Stack>
  );
}
