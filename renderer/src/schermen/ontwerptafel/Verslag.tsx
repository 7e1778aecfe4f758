import { Button, Group, List, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Variant } from '../../../../shared/engine';
import { formatGetal } from '../../../../shared/format';
import type { Ontwerpsessie } from '../../../../shared/ontwerptafel';
import { zio } from '../../api';
import { downloadBestand } from '../../bestanden';
import { Foutmelding } from '../../onderdelen/Toestand';
import { Sectie } from '../vergelijken/Sectie';
import { metDatum } from './sessieBewerken';

export interface VerslagProps {
  regioId: number;
  sessie: Ontwerpsessie;
  variant: Variant;
  wijzig: (f: (s: Ontwerpsessie) => Ontwerpsessie) => void;
}

const naarTekst = (iso?: string) => (iso ? iso.split('-').reverse().join('-') : '');

/** A date typed the Dutch way (dd-mm-jjjj), kept as yyyy-mm-dd; empty clears it. */
function Datum({ datum, onChange }: { datum?: string; onChange: (iso: string | undefined) => void }) {
  const [tekst, zet] = useState(naarTekst(datum));
  useEffect(() => {
    zet((t) => (leesDatum(t) === datum ? t : naarTekst(datum)));
  }, [datum]);
  const iso = leesDatum(tekst);
  return (
    <TextInput
      label="Datum van de sessie"
      placeholder="dd-mm-jjjj"
      value={tekst}
      w={200}
      error={tekst.trim() && iso === undefined ? 'Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 12-03-2025' : undefined}
      onChange={(e) => {
        const t = e.currentTarget.value;
        zet(t);
        const d = leesDatum(t);
        if (!t.trim()) onChange(undefined);
        else if (d) onChange(d);
      }}
    />
  );
}

/** "12-3-2025" or "12-03-2025" as "2025-03-12"; undefined when it is no existing date. */
function leesDatum(tekst: string): string | undefined {
  const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(tekst);
  if (!m) return undefined;
  const [d, mnd, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const datum = new Date(Date.UTC(j, mnd - 1, d));
  if (datum.getUTCFullYear() !== j || datum.getUTCMonth() !== mnd - 1 || datum.getUTCDate() !== d) return undefined;
  return `${j}-${String(mnd).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What goes into the verslag besides the figures (date, notes), and the session workbook to download. */
export function Verslag({ regioId, sessie, variant, wijzig }: VerslagProps) {
  const [bezig, zetBezig] = useState(false);
  const [fout, zetFout] = useState<Error | null>(null);
  const exporteer = async () => {
    zetBezig(true);
    zetFout(null);
    try {
      downloadBestand(await zio.ontwerpsessieExporteren({ regioId, variant, sessie }));
    } catch (e) {
      zetFout(e as Error);
    } finally {
      zetBezig(false);
    }
  };
  const n = sessie.momentopnamen.length;
  return (
    <Stack gap="md">
      <Sectie titel="Voor het verslag" omschrijving="Deze gegevens komen op het blad Toelichting van de werkmap.">
        <Stack gap="sm">
          <Datum datum={sessie.datum} onChange={(datum) => wijzig((s) => metDatum(s, datum))} />
          <Textarea
            label="Wat de tafel besloot, in eigen woorden"
            description="Afspraken, voorbehouden en vervolgstappen. Wordt met de sessie opgeslagen."
            autosize
            minRows={4}
            maxRows={14}
            maxLength={20_000}
            value={sessie.notities ?? ''}
            onChange={(e) => {
              const t = e.currentTarget.value;
              wijzig((s) => ({ ...s, notities: t }));
            }}
          />
        </Stack>
      </Sectie>
      <Sectie titel="Sessie exporteren naar Excel" omschrijving="Eén werkmap voor het verslag: iedere deelnemer ziet achteraf wat er besloten is op welke cijfers.">
        <Stack gap="sm">
          <List size="sm" spacing={2}>
            <List.Item>
              <strong>Toelichting</strong>: regio, datum, groepen, wat de tafel besloot, de notities, de methode en de criteria.
            </List.Item>
            <List.Item>
              <strong>Besluiten</strong>: per taak het standpunt van elke groep, het voorstel en het effect op de pot en het onderwijsaandeel.
            </List.Item>
            <List.Item>
              <strong>Gewichten</strong>: de gewichten van elke groep, nu en in elke momentopname.
            </List.Item>
            <List.Item>
              <strong>Momentopname 1 … {formatGetal(Math.max(n, 1))}</strong>: per momentopname de rangorde per groep en in totaal, de pot, de bijdragen en de scores met hun onderbouwing
              {n ? '' : ' (deze sessie heeft nog geen momentopnamen)'}.
            </List.Item>
            <List.Item>
              <strong>Vergelijking</strong>: de momentopnamen naast elkaar.
            </List.Item>
          </List>
          <Group>
            <Button size="md" onClick={() => void exporteer()} loading={bezig}>
              Sessie exporteren (Excel)
            </Button>
            <Text size="xs" c="dimmed">
              Met de variant die nu op tafel ligt voor het effect van elke taak.
            </Text>
          </Group>
          {fout && <Foutmelding fout={fout} titel="De werkmap kon niet worden gemaakt" />}
        </Stack>
      </Sectie>
    </Stack>
  );
}
