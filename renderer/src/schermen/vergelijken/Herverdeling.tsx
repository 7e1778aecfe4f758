import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { ROUTE_LABEL, type PotRouteId, type RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import type { HerverdeeleffectGemeente } from '../../../../shared/engine/routes/herverdeeleffect';
import { herverdeelOverzicht, type HerverdeelBalk, type HerverdeelMaat } from '../../../../shared/domain/herverdeling';
import { bedragenOnderschrift } from '../../../../shared/domain/prijspeil-tekst';
import { herverdeelGrafiek } from '../../../../shared/export/grafieken';
import { formatEuro, formatGetal, formatPerInwonerVerschil } from '../../../../shared/format';
import { Downloads } from '../../onderdelen/Downloads';
import { Grafiek, type GrafiekHandvat } from '../../onderdelen/Grafiek';
import { PartijKnop } from './Markering';
import { RouteKeuze } from './RouteKeuze';
import { Sectie } from './Sectie';
import { LangeTabel, alsDataTabel, type TabelKolom, type Toelichting } from './Tabel';
import { Verschil } from './Bijdragen';

/** Bars per side in the chart; the other gemeenten form one bar (344 gemeenten stay readable). */
export const HERVERDEEL_TOP = 10;

const KOLOMMEN: TabelKolom<HerverdeeleffectGemeente>[] = [
  { kop: 'Gemeente', soort: 'tekst', waarde: (g) => g.naam, toon: (g) => <PartijKnop partij={g.partij} naam={g.naam} /> },
  { kop: 'Inwoners 0–17', soort: 'getal', waarde: (g) => g.inwoners0tot17 },
  { kop: 'Nu (voor het deel in de pot)', kopScherm: 'Nu', soort: 'euro', waarde: (g) => g.huidigGedekt },
  { kop: 'Bijdrage aan de pot', kopScherm: 'Bijdrage', soort: 'euro', waarde: (g) => g.bijdrage },
  { kop: 'Herverdeeleffect (€)', kopScherm: 'Effect', soort: 'euro', teken: true, waarde: (g) => g.bedrag, toon: (g) => <Verschil bedrag={g.bedrag} /> },
  { kop: 'Herverdeeleffect per inwoner 0–17 (€)', kopScherm: 'Per inwoner 0–17', soort: 'euro', waarde: (g) => g.perInwoner, toon: (g) => formatPerInwonerVerschil(g.perInwoner) },
];

const BALK_KOLOMMEN: TabelKolom<HerverdeelBalk>[] = [
  { kop: 'Gemeente', soort: 'tekst', waarde: (b) => b.naam },
  { kop: 'Aantal gemeenten', soort: 'getal', waarde: (b) => b.aantal },
  { kop: 'Inwoners 0–17', soort: 'getal', waarde: (b) => b.inwoners0tot17 },
  { kop: 'Herverdeeleffect (€)', soort: 'euro', waarde: (b) => b.bedrag },
  { kop: 'Herverdeeleffect per inwoner 0–17 (€)', soort: 'euro', waarde: (b) => b.perInwoner },
];

/**
 * The herverdeeleffect per gemeente (rekenmodel-v2 §9): its contribution in a route minus what it
 * pays today for the part in the pot, in € and per inwoner 0–17; a sorted diverging bar chart of
 * the largest voordelen and nadelen with the rest in one bar, and the full table.
 */
export function Herverdeling({ ev, toelichting }: { ev: EvaluatieWeergave; toelichting: Toelichting }) {
  const [route, zetRoute] = useState<PotRouteId>('gemeenteroute');
  const [maat, zetMaat] = useState<HerverdeelMaat>('perInwoner');
  const grafiek = useRef<GrafiekHandvat>(null);
  const effecten = ev.herverdeeleffect[route];
  const overzicht = useMemo(() => herverdeelOverzicht(effecten, HERVERDEEL_TOP, maat), [effecten, maat]);
  const opties = useMemo(() => herverdeelGrafiek(overzicht.balken, maat, ev.prijspeil), [overzicht, maat, ev.prijspeil]);
  const rijen = useMemo(() => [...effecten].sort((a, b) => (maat === 'bedrag' ? b.bedrag - a.bedrag : (b.perInwoner ?? 0) - (a.perInwoner ?? 0))), [effecten, maat]);
  const naam = ROUTE_LABEL[route].toLowerCase();
  if (!effecten.length) return <Text c="dimmed">Geen gemeenten in deze variant: er is geen herverdeeleffect.</Text>;
  return (
    <Stack gap="md">
      <Group gap="md">
        <RouteKeuze waarde={route} onChange={(r: RouteId) => zetRoute(r as PotRouteId)} zonderHuidig label="Route van het herverdeeleffect" />
        <SegmentedControl
          aria-label="Maat van het herverdeeleffect"
          value={maat}
          onChange={(m) => zetMaat(m as HerverdeelMaat)}
          data={[
            { value: 'perInwoner', label: '€ per inwoner 0–17' },
            { value: 'bedrag', label: '€ totaal' },
          ]}
        />
      </Group>
      <Text size="sm" aria-label="Samenvatting herverdeeleffect">
        {formatGetal(overzicht.nadeel.aantal)} gemeenten betalen in de {naam} meer dan nu (samen {formatEuro(overzicht.nadeel.bedrag)}), {formatGetal(overzicht.voordeel.aantal)} minder (samen {formatEuro(-overzicht.voordeel.bedrag)})
        {overzicht.gelijk > 0 ? `, ${formatGetal(overzicht.gelijk)} blijven gelijk` : ''}. {bedragenOnderschrift(ev.prijspeil)}.
      </Text>
      {overzicht.nadeel.aantal + overzicht.voordeel.aantal === 0 ? (
        <Text size="sm" c="dimmed">
          Geen herverdeeleffect: in deze variant betaalt elke gemeente in de pot wat zij nu voor hetzelfde deel betaalt. Kies in het paneel Variant een andere verdeelsleutel, of laat een gemeente niet meedoen, om te zien wie erop voor- of achteruitgaat.
        </Text>
      ) : (
      <Sectie
        titel="Herverdeeleffect per gemeente"
        omschrijving={`Bijdrage aan de pot in de ${naam} min wat de gemeente nu betaalt voor hetzelfde deel. ${effecten.length > 2 * HERVERDEEL_TOP ? `De ${HERVERDEEL_TOP} grootste nadelen en voordelen; de overige gemeenten samen in één grijze balk.` : ''}`}
        acties={<Downloads tabel={() => alsDataTabel('Herverdeeleffect (grafiek)', 'herverdeeleffect-grafiek', BALK_KOLOMMEN, overzicht.balken, toelichting)} grafiek={grafiek} label="herverdeeleffect (grafiek)" />}
      >
        <Grafiek ref={grafiek} opties={opties} hoogte={Math.max(200, overzicht.balken.length * 24 + 80)} label={`Staafdiagram: herverdeeleffect per gemeente in de ${naam}, ${maat === 'bedrag' ? 'in euro' : 'in euro per inwoner 0–17'}; rechts nadeel, links voordeel`} />
      </Sectie>
      )}
      <Sectie
        titel="Tabel herverdeeleffect"
        omschrijving={`Alle ${formatGetal(effecten.length)} gemeenten, van het grootste nadeel naar het grootste voordeel. ${bedragenOnderschrift(ev.prijspeil)}.`}
        acties={<Downloads tabel={() => alsDataTabel(`Herverdeeleffect ${naam}`, 'herverdeeleffect', KOLOMMEN, rijen, toelichting)} label="herverdeeleffect (tabel)" />}
      >
        <LangeTabel label="Herverdeeleffect per gemeente" kolommen={KOLOMMEN} rijen={rijen} sleutel={(g) => g.partij} partijen={(g) => [g.partij]} meervoud="gemeenten" zoekTekst="Zoek gemeente…" />
      </Sectie>
    </Stack>
  );
}
