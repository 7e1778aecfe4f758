import { Badge, Grid, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { BehoefteSchool } from '../../../shared/engine/behoefte';
import type { BehoefteSchoolRegel, BehoefteWeergave } from '../../../shared/engine/behoefte-weergave';
import { zio } from '../api';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { useLaden } from '../useLaden';
import { DOELGROEP_KORT, DOELGROEPEN, KADER_LABEL, KADERS } from '../../../shared/domain/labels';
import { PROFESSIONALS, SCOPE_LABEL, type ScopePreset } from '../../../shared/engine';
import { behoefteKengetallen } from '../../../shared/engine/kaders';
import { formatEuro, formatGetal } from '../../../shared/format';
import { KADER_KLEUR } from '../kleuren';
import { MetUitleg } from '../onderdelen/Uitleg';
import { Kleurblok } from '../onderdelen/Kleurblok';
import { GroteTabel, type GroteTabelKolom } from '../onderdelen/grote-tabel/GroteTabel';

type School = BehoefteSchoolRegel;

const NAAM = new Map(PROFESSIONALS.map((p) => [p.id, p.naam]));
const MIN_FTE = 0.005;

function uitlegFte(s: School, scope: ScopePreset) {
  return {
    titel: `Formatie ${s.naam}: ${formatGetal(s.fteTotaal, 1)} fte`,
    regels: [
      `Per professional: Σ over de leerlingen van de school van fte per 100 leerlingen van hun doelgroep en sector (tabel 2.2) / 100 × het aandeel van de taken in scope ${SCOPE_LABEL[scope].toLowerCase()}.`,
      `Leerlingen: ${DOELGROEPEN.filter((d) => s.leerlingenPerDoelgroep[d] > 0)
        .map((d) => `${DOELGROEP_KORT[d]} ${formatGetal(s.leerlingenPerDoelgroep[d])}`)
        .join(', ')}.`,
      `Sector: so ${formatGetal(s.leerlingenPerSector.so, 1)}, vso ${formatGetal(s.leerlingenPerSector.vso, 1)} leerlingen.`,
      ...(s.sectorGeschat ? ['Sector geschat: de school heeft so en vso en de leerlingen zijn niet per sector opgegeven; ze zijn verdeeld met het aandeel so van de school (zonder opgave landelijk 42%).'] : []),
      ...(s.inventarisatie ? ['Deze school heeft een eigen inventarisatie: voor de gemeten professionals telt de gemeten fte.'] : []),
    ],
    bron: 'DSP-groep & Oberon (2022), tabel 2.2; taakaandelen afgeleid uit tabellen 2.4 en 2.6',
  };
}

type Regel = [id: string, fte: number];

const PROFESSIONAL_KOLOMMEN: GroteTabelKolom<Regel>[] = [
  { id: 'professional', kop: 'Professional', kopTekst: 'Professional', zoekbaar: true, waarde: ([id]) => NAAM.get(id) ?? id, cel: ([id]) => NAAM.get(id) ?? id },
  { id: 'fte', kop: 'Fte', kopTekst: 'Fte', getal: true, breedte: 96, som: true, aflopendEerst: true, opmaak: (n) => formatGetal(n, 2), waarde: ([, fte]) => fte, cel: ([, fte]) => formatGetal(fte, 2) },
];

/** The opened school's detail, asked for when it is opened: the need of the regio carries one line per school. */
function SchoolDetail({ regioId, scope, school }: { regioId: number; scope: ScopePreset; school: string }) {
  const [detail] = useLaden(() => zio.behoefteSchool({ regioId, scope, school }), [regioId, scope, school]);
  if (detail.status === 'laden') return <Laden tekst="Formatie van de school ophalen…" />;
  if (detail.status === 'fout') return <Foutmelding fout={detail.fout} />;
  return <Detail school={detail.data} />;
}

function Detail({ school }: { school: BehoefteSchool }) {
  const regels = useMemo(
    () =>
      Object.entries(school.fte)
        .filter(([, fte]) => fte >= MIN_FTE)
        .sort((a, b) => b[1] - a[1]),
    [school],
  );
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Title order={4} size="h5" mb={4}>
          Formatie per professional
        </Title>
        <GroteTabel
          label={`Formatie per professional, ${school.naam}`}
          kolommen={PROFESSIONAL_KOLOMMEN}
          rijen={regels}
          sleutel={([id]) => id}
          meervoud="professionals"
          zoekTekst="Zoek professional…"
          hoogte={400}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Title order={4} size="h5" mb={4}>
          Kosten per kader
        </Title>
        <Table aria-label={`Kosten per kader, ${school.naam}`}>
          <Table.Tbody>
            {KADERS.map((k) => (
              <Table.Tr key={k}>
                <Table.Td>
                  <Kleurblok kleur={KADER_KLEUR[k]} />
                  {KADER_LABEL[k]}
                </Table.Td>
                <Table.Td className="getal">{formatEuro(school.perKader[k])}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>Totaal</Table.Td>
              <Table.Td className="getal">{formatEuro(school.totaal)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          Leerlingen uit {formatGetal(school.perWoongemeente.length)} gemeenten.
        </Text>
      </Grid.Col>
    </Grid>
  );
}

function schoolKolommen(scope: ScopePreset): GroteTabelKolom<School>[] {
  return [
    {
      id: 'school',
      kop: 'School',
      kopTekst: 'School',
      zoekbaar: true,
      waarde: (s) => s.naam,
      cel: (s) => (
        <>
          {s.naam}
          {s.inventarisatie && (
            <Badge size="xs" variant="light" color="grape" ml={6}>
              eigen inventarisatie
            </Badge>
          )}
          {s.sectorGeschat && (
            <Badge size="xs" variant="light" color="orange" ml={6} title="Leerlingen niet per sector opgegeven: verdeeld over so en vso met het aandeel so van de school.">
              sector geschat
            </Badge>
          )}
        </>
      ),
    },
    { id: 'leerlingen', kop: 'Leerlingen', kopTekst: 'Leerlingen', getal: true, breedte: 104, som: true, aflopendEerst: true, waarde: (s) => s.leerlingen, cel: (s) => formatGetal(s.leerlingen) },
    {
      id: 'fte',
      kop: 'Formatie (fte)',
      kopTekst: 'Formatie (fte)',
      getal: true,
      breedte: 112,
      som: true,
      aflopendEerst: true,
      opmaak: (n) => formatGetal(n, 1),
      waarde: (s) => s.fteTotaal,
      cel: (s) => <MetUitleg uitleg={uitlegFte(s, scope)}>{formatGetal(s.fteTotaal, 1)}</MetUitleg>,
    },
    { id: 'zorg', kop: 'Zorgkaders', kopTekst: 'Zorgkaders', getal: true, breedte: 150, som: true, aflopendEerst: true, opmaak: formatEuro, waarde: (s) => behoefteKengetallen(s).zorgkaders, cel: (s) => formatEuro(behoefteKengetallen(s).zorgkaders) },
    { id: 'totaal', kop: 'Totaal', kopTekst: 'Totaal', getal: true, breedte: 150, som: true, aflopendEerst: true, opmaak: formatEuro, waarde: (s) => s.totaal, cel: (s) => formatEuro(s.totaal) },
  ];
}

export function SchoolFormatie({ regioId, behoefte, scope }: { regioId: number; behoefte: BehoefteWeergave; scope: ScopePreset }) {
  const [gekozen, kies] = useState<string | null>(behoefte.perSchool[0]?.school ?? null);
  const kolommen = useMemo(() => schoolKolommen(scope), [scope]);
  const school = behoefte.perSchool.find((s) => s.school === gekozen) ?? null;
  if (!behoefte.perSchool.length) return <Text c="dimmed">Deze regio heeft nog geen scholen.</Text>;
  return (
    <>
      <GroteTabel
        label="Formatie en kosten per school"
        kolommen={kolommen}
        rijen={behoefte.perSchool}
        sleutel={(s) => s.school}
        meervoud="scholen"
        zoekTekst="Zoek school…"
        kies={{ gekozen, onKies: (s) => kies(s.school) }}
      />
      {school && (
        <div style={{ marginTop: 16 }}>
          <Text fw={600} mb="xs">
            {school.naam}
          </Text>
          <SchoolDetail regioId={regioId} scope={scope} school={school.school} />
        </div>
      )}
    </>
  );
}
