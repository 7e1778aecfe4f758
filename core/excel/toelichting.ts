/**
 * The texts of the template's Toelichting sheet and the lists of allowed values of its Keuzelijsten
 * sheet, generated from the column definitions so they always describe what the import accepts.
 */
import { DOELGROEP_KORT, DOELGROEP_LABEL, DOELGROEPEN, SECTOREN, SWV_TYPES, type Sector } from '../../shared/domain/labels';
import { PROFESSIONALS } from '../../shared/engine/normen';
import { BLADEN, KEUZELIJSTEN_BLAD, opsomming, REGIO_BLAD, TABEL_IDS } from './kolommen';
import { PRIJSINDEX_LABEL, PRIJSPEIL_LABEL, PRIJSPEIL_UITLEG } from './prijspeil';

/** The sheets a workbook may leave out. */
const OPTIONEEL = TABEL_IDS.filter((t) => !BLADEN[t].bladVerplicht).map((t) => BLADEN[t].blad);

/** A block of the Keuzelijsten sheet: a defined name over its first column of values. */
export interface Keuzelijst {
  naam: string;
  koppen: string[];
  rijen: string[][];
}

const SECTOR_UITLEG: Record<Sector, string> = { so: 'speciaal onderwijs', vso: 'voortgezet speciaal onderwijs', 'so-vso': 'speciaal en voortgezet speciaal onderwijs' };

export const KEUZELIJSTEN: readonly Keuzelijst[] = [
  { naam: 'Doelgroepen', koppen: ['Doelgroep', 'Omschrijving', 'Kort'], rijen: DOELGROEPEN.map((d) => [d, DOELGROEP_LABEL[d], DOELGROEP_KORT[d]]) },
  { naam: 'Sectoren', koppen: ['Sector', 'Omschrijving'], rijen: SECTOREN.map((s) => [s, SECTOR_UITLEG[s]]) },
  { naam: 'SwvTypes', koppen: ['Type SWV', 'Omschrijving'], rijen: SWV_TYPES.map((t) => [t, t === 'po' ? 'primair onderwijs' : 'voortgezet onderwijs']) },
  { naam: 'JaNee', koppen: ['Ja/nee'], rijen: [['ja'], ['nee']] },
  { naam: 'Professionals', koppen: ['Professional', 'Naam'], rijen: PROFESSIONALS.map((p) => [p.id, p.naam]) },
];

const ALGEMEEN = [
  'Sjabloon voor een regio-bestand van ZiO Collectieve Pot (Zorg in Onderwijstijd)',
  '',
  `Vul de bladen ${opsomming([REGIO_BLAD.blad, ...TABEL_IDS.filter((t) => BLADEN[t].bladVerplicht).map((t) => BLADEN[t].blad)])} in; ${opsomming(OPTIONEEL)} ${OPTIONEEL.length === 1 ? 'is' : 'zijn'} optioneel.`,
  'Importeer de werkmap daarna in de app met Importeren, of reken ermee op de opdrachtregel: npm run zio -- bereken regio.xlsx',
  '',
  'Zo leest de app de bladen:',
  '• Rij 1 van elk blad is de kopregel (een titel erboven mag). De volgorde van de kolommen is vrij; hoofdletters, spaties en leestekens in de koppen maken niet uit. Andere kolommen (eigen opmerkingen) worden genegeerd.',
  '• Lege rijen worden overgeslagen. Op blad Leerlingen ook rijen met aantal 0 of een leeg aantal.',
  '• Getallen mogen als getal of als tekst in Nederlandse schrijfwijze: 1.234 is duizend tweehonderdvierendertig, 12,5 is twaalf en een half. Een punt als decimaalteken (12.5) wordt geweigerd: dat is dubbelzinnig.',
  '• Percentages als 62% of als aandeel 0,62. Ja/nee als ja, nee, x, 1 of 0.',
  '• Doelgroepen met de code (gedrag, lvb_ml, lb, emb, lz) of de omschrijving uit het rapport (zie blad Keuzelijsten).',
  '• De import is alles-of-niets: bij één fout wordt niets overgenomen en krijgt u de lijst van alle problemen, met blad, rij en kolom.',
  '• Privacy: alleen aantallen leerlingen per school, woongemeente en doelgroep; nooit namen of geboortedata.',
  '',
  `Keuzelijsten: dit sjabloon kan geen vervolgkeuzelijsten (gegevensvalidatie) in de cellen zetten. De toegestane waarden staan op blad ${KEUZELIJSTEN_BLAD} en in de opmerking bij elke kolomkop. In Excel kunt u zelf een lijst toevoegen: selecteer de kolom, Gegevens > Gegevensvalidatie > Lijst, bron ${KEUZELIJSTEN.map((k) => `=${k.naam}`).join(', ')}.`,
  '',
];

export const TOELICHTING_KOPPEN = ['Blad', 'Kolom', 'Verplicht', 'Uitleg en toegestane waarden', 'Ook herkend als kop'];

/** The rows of the Toelichting sheet: general text in column A, then one row per sheet and column. */
export function toelichtingRijen(): string[][] {
  const rijen: string[][] = ALGEMEEN.map((t) => [t]);
  rijen.push(TOELICHTING_KOPPEN);
  rijen.push([REGIO_BLAD.blad, '', 'ja', REGIO_BLAD.uitleg, '']);
  for (const r of REGIO_BLAD.regels) rijen.push(['', r.label, 'ja', r.uitleg, r.aliassen.join(', ')]);
  rijen.push(['', `${PRIJSPEIL_LABEL} / ${PRIJSINDEX_LABEL} <jaar>`, 'nee', PRIJSPEIL_UITLEG, '']);
  for (const t of TABEL_IDS) {
    const def = BLADEN[t];
    rijen.push([def.blad, '', def.bladVerplicht ? 'ja' : 'nee', def.uitleg, def.bladAliassen.join(', ')]);
    for (const k of def.kolommen) rijen.push(['', k.kop, k.verplicht ? 'ja' : 'nee', k.uitleg, k.aliassen.join(', ')]);
  }
  return rijen;
}
