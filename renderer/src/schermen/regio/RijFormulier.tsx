import { Button, Group, Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { FoutBericht } from './FoutBericht';

/** The values of a form while it is being filled in: numbers may still be '' (empty). */
export type Waarden = Record<string, string | number | boolean>;
/** Dutch messages per field key. */
export type Fouten = Record<string, string>;

interface VeldBasis {
  sleutel: string;
  label: string;
  beschrijving?: string;
  /** May be left empty (no asterisk; a choice can be cleared). */
  optioneel?: boolean;
}

/** One input of a row form. */
export type Veld =
  | (VeldBasis & { soort: 'tekst' })
  | (VeldBasis & { soort: 'aantal' })
  | (VeldBasis & { soort: 'jaar' })
  | (VeldBasis & { soort: 'bedrag' })
  | (VeldBasis & { soort: 'procent' })
  | (VeldBasis & { soort: 'keuze'; opties: Array<{ value: string; label: string }>; geenOpties?: string })
  | (VeldBasis & { soort: 'schakelaar' });

/** Dutch number inputs: "1.234" and "12,5". */
const GETAL = { thousandSeparator: '.', decimalSeparator: ',', hideControls: true, allowNegative: false } as const;

interface VeldInvoerProps {
  veld: Veld;
  waarde: Waarden[string];
  fout?: string;
  eerste: boolean;
  zet: (w: Waarden[string]) => void;
}

function VeldInvoer({ veld, waarde, fout, eerste, zet }: VeldInvoerProps) {
  const gemeen = { label: veld.label, description: veld.beschrijving, error: fout, 'data-autofocus': eerste || undefined };
  const verplicht = !veld.optioneel;
  switch (veld.soort) {
    case 'tekst':
      return <TextInput {...gemeen} value={String(waarde ?? '')} onChange={(e) => zet(e.currentTarget.value)} withAsterisk={verplicht} />;
    case 'aantal':
      return <NumberInput {...gemeen} {...GETAL} allowDecimal={false} value={waarde as number | ''} onChange={(v) => zet(v === '' ? '' : Number(v))} withAsterisk={verplicht} />;
    case 'jaar':
      return <NumberInput {...gemeen} hideControls allowDecimal={false} allowNegative={false} value={waarde as number | ''} onChange={(v) => zet(v === '' ? '' : Number(v))} withAsterisk={verplicht} />;
    case 'bedrag':
      return <NumberInput {...gemeen} {...GETAL} allowNegative decimalScale={2} prefix="€ " value={waarde as number | ''} onChange={(v) => zet(v === '' ? '' : Number(v))} withAsterisk={verplicht} />;
    case 'procent':
      return <NumberInput {...gemeen} {...GETAL} decimalScale={2} suffix="%" max={100} value={waarde as number | ''} onChange={(v) => zet(v === '' ? '' : Number(v))} withAsterisk={verplicht} />;
    case 'keuze':
      return (
        <Select
          {...gemeen}
          error={fout ?? (veld.opties.length === 0 ? veld.geenOpties : undefined)}
          data={veld.opties}
          value={waarde === '' ? null : String(waarde)}
          onChange={(v) => zet(v ?? '')}
          searchable={veld.opties.length > 8}
          nothingFoundMessage="Niets gevonden"
          withAsterisk={verplicht}
          allowDeselect={!!veld.optioneel}
          clearable={!!veld.optioneel}
          placeholder={veld.optioneel ? 'Geen' : undefined}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'schakelaar':
      return <Switch {...gemeen} checked={!!waarde} onChange={(e) => zet(e.currentTarget.checked)} />;
  }
}

export interface RijFormulierProps {
  titel: string;
  velden: Veld[];
  begin: Waarden;
  /** Checks before sending; the server checks again and may still refuse. */
  valideer: (w: Waarden) => Fouten;
  /** Saves the values; a thrown error is shown and the form keeps what the user typed. */
  opslaan: (w: Waarden) => Promise<unknown>;
  onSluiten: () => void;
}

/** A modal form for one row (or the regio's own fields). */
export function RijFormulier({ titel, velden, begin, valideer, opslaan, onSluiten }: RijFormulierProps) {
  const [waarden, zetWaarden] = useState<Waarden>(begin);
  const [gecontroleerd, zetGecontroleerd] = useState(false);
  const [serverFout, zetServerFout] = useState<Error | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);
  const fouten = gecontroleerd ? valideer(waarden) : {};

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetGecontroleerd(true);
    if (Object.keys(valideer(waarden)).length) {
      requestAnimationFrame(() => formulier.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    zetBezig(true);
    zetServerFout(null);
    try {
      await opslaan(waarden);
      onSluiten();
    } catch (fout) {
      zetServerFout(fout as Error);
      zetBezig(false);
    }
  };

  return (
    <Modal opened onClose={onSluiten} title={titel} size="md" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <form ref={formulier} onSubmit={verstuur} noValidate>
        <Stack gap="sm">
          {velden.map((v, i) => (
            <VeldInvoer key={v.sleutel} veld={v} eerste={i === 0} waarde={waarden[v.sleutel]} fout={fouten[v.sleutel]} zet={(w) => zetWaarden((oud) => ({ ...oud, [v.sleutel]: w }))} />
          ))}
          {serverFout && <FoutBericht fout={serverFout} />}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onSluiten}>
              Annuleren
            </Button>
            <Button type="submit" loading={bezig}>
              Opslaan
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
