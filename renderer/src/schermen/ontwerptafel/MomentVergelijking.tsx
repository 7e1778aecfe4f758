import { Badge, Grid, List, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { KADER_LABEL, KADERS, type Kader } from '../../../../shared/domain/labels';
import { ROUTE_LABEL, TAKEN, type RouteId } from '../../../../shared/engine';
import { formatGetal } from '../../../../shared/format';
import { CRITERIUM, vergelijkMomentopnamen, type BedragVerschil, type Momentopname, type RangVerschil } from '../../../../shared/ontwerptafel';
import { KADER_KLEUR } from '../../kleuren';
import { Verschil } from '../vergelijken/Bijdragen';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { Sectie } from '../vergelijken/Sectie';
import { Tabel, type TabelKolom } from '../vergelijken/Tabel';

const routeNaam = (r: RouteId | null) => (r ? ROUTE_LABEL[r] : '–');
const taakNaam = (id: string) => TAKEN.find((t) => t.id === id)?.naam ?? id;

type Bedragrij = BedragVerschil & { id: string; naam: string; vet?: boolean; kader?: Kader };

function bedragKolommen(a: string, b: string, eerste: string): TabelKolom<Bedragrij>[] {
  return [
    {
      kop: eerste,
      soort: 'tekst',
      waarde: (r) => r.naam,
      toon: (r) =>
        r.vet ? (
          <strong>{r.naam}</strong>
        ) : r.kader ? (
          <span className="geen-afbreking" style={{ paddingLeft: 16 }}>
            <Kleurblok kleur={KADER_KLEUR[r.kader]} />
            {r.naam}
          </span>
        ) : (
          r.naam
        ),
    },
    { kop: a, soort: 'euro', waarde: (r) => r.a },
    { kop: b, soort: 'euro', waarde: (r) => r.b },
    { kop: 'Verschil', soort: 'euro', teken: true, waarde: (r) => r.verschil, toon: (r) => <Verschil bedrag={r.verschil} /> },
  ];
}

function rangKolommen(a: string, b: string): TabelKolom<RangVerschil>[] {
  return [
    { kop: 'Groep', soort: 'tekst', waarde: (r) => r.naam, toon: (r) => (r.groep === null ? <strong>Alle groepen samen</strong> : r.naam) },
    { kop: `Bovenaan in ${a}`, soort: 'tekst', waarde: (r) => routeNaam(r.winnaarA) },
    { kop: `Bovenaan in ${b}`, soort: 'tekst', waarde: (r) => routeNaam(r.winnaarB) },
    {
      kop: 'Veranderd',
      soort: 'tekst',
      waarde: (r) => (r.gewijzigd ? 'ja' : 'nee'),
      toon: (r) =>
        r.gewijzigd ? (
          <Badge color="orange" variant="filled" h="auto" py={2} style={{ textTransform: 'none' }} styles={{ label: { overflow: 'visible', whiteSpace: 'normal' } }}>
            andere winnaar
          </Badge>
        ) : (
          <Text span size="sm" c="dimmed">
            zelfde
          </Text>
        ),
    },
  ];
}

/** Two momentopnamen side by side: who is on top per group, the pot, the contributions, and what the table changed. */
export function MomentVergelijking({ a, b }: { a: Momentopname; b: Momentopname }) {
  const v = useMemo(() => vergelijkMomentopnamen(a, b), [a, b]);
  const pot: Bedragrij[] = [
    { id: 'pot', naam: 'Pot', vet: true, ...v.pot },
    ...KADERS.filter((k) => v.pot.perKader[k].a || v.pot.perKader[k].b).map((k) => ({ id: k, naam: KADER_LABEL[k], kader: k, ...v.pot.perKader[k] })),
    { id: 'niet', naam: 'Niet in de pot', ...v.nietInPot },
  ];
  const bijdragen: Bedragrij[] = v.bijdragen.filter((x) => x.a || x.b).map((x) => ({ id: x.partij, ...x }));
  const groepNaam = (id: string) => [...a.groepen, ...b.groepen].find((g) => g.id === id)?.naam ?? id;
  return (
    <Stack gap="md" aria-label="Vergelijking van de momentopnamen">
      <Sectie titel="Wie staat bovenaan?" omschrijving={`Per groep en in totaal de route bovenaan in "${v.a}" en in "${v.b}".`}>
        <Tabel label="Rangorde per groep in de twee momentopnamen" kolommen={rangKolommen(v.a, v.b)} rijen={v.rangorde} sleutel={(r) => r.groep ?? 'totaal'} />
      </Sectie>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Sectie titel="De pot" omschrijving="Pot naar kader en wat er buiten de pot blijft; verschil: tweede min eerste.">
            <Tabel label="Pot in de twee momentopnamen" kolommen={bedragKolommen(v.a, v.b, 'Kerncijfer')} rijen={pot} sleutel={(r) => r.id} />
          </Sectie>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Sectie titel="Wat de tafel veranderde">
            <Stack gap="xs">
              <Text size="sm" fw={700}>
                Scope
              </Text>
              {v.scope.erbij.length || v.scope.eraf.length ? (
                <List size="sm" spacing={2}>
                  {v.scope.erbij.length > 0 && <List.Item>Erbij: {v.scope.erbij.map(taakNaam).join(', ')}</List.Item>}
                  {v.scope.eraf.length > 0 && <List.Item>Eraf: {v.scope.eraf.map(taakNaam).join(', ')}</List.Item>}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  Dezelfde taken.
                </Text>
              )}
              <Text size="sm" fw={700}>
                Gewichten ({formatGetal(v.gewichten.length)})
              </Text>
              {v.gewichten.length ? (
                <List size="sm" spacing={2} aria-label="Gewijzigde gewichten">
                  {v.gewichten.map((g) => (
                    <List.Item key={`${g.groep}-${g.criterium}`}>
                      {groepNaam(g.groep)} · {CRITERIUM[g.criterium].naam}: {g.a === null ? '–' : formatGetal(g.a)} → {g.b === null ? '–' : formatGetal(g.b)}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  Dezelfde gewichten.
                </Text>
              )}
              <Text size="sm" fw={700}>
                Scores ({formatGetal(v.scores.length)})
              </Text>
              {v.scores.length ? (
                <List size="sm" spacing={2}>
                  {v.scores.map((s) => (
                    <List.Item key={`${s.route}-${s.criterium}`}>
                      {ROUTE_LABEL[s.route]} · {CRITERIUM[s.criterium].naam}: {formatGetal(s.a)} → {formatGetal(s.b)}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  Dezelfde scores.
                </Text>
              )}
            </Stack>
          </Sectie>
        </Grid.Col>
      </Grid>
      <Sectie titel="Bijdrage aan de pot per financier" omschrijving="Wat elke financier in de pot brengt (zonder uitvoeringskosten); + betaalt meer in de tweede momentopname, − minder.">
        <Tabel label="Bijdragen in de twee momentopnamen" kolommen={bedragKolommen(v.a, v.b, 'Financier')} rijen={bijdragen} sleutel={(r) => r.id} />
      </Sectie>
    </Stack>
  );
}
