/**
 * The kinds of value a column holds: how a cell of that kind is read (with the Dutch message when it
 * cannot be), and how a value is written into the template. Cross-references between tables are not
 * checked here: that is the regio schema's job (`valideerRegio`).
 */
import type * as XLSX from 'xlsx';
import { DOELGROEPEN, SECTOREN, SWV_TYPES } from '../../shared/domain/labels';
import { beschrijfCel, ONGELDIG_GETAL, type Cel } from './cel';
import { urenNaarFte } from '../../shared/domain/formatie';
import { controleerAandeel, leesNlAandeel, leesNlGetal, toonGetal } from './getallen';
import type { WaardeSoort } from '../../shared/regio/beschrijving';
import { leesCelSector, leesDoelgroep, leesFinancier, leesJaNee, leesKader, leesProfessional, leesSector, leesSwvType } from './keuzes';
import { REALISATIE_KADERS } from '../../shared/regio/tabellen';

export type CelLezing = { ok: true; waarde: unknown } | { ok: false; melding: string };

export interface Soort {
  /** What the column expects, completing "verwacht …": "een geheel getal ≥ 0". */
  verwachting: string;
  /** Reads a non-empty cell. */
  lees(cel: Exclude<Cel, { soort: 'leeg' }>): CelLezing;
  /** The template cell for a value. */
  schrijf(waarde: unknown): XLSX.CellObject;
  /** Excel number format of the column, if any. */
  formaat?: string;
}

const goed = (waarde: unknown): CelLezing => ({ ok: true, waarde });
const verwacht = (verwachting: string, cel: Cel): CelLezing => ({ ok: false, melding: `verwacht ${verwachting}, maar vond ${beschrijfCel(cel)}` });

/** Errors and dates are refused the same way in every column. */
function algemeneFout(cel: Cel, verwachting: string): CelLezing | undefined {
  if (cel.soort === 'fout' && cel.tekst === ONGELDIG_GETAL) return { ok: false, melding: `de cel is een getalcel zonder geldig getal; het bestand is mogelijk beschadigd. Typ de waarde opnieuw; verwacht ${verwachting}` };
  if (cel.soort === 'fout') return { ok: false, melding: `de cel bevat een formulefout (${cel.tekst}); verwacht ${verwachting}` };
  if (cel.soort === 'formule') {
    return { ok: false, melding: `de cel bevat een formule (${cel.formule}) zonder opgeslagen uitkomst, zoals sommige programma's die schrijven; open het bestand in Excel en sla het op, dan bewaart Excel de uitkomsten` };
  }
  if (cel.soort === 'datum') return verwacht(verwachting, cel);
  return undefined;
}

const tekstCelObject = (w: unknown): XLSX.CellObject => ({ t: 's', v: String(w) });

function tekstSoort(verwachting: string): Soort {
  return {
    verwachting,
    lees(cel) {
      const f = algemeneFout(cel, verwachting);
      if (f) return f;
      if (cel.soort === 'tekst') return goed(cel.tekst);
      if (cel.soort === 'getal') return goed(String(cel.getal));
      return verwacht(verwachting, cel);
    },
    schrijf: tekstCelObject,
  };
}

/** Numbers within 1e-9 of a whole number count as whole: formulas can leave 12.000000000000002. */
function heelOfNiet(n: number): number | undefined {
  const r = Math.round(n);
  return Math.abs(n - r) <= 1e-9 ? r : undefined;
}

function getalSoort(opties: { geheel: boolean; verwachting: string; formaat: string; negatief?: boolean }): Soort {
  const { verwachting } = opties;
  const controleer = (n: number, cel: Cel): CelLezing => {
    const heel = heelOfNiet(n);
    if (opties.geheel && heel === undefined) return verwacht(verwachting, cel);
    const waarde = opties.geheel ? (heel as number) : n;
    if (waarde < 0 && !opties.negatief) return verwacht(verwachting, cel);
    return goed(waarde === 0 ? 0 : waarde);
  };
  return {
    verwachting,
    formaat: opties.formaat,
    lees(cel) {
      const f = algemeneFout(cel, verwachting);
      if (f) return f;
      if (cel.soort === 'getal') return controleer(cel.getal, cel);
      if (cel.soort === 'tekst') {
        const r = leesNlGetal(cel.tekst);
        if (!r.ok) return r.soort === 'onduidelijk' ? { ok: false, melding: r.melding } : verwacht(verwachting, cel);
        return controleer(r.getal, cel);
      }
      return verwacht(verwachting, cel);
    },
    schrijf: (w) => ({ t: 'n', v: w as number, z: opties.formaat }),
  };
}

const FTE_VERWACHTING = `een aantal fte ≥ 0 (zoals 1,5) of uren per jaar met "uur" erachter (zoals 830 uur)`;
const UREN = /^(.*?)\s*(?:uur|uren|u)(?:\s*per\s*jaar)?$/i;

