/**
 * The Excel export of a full calculation of one variant:
 *
 *   Toelichting · Invoer (+ the regio's sheets Regio … Inventarisatie, exactly as the template) ·
 *   Normen · Behoefte · Huidige situatie · Gemeenteroute · Onderwijsroute · Integrale route · Vergelijking
 *
 * Money in € with thousands separators, percentages as %, fitted column widths, an autofilter on
 * the main table of each sheet, and totals and differences as formulas over the rows. Without
 * kleine aantallen, `leesWerkmap` reads the workbook back as the same regio.
 */
import * as XLSX from 'xlsx';
import { ROUTES, type Normenset, type Variant, type VariantInvoer } from '../../shared/engine';
import { KLEIN_AANTAL } from '../../shared/export/oogo-typen';
import type { RegioBestand } from '../../shared/regio/schema';
import { BLADEN, maakSjabloonWerkmap, REGIO_BLAD, TABEL_IDS } from '../excel';
import { behoefteBlad } from './behoefte-blad';
import { maakContext, type ExportContext, type ExportOpties } from './context';
import { isKlein, kleineAantallenUitleg, toonSom } from './kleine-aantallen';
import { normenBlad } from './normen-blad';
import { ROUTE_BLAD, routeBlad, vergelijkingBlad } from './routes-bladen';
import { variantNaam, variantZinnen } from '../../shared/domain/variant-tekst';
import { bladLink, voegBladToe, Werkblad } from './werkblad';
import { HERVERDEEL_BLAD, herverdeelBlad, INGROEI_BLAD, ingroeiBlad } from './herverdeling-bladen';
import { prijspeilTekst } from '../../shared/domain/prijspeil-tekst';

export type BerekeningOpties = ExportOpties;

export const BEREKENING_BLADEN = {
  toelichting: 'Toelichting',
  invoer: 'Invoer',
  normen: 'Normen',
  behoefte: 'Behoefte',
  vergelijking: 'Vergelijking',
} as const;

/** Heading on sheet Invoer above the variant-bestand (JSON, two rows further down in column A). */
export const VARIANT_KOP = 'Variant-bestand';

/** The regio's input sheets, named as in the template so that `leesWerkmap` finds them. */
export const INVOER_BLADEN: readonly string[] = [REGIO_BLAD.blad, ...TABEL_IDS.map((t) => BLADEN[t].blad)];

const INHOUD: Record<string, string> = {
  [BEREKENING_BLADEN.invoer]: 'De regio zoals gebruikt: overzicht en verwijzingen naar de invoerbladen',
  [REGIO_BLAD.blad]: 'Naam van de regio en van het zorgkantoor; het prijspeil en de prijsindex',
  [BLADEN.gemeenten.blad]: 'Gemeenten, inwoners 0–17, in de regio of niet, centrumgemeente',
  [BLADEN.samenwerkingsverbanden.blad]: 'Samenwerkingsverbanden passend onderwijs',
  [BLADEN.scholen.blad]: 'Scholen met vestigingsgemeente, samenwerkingsverband en sector',
  [BLADEN.leerlingen.blad]: 'Leerlingen per school, woongemeente en doelgroep',
  [BLADEN.zorgverzekeraars.blad]: 'Zorgverzekeraars met hun marktaandeel',
  [BLADEN.inventarisaties.blad]: 'Eigen inventarisaties van scholen (fte per professional)',
  [BLADEN.realisatie.blad]: 'Wat financiers werkelijk uitgaven (realisatie), per kader en jaar',
  [BEREKENING_BLADEN.normen]: 'Elke parameter met zijn herkomst, de kosten per leerling, tarieven en fte-normen',
  [BEREKENING_BLADEN.behoefte]: 'Kosten per school en kader, per woongemeente en kader, formatie per school en professional',
  [ROUTE_BLAD.huidig]: 'Vandaag: elke financier betaalt de scholen rechtstreeks',
  [ROUTE_BLAD.gemeenteroute]: 'De centrumgemeente beheert de pot',
  [ROUTE_BLAD.onderwijsroute]: 'De samenwerkingsverbanden beheren de pot',
  [ROUTE_BLAD.integraal]: 'Eén regionale partij beheert de pot',
  [BEREKENING_BLADEN.vergelijking]: 'De kerncijfers en de bijdrage per financier van alle routes naast elkaar',
  [HERVERDEEL_BLAD]: 'Per gemeente de bijdrage in elke route naast wat zij nu betaalt: het herverdeeleffect in € en per inwoner 0–17',
  [INGROEI_BLAD]: 'Per gemeente en jaar de bijdrage langs het ingroeipad, met SOM-formules als totaal',
};

