import { Badge, Button, Card, Group, Loader, Menu, Text, TextInput, Tooltip } from '@mantine/core';
import { formatGetal } from '../../../../shared/format';
import { useEffect, useState } from 'react';
import type { VariantInvoer } from '../../../../shared/engine';
import type { RegioBestand } from '../../../../shared/regio/schema';
import { Foutmelding } from '../../onderdelen/Toestand';
import { VariantKeuze } from '../../onderdelen/VariantKeuze';
import { VerwijderBevestiging } from '../regio/VerwijderBevestiging';
import { variantKort } from '../../../../shared/domain/variant-tekst';
import { tijdTekst } from './teksten';
import type { Ontwerpsessies, SessieStand } from './useOntwerpsessie';
import type { TafelVariant } from './useTafelVariant';

function Opslagstatus({ stand }: { stand: SessieStand }) {
  const tekst = {
    nieuw: 'Nog niet opgeslagen',
    gewijzigd: 'Gewijzigd…',
    opslaan: 'Opslaan…',
    opgeslagen: stand.opgeslagenOm ? `Opgeslagen om ${stand.opgeslagenOm.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })}` : 'Opgeslagen',
    fout: 'Niet opgeslagen',
  }[stand.status];
  return (
    <Text size="sm" c={stand.status === 'fout' ? 'red.8' : 'dimmed'} role="status" aria-live="polite" aria-label="Opslaan van de sessie" className="geen-afbreking" pb={8}>
      {stand.status === 'opslaan' && <Loader size={12} mr={6} />}
      {tekst}
    </Text>
  );
}

/** The session's name: edited freely, committed when not empty. */
function SessieNaam({ naam, onChange }: { naam: string; onChange: (n: string) => void }) {
  const [tekst, zet] = useState(naam);
  useEffect(() => {
    zet((t) => (t.trim() === naam ? t : naam));
  }, [naam]);
  return (
    <TextInput
      label="Sessie"
      value={tekst}
      maxLength={200}
      w={300}
      onChange={(e) => {
        const n = e.currentTarget.value;
        zet(n);
        if (n.trim()) onChange(n.trim());
      }}
      error={tekst.trim() ? undefined : 'Geef de sessie een naam'}
    />
  );
}

export interface SessieBalkProps {
  regioId: number;
  regio: RegioBestand;
  sessies: Ontwerpsessies;
  stand: SessieStand;
  tafel: TafelVariant;
  kiesVariant: (keuze: string, instellingen: VariantInvoer, naam: string) => void;
  /** After opening another session: the variant of its last momentopname, if any. */
  naOpenen: (naam: string, variant: VariantInvoer | null) => void;
}

/**
 * The session bar: which session (name, open, new, save, remove; saved in the project by itself)
 * and which variant the table looks at.
 */
export function SessieBalk({ regioId, regio, sessies, stand, tafel, kiesVariant, naOpenen }: SessieBalkProps) {
  const [verwijderen, zetVerwijderen] = useState(false);
  const [bezig, zetBezig] = useState(false);
  const bewerkt = (f: () => Promise<unknown>) => {
    zetBezig(true);
    void f().finally(() => zetBezig(false));
  };
  const open = (id: number) =>
    bewerkt(async () => {
      const s = await sessies.open(id);
      const laatste = s?.momentopnamen.at(-1);
      naOpenen(s?.naam ?? '', laatste ? laatste.variant : null);
    });
  const aantal = (n: number) => `${formatGetal(n)} ${n === 1 ? 'momentopname' : 'momentopnamen'}`;
  return (
    <Card withBorder padding="sm" component="section" aria-label="Sessie en variant" className="sessie-balk">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SessieNaam naam={stand.sessie.naam} onChange={(naam) => sessies.wijzig((s) => ({ ...s, naam }))} />
        <Menu position="bottom-start" disabled={bezig}>
          <Menu.Target>
            <Button variant="default" disabled={bezig} rightSection="▾">
              Openen
            </Button>
          </Menu.Target>
          <Menu.Dropdown aria-label="Opgeslagen sessies">
            {sessies.lijst.length ? (
              [...sessies.lijst]
                .sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd))
                .map((x) => (
                  <Menu.Item key={x.id} onClick={() => x.id !== stand.id && open(x.id)} rightSection={x.id === stand.id ? <Badge size="xs">open</Badge> : undefined}>
                    {x.naam}
                    <Text span size="xs" c="dimmed" ml={6}>
                      {aantal(x.momentopnamen)} · {tijdTekst(x.gewijzigd)}
                    </Text>
                  </Menu.Item>
                ))
            ) : (
              <Menu.Item disabled>Nog geen opgeslagen sessies</Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
        <Button variant="default" onClick={() => bewerkt(sessies.nieuw)} disabled={bezig}>
          Nieuwe sessie
        </Button>
        <Tooltip label="De sessie wordt na elke wijziging vanzelf opgeslagen in het project">
          <Button variant="default" onClick={() => bewerkt(sessies.opslaan)} disabled={bezig || stand.status === 'opslaan'}>
            Opslaan
          </Button>
        </Tooltip>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="subtle" color="gray" aria-label="Meer acties voor de sessie" px="xs">
              ⋯
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item color="red" onClick={() => zetVerwijderen(true)}>
              Sessie verwijderen…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Opslagstatus stand={stand} />
      </Group>
      <Group gap="sm" align="flex-end" wrap="nowrap" mt={6}>
        <div style={{ flexShrink: 0 }}>
          <VariantKeuze regioId={regioId} waarde={tafel.keuze} onChange={kiesVariant} />
        </div>
        <Text size="sm" c="dimmed" aria-label="Variant van de tafel" style={{ minWidth: 0 }} pb={4}>
          {tafel.wijzigingen.length > 0 && (
            <Badge variant="light" color="orange" mr={6} style={{ textTransform: 'none' }}>
              aangepast: {tafel.wijzigingen.join(', ')}
            </Badge>
          )}
          {tafel.keuze === '' && <strong>{tafel.naam}. </strong>}
          {variantKort(tafel.variant, regio)}
        </Text>
      </Group>
      {stand.status === 'fout' && stand.fout && <Foutmelding fout={stand.fout} titel="De sessie kon niet worden opgeslagen" />}
      {verwijderen && (
        <VerwijderBevestiging
          titel="Sessie verwijderen"
          wat={`de sessie "${stand.sessie.naam}"${stand.sessie.momentopnamen.length ? ` met ${aantal(stand.sessie.momentopnamen.length)}` : ''}`}
          omkeerbaar={false}
          verwijder={sessies.verwijder}
          onSluiten={() => zetVerwijderen(false)}
        />
      )}
    </Card>
  );
}
