import { Button, Group, Stack, Text } from '@mantine/core';
import { SCHOLEN_ONDERWIJS } from '../../../../shared/domain/partijen';
import { useElementSize } from '@mantine/hooks';
import { memo, useCallback, useContext, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { ROUTE_LABEL, type PartijSoort, type RouteId } from '../../../../shared/engine';
import type { EvaluatieWeergave, Geldstromen as RouteStromen } from '../../../../shared/engine/evaluatie-weergave';
import { formatEuro, formatGetal } from '../../../../shared/format';
import { PARTIJ_KLEUR, ROUTE_KLEUR } from '../../kleuren';
import { Downloads } from '../../onderdelen/Downloads';
import { BijwerkenInBeeld } from '../../onderdelen/buitenBeeld';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { useMarkering } from './Markering';
import { RouteKeuze } from './RouteKeuze';
import { SANKEY_MAX, sankeyHoogte, sankeyTekening, sankeyTip, stromenTabel, type SankeyDoel, type TekenVak } from './sankey';
import { sankeyAfbeelding } from './sankeyAfbeelding';
import { SankeyFiguur } from './SankeyFiguur';
import type { SankeyDeel, SankeyVraag } from '../../../../shared/engine/sankey-beperken';
import { Sectie } from './Sectie';
import type { Toelichting } from './Tabel';
import { useGeldstromen } from './useGeldstromen';
import { EvaluatieBronContext } from './useEvaluaties';
import { zonderPot } from '../../../../shared/domain/nu';

const LEGENDA: Array<[PartijSoort, string]> = [
  ['gemeente', 'Gemeente'],
  ['zorgkantoor', 'Zorgkantoor'],
  ['zorgverzekeraar', 'Zorgverzekeraar'],
  ['ggd', 'GGD'],
  ['swv', 'Samenwerkingsverband'],
  ['school', 'School'],
];

/** The download lists every flow of the route: asked for only then. */
const ALLE_STROMEN: SankeyVraag = { deel: 'alles', max: null, gemarkeerd: null };

/**
 * One Sankey of a route. The server limits it to SANKEY_MAX parties per column with the highlighted
 * party kept (`g`: that view, asked by the caller); "Toon alle" asks every party of the part.
 */
function Sankey({ ev, route, g, verouderd, deel, titel, omschrijving, toelichting }: { ev: EvaluatieWeergave; route: RouteId; g: RouteStromen; verouderd: boolean; deel: SankeyDeel; titel: string; omschrijving: string; toelichting: Toelichting }) {
  const bron = useContext(EvaluatieBronContext);
  const m = useMarkering();
  const { ref, width } = useElementSize();
  const [alle, zetAlle] = useState(false);
  const alleStromen = useGeldstromen(ev, route, { deel, max: alle ? null : SANKEY_MAX, gemarkeerd: m.gemarkeerd });
  // Until every party is in, the limited view stays (its flows are explained from their own evaluation).
  // Every party of a national regio is some 800 nodes: that drawing is rendered in slices (deferred).
  const uitgeklapt = useDeferredValue(alle && alleStromen.antwoord ? alleStromen : null);
  const beeld = uitgeklapt?.antwoord ?? g;
  const beeldEv = uitgeklapt?.ev ?? ev;
  // Without "overige" (a small regio, or all shown) nothing to expand: the default view says how many are merged.
  const samengevoegd = g.overige;
  const hoogte = useMemo(() => sankeyHoogte(beeld), [beeld]);
  // The drawing is made where it is shown (a chart out of view skips it) and for the PNG.
  const maak = useCallback(() => sankeyTekening(route, beeld, m.gemarkeerd, width, hoogte), [route, beeld, m.gemarkeerd, width, hoogte]);
  const grafiek = useMemo(
    () => ({
      current: {
        afbeelding: () => {
          const t = maak();
          return t ? sankeyAfbeelding(t) : null;
        },
      },
    }),
    [maak],
  );
  const actie = (v: TekenVak) => (v.actie === 'alle' ? zetAlle(true) : m.wissel(v.knoop.partij));
  const tip = (doel: SankeyDoel) => sankeyTip(beeldEv, route, beeld, deel, doel);
  const verborgen = samengevoegd.reduce((n, o) => n + o.aantal, 0);
  return (
    <Sectie titel={titel} omschrijving={omschrijving} acties={<Downloads tabel={async () => stromenTabel(ev, route, await bron.geldstromen(ev, route, ALLE_STROMEN), toelichting)} grafiek={grafiek} label={titel} />}>
      {samengevoegd.length > 0 && (
        <Group gap="sm" mb="xs" justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {alle
              ? `Alle partijen getoond (${formatGetal(verborgen)} extra).`
              : `De ${formatGetal(SANKEY_MAX)} grootste partijen per kolom; ${formatGetal(verborgen)} kleinere staan samen onder "overige". Een gemarkeerde partij staat er altijd bij.`}
          </Text>
          <Button size="compact-sm" variant="light" onClick={() => zetAlle(!alle)} aria-expanded={alle}>
            {alle ? 'Toon minder' : `Toon alle (${formatGetal(verborgen)} meer)`}
          </Button>
        </Group>
      )}
      {alle && alleStromen.fout !== null && <Foutmelding fout={alleStromen.fout as Error} titel="Niet alle partijen konden worden geladen; de grafiek toont de grootste" />}
      <div ref={ref} className={[alle ? 'sankey-alle' : '', verouderd ? 'deel-verouderd' : ''].join(' ').trim() || undefined} aria-busy={verouderd || undefined} style={beeld.links.length ? { minHeight: hoogte } : undefined}>
        {!beeld.links.length ? (
          <Text c="dimmed">Geen geldstromen.</Text>
        ) : (
          width > 0 && (
            // Out of view (the second chart below the fold) the drawing waits: a what-if change redraws what the user sees.
            <BijwerkenInBeeld>
              <SankeyFiguur maak={maak} label={`Sankeydiagram: ${titel}`} tip={tip} onActie={actie} />
            </BijwerkenInBeeld>
          )
        )}
      </div>
    </Sectie>
  );
}

/** The parts of a route's two charts: today has one chart of every flow (asked twice, one answer). */
const sankeyDelen = (route: RouteId): [SankeyDeel, SankeyDeel] => (route === 'huidig' ? ['alles', 'alles'] : ['pot', 'buiten']);

/** The money flows of each route as Sankey diagrams: the pot, and apart from it what stays individual. */
export const Geldstromen = memo(function Geldstromen({ ev, toelichting }: { ev: EvaluatieWeergave; toelichting: Toelichting }) {
  const [route, zetRoute] = useState<RouteId>('gemeenteroute');
  const { gemarkeerd } = useMarkering();
  const bron = useContext(EvaluatieBronContext);
  // Both charts of a route are asked at once (today has one) and drawn as each comes in: two shorter
  // tasks on the UI thread. The server sends what they draw. A changed variant asks them together
  // with its evaluation (the host answers them right after it), not once the evaluation is in.
  useEffect(
    () =>
      bron.volg((b, regioId, variant) => {
        for (const deel of sankeyDelen(route)) b.geldstromenVooruit(regioId, variant, route, { deel, max: SANKEY_MAX, gemarkeerd });
      }),
    [bron, route, gemarkeerd],
  );
  const [potDeel, buitenDeel] = sankeyDelen(route);
  const pot = useGeldstromen(ev, route, { deel: potDeel, max: SANKEY_MAX, gemarkeerd });
  const buitenPot = useGeldstromen(ev, route, { deel: buitenDeel, max: SANKEY_MAX, gemarkeerd });
  const { antwoord: g, fout } = pot;
  // The figures in the texts are those of the flows drawn (the previous variant's while the new flows come).
  const r = pot.ev.routes[route];
  const rBuiten = buitenPot.ev.routes[route];
  const buiten = g ? g.aantalBuiten : 0;
  const inPot = g ? g.aantalInPot : 0;
  // The route choice and the legend follow the route alone, not every answer.
  const kop = useMemo(
    () => (
      <Group justify="space-between" wrap="wrap" gap="sm">
        <RouteKeuze waarde={route} onChange={zetRoute} label="Route voor de geldstromen" />
        <Group gap="md" wrap="wrap" aria-label="Legenda">
          {LEGENDA.map(([soort, label]) => (
            <Text key={soort} size="sm" className="geen-afbreking">
              <Kleurblok kleur={PARTIJ_KLEUR[soort]} />
              {label}
            </Text>
          ))}
          {!zonderPot(route) && (
            <Text size="sm" className="geen-afbreking">
              <Kleurblok kleur={ROUTE_KLEUR[route]} />
              Budgethouder
            </Text>
          )}
        </Group>
      </Group>
    ),
    [route],
  );
  return (
    <Stack gap="md">
      {kop}
      {!g ? (
        fout ? (
          <Foutmelding fout={fout as Error} titel="De geldstromen konden niet worden geladen" />
        ) : (
          <Laden tekst="Geldstromen laden…" />
        )
      ) : route === 'huidig' ? (
        <Sankey
          ev={pot.ev}
          g={g}
          verouderd={pot.verouderd}
          route="huidig"
          deel="alles"
          titel="Geldstromen nu: elke financier betaalt elke school"
          omschrijving={`${formatGetal(r.aantalStromen)} geldstromen, per financier, school en kader. Klik op een gemeente of school om haar overal te markeren; wijs een stroom aan voor de berekening.`}
          toelichting={toelichting}
        />
      ) : (
        <>
          <Sankey
            ev={pot.ev}
            g={g}
            verouderd={pot.verouderd}
            route={route}
            deel="pot"
            titel={`${ROUTE_LABEL[route]}: geldstromen van de pot`}
            omschrijving={`Financiers → budgethouder → scholen: ${formatEuro(r.pot.totaal)} in ${formatGetal(inPot)} geldstromen. Klik op een gemeente, school of samenwerkingsverband om te markeren.`}
            toelichting={toelichting}
          />
          {buiten === 0 ? (
            <Text c="dimmed" size="sm">
              Alle zorgkosten zitten in de pot: er blijven geen individuele geldstromen over.
            </Text>
          ) : buitenPot.antwoord ? (
            <Sankey
              ev={buitenPot.ev}
              g={buitenPot.antwoord}
              verouderd={buitenPot.verouderd}
              route={route}
              deel="buiten"
              titel={`${ROUTE_LABEL[route]}: buiten de pot (blijft individueel)`}
              omschrijving={`${formatEuro(rBuiten.nietInPot.totaal + rBuiten.buitenScope.totaal - (rBuiten.buitenScope.perFinancier[SCHOLEN_ONDERWIJS] ?? 0))} in ${formatGetal(buiten)} individuele geldstromen, zoals nu: kaders buiten de pot, een pgb dat via de ouders loopt, financiers die niet meedoen, leerlingen van buiten de regio en zorg buiten de scope.`}
              toelichting={toelichting}
            />
          ) : buitenPot.fout ? (
            <Foutmelding fout={buitenPot.fout as Error} titel="De geldstromen buiten de pot konden niet worden geladen" />
          ) : (
            <Laden tekst="Geldstromen buiten de pot laden…" />
          )}
        </>
      )}
    </Stack>
  );
});
