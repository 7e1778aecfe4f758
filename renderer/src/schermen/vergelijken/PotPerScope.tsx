import { Grid, Text } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { KADER_LABEL, KADERS, type Kader } from '../../../../shared/domain/labels';
import { SCOPE_LABEL, type Variant } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import { formatEuro, formatMiljoen } from '../../../../shared/format';
import { KADER_KLEUR } from '../../kleuren';
import { Downloads } from '../../onderdelen/Downloads';
import { Grafiek, type GrafiekHandvat, type GrafiekOpties } from '../../onderdelen/Grafiek';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { Sectie } from './Sectie';
import { Tabel, alsDataTabel, type TabelKolom, type Toelichting } from './Tabel';
import { uitlegVan } from './uitleg';
import { useEvaluaties } from './useEvaluaties';
import { scopeSoort, scopeVarianten, type ScopeSoort } from './variantBewerken';

interface Rij {
  id: string;
  label: string;
  kader?: Kader;
  waarde: (ev: EvaluatieWeergave) => number;
  figuur: string;
}

function potGrafiek(scopes: ScopeSoort[], evs: EvaluatieWeergave[], kaders: Kader[], huidige: ScopeSoort): GrafiekOpties {
  const naam = (s: ScopeSoort) => (s === huidige ? `${SCOPE_LABEL[s]} (gekozen)` : SCOPE_LABEL[s]);
  return {
    legend: { top: 0, data: kaders.map((k) => KADER_LABEL[k]) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatEuro(Number(v)) },
    grid: { left: 8, right: 80, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { hideOverlap: true, formatter: (v: number) => (v === 0 ? '0' : formatMiljoen(v, 1)) } },
    yAxis: { type: 'category', inverse: true, data: scopes.map(naam), axisLabel: { fontSize: 13, fontWeight: 600 } },
    series: kaders.map((k, i) => ({
      type: 'bar' as const,
      name: KADER_LABEL[k],
      stack: 'pot',
      barMaxWidth: 34,
      itemStyle: { color: KADER_KLEUR[k] },
      data: evs.map((ev) => ev.pot.perKader[k]),
      // The total at the end of the last segment.
      ...(i === kaders.length - 1 ? { label: { show: true, position: 'right' as const, fontWeight: 700 as const, formatter: (p: { dataIndex: number }) => formatMiljoen(evs[p.dataIndex].pot.totaal, 2) } } : {}),
    })),
  } as GrafiekOpties;
}

/** The pot's make-up by kader for breed, medium and smal (and maatwerk), all other settings equal. */
export function PotPerScope({ regioId, variant, maatwerk, toelichting }: { regioId: number; variant: Variant; maatwerk: readonly string[] | null; toelichting: Toelichting }) {
  const lijst = useMemo(() => scopeVarianten(variant, maatwerk), [variant, maatwerk]);
  const varianten = useMemo(() => lijst.map((x) => x.variant), [lijst]);
  const { data, fout } = useEvaluaties(regioId, varianten);
  const grafiek = useRef<GrafiekHandvat>(null);
  const huidige = scopeSoort(variant.scope);
  const scopes = lijst.map((x) => x.soort);
  const evs = data && data.length === scopes.length ? data : null;
  const kaders = useMemo(() => (evs ? KADERS.filter((k) => evs.some((ev) => ev.pot.perKader[k] > 0)) : []), [evs]);
  const opties = useMemo(() => (evs ? potGrafiek(scopes, evs, kaders, huidige) : null), [evs, kaders, huidige]); // eslint-disable-line react-hooks/exhaustive-deps
  if (fout && !evs) return <Foutmelding fout={fout} />;
  if (!evs || !opties) return <Laden tekst="Pot per scope berekenen…" />;

  const rijen: Rij[] = kaders.map((k) => ({ id: k, label: KADER_LABEL[k], kader: k, waarde: (ev) => ev.pot.perKader[k], figuur: `pot/kader/${k}` }));
  const voet: Rij[] = [
    { id: 'pot', label: 'Pot', waarde: (ev) => ev.pot.totaal, figuur: 'pot' },
    { id: 'niet', label: 'Niet in de pot', waarde: (ev) => ev.nietInPot.totaal, figuur: 'nietInPot' },
    { id: 'buiten', label: 'Buiten de scope', waarde: (ev) => ev.buitenScope.totaal, figuur: 'buitenScope' },
  ];
  const kolommen: TabelKolom<Rij>[] = [
    {
      kop: 'Kader',
      soort: 'tekst',
      waarde: (r) => r.label,
      toon: (r) => (
        <>
          {r.kader && <Kleurblok kleur={KADER_KLEUR[r.kader]} />}
          {r.label}
        </>
      ),
    },
    ...scopes.map(
      (s, i): TabelKolom<Rij> => ({
        kop: s === huidige ? `${SCOPE_LABEL[s]} (gekozen)` : SCOPE_LABEL[s],
        soort: 'euro',
        waarde: (r) => r.waarde(evs[i]),
        uitleg: (r) => uitlegVan(evs[i], r.figuur),
      }),
    ),
  ];
  const data_ = () => alsDataTabel('Pot per scope en kader', 'pot-per-scope', kolommen, [...rijen, ...voet], toelichting);
  return (
    <Sectie
      titel="Samenstelling van de pot per scope"
      omschrijving={`De pot naar kader voor de scenario's van het rapport${maatwerk ? ' en uw maatwerk-scope' : ''}, met dezelfde pot-kaders, deelname en verdeelsleutel als de gekozen variant.`}
      acties={<Downloads tabel={data_} grafiek={grafiek} label="pot per scope" />}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 6 }}>
          <Grafiek renderer="canvas" ref={grafiek} opties={opties} hoogte={Math.max(220, scopes.length * 56 + 60)} label="Gestapelde staven: de pot per kader voor breed, medium, smal en maatwerk" categorie="Scope" eenheid="euro" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 6 }}>
          <Tabel label="Pot per scope en kader" kolommen={kolommen} rijen={rijen} voet={voet} sleutel={(r) => r.id} />
          {!maatwerk && (
            <Text size="xs" c="dimmed" mt="xs" className="app-hulp">
              Kies bij Scope een eigen selectie van taken (maatwerk) om die hier als vierde staaf te zien.
            </Text>
          )}
        </Grid.Col>
      </Grid>
    </Sectie>
  );
}
