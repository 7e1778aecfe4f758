import { Alert, Group, List, Stack, Text } from '@mantine/core';
import { memo, useMemo, useRef, useState } from 'react';
import { ROUTE_LABEL, type PotRouteId, type RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave, FinancierRegel } from '../../../../shared/engine/evaluatie-weergave';
import { formatEuro, formatGetal } from '../../../../shared/format';
import { MARKERING_KLEUR, ROUTE_KLEUR } from '../../kleuren';
import { Downloads } from '../../onderdelen/Downloads';
import { Grafiek, type GrafiekHandvat, type GrafiekKlik, type GrafiekOpties } from '../../onderdelen/Grafiek';
import { PartijKnop, useMarkering } from './Markering';
import { Uitleg } from './UitlegLaag';
import { doetMee, metDeelname } from './variantBewerken';
import { useVooraf } from './Voorspelling';
import { RouteKeuze } from './RouteKeuze';
import { Sectie } from './Sectie';
import { LangeTabel, Tabel, alsDataTabel, toonWaarde, type TabelKolom, type Toelichting } from './Tabel';
import type { RijFilter } from '../../onderdelen/grote-tabel/GroteTabel';
import { grootsteMetMarkering } from './grootste';
import { html, uitlegFormatter, uitlegVan, useUitlegZinnen } from './uitleg';
import { GEMEENTE_STATUS_LABEL } from '../../../../shared/domain/labels';
import { POT_ROUTES } from '../../../../shared/domain/routes';
import { betaaltNu, NU_KOP } from '../../../../shared/domain/nu';

/** A financier with its index in every route's `bijdragen`. */
interface FinancierRij {
  f: FinancierRegel;
  i: number;
}

/** Whether a party can be switched off in the variant (deelname): in-regio gemeenten, GGD, zorgkantoor, verzekeraars. */
function heeftDeelname(f: FinancierRegel): boolean {
  if (f.soort === 'gemeente') return !f.status?.startsWith('buiten');
  return f.soort === 'ggd' || f.soort === 'zorgkantoor' || f.soort === 'zorgverzekeraar';
}

/** A difference with its sign, in a colour that also works in grey: "+" pays more, "−" pays less. */
export function Verschil({ bedrag }: { bedrag: number }) {
  return <span className={bedrag >= 0.5 ? 'verschil meer' : bedrag <= -0.5 ? 'verschil minder' : 'verschil'}>{toonWaarde(bedrag, 'euro', true)}</span>;
}

/**
 * Whether every financier pays the same in the three routes (no uitvoeringskosten): the screen then
 * shows one column "in elke route" instead of three equal ones; downloads keep all three.
 */
export function routesGelijk(ev: EvaluatieWeergave): boolean {
  return ev.financiers.every((_, i) => POT_ROUTES.every((r) => Math.abs(ev.routes[r].bijdragen[i].bedrag - ev.routes.gemeenteroute.bijdragen[i].bedrag) < 0.005));
}

