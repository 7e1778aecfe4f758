import { Grid } from '@mantine/core';
import { memo, useMemo, useRef, type ReactNode } from 'react';
import { KADER_LABEL, KADERS, LOKETTEN_UITLEG, type Kader } from '../../../../shared/domain/labels';
import { ROUTE_LABEL, ROUTES, type RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import { formatGetal } from '../../../../shared/format';
import { KADER_KLEUR, ROUTE_KLEUR } from '../../kleuren';
import { Downloads } from '../../onderdelen/Downloads';
import { Grafiek, type GrafiekHandvat, type GrafiekOpties } from '../../onderdelen/Grafiek';
import type { UitlegBron } from '../../onderdelen/Uitleg';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { Sectie } from './Sectie';
import { Tabel, alsDataTabel, toonWaarde, type TabelKolom, type Toelichting } from './Tabel';
import { partijNaam, uitlegUitZinnen, uitlegVan } from './uitleg';

/** Route names for narrow table headers: they may break at the soft hyphen. */
const ROUTE_KOP: Record<RouteId, string> = { huidig: 'Huidige situatie', gemeenteroute: 'Gemeente\u00ADroute', onderwijsroute: 'Onderwijs\u00ADroute', integraal: 'Integrale route' };

/** One key figure: a row of the table, with a value per route. */
interface KernRij {
  id: string;
  label: string;
  kader?: Kader;
  soort: 'euro' | 'getal' | 'tekst';
  waarde: (r: RouteId) => number | string | null;
  uitleg?: (r: RouteId) => UitlegBron | undefined;
}

/** Soft hyphens in long Dutch compounds, so a narrow column breaks "onderwijs-zorg-autoriteit" well. */
function afbreekbaar(tekst: string): string {
  return tekst.replace(/(onderwijs|zorg|samenwerkings|gemeente)(?=\p{L}{4,})/gu, '$1\u00AD');
}

function budgethouderTekst(ev: EvaluatieWeergave, r: RouteId): string {
  const h = ev.routes[r].budgethouders;
  if (!h.length) return 'geen';
  if (h.length === 1) return partijNaam(ev, h[0].partij);
  return `${formatGetal(h.length)} samenwerkingsverbanden`;
}

function budgethouderUitleg(ev: EvaluatieWeergave, r: RouteId): UitlegBron | undefined {
  const h = ev.routes[r].budgethouders;
  if (h.length === 1) return uitlegVan(ev, `${r}/budgethouder/${h[0].partij}`);
  if (!h.length) return { titel: 'Geen budgethouder', regels: ['In de huidige situatie betaalt elke financier per school en per kader zelf de kosten van zijn leerlingen.'], bron: 'Rekenmodel §4; DSP-groep & Oberon (2022), par. 3.1' };
  return uitlegUitZinnen(
    ev,
    `Budgethouders (${ROUTE_LABEL[r]})`,
    () => h.map((b) => [`${r}/budgethouder/${b.partij}`, partijNaam(ev, b.partij)]),
    'Rekenmodel §4 (onderwijsroute: het SWV van de vestiging beheert de pot van de school)',
  );
}

function lokettenUitleg(ev: EvaluatieWeergave, r: RouteId): UitlegBron {
  const route = ev.routes[r];
  return uitlegUitZinnen(
    ev,
    `Loketten per school (${ROUTE_LABEL[r]}): gemiddeld ${formatGetal(route.loketten.gemiddeld, 1)}, hoogstens ${formatGetal(route.loketten.max)}`,
    () => Object.keys(route.lokettenPerSchool).map((code) => [`${r}/loketten/${code}`, `${code}: ${formatGetal(route.lokettenPerSchool[code])}`]),
    'Rekenmodel §4 (indicatoren per route): het aantal verschillende partijen waarvan een school zorggeld ontvangt',
  );
}

export function kernRijen(ev: EvaluatieWeergave): KernRij[] {
  const kaders = KADERS.filter((k) => ev.toegepast.potKaders.includes(k) || ev.pot.perKader[k] > 0);
  const potRoute = (r: RouteId) => r !== 'huidig';
  const rijen: KernRij[] = [
    { id: 'budgethouder', label: 'Budgethouder', soort: 'tekst', waarde: (r) => budgethouderTekst(ev, r), uitleg: (r) => budgethouderUitleg(ev, r) },
    { id: 'pot', label: 'Pot', soort: 'euro', waarde: (r) => (potRoute(r) ? ev.routes[r].pot.totaal : null), uitleg: (r) => (potRoute(r) ? uitlegVan(ev, 'pot') : undefined) },
    ...kaders.map(
      (k): KernRij => ({
        id: `kader-${k}`,
        label: KADER_LABEL[k],
        kader: k,
        soort: 'euro',
        waarde: (r) => (potRoute(r) ? ev.routes[r].pot.perKader[k] : null),
        uitleg: (r) => (potRoute(r) ? uitlegVan(ev, `pot/kader/${k}`) : undefined),
      }),
    ),
  ];
  if (ROUTES.some((r) => ev.routes[r].uitvoeringskosten > 0)) {
    rijen.push({ id: 'uitvoeringskosten', label: 'Uitvoeringskosten', soort: 'euro', waarde: (r) => (potRoute(r) ? ev.routes[r].uitvoeringskosten : null), uitleg: (r) => (potRoute(r) ? uitlegVan(ev, `${r}/budgethouder/${ev.routes[r].budgethouders[0]?.partij}`) : undefined) });
  }
  rijen.push(
    { id: 'nietInPot', label: 'Niet in de pot', soort: 'euro', waarde: (r) => (potRoute(r) ? ev.routes[r].nietInPot.totaal : null), uitleg: (r) => (potRoute(r) ? uitlegVan(ev, 'nietInPot') : undefined) },
    { id: 'buitenScope', label: 'Buiten de scope', soort: 'euro', waarde: (r) => (potRoute(r) ? ev.routes[r].buitenScope.totaal : null), uitleg: (r) => (potRoute(r) ? uitlegVan(ev, 'buitenScope') : undefined) },
    { id: 'zorgTotaal', label: 'Zorgkosten, alle taken (nu)', soort: 'euro', waarde: () => ev.zorgTotaal, uitleg: () => uitlegVan(ev, 'zorgTotaal') },
    { id: 'stromen', label: 'Geldstromen', soort: 'getal', waarde: (r) => ev.routes[r].aantalStromen, uitleg: (r) => uitlegVan(ev, `${r}/stromen`) },
    { id: 'loketten', label: 'Loketten per school, gem.', soort: 'getal', waarde: (r) => ev.routes[r].loketten.gemiddeld, uitleg: (r) => lokettenUitleg(ev, r) },
    { id: 'lokettenMax', label: 'Loketten per school, max.', soort: 'getal', waarde: (r) => ev.routes[r].loketten.max, uitleg: (r) => lokettenUitleg(ev, r) },
  );
  return rijen;
}

function routeKolom(r: RouteId): TabelKolom<KernRij> {
  return {
    kop: ROUTE_LABEL[r],
    kopScherm: (
      <>
        <Kleurblok kleur={ROUTE_KLEUR[r]} />
        {ROUTE_KOP[r]}
      </>
    ),
    soort: 'getal',
    waarde: (rij) => rij.waarde(r),
    toon: (rij): ReactNode => {
      const w = rij.waarde(r);
      if (w === null) return rij.id === 'pot' ? 'geen pot' : '–';
      return rij.soort === 'tekst' ? <span className="tekst-in-getal">{afbreekbaar(String(w))}</span> : toonWaarde(w, rij.soort);
    },
    uitleg: (rij) => rij.uitleg?.(r),
  };
}

export const KERN_KOLOMMEN: TabelKolom<KernRij>[] = [
  {
    kop: 'Kerncijfer',
    soort: 'tekst',
    waarde: (r) => r.label,
    toon: (r) => (
      <span className={r.kader ? 'geen-afbreking' : undefined} style={{ paddingLeft: r.kader ? 16 : 0 }}>
        {r.kader && <Kleurblok kleur={KADER_KLEUR[r.kader]} />}
        {r.label}
      </span>
    ),
  },
  ...ROUTES.map(routeKolom),
];

function routeGrafiek(ev: EvaluatieWeergave): GrafiekOpties {
  const reeks = (grid: number, name: string, waarde: (r: RouteId) => number, opmaak: (n: number) => string) => ({
    type: 'bar' as const,
    name,
    xAxisIndex: grid,
    yAxisIndex: grid,
    data: ROUTES.map((r) => ({ value: waarde(r), itemStyle: { color: ROUTE_KLEUR[r] } })),
    label: { show: true, position: 'right' as const, fontSize: 13, fontWeight: 700 as const, formatter: (p: { value: unknown }) => opmaak(Number(p.value)) },
    barMaxWidth: 18,
  });
  const titel = (text: string, top: number) => ({ text, left: 0, top, textStyle: { fontSize: 13, fontWeight: 600 as const, color: '#1a1a1a' } });
  return {
    title: [titel('Aantal geldstromen', 0), titel('Loketten per school (gemiddeld)', 138)],
    grid: [
      { left: 8, right: 48, top: 22, height: 100, containLabel: true },
      { left: 8, right: 48, top: 160, height: 100, containLabel: true },
    ],
    tooltip: { trigger: 'item' },
    yAxis: [0, 1].map((g) => ({ type: 'category' as const, gridIndex: g, inverse: true, data: ROUTES.map((r) => ROUTE_LABEL[r]), axisLabel: { fontSize: 12 }, axisTick: { show: false } })),
    xAxis: [0, 1].map((g) => ({ type: 'value' as const, gridIndex: g, splitNumber: 3, axisLabel: { show: false }, splitLine: { show: false } })),
    series: [reeks(0, 'Aantal geldstromen', (r) => ev.routes[r].aantalStromen, (n) => formatGetal(n)), reeks(1, 'Loketten per school (gemiddeld)', (r) => ev.routes[r].loketten.gemiddeld, (n) => formatGetal(n, 1))],
  } as GrafiekOpties;
}

/** The routes side by side: who holds the pot, its size and make-up, the flows and loketten. */
export const Kerncijfers = memo(function Kerncijfers({ ev, toelichting }: { ev: EvaluatieWeergave; toelichting: Toelichting }) {
  const rijen = useMemo(() => kernRijen(ev), [ev]);
  // Redraw the chart only when its figures change (a scope change often leaves them as they are).
  const cijfers = JSON.stringify(ROUTES.map((r) => [ev.routes[r].aantalStromen, ev.routes[r].loketten.gemiddeld]));
  const opties = useMemo(() => routeGrafiek(ev), [cijfers]); // eslint-disable-line react-hooks/exhaustive-deps
  const grafiek = useRef<GrafiekHandvat>(null);
  const data = () => alsDataTabel('Kerncijfers per route', 'kerncijfers-per-route', KERN_KOLOMMEN, rijen, toelichting);
  return (
    <Sectie
      titel="Kerncijfers per route"
      omschrijving={`Alle routes bundelen dezelfde pot; ze verschillen in wie het geld beheert, hoeveel geldstromen er zijn en bij hoeveel loketten een school zorggeld haalt. ${LOKETTEN_UITLEG} Wijs een getal aan voor de berekening.`}
      acties={<Downloads tabel={data} grafiek={grafiek} label="kerncijfers per route" />}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <Tabel label="Kerncijfers per route" kolommen={KERN_KOLOMMEN} rijen={rijen} sleutel={(r) => r.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <Grafiek renderer="canvas" ref={grafiek} opties={opties} hoogte={280} label="Staafdiagrammen: aantal geldstromen en loketten per school voor elke route" categorie="Route" />
        </Grid.Col>
      </Grid>
    </Sectie>
  );
});
