import { describe, expect, it } from 'vitest';
import { maakOogoRapport, swvGebied } from '../../../core/export';
import { deriveNormenset, evalueerVariant } from '../../../shared/engine';
import { demo } from './hulp';

const ns = deriveNormenset();
const regio = demo();
const VARIANT = { verdeelsleutel: { type: 'jeugdigen' as const } };

describe('OOGO-rapport: herverdeeleffect en prijspeil', () => {
  it('een compacte tabel met het herverdeeleffect van de gemeenten van het gebied, grootste nadeel per inwoner eerst', () => {
    const swv = regio.samenwerkingsverbanden[0].code;
    const r = maakOogoRapport(regio, VARIANT, ns, swv, { kleineAantallen: true, appVersie: '1' });
    const ev = evalueerVariant(ns, regio, VARIANT);
    const gebied = new Set(swvGebied(regio, swv).gemeenten);
    expect(r.prijspeil).toBe('prijspeil 2022');
    expect(r.herverdeling!.length).toBeGreaterThan(0);
    expect(r.herverdeling!.every((h) => gebied.has(h.code))).toBe(true);
    const per = r.herverdeling!.map((h) => h.perInwoner ?? 0);
    expect(per).toEqual([...per].sort((a, b) => b - a));
    const eerste = ev.herverdeeleffect.gemeenteroute.find((h) => h.partij === `gemeente:${r.herverdeling![0].code}`)!;
    expect(r.herverdeling![0].bedrag).toBeCloseTo(eerste.bedrag, 6);
    expect(r.herverdeling![0].bedrag).toBeCloseTo(r.herverdeling![0].bijdrage - r.herverdeling![0].huidigGedekt, 6);
  });
});
