import { z } from 'zod';
import { CODE as code, NAAM as naam } from './beschrijving';
import { GemeenteSchema, InventarisatieSchema, LeerlingenCelSchema, PrijspeilSchema, RealisatieRijSchema, SchoolSchema, SwvSchema, TlvSchema, ZorgverzekeraarSchema } from './schema';

/**
 * One edit of a regio model. Rows are addressed by their current key (`code`, or `naam` for a
 * zorgverzekeraar); `null` as key adds a row, `null` as waarde removes it. Changing a code renames
 * the row and every reference to it.
 */
export const WijzigingSchema = z.discriminatedUnion('soort', [
  z.strictObject({ soort: z.literal('regio'), naam, zorgkantoor: naam }),
  z.strictObject({ soort: z.literal('gemeente'), code: code.nullable(), waarde: GemeenteSchema.nullable() }),
  z.strictObject({ soort: z.literal('swv'), code: code.nullable(), waarde: SwvSchema.nullable() }),
  z.strictObject({ soort: z.literal('school'), code: code.nullable(), waarde: SchoolSchema.nullable() }),
  z.strictObject({ soort: z.literal('zorgverzekeraar'), naam: naam.nullable(), waarde: ZorgverzekeraarSchema.nullable() }),
  /** Sets pupil counts of one school (per sector for an so-vso school); aantal 0 empties a cell. */
  z.strictObject({
    soort: z.literal('leerlingen'),
    school: code,
    cellen: z
      .array(LeerlingenCelSchema.omit({ school: true }).extend({ aantal: z.number().int().min(0).max(1_000_000) }))
      .min(1)
      .max(100_000),
  }),
  /** Replaces the inventarisatie of one school (an empty list removes it). */
  z.strictObject({ soort: z.literal('inventarisatie'), school: code, regels: z.array(InventarisatieSchema.omit({ school: true })).max(200) }),
  /** Replaces the TLV counts of one school, per woongemeente (an empty list removes them). */
  z.strictObject({ soort: z.literal('tlv'), school: code, rijen: z.array(TlvSchema.omit({ school: true })).max(5_000) }),
  /**
   * Adds (regel null), removes (waarde null) or changes a realisatie row, addressed by its position
   * (1-based) in the regio's list: rows of one financier, kader, school and year may repeat.
   */
  z.strictObject({ soort: z.literal('realisatie'), regel: z.number().int().min(1).nullable(), waarde: RealisatieRijSchema.nullable() }),
  /** Sets the regio's prijspeil (null: back to prijspeil 2022 without index). */
  z.strictObject({ soort: z.literal('prijspeil'), prijspeil: PrijspeilSchema.nullable() }),
]);

export type Wijziging = z.infer<typeof WijzigingSchema>;