export function bijdrageKolommen(
  ev: EvaluatieWeergave,
  soortNaam: string,
  deelname?: { doetMee: (p: string) => boolean; zet: (p: string, mee: boolean) => void; vooraf?: ReturnType<typeof useVooraf> },
): TabelKolom<FinancierRij>[] {
  const gelijk = routesGelijk(ev);
  const kolommen: TabelKolom<FinancierRij>[] = [];
  if (deelname) {
    kolommen.push({
      kop: 'Doet mee',
      kopScherm: 'Mee',
      soort: 'janee',
      waarde: ({ f }) => (heeftDeelname(f) ? deelname.doetMee(f.partij) : null),
      toon: ({ f }) =>
        heeftDeelname(f) ? (
          <input
            type="checkbox"
            className="mee-vink"
            checked={deelname.doetMee(f.partij)}
            onChange={(e) => deelname.zet(f.partij, e.currentTarget.checked)}
            aria-label={`${f.naam} doet mee`}
            {...deelname.vooraf?.((v) => metDeelname(v, f.partij, !deelname.doetMee(f.partij)))}
          />
        ) : (
          <span className="gedimd">–</span>
        ),
    });
  }
  kolommen.push(
    { kop: soortNaam, soort: 'tekst', waarde: ({ f }) => f.naam, toon: ({ f }) => (/^(gemeente|swv):/.test(f.partij) ? <PartijKnop partij={f.partij} naam={f.naam} /> : f.naam) },
    { kop: 'Status', soort: 'tekst', onderVorige: true, waarde: ({ f }) => (f.status ? GEMEENTE_STATUS_LABEL[f.status] : deelname && heeftDeelname(f) && !deelname.doetMee(f.partij) ? 'doet niet mee' : '') },
    { kop: 'Nu (huidige situatie, alle taken)', kopScherm: NU_KOP, soort: 'euro', som: true, waarde: ({ f }) => betaaltNu(ev, f.partij), uitleg: ({ f }) => uitlegVan(ev, `huidig/bijdrage/${f.partij}`) },
  );
  if (gelijk) {
    kolommen.push(
      {
        kop: 'Bijdrage in elke route',
        kopScherm: (
          <Uitleg uitleg={{ titel: 'Dezelfde bijdrage in elke route', regels: ['Alle routes gebruiken dezelfde pot en dezelfde bijdragen; ze verschillen in wie het geld beheert en hoe het stroomt. Alleen uitvoeringskosten (nu 0%) zouden per route verschillen.', 'De download bevat de drie routes elk apart.'], bron: 'Rekenmodel §4' }}>
            Bijdrage in elke route
          </Uitleg>
        ),
        soort: 'euro',
        alleenScherm: true,
        som: true,
        breedte: 140,
        waarde: ({ i }) => ev.routes.gemeenteroute.bijdragen[i].bedrag,
        uitleg: ({ f }) => uitlegVan(ev, `gemeenteroute/bijdrage/${f.partij}`),
      },
      {
        kop: 'Verschil met nu',
        soort: 'euro',
        teken: true,
        onderVorige: true,
        alleenScherm: true,
        som: true,
        waarde: ({ i }) => ev.routes.gemeenteroute.bijdragen[i].verschil,
        toon: ({ i }) => <Verschil bedrag={ev.routes.gemeenteroute.bijdragen[i].verschil} />,
        uitleg: ({ f }) => uitlegVan(ev, `gemeenteroute/verschil/${f.partij}`),
      },
    );
  }
  for (const r of POT_ROUTES) {
    kolommen.push(
      { kop: `${ROUTE_LABEL[r]}: bijdrage`, kopScherm: ROUTE_LABEL[r], alleenExport: gelijk, soort: 'euro', som: true, waarde: ({ i }) => ev.routes[r].bijdragen[i].bedrag, uitleg: ({ f }) => uitlegVan(ev, `${r}/bijdrage/${f.partij}`) },
      {
        kop: `${ROUTE_LABEL[r]}: verschil met nu`,
        kopScherm: 'verschil met nu',
        alleenExport: gelijk,
        soort: 'euro',
        teken: true,
        onderVorige: true,
        som: true,
        waarde: ({ i }) => ev.routes[r].bijdragen[i].verschil,
        toon: ({ i }) => <Verschil bedrag={ev.routes[r].bijdragen[i].verschil} />,
        uitleg: ({ f }) => uitlegVan(ev, `${r}/verschil/${f.partij}`),
      },
    );
  }
  kolommen.push({ kop: 'Nog individueel (niet in de pot en buiten de scope)', kopScherm: 'Nog individueel', soort: 'euro', som: true, waarde: ({ f }) => f.individueel + f.buitenScope, uitleg: ({ f }) => uitlegVan(ev, `nietInPot/${f.partij}`) });
  return kolommen;
}

/** The filters of the gemeenten table: in the regio, joining the pot, paying a different amount than today. */
function gemeenteFilters(ev: EvaluatieWeergave, route: PotRouteId): RijFilter<FinancierRij>[] {
  return [
    { id: 'regio', label: 'In de regio', test: ({ f }) => !f.status?.startsWith('buiten') },
    { id: 'mee', label: 'Doet mee', test: ({ f }) => heeftDeelname(f) && doetMee(ev.variant, f.partij) },
    { id: 'verschil', label: 'Met verschil', test: ({ i }) => Math.abs(ev.routes[route].bijdragen[i].verschil) >= 0.5 },
  ];
}

/** Gemeenten in the chart at most: at national scale the chart shows the largest differences, the table all. */
const GRAFIEK_MAX = 25;

/** The colour of "every route" when the three routes give the same contributions. */
const ELKE_ROUTE_KLEUR = '#3B4A5A';

