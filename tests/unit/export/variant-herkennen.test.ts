/** Recognising the standard and the presets (the panel's pressed button, the workbook's variant name). */
import { describe, expect, it } from 'vitest';
import { standaardVariant, VARIANT_PRESETS } from '../../../shared/engine';
import { isStandaardVariant, presetVan } from '../../../shared/domain/variant-herkennen';
import { demo } from './hulp';

describe('variant herkennen', () => {
  it('knows the standard whatever its name, and without the regio defaults filled in', () => {
    const regio = demo();
    const s = standaardVariant(regio);
    expect(isStandaardVariant(s, regio)).toBe(true);
    expect(isStandaardVariant({ ...s, naam: 'Mijn naam' }, regio)).toBe(true);
    expect(isStandaardVariant({ ...s, centrumgemeente: undefined, onderwijsroute: { ...s.onderwijsroute, penvoerder: undefined } }, regio)).toBe(true);
    // Asked again (the standard's text is kept per regio object), a change still counts.
    expect(isStandaardVariant({ ...s, scope: 'smal' }, regio)).toBe(false);
    expect(isStandaardVariant({ ...s, onderwijsbijdragePct: s.onderwijsbijdragePct + 1 }, regio)).toBe(false);
  });

  it('compares with the defaults of the regio asked about', () => {
    const regio = demo();
    const nieuwCentrum = regio.gemeenten.find((g) => g.inRegio && !g.centrumgemeente)!.code;
    const ander = { ...regio, gemeenten: regio.gemeenten.map((g) => ({ ...g, centrumgemeente: g.code === nieuwCentrum })) };
    expect(standaardVariant(ander).centrumgemeente).toBe(nieuwCentrum);
    expect(isStandaardVariant(standaardVariant(regio), ander)).toBe(false);
    expect(isStandaardVariant(standaardVariant(ander), ander)).toBe(true);
    expect(isStandaardVariant(standaardVariant(regio), regio)).toBe(true);
  });

  it('recognises a preset applied to the standard', () => {
    const regio = demo();
    const p = VARIANT_PRESETS[0];
    expect(presetVan({ ...standaardVariant(regio), ...p.instellingen } as ReturnType<typeof standaardVariant>, regio)?.id).toBe(p.id);
    expect(presetVan(standaardVariant(regio), regio)).toBeUndefined();
  });
});
