import { Badge, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { Variant } from '../../../../../shared/engine';
import { POSITIE_LABEL, scopeVoorstel, type Ontwerpsessie, type ScopeEffect } from '../../../../../shared/ontwerptafel';
import { Laden } from '../../../onderdelen/Toestand';
import { PotPerScope } from '../../vergelijken/PotPerScope';
import { Sectie } from '../../vergelijken/Sectie';
import { EffectBalk, takenVan } from '../Scopebesluit';

/** Scope: the pot for breed, medium and smal, and what each task adds, with the table's proposal. */
export function ScopeDia({ regioId, variant, maatwerk, sessie, effecten, toelichting }: { regioId: number; variant: Variant; maatwerk: readonly string[] | null; sessie: Ontwerpsessie; effecten: ScopeEffect[] | null; toelichting: Array<[string, string]> }) {
  const voorstellen = useMemo(() => (effecten ? scopeVoorstel(sessie.scopeposities, sessie.groepen, takenVan(effecten)) : []), [effecten, sessie.scopeposities, sessie.groepen]);
  const grootste = effecten ? Math.max(0, ...effecten.map((e) => e.verschil)) : 0;
  return (
    <Stack gap="md">
      <PotPerScope regioId={regioId} variant={variant} maatwerk={maatwerk} toelichting={toelichting} />
      <div>
        <Sectie titel="Wat elke taak aan de pot toevoegt" omschrijving="Met het voorstel van de tafel (meerderheid van de groepen).">
          {effecten ? (
            <table className="vergelijk-tabel" aria-label="Wat elke taak aan de pot toevoegt">
              <thead>
                <tr>
                  <th scope="col">Taak</th>
                  <th scope="col">Nu</th>
                  <th scope="col">Voorstel</th>
                  <th scope="col" className="getal">
                    Pot
                  </th>
                </tr>
              </thead>
              <tbody>
                {effecten.map((e, i) => (
                  <tr key={e.taak}>
                    <td>{e.naam}</td>
                    <td className="geen-afbreking">{e.inScope ? '✓ erin' : '– eruit'}</td>
                    <td className="geen-afbreking">
                      <Badge variant={voorstellen[i]?.voorstel === 'onbeslist' ? 'outline' : 'filled'} color={voorstellen[i]?.voorstel === 'in' ? 'teal' : voorstellen[i]?.voorstel === 'uit' ? 'red' : 'dark'} style={{ textTransform: 'none' }}>
                        {POSITIE_LABEL[voorstellen[i]?.voorstel ?? 'onbeslist']}
                      </Badge>
                    </td>
                    <td className="getal">
                      <EffectBalk effect={e} grootste={grootste} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Laden tekst="Effect van elke taak berekenen…" />
          )}
        </Sectie>
      </div>
    </Stack>
  );
}
