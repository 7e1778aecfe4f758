import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import { ingroeiBedrag, type IngroeiGemeente } from '../../../../shared/engine/routes/ingroeipad';
import { grootsteBewegers } from '../../../../shared/domain/herverdeling';
import { bedragenOnderschrift } from '../../../../shared/domain/prijspeil-tekst';
import { ingroeiGrafiek } from '../../../../shared/export/grafieken';
import { formatEuro, formatGetal } from '../../../../shared/format';
import { Downloads } from '../../onderdelen/Downloads';
import { Grafiek, type GrafiekHandvat } from '../../onderdelen/Grafiek';
import { PartijKnop } from './Markering';
import { Sectie } from './Sectie';
import { LangeTabel, alsDataTabel, type TabelKolom, type Toelichting } from './Tabel';

/** Lines in the chart: all gemeenten up to this many, otherwise the largest movers and one chosen gemeente. */
export const INGROEI_LIJNEN = 6;

/**
 * The ingroeipad (rekenmodel-v2 §10): per year and gemeente its contribution to the pot, from its
 * start under zorggebruik to its target under the variant's verdeelsleutel, as a line chart (at
 * national scale the largest movers plus a gemeente the user picks) and a table of every year.
 */
export function Ingroeipad({ ev, toelichting }: { ev: EvaluatieWeergave; toelichting: Toelichting }) {
  const pad = ev.ingroeipad;
  const grafiek = useRef<GrafiekHandvat>(null);
  const [gekozen, zetGekozen] = useState<string | null>(null);
  const veel = pad.gemeenten.length > INGROEI_LIJNEN;
  const lijnen = useMemo(() => {
    if (!veel) return pad.gemeenten.map((g) => g.partij);
    const top = grootsteBewegers(pad, INGROEI_LIJNEN - 1);
    return gekozen && !top.includes(gekozen) ? [...top, gekozen] : top;
  }, [pad, veel, gekozen]);
  const opties = useMemo(() => ingroeiGrafiek(pad, lijnen, ev.prijspeil), [pad, lijnen, ev.prijspeil]);
  const kolommen = useMemo((): TabelKolom<IngroeiGemeente>[] => {
    return [
      { kop: 'Gemeente', soort: 'tekst', waarde: (g) => g.naam, toon: (g) => <PartijKnop partij={g.partij} naam={g.naam} /> },
      { kop: 'Start (eigen leerlingen)', kopScherm: 'Start', soort: 'euro', waarde: (g) => g.start },
      ...pad.pad.map((j): TabelKolom<IngroeiGemeente> => ({ kop: `Jaar ${j.jaar}`, soort: 'euro', waarde: (g) => ingroeiBedrag(pad, j, g.partij) })),
      { kop: 'Doel (verdeelsleutel)', kopScherm: 'Doel', soort: 'euro', waarde: (g) => g.doel },
    ];
  }, [pad]);
  const rijen = useMemo(() => [...pad.gemeenten].sort((a, b) => Math.abs(b.doel - b.start) - Math.abs(a.doel - a.start) || a.naam.localeCompare(b.naam, 'nl')), [pad]);
  if (!pad.gemeenten.length) return <Text c="dimmed">Geen deelnemende gemeenten in de regio: er is geen ingroeipad.</Text>;
  const cap = pad.maxNadeelPerInwoner;
  return (
    <Stack gap="md">
      <Text size="sm" aria-label="Samenvatting ingroeipad">
        {pad.jaren === 1 && cap === null
          ? 'Zonder ingroei gaat de nieuwe verdeling in één keer in (jaar 1).'
          : `Ingroei over ${formatGetal(pad.jaren)} jaar${cap === null ? '' : `, met ten hoogste ${formatEuro(cap, 2)} nadeel per inwoner 0–17 per jaar`}.`}{' '}
        {pad.voltooid ? `Alle gemeenten bereiken hun doel in jaar ${formatGetal(pad.pad.length)}.` : ''} {bedragenOnderschrift(ev.prijspeil)}.
      </Text>
      {pad.melding && (
        <Alert color="orange" title="Het ingroeipad eindigt niet binnen 20 jaar" role="alert">
          {pad.melding}
        </Alert>
      )}
      <Sectie
        titel="Ingroeipad per gemeente"
        omschrijving={veel ? `De ${INGROEI_LIJNEN - 1} gemeenten waarvan de bijdrage het meest verandert, en een gemeente naar keuze.` : 'De bijdrage van elke deelnemende gemeente per jaar.'}
        acties={<Downloads tabel={() => alsDataTabel('Ingroeipad', 'ingroeipad', kolommen, rijen, toelichting)} grafiek={grafiek} label="ingroeipad (grafiek)" />}
      >
        {veel && (
          <Group mb="xs">
            <Select
              label="Gemeente toevoegen aan de grafiek"
              placeholder="Kies een gemeente"
              searchable
              clearable
              w={320}
              data={[...pad.gemeenten].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')).map((g) => ({ value: g.partij, label: g.naam }))}
              value={gekozen}
              onChange={zetGekozen}
            />
          </Group>
        )}
        <Grafiek ref={grafiek} opties={opties} hoogte={340} label={`Lijndiagram: bijdrage per jaar van ${formatGetal(lijnen.length)} gemeenten langs het ingroeipad`} />
      </Sectie>
      <Sectie titel="Tabel ingroeipad" omschrijving={`Bijdrage aan de pot per jaar, zonder uitvoeringskosten (gelijk in elke route). ${bedragenOnderschrift(ev.prijspeil)}.`} acties={<Downloads tabel={() => alsDataTabel('Ingroeipad', 'ingroeipad', kolommen, rijen, toelichting)} label="ingroeipad (tabel)" />}>
        <LangeTabel label="Ingroeipad per gemeente en jaar" kolommen={kolommen} rijen={rijen} sleutel={(g) => g.partij} partijen={(g) => [g.partij]} meervoud="gemeenten" zoekTekst="Zoek gemeente…" />
      </Sectie>
    </Stack>
  );
}
