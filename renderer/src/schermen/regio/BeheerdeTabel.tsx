import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Wijziging } from '../../../../shared/regio/wijziging';
import { RijFormulier } from './RijFormulier';
import { RijTabel } from './RijTabel';
import type { RegioContext, TabelDefinitie } from './tabellen';
import { VerwijderBevestiging } from './VerwijderBevestiging';

export interface BeheerdeTabelProps<T> {
  def: TabelDefinitie<T>;
  ctx: RegioContext;
  bewerk: (wijzigingen: Wijziging[]) => Promise<unknown>;
  /** Rows that are always there (the zorgkantoor): the table is shown even without rows of its own. */
  boven?: ReactNode;
  onder?: ReactNode;
  /** Shown beside the Toevoegen button. */
  toelichting?: ReactNode;
}

/** One table of the regio with adding, editing and removing rows, each saved at once. */
export function BeheerdeTabel<T>({ def, ctx, bewerk, boven, onder, toelichting }: BeheerdeTabelProps<T>) {
  const [formulier, zetFormulier] = useState<{ rij: T | null } | null>(null);
  const [teVerwijderen, zetTeVerwijderen] = useState<T | null>(null);
  const rijen = def.rijen(ctx);
  const leeg = def.leeg(ctx);
  const toevoegen = (
    <Button variant={rijen.length ? 'light' : 'filled'} onClick={() => zetFormulier({ rij: null })}>
      {def.enkelvoud} toevoegen
    </Button>
  );
  const verwijderen = teVerwijderen && def.verwijderen(teVerwijderen, ctx);

  return (
    <Stack gap="sm">
      {rijen.length === 0 && !boven ? (
        <EmptyState title={leeg.titel} description={leeg.tekst} my="lg">
          <EmptyState.Actions>{toevoegen}</EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {toelichting}
            </Text>
            {toevoegen}
          </Group>
          <RijTabel
            label={def.label}
            rijen={rijen}
            kolommen={def.kolommen(ctx)}
            sleutel={def.sleutel}
            naam={def.naam}
            enkelvoud={def.enkelvoud}
            onBewerken={(rij) => zetFormulier({ rij })}
            onVerwijderen={zetTeVerwijderen}
            boven={boven}
            onder={onder}
          />
          {rijen.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="sm">
              {leeg.titel}. {leeg.tekst}
            </Text>
          )}
        </>
      )}
      {formulier && (
        <RijFormulier
          titel={formulier.rij ? `${def.enkelvoud} ${def.naam(formulier.rij)} bewerken` : `${def.enkelvoud} toevoegen`}
          velden={def.velden(ctx, formulier.rij)}
          begin={def.naarWaarden(formulier.rij)}
          valideer={(w) => def.valideer(w, ctx, formulier.rij)}
          opslaan={(w) => bewerk([def.wijziging(formulier.rij && def.sleutel(formulier.rij), def.naarRij(w))])}
          onSluiten={() => zetFormulier(null)}
        />
      )}
      {teVerwijderen && verwijderen && (
        <VerwijderBevestiging
          titel={`${def.enkelvoud} verwijderen`}
          wat={verwijderen.wat}
          waarschuwing={verwijderen.waarschuwing}
          verwijder={() => bewerk([def.wijziging(def.sleutel(teVerwijderen), null)])}
          onSluiten={() => zetTeVerwijderen(null)}
        />
      )}
    </Stack>
  );
}
