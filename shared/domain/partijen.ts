/**
 * Party ids of the flow graphs, the variant's deelname and the JSON output: `gemeente:<code>`,
 * `ggd`, `zorgkantoor`, `zorgverzekeraar:<naam>`, `swv:<code>`, `school:<code>`,
 * `entiteit:integraal`, `ouders:pgb` (the parents, through whom a pgb is paid) and `scholen:onderwijs`
 * (the schools, where care outside the scope becomes onderwijs); their constructors, parser and
 * Dutch names.
 */
import type { PartijSoort } from '../engine/routes/typen';

export const GGD = 'ggd';
export const ZORGKANTOOR = 'zorgkantoor';
export const ENTITEIT = 'entiteit:integraal';
export const OUDERS_PGB = 'ouders:pgb';
export const SCHOLEN_ONDERWIJS = 'scholen:onderwijs';
export const gemeenteId = (code: string) => `gemeente:${code}`;
export const schoolId = (code: string) => `school:${code}`;
export const swvId = (code: string) => `swv:${code}`;
export const verzekeraarId = (naam: string) => `zorgverzekeraar:${naam}`;

/** The soort of a party id. */
export function partijSoort(id: string): PartijSoort | null {
  if (id === GGD) return 'ggd';
  if (id === ZORGKANTOOR) return 'zorgkantoor';
  if (id === ENTITEIT) return 'entiteit';
  if (id === OUDERS_PGB) return 'ouders';
  if (id === SCHOLEN_ONDERWIJS) return 'scholen';
  const i = id.indexOf(':');
  const p = i > 0 ? id.slice(0, i) : '';
  if (p === 'gemeente' || p === 'school' || p === 'swv') return p;
  if (p === 'zorgverzekeraar') return 'zorgverzekeraar';
  return null;
}

/** The code (or the verzekeraar's name) inside a party id. */
export function partijCode(id: string): string {
  const i = id.indexOf(':');
  return i > 0 ? id.slice(i + 1) : id;
}

/** What naming a party needs from a regio; a regio-bestand fits. */
export interface PartijNamenRegio {
  gemeenten: readonly { code: string; naam: string }[];
  samenwerkingsverbanden: readonly { code: string; naam: string }[];
  scholen?: readonly { code: string; naam: string }[];
  zorgkantoor: { naam: string };
}

/** The name of a party id in a regio, as in a table or list: "GGD", "Havenveld", "VGZ". */
export function partijNaam(regio: PartijNamenRegio, id: string): string {
  const code = partijCode(id);
  switch (partijSoort(id)) {
    case 'ggd':
      return 'GGD';
    case 'zorgkantoor':
      return regio.zorgkantoor.naam;
    case 'gemeente':
      return regio.gemeenten.find((g) => g.code === code)?.naam ?? code;
    case 'swv':
      return regio.samenwerkingsverbanden.find((s) => s.code === code)?.naam ?? code;
    case 'school':
      return regio.scholen?.find((s) => s.code === code)?.naam ?? code;
    case 'ouders':
      return 'Ouders (pgb)';
    case 'scholen':
      return 'Scholen (onderwijs)';
    default:
      return code;
  }
}

/** The name of a party inside a sentence: "de GGD", otherwise as partijNaam. */
export function partijNaamInZin(regio: PartijNamenRegio, id: string): string {
  return id === GGD ? 'de GGD' : partijNaam(regio, id);
}

/** True when a gemeente's own name already says it lies outside the regio ("Noorderstad (buiten regio)"): no second marker then. */
export function naamZegtBuitenRegio(naam: string): boolean {
  return /buiten\s+(de\s+)?regio/i.test(naam);
}
