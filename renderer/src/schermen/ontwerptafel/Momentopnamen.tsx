import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { SCOPE_LABEL, type Variant, type VariantInvoer } from '../../../../shared/engine';
import { formatEuro, formatGetal } from '../../../../shared/format';
import type { Momentopname, Ontwerpsessie } from '../../../../shared/ontwerptafel';
import { zio } from '../../api';
import { Foutmelding } from '../../onderdelen/Toestand';
import { Sectie } from '../vergelijken/Sectie';
import { Tabel, type TabelKolom } from '../vergelijken/Tabel';
import { MomentVergelijking } from './MomentVergelijking';
import { zonderMomentopname } from './sessieBewerken';
import { bovenaanTekst, tijdTekst } from './teksten';

export interface MomentopnamenProps {
  regioId: number;
  sessie: Ontwerpsessie;
  variant: Variant;
  wijzig: (f: (s: Ontwerpsessie) => Ontwerpsessie) => void;
  opslaan: () => Promise<void>;
  laadVariant: (naam: string, variant: VariantInvoer) => void;
}

/** Take a snapshot of variant, weights and results under a name; list them; compare two. */
export function Momentopnamen({ regioId, sessie, variant, wijzig, opslaan, laadVariant }: MomentopnamenProps) {
  const [naam, zetNaam] = useState('');
  const [bezig, zetBezig] = useState(false);
  const [fout, zetFout] = useState<Error | null>(null);
  const lijst = sessie.momentopnamen;
  const [keuzeA, zetA] = useState<string | null>(null);
  const [keuzeB, zetB] = useState<string | null>(null);
  const a = lijst.find((m) => m.naam === keuzeA) ?? lijst.at(-2) ?? null;
  const b = lijst.find((m) => m.naam === keuzeB) ?? lijst.at(-1) ?? null;
  const voorstelNaam = `Momentopname ${formatGetal(lijst.length + 1)}`;

  const maak = async () => {
    zetBezig(true);
    zetFout(null);
    try {
      const nieuw = await zio.momentopnameMaken({ regioId, variant, sessie, naam: naam.trim() || voorstelNaam });
      // Only the list of momentopnamen comes from the answer: edits made meanwhile stay.
      wijzig((s) => ({ ...s, momentopnamen: nieuw.momentopnamen }));
      await opslaan();
      zetNaam('');
      zetA(lijst.at(-1)?.naam ?? null);
      zetB(nieuw.momentopnamen.at(-1)?.naam ?? null);
    } catch (e) {
      zetFout(e as Error);
    } finally {
      zetBezig(false);
    }
  };

  const kolommen: TabelKolom<Momentopname>[] = [
    { kop: 'Naam', soort: 'tekst', waarde: (m) => m.naam, toon: (m) => <strong>{m.naam}</strong> },
    { kop: 'Gemaakt', soort: 'tekst', waarde: (m) => tijdTekst(m.tijdstip) },
    { kop: 'Scope', soort: 'tekst', waarde: (m) => `${SCOPE_LABEL[m.resultaten.scope.naam]} (${formatGetal(m.resultaten.scope.taken.length)} taken)` },
    { kop: 'Pot', soort: 'euro', waarde: (m) => m.resultaten.pot.totaal },
    { kop: 'Bovenaan (alle groepen)', soort: 'tekst', waarde: (m) => bovenaanTekst(m.resultaten.weging.totaal.rangorde) },
    {
      kop: 'Acties',
      soort: 'tekst',
      alleenScherm: true,
      waarde: () => null,
      toon: (m) => (
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" variant="light" onClick={() => laadVariant(m.naam, m.variant)}>
            Variant laden
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => wijzig((s) => zonderMomentopname(s, m.naam))} aria-label={`Momentopname ${m.naam} verwijderen`}>
            Verwijderen
          </Button>
        </Group>
      ),
    },
  ];
  const opties = lijst.map((m) => ({ value: m.naam, label: m.naam }));

  return (
    <Stack gap="md">
      <Sectie titel="Momentopname maken" omschrijving="Legt de variant, de gewichten, de scores, de standpunten en alle uitkomsten vast onder een naam. Zo ziet iedereen achteraf wat er besloten is op welke cijfers.">
        <Group align="flex-end" gap="sm">
          <TextInput label="Naam" placeholder={voorstelNaam} value={naam} onChange={(e) => zetNaam(e.currentTarget.value)} maxLength={200} w={320} onKeyDown={(e) => e.key === 'Enter' && !bezig && void maak()} />
          <Button onClick={() => void maak()} loading={bezig}>
            Momentopname maken
          </Button>
        </Group>
        {fout && <Foutmelding fout={fout} titel="De momentopname kon niet worden gemaakt" />}
      </Sectie>
      <Sectie titel={`Momentopnamen (${formatGetal(lijst.length)})`}>
        {lijst.length ? (
          <Tabel label="Momentopnamen" kolommen={kolommen} rijen={lijst} sleutel={(m) => m.naam} />
        ) : (
          <Text size="sm" c="dimmed">
            Nog geen momentopnamen in deze sessie.
          </Text>
        )}
      </Sectie>
      {lijst.length >= 2 && a && b ? (
        <>
          <Group gap="sm" align="flex-end">
            <Select label="Vergelijk" data={opties} value={a.naam} onChange={(v) => v && zetA(v)} allowDeselect={false} w={260} />
            <Select label="met" data={opties} value={b.naam} onChange={(v) => v && zetB(v)} allowDeselect={false} w={260} />
            <Text size="sm" c="dimmed">
              Pot: {formatEuro(a.resultaten.pot.totaal)} → {formatEuro(b.resultaten.pot.totaal)}
            </Text>
          </Group>
          <MomentVergelijking a={a} b={b} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          Maak twee momentopnamen om ze naast elkaar te zien.
        </Text>
      )}
    </Stack>
  );
}
