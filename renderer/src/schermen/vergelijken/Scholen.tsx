import { Grid, Stack, Text } from '@mantine/core';
import { memo, useContext, useEffect, useMemo, useRef } from 'react';
import { KADER_LABEL, KADERS } from '../../../../shared/domain/labels';
import { PROFESSIONALS, ROUTE_LABEL, ROUTES, type SchoolPot } from '../../../../shared/engine';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import type { RegioBestand } from '../../../../shared/regio/schema';
import { formatEuro, formatGetal, formatMiljoen } from '../../../../shared/format';
import { KADER_KLEUR, MARKERING_KLEUR } from '../../kleuren';
import { Downloads, type DataTabel } from '../../onderdelen/Downloads';
import { BijwerkenInBeeld } from '../../onderdelen/buitenBeeld';
import { Grafiek, type GrafiekHandvat, type GrafiekKlik, type GrafiekOpties } from '../../onderdelen/Grafiek';
import { PartijKnop, isGemarkeerd, useMarkering } from './Markering';
import { Sectie } from './Sectie';
import { Uitleg } from './UitlegLaag';
import { LangeTabel, alsDataTabel, toelichtingRegels, type TabelKolom, type Toelichting } from './Tabel';
import { grootsteMetMarkering } from './grootste';
import { html, uitlegFormatter, uitlegUitZinnen, uitlegVan } from './uitleg';
import { schoolId, swvId } from '../../../../shared/domain/partijen';
import { useFormatie } from './useFormatie';
import { EvaluatieBronContext, type EvaluatieBron } from './useEvaluaties';
import { ONDERWIJSPERSONEEL } from '../../../../shared/domain/catalogus';

const PROFESSIONAL_NAAM = new Map(PROFESSIONALS.map((p) => [p.id, p.naam]));
const MIN_FTE = 0.005;
/** Schools in the chart at most: at national scale it shows the largest budgets, the table all. */
const GRAFIEK_MAX = 15;

interface SchoolRij {
  s: SchoolPot;
  swv?: { code: string; naam: string };
}

function schoolKolommen(ev: EvaluatieWeergave): TabelKolom<SchoolRij>[] {
  const formatie = new Map(ev.formatie.map((f) => [f.school, f]));
  const loketten: TabelKolom<SchoolRij>[] = ROUTES.map((r) => ({
    kop: `Loketten ${ROUTE_LABEL[r].toLowerCase()}`,
    soort: 'getal',
    alleenExport: true,
    waarde: ({ s }) => ev.routes[r].lokettenPerSchool[s.school] ?? null,
  }));
  return [
    { kop: 'School', soort: 'tekst', waarde: ({ s }) => s.naam, toon: ({ s }) => <PartijKnop partij={schoolId(s.school)} naam={s.naam} /> },
    { kop: 'Samenwerkingsverband', soort: 'tekst', onderVorige: true, waarde: ({ swv }) => swv?.naam ?? '', toon: ({ swv }) => (swv ? <PartijKnop partij={swvId(swv.code)} naam={swv.naam} /> : '') },
    { kop: 'Budget uit de pot', kopScherm: 'Budget', soort: 'euro', som: true, waarde: ({ s }) => s.totaal, uitleg: ({ s }) => uitlegVan(ev, `pot/school/${s.school}`) },
    { kop: 'Aandeel pot in de kosten', kopScherm: 'deel van de kosten', soort: 'fractie', onderVorige: true, waarde: ({ s }) => s.aandeelPot },
    { kop: 'Alle kosten van de school', soort: 'euro', alleenExport: true, waarde: ({ s }) => s.kosten },
    { kop: 'Formatie (fte)', kopScherm: 'Formatie', soort: 'fte', som: true, waarde: ({ s }) => formatie.get(s.school)?.fteTotaal ?? null },
    { kop: 'Fte uit de pot', kopScherm: 'fte uit de pot', onderVorige: true, soort: 'fte', som: true, waarde: ({ s }) => formatie.get(s.school)?.fteUitPot ?? null, uitleg: ({ s }) => uitlegVan(ev, `formatie/${s.school}`) },
    {
      kop: 'Loketten: nu → gemeente-, onderwijs-, integrale route',
      kopScherm: (
        <>
          Loketten
          <div className="onder-kop">nu → routes</div>
        </>
      ),
      soort: 'tekst',
      alleenScherm: true,
      breedte: 120,
      waarde: ({ s }) => ROUTES.map((r) => formatGetal(ev.routes[r].lokettenPerSchool[s.school] ?? 0)).join(' → '),
      toon: ({ s }) => (
        <Uitleg
          uitleg={uitlegUitZinnen(
            ev,
            `Loketten ${s.naam}`,
            ROUTES.map((r) => [`${r}/loketten/${s.school}`, `${ROUTE_LABEL[r]}: ${formatGetal(ev.routes[r].lokettenPerSchool[s.school] ?? 0)}`]),
            'Rekenmodel §4: het aantal verschillende partijen waarvan de school zorggeld ontvangt',
          )}
        >
          <span className="geen-afbreking">
            {`${formatGetal(ev.routes.huidig.lokettenPerSchool[s.school] ?? 0)} → ${ROUTES.filter((r) => r !== 'huidig')
              .map((r) => formatGetal(ev.routes[r].lokettenPerSchool[s.school] ?? 0))
              .join(' / ')}`}
          </span>
        </Uitleg>
      ),
    },
    ...loketten,
    ...KADERS.map((k): TabelKolom<SchoolRij> => ({ kop: `Budget ${KADER_LABEL[k]}`, soort: 'euro', alleenExport: true, waarde: ({ s }) => s.perKader[k] })),
  ];
}