function toelichtingBlad(ctx: ExportContext, bladen: readonly string[]): Werkblad {
  const { regio, normenset: ns, ev } = ctx;
  const blad = new Werkblad();
  blad.tekst(`Berekening collectieve pot Zorg in Onderwijstijd: ${regio.regio.naam}`).leeg();
  blad.tekst(
    'Wat is dit: de volledige berekening van één variant van de collectieve pot voor zorg in onderwijstijd in het (voortgezet) speciaal onderwijs. Per school en kader de zorgkosten (norm), wat elke financier vandaag betaalt, en wat de gemeenteroute, de onderwijsroute en de integrale route zouden betekenen: wie de pot beheert, wie wat bijdraagt en hoe het geld stroomt.',
  );
  blad.leeg();
  blad.paren([
    ['Regio', regio.regio.naam],
    ['Variant', variantNaam(ev.variant, regio)],
    ['Datum', ctx.datum.tekst],
    ['App', `ZiO Collectieve Pot ${ctx.appVersie}`],
    ['Normenset', `${ns.naam} (${ns.id})`],
    ['Prijspeil', prijspeilTekst(ev.prijspeil)],
    ['Scope', `${ctx.behoefte.scope.naam} (${ctx.behoefte.taken.length} taken)`],
    ['Kleine aantallen', ctx.kleineAantallen ? 'afgeschermd (voor delen)' : 'niet afgeschermd'],
  ]);
  blad.leeg();
  blad.tekst('De variant');
  blad.tekst(...variantZinnen(ev.variant, regio, ns.taken).map((z) => `• ${z}`));
  blad.leeg();
  blad.tekst('Kleine aantallen');
  blad.tekst(...kleineAantallenUitleg(ctx.kleineAantallen).map((z) => `• ${z}`));
  blad.tekst(
    ctx.kleineAantallen
      ? '• Deze werkmap kan daarom niet opnieuw als regio worden ingelezen: de afgeschermde aantallen zijn geen getallen meer. Maak daarvoor een export zonder afscherming.'
      : `• De bladen ${INVOER_BLADEN.join(', ')} staan in het formaat van het Excel-sjabloon: importeer deze werkmap in de app, of reken ermee op de opdrachtregel (npm run zio -- bereken deze-werkmap.xlsx), en u krijgt dezelfde regio; met het variant-bestand onderaan blad ${BEREKENING_BLADEN.invoer} ook dezelfde uitkomsten.`,
  );
  blad.leeg();
  blad.tekst('Zo leest u de bladen');
  blad.rijVan(['Blad', 'Inhoud']);
  for (const b of bladen) if (b !== BEREKENING_BLADEN.toelichting) blad.rijVan([{ waarde: b, soort: 'tekst', link: bladLink(b) }, INHOUD[b] ?? '']);
  blad.leeg();
  blad.tekst('Rekenregels en controle');
  blad.tekst(
    `• Alle bedragen zijn in euro per schooljaar (${prijspeilTekst(ev.prijspeil)}), opgeslagen op centen en getoond in hele euro’s. Percentages zijn als percentage opgemaakt.`,
    '• Elk totaal is een formule (SOM over de rijen erboven) en elk verschil is een formule (route − nu): verander een getal en Excel rekent mee. Zo kan iedereen de totalen zonder de app nagaan.',
    '• Kosten = aantal leerlingen per doelgroep × kosten per leerling per doelgroep en kader (blad Normen). De pot van een school is de som van haar kosten in de pot-kaders van financiers die meedoen.',
    '• Elke parameter staat met zijn bron op blad Normen, met de aannames van de routes. Bron van de normen: DSP-groep & Oberon (2022), Naar collectieve financiering van Zorg in Onderwijstijd.',
    '• Elk blad heeft een filter op de hoofdtabel (de pijltjes in de kopregel). Een opmerking bij een kolomkop vertelt wat de kolom betekent.',
  );
  if (ev.waarschuwingen.length) {
    blad.leeg();
    blad.tekst('Let op', ...ev.waarschuwingen.map((w) => `• ${w}`));
  }
  blad.breedte(0, 24).breedte(1, 60);
  return blad;
}

