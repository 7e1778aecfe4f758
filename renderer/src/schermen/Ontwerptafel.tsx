import './vergelijken/vergelijken.css';
import './ontwerptafel/ontwerptafel.css';
import { Badge, Button, Group, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { VariantInvoer } from '../../../shared/engine';
import type { RegioBestand } from '../../../shared/regio/schema';
import { formatGetal } from '../../../shared/format';
import { NaTekenen } from '../onderdelen/NaTekenen';
import { Foutmelding, Laden } from '../onderdelen/Toestand';
import { CriteriaEnGewichten } from './ontwerptafel/CriteriaEnGewichten';
import { Meerjarenraming } from './ontwerptafel/Meerjarenraming';
import { Momentopnamen } from './ontwerptafel/Momentopnamen';
import { Presentatie } from './ontwerptafel/Presentatie';
import { Scopebesluit } from './ontwerptafel/Scopebesluit';
import { SessieBalk } from './ontwerptafel/SessieBalk';
import { useOntwerpsessie } from './ontwerptafel/useOntwerpsessie';
import { useScopeEffecten, useWeging } from './ontwerptafel/useTafelBerekeningen';
import { useTafelVariant } from './ontwerptafel/useTafelVariant';
import { Verslag } from './ontwerptafel/Verslag';
import { MetRegio } from './vergelijken/MetRegio';

const TABS = [
  { id: 'criteria', label: 'Criteria en gewichten' },
  { id: 'scope', label: 'Scope' },
  { id: 'momentopnamen', label: 'Momentopnamen' },
  { id: 'meerjaren', label: 'Meerjarenraming' },
  { id: 'export', label: 'Export' },
] as const;
type Tab = (typeof TABS)[number]['id'];

function OntwerptafelScherm({ regioId, regio }: { regioId: number; regio: RegioBestand }) {
  const sessies = useOntwerpsessie(regioId);
  const [tafel, variant] = useTafelVariant(regioId, regio);
  const stand = sessies.stand;
  const weging = useWeging(regioId, tafel.variant, stand?.sessie ?? null);
  const [tab, zetTab] = useState<Tab>('criteria');
  const [presenteren, zetPresenteren] = useState(false);
  // One engine evaluation per task: asked only where it is shown (the Scope tab, the presentation).
  const effecten = useScopeEffecten(regioId, tab === 'scope' || presenteren ? tafel.variant : null);
  const pasScopeToe = useCallback((taken: string[]) => variant.wijzig((v) => ({ ...v, scope: taken }), 'scope uit het voorstel'), [variant]);
  const laadVariant = useCallback((naam: string, v: VariantInvoer) => variant.kies('', v, `Variant van momentopname "${naam}"`), [variant]);

  if (sessies.laadFout) return <Foutmelding fout={sessies.laadFout} titel="De sessies van de ontwerptafel konden niet worden geladen" />;
  if (!stand) return <Laden tekst="Sessie openen…" />;
  const sessie = stand.sessie;
  return (
    <Stack gap="md" className="ontwerptafel">
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={2}>Ontwerptafel</Title>
          <Text size="sm" c="dimmed">
            Samen kiezen welke taken tot zorg in onderwijstijd horen en welke route de regio neemt (par. 5.3 van het rapport).
          </Text>
        </div>
        <Tooltip label="Volledig scherm voor de beamer: blader met ← →, spring met 1–5, stop met Esc" multiline w={260}>
          <Button size="md" color="dark" onClick={() => zetPresenteren(true)} style={{ flexShrink: 0 }}>
            Presenteren
          </Button>
        </Tooltip>
      </Group>
      <SessieBalk
        regioId={regioId}
        regio={regio}
        sessies={sessies}
        stand={stand}
        tafel={tafel}
        kiesVariant={variant.kies}
        naOpenen={(_naam, v) => v && variant.kies('', v, 'Variant van de laatste momentopname')}
      />
      <Tabs value={tab} onChange={(t) => t && zetTab(t as Tab)} keepMounted={false} variant="outline">
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab key={t.id} value={t.id} rightSection={t.id === 'momentopnamen' && sessie.momentopnamen.length ? <Badge size="sm" variant="light" circle>{formatGetal(sessie.momentopnamen.length)}</Badge> : undefined}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="criteria" pt="md">
          {/* The screen's first tab: its tables and charts render after the heading and the tabs are painted, in slices. */}
          <NaTekenen>
            <CriteriaEnGewichten sessie={sessie} wijzig={sessies.wijzig} weging={weging} />
          </NaTekenen>
        </Tabs.Panel>
        <Tabs.Panel value="scope" pt="md">
          <Scopebesluit regioId={regioId} sessie={sessie} wijzig={sessies.wijzig} variant={tafel.variant} effecten={effecten.data} fout={effecten.fout} pasToe={pasScopeToe} />
        </Tabs.Panel>
        <Tabs.Panel value="momentopnamen" pt="md">
          <Momentopnamen regioId={regioId} sessie={sessie} variant={tafel.variant} wijzig={sessies.wijzig} opslaan={sessies.opslaan} laadVariant={laadVariant} />
        </Tabs.Panel>
        <Tabs.Panel value="meerjaren" pt="md">
          <Meerjarenraming regioId={regioId} variant={tafel.variant} sessie={sessie} wijzig={sessies.wijzig} />
        </Tabs.Panel>
        <Tabs.Panel value="export" pt="md">
          <Verslag regioId={regioId} sessie={sessie} variant={tafel.variant} wijzig={sessies.wijzig} />
        </Tabs.Panel>
      </Tabs>
      {presenteren && (
        <Presentatie
          regioId={regioId}
          regio={regio}
          sessie={sessie}
          variant={tafel.variant}
          wijzigVariant={variant.wijzig}
          weging={weging.data?.weging ?? null}
          effecten={effecten.data}
          onSluiten={() => zetPresenteren(false)}
        />
      )}
    </Stack>
  );
}

/**
 * The ontwerptafel (workshop mode, par. 5.3): the instrument of a session where gemeenten,
 * samenwerkingsverbanden, schoolbesturen, zorgaanbieders, zorgkantoren, zorgverzekeraars and ouders
 * decide together on the scope and the route.
 */
export function Ontwerptafel({ regioId }: { regioId: number }) {
  return <MetRegio regioId={regioId}>{(regio) => <OntwerptafelScherm regioId={regioId} regio={regio} />}</MetRegio>;
}