function schoolGrafiek(ev: EvaluatieWeergave, rijen: SchoolRij[], gemarkeerd: (r: SchoolRij) => boolean, metMarkering: boolean): GrafiekOpties {
  const kaders = KADERS.filter((k) => ev.pot.perKader[k] > 0);
  return {
    legend: { top: 0, data: kaders.map((k) => KADER_LABEL[k]) },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: uitlegFormatter((p) => {
        const q = p as { dataIndex: number; seriesName: string; value: number };
        const s = rijen[q.dataIndex].s;
        const bedrag = `<div style="margin-top:4px">${html(q.seriesName)}: ${formatEuro(q.value)}</div>`;
        return { bron: uitlegVan(ev, `pot/school/${s.school}`), terugval: bedrag, max: 6, extra: bedrag };
      }),
    },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { hideOverlap: true, formatter: (v: number) => (v === 0 ? '0' : formatMiljoen(v, 1)) } },
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      data: rijen.map((r) => r.s.naam),
      axisLabel: {
        fontSize: 12,
        width: 220,
        overflow: 'truncate',
        formatter: (naam: string) => (metMarkering && gemarkeerd(rijen.find((r) => r.s.naam === naam)!) ? `{vet|${naam}}` : naam),
        rich: { vet: { fontWeight: 700, backgroundColor: MARKERING_KLEUR.achtergrond, padding: [2, 4] } },
      },
    },
    series: kaders.map((k) => ({
      type: 'bar' as const,
      name: KADER_LABEL[k],
      stack: 'pot',
      barMaxWidth: 26,
      itemStyle: { color: KADER_KLEUR[k] },
      // Plain values unless a school is highlighted: ECharts then keeps no style per bar.
      data: rijen.map((r) => (metMarkering ? { value: r.s.perKader[k], itemStyle: { opacity: gemarkeerd(r) ? 1 : 0.3 } } : r.s.perKader[k])),
    })),
  } as GrafiekOpties;
}

async function formatieTabel(bron: EvaluatieBron, ev: EvaluatieWeergave, toelichting: Toelichting): Promise<DataTabel> {
  const naam = new Map(ev.pot.perSchool.map((s) => [s.school, s.naam]));
  const formatie = await bron.formatie(ev, null);
  return {
    titel: 'Formatie per school en professional',
    bestandsnaam: 'formatie-per-school',
    kolommen: [
      { kop: 'School', soort: 'tekst' },
      { kop: 'Professional', soort: 'tekst' },
      { kop: 'Fte', soort: 'fte' },
      { kop: 'Fte uit de pot', soort: 'fte' },
    ],
    rijen: formatie.flatMap((f) =>
      Object.entries(f.perProfessional)
        .filter(([, v]) => v.fte >= MIN_FTE)
        .map(([p, v]) => [naam.get(f.school) ?? f.school, PROFESSIONAL_NAAM.get(p) ?? p, v.fte, v.uitPot]),
    ),
    toelichting: toelichtingRegels(toelichting),
  };
}

function FormatieDetail({ ev, school, toelichting }: { ev: EvaluatieWeergave; school: SchoolPot; toelichting: Toelichting }) {
  const bron = useContext(EvaluatieBronContext);
  const { formatie: f, verouderd } = useFormatie(ev, school.school);
  const totaal = ev.formatie.find((x) => x.school === school.school);
  const rijen = useMemo(
    () =>
      Object.entries(f?.perProfessional ?? {})
        .filter(([p, v]) => v.fte >= MIN_FTE && !ONDERWIJSPERSONEEL.has(p))
        .sort((a, b) => b[1].fte - a[1].fte)
        .map(([p, v]) => ({ p, ...v })),
    [f],
  );
  type Rij = (typeof rijen)[number];
  const kolommen: TabelKolom<Rij>[] = [
    { kop: 'Professional', soort: 'tekst', waarde: (r) => PROFESSIONAL_NAAM.get(r.p) ?? r.p },
    { kop: 'Fte', soort: 'fte', som: true, waarde: (r) => r.fte },
    { kop: 'Fte uit de pot', soort: 'fte', som: true, waarde: (r) => r.uitPot, uitleg: () => uitlegVan(ev, `formatie/${school.school}`) },
  ];
  return (
    <Sectie
      titel={`Formatie die de pot koopt: ${school.naam}`}
      omschrijving="Fte per professional binnen de scope en het deel uit de pot (fte × het aandeel van de pot in de kosten van de school); leerkrachten en docenten betaalt de school uit onderwijsgeld, zij staan er niet bij. Markeer een andere school om haar formatie te zien."
      acties={<Downloads tabel={() => formatieTabel(bron, ev, toelichting)} label="formatie per school en professional" />}
    >
      <div className={verouderd ? 'deel-verouderd' : undefined} aria-busy={verouderd || undefined}>
        <LangeTabel label={`Formatie per professional, ${school.naam}`} kolommen={kolommen} rijen={rijen} sleutel={(r) => r.p} meervoud="professionals" zoekTekst="Zoek professional…" hoogte={400} />
      </div>
      {totaal && (
        <Text size="sm" mt="xs">
          Samen {formatGetal(totaal.fteTotaal, 1)} fte, waarvan {formatGetal(totaal.fteUitPot, 1)} fte uit de pot.
        </Text>
      )}
    </Sectie>
  );
}

