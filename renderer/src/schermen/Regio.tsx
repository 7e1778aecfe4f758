import { Button, Card, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatGetal, formatPct } from '../../../shared/format';
import { zio } from '../api';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { Aandachtspunten, type RegioTab } from './regio/Aandachtspunten';
import { BeheerdeTabel } from './regio/BeheerdeTabel';
import { FoutBericht } from './regio/FoutBericht';
import { HistorieKnoppen, useHistorieToetsen } from './regio/Historie';
import { Inventarisatie } from './regio/Inventarisatie';
import { TlvInvoer } from './regio/TlvInvoer';
import { LeerlingenMatrix } from './regio/LeerlingenMatrix';
import { RijFormulier } from './regio/RijFormulier';
import { RijActies } from './regio/RijTabel';
import { MetSchoolKeuze } from './regio/SchoolKeuze';
import { GEMEENTEN, REALISATIE, regioContext, regioWijziging, REGIO_VELDEN, SAMENWERKINGSVERBANDEN, SCHOLEN, valideerRegioVelden, ZORGVERZEKERAARS } from './regio/tabellen';
import { Prijspeil } from './regio/Prijspeil';
import { useRegioStand } from './regio/useRegioStand';
import { VerwijderBevestiging } from './regio/VerwijderBevestiging';

export interface RegioSchermProps {
  regioId: number;
  /** After every saved edit, undo or redo (e.g. to refresh the regio names in the header). */
  onGewijzigd?: () => void;
  /** After the regio itself was removed from the project. */
  onVerwijderd?: () => void;
}

