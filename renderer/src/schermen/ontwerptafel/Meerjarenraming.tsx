import { Accordion, Button, Grid, Group, NumberInput, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { KADER_LABEL, KADERS, type Kader } from '../../../../shared/domain/labels';
import { ROUTE_LABEL, type Variant } from '../../../../shared/engine';
import { formatEuro, formatGetal, formatMiljoen, formatPct } from '../../../../shared/format';
import {
  AANNAMES_MEERJAREN,
  GRENZEN_LEERLINGENGROEI,
  GRENZEN_PRIJSINDEX,
  GRENZEN_INDEXFACTOR,
  MEERJAREN_MAX,
  MEERJAREN_MIN,
  STANDAARD_LEERLINGENGROEI,
  STANDAARD_PRIJSINDEX,
  type MeerjarenFinancier,
  type MeerjarenJaar,
  type Meerjarenraming as Raming,
  type Ontwerpsessie,
} from '../../../../shared/ontwerptafel';
import { KADER_KLEUR } from '../../kleuren';
import { Grafiek, type GrafiekOpties } from '../../onderdelen/Grafiek';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { Sectie } from '../vergelijken/Sectie';
import { LangeTabel, Tabel, type TabelKolom } from '../vergelijken/Tabel';
import { grootsteMetMarkering } from '../vergelijken/grootste';
import { metBasisjaar, metHorizon, metStandaardTarieven, metTarief, perJaar, type Tarief } from './sessieBewerken';
import { useMeerjarenraming } from './useTafelBerekeningen';
import { POT_ROUTES } from '../../../../shared/domain/routes';

/** A light-to-dark blue per year, so the bars of later years read as "more of the same". */
const JAAR_KLEUR = ['#BDD7EE', '#9ECAE1', '#6BAED6', '#3182BD', '#08519C', '#08306B'];

type Wijzig = (f: (s: Ontwerpsessie) => Ontwerpsessie) => void;

function Tarieven({ meerjaren, labels, prijspeil, wijzig }: { meerjaren: Ontwerpsessie['meerjaren']; labels: readonly string[]; prijspeil: string; wijzig: Wijzig }) {
  const groei = perJaar(meerjaren.leerlingengroei, meerjaren.jaren);
  const index = perJaar(meerjaren.prijsindex, meerjaren.jaren);
  const factoren = perJaar(meerjaren.indexfactor, meerjaren.jaren);
  const factorInvoer = (jaar: number, waarde: number, label: string) => (
    <NumberInput
      size="xs"
      aria-label={label}
      value={waarde}
      min={GRENZEN_INDEXFACTOR[0]}
      max={GRENZEN_INDEXFACTOR[1]}
      step={0.01}
      decimalScale={3}
      decimalSeparator=","
      clampBehavior="blur"
      w={96}
      onChange={(x) => typeof x === 'number' && Number.isFinite(x) && x >= GRENZEN_INDEXFACTOR[0] && x <= GRENZEN_INDEXFACTOR[1] && wijzig((s) => metTarief(s, 'indexfactor', jaar, x))}
    />
  );
  const invoer = (tarief: Tarief, jaar: number, waarde: number, [min, max]: readonly [number, number], label: string) => (
    <NumberInput
      size="xs"
      aria-label={label}
      value={Math.round(waarde * 1000) / 10}
      min={min * 100}
      max={max * 100}
      step={0.5}
      decimalScale={1}
      decimalSeparator=","
      suffix="%"
      clampBehavior="strict"
      w={96}
      onChange={(x) => typeof x === 'number' && Number.isFinite(x) && wijzig((s) => metTarief(s, tarief, jaar, x / 100))}
    />
  );
  // The names of the years as the raming gives them ("2026/27"); while it is computed, "Jaar 2".
  const label = (j: number) => labels[j] ?? `Jaar ${j}`;
  return (
    <Table withTableBorder={false} verticalSpacing={4} aria-label="Groei en index per jaar" className="tarieven">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Jaar</Table.Th>
          <Table.Th>Leerlingengroei</Table.Th>
          <Table.Th>Prijsindex</Table.Th>
          <Table.Th>Indexfactor t.o.v. {prijspeil}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groei.map((g, i) => (
          <Table.Tr key={i}>
            <Table.Td>{label(i + 1)}</Table.Td>
            <Table.Td>{invoer('leerlingengroei', i, g, GRENZEN_LEERLINGENGROEI, `Leerlingengroei ${label(i + 1)}`)}</Table.Td>
            <Table.Td>{invoer('prijsindex', i, index[i], GRENZEN_PRIJSINDEX, `Prijsindex ${label(i + 1)}`)}</Table.Td>
            <Table.Td>{factorInvoer(i, factoren[i], `Indexfactor ${label(i + 1)}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface Rij {
  id: string;
  label: string;
  kader?: Kader;
  soort: 'euro' | 'getal' | 'fractie' | 'factor';
  waarde: (j: MeerjarenJaar) => number | null;
  vet?: boolean;
}

function potRijen(raming: Raming): Rij[] {
  const kaders = KADERS.filter((k) => raming.jaren.some((j) => j.pot.perKader[k] > 0));
  const uitvoering = POT_ROUTES.filter((r) => raming.jaren.some((j) => j.uitvoeringskosten[r].bedrag > 0));
  return [
    { id: 'leerlingen', label: 'Leerlingen', soort: 'getal', waarde: (j) => j.leerlingen },
    { id: 'groei', label: 'Leerlingengroei', soort: 'fractie', waarde: (j) => (j.jaar ? j.leerlingengroei : null) },
    { id: 'index', label: 'Prijsindex', soort: 'fractie', waarde: (j) => (j.jaar ? j.prijsindex : null) },
    { id: 'indexfactor', label: `Indexfactor t.o.v. ${raming.prijspeil}`, soort: 'factor', waarde: (j) => (j.jaar ? j.indexfactor : null) },
    { id: 'pot', label: 'Pot', soort: 'euro', vet: true, waarde: (j) => j.pot.totaal },
    ...kaders.map((k): Rij => ({ id: k, label: KADER_LABEL[k], kader: k, soort: 'euro', waarde: (j) => j.pot.perKader[k] })),
    { id: 'niet', label: 'Niet in de pot', soort: 'euro', waarde: (j) => j.nietInPot },
    ...uitvoering.map((r): Rij => ({ id: `totaal-${r}`, label: `${ROUTE_LABEL[r]}: pot met uitvoeringskosten`, soort: 'euro', waarde: (j) => j.totaalPerRoute[r] })),
  ];
}

/** Financiers in the chart at most. */
const GRAFIEK_MAX = 15;

function jaarKolommen<R>(raming: Raming, waarde: (r: R, j: MeerjarenJaar) => number | null, soort: (r: R) => Rij['soort']): TabelKolom<R>[] {
  return raming.jaren.map((j) => ({
    kop: j.label,
    soort: 'euro',
    waarde: (r: R) => waarde(r, j),
    toon: (r: R) => {
      const w = waarde(r, j);
      if (w === null) return '–';
      const s = soort(r);
      return s === 'euro' ? formatEuro(w) : s === 'fractie' ? formatPct(w) : s === 'factor' ? formatGetal(w, 3) : formatGetal(w);
    },
  }));
}

function potGrafiek(raming: Raming): GrafiekOpties {
  const kaders = KADERS.filter((k) => raming.jaren.some((j) => j.pot.perKader[k] > 0));
  return {
    legend: { top: 0, data: kaders.map((k) => KADER_LABEL[k]) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatEuro(Number(v)) },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: raming.jaren.map((j) => j.label), axisLabel: { fontSize: 13, fontWeight: 600 } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => (v === 0 ? '0' : formatMiljoen(v, 1)) } },
    series: kaders.map((k, i) => ({
      type: 'bar' as const,
      name: KADER_LABEL[k],
      stack: 'pot',
      barMaxWidth: 56,
      itemStyle: { color: KADER_KLEUR[k] },
      data: raming.jaren.map((j) => j.pot.perKader[k]),
      ...(i === kaders.length - 1 ? { label: { show: true, position: 'top' as const, fontWeight: 700 as const, formatter: (p: { dataIndex: number }) => formatMiljoen(raming.jaren[p.dataIndex].pot.totaal, 2) } } : {}),
    })),
  } as GrafiekOpties;
}

function bijdragenGrafiek(raming: Raming, financiers: MeerjarenFinancier[]): GrafiekOpties {
  return {
    legend: { top: 0, data: raming.jaren.map((j) => j.label) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatEuro(Number(v)) },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { hideOverlap: true, formatter: (v: number) => (v === 0 ? '0' : formatEuro(v)) } },
    yAxis: { type: 'category', inverse: true, data: financiers.map((f) => f.naam), axisLabel: { fontSize: 13 } },
    series: raming.jaren.map((j, i) => ({
      type: 'bar' as const,
      name: j.label,
      itemStyle: { color: JAAR_KLEUR[i] ?? JAAR_KLEUR[JAAR_KLEUR.length - 1] },
      barMaxWidth: 8,
      barGap: '15%',
      data: financiers.map((f) => j.financiers.find((x) => x.partij === f.partij)?.potdeel ?? 0),
    })),
  } as GrafiekOpties;
}

/** How the gemeenten's contributions follow the variant's ingroeipad, in words. */
function ingroeiTekst(raming: Raming): string {
  const ig = raming.ingroei;
  if (!ig) return '';
  const max = ig.maxNadeelPerInwoner === null ? 'zonder maximum nadeel' : `met ten hoogste ${formatEuro(ig.maxNadeelPerInwoner, 2)} nadeel per inwoner 0–17 per jaar`;
  const eind = ig.voltooid ? `het pad duurt ${formatGetal(ig.padJaren)} jaar` : 'het pad bereikt het doel niet binnen 20 jaar';
  return `Gemeenten betalen vanaf jaar 1 volgens het ingroeipad van de variant (${formatGetal(ig.jaren)} jaar ingroei, ${max}; ${eind}), daarna volgens de verdeelsleutel.`;
}

function Uitkomsten({ raming }: { raming: Raming }) {
  const rijen = useMemo(() => potRijen(raming), [raming]);
  const financiers = useMemo(() => raming.jaren[0].financiers.filter((f) => raming.jaren.some((j) => (j.financiers.find((x) => x.partij === f.partij)?.potdeel ?? 0) > 0)), [raming]);
  const kolommen: TabelKolom<Rij>[] = [
    {
      kop: 'Kerncijfer',
      soort: 'tekst',
      waarde: (r) => r.label,
      toon: (r) => (
        <span className="geen-afbreking" style={{ paddingLeft: r.kader ? 16 : 0, fontWeight: r.vet ? 700 : undefined }}>
          {r.kader && <Kleurblok kleur={KADER_KLEUR[r.kader]} />}
          {r.label}
        </span>
      ),
    },
    ...jaarKolommen<Rij>(raming, (r, j) => r.waarde(j), (r) => r.soort),
  ];
  const fKolommen: TabelKolom<MeerjarenFinancier>[] = [
    { kop: 'Financier', soort: 'tekst', waarde: (f) => f.naam },
    ...jaarKolommen<MeerjarenFinancier>(raming, (f, j) => j.financiers.find((x) => x.partij === f.partij)?.potdeel ?? null, () => 'euro').map((k) => ({ ...k, som: true })),
  ];
  const potOpties = useMemo(() => potGrafiek(raming), [raming]);
  // At national scale the chart shows the largest contributions of the last year; the table has all.
  const laatste = raming.jaren[raming.jaren.length - 1];
  const inGrafiek = useMemo(
    () => grootsteMetMarkering(financiers, GRAFIEK_MAX, (f) => laatste.financiers.find((x) => x.partij === f.partij)?.potdeel ?? 0, () => false),
    [financiers, laatste],
  );
  const bijdrageOpties = useMemo(() => bijdragenGrafiek(raming, inGrafiek), [raming, inGrafiek]);
  return (
    <>
      <Sectie titel="De pot per jaar" omschrijving={`De pot naar kader voor het basisjaar (de berekening van nu, ${raming.prijspeil}) en de jaren erna, met de groei, index en indexfactoren hierboven.`}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, xl: 7 }}>
            <Tabel label="Pot per jaar" kolommen={kolommen} rijen={rijen} sleutel={(r) => r.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 5 }}>
            <Grafiek opties={potOpties} hoogte={300} label="Gestapelde staven: de pot per kader per jaar" categorie="Jaar" eenheid="euro" />
          </Grid.Col>
        </Grid>
      </Sectie>
      <Sectie titel="Bijdrage aan de pot per financier per jaar" omschrijving={`Wat elke financier in de pot brengt (in elke route gelijk, zonder uitvoeringskosten). ${ingroeiTekst(raming)}`}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, xl: 7 }}>
            <LangeTabel label="Bijdrage per financier per jaar" kolommen={fKolommen} rijen={financiers} sleutel={(f) => f.partij} meervoud="financiers" zoekTekst="Zoek gemeente of financier…" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 5 }}>
            {inGrafiek.length < financiers.length && (
              <Text size="sm" c="dimmed" mb={4}>
                De {formatGetal(inGrafiek.length)} grootste bijdragen in {laatste.label} (van {formatGetal(financiers.length)} financiers); de tabel heeft ze allemaal.
              </Text>
            )}
            <Grafiek opties={bijdrageOpties} hoogte={Math.max(240, inGrafiek.length * (raming.jaren.length * 9 + 10) + 60)} label="Staafdiagram: de bijdrage van elke financier per jaar" categorie="Financier" eenheid="euro" />
          </Grid.Col>
        </Grid>
      </Sectie>
    </>
  );
}

/** "And next year?": the pot and the contributions for 1–5 years with pupil growth and price index. */
export function Meerjarenraming({ regioId, variant, sessie, wijzig }: { regioId: number; variant: Variant; sessie: Ontwerpsessie; wijzig: Wijzig }) {
  const m = sessie.meerjaren;
  const raming = useMeerjarenraming(regioId, variant, m);
  return (
    <Stack gap="md">
      <Sectie
        titel="Instellingen"
        omschrijving={`Bedragen op ${raming.data?.prijspeil ?? 'het prijspeil van de regio'}. Standaard ${formatPct(STANDAARD_LEERLINGENGROEI, 0)} leerlingengroei, ${formatPct(STANDAARD_PRIJSINDEX, 0)} prijsindex per jaar en indexfactor 1 ten opzichte van het prijspeil: aannames, geen voorspelling (zie hieronder). Vul de prognose en index van uw regio in.`}
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="sm">
              <div>
                <Text size="sm" fw={500} id="horizon-label">
                  Horizon: jaren na het basisjaar
                </Text>
                <SegmentedControl
                  aria-labelledby="horizon-label"
                  value={String(m.jaren)}
                  onChange={(v) => wijzig((s) => metHorizon(s, Number(v)))}
                  data={Array.from({ length: MEERJAREN_MAX - MEERJAREN_MIN + 1 }, (_, i) => String(i + MEERJAREN_MIN))}
                />
              </div>
              <NumberInput
                label="Eerste schooljaar (alleen voor de namen van de jaren)"
                placeholder="bijv. 2025 voor 2025/26"
                value={m.basisjaar ?? ''}
                min={2000}
                max={2100}
                allowDecimal={false}
                thousandSeparator=""
                w={260}
                onChange={(x) => {
                  if (x === '') wijzig((s) => metBasisjaar(s, undefined));
                  else if (typeof x === 'number' && x >= 2000 && x <= 2100) wijzig((s) => metBasisjaar(s, x));
                }}
              />
              <Group>
                <Button size="xs" variant="light" onClick={() => wijzig(metStandaardTarieven)}>
                  Standaardwaarden herstellen
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Tarieven meerjaren={m} labels={raming.data?.jaren.map((j) => j.label) ?? []} prijspeil={raming.data?.prijspeil ?? 'het prijspeil'} wijzig={wijzig} />
          </Grid.Col>
        </Grid>
        <Accordion variant="contained" mt="sm" multiple defaultValue={['leerlingengroei', 'prijsindex']}>
          {AANNAMES_MEERJAREN.map((a) => (
            <Accordion.Item key={a.id} value={a.id}>
              <Accordion.Control>Aanname: {a.titel}</Accordion.Control>
              <Accordion.Panel>
                <Text size="sm">{a.tekst}</Text>
                <Text size="xs" c="dimmed" mt={4}>
                  Bron: {a.bron}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Sectie>
      {raming.fout && <Foutmelding fout={raming.fout} titel="De raming kon niet worden berekend" />}
      {raming.data ? <Uitkomsten raming={raming.data} /> : !raming.fout && <Laden tekst="Meerjarenraming berekenen…" />}
    </Stack>
  );
}
