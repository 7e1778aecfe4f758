import { DOELGROEPEN, KADER_LABEL, type Doelgroep } from '../domain/labels';
import type { AandeelUitkomst } from './aandelen';
import { bronTekst, type Groep, type Kengetal } from './normen';
import type { Normenset, NormParameterBron } from './normenset';
import { PGB_BRON, PGB_KADERS, type PgbKader } from './pgb';
import { aanpassingPlaats, landelijkeWaarde, type NormAanpassing } from './regionale-normen';

/** What the "Bronnen en aannames" view shows: every parameter with its value and source. */
export interface NormenOverzicht {
  id: string;
  naam: string;
  bron: { document: string; toelichting: string };
  tabellen: Array<{ id: string; titel: string; bron: string; eenheid: string; toelichting: string }>;
  kengetallen: Array<{ id: string } & Kengetal & { bronTekst: string }>;
  doelgroepmix: Array<{ doelgroep: Doelgroep; aandeel: number }>;
  /** Share of so pupils nationally and in the study's dataset (footnote 14). */
  aandeelSo: { landelijk: number; dataset: number };
  /** The published kader shares of v2 §11: target, where it is in the report, fitted value, role. */
  aandelen: Array<AandeelUitkomst & { omschrijving: string; vindplaats: string }>;
  professionals: Array<{
    id: string;
    naam: string;
    tarief: number;
    /** The national tarief (equal to `tarief` unless the regio overrides it). */
    tariefLandelijk: number;
    fteLandelijk: number;
    kostenBreed: number;
    geklemd: boolean;
    /** Fte per 100 pupils per doelgroep as used, and nationally (tabel 2.2). */
    ftePer100: Record<Doelgroep, number>;
    ftePer100Landelijk: Record<Doelgroep, number>;
    /** Fte per 100 pupils per doelgroep in so and in vso as used (derived, v2 §11). */
    ftePer100Sector: { so: Record<Doelgroep, number>; vso: Record<Doelgroep, number> };
  }>;
  /** Pgb-aandeel per kader (rekenmodel-v2 §7): as used, nationally, the regio's own value if any, and the source. */
  pgb: Array<{ kader: PgbKader; naam: string; aandeel: number; landelijk: number; regionaal: number | null } & Pick<NormParameterBron, 'soort' | 'bron'>>;
  /** The regio's own values, each with the national value it replaces. */
  aanpassingen: Array<NormAanpassing & { plaats: string; landelijk: number }>;
  taken: Array<{ id: string; naam: string; groep: Groep; kostenBreed: number }>;
  parameters: NormParameterBron[];
  waarschuwingen: string[];
}

export function normenOverzicht(ns: Normenset, regionaal: { landelijk: Normenset; aanpassingen: readonly NormAanpassing[] } | null = null): NormenOverzicht {
  const landelijk = regionaal?.landelijk ?? ns;
  const perDoelgroep = (rij: number[]) => Object.fromEntries(DOELGROEPEN.map((d, j) => [d, rij[j]])) as Record<Doelgroep, number>;
  const t = ns.published.tabellen;
  const tabellen = (['ftePer100', 'kostenProfessional', 'kostenKader', 'kostenTaak'] as const).map((id) => ({
    id,
    titel: t[id].titel,
    bron: bronTekst(t[id].bron),
    eenheid: t[id].eenheid,
    toelichting: t[id].toelichting,
  }));
  const kostenTaak = new Map(t.kostenTaak.rijen.map((r) => [r.taak, r.breed]));
  return {
    id: ns.id,
    naam: ns.naam,
    bron: ns.published.bron,
    tabellen,
    kengetallen: Object.entries(ns.published.kengetallen).map(([id, k]) => ({ id, ...k, bronTekst: bronTekst(k.bron) })),
    doelgroepmix: DOELGROEPEN.map((doelgroep, i) => ({ doelgroep, aandeel: ns.w[i] })),
    aandeelSo: { ...ns.aandeelSo },
    aandelen: ns.aandelen.map((a) => {
      const k = ns.published.kengetallen[a.kengetal];
      return { ...a, omschrijving: k.omschrijving, vindplaats: `${k.bron.plaats}, tekstregel ${a.regel}` };
    }),
    professionals: ns.professionals.map((p, i) => ({
      id: p.id,
      naam: p.naam,
      tarief: ns.tarief[i],
      tariefLandelijk: landelijk.tarief[i],
      fteLandelijk: ns.fteNat[i],
      kostenBreed: ns.kostenProfessional.breed[i],
      geklemd: ns.geklemd.includes(p.id),
      ftePer100: perDoelgroep(ns.ftePer100[i]),
      ftePer100Landelijk: perDoelgroep(landelijk.ftePer100[i]),
      ftePer100Sector: { so: perDoelgroep(ns.ftePer100Sector[i].map((x) => x[0])), vso: perDoelgroep(ns.ftePer100Sector[i].map((x) => x[1])) },
    })),
    pgb: PGB_KADERS.map((kader) => ({
      kader,
      naam: KADER_LABEL[kader],
      aandeel: ns.pgbAandeel[kader],
      landelijk: landelijk.pgbAandeel[kader],
      regionaal: regionaal?.aanpassingen.find((a) => a.parameter === 'pgbAandeel' && a.kader === kader)?.waarde ?? null,
      soort: PGB_BRON[kader].soort,
      bron: PGB_BRON[kader].bron,
    })),
    aanpassingen: (regionaal?.aanpassingen ?? []).map((a) => ({ ...a, plaats: aanpassingPlaats(landelijk, a), landelijk: landelijkeWaarde(landelijk, a) })),
    taken: ns.taken.map((taak) => ({ ...taak, kostenBreed: (kostenTaak.get(taak.id) ?? 0) * 1e6 })),
    parameters: ns.bronnen,
    waarschuwingen: ns.waarschuwingen,
  };
}