/** Per school: the budget from the pot, its make-up by kader, and the formatie it buys. */
export const Scholen = memo(function Scholen({ ev, regio, toelichting }: { ev: EvaluatieWeergave; regio: RegioBestand; toelichting: Toelichting }) {
  const m = useMarkering();
  const swvs = new Map(regio.samenwerkingsverbanden.map((s) => [s.code, s]));
  const swvVan = new Map(regio.scholen.map((s) => [s.code, swvs.get(s.swv)]));
  const rijen: SchoolRij[] = ev.pot.perSchool.map((s) => ({ s, swv: swvVan.get(s.school) }));
  const partijen = (r: SchoolRij) => [schoolId(r.s.school), r.swv ? swvId(r.swv.code) : undefined];
  const gemarkeerd = (r: SchoolRij) => isGemarkeerd(m, ...partijen(r));
  const metMarkering = rijen.some(gemarkeerd);
  const kolommen = schoolKolommen(ev);
  const grafiek = useRef<GrafiekHandvat>(null);
  const inGrafiek = grootsteMetMarkering(rijen, GRAFIEK_MAX, (r) => r.s.totaal, gemarkeerd);
  const opties = useMemo(() => schoolGrafiek(ev, inGrafiek, gemarkeerd, metMarkering), [ev, m.gemarkeerd]); // eslint-disable-line react-hooks/exhaustive-deps
  const detail = rijen.find((r) => m.gemarkeerd === schoolId(r.s.school))?.s ?? rijen.find(gemarkeerd)?.s ?? rijen[0]?.s;
  // A changed variant asks the shown school's formatie together with its evaluation.
  const bron = useContext(EvaluatieBronContext);
  const detailSchool = detail?.school ?? null;
  useEffect(() => (detailSchool === null ? undefined : bron.volg((b, regioId, variant) => b.formatieVooruit(regioId, variant, detailSchool))), [bron, detailSchool]);
  const klik = (e: GrafiekKlik) => {
    const naam = e.componentType === 'yAxis' ? (e as unknown as { value: string }).value : e.name;
    const r = inGrafiek.find((x) => x.s.naam === naam);
    if (r) m.wissel(schoolId(r.s.school));
  };
  const data = () => alsDataTabel('Budget en formatie per school', 'budget-en-formatie-per-school', kolommen, rijen, toelichting);
  return (
    <Stack gap="md">
      <Sectie
        titel="Budget en formatie per school"
        omschrijving="Het budget van elke school is in elke route hetzelfde; de routes verschillen in wie het betaalt en bij hoeveel loketten de school aanklopt. Klik op een school of samenwerkingsverband om te markeren."
        acties={<Downloads tabel={data} grafiek={grafiek} label="budget en formatie per school" />}
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, xl: 7 }}>
            <LangeTabel
              label="Budget en formatie per school"
              kolommen={kolommen}
              rijen={rijen}
              sleutel={(r) => r.s.school}
              partijen={partijen}
              meervoud="scholen"
              zoekTekst="Zoek school of samenwerkingsverband…"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 5 }}>
            {inGrafiek.length < rijen.length && (
              <Text size="sm" c="dimmed" mb={4}>
                De {formatGetal(inGrafiek.length)} scholen met het grootste budget (van {formatGetal(rijen.length)}); de tabel heeft ze allemaal.
              </Text>
            )}
            <Grafiek renderer="canvas" ref={grafiek} opties={opties} hoogte={Math.max(220, inGrafiek.length * 40 + 60)} label="Gestapelde staven: budget uit de pot per school naar kader" onKlik={klik} categorie="School" eenheid="euro" />
          </Grid.Col>
        </Grid>
      </Sectie>
      {/* Below the fold at first: a what-if change redraws it when it is scrolled to. */}
      {detail && (
        <BijwerkenInBeeld>
          <FormatieDetail ev={ev} school={detail} toelichting={toelichting} />
        </BijwerkenInBeeld>
      )}
    </Stack>
  );
});
