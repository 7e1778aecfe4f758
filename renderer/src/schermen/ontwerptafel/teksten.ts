import { ROUTE_LABEL, type RouteId } from '../../../../shared/engine';
import { formatGetal } from '../../../../shared/format';
import type { Rangplaats } from '../../../../shared/ontwerptafel';

/** A weighted score (1–5) as the table reads it: two decimals. */
export const formatScore = (score: number) => formatGetal(score, 2);

/** A change of a share (a fraction) in percentage points, with its sign: "+1,2 %-punt". */
export function formatProcentpunt(fractie: number): string {
  const s = formatGetal(fractie * 100, 1);
  return `${fractie * 100 >= 0.05 ? '+' : ''}${s} %-punt`;
}

/** The first place(s) of a ranking in words: "Integrale route", or "Gemeenteroute en Onderwijsroute (gelijk)". */
export function bovenaanTekst(rangorde: readonly Rangplaats[]): string {
  const eerste = rangorde.filter((x) => x.plaats === 1).map((x) => ROUTE_LABEL[x.route]);
  return eerste.length > 1 ? `${eerste.join(' en ')} (gelijk)` : (eerste[0] ?? '–');
}

/** "de onderwijsroute" in running text. */
export const deRoute = (r: RouteId) => `de ${ROUTE_LABEL[r].toLowerCase()}`;

/** A moment as "12 maart 2025 14:05". */
export function tijdTekst(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
