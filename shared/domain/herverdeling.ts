/**
 * Summaries of the herverdeeleffect and the ingroeipad (rekenmodel-v2 §9–§10) that stay readable at
 * national scale: the largest advantages and disadvantages with the rest in one bar, and the
 * gemeenten whose contribution moves most along the path. Used alike by the Vergelijken screen, the
 * bestuurlijke notitie and its Word version, so all show the same selection and the same sums.
 */
import type { HerverdeeleffectGemeente } from '../engine/routes/herverdeeleffect';
import { ingroeiBedrag, type Ingroeipad } from '../engine/routes/ingroeipad';
import { formatGetal } from '../format';

/** € in total, or € per inwoner 0–17. */
export type HerverdeelMaat = 'bedrag' | 'perInwoner';

export interface HerverdeelBalk {
  /** Party id, or null for the bar of the other gemeenten. */
  partij: string | null;
  naam: string;
  /** How many gemeenten the bar stands for (1, or the rest). */
  aantal: number;
  inwoners0tot17: number;
  /** Contribution − today for the covered part: positive is nadeel. */
  bedrag: number;
  /** bedrag / inwoners 0–17; null without inwoners. */
  perInwoner: number | null;
}

export interface HerverdeelOverzicht {
  /** Sorted from the largest nadeel to the largest voordeel; the rest (if any) between them. */
  balken: HerverdeelBalk[];
  voordeel: { aantal: number; bedrag: number };
  nadeel: { aantal: number; bedrag: number };
  /** Gemeenten with an effect below half a euro. */
  gelijk: number;
}

/** Below this a gemeente neither gains nor loses (rounding). */
const GELIJK = 0.5;

const waardeVan = (g: HerverdeelBalk, maat: HerverdeelMaat) => (maat === 'bedrag' ? g.bedrag : (g.perInwoner ?? 0));

const alsBalk = (g: HerverdeeleffectGemeente): HerverdeelBalk => ({ partij: g.partij, naam: g.naam, aantal: 1, inwoners0tot17: g.inwoners0tot17, bedrag: g.bedrag, perInwoner: g.perInwoner });

/**
 * The `n` largest nadelen and the `n` largest voordelen by `maat`, and one bar "Overige … gemeenten"
 * for all others (their summed € and that sum per inwoner of them together).
 */
export function herverdeelOverzicht(effecten: readonly HerverdeeleffectGemeente[], n: number, maat: HerverdeelMaat = 'perInwoner'): HerverdeelOverzicht {
  const alle = effecten.map(alsBalk).sort((a, b) => waardeVan(b, maat) - waardeVan(a, maat) || a.naam.localeCompare(b.naam, 'nl'));
  const nadelen = alle.filter((g) => g.bedrag >= GELIJK);
  const voordelen = alle.filter((g) => g.bedrag <= -GELIJK);
  const somVan = (xs: readonly HerverdeelBalk[]) => xs.reduce((s, g) => s + g.bedrag, 0);
  const boven = nadelen.slice(0, n);
  const onder = voordelen.slice(Math.max(0, voordelen.length - n));
  const gekozen = new Set([...boven, ...onder]);
  const rest = alle.filter((g) => !gekozen.has(g));
  const balken = [...boven];
  if (rest.length === 1) balken.push(rest[0]);
  else if (rest.length > 1) {
    const bedrag = somVan(rest);
    const inwoners = rest.reduce((s, g) => s + g.inwoners0tot17, 0);
    const alleenGelijk = rest.every((g) => Math.abs(g.bedrag) < GELIJK);
    balken.push({ partij: null, naam: alleenGelijk ? `Geen verschil: ${formatGetal(rest.length)} gemeenten` : `Overige ${formatGetal(rest.length)} gemeenten`, aantal: rest.length, inwoners0tot17: inwoners, bedrag, perInwoner: inwoners > 0 ? bedrag / inwoners : null });
  }
  balken.push(...onder);
  return {
    balken,
    voordeel: { aantal: voordelen.length, bedrag: somVan(voordelen) },
    nadeel: { aantal: nadelen.length, bedrag: somVan(nadelen) },
    gelijk: alle.length - nadelen.length - voordelen.length,
  };
}

/** The `n` gemeenten whose contribution moves most from start to target (|doel − start|), largest first. */
export function grootsteBewegers(pad: Pick<Ingroeipad, 'gemeenten'>, n: number): string[] {
  return [...pad.gemeenten]
    .sort((a, b) => Math.abs(b.doel - b.start) - Math.abs(a.doel - a.start) || a.naam.localeCompare(b.naam, 'nl'))
    .slice(0, n)
    .map((g) => g.partij);
}

/** The contribution of a gemeente in every year of the path, year 0 being its start. */
export function ingroeiReeks(pad: Pick<Ingroeipad, 'gemeenten' | 'pad'>, partij: string): number[] {
  const g = pad.gemeenten.find((x) => x.partij === partij);
  if (!g) return [];
  return [g.start, ...pad.pad.map((j) => ingroeiBedrag(pad, j, partij))];
}

/**
 * The years of the path shown where space is short (a printed page): all when there are at most
 * `max`, otherwise the first ones and the last.
 */
export function getoondeJaren(aantal: number, max = 6): number[] {
  const jaren = Array.from({ length: aantal }, (_, i) => i + 1);
  return aantal <= max ? jaren : [...jaren.slice(0, max - 1), aantal];
}
