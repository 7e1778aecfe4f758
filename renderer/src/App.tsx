import { Alert, AppShell, Badge, Group, NavLink, Select, Stack, Text, Title } from '@mantine/core';
import { startTransition, Suspense, useCallback, useEffect, useState } from 'react';
import type { RegioSamenvatting } from '../../shared/api/contract';
import type { Scherm } from '../../shared/api/operaties';
import { opGebeurtenis, zio } from './api';
import { Foutmelding, Laden } from './onderdelen/Toestand';
import { GeenRegio } from './schermen/GeenRegio';
import { Bronnen, haalSchermenInRust, Oogo, Ontwerptafel, Overzicht, RegioScherm, SCHERM_CODE, Vergelijken } from './schermen/lui';
import { NieuweRegioKnop } from './schermen/regio/NieuweRegio';
import { RegioBestanden } from './onderdelen/RegioBestanden';
import { useLaden } from './useLaden';

const SCHERMEN: Array<{ id: Scherm; label: string; omschrijving: string }> = [
  { id: 'overzicht', label: 'Overzicht', omschrijving: 'Leerlingen en scholen in één oogopslag' },
  { id: 'regio', label: 'Regio', omschrijving: 'Gemeenten, samenwerkingsverbanden en scholen' },
  { id: 'vergelijken', label: 'Vergelijken', omschrijving: 'Routes en varianten naast elkaar' },
  { id: 'oogo', label: 'OOGO-rapport', omschrijving: 'Per samenwerkingsverband, voor het overleg' },
  { id: 'ontwerptafel', label: 'Ontwerptafel', omschrijving: 'Samen kiezen: scope, route en weging' },
  { id: 'bronnen', label: 'Bronnen en aannames', omschrijving: 'Elke norm met zijn herkomst' },
];

const INHOUD_ID = 'inhoud';

/** The first stop of the Tab key: past the header and the navigation, straight to the screen. */
function NaarInhoud() {
  return (
    <a
      href={`#${INHOUD_ID}`}
      className="naar-inhoud"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(INHOUD_ID)?.focus();
      }}
    >
      Naar inhoud
    </a>
  );
}

export function App() {
  const [scherm, zetScherm] = useState<Scherm>('overzicht');
  const [project, herlaadProject] = useLaden(() => zio.projectInfo({}), []);
  const [regioId, zetRegioId] = useState<number | null>(null);
  // The regio list refreshed quietly after edits (names) and after adding or removing a regio.
  const [verversteRegios, zetVerversteRegios] = useState<RegioSamenvatting[] | null>(null);
  const ververs = useCallback(() => zio.projectInfo({}).then((p) => zetVerversteRegios(p.regios)), []);
  // A message after an import; the key remounts the screens so they show the imported data.
  const [melding, zetMelding] = useState<string | null>(null);
  const [versie, zetVersie] = useState(0);
  const [exportVerzoek, zetExportVerzoek] = useState(0);
  const naImport = (id: number, tekst: string) =>
    void ververs().then(() => {
      zetRegioId(id);
      zetVersie((v) => v + 1);
      zetMelding(tekst);
    });
  const naNieuweRegio = (id: number) =>
    void ververs().then(() => {
      zetRegioId(id);
      zetScherm('regio');
    });

  useEffect(() => haalSchermenInRust(), []);
  useEffect(
    () =>
      opGebeurtenis((g) => {
        if (g.soort === 'project-gewijzigd') {
          zetRegioId(null);
          zetVerversteRegios(null);
          herlaadProject();
        } else if (g.soort === 'exporteren-naar-excel') zetExportVerzoek((n) => n + 1);
        else if (SCHERMEN.some((s) => s.id === g.scherm)) zetScherm(g.scherm);
      }),
    [herlaadProject],
  );

  const regios = project.status === 'klaar' ? (verversteRegios ?? project.data.regios) : [];
  const actieveRegio = regios.find((r) => r.id === regioId) ?? regios[0] ?? null;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 0 }} padding="lg">
      <NaarInhoud />
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h3" c="teal.9">
              ZiO Collectieve Pot
            </Title>
            {project.status === 'klaar' && (
              <Badge variant="light" color="gray" size="lg" title={project.data.pad}>
                Project: {project.data.naam}
              </Badge>
            )}
            {project.status === 'klaar' && project.data.alleenLezen && (
              <Badge variant="light" color="orange" size="lg" title={project.data.alleenLezen}>
                Alleen lezen
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {regios.length > 1 && (
              <Select
                aria-label="Regio"
                data={regios.map((r) => ({ value: String(r.id), label: r.naam }))}
                value={actieveRegio ? String(actieveRegio.id) : null}
                onChange={(v) => v && startTransition(() => zetRegioId(Number(v)))}
                allowDeselect={false}
                w={280}
              />
            )}
            {project.status === 'klaar' && <RegioBestanden regioId={actieveRegio?.id ?? null} naImport={naImport} exportVerzoek={exportVerzoek} />}
            {project.status === 'klaar' && <NieuweRegioKnop onAangemaakt={naNieuweRegio} />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Schermen">
        <Stack gap={4}>
          {SCHERMEN.map((s) => (
            <NavLink
              key={s.id}
              component="button"
              label={s.label}
              description={s.omschrijving}
              active={scherm === s.id}
              onClick={() => zetScherm(s.id)}
              // A screen's code is fetched when the pointer or the focus comes to its menu item: by
              // the click it is usually in, and the screen renders at once (see schermen/lui.ts).
              onPointerEnter={() => void SCHERM_CODE[s.id]?.haal()}
              onFocus={() => void SCHERM_CODE[s.id]?.haal()}
              aria-current={scherm === s.id ? 'page' : undefined}
              variant="light"
            />
          ))}
        </Stack>
        {actieveRegio && (
          <Text size="xs" c="dimmed" mt="auto" p="xs">
            Regio: {actieveRegio.naam}
          </Text>
        )}
      </AppShell.Navbar>
      <AppShell.Main key={versie} id={INHOUD_ID} tabIndex={-1}>
        {melding && (
          <Alert color="teal" withCloseButton onClose={() => zetMelding(null)} mb="md" role="status" title="Gelukt">
            {melding}
          </Alert>
        )}
        {project.status === 'laden' && <Laden tekst="Project openen…" />}
        {project.status === 'fout' && <Foutmelding fout={project.fout} />}
        {project.status === 'klaar' && !actieveRegio && scherm !== 'bronnen' && (
          <Stack align="center">
            <GeenRegio projectNaam={project.data.naam} />
            <NieuweRegioKnop variant="filled" onAangemaakt={naNieuweRegio} />
          </Stack>
        )}
        <Suspense fallback={<Laden tekst="Scherm laden…" />}>
          {project.status === 'klaar' && actieveRegio && scherm === 'overzicht' && <Overzicht regioId={actieveRegio.id} />}
          {project.status === 'klaar' && actieveRegio && scherm === 'regio' && (
            <RegioScherm
              regioId={actieveRegio.id}
              onGewijzigd={() => void ververs()}
              onVerwijderd={() => void ververs().then(() => zetRegioId(null))}
            />
          )}
          {project.status === 'klaar' && actieveRegio && scherm === 'vergelijken' && <Vergelijken regioId={actieveRegio.id} />}
          {project.status === 'klaar' && actieveRegio && scherm === 'oogo' && <Oogo regioId={actieveRegio.id} />}
          {project.status === 'klaar' && actieveRegio && scherm === 'ontwerptafel' && <Ontwerptafel regioId={actieveRegio.id} />}
          {scherm === 'bronnen' && <Bronnen regioId={actieveRegio?.id ?? null} />}
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
