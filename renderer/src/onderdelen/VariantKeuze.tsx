import { Select } from '@mantine/core';
import type { VariantInvoer } from '../../../shared/engine';
import { zio } from '../api';
import { useLaden } from '../useLaden';

export const STANDAARD = 'standaard';

/** Choice between the standard variant of the rekenmodel and the variants saved for the regio. */
export function VariantKeuze({ regioId, waarde, onChange }: { regioId: number; waarde: string; onChange: (id: string, instellingen: VariantInvoer, naam: string) => void }) {
  const [varianten] = useLaden(() => zio.varianten({ regioId }), [regioId]);
  const lijst = varianten.status === 'klaar' ? varianten.data : [];
  return (
    <Select
      label="Variant"
      data={[{ value: STANDAARD, label: 'Standaardvariant (rekenmodel)' }, ...lijst.map((v) => ({ value: String(v.id), label: v.naam }))]}
      value={waarde}
      allowDeselect={false}
      onChange={(id) => {
        if (!id) return;
        const v = lijst.find((x) => String(x.id) === id);
        onChange(id, v?.instellingen ?? {}, v?.naam ?? 'Standaardvariant (rekenmodel)');
      }}
      w={280}
    />
  );
}