function bijdragenGrafiek(ev: EvaluatieWeergave, rijen: FinancierRij[], route: RouteId, gelijk: boolean, gemarkeerd: string | null): GrafiekOpties {
  const routeNaam = gelijk ? 'Elke route' : ROUTE_LABEL[route];
  const routeKleur = gelijk ? ELKE_ROUTE_KLEUR : ROUTE_KLEUR[route];
  const namen = rijen.map(({ f }) => f.naam);
  const metMarkering = gemarkeerd !== null && rijen.some(({ f }) => f.partij === gemarkeerd);
  const dekking = (partij: string) => (!metMarkering || partij === gemarkeerd ? 1 : 0.3);
  const staaf = (waarde: (x: FinancierRij) => number, kleur: string) =>
    rijen.map((x) => ({ value: waarde(x), itemStyle: { color: kleur, opacity: dekking(x.f.partij), ...(metMarkering && x.f.partij === gemarkeerd ? { borderColor: MARKERING_KLEUR.rand, borderWidth: 1.5 } : {}) } }));
  const tooltip = (figuur: (x: FinancierRij) => string) => ({
    formatter: uitlegFormatter((p) => {
      const q = p as { dataIndex: number };
      return { bron: uitlegVan(ev, figuur(rijen[q.dataIndex])), terugval: html(namen[q.dataIndex]) };
    }),
  });
  const euroAs = { type: 'value' as const, splitNumber: 2, axisLabel: { hideOverlap: true, formatter: (v: number) => (v === 0 ? '0' : formatEuro(v)) } };
  // Without any difference the axis would show a meaningless scale around 0.
  const geenVerschil = rijen.every(({ i }) => Math.abs(ev.routes[route].bijdragen[i].verschil) < 0.5);
  // A symmetric scale with room on both sides for the labels ("+€ 50.607" right of a bar, "-€ 457.272" left of it).
  const grootste = Math.max(0, ...rijen.map(({ i }) => Math.abs(ev.routes[route].bijdragen[i].verschil)));
  const verschilAs = geenVerschil ? { min: -1, max: 1, axisLabel: { show: false } } : { min: -grootste * 2.2, max: grootste * 2.2, axisLabel: { show: false } };
  return {
    legend: { top: 0, left: 0, data: ['Nu', routeNaam] },
    tooltip: { trigger: 'item', confine: true },
    grid: [
      { left: 8, right: '40%', top: 52, bottom: 8, containLabel: true },
      { left: '63%', right: 16, top: 52, bottom: 8, containLabel: true },
    ],
    xAxis: [
      { ...euroAs, gridIndex: 0, name: 'Bijdrage aan de pot', nameLocation: 'start', nameTextStyle: { fontWeight: 600, align: 'left', verticalAlign: 'bottom', padding: [0, 0, 30, 0] }, position: 'top' },
      { ...euroAs, ...verschilAs, gridIndex: 1, name: geenVerschil ? 'Verschil met nu: geen' : 'Verschil met nu', nameLocation: 'start', nameTextStyle: { fontWeight: 600, align: 'left', verticalAlign: 'bottom', padding: [0, 0, 30, 0] }, position: 'top' },
    ],
    yAxis: [
      {
        type: 'category',
        gridIndex: 0,
        inverse: true,
        data: namen,
        triggerEvent: true,
        axisLabel: { fontSize: 13, formatter: (naam: string) => (metMarkering && rijen.find((x) => x.f.naam === naam)?.f.partij === gemarkeerd ? `{vet|${naam}}` : naam), rich: { vet: { fontWeight: 700, fontSize: 13, backgroundColor: MARKERING_KLEUR.achtergrond, padding: [2, 4] } } },
      },
      { type: 'category', gridIndex: 1, inverse: true, data: namen, axisLabel: { show: false }, axisTick: { show: false } },
    ],
    series: [
      { type: 'bar', name: 'Nu', xAxisIndex: 0, yAxisIndex: 0, itemStyle: { color: ROUTE_KLEUR.huidig }, data: staaf(({ f }) => betaaltNu(ev, f.partij), ROUTE_KLEUR.huidig), barMaxWidth: 12, barGap: '15%', tooltip: tooltip(({ f }) => `huidig/bijdrage/${f.partij}`) },
      { type: 'bar', name: routeNaam, xAxisIndex: 0, yAxisIndex: 0, itemStyle: { color: routeKleur }, data: staaf(({ i }) => ev.routes[route].bijdragen[i].bedrag, routeKleur), barMaxWidth: 12, tooltip: tooltip(({ f }) => `${route}/bijdrage/${f.partij}`) },
      {
        type: 'bar',
        name: `Verschil ${routeNaam}`,
        xAxisIndex: 1,
        yAxisIndex: 1,
        itemStyle: { color: routeKleur },
        data: staaf(({ i }) => ev.routes[route].bijdragen[i].verschil, routeKleur).map((d) => ({ ...d, label: { position: d.value < 0 ? ('left' as const) : ('right' as const) } })),
        barMaxWidth: 14,
        label: { show: true, fontSize: 12, formatter: (p: { value: unknown }) => (Math.abs(Number(p.value)) < 0.5 ? '0' : toonWaarde(Number(p.value), 'euro', true)) },
        tooltip: tooltip(({ f }) => `${route}/verschil/${f.partij}`),
      },
    ],
  } as GrafiekOpties;
}

