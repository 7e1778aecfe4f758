import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_BESTANDEN, schemaTekst } from '../../../scripts/schemas';

describe('JSON Schema-bestanden in resources/schema', () => {
  it.each(Object.keys(SCHEMA_BESTANDEN))('%s is actueel (anders: npm run schema)', (naam) => {
    const opgeslagen = readFileSync(new URL(`../../../resources/schema/${naam}`, import.meta.url), 'utf8');
    expect(opgeslagen).toBe(schemaTekst(naam));
  });

  it('het regio-schema beschrijft de sleutels en doelgroepen van het formaat', () => {
    const schema = JSON.parse(schemaTekst('regio-bestand.schema.json'));
    expect(schema.required).toEqual(expect.arrayContaining(['formaat', 'versie', 'regio', 'gemeenten', 'leerlingen', 'zorgverzekeraars']));
    expect(schema.properties.leerlingen.items.properties.doelgroep.enum).toEqual(['gedrag', 'lvb_ml', 'lb', 'emb', 'lz']);
    expect(schema.additionalProperties).toBe(false);
  });
});
