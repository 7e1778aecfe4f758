import type { RegioBestand } from '../shared/regio/schema';
import { prng, synthetischeRegio } from './engine';

/** The national regio used by every benchmark that needs a complete regio-bestand. */
function uniekeInventarisaties<T extends { school: string; professional: string }>(rijen: readonly T[]): T[] {
  const gezien = new Set<string>();
  return rijen.filter((v) => {
    const k = `${v.school}|${v.professional}`;
    if (gezien.has(k)) return false;
    gezien.add(k);
    return true;
  });
}

/**
 * The synthetic national regio of bench/engine.ts (516 schools, 344 gemeenten, 20.000 cells) as a
 * regio-bestand: 152 SWVs, 10 zorgverzekeraars, 30 gemeenten outside the regio, inwoners 0–17 drawn
 * at random, G1 as centrumgemeente; optionally inventarisaties (one row per school and professional).
 */
export function landelijkeRegio(opties: { inventarisaties?: number } = {}): RegioBestand {
  const invoer = synthetischeRegio({ scholen: 516, gemeenten: 344, cellen: 20_000, inventarisaties: opties.inventarisaties ?? 0 });
  const r = prng(344);
  const NSWV = 152;
  const gemeenten = invoer.gemeenten!.map((g, i) => ({
    code: g.code,
    naam: `Gemeente ${i + 1}`,
    inwoners0tot17: 1000 + Math.floor(r() * 60_000),
    inRegio: i % 11 !== 10,
    centrumgemeente: i === 0,
  }));
  const swvs = Array.from({ length: NSWV }, (_, i) => ({ code: `SWV${i + 1}`, naam: `Samenwerkingsverband ${i + 1}`, type: (i % 2 ? 'vo' : 'po') as 'po' | 'vo' }));
  const scholen = invoer.scholen!.map((s, i) => ({ code: s.code, naam: s.naam ?? s.code, vestigingsgemeente: s.vestigingsgemeente!, swv: swvs[i % NSWV].code, sector: 'so-vso' as const }));
  const aandelen = [0.27, 0.21, 0.14, 0.1, 0.08, 0.06, 0.05, 0.04, 0.03, 0.02];
  return {
    formaat: 'zio-regio',
    versie: 1,
    regio: { naam: 'Nederland (synthetisch)' },
    gemeenten,
    samenwerkingsverbanden: swvs,
    scholen,
    leerlingen: invoer.leerlingen.map((l) => ({ ...l })),
    zorgkantoor: { naam: 'Zorgkantoor' },
    zorgverzekeraars: aandelen.map((m, i) => ({ naam: `Verzekeraar ${i + 1}`, marktaandeel: m })),
    inventarisaties: uniekeInventarisaties(invoer.inventarisaties ?? []),
    tlvs: [],
  };
}