function invoerBlad(ctx: ExportContext): Werkblad {
  const r = ctx.regio;
  const blad = new Werkblad({ kleineAantallen: ctx.kleineAantallen });
  blad.tekst(`Invoer: de regio ${r.regio.naam} zoals gebruikt`);
  blad.tekst(
    ctx.kleineAantallen
      ? `De bladen hieronder bevatten de gegevens van de regio in het formaat van het Excel-sjabloon van de app. Kleine aantallen staan er als "${KLEIN_AANTAL}": deze werkmap kan daarom niet opnieuw als regio worden ingelezen.`
      : 'De bladen hieronder bevatten de gegevens van de regio in het formaat van het Excel-sjabloon van de app. Importeer deze werkmap in de app of gebruik hem op de opdrachtregel, en u krijgt dezelfde regio; met het variant-bestand onderaan dit blad ook dezelfde uitkomsten.',
  );
  blad.leeg();
  const aantallen: Record<string, number> = {
    [REGIO_BLAD.blad]: REGIO_BLAD.regels.length,
    ...Object.fromEntries(TABEL_IDS.map((t) => [BLADEN[t].blad, r[t]?.length ?? 0])),
  };
  blad.tabel(
    [
      { kop: 'Blad', soort: 'tekst', waarde: (b: string) => b, link: (b: string) => bladLink(b) },
      { kop: 'Inhoud', soort: 'tekst', waarde: (b: string) => INHOUD[b] ?? '' },
      { kop: 'Rijen', soort: 'aantal', waarde: (b: string) => aantallen[b] ?? 0 },
    ],
    INVOER_BLADEN,
    { titel: 'Invoerbladen', totaal: false, autofilter: true },
  );
  blad.leeg();
  blad.tekst('In het kort');
  blad.paren([
    ['Gemeenten in de regio', r.gemeenten.filter((g) => g.inRegio).length, 'aantal'],
    ['Gemeenten buiten de regio', r.gemeenten.filter((g) => !g.inRegio).length, 'aantal'],
    ['Samenwerkingsverbanden', r.samenwerkingsverbanden.length, 'aantal'],
    ['Scholen', r.scholen.length, 'aantal'],
    ['Leerlingen', toonSom(r.leerlingen.map((l) => l.aantal), ctx.kleineAantallen), 'leerlingen'],
    ['Zorgverzekeraars', r.zorgverzekeraars.length, 'aantal'],
    ['Scholen met een inventarisatie', new Set(r.inventarisaties.map((v) => v.school)).size, 'aantal'],
  ]);
  blad.leeg();
  blad.tekst(
    VARIANT_KOP,
    'De variant van deze berekening als variant-bestand: kopieer de tekst hieronder naar een .json-bestand en gebruik het in de app of op de opdrachtregel (npm run zio -- bereken deze-werkmap.xlsx --variant variant.json).',
    JSON.stringify(ctx.ev.variant),
  );
  return blad;
}

/** The template's sheets of the regio; with kleine aantallen the Aantal cells of 1–4 become "<5". */
function invoerBladen(ctx: ExportContext): Map<string, XLSX.WorkSheet> {
  const sjabloon = maakSjabloonWerkmap(ctx.regio);
  const bladen = new Map(INVOER_BLADEN.map((b) => [b, sjabloon.Sheets[b]]));
  if (ctx.kleineAantallen) {
    const def = BLADEN.leerlingen;
    const kolom = def.kolommen.findIndex((k) => k.veld === 'aantal');
    const data = bladen.get(def.blad)!['!data'] as (XLSX.CellObject | undefined)[][];
    for (let r = 1; r < data.length; r++) {
      const cel = data[r]?.[kolom];
      if (cel && cel.t === 'n' && isKlein(cel.v as number)) data[r][kolom] = { t: 's', v: KLEIN_AANTAL };
    }
  }
  return bladen;
}

/**
 * The workbook of a full calculation. Throws an Error with a Dutch message when the variant does
 * not fit the regio (see `evalueerVariant`).
 */
export function maakBerekeningWerkmap(regio: RegioBestand, variant: VariantInvoer | Variant, normenset: Normenset, opties: BerekeningOpties): XLSX.WorkBook {
  const ctx = maakContext(regio, variant, normenset, opties);
  const bladen = [
    BEREKENING_BLADEN.toelichting,
    BEREKENING_BLADEN.invoer,
    ...INVOER_BLADEN,
    BEREKENING_BLADEN.normen,
    BEREKENING_BLADEN.behoefte,
    ...ROUTES.map((id) => ROUTE_BLAD[id]),
    BEREKENING_BLADEN.vergelijking,
    HERVERDEEL_BLAD,
    INGROEI_BLAD,
  ];
  const wb = XLSX.utils.book_new();
  const invoer = invoerBladen(ctx);
  voegBladToe(wb, BEREKENING_BLADEN.toelichting, toelichtingBlad(ctx, bladen).naarSheet());
  voegBladToe(wb, BEREKENING_BLADEN.invoer, invoerBlad(ctx).naarSheet());
  for (const [naam, ws] of invoer) voegBladToe(wb, naam, ws);
  voegBladToe(wb, BEREKENING_BLADEN.normen, normenBlad(ctx).naarSheet());
  voegBladToe(wb, BEREKENING_BLADEN.behoefte, behoefteBlad(ctx).naarSheet());
  for (const id of ROUTES) voegBladToe(wb, ROUTE_BLAD[id], routeBlad(ctx, id).naarSheet());
  voegBladToe(wb, BEREKENING_BLADEN.vergelijking, vergelijkingBlad(ctx).naarSheet());
  voegBladToe(wb, HERVERDEEL_BLAD, herverdeelBlad(ctx).naarSheet());
  voegBladToe(wb, INGROEI_BLAD, ingroeiBlad(ctx).naarSheet());
  wb.Props = { Title: `Berekening collectieve pot ${regio.regio.naam}: ${variantNaam(ctx.ev.variant, regio)}`, Author: 'ZiO Collectieve Pot', CreatedDate: opties.datum ?? new Date() };
  return wb;
}

/** The same workbook as an .xlsx file. */
export function maakBerekeningBuffer(regio: RegioBestand, variant: VariantInvoer | Variant, normenset: Normenset, opties: BerekeningOpties): Buffer {
  return XLSX.write(maakBerekeningWerkmap(regio, variant, normenset, opties), { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true }) as Buffer;
}
