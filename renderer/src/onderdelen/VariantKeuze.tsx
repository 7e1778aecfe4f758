import { Select } from '@mantine/core';
import type { VariantInvoer } from '../../../shared/engine';
import { zio } from '../api';
import { useLaden } from '../useLaden';
import { leesVariantOpScherm } from '../schermen/vergelijken/variantOpScherm';

export const STANDAARD = 'standaard';
/** The choice "the variant on the Vergelijken screen" (offered when `metScherm` and it exists). */
export const OP_SCHERM = 'scherm';
export const OP_SCHERM_NAAM = 'De variant op het scherm Vergelijken';

/**
 * Choice between the standard variant of the rekenmodel, the variants saved for the regio and, with
 * `metScherm`, the variant on the Vergelijken screen.
 */
export function VariantKeuze({ regioId, waarde, onChange, metScherm = false }: { regioId: number; waarde: string; onChange: (id: string, instellingen: VariantInvoer, naam: string) => void; metScherm?: boolean }) {
  const [varianten] = useLaden(() => zio.varianten({ regioId }), [regioId]);
  const lijst = varianten.status === 'klaar' ? varianten.data : [];
  const opScherm = metScherm ? leesVariantOpScherm(regioId) : null;
  return (
    <Select
      label="Variant"
      data={[...(opScherm ? [{ value: OP_SCHERM, label: OP_SCHERM_NAAM }] : []), { value: STANDAARD, label: 'Standaardvariant (rekenmodel)' }, ...lijst.map((v) => ({ value: String(v.id), label: v.naam }))]}
      value={waarde}
      allowDeselect={false}
      onChange={(id) => {
        if (!id) return;
        if (id === OP_SCHERM && opScherm) return onChange(id, opScherm, OP_SCHERM_NAAM);
        const v = lijst.find((x) => String(x.id) === id);
        onChange(id, v?.instellingen ?? {}, v?.naam ?? 'Standaardvariant (rekenmodel)');
      }}
      w={280}
    />
  );
}
