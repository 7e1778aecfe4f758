import { Grid, Text } from '@mantine/core';
import { useMemo } from 'react';
import { ROUTE_LABEL, type RouteId } from '../../../../shared/engine';
import { formatGetal } from '../../../../shared/format';
import { SCORE_MAX, SCORE_MIN, type GroepsResultaat, type Rangplaats, type Wegingsresultaat } from '../../../../shared/ontwerptafel';
import { ROUTE_KLEUR } from '../../kleuren';
import { Grafiek, type GrafiekOpties } from '../../onderdelen/Grafiek';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { Sectie } from '../vergelijken/Sectie';
import { Tabel, type TabelKolom } from '../vergelijken/Tabel';
import { bovenaanTekst, formatScore } from './teksten';

/** The routes in order of their weighted score, each with a bar on the 1–5 scale. */
export function Ranglijst({ rangorde, label }: { rangorde: readonly Rangplaats[]; label: string }) {
  return (
    <ol className="ranglijst" aria-label={label}>
      {rangorde.map((x) => (
        <li key={x.route} className={x.plaats === 1 ? 'eerste' : undefined}>
          <span className="plaats">
            {formatGetal(x.plaats)}
            {x.gedeeld ? '=' : ''}
          </span>
          <span className="route geen-afbreking">
            <Kleurblok kleur={ROUTE_KLEUR[x.route]} />
            {ROUTE_LABEL[x.route]}
          </span>
          <span className="balk" aria-hidden>
            <span style={{ width: `${((x.score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * 100}%`, background: ROUTE_KLEUR[x.route] }} />
          </span>
          <span className="getal score">{formatScore(x.score)}</span>
        </li>
      ))}
    </ol>
  );
}

/** The overall result: the mean of the groups that weighed. */
export function TotaalUitkomst({ weging }: { weging: Wegingsresultaat }) {
  const n = weging.totaal.groepenMeegeteld;
  return (
    <Sectie
      titel="Uitkomst: alle groepen samen"
      omschrijving={`Het gemiddelde van ${formatGetal(n)} ${n === 1 ? 'groep' : 'groepen'}; elke groep telt even zwaar. Score van 1 (slechtst) tot 5 (best).`}
    >
      <Text fw={700} size="lg" mb="xs" aria-label="Bovenaan in totaal">
        Bovenaan: {bovenaanTekst(weging.totaal.rangorde)}
      </Text>
      <Ranglijst rangorde={weging.totaal.rangorde} label="Rangorde van de routes, alle groepen samen" />
    </Sectie>
  );
}

interface Rij {
  id: string;
  naam: string;
  resultaat: Pick<GroepsResultaat, 'scores' | 'rangorde'>;
  zonderGewicht: boolean;
}

/** Short route names for narrow columns (the presentation). */
const ROUTE_KORT: Record<RouteId, string> = { huidig: 'Nu', gemeenteroute: 'Gemeente', onderwijsroute: 'Onderwijs', integraal: 'Integraal' };

function groepKolommen(routes: readonly RouteId[], kort: boolean): TabelKolom<Rij>[] {
  return [
    { kop: 'Groep', soort: 'tekst', waarde: (r) => r.naam, toon: (r) => (r.id === 'totaal' ? <strong>{r.naam}</strong> : kort && r.zonderGewicht ? `${r.naam} (geen voorkeur)` : r.naam) },
    // Narrow: the winner is the bold score with (1).
    ...(kort
      ? []
      : [{ kop: 'Bovenaan', soort: 'tekst', waarde: (r) => (r.zonderGewicht ? 'geen voorkeur (alle gewichten 0)' : bovenaanTekst(r.resultaat.rangorde)), toon: (r) => <span className="geen-afbreking">{r.zonderGewicht ? 'geen voorkeur' : bovenaanTekst(r.resultaat.rangorde)}</span> } satisfies TabelKolom<Rij>]),
    ...routes.map(
      (route): TabelKolom<Rij> => ({
        kop: ROUTE_LABEL[route],
        kopScherm: (
          <span className="geen-afbreking" title={ROUTE_LABEL[route]}>
            <Kleurblok kleur={ROUTE_KLEUR[route]} />
            {kort ? ROUTE_KORT[route] : ROUTE_LABEL[route]}
          </span>
        ),
        soort: 'getal',
        waarde: (r) => r.resultaat.scores[route] ?? null,
        toon: (r) => {
          const plaats = r.resultaat.rangorde.find((x) => x.route === route);
          const s = r.resultaat.scores[route];
          if (s === undefined || !plaats) return '–';
          return (
            <span className={plaats.plaats === 1 && !r.zonderGewicht ? 'winnaar' : undefined}>
              {formatScore(s)} <span className="plaats-klein">({formatGetal(plaats.plaats)})</span>
            </span>
          );
        },
      }),
    ),
  ];
}

function groepenGrafiek(weging: Wegingsresultaat, rijen: Rij[]): GrafiekOpties {
  return {
    legend: { top: 0, data: weging.routes.map((r) => ROUTE_LABEL[r]) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatScore(Number(v)) },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: SCORE_MIN, max: SCORE_MAX, interval: 1, axisLabel: { formatter: (v: number) => formatGetal(v) } },
    yAxis: { type: 'category', inverse: true, data: rijen.map((r) => r.naam), axisLabel: { fontSize: 13, fontWeight: 600 } },
    series: weging.routes.map((route) => ({
      type: 'bar' as const,
      name: ROUTE_LABEL[route],
      itemStyle: { color: ROUTE_KLEUR[route] },
      barMaxWidth: 9,
      barGap: '10%',
      data: rijen.map((r) => r.resultaat.scores[route] ?? null),
    })),
  } as GrafiekOpties;
}

/** Every group's own ranking beside the overall one: a table and a bar chart per route (without the chart: short headers). */
export function GroepenUitkomst({ weging, metGrafiek = true }: { weging: Wegingsresultaat; metGrafiek?: boolean }) {
  const rijen = useMemo<Rij[]>(
    () => [
      { id: 'totaal', naam: 'Alle groepen samen', resultaat: weging.totaal, zonderGewicht: false },
      ...weging.perGroep.map((g) => ({ id: g.groep, naam: g.naam, resultaat: g, zonderGewicht: g.zonderGewicht })),
    ],
    [weging],
  );
  const kolommen = useMemo(() => groepKolommen(weging.routes, !metGrafiek), [weging.routes, metGrafiek]);
  const opties = useMemo(() => groepenGrafiek(weging, rijen), [weging, rijen]);
  const tabel = <Tabel label="Uitkomst per groep" kolommen={kolommen} rijen={rijen} sleutel={(r) => r.id} />;
  return (
    <Sectie titel="Uitkomst per groep" omschrijving="Het gewogen gemiddelde van de scores met de gewichten van elke groep; tussen haakjes de plaats. Vetgedrukt: bovenaan bij die groep.">
      {metGrafiek ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, xl: 7 }}>{tabel}</Grid.Col>
          <Grid.Col span={{ base: 12, xl: 5 }}>
            <Grafiek opties={opties} hoogte={Math.max(260, rijen.length * 46 + 50)} label="Staafdiagram: de gewogen score van elke route per groep en in totaal" categorie="Groep" />
          </Grid.Col>
        </Grid>
      ) : (
        tabel
      )}
    </Sectie>
  );
}