/** The regio and everything in it, editable: each change is saved at once and can be undone. */
export function RegioScherm({ regioId, onGewijzigd, onVerwijderd }: RegioSchermProps) {
  const [toestand, bewerking] = useRegioStand(regioId, onGewijzigd);
  const stand = toestand.status === 'klaar' ? toestand.data : null;
  useHistorieToetsen(stand, bewerking);
  const [tab, zetTab] = useState<RegioTab>('gemeenten');
  const [school, zetSchool] = useState<string | null>(null);
  const [regioFormulier, zetRegioFormulier] = useState(false);
  const [regioWeg, zetRegioWeg] = useState(false);
  const ctx = useMemo(() => stand && regioContext(stand.regio), [stand]);

  if (toestand.status === 'laden') return <Laden tekst="Regio laden…" />;
  if (toestand.status === 'fout') return <Foutmelding fout={toestand.fout} />;
  if (!stand || !ctx) return null;
  const { regio } = stand;
  const { bewerk } = bewerking;
  const somAandelen = regio.zorgverzekeraars.reduce((s, z) => s + z.marktaandeel, 0);
  const leerlingen = regio.leerlingen.reduce((s, l) => s + l.aantal, 0);

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Regio {regio.regio.naam}</Title>
        <Text c="dimmed">De partijen in de regio en de (v)so-leerlingen die bij hen horen. Elke wijziging wordt meteen opgeslagen.</Text>
        <Group justify="space-between" mt={6} wrap="nowrap">
          <Group gap={4} wrap="nowrap">
            <Button size="compact-sm" variant="subtle" onClick={() => zetRegioFormulier(true)}>
              Naam en zorgkantoor wijzigen
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => zetRegioWeg(true)}>
              Regio verwijderen
            </Button>
          </Group>
          <HistorieKnoppen stand={stand} bewerking={bewerking} />
        </Group>
      </div>
      {bewerking.fout && <FoutBericht fout={bewerking.fout} onSluiten={bewerking.wisFout} />}
      <Aandachtspunten stand={stand} naarTab={zetTab} />
      <Card withBorder padding={0}>
        <Tabs value={tab} onChange={(t) => t && zetTab(t as RegioTab)} keepMounted={false} classNames={{ tab: 'regio-tab' }}>
          <Tabs.List px="sm" pt="xs">
            <Tabs.Tab value="gemeenten">Gemeenten ({formatGetal(regio.gemeenten.length)})</Tabs.Tab>
            <Tabs.Tab value="swv">Samenwerkingsverbanden ({formatGetal(regio.samenwerkingsverbanden.length)})</Tabs.Tab>
            <Tabs.Tab value="scholen">Scholen ({formatGetal(regio.scholen.length)})</Tabs.Tab>
            <Tabs.Tab value="financiers">Zorgkantoor en verzekeraars</Tabs.Tab>
            <Tabs.Tab value="leerlingen">Leerlingen</Tabs.Tab>
            <Tabs.Tab value="inventarisatie">Inventarisatie</Tabs.Tab>
            <Tabs.Tab value="tlv">TLV’s</Tabs.Tab>
            <Tabs.Tab value="realisatie">Realisatie en prijspeil ({formatGetal(regio.realisatie?.length ?? 0)})</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="gemeenten" p="sm">
            <BeheerdeTabel def={GEMEENTEN} ctx={ctx} bewerk={bewerk} toelichting="Waar de leerlingen wonen; gemeenten buiten de regio staan er ook in." />
          </Tabs.Panel>
          <Tabs.Panel value="swv" p="sm">
            <BeheerdeTabel def={SAMENWERKINGSVERBANDEN} ctx={ctx} bewerk={bewerk} toelichting="Samenwerkingsverbanden passend onderwijs, po en vo." />
          </Tabs.Panel>
          <Tabs.Panel value="scholen" p="sm">
            <BeheerdeTabel def={SCHOLEN} ctx={ctx} bewerk={bewerk} toelichting={`(V)so-scholen met samen ${formatGetal(leerlingen)} leerlingen.`} />
          </Tabs.Panel>
          <Tabs.Panel value="financiers" p="sm">
            <BeheerdeTabel
              def={ZORGVERZEKERAARS}
              ctx={ctx}
              bewerk={bewerk}
              toelichting="Het zorgkantoor betaalt de Wlz-zorg, de zorgverzekeraars naar marktaandeel de Zvw-zorg."
              boven={
                <Table.Tr>
                  <Table.Td>{regio.zorgkantoor.naam}</Table.Td>
                  <Table.Td>Wlz</Table.Td>
                  <Table.Td className="getal">–</Table.Td>
                  <Table.Td className="acties">
                    <RijActies naam={regio.zorgkantoor.naam} onBewerken={() => zetRegioFormulier(true)} />
                  </Table.Td>
                </Table.Tr>
              }
              onder={
                regio.zorgverzekeraars.length > 0 && (
                  <Table.Tr className="rooster-totaal">
                    <Table.Td>Totaal zorgverzekeraars</Table.Td>
                    <Table.Td>Zvw</Table.Td>
                    <Table.Td className="getal" c={Math.abs(somAandelen - 1) > 1e-6 ? 'orange.9' : undefined}>
                      {formatPct(somAandelen)}
                    </Table.Td>
                    <Table.Td />
                  </Table.Tr>
                )
              }
            />
          </Tabs.Panel>
          <Tabs.Panel value="leerlingen" p="sm">
            <MetSchoolKeuze ctx={ctx} gekozen={school} kies={zetSchool} naarScholen={() => zetTab('scholen')}>
              {(s) => <LeerlingenMatrix key={s.code} regio={regio} school={s} bewerk={bewerk} />}
            </MetSchoolKeuze>
          </Tabs.Panel>
          <Tabs.Panel value="inventarisatie" p="sm">
            <MetSchoolKeuze ctx={ctx} gekozen={school} kies={zetSchool} naarScholen={() => zetTab('scholen')}>
              {(s) => <Inventarisatie key={s.code} regioId={regioId} regio={regio} school={s} bewerk={bewerk} />}
            </MetSchoolKeuze>
          </Tabs.Panel>
          <Tabs.Panel value="tlv" p="sm">
            <MetSchoolKeuze ctx={ctx} gekozen={school} kies={zetSchool} naarScholen={() => zetTab('scholen')}>
              {(s) => <TlvInvoer key={s.code} regio={regio} school={s} bewerk={bewerk} />}
            </MetSchoolKeuze>
          </Tabs.Panel>
          <Tabs.Panel value="realisatie" p="sm">
            <Stack gap="lg">
              <BeheerdeTabel
                def={REALISATIE}
                ctx={ctx}
                bewerk={bewerk}
                toelichting="Wat financiers werkelijk uitgaven aan zorg in schooltijd (alle taken). Zonder school: het totaal van de financier voor dat kader."
              />
              <Prijspeil regio={regio} bewerk={bewerk} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      </Card>
      {regioFormulier && (
        <RijFormulier
          titel="Naam en zorgkantoor wijzigen"
          velden={REGIO_VELDEN}
          begin={{ naam: regio.regio.naam, zorgkantoor: regio.zorgkantoor.naam }}
          valideer={valideerRegioVelden}
          opslaan={(w) => bewerk([regioWijziging(w)])}
          onSluiten={() => zetRegioFormulier(false)}
        />
      )}
      {regioWeg && (
        <VerwijderBevestiging
          titel="Regio verwijderen"
          wat={`Regio ${regio.regio.naam} met ${formatGetal(regio.gemeenten.length)} gemeenten, ${formatGetal(regio.scholen.length)} scholen en ${formatGetal(leerlingen)} leerlingen`}
          omkeerbaar={false}
          verwijder={async () => {
            await zio.regioVerwijderen({ regioId });
            onVerwijderd?.();
          }}
          onSluiten={() => zetRegioWeg(false)}
        />
      )}
    </Stack>
  );
}
