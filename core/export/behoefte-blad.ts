/**
 * Sheet Behoefte: the care need of the variant's scope: cost per school × kader, cost per
 * woongemeente × kader, and the formatie per school × professional.
 */
import { KADER_LABEL, KADERS } from '../../shared/domain/labels';
import type { BehoefteSchool, BehoefteWoongemeente } from '../../shared/engine';
import type { ExportContext } from './context';
import { toonPerLeerling, toonSom } from './kleine-aantallen';
import { som, Werkblad, type WerkbladKolom } from './werkblad';

const KADER_KOPPEN = KADERS.map((k) => KADER_LABEL[k]);

export function behoefteBlad(ctx: ExportContext): Werkblad {
  const b = ctx.behoefte;
  const aan = ctx.kleineAantallen;
  const blad = new Werkblad({ kleineAantallen: aan });
  const school = new Map(ctx.regio.scholen.map((s) => [s.code, s]));
  const gemeente = new Map(ctx.regio.gemeenten.map((g) => [g.code, g]));
  const swvNaam = new Map(ctx.regio.samenwerkingsverbanden.map((s) => [s.code, s.naam]));

  // Pupil counts are sums of Leerlingen cells: the kleine-aantallen rule needs those cells.
  const cellenVanSchool = new Map<string, number[]>();
  const cellenVanGemeente = new Map<string, number[]>();
  for (const l of ctx.regio.leerlingen) {
    (cellenVanSchool.get(l.school) ?? cellenVanSchool.set(l.school, []).get(l.school)!).push(l.aantal);
    (cellenVanGemeente.get(l.woongemeente) ?? cellenVanGemeente.set(l.woongemeente, []).get(l.woongemeente)!).push(l.aantal);
  }
  const leerlingenSchool = (s: BehoefteSchool) => toonSom(cellenVanSchool.get(s.school) ?? [], aan);
  const leerlingenGemeente = (g: BehoefteWoongemeente) => toonSom(cellenVanGemeente.get(g.gemeente) ?? [], aan);

  blad.tekst(`Zorgkosten (norm) in de scope ${b.scope.naam}: kosten per school en kader, per woongemeente en kader, en formatie per school`);
  blad.tekst('Kosten = aantal leerlingen per doelgroep × kosten per leerling (blad Normen); bij een school met een eigen inventarisatie komt de behoefte (deels) uit die inventarisatie.');
  blad.leeg();

  const perSchool: WerkbladKolom<BehoefteSchool>[] = [
    { kop: 'School', soort: 'tekst', waarde: (s) => s.school },
    { kop: 'Naam', soort: 'tekst', waarde: (s) => s.naam, breedte: 40 },
    { kop: 'Vestigingsgemeente', soort: 'tekst', waarde: (s) => gemeente.get(school.get(s.school)?.vestigingsgemeente ?? '')?.naam ?? '' },
    { kop: 'Samenwerkingsverband', soort: 'tekst', waarde: (s) => swvNaam.get(school.get(s.school)?.swv ?? '') ?? '' },
    { kop: 'Inventarisatie', soort: 'tekst', waarde: (s) => s.inventarisatie, uitleg: 'ja: de behoefte komt (deels) uit de eigen inventarisatie van de school.' },
    { kop: 'Leerlingen', soort: 'leerlingen', waarde: leerlingenSchool },
    ...KADERS.map((k): WerkbladKolom<BehoefteSchool> => ({ kop: KADER_LABEL[k], soort: 'euro', waarde: (s) => s.perKader[k] })),
    { kop: 'Totaal', soort: 'euro', rekenregel: som(...KADER_KOPPEN), uitleg: 'Som van de kaders.' },
    { kop: 'Per leerling', soort: 'euro', totaal: false, waarde: (s) => toonPerLeerling(s.totaal, leerlingenSchool(s)), uitleg: 'Totaal / leerlingen.' },
    { kop: 'Formatie (fte)', soort: 'fte', waarde: (s) => s.fteTotaal },
  ];
  blad.tabel(perSchool, b.perSchool, { titel: 'Kosten per school en kader (€ per schooljaar)', autofilter: true });
  blad.leeg();

  const perGemeente: WerkbladKolom<BehoefteWoongemeente>[] = [
    { kop: 'Gemeente', soort: 'tekst', waarde: (g) => g.gemeente },
    { kop: 'Naam', soort: 'tekst', waarde: (g) => gemeente.get(g.gemeente)?.naam ?? g.gemeente },
    { kop: 'Ligging', soort: 'tekst', waarde: (g) => (gemeente.get(g.gemeente)?.inRegio ? 'in de regio' : 'buiten de regio') },
    { kop: 'Leerlingen', soort: 'leerlingen', waarde: leerlingenGemeente },
    ...KADERS.map((k): WerkbladKolom<BehoefteWoongemeente> => ({ kop: KADER_LABEL[k], soort: 'euro', waarde: (g) => g.perKader[k] })),
    { kop: 'Totaal', soort: 'euro', rekenregel: som(...KADER_KOPPEN) },
    { kop: 'Per leerling', soort: 'euro', totaal: false, waarde: (g) => toonPerLeerling(g.totaal, leerlingenGemeente(g)) },
  ];
  blad.tabel(perGemeente, b.perGemeente, { titel: 'Kosten per woongemeente en kader: de zorgkosten (norm) van de leerlingen die er wonen, op alle scholen' });
  blad.leeg();

  const profs = ctx.normenset.professionals.filter((p) => b.perProfessional[p.id]?.fte > 0);
  const formatie: WerkbladKolom<BehoefteSchool>[] = [
    { kop: 'School', soort: 'tekst', waarde: (s) => s.school },
    { kop: 'Naam', soort: 'tekst', waarde: (s) => s.naam },
    // Narrow columns (the names are long): the header comment gives the whole name.
    ...profs.map((p): WerkbladKolom<BehoefteSchool> => ({ kop: p.naam, soort: 'fte', breedte: 14, uitleg: `${p.naam}: fte binnen de scope.`, waarde: (s) => s.fte[p.id] ?? 0 })),
    { kop: 'Totaal fte', soort: 'fte', rekenregel: som(...profs.map((p) => p.naam)) },
  ];
  blad.tabel(formatie, b.perSchool, { titel: 'Formatie per school en professional (fte binnen de scope)' });
  return blad;
}
