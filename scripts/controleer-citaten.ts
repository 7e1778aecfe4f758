/**
 * Checks every quotation of the ontwerptafel against the report's plain text: the starting scores,
 * the survey's verdicts and caveat, and the rows of tabel 1.2. A quotation must occur literally
 * (whitespace and line breaks aside) and begin on the line it names.
 *
 *   npx tsx scripts/controleer-citaten.ts <rapport.txt>
 *
 * The report text is not part of the repository, so no test reads it; run this after changing a
 * quotation. Exit code 1 when a quotation is not found or begins elsewhere.
 */
import { readFileSync } from 'node:fs';
import { ROUTE_LABEL } from '../shared/engine';
import { CRITERIUM, ENQUETE_GROEPEN, ENQUETE_GROEPEN_REGELS, ENQUETE_ROUTES, ENQUETE_VOORBEHOUD, STANDAARD_SCORES, type Citaat } from '../shared/ontwerptafel';

const pad = process.argv[2];
if (!pad) {
  console.error('Gebruik: npx tsx scripts/controleer-citaten.ts <tekst van het rapport>');
  process.exit(2);
}

/** The text with all whitespace runs as one space, and for every character its line (1-based). */
function normaliseer(regels: readonly string[]): { tekst: string; regel: number[] } {
  let tekst = '';
  const regel: number[] = [];
  regels.forEach((r, i) => {
    const t = r.replace(/\s+/g, ' ').trim();
    if (!t) return;
    if (tekst) {
      tekst += ' ';
      regel.push(i + 1);
    }
    tekst += t;
    for (let k = 0; k < t.length; k++) regel.push(i + 1);
  });
  return { tekst, regel };
}

const { tekst, regel } = normaliseer(readFileSync(pad, 'utf8').split('\n'));

/** The lines where the quotation begins. */
function vind(citaat: string): number[] {
  const q = citaat.replace(/\s+/g, ' ').trim();
  const uit: number[] = [];
  for (let i = tekst.indexOf(q); i >= 0; i = tekst.indexOf(q, i + 1)) uit.push(regel[i]);
  return uit;
}

const fouten: string[] = [];
let aantal = 0;
function controleer(wat: string, c: Citaat): void {
  aantal++;
  const regels = vind(c.citaat);
  if (!regels.length) fouten.push(`${wat}: citaat niet gevonden: “${c.citaat}”`);
  else if (!regels.includes(c.regel)) fouten.push(`${wat}: citaat begint op r. ${regels.join(', ')}, niet op r. ${c.regel}`);
}

for (const [route, perCriterium] of Object.entries(STANDAARD_SCORES)) {
  for (const [c, score] of Object.entries(perCriterium)) controleer(`${ROUTE_LABEL[route as keyof typeof ROUTE_LABEL]} · ${CRITERIUM[c as keyof typeof CRITERIUM].naam}`, score);
}
for (const r of ENQUETE_ROUTES) controleer(`Enquête ${ROUTE_LABEL[r.route]}`, r);
controleer('Enquête, voorbehoud', ENQUETE_VOORBEHOUD);
const [eerste, laatste] = ENQUETE_GROEPEN_REGELS;
for (const g of ENQUETE_GROEPEN) {
  aantal++;
  const regels = vind(`${g.naam} ${g.deelnemers} ${g.respondenten}`);
  if (!regels.some((r) => r >= eerste && r <= laatste)) fouten.push(`Tabel 1.2: rij “${g.naam} ${g.deelnemers} ${g.respondenten}” niet gevonden in r. ${eerste}–${laatste}`);
}

if (fouten.length) {
  console.error(fouten.join('\n'));
  process.exit(1);
}
console.log(`${aantal} citaten en tabelrijen gevonden op de genoemde regels.`);