/** Who carries the share of the gemeenten that do not join, in the engine's words. */
function WieDraagt({ ev, route }: { ev: EvaluatieWeergave; route: PotRouteId }) {
  const niet = ev.financiers.filter((f) => f.status?.startsWith('niet_') || (f.soort !== 'gemeente' && f.individueel > 0 && ev.variant.deelname[f.partij] === false));
  if (!niet.length) return null;
  const meer = ev.financiers.map((f, i) => ({ f, b: ev.routes[route].bijdragen[i] })).filter(({ b }) => b.verschil >= 0.5);
  const zinnen = useUitlegZinnen(ev, niet.map((f) => `${route}/bijdrage/${f.partij}`));
  return (
    <Alert color="orange" variant="light" title="Wie draagt het aandeel van wie niet meedoet?" role="status">
      <Stack gap={6}>
        <List size="sm" spacing={2}>
          {niet.map((f) => (
            <List.Item key={f.partij}>{zinnen[`${route}/bijdrage/${f.partij}`] ?? f.naam}</List.Item>
          ))}
        </List>
        <Text size="sm">
          {meer.length
            ? `Meer dan nu betalen: ${meer.map(({ f, b }) => `${f.naam} ${toonWaarde(b.verschil, 'euro', true)}`).join(', ')}.`
            : 'Geen andere financier betaalt meer dan nu: de kosten blijven buiten de pot, bij de gemeente zelf (individueel).'}
        </Text>
      </Stack>
    </Alert>
  );
}

export interface BijdragenProps {
  ev: EvaluatieWeergave;
  toelichting: Toelichting;
  zetDeelname: (partij: string, mee: boolean) => void;
}

