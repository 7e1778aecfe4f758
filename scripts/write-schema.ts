/** `npm run schema`: regenerates the JSON Schema files in resources/schema/ from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { SCHEMA_BESTANDEN, schemaTekst } from './schemas';

for (const naam of Object.keys(SCHEMA_BESTANDEN)) {
  writeFileSync(new URL(`../resources/schema/${naam}`, import.meta.url), schemaTekst(naam));
  console.log(`resources/schema/${naam} geschreven`);
}
