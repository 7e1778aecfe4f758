/**
 * TLV-bekostiging laag / midden / hoog per school × woongemeente: the regio's own counts (optional
 * table `tlvs`, regio-bestand versie 3) or, where a combination has none, an estimate from the
 * report's national shares. The amounts per category are the report's global kengetallen. Pure.
 *
 * Source: DSP-groep & Oberon (2022), par. 2.3.1.
 * - r. 2538–2540: "voor 80% van alle (v)so-leerlingen een lage TLV-bekostiging wordt afgegeven,
 *   voor 11% een TLV-midden en voor 9% een TLV-hoog. Vso-leerlingen hebben vaker een TLV-laag dan
 *   so-leerlingen (85% resp. 74%)."
 * - r. 2494: "De globale bedragen voor TLV laag, midden en hoog zijn respectievelijk € 12.000,
 *   € 20.000 en € 25.000."
 *
 * Our choice for midden / hoog per sector (the report gives only laag per sector): the part that is
 * not laag is split in every sector in the national ratio midden : hoog = 11 : 9. The shares then
 * add up to the national 80 / 11 / 9 for a pupil mix of 5/11 so (45%) and 6/11 vso, the mix for which
 * 74% and 85% average to 80%; for another mix laag follows the mix and midden : hoog stays 11 : 9.
 */
import type { CelSector } from './sector';

export const TLV_CATEGORIEEN = ['laag', 'midden', 'hoog'] as const;
export type TlvCategorie = (typeof TLV_CATEGORIEEN)[number];
export type TlvAantallen = Record<TlvCategorie, number>;

export const TLV_BRON = 'DSP-groep & Oberon (2022), par. 2.3.1';

/** The national shares as the report publishes them, each with its line. */
export const TLV_LANDELIJK = {
  totaal: { laag: 0.8, midden: 0.11, hoog: 0.09 } satisfies TlvAantallen,
  laagSo: 0.74,
  laagVso: 0.85,
  regels: 'r. 2538–2540',
  citaat:
    'voor 80% van alle (v)so-leerlingen een lage TLV-bekostiging wordt afgegeven, voor 11% een TLV-midden en voor 9% een TLV-hoog. Vso-leerlingen hebben vaker een TLV-laag dan so-leerlingen (85% resp. 74%).',
} as const;

/** Kengetallen: the report's global amount per TLV per school year, with its source. */
export const TLV_BEDRAG = {
  perCategorie: { laag: 12_000, midden: 20_000, hoog: 25_000 } satisfies TlvAantallen,
  regel: 'r. 2494',
  citaat: 'De globale bedragen voor TLV laag, midden en hoog zijn respectievelijk € 12.000, € 20.000 en € 25.000.',
  /** What the amounts are not: exact budgets (they depend on age and change from 2023, r. 2490–2492). */
  kanttekening: 'globale bedragen; de werkelijke bekostiging hangt ook af van de leeftijd van de leerlingen en wordt vanaf 2023 vereenvoudigd (r. 2490–2492)',
} as const;

/** The estimated shares per sector (see the module comment for the midden / hoog split). */
export const TLV_AANDEEL_PER_SECTOR: Record<CelSector, TlvAantallen> = {
  so: verdeel(TLV_LANDELIJK.laagSo),
  vso: verdeel(TLV_LANDELIJK.laagVso),
};

function verdeel(laag: number): TlvAantallen {
  const { midden, hoog } = TLV_LANDELIJK.totaal;
  const rest = 1 - laag;
  return { laag, midden: (rest * midden) / (midden + hoog), hoog: (rest * hoog) / (midden + hoog) };
}

/** The share of so pupils for which the per-sector shares average to the national 80 / 11 / 9. */
export const TLV_IMPLICIET_AANDEEL_SO = (TLV_LANDELIJK.laagVso - TLV_LANDELIJK.totaal.laag) / (TLV_LANDELIJK.laagVso - TLV_LANDELIJK.laagSo);

export interface TlvCel {
  school: string;
  gemeente: string;
  sector: CelSector;
  leerlingen: number;
}

export interface TlvInvoer {
  school: string;
  woongemeente: string;
  laag: number;
  midden: number;
  hoog: number;
}

export interface TlvRij {
  school: string;
  gemeente: string;
  leerlingen: number;
  aantallen: TlvAantallen;
  /** 'ingevoerd': the regio's own counts; 'schatting': from the national shares per sector. */
  herkomst: 'ingevoerd' | 'schatting';
  /** Aantallen × the kengetallen. */
  bedrag: number;
}

const nul = (): TlvAantallen => ({ laag: 0, midden: 0, hoog: 0 });

export function tlvBedrag(a: TlvAantallen): number {
  return TLV_CATEGORIEEN.reduce((s, c) => s + a[c] * TLV_BEDRAG.perCategorie[c], 0);
}

/**
 * One row per school × woongemeente with pupils: the entered counts where the regio has them,
 * otherwise the estimate from the pupils per sector (fractional numbers).
 */
export function tlvRijen(cellen: readonly TlvCel[], ingevoerd: readonly TlvInvoer[]): TlvRij[] {
  const eigen = new Map(ingevoerd.map((t) => [`${t.school}\u0000${t.woongemeente}`, t]));
  const rijen = new Map<string, TlvRij>();
  for (const c of cellen) {
    if (!(c.leerlingen > 0)) continue;
    const k = `${c.school}\u0000${c.gemeente}`;
    let r = rijen.get(k);
    if (!r) {
      const t = eigen.get(k);
      r = { school: c.school, gemeente: c.gemeente, leerlingen: 0, aantallen: t ? { laag: t.laag, midden: t.midden, hoog: t.hoog } : nul(), herkomst: t ? 'ingevoerd' : 'schatting', bedrag: 0 };
      rijen.set(k, r);
    }
    r.leerlingen += c.leerlingen;
    if (r.herkomst === 'schatting') for (const cat of TLV_CATEGORIEEN) r.aantallen[cat] += c.leerlingen * TLV_AANDEEL_PER_SECTOR[c.sector][cat];
  }
  const uit = [...rijen.values()];
  for (const r of uit) r.bedrag = tlvBedrag(r.aantallen);
  return uit;
}

export interface TlvTotaal {
  leerlingen: number;
  aantallen: TlvAantallen;
  bedrag: number;
  /** Some (or all) of the counts are estimated. */
  geschat: boolean;
  /** All counts are estimated. */
  geheelGeschat: boolean;
}

/** The sum of rows (a school, a gemeente, an SWV). */
export function tlvTotaal(rijen: readonly TlvRij[]): TlvTotaal {
  const aantallen = nul();
  let leerlingen = 0;
  for (const r of rijen) {
    leerlingen += r.leerlingen;
    for (const c of TLV_CATEGORIEEN) aantallen[c] += r.aantallen[c];
  }
  const geschat = rijen.some((r) => r.herkomst === 'schatting');
  return { leerlingen, aantallen, bedrag: tlvBedrag(aantallen), geschat, geheelGeschat: geschat && rijen.every((r) => r.herkomst === 'schatting') };
}