/** Contributions per gemeente (and per other financier) in every route beside today, with the difference. */
export const Bijdragen = memo(function Bijdragen({ ev, toelichting, zetDeelname }: BijdragenProps) {
  const m = useMarkering();
  const [gekozen, zetRoute] = useState<PotRouteId>('gemeenteroute');
  const gelijk = routesGelijk(ev);
  const route: PotRouteId = gelijk ? 'gemeenteroute' : gekozen;
  const alle = useMemo(() => ev.financiers.map((f, i) => ({ f, i })), [ev]);
  const gemeenten = alle.filter(({ f }) => f.soort === 'gemeente');
  const overige = alle.filter(({ f }) => f.soort !== 'gemeente');
  const betalend = gemeenten.filter(({ f, i }) => betaaltNu(ev, f.partij) > 0 || POT_ROUTES.some((r) => ev.routes[r].bijdragen[i].bedrag > 0));
  // The largest differences with today; without any difference, the largest contributions.
  const metVerschil = betalend.some(({ i }) => Math.abs(ev.routes[route].bijdragen[i].verschil) >= 0.5);
  const maat = ({ i }: FinancierRij) => (metVerschil ? Math.abs(ev.routes[route].bijdragen[i].verschil) : ev.routes[route].bijdragen[i].bedrag);
  const inGrafiek = grootsteMetMarkering(betalend, GRAFIEK_MAX, maat, ({ f }) => f.partij === m.gemarkeerd);
  const opties = useMemo(() => bijdragenGrafiek(ev, inGrafiek, route, gelijk, m.gemarkeerd), [ev, inGrafiek.map(({ i }) => i).join(), route, gelijk, m.gemarkeerd]); // eslint-disable-line react-hooks/exhaustive-deps
  const filters = useMemo(() => gemeenteFilters(ev, route), [ev, route]);
  const grafiek = useRef<GrafiekHandvat>(null);
  // The checkboxes show the evaluated variant, so they always agree with the numbers beside them.
  const vooraf = useVooraf();
  const deelname = { doetMee: (p: string) => doetMee(ev.variant, p), zet: zetDeelname, vooraf };
  const kolG = bijdrageKolommen(ev, 'Gemeente', deelname);
  const kolO = bijdrageKolommen(ev, 'Financier', deelname);
  const klik = (e: GrafiekKlik) => {
    const naam = e.componentType === 'yAxis' ? (e as unknown as { value: string }).value : e.name;
    const rij = inGrafiek.find(({ f }) => f.naam === naam);
    if (rij) m.wissel(rij.f.partij);
  };
  const grafiekTabel = () => alsDataTabel(`Bijdragen per gemeente`, `bijdragen-per-gemeente`, kolG, gemeenten, toelichting);
  return (
    <Stack gap="md">
      <WieDraagt ev={ev} route={route} />
      <Sectie
        titel="Wat elke gemeente in de pot betaalt, per route en nu"
        omschrijving="De bijdrage aan de pot en daaronder het verschil met wat de gemeente nu voor dezelfde zorg betaalt (+ meer, − minder). Vink bij Mee een gemeente uit om te zien wie haar aandeel draagt als zij niet meedoet; klik op een naam om haar overal te markeren."
        acties={<Downloads tabel={() => alsDataTabel('Bijdragen per gemeente', 'bijdragen-per-gemeente', kolG, gemeenten, toelichting)} label="bijdragen per gemeente" />}
      >
        <LangeTabel
          label="Bijdragen per gemeente"
          kolommen={kolG}
          rijen={gemeenten}
          sleutel={({ f }) => f.partij}
          partijen={({ f }) => [f.partij]}
          meervoud="gemeenten"
          zoekTekst="Zoek gemeente…"
          filters={filters}
        />
      </Sectie>
      <Sectie
        titel="Bijdrage per gemeente in beeld"
        omschrijving={
          (gelijk
            ? 'Wat elke gemeente in de pot betaalt naast wat zij nu voor dezelfde zorg betaalt. Zonder uitvoeringskosten is de bijdrage in elke route gelijk: de verdeelsleutel en de deelname bepalen het verschil met nu, niet de route. Klik op een gemeente om haar overal te markeren.'
            : 'Wat elke gemeente in de pot betaalt naast wat zij nu voor dezelfde zorg betaalt, en het verschil. Kies de route voor de grafiek; klik op een gemeente om haar overal te markeren.') +
          (inGrafiek.length < betalend.length ? ` De grafiek toont de ${formatGetal(inGrafiek.length)} gemeenten met ${metVerschil ? 'het grootste verschil met nu' : 'de grootste bijdrage'} (van ${formatGetal(betalend.length)}); de tabel hierboven heeft ze allemaal.` : '')
        }
        acties={<Downloads tabel={grafiekTabel} grafiek={grafiek} label="bijdragen per gemeente (grafiek)" />}
      >
        {!gelijk && (
          <Group mb="xs">
            <RouteKeuze waarde={route} onChange={(r) => zetRoute(r as PotRouteId)} zonderHuidig label="Route in de grafiek" />
          </Group>
        )}
        <Grafiek renderer="canvas" ref={grafiek} opties={opties} hoogte={Math.max(220, inGrafiek.length * 30 + 70)} label={`Staafdiagram: bijdrage per gemeente nu en ${gelijk ? 'in elke route' : `in de ${ROUTE_LABEL[route].toLowerCase()}`}, en het verschil`} onKlik={klik} categorie="Gemeente" eenheid="euro" />
      </Sectie>
      <Sectie
        titel="Overige financiers"
        omschrijving="Zorgkantoor (Wlz), zorgverzekeraars (Zvw), GGD (Wpg) en, bij een onderwijsbijdrage, de samenwerkingsverbanden."
        acties={<Downloads tabel={() => alsDataTabel('Bijdragen overige financiers', 'bijdragen-overige-financiers', kolO, overige, toelichting)} label="bijdragen overige financiers" />}
      >
        <Tabel label="Bijdragen overige financiers" kolommen={kolO} rijen={overige} sleutel={({ f }) => f.partij} partijen={({ f }) => [f.partij]} />
      </Sectie>
    </Stack>
  );
});
