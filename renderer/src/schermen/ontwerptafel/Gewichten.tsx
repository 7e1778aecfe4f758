import { Badge, Button, Group, Slider, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { formatGetal } from '../../../../shared/format';
import { CRITERIA, GEWICHT_MAX, GEWICHT_MIN, gewichtVan, type Criterium, type CriteriumId, type Ontwerpsessie } from '../../../../shared/ontwerptafel';
import { Sectie } from '../vergelijken/Sectie';
import { Uitleg } from '../vergelijken/UitlegLaag';
import { metGewicht, zonderGewichten } from './sessieBewerken';

const MARKERINGEN = [0, 5, 10].map((value) => ({ value }));

export function criteriumUitleg(c: Criterium) {
  return {
    titel: c.naam,
    regels: c.soort === 'meetbaar' ? [c.uitleg, `Kengetal: ${c.kengetal}. De rekenkern levert het per route; lager is beter.`, ...(c.vasteScore ? [c.vasteScore.regel] : [])] : [c.uitleg],
    bron: c.soort === 'meetbaar' ? c.bron : `DSP-groep & Oberon (2022), ${c.bron}`,
  };
}

/** The name of a criterion, explained on hover and focus, with "meetbaar" for engine criteria. */
export function CriteriumNaam({ c }: { c: Criterium }) {
  return (
    <>
      <Uitleg uitleg={criteriumUitleg(c)}>{c.naam}</Uitleg>
      {c.soort === 'meetbaar' && (
        <Badge size="xs" variant="outline" color="gray" ml={6} style={{ textTransform: 'none' }}>
          meetbaar
        </Badge>
      )}
    </>
  );
}

function GewichtRegel({ groepNaam, c, waarde, zet }: { groepNaam: string; c: Criterium; waarde: number; zet: (w: number) => void }) {
  return (
    <div className="gewicht-regel">
      <Text size="sm" className="gewicht-naam">
        <CriteriumNaam c={c} />
      </Text>
      <Slider
        min={GEWICHT_MIN}
        max={GEWICHT_MAX}
        step={1}
        marks={MARKERINGEN}
        value={waarde}
        onChange={zet}
        thumbLabel={`Gewicht van ${c.naam} voor ${groepNaam}`}
        label={(w) => formatGetal(w)}
        color={waarde === 0 ? 'gray' : 'teal'}
      />
      <Text size="lg" fw={700} className="getal gewicht-waarde" aria-hidden>
        {formatGetal(waarde)}
      </Text>
    </div>
  );
}

/**
 * The weights of the stakeholder groups, entered live: pick a group, then how heavily each
 * criterion counts for it (0 does not count, 10 counts most; only the proportions matter).
 */
export function Gewichten({ sessie, wijzig }: { sessie: Ontwerpsessie; wijzig: (f: (s: Ontwerpsessie) => Ontwerpsessie) => void }) {
  const [gekozen, zetGekozen] = useState(sessie.groepen[0]?.id ?? '');
  const groep = sessie.groepen.find((g) => g.id === gekozen) ?? sessie.groepen[0];
  const eigen = (id: string) => Object.keys(sessie.gewichten[id] ?? {}).length > 0;
  const zet = (c: CriteriumId) => (w: number) => wijzig((s) => metGewicht(s, groep.id, c, w));
  return (
    <Sectie
      titel="Gewichten per groep"
      omschrijving="Kies de groep die aan het woord is en zet per criterium hoe zwaar het voor haar weegt: 0 telt niet mee, 10 weegt het zwaarst. Alleen de verhouding telt; alles op 5 is evenveel als alles op 10."
    >
      <Stack gap="sm">
        <Tabs value={groep.id} onChange={(g) => g && zetGekozen(g)} variant="pills" keepMounted={false}>
          <Tabs.List aria-label="Groep aan het woord">
            {sessie.groepen.map((g) => (
              <Tabs.Tab key={g.id} value={g.id} rightSection={
                  eigen(g.id) ? (
                    <>
                      <span className="gewogen-stip" aria-hidden />
                      <span className="visueel-verborgen">(eigen gewichten)</span>
                    </>
                  ) : undefined
                }>
                {g.naam}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        <div className="gewichten-lijst" role="group" aria-label={`Gewichten van ${groep.naam}`}>
          {CRITERIA.map((c) => (
            <GewichtRegel key={c.id} groepNaam={groep.naam} c={c} waarde={gewichtVan(sessie.gewichten, groep.id, c.id)} zet={zet(c.id)} />
          ))}
        </div>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Een groep die alles op 0 zet heeft geen voorkeur en telt niet mee in het totaal.
          </Text>
          <Button size="xs" variant="subtle" disabled={!eigen(groep.id)} onClick={() => wijzig((s) => zonderGewichten(s, groep.id))}>
            {groep.naam}: alles terug naar 5
          </Button>
        </Group>
      </Stack>
    </Sectie>
  );
}
