import './vergelijken/vergelijken.css';
import { Badge, Button, CloseButton, Group, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { memo, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { standaardVariant, type Variant } from '../../../shared/engine';
import type { RegioBestand } from '../../../shared/regio/schema';
import { ApiFout } from '../api';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { Bijdragen } from './vergelijken/Bijdragen';
import { Geldstromen } from './vergelijken/Geldstromen';
import { Kerncijfers } from './vergelijken/Kerncijfers';
import { useMarkering } from './vergelijken/Markering';
import { PotPerScope } from './vergelijken/PotPerScope';
import { Scholen } from './vergelijken/Scholen';
import { partijNaam } from '../../../shared/domain/partijen';
import type { EvaluatieDeel } from '../../../shared/engine/evaluatie-weergave';
import { EvaluatieBronContext, maakEvaluatieBron, useEvaluatie, useVariantNaAntwoord } from './vergelijken/useEvaluaties';
import { VoorspelBron } from './vergelijken/Voorspelling';
import { VariantenVergelijken } from './vergelijken/VariantenVergelijken';
import { ExcelExportKnop } from './vergelijken/ExcelExportKnop';
import { Rekenstatus, maakRekentijd } from './vergelijken/Rekenstatus';
import { VariantPaneel } from './vergelijken/VariantPaneel';
import { VariantWinkelContext, maakVariantWinkel, type VariantWinkel } from './vergelijken/variantWinkel';
import { metDeelname, volledigeVariant } from './vergelijken/variantBewerken';
import { variantKort, variantRegels } from '../../../shared/domain/variant-tekst';
import { MetRegio } from './vergelijken/MetRegio';
import { variantOpSchermSleutel } from './vergelijken/variantOpScherm';
import { Herverdeling } from './vergelijken/Herverdeling';
import { Ingroeipad } from './vergelijken/Ingroeipad';
import { NormEnRealisatie } from './vergelijken/NormEnRealisatie';
import { PrijspeilLabel } from '../onderdelen/Prijspeil';
import { NotitieScherm } from './notitie/NotitieScherm';
import { prijspeilTekst } from '../../../shared/domain/prijspeil-tekst';

/**
 * Performance marks around a variant change: set when the user changes a setting, and after the
 * new evaluation has been rendered and every chart has redrawn (child effects, where the charts
 * call setOption, run before this screen's effect). The e2e test reads the measure.
 */
export const MARK_WIJZIGING = 'zio:variant-gewijzigd';
export const MARK_GETEKEND = 'zio:variant-getekend';
export const MEETPUNT = 'zio:herberekening';
/** Split of the measure: until the engine's answer is in (request, evaluation, transfer, JSON), and the drawing after it. */
export const MARK_ANTWOORD = 'zio:variant-antwoord';
export const MEETPUNT_ANTWOORD = 'zio:herberekening-antwoord';
export const MEETPUNT_TEKENEN = 'zio:herberekening-tekenen';

const TABS = [
  { id: 'kerncijfers', label: 'Kerncijfers' },
  { id: 'geldstromen', label: 'Geldstromen' },
  { id: 'bijdragen', label: 'Bijdragen' },
  { id: 'scope', label: 'Pot per scope' },
  { id: 'scholen', label: 'Scholen' },
  { id: 'herverdeling', label: 'Herverdeeleffect' },
  { id: 'ingroeipad', label: 'Ingroeipad' },
  { id: 'realisatie', label: 'Norm en realisatie' },
  { id: 'varianten', label: 'Varianten' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/**
 * What each tab shows of an evaluation besides the key figures: only those parts are asked for, so
 * a variant change at national scale sends what the visible tab draws (flows, explanations and a
 * school's formatie per professional are asked for by the tab itself when shown).
 */
const DELEN_PER_TAB: Record<Tab, readonly EvaluatieDeel[]> = {
  kerncijfers: [],
  geldstromen: [],
  bijdragen: ['bijdragen'],
  scope: [],
  scholen: ['scholen'],
  varianten: [],
  herverdeling: ['herverdeling'],
  ingroeipad: ['herverdeling'],
  realisatie: ['herverdeling'],
};

const GEEN_PROBLEMEN: Array<{ pad: string; melding: string }> = [];

const opslagSleutel = variantOpSchermSleutel;

/** The variant being designed, kept for the session per regio (so leaving the screen loses nothing). */
function useBewaardeVariant(regioId: number, regio: RegioBestand): [VariantWinkel, Variant] {
  const [winkel] = useState(() => {
    try {
      const bewaard = sessionStorage.getItem(opslagSleutel(regioId));
      if (bewaard) return maakVariantWinkel(volledigeVariant(JSON.parse(bewaard), regio));
    } catch {
      // A stored variant that no longer fits: start from the defaults.
    }
    return maakVariantWinkel(standaardVariant(regio));
  });
  const variant = useSyncExternalStore(winkel.abonneer, winkel.lees);
  // Written when the browser is idle (a write costs some ms, which the click would otherwise pay), a
  // later change replacing one not yet written; written at once when the screen or the page goes.
  const wacht = useRef<{ regioId: number; id: number; schrijf: () => void } | null>(null);
  useEffect(() => {
    const vorige = wacht.current;
    if (vorige) {
      cancelIdleCallback(vorige.id);
      if (vorige.regioId !== regioId) vorige.schrijf();
    }
    const schrijf = () => {
      wacht.current = null;
      sessionStorage.setItem(opslagSleutel(regioId), JSON.stringify(variant));
    };
    wacht.current = { regioId, id: requestIdleCallback(schrijf, { timeout: 1000 }), schrijf };
  }, [regioId, variant]);
  useEffect(() => {
    const nu = () => {
      const w = wacht.current;
      if (!w) return;
      cancelIdleCallback(w.id);
      w.schrijf();
    };
    addEventListener('pagehide', nu);
    return () => {
      removeEventListener('pagehide', nu);
      nu();
    };
  }, []);
  return [winkel, variant];
}

function Markeringslabel({ naam }: { naam: (partij: string) => string }) {
  const m = useMarkering();
  if (!m.gemarkeerd) return null;
  return (
    <Badge
      size="lg"
      variant="outline"
      color="dark"
      style={{ background: '#fff3bf', textTransform: 'none' }}
      rightSection={<CloseButton size="xs" onClick={m.wis} aria-label="Markering opheffen" />}
    >
      Gemarkeerd: {naam(m.gemarkeerd)}
    </Badge>
  );
}

const Paneel = memo(VariantPaneel);

function VergelijkenScherm({ regioId, regio }: { regioId: number; regio: RegioBestand }) {
  // The screen's own memory of answers, also used by its tabs and by asking ahead (see Vergelijken).
  const bron = useContext(EvaluatieBronContext);
  const [winkel, variant] = useBewaardeVariant(regioId, regio);
  const wachtOpMeting = useRef(false);
  const [tab, zetTab] = useState<Tab>('kerncijfers');
  const delen = DELEN_PER_TAB[tab];
  const huidigeDelen = useRef(delen);
  huidigeDelen.current = delen;
  // A change asks the engine at once (with what the visible tab asks next), before React renders:
  // the requests and the render overlap.
  const wijzig = useCallback(
    (f: (v: Variant) => Variant) => {
      performance.mark(MARK_WIJZIGING);
      wachtOpMeting.current = true;
      const nieuw = f(winkel.lees());
      bron.wijziging(regioId, nieuw, huidigeDelen.current).then(
        () => performance.mark(MARK_ANTWOORD),
        () => {},
      );
      winkel.zet(nieuw);
    },
    [bron, regioId, winkel],
  );
  // The panel shows a change at once; the comparison beside it follows when the answer is in (or,
  // after a moment without one, marks its figures stale): the click's own work stays small, so its
  // answer is read as soon as it is in, and drawn in one render.
  const getoond = useVariantNaAntwoord(regioId, variant, delen);
  const { ev, fout, bezig } = useEvaluatie(regioId, getoond, delen);
  // The tab's parts are in (after a tab change the previous answer may lack them: the tab waits).
  const compleet = ev !== null && delen.every((d) => ev.delen.includes(d));
  // Figures of an earlier variant while the new one is computed: shown dimmed and marked busy, never as current.
  const herberekenen = bezig && ev !== null;
  const [rekentijd] = useState(maakRekentijd);
  useEffect(() => {
    if (!ev || !wachtOpMeting.current) return;
    wachtOpMeting.current = false;
    performance.mark(MARK_GETEKEND);
    rekentijd.zet(performance.measure(MEETPUNT, MARK_WIJZIGING, MARK_GETEKEND).duration);
    const antwoord = performance.getEntriesByName(MARK_ANTWOORD).at(-1);
    const wijziging = performance.getEntriesByName(MARK_WIJZIGING).at(-1);
    if (antwoord && wijziging && antwoord.startTime >= wijziging.startTime) {
      performance.measure(MEETPUNT_ANTWOORD, MARK_WIJZIGING, MARK_ANTWOORD);
      performance.measure(MEETPUNT_TEKENEN, MARK_ANTWOORD, MARK_GETEKEND);
    }
  }, [ev]);

  // The last maatwerk selection of tasks, kept when a preset scope is chosen (for "Pot per scope").
  const [maatwerk, zetMaatwerk] = useState<string[] | null>(Array.isArray(variant.scope) ? [...variant.scope] : null);
  useEffect(() => {
    if (Array.isArray(variant.scope)) zetMaatwerk([...variant.scope]);
  }, [variant.scope]);

  const [paneelOpen, zetPaneelOpen] = useState(true);
  const inklappen = useCallback(() => zetPaneelOpen(false), []);
  // What the downloads say about the figures: the settings of the evaluated variant.
  const toelichting = useCallback((): Array<[string, string]> => (ev ? [...variantRegels(ev.variant, regio), ['Prijspeil', prijspeilTekst(ev.prijspeil)], ['Berekend', new Date().toLocaleString('nl-NL')]] : []), [ev, regio]);
  const kort = useMemo(() => variantKort(getoond, regio), [getoond, regio]);
  // Paths within the variant: the contract reports shape problems under $.variant, the service its checks against the regio from $.
  const problemen = useMemo(() => (fout instanceof ApiFout ? fout.fout.problemen.map((p) => ({ ...p, pad: p.pad.replace(/^\$\.variant(?=[.[]|$)/, '$') })) : GEEN_PROBLEMEN), [fout]);
  // Asked ahead when the pointer rests on a switch; not a change, so no mark and no state. Skipped
  // when the variant changed in the meantime (the click came first).
  const voorspel = useCallback(
    (f: (v: Variant) => Variant) => {
      const basis = winkel.lees();
      return () => {
        if (winkel.lees() === basis) bron.voorspel(regioId, f(basis), huidigeDelen.current);
      };
    },
    [bron, regioId, winkel],
  );
  const zetDeelname = useCallback((partij: string, mee: boolean) => wijzig((v) => metDeelname(v, partij, mee)), [wijzig]);
  const laad = useCallback((v: Variant) => wijzig(() => v), [wijzig]);
  const naam = useCallback((partij: string) => partijNaam(regio, partij), [regio]);
  const metDelen = (inhoud: ReactNode) => (compleet ? inhoud : <Laden tekst="Cijfers van dit tabblad ophalen…" />);
  const [notitieVan, zetNotitieVan] = useState<Variant | null>(null);
  // The tab's content depends on the answer, not on the variant being asked: a change re-renders
  // the panel and the header at once, and the figures only when the new answer is in.
  const paneel = useMemo(() => {
    if (!ev) return null;
    switch (tab) {
      case 'kerncijfers':
        return metDelen(<Kerncijfers ev={ev} toelichting={toelichting} />);
      case 'geldstromen':
        return metDelen(<Geldstromen ev={ev} toelichting={toelichting} />);
      case 'bijdragen':
        return metDelen(<Bijdragen ev={ev} toelichting={toelichting} zetDeelname={zetDeelname} />);
      case 'scope':
        return <PotPerScope regioId={regioId} variant={ev.variant} maatwerk={maatwerk} toelichting={toelichting} />;
      case 'scholen':
        return metDelen(<Scholen ev={ev} regio={regio} toelichting={toelichting} />);
      case 'herverdeling':
        return <Herverdeling ev={ev} toelichting={toelichting} />;
      case 'ingroeipad':
        return <Ingroeipad ev={ev} toelichting={toelichting} />;
      case 'realisatie':
        return <NormEnRealisatie ev={ev} toelichting={toelichting} />;
      case 'varianten':
        return <VariantenVergelijken regioId={regioId} regio={regio} variant={ev.variant} onLaden={laad} />;
    }
  }, [ev, tab, compleet, toelichting, zetDeelname, regioId, regio, maatwerk, laad]); // eslint-disable-line react-hooks/exhaustive-deps -- `metDelen` reads `compleet`

  const heeftEv = ev !== null;
  const tabsId = useId();
  const paneelId = `${tabsId}-panel-${tab}`;
  // The tab list re-renders with the tab alone: its panel is the screen's own element, so an answer
  // re-renders the figures without the nine tabs (Mantine's tabs read their context on every render).
  const tabs = useMemo(
    () =>
      heeftEv && (
        <Tabs id={tabsId} value={tab} onChange={(t) => t && zetTab(t as Tab)} variant="outline">
          <Tabs.List>
            {TABS.map((t) => (
              <Tabs.Tab key={t.id} value={t.id} aria-controls={t.id === tab ? paneelId : undefined}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      ),
    [heeftEv, tab, tabsId, paneelId],
  );
  const tabPaneel = heeftEv && (
    <div role="tabpanel" className="vergelijken-paneel" id={paneelId} aria-labelledby={`${tabsId}-tab-${tab}`} style={{ paddingTop: 'var(--mantine-spacing-md)' }}>
      {paneel}
    </div>
  );
  // The variant of the figures on screen, read when an action is clicked: the header's actions then
  // need not re-render with every answer.
  const evNu = useRef(ev);
  evNu.current = ev;
  const variantOpScherm = useCallback(() => evNu.current?.variant ?? null, []);
  const prijspeil = ev?.prijspeil;
  const prijspeilSleutel = JSON.stringify(prijspeil ?? null);
  // Title, badge, the variant in words and the actions: they follow the variant's text, the price
  // level and the busy state, not each answer (their tooltips re-rendered on every one).
  const titelEnActies = useMemo(
    () => (
      /* Title and actions side by side where they fit; otherwise the actions go below (the title is never clipped). */
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        {/* Room for the title, its badge and the variant in words beside the actions; else the actions go below. */}
        <div style={{ flex: '1 1 520px' }}>
          <Group gap="xs" wrap="nowrap">
            <Title order={2} className="geen-afbreking">
              Routes vergelijken
            </Title>
            {heeftEv && <PrijspeilLabel prijspeil={prijspeil} />}
          </Group>
          <Text size="sm" c="dimmed" aria-label="Gekozen variant">
            {kort}
          </Text>
        </div>
        <Group gap="sm" wrap="wrap" style={{ flexShrink: 0 }}>
          <Markeringslabel naam={naam} />
          <ExcelExportKnop regioId={regioId} variant={variantOpScherm} beschikbaar={heeftEv} />
          <Button size="xs" variant="default" disabled={!heeftEv} onClick={() => zetNotitieVan(variantOpScherm())}>
            Bestuurlijke notitie…
          </Button>
          <Rekenstatus bezig={bezig} rekentijd={rekentijd} />
        </Group>
      </Group>
    ),
    [heeftEv, prijspeilSleutel, kort, naam, regioId, variantOpScherm, bezig, rekentijd], // eslint-disable-line react-hooks/exhaustive-deps -- `prijspeilSleutel` stands for `prijspeil`
  );
  // The comparison (header and tabs) re-renders when the evaluation or its state changes, not on the
  // click itself: that render is the panel's.
  const hoofd = useMemo(
    () => (
      <Stack gap="sm" className={`vergelijken-hoofd${fout && ev ? ' verouderd' : ''}${herberekenen ? ' herberekenen' : ''}`}>
        {titelEnActies}
        {fout && (
          <Stack gap={6}>
            <Foutmelding fout={fout} titel="Deze variant kan niet worden doorgerekend; de cijfers hieronder horen bij de vorige instellingen" />
            <Group>
              <Button size="xs" variant="light" onClick={() => wijzig(() => standaardVariant(regio))}>
                Terug naar de standaardinstellingen
              </Button>
            </Group>
          </Stack>
        )}
        {!ev && !fout && <Laden tekst="Routes doorrekenen…" />}
        {tabs && (
          <div className="vergelijken-tabs" aria-busy={herberekenen || !compleet}>
            {tabs}
            {tabPaneel}
          </div>
        )}
      </Stack>
    ),
    [ev, fout, herberekenen, compleet, titelEnActies, tabs, paneel, regio, wijzig],
  );

  if (notitieVan) return <NotitieScherm regioId={regioId} variant={notitieVan} onSluiten={() => zetNotitieVan(null)} />;

  return (
    <VariantWinkelContext value={winkel}>
    <VoorspelBron voorspel={voorspel}>
    <div className="vergelijken">
      {paneelOpen ? (
        <Paneel regio={regio} wijzig={wijzig} maatwerk={maatwerk} problemen={problemen} onInklappen={inklappen} />
      ) : (
        <div className="paneel-ingeklapt">
          <Tooltip label="Instellingen van de variant tonen">
            <Button variant="light" size="sm" onClick={() => zetPaneelOpen(true)} aria-label="Paneel uitklappen">
              Variant ››
            </Button>
          </Tooltip>
        </div>
      )}
      {hoofd}
    </div>
    </VoorspelBron>
    </VariantWinkelContext>
  );
}

/** The route comparison: the four routes side by side for one variant, with instant what-if. */
export function Vergelijken({ regioId }: { regioId: number }) {
  // Provided above the screen, so that the screen's own evaluation, its tabs and the answers asked
  // ahead share one memory (a change then asks the API once, and a prediction serves the click).
  const [bron] = useState(() => maakEvaluatieBron());
  return (
    <EvaluatieBronContext value={bron}>
      <MetRegio regioId={regioId}>{(regio) => <VergelijkenScherm regioId={regioId} regio={regio} />}</MetRegio>
    </EvaluatieBronContext>
  );
}
