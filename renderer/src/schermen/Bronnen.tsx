import { Badge, Button, Card, Group, List, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import type { ZioApi } from '../../../shared/api/contract';
import { LANDELIJK_LEERLINGEN } from '../../../shared/domain/landelijk';
import { DOELGROEP_KORT, DOELGROEP_LABEL, DOELGROEPEN } from '../../../shared/domain/labels';
import { useEffect, useState } from 'react';
import { useActie } from '../useActie';
import { Aandelen } from './bronnen/Aandelen';
import { PgbAandelen } from './bronnen/PgbAandelen';
import { RegionaleWaarde } from './bronnen/RegionaleWaarde';
import { GROEP_LABEL, normSleutel, toonNormWaarde, type NormWijziging } from '../../../shared/engine';
import { formatEuro, formatGetal, formatMiljoen, formatPct } from '../../../shared/format';
import { zio } from '../api';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { useLaden } from '../useLaden';
import { OogoKengetallen } from './bronnen/OogoKengetallen';

type Normen = Awaited<ReturnType<ZioApi['normen']>>;
type Soort = Normen['parameters'][number]['soort'];

const SOORT: Record<Soort, { label: string; kleur: string; uitleg: string }> = {
  gepubliceerd: { label: 'gepubliceerd', kleur: 'teal', uitleg: 'overgenomen uit het rapport' },
  afgeleid: { label: 'afgeleid', kleur: 'blue', uitleg: 'berekend uit de gepubliceerde cijfers' },
  aanname: { label: 'aanname', kleur: 'orange', uitleg: 'een modelkeuze die niet in het rapport staat' },
  keuze: { label: 'keuze', kleur: 'grape', uitleg: 'een rekenregel van deze app' },
};

function formatKengetal(waarde: number, eenheid: string): string {
  if (eenheid.startsWith('aandeel')) return formatPct(waarde, waarde < 0.1 ? 1 : 0);
  if (eenheid.startsWith('€')) return `${formatEuro(waarde)} ${eenheid.slice(1).trim()}`;
  if (eenheid.startsWith('score')) return formatGetal(waarde, 1);
  return `${formatGetal(waarde, Number.isInteger(waarde) ? 0 : 1)} ${eenheid}`;
}

function Parameters({ normen }: { normen: Normen }) {
  return (
    <Stack gap="sm">
      <Group gap="xs">
        {(Object.keys(SOORT) as Soort[]).map((s) => (
          <Badge key={s} color={SOORT[s].kleur} variant="light" title={SOORT[s].uitleg}>
            {SOORT[s].label}: {SOORT[s].uitleg}
          </Badge>
        ))}
      </Group>
      {normen.parameters.map((p) => (
        <Card key={`${p.parameter}:${p.naam}`} withBorder padding="sm" aria-label={p.naam}>
          <Group gap="xs" mb={4}>
            <Text fw={600}>{p.naam}</Text>
            <Badge size="sm" color={SOORT[p.soort].kleur} variant="light">
              {SOORT[p.soort].label}
            </Badge>
          </Group>
          <Text size="sm">{p.beschrijving}</Text>
          {p.bron && (
            <Text size="xs" c="dimmed" mt={4}>
              Bron: {p.bron}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}

function Kengetallen({ normen }: { normen: Normen }) {
  return (
    <Table striped aria-label="Kengetallen uit het rapport">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Kengetal</Table.Th>
          <Table.Th className="getal">Waarde</Table.Th>
          <Table.Th>Vindplaats</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {normen.kengetallen.map((k) => (
          <Table.Tr key={k.id}>
            <Table.Td>{k.omschrijving}</Table.Td>
            <Table.Td className="getal">{formatKengetal(k.waarde, k.eenheid)}</Table.Td>
            <Table.Td>{k.bron.plaats}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type Aanpassen = (a: NormWijziging) => Promise<void>;

function Tarieven({ normen, aanpassen }: { normen: Normen; aanpassen: Aanpassen | null }) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Tarief = landelijke kosten in het brede scenario (tabel 2.6) gedeeld door de landelijke formatie (tabel 2.2 per doelgroep en sector × doelgroepmix × {formatPct(normen.aandeelSo.landelijk, 0)} so / {formatPct(1 - normen.aandeelSo.landelijk, 0)} vso × {formatGetal(LANDELIJK_LEERLINGEN)} leerlingen).
        {aanpassen && ' Vul een eigen tarief in om voor deze regio met een ander bedrag te rekenen (bijvoorbeeld het tarief van uw jeugdhulpaanbieder).'}
      </Text>
      <Table striped aria-label="Tarief per professional">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Professional</Table.Th>
            <Table.Th className="getal">Landelijke fte</Table.Th>
            <Table.Th className="getal">Kosten breed</Table.Th>
            <Table.Th className="getal">Tarief per fte</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {normen.professionals.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                {p.naam}
                {p.geklemd && (
                  <Badge size="xs" variant="light" color="orange" ml={6} title="In tabel 2.6 is medium hoger dan breed; het brede bedrag wordt het medium-bedrag.">
                    medium &gt; breed
                  </Badge>
                )}
              </Table.Td>
              <Table.Td className="getal">{formatGetal(p.fteLandelijk, 0)}</Table.Td>
              <Table.Td className="getal">{formatMiljoen(p.kostenBreed, 2)}</Table.Td>
              <Table.Td className="getal">
                {aanpassen && p.tariefLandelijk > 0 ? (
                  <RegionaleWaarde label={`Tarief ${p.naam}`} parameter="tarief" waarde={p.tarief} landelijk={p.tariefLandelijk} onOpslaan={(waarde) => aanpassen({ parameter: 'tarief', professional: p.id, waarde })} />
                ) : p.tarief > 0 ? (
                  formatEuro(p.tarief)
                ) : (
                  'geen kosten'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function FtePer100({ normen, aanpassen }: { normen: Normen; aanpassen: Aanpassen | null }) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Fte voor zorg en ondersteuning per 100 leerlingen, per professional en doelgroep (tabel 2.2). Dit bepaalt de formatie en, met het tarief, de kosten van elke school. De app rekent met een afgeleide
        waarde per sector (so of vso, zie de tooltip); een eigen waarde geldt voor beide sectoren met de landelijke verhouding so : vso.
        {aanpassen && ' Pas een waarde aan als de regio een eigen norm hanteert.'}
      </Text>
      <Table striped aria-label="Fte per 100 leerlingen">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Professional</Table.Th>
            {DOELGROEPEN.map((d) => (
              <Table.Th key={d} className="getal">
                {DOELGROEP_KORT[d]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {normen.professionals.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.naam}</Table.Td>
              {DOELGROEPEN.map((d) => (
                <Table.Td key={d} className="getal" title={`so ${formatGetal(p.ftePer100Sector.so[d], 2)}, vso ${formatGetal(p.ftePer100Sector.vso[d], 2)}`}>
                  {aanpassen ? (
                    <RegionaleWaarde label={`Fte per 100 ${p.naam} ${DOELGROEP_KORT[d]}`} parameter="ftePer100" waarde={p.ftePer100[d]} landelijk={p.ftePer100Landelijk[d]} onOpslaan={(waarde) => aanpassen({ parameter: 'ftePer100', professional: p.id, doelgroep: d, waarde })} />
                  ) : (
                    formatGetal(p.ftePer100[d], 2)
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Aanpassingen({ normen, aanpassen }: { normen: Normen; aanpassen: Aanpassen }) {
  if (!normen.aanpassingen.length) {
    return (
      <Text size="sm" c="dimmed">
        Deze regio rekent met de landelijke normen. Eigen waarden vult u in onder Tarieven, Fte per 100 leerlingen of Pgb-aandeel.
      </Text>
    );
  }
  return (
    <Table striped aria-label="Regionale aanpassingen">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Waarde</Table.Th>
          <Table.Th className="getal">Landelijk</Table.Th>
          <Table.Th className="getal">Deze regio</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {normen.aanpassingen.map((a) => {
          const toon = (w: number) => toonNormWaarde(a.parameter, w);
          return (
            <Table.Tr key={a.plaats}>
              <Table.Td>{a.plaats}</Table.Td>
              <Table.Td className="getal">{toon(a.landelijk)}</Table.Td>
              <Table.Td className="getal" fw={700}>
                {toon(a.waarde)}
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" onClick={() => void aanpassen({ ...normSleutel(a), waarde: null })}>
                  Terug naar landelijk
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function Taken({ normen }: { normen: Normen }) {
  return (
    <Table striped aria-label="Taakcategorieën">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Taak</Table.Th>
          <Table.Th>Taakgroep (tabel 2.3)</Table.Th>
          <Table.Th className="getal">Landelijke kosten, breed (tabel 2.4)</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {normen.taken.map((t) => (
          <Table.Tr key={t.id}>
            <Table.Td>{t.naam}</Table.Td>
            <Table.Td>{GROEP_LABEL[t.groep]}</Table.Td>
            <Table.Td className="getal">{formatMiljoen(t.kostenBreed, 2)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Doelgroepmix({ normen }: { normen: Normen }) {
  return (
    <Table aria-label="Landelijke doelgroepmix" maw={560}>
      <Table.Tbody>
        {normen.doelgroepmix.map((d) => (
          <Table.Tr key={d.doelgroep}>
            <Table.Td>{DOELGROEP_LABEL[d.doelgroep]}</Table.Td>
            <Table.Td className="getal">{formatPct(d.aandeel, 2)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Every parameter the calculations use, with its value and where it comes from. */
export function Bronnen({ regioId }: { regioId: number | null }) {
  const [toestand] = useLaden(() => zio.normen({ regioId }), [regioId]);
  const [bijgewerkt, zetBijgewerkt] = useState<Normen | null>(null);
  const { fout, voerUit, wisFout } = useActie();
  useEffect(() => zetBijgewerkt(null), [regioId]);
  if (toestand.status === 'laden') return <Laden tekst="Normen laden…" />;
  if (toestand.status === 'fout') return <Foutmelding fout={toestand.fout} />;
  const normen = bijgewerkt ?? toestand.data;
  const aanpassen: Aanpassen | null =
    regioId === null ? null : (aanpassing) => voerUit('Opslaan…', async () => zetBijgewerkt(await zio.normAanpassen({ regioId, aanpassing })));
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Bronnen en aannames</Title>
        <Text c="dimmed">
          Elke norm waarmee de app rekent, met de plek waar hij vandaan komt. Normenset <b>{normen.id}</b>: {normen.bron.document}.
        </Text>
      </div>
      {normen.waarschuwingen.length > 0 && (
        <Card withBorder padding="sm" bg="yellow.0">
          <List size="sm">
            {normen.waarschuwingen.map((w, i) => (
              <List.Item key={i}>{w}</List.Item>
            ))}
          </List>
        </Card>
      )}
      {fout && <Foutmelding fout={fout} titel="Niet opgeslagen" />}
      {fout && (
        <Button size="xs" variant="subtle" onClick={wisFout} w="fit-content">
          Melding sluiten
        </Button>
      )}
      <Card withBorder padding={0}>
        <Tabs defaultValue="parameters" keepMounted={false}>
          <Tabs.List px="sm" pt="xs">
            <Tabs.Tab value="parameters">Parameters en rekenregels</Tabs.Tab>
            <Tabs.Tab value="kengetallen">Kengetallen</Tabs.Tab>
            <Tabs.Tab value="aandelen">Gepubliceerde aandelen</Tabs.Tab>
            <Tabs.Tab value="tarieven">Tarieven</Tabs.Tab>
            <Tabs.Tab value="fte">Fte per 100 leerlingen</Tabs.Tab>
            <Tabs.Tab value="pgb">Pgb-aandeel</Tabs.Tab>
            {aanpassen && <Tabs.Tab value="regionaal">Regionaal aangepast ({normen.aanpassingen.length})</Tabs.Tab>}
            <Tabs.Tab value="taken">Taken</Tabs.Tab>
            <Tabs.Tab value="doelgroepen">Doelgroepmix</Tabs.Tab>
            <Tabs.Tab value="tabellen">Tabellen</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="parameters" p="md">
            <Parameters normen={normen} />
          </Tabs.Panel>
          <Tabs.Panel value="kengetallen" p="md">
            <Kengetallen normen={normen} />
            <OogoKengetallen />
          </Tabs.Panel>
          <Tabs.Panel value="aandelen" p="md">
            <Aandelen normen={normen} />
          </Tabs.Panel>
          <Tabs.Panel value="tarieven" p="md">
            <Tarieven normen={normen} aanpassen={aanpassen} />
          </Tabs.Panel>
          <Tabs.Panel value="fte" p="md">
            <FtePer100 normen={normen} aanpassen={aanpassen} />
          </Tabs.Panel>
          <Tabs.Panel value="pgb" p="md">
            <PgbAandelen normen={normen} aanpassen={aanpassen} />
          </Tabs.Panel>
          {aanpassen && (
            <Tabs.Panel value="regionaal" p="md">
              <Aanpassingen normen={normen} aanpassen={aanpassen} />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="taken" p="md">
            <Taken normen={normen} />
          </Tabs.Panel>
          <Tabs.Panel value="doelgroepen" p="md">
            <Text size="sm" c="dimmed" mb="sm">
              De landelijke verdeling van leerlingen over de doelgroepen, geschat uit tabel 2.2 (kleinste kwadraten met w ≥ 0 en Σw = 1).
            </Text>
            <Doelgroepmix normen={normen} />
          </Tabs.Panel>
          <Tabs.Panel value="tabellen" p="md">
            <Stack gap="sm">
              {normen.tabellen.map((t) => (
                <Card key={t.id} withBorder padding="sm">
                  <Text fw={600}>{t.titel}</Text>
                  <Text size="sm">{t.toelichting}</Text>
                  <Text size="xs" c="dimmed" mt={4}>
                    Bron: {t.bron} · eenheid: {t.eenheid}
                  </Text>
                </Card>
              ))}
              <Text size="xs" c="dimmed">
                {normen.bron.toelichting}
              </Text>
            </Stack>
          </Tabs.Panel>
        </Tabs>
      </Card>
    </Stack>
  );
}
