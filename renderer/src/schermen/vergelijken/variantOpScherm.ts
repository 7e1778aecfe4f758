import type { VariantInvoer } from '../../../../shared/engine';

/**
 * The variant being designed on the Vergelijken screen is kept for the session per regio, so that
 * leaving the screen loses nothing and the exports elsewhere (the header's "Berekening naar Excel…")
 * can offer exactly the variant on screen.
 */
export const variantOpSchermSleutel = (regioId: number) => `zio:vergelijken:variant:${regioId}`;

/** The variant on the Vergelijken screen of this regio, or null when it was not opened this session. */
export function leesVariantOpScherm(regioId: number): VariantInvoer | null {
  try {
    const bewaard = sessionStorage.getItem(variantOpSchermSleutel(regioId));
    return bewaard ? (JSON.parse(bewaard) as VariantInvoer) : null;
  } catch {
    return null;
  }
}
