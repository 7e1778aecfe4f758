import { DOELGROEPEN, type Doelgroep } from '../domain/labels';
import type { RegioBestand } from './schema';

export interface RegioOverzicht {
  naam: string;
  gemeenten: { inRegio: number; buitenRegio: number; centrumgemeente: string | null };
  samenwerkingsverbanden: { po: number; vo: number };
  /** Every samenwerkingsverband by code and name, in the regio's order (the OOGO screen's choice). */
  swvLijst: Array<{ code: string; naam: string }>;
  scholen: number;
  leerlingen: {
    totaal: number;
    perDoelgroep: Record<Doelgroep, number>;
    /** Pupils living outside the regio. */
    buitenRegio: number;
  };
  zorgkantoor: string;
  zorgverzekeraars: number;
  /** Schools whose need comes from a measured inventarisatie. */
  scholenMetInventarisatie: number;
}

/** Counts for the Overzicht screen. */
export function regioOverzicht(r: RegioBestand): RegioOverzicht {
  const perDoelgroep = Object.fromEntries(DOELGROEPEN.map((d) => [d, 0])) as Record<Doelgroep, number>;
  const buiten = new Set(r.gemeenten.filter((g) => !g.inRegio).map((g) => g.code));
  let totaal = 0;
  let buitenRegio = 0;
  for (const l of r.leerlingen) {
    perDoelgroep[l.doelgroep] += l.aantal;
    totaal += l.aantal;
    if (buiten.has(l.woongemeente)) buitenRegio += l.aantal;
  }
  return {
    naam: r.regio.naam,
    gemeenten: {
      inRegio: r.gemeenten.length - buiten.size,
      buitenRegio: buiten.size,
      centrumgemeente: r.gemeenten.find((g) => g.centrumgemeente)?.naam ?? null,
    },
    samenwerkingsverbanden: {
      po: r.samenwerkingsverbanden.filter((s) => s.type === 'po').length,
      vo: r.samenwerkingsverbanden.filter((s) => s.type === 'vo').length,
    },
    swvLijst: r.samenwerkingsverbanden.map(({ code, naam }) => ({ code, naam })),
    scholen: r.scholen.length,
    leerlingen: { totaal, perDoelgroep, buitenRegio },
    zorgkantoor: r.zorgkantoor.naam,
    zorgverzekeraars: r.zorgverzekeraars.length,
    scholenMetInventarisatie: new Set(r.inventarisaties.map((v) => v.school)).size,
  };
}

/** Pupil totals per school, per woongemeente and per samenwerkingsverband (via the school). */
export function leerlingenTellingen(r: RegioBestand) {
  const perSchool = new Map<string, number>();
  const perWoongemeente = new Map<string, number>();
  const perSwv = new Map<string, number>();
  const swvVanSchool = new Map(r.scholen.map((s) => [s.code, s.swv]));
  const tel = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const l of r.leerlingen) {
    tel(perSchool, l.school, l.aantal);
    tel(perWoongemeente, l.woongemeente, l.aantal);
    const swv = swvVanSchool.get(l.school);
    if (swv) tel(perSwv, swv, l.aantal);
  }
  const scholenPerSwv = new Map<string, number>();
  for (const s of r.scholen) tel(scholenPerSwv, s.swv, 1);
  return { perSchool, perWoongemeente, perSwv, scholenPerSwv };
}
