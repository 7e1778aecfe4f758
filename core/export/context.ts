/**
 * What every sheet of an export needs: the regio, the normenset, the evaluation of the variant,
 * the kleine-aantallen setting and the Dutch names of parties. Built once per export.
 */
import { evalueerVariant, type Behoefte, type Evaluatie, type Normenset, type Variant, type VariantInvoer } from '../../shared/engine';
import type { RegioBestand } from '../../shared/regio/schema';
import { Cellen } from './kleine-aantallen';

export interface ExportOpties {
  /** Hide pupil counts below 5 and the figures they could be derived from. */
  kleineAantallen: boolean;
  /** Date printed in the export (default: now). */
  datum?: Date;
  /** Version of the app, printed in the Toelichting. */
  appVersie: string;
  /** The evaluation of this variant for this regio and normenset when the caller has it already (a cache): not computed again. */
  evaluatie?: Evaluatie;
}

export interface ExportContext {
  regio: RegioBestand;
  normenset: Normenset;
  ev: Evaluatie;
  behoefte: Behoefte;
  kleineAantallen: boolean;
  /** Leerlingen cells per school × woongemeente (for the kleine-aantallen rule). */
  cellen: Cellen;
  datum: { iso: string; tekst: string };
  appVersie: string;
  /** Name of a party id ("Centrumstad", "SO De Wissel"). */
  naam: (partij: string) => string;
}

/** yyyy-mm-dd in local time, and "12 maart 2026". */
export function datumTeksten(d: Date): { iso: string; tekst: string } {
  const twee = (n: number) => String(n).padStart(2, '0');
  return {
    iso: `${d.getFullYear()}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`,
    tekst: d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
  };
}

/**
 * Evaluates the variant for the regio and gathers what the sheets need. Throws an Error with a
 * Dutch message on an invalid variant (see `evalueerVariant`).
 */
export function maakContext(regio: RegioBestand, variant: VariantInvoer | Variant, normenset: Normenset, opties: ExportOpties): ExportContext {
  const ev = opties.evaluatie ?? evalueerVariant(normenset, regio, variant);
  return {
    regio,
    normenset,
    ev,
    behoefte: ev.behoefte!,
    kleineAantallen: opties.kleineAantallen,
    cellen: new Cellen(regio.leerlingen),
    datum: datumTeksten(opties.datum ?? new Date()),
    appVersie: opties.appVersie,
    naam: (id) => ev.partij[id]?.naam ?? id.slice(id.indexOf(':') + 1),
  };
}
