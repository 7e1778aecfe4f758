/**
 * Writes the synthetic national regio of the benchmarks (516 schools, 344 gemeenten) as a
 * regio-bestand: to the file given, or to standard output. Import it in the app (Importeren en
 * exporteren › Regio-bestand) to try the screens at national scale; the e2e tests do the same.
 *
 *   npx tsx scripts/maak-landelijke-regio.ts landelijk.json
 */
import { writeFileSync } from 'node:fs';
import { landelijkeRegio } from '../bench/landelijk';

const tekst = JSON.stringify(landelijkeRegio());
const pad = process.argv[2];
if (pad) writeFileSync(pad, tekst);
else process.stdout.write(tekst);
