import { z } from 'zod';
import { DOELGROEPEN, KADERS } from '../domain/labels';
import type { Behoefte, KaderBedragen } from './behoefte';

/**
 * The JSON export of a need calculation (`zio bereken --json`), documented in
 * resources/schema/behoefte-uitvoer.md. A JSON Schema follows from `z.toJSONSchema(BehoefteUitvoerSchema)`.
 * Euro amounts are rounded to cents, fte to 4 decimals, pupil counts as given.
 */
export const UITVOER_FORMAAT = 'zio-berekening';
export const UITVOER_VERSIE = 1;

const euro = z.number().describe('euro per jaar, afgerond op centen');
const perKader = z.strictObject(Object.fromEntries(KADERS.map((k) => [k, euro])) as Record<(typeof KADERS)[number], typeof euro>).describe('bedrag per financieringskader');

export const BehoefteUitvoerSchema = z
  .strictObject({
    formaat: z.literal(UITVOER_FORMAAT),
    versie: z.literal(UITVOER_VERSIE),
    normenset: z.string().describe('id van de normenset, bv. "landelijk-2022"'),
    regio: z.strictObject({ naam: z.string() }),
    scope: z.strictObject({
      naam: z.enum(['breed', 'medium', 'smal', 'maatwerk']),
      taken: z.array(z.string()).describe('taak-ids in de scope, in tabelvolgorde'),
    }),
    behoefte: z.strictObject({
      leerlingen: z.number().min(0),
      totaal: euro,
      perKader,
      perSchool: z.array(
        z.strictObject({
          school: z.string(),
          naam: z.string(),
          inventarisatie: z.boolean().describe('true als de behoefte (deels) uit een inventarisatie van de school komt'),
          leerlingen: z.number().min(0),
          totaal: euro,
          perKader,
          perWoongemeente: z.array(z.strictObject({ gemeente: z.string(), leerlingen: z.number().min(0), perKader })),
          fte: z.record(z.string(), z.number()).describe('formatie per professional-id binnen de scope'),
          fteTotaal: z.number(),
        }),
      ),
      perDoelgroep: z
        .strictObject(Object.fromEntries(DOELGROEPEN.map((d) => [d, perKader])) as Record<(typeof DOELGROEPEN)[number], typeof perKader>)
        .describe('normatieve kosten per leerling per doelgroep en kader'),
    }),
  })
  .describe('Zorgbehoefte van een regio volgens de ZiO-rekenkern');

export type BehoefteUitvoer = z.infer<typeof BehoefteUitvoerSchema>;

const centen = (x: number) => Math.round(x * 100) / 100 + 0;
const fte4 = (x: number) => Math.round(x * 1e4) / 1e4 + 0;
const kaders = (v: KaderBedragen): KaderBedragen => Object.fromEntries(KADERS.map((k) => [k, centen(v[k])])) as KaderBedragen;

/** The export document of a need calculation (rounded for export). */
export function naarUitvoer(behoefte: Behoefte, regio: { naam: string }): BehoefteUitvoer {
  return {
    formaat: UITVOER_FORMAAT,
    versie: UITVOER_VERSIE,
    normenset: behoefte.normenset,
    regio: { naam: regio.naam },
    scope: { naam: behoefte.scope.naam, taken: behoefte.scope.taken.slice() },
    behoefte: {
      leerlingen: behoefte.leerlingen,
      totaal: centen(behoefte.totaal),
      perKader: kaders(behoefte.perKader),
      perSchool: behoefte.perSchool.map((s) => ({
        school: s.school,
        naam: s.naam,
        inventarisatie: s.inventarisatie,
        leerlingen: s.leerlingen,
        totaal: centen(s.totaal),
        perKader: kaders(s.perKader),
        perWoongemeente: s.perWoongemeente.map((g) => ({ gemeente: g.gemeente, leerlingen: g.leerlingen, perKader: kaders(g.perKader) })),
        fte: Object.fromEntries(Object.entries(s.fte).map(([p, v]) => [p, fte4(v)])),
        fteTotaal: fte4(s.fteTotaal),
      })),
      perDoelgroep: Object.fromEntries(DOELGROEPEN.map((d) => [d, kaders(behoefte.perDoelgroep[d])])) as BehoefteUitvoer['behoefte']['perDoelgroep'],
    },
  };
}
