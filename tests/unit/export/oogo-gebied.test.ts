/**
 * The area of an SWV's OOGO report (rekenmodel-v2 §6): the in-regio gemeenten whose swvPo (po-SWV) or
 * swvVo (vo-SWV) names it; without SWV fields, v1's derivation from the SWV's schools, said so.
 */
import { describe, expect, it } from 'vitest';
import { maakOogoRapport, swvGebied } from '../../../core/export';
import { deriveNormenset, standaardVariant } from '../../../shared/engine';
import type { RegioBestand } from '../../../shared/regio/schema';
import { demo } from './hulp';

const ns = deriveNormenset();
const opties = { kleineAantallen: false, appVersie: '1.2.3', datum: new Date(2026, 2, 12) };

/** The demo regio without SWV fields, then with GM9901–GM9903 in po-SWV PO9901 and the rest elsewhere. */
function regioMetGebieden(): RegioBestand {
  const r = demo();
  const po = r.samenwerkingsverbanden.filter((s) => s.type === 'po').map((s) => s.code);
  const vo = r.samenwerkingsverbanden.filter((s) => s.type === 'vo').map((s) => s.code);
  const andere = po.find((c) => c !== 'PO9901')!;
  return {
    ...r,
    gemeenten: r.gemeenten.map((g) => ({ ...g, swvPo: ['GM9901', 'GM9902', 'GM9903'].includes(g.code) ? 'PO9901' : andere, swvVo: vo[0] })),
  } as RegioBestand;
}

function zonderGebieden(): RegioBestand {
  const r = demo();
  return { ...r, gemeenten: r.gemeenten.map((g) => ({ ...g, swvPo: undefined, swvVo: undefined })) } as RegioBestand;
}

describe('het gebied van een samenwerkingsverband in het OOGO-rapport', () => {
  it('met samenwerkingsverbanden bij de gemeenten: precies de eigen gemeenten in de regio', () => {
    const regio = regioMetGebieden();
    const inRegio = new Set(regio.gemeenten.filter((g) => g.inRegio).map((g) => g.code));
    const gebied = swvGebied(regio, 'PO9901');
    expect(gebied.gemeenten).toEqual(['GM9901', 'GM9902', 'GM9903'].filter((c) => inRegio.has(c)));
    const rapport = maakOogoRapport(regio, standaardVariant(regio), ns, 'PO9901', opties);
    expect(rapport.gemeenten.map((g) => g.code)).toEqual(gebied.gemeenten);
    expect(rapport.gebied).toContain('Samenwerkingsverband PO of VO bij de gemeenten');
    expect(rapport.gemeenten[0].redenInGebied).toContain('gemeente van dit samenwerkingsverband (Samenwerkingsverband PO)');
    // A vo-SWV covers the gemeenten whose swvVo names it.
    const vo = regio.samenwerkingsverbanden.find((s) => s.type === 'vo')!.code;
    expect(swvGebied(regio, vo).gemeenten).toEqual([...inRegio].filter((c) => regio.gemeenten.some((g) => g.code === c)));
  });

  it('zonder samenwerkingsverbanden bij de gemeenten: afgeleid uit de scholen, en het rapport zegt dat', () => {
    const regio = zonderGebieden();
    const rapport = maakOogoRapport(regio, standaardVariant(regio), ns, 'PO9901', opties);
    expect(rapport.gebied).toContain('Bij geen enkele gemeente staat een samenwerkingsverband');
    expect(rapport.gemeenten.map((g) => g.code)).toContain('GM9903');
  });
});
