/**
 * Recognising a variant: is it the rekenmodel's standard, one of the presets, or the user's own? The
 * Vergelijken panel marks the active preset with it, and the exports name the variant on screen
 * with it (a workbook never says "Standaardvariant" beside settings that are not the standard's).
 */
import { standaardVariant, VARIANT_PRESETS, type Variant, type VariantPreset, type VariantRegio } from '../engine/variant';

/** The name of a variant of one's own (no name, not the standard, not a preset). */
export const EIGEN_VARIANT_NAAM = 'Eigen variant';

/** JSON with the keys of every object in order, so equal settings give equal text. */
function vast(w: unknown): string {
  if (Array.isArray(w)) return `[${w.map(vast).join(',')}]`;
  if (w && typeof w === 'object') {
    const o = w as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${vast(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(w);
}

/** The variant with the regio-dependent defaults filled in and without its name. */
function kern(v: Variant, regio: VariantRegio): Variant {
  const s = v.centrumgemeente === undefined || v.onderwijsroute.penvoerder === undefined ? standaardVariant(regio) : null;
  const { naam: _naam, ...rest } = v;
  return {
    ...rest,
    centrumgemeente: v.centrumgemeente ?? s?.centrumgemeente,
    onderwijsroute: { ...v.onderwijsroute, penvoerder: v.onderwijsroute.penvoerder ?? s?.onderwijsroute.penvoerder },
  } as Variant;
}

/** The same settings (the name aside). */
export function gelijkeInstellingen(a: Variant, b: Variant, regio: VariantRegio): boolean {
  return vast(kern(a, regio)) === vast(kern(b, regio));
}

/** The standard's settings as text, per regio object (the panel asks on every change). */
const standaardTekst = new WeakMap<VariantRegio, string>();

export function isStandaardVariant(v: Variant, regio: VariantRegio): boolean {
  let s = standaardTekst.get(regio);
  if (s === undefined) standaardTekst.set(regio, (s = vast(kern(standaardVariant(regio), regio))));
  return vast(kern(v, regio)) === s;
}

/** True when every setting the preset fixes has the preset's value in `v` (the button is "pressed"). */
export function presetActief(p: VariantPreset, v: Variant): boolean {
  return Object.entries(p.instellingen).every(([k, w]) => vast((v as unknown as Record<string, unknown>)[k]) === vast(w));
}

/** The preset `v` is exactly (the standard with the preset applied), if any. */
export function presetVan(v: Variant, regio: VariantRegio): VariantPreset | undefined {
  const s = standaardVariant(regio);
  return VARIANT_PRESETS.find((p) => presetActief(p, v) && gelijkeInstellingen(v, { ...s, ...p.instellingen } as Variant, regio));
}
