import { z } from 'zod';
import { BehoefteUitvoerSchema } from '../shared/engine';
import { RegioBestandSchema } from '../shared/regio/schema';

/** The JSON Schema files shipped in resources/schema/, generated from the zod schemas. */
export const SCHEMA_BESTANDEN: Record<string, { schema: z.ZodType; titel: string; beschrijving: string }> = {
  'regio-bestand.schema.json': {
    schema: RegioBestandSchema,
    titel: 'ZiO regio-bestand',
    beschrijving: 'Een regiomodel: gemeenten, samenwerkingsverbanden, (v)so-scholen, leerlingen per school × woongemeente × doelgroep, zorgkantoor, zorgverzekeraars en optionele inventarisaties.',
  },
  'berekening-uitvoer.schema.json': {
    schema: BehoefteUitvoerSchema,
    titel: 'ZiO berekening (uitvoer van npm run zio -- bereken --json)',
    beschrijving: 'De zorgbehoefte van een regio per kader, per school en per doelgroep; zie behoefte-uitvoer.md.',
  },
};

export function schemaTekst(naam: string): string {
  const { schema, titel, beschrijving } = SCHEMA_BESTANDEN[naam];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return JSON.stringify({ ...json, title: titel, description: beschrijving }, null, 2) + '\n';
}
