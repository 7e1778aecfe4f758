import type { EvaluatieWeergave } from '../../../../../shared/engine/evaluatie-weergave';
import { Kerncijfers } from '../../vergelijken/Kerncijfers';

/**
 * The routes side by side: their key figures (budgethouder, pot, geldstromen, loketten), as in
 * Vergelijken. The Sankey diagrams of the flows stay on the Vergelijken screen: they do not fit a
 * slide of 1280 × 720 together with the figures.
 */
export function RoutesDia({ ev, toelichting }: { ev: EvaluatieWeergave; toelichting: Array<[string, string]> }) {
  return <Kerncijfers ev={ev} toelichting={toelichting} />;
}