/** Fte, or hours per year written with "uur" ("830 uur"), converted with the documented hours per fte. */
function fteSoort(): Soort {
  const getal = getalSoort({ geheel: false, verwachting: FTE_VERWACHTING, formaat: '0.00' });
  return {
    ...getal,
    lees(cel) {
      const uren = cel.soort === 'tekst' ? UREN.exec(cel.tekst.trim()) : null;
      if (!uren) return getal.lees(cel);
      const r = getal.lees({ soort: 'tekst', tekst: uren[1] });
      return r.ok ? goed(urenNaarFte(r.waarde as number)) : r;
    },
  };
}

const AANDEEL_VERWACHTING = 'een percentage (62%) of een aandeel tussen 0 en 1 (0,62)';

const aandeel: Soort = {
  verwachting: AANDEEL_VERWACHTING,
  formaat: '0.0%',
  lees(cel) {
    const f = algemeneFout(cel, AANDEEL_VERWACHTING);
    if (f) return f;
    const r = cel.soort === 'getal' ? controleerAandeel(cel.getal, toonGetal(cel.getal)) : cel.soort === 'tekst' ? leesNlAandeel(cel.tekst) : undefined;
    if (!r) return verwacht(AANDEEL_VERWACHTING, cel);
    if (!r.ok) return r.soort === 'geenGetal' ? verwacht(AANDEEL_VERWACHTING, cel) : { ok: false, melding: r.melding };
    return goed(r.getal);
  },
  schrijf: (w) => ({ t: 'n', v: w as number, z: '0.0%' }),
};

const JA_NEE_VERWACHTING = 'ja of nee';

const jaNee: Soort = {
  verwachting: JA_NEE_VERWACHTING,
  lees(cel) {
    const f = algemeneFout(cel, JA_NEE_VERWACHTING);
    if (f) return f;
    if (cel.soort === 'waarheid') return goed(cel.waarde);
    const tekst = cel.soort === 'tekst' ? cel.tekst : cel.soort === 'getal' ? String(cel.getal) : '';
    const w = leesJaNee(tekst);
    return w === undefined ? verwacht(`${JA_NEE_VERWACHTING} (of x, 1, 0)`, cel) : goed(w);
  },
  schrijf: (w) => ({ t: 's', v: w ? 'ja' : 'nee' }),
};

/** A choice from a fixed list; unknown texts get a message naming the list. */
function keuzeSoort(verwachting: string, lees: (tekst: string) => string | undefined, onbekend: (tekst: string) => string): Soort {
  return {
    verwachting,
    lees(cel) {
      const f = algemeneFout(cel, verwachting);
      if (f) return f;
      if (cel.soort !== 'tekst') return verwacht(verwachting, cel);
      const w = lees(cel.tekst);
      return w === undefined ? { ok: false, melding: onbekend(cel.tekst) } : goed(w);
    },
    schrijf: tekstCelObject,
  };
}

const financierTekst = tekstSoort('een financier (gemeente:<code>, zorgkantoor, ggd of zorgverzekeraar:<naam>)');

/** Professionals by id or name; unknown ones are left for the schema, which knows the list. */
const professionalTekst = tekstSoort('een professional (zie blad Keuzelijsten)');

export const SOORTEN = {
  code: tekstSoort('een code'),
  naam: tekstSoort('een naam'),
  geheelGetal: getalSoort({ geheel: true, verwachting: 'een geheel getal ≥ 0', formaat: '#,##0' }),
  fte: fteSoort(),
  aandeel,
  jaNee,
  doelgroep: keuzeSoort(
    `een doelgroep (${DOELGROEPEN.join(', ')})`,
    leesDoelgroep,
    (t) => `onbekende doelgroep "${t}"; kies uit ${DOELGROEPEN.join(', ')} of hun omschrijving`,
  ),
  sector: keuzeSoort(`een sector (${SECTOREN.join(', ')})`, leesSector, (t) => `onbekende sector "${t}"; kies uit ${SECTOREN.join(', ')}`),
  celSector: keuzeSoort(`so of vso`, leesCelSector, (t) => `onbekende sector "${t}"; kies so of vso (of laat de cel leeg)`),
  swvType: keuzeSoort(`een type (${SWV_TYPES.join(' of ')})`, leesSwvType, (t) => `onbekend type "${t}"; kies uit ${SWV_TYPES.join(' of ')}`),
  financier: {
    ...financierTekst,
    lees(cel) {
      const r = financierTekst.lees(cel);
      return r.ok ? goed(leesFinancier(String(r.waarde))) : r;
    },
  },
  kader: keuzeSoort(`een kader (${REALISATIE_KADERS.join(', ')})`, leesKader, (t) => `onbekend kader "${t}"; kies uit ${REALISATIE_KADERS.join(', ')}`),
  jaar: getalSoort({ geheel: true, verwachting: 'een jaartal (2024)', formaat: '0' }),
  bedrag: getalSoort({ geheel: false, verwachting: 'een bedrag in euro (1.234.567,50)', formaat: '#,##0.00', negatief: true }),
  tekst: tekstSoort('een tekst'),
  professional: {
    ...professionalTekst,
    lees(cel) {
      const r = professionalTekst.lees(cel);
      return r.ok ? goed(leesProfessional(String(r.waarde))) : r;
    },
  },
} satisfies Record<Exclude<WaardeSoort, 'kaderverdeling'>, Soort>;

export type SoortNaam = keyof typeof SOORTEN;
