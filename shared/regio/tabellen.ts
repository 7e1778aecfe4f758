/**
 * One descriptor per table of the regio-bestand. Everything that knows a column reads it here: the
 * zod schema (`schema.ts`), the SQLite repository and batch edits (`core/store`), the Excel template,
 * Toelichting and import (`core/excel`), and the forms of the Regio screen. Adding a field is one
 * entry in a table's `kolommen` (plus a numbered migration for its SQLite column).
 */
import { z } from 'zod';
import { DOELGROEP_LABEL, DOELGROEPEN, KADER_LABEL, KADERS, SECTOR_LABEL, SECTOREN, SWV_TYPES } from '../domain/labels';
import { CODE, NAAM, tabel, type TabelBeschrijving } from './beschrijving';
import { UREN_PER_FTE } from '../domain/formatie';
import { TABEL_LABEL, type TabelId } from './tabel-namen';

/** Plausibility bounds: a value past them is a typing or export error, not a regio (the largest gemeente has some 150.000 youths). */
export const MAX_LEERLINGEN_PER_CEL = 100_000;
export const MAX_INWONERS_0_TOT_17 = 5_000_000;

/** The sector of a leerlingen cel: so or vso (an so-vso school's pupils split by sector). */
export const CEL_SECTOREN = ['so', 'vso'] as const;
export type CelSector = (typeof CEL_SECTOREN)[number];

const SWV_TYPE_UITLEG = { po: 'primair onderwijs', vo: 'voortgezet onderwijs' } as const;

const codeKolom = (uitleg: string, aliassen: readonly string[]) =>
  ({ veld: 'code', schema: CODE, soort: 'code', label: 'Code', kop: 'Code', aliassen, uitleg, verplicht: true, breedte: 12, sql: 'code', ontbreekt: 'Vul een code in.' }) as const;

const naamKolom = (uitleg: string, aliassen: readonly string[]) =>
  ({ veld: 'naam', schema: NAAM, soort: 'naam', label: 'Naam', kop: 'Naam', aliassen, uitleg, verplicht: true, breedte: 40, sql: 'naam', ontbreekt: 'Vul een naam in.' }) as const;

/** The school a row belongs to (leerlingen, inventarisaties). */
const schoolKolom = (aliassen: readonly string[]) =>
  ({ veld: 'school', schema: CODE, soort: 'code', label: 'School', kop: 'School', aliassen, uitleg: 'Code van de school; moet op blad Scholen staan.', verplicht: true, breedte: 12, sql: 'school', verwijst: { tabel: 'scholen' } }) as const;

/** The gemeente where the pupils of a row live (Leerlingen, TLV). */
const woongemeenteKolom = {
  veld: 'woongemeente',
  schema: CODE,
  soort: 'code',
  label: 'Woongemeente',
  kop: 'Woongemeente',
  aliassen: ['Woongemeente (code)', 'Gemeente', 'Gemeentecode', 'Code woongemeente'],
  uitleg: 'Code van de gemeente waar de leerlingen wonen; moet op blad Gemeenten staan.',
  verplicht: true,
  breedte: 16,
  sql: 'woongemeente',
  verwijst: { tabel: 'gemeenten' },
} as const;

/** A gemeente's samenwerkingsverband of type po or vo (regio-bestand versie 2). */
const swvVanGemeente = <const V extends 'swvPo' | 'swvVo'>(veld: V, type: 'po' | 'vo', aliassen: readonly string[]) =>
  ({
    veld,
    schema: CODE.optional(),
    soort: 'code',
    label: `Samenwerkingsverband ${type}`,
    kop: `SWV ${type}`,
    aliassen,
    uitleg: `Optioneel: code van het samenwerkingsverband ${SWV_TYPE_UITLEG[type]} (type ${type}) waartoe de gemeente hoort; het betaalt de toelaatbaarheidsverklaring van ${type === 'po' ? 'so' : 'vso'}-leerlingen die hier wonen. Moet op blad Samenwerkingsverbanden staan met type ${type}.`,
    verplicht: false,
    breedte: 12,
    sql: veld === 'swvPo' ? 'swv_po' : 'swv_vo',
    verwijst: { tabel: 'samenwerkingsverbanden', swvType: type },
    hulp: `Het samenwerkingsverband ${SWV_TYPE_UITLEG[type]} dat de ${type === 'po' ? 'so' : 'vso'}-leerlingen uit deze gemeente betaalt.`,
  }) as const;

export const GEMEENTEN = tabel({
  id: 'gemeenten',
  label: TABEL_LABEL.gemeenten,
  inZin: 'de gemeenten',
  wat: 'gemeente',
  blad: 'Gemeenten',
  bladAliassen: ['Gemeente'],
  bladVerplicht: true,
  uitleg: 'Alle gemeenten waar leerlingen van de scholen wonen, ook gemeenten buiten de regio. Eén rij per gemeente.',
  sqlTabel: 'gemeente',
  geordend: true,
  sleutel: ['code'],
  kolommen: [
    codeKolom('Gemeentecode, bijvoorbeeld de CBS-code GM0363. Elke code komt één keer voor; de andere bladen verwijzen ernaar.', ['Gemeentecode', 'CBS-code', 'GM-code', 'Code gemeente']),
    naamKolom('Naam van de gemeente.', ['Gemeente', 'Gemeentenaam', 'Naam gemeente']),
    {
      veld: 'inwoners0tot17',
      schema: z
        .number()
        .int()
        .min(0)
        .max(MAX_INWONERS_0_TOT_17, { error: (i) => `${Number(i.input).toLocaleString('nl-NL')} inwoners van 0–17 jaar in één gemeente is niet aannemelijk (heel Nederland heeft er zo'n 3,4 miljoen); de grens is ${MAX_INWONERS_0_TOT_17.toLocaleString('nl-NL')}` }),
      soort: 'geheelGetal',
      label: 'Inwoners van 0–17 jaar',
      kop: 'Inwoners 0–17',
      aliassen: ['Inwoners 0-17', 'Inwoners 0 t/m 17', 'Inwoners 0 t/m 17 jaar', 'Inwoners 0-17 jaar', 'inwoners0tot17', 'Inwoners 0 tot 18', 'Inwoners 0 tot 18 jaar', 'Aantal inwoners 0-17', 'Jeugdigen 0-17', 'Jeugdigen', 'Inwoners jeugd'],
      uitleg: 'Aantal inwoners van 0–17 jaar (CBS). Een geheel getal ≥ 0; 1.234 of 1234.',
      verplicht: true,
      breedte: 15,
      sql: 'inwoners_0_17',
      ontbreekt: 'Vul het aantal inwoners van 0–17 jaar in (0 als het onbekend is).',
    },
    {
      veld: 'inRegio',
      schema: z.boolean(),
      soort: 'jaNee',
      label: 'Ligt in de regio',
      kop: 'In regio',
      aliassen: ['inRegio', 'In de regio', 'Binnen regio', 'Hoort bij regio', 'Deelnemer'],
      uitleg: 'ja als de gemeente deelneemt aan de regio, nee als alleen leerlingen er wonen. Ook x, 1 of 0.',
      verplicht: true,
      breedte: 10,
      sql: 'in_regio',
      hulp: 'Uit voor een gemeente buiten de regio waar ook leerlingen van uw scholen wonen.',
    },
    {
      veld: 'centrumgemeente',
      schema: z.boolean().default(false),
      soort: 'jaNee',
      label: 'Centrumgemeente',
      kop: 'Centrumgemeente',
      aliassen: ['Centrum', 'Coördinerende gemeente', 'Coordinerende gemeente'],
      uitleg: 'ja bij de ene centrumgemeente (die moet in de regio liggen); leeg of nee bij de andere gemeenten.',
      verplicht: false,
      breedte: 16,
      sql: 'centrumgemeente',
      hulp: 'De coördinerende gemeente van de regio (er is er één).',
    },
    swvVanGemeente('swvPo', 'po', ['Samenwerkingsverband PO', 'SWV-po', 'Code SWV po', 'Samenwerkingsverband primair onderwijs', 'SWV primair onderwijs']),
    swvVanGemeente('swvVo', 'vo', ['Samenwerkingsverband VO', 'SWV-vo', 'Code SWV vo', 'Samenwerkingsverband voortgezet onderwijs', 'SWV voortgezet onderwijs']),
  ],
});

export const SAMENWERKINGSVERBANDEN = tabel({
  id: 'samenwerkingsverbanden',
  label: TABEL_LABEL.samenwerkingsverbanden,
  inZin: 'de samenwerkingsverbanden',
  wat: 'samenwerkingsverband',
  blad: 'Samenwerkingsverbanden',
  bladAliassen: ['Samenwerkingsverband', 'SWV', "SWV's", 'SWVs'],
  bladVerplicht: true,
  uitleg: 'De samenwerkingsverbanden passend onderwijs waartoe de scholen behoren. Eén rij per samenwerkingsverband.',
  sqlTabel: 'swv',
  geordend: true,
  sleutel: ['code'],
  kolommen: [
    codeKolom('Code van het samenwerkingsverband, bijvoorbeeld PO2701. Elke code komt één keer voor.', ['SWV-code', 'Code SWV', 'Code samenwerkingsverband']),
    naamKolom('Naam van het samenwerkingsverband.', ['Naam SWV', 'Samenwerkingsverband', 'Naam samenwerkingsverband']),
    {
      veld: 'type',
      schema: z.enum(SWV_TYPES),
      soort: 'swvType',
      label: 'Type',
      kop: 'Type',
      aliassen: ['Soort', 'PO/VO', 'Sector'],
      uitleg: `${SWV_TYPES.join(' of ')}: primair of voortgezet onderwijs.`,
      verplicht: true,
      breedte: 8,
      sql: 'type',
      keuzes: SWV_TYPES.map((t) => ({ waarde: t, label: `${SWV_TYPE_UITLEG[t]} (${t})` })),
      ontbreekt: 'Kies primair of voortgezet onderwijs.',
    },
  ],
});

export const SCHOLEN = tabel({
  id: 'scholen',
  label: TABEL_LABEL.scholen,
  inZin: 'de scholen',
  wat: 'school',
  blad: 'Scholen',
  bladAliassen: ['School', 'Scholen (v)so', 'Vestigingen'],
  bladVerplicht: true,
  uitleg: 'De scholen (vestigingen) voor (voortgezet) speciaal onderwijs. Eén rij per school.',
  sqlTabel: 'school',
  geordend: true,
  sleutel: ['code'],
  kolommen: [
    codeKolom('Code van de school, bijvoorbeeld het brinnummer met vestiging (12AB00). Elke code komt één keer voor.', ['Schoolcode', 'BRIN', 'Brinnummer', 'Brin-code', 'Vestigingscode', 'Code school']),
    naamKolom('Naam van de school.', ['Schoolnaam', 'Naam school', 'School']),
    {
      veld: 'vestigingsgemeente',
      schema: CODE,
      soort: 'code',
      label: 'Vestigingsgemeente',
      kop: 'Vestigingsgemeente',
      aliassen: ['Vestigingsgemeente (code)', 'Gemeente', 'Gemeentecode', 'Code vestigingsgemeente'],
      uitleg: 'Code van de gemeente waar de school staat; moet op blad Gemeenten staan.',
      verplicht: true,
      breedte: 18,
      sql: 'vestigingsgemeente',
      verwijst: { tabel: 'gemeenten' },
      ontbreekt: 'Kies de gemeente waar de school staat.',
    },
    {
      veld: 'swv',
      schema: CODE,
      soort: 'code',
      label: 'Samenwerkingsverband',
      kop: 'Samenwerkingsverband',
      aliassen: ['SWV', 'SWV-code', 'Samenwerkingsverband (code)', 'Code samenwerkingsverband', 'Code SWV'],
      uitleg: 'Code van het samenwerkingsverband van de school; moet op blad Samenwerkingsverbanden staan.',
      verplicht: true,
      breedte: 20,
      sql: 'swv',
      verwijst: { tabel: 'samenwerkingsverbanden' },
      ontbreekt: 'Kies het samenwerkingsverband van de school.',
    },
    {
      veld: 'sector',
      schema: z.enum(SECTOREN),
      soort: 'sector',
      label: 'Sector',
      kop: 'Sector',
      aliassen: ['Onderwijssoort', 'Soort', 'Type', 'Soort onderwijs'],
      uitleg: `${SECTOREN.join(', ')}: speciaal onderwijs, voortgezet speciaal onderwijs of beide.`,
      verplicht: true,
      breedte: 10,
      sql: 'sector',
      keuzes: SECTOREN.map((s) => ({ waarde: s, label: SECTOR_LABEL[s] })),
      ontbreekt: 'Kies so, vso of beide.',
    },
    {
      veld: 'aandeelSo',
      schema: z.number().min(0).max(1).optional(),
      soort: 'aandeel',
      label: 'Aandeel so',
      kop: 'Aandeel so',
      aliassen: ['Aandeel so (%)', 'Aandeel speciaal onderwijs', 'Deel so', 'aandeelSo', 'Percentage so'],
      uitleg:
        'Optioneel, alleen bij sector so-vso: welk deel van de leerlingen zonder sector op blad Leerlingen in het so zit, als percentage (42%) of aandeel (0,42). Leeg: het landelijke aandeel.',
      verplicht: false,
      breedte: 11,
      sql: 'aandeel_so',
      hulp: 'Alleen bij so en vso: het deel so van de leerlingen zonder sector. Leeg: het landelijke aandeel.',
    },
  ],
});

export const LEERLINGEN = tabel({
  id: 'leerlingen',
  label: TABEL_LABEL.leerlingen,
  inZin: 'de leerlingen',
  wat: 'leerlingencel',
  blad: 'Leerlingen',
  bladAliassen: ['Leerling', 'Leerlingaantallen', 'Leerlingtelling', 'Aantallen'],
  bladVerplicht: true,
  uitleg:
    'Aantal leerlingen per school, woongemeente en doelgroep, één rij per combinatie ("lange" vorm). Alleen aantallen, nooit namen of geboortedata. Rijen met aantal 0 of een leeg aantal worden overgeslagen. Bij een school met so en vso mag een combinatie per sector apart staan.',
  sqlTabel: 'leerlingen',
  geordend: false,
  sleutel: ['school', 'woongemeente', 'doelgroep', 'sector'],
  weglatenBijNul: 'aantal',
  kolommen: [
    schoolKolom(['Schoolcode', 'Code school', 'BRIN']),
    woongemeenteKolom,
    {
      veld: 'doelgroep',
      schema: z.enum(DOELGROEPEN),
      soort: 'doelgroep',
      label: 'Doelgroep',
      kop: 'Doelgroep',
      aliassen: ['Leerlingcategorie', 'Categorie', 'Doelgroep leerling'],
      uitleg: `${DOELGROEPEN.join(', ')}, of de omschrijving uit het rapport (zie blad Keuzelijsten).`,
      verplicht: true,
      breedte: 14,
      sql: 'doelgroep',
      keuzes: DOELGROEPEN.map((d) => ({ waarde: d, label: DOELGROEP_LABEL[d] })),
    },
    {
      veld: 'aantal',
      schema: z
        .number()
        .int()
        .min(0)
        .max(MAX_LEERLINGEN_PER_CEL, { error: (i) => `${Number(i.input).toLocaleString('nl-NL')} leerlingen in één cel (school, woongemeente, doelgroep) is niet aannemelijk; de grens is ${MAX_LEERLINGEN_PER_CEL.toLocaleString('nl-NL')}` }),
      soort: 'geheelGetal',
      label: 'Aantal',
      kop: 'Aantal',
      aliassen: ['Aantal leerlingen', 'Leerlingen', 'Aantal lln', 'Lln'],
      uitleg: 'Aantal leerlingen: een geheel getal ≥ 0.',
      verplicht: true,
      breedte: 10,
      sql: 'aantal',
    },
    {
      veld: 'sector',
      schema: z.enum(CEL_SECTOREN).optional(),
      soort: 'celSector',
      label: 'Sector',
      kop: 'Sector',
      aliassen: ['Onderwijssector', 'Sector (so/vso)', 'so of vso', 'Sector leerlingen'],
      uitleg:
        'Optioneel: so of vso. Bij een so- of vso-school leeg laten of de sector van de school; bij een school met so en vso de sector van deze leerlingen, of leeg (dan verdeelt de app ze met het aandeel so van de school).',
      verplicht: false,
      breedte: 10,
      sql: 'sector',
      sqlLeeg: '',
      keuzes: CEL_SECTOREN.map((s) => ({ waarde: s, label: SECTOR_LABEL[s] })),
    },
  ],
});

export const ZORGVERZEKERAARS = tabel({
  id: 'zorgverzekeraars',
  label: TABEL_LABEL.zorgverzekeraars,
  inZin: 'de zorgverzekeraars',
  wat: 'zorgverzekeraar',
  blad: 'Zorgverzekeraars',
  bladAliassen: ['Zorgverzekeraar', 'Verzekeraars'],
  bladVerplicht: true,
  uitleg: 'De zorgverzekeraars in de regio met hun marktaandeel. De marktaandelen zijn samen 100%.',
  sqlTabel: 'zorgverzekeraar',
  geordend: true,
  sleutel: ['naam'],
  kolommen: [
    naamKolom('Naam van de zorgverzekeraar; elke naam komt één keer voor.', ['Zorgverzekeraar', 'Verzekeraar', 'Naam zorgverzekeraar']),
    {
      veld: 'marktaandeel',
      schema: z.number().min(0).max(1),
      soort: 'aandeel',
      label: 'Marktaandeel in de regio',
      kop: 'Marktaandeel',
      aliassen: ['Aandeel', 'Marktaandeel (%)', 'Marktaandeel %', 'Percentage'],
      uitleg: 'Marktaandeel als percentage (62%) of als aandeel tussen 0 en 1 (0,62).',
      verplicht: true,
      breedte: 14,
      sql: 'marktaandeel',
      ontbreekt: 'Vul het marktaandeel in, als percentage.',
    },
  ],
});

export const INVENTARISATIES = tabel({
  id: 'inventarisaties',
  label: TABEL_LABEL.inventarisaties,
  inZin: 'de inventarisatie',
  wat: 'inventarisatieregel',
  blad: 'Inventarisatie',
  bladAliassen: ['Inventarisaties', 'Formatie', 'Inventarisatie formatie'],
  bladVerplicht: false,
  uitleg:
    'Optioneel: de eigen inventarisatie van een school: per professional de tijd voor zorg en ondersteuning op school, in fte of in uren per jaar. Voor een school met regels hier rekent de app met deze formatie in plaats van met de landelijke normen. De kolommen Onderwijs t/m Wmo zijn optioneel: een eigen verdeling van de kosten van deze professional over de kaders, samen 100%.',
  sqlTabel: 'inventarisatie',
  geordend: true,
  sleutel: ['school', 'professional'],
  kolommen: [
    schoolKolom(['Schoolcode', 'Code school']),
    {
      veld: 'professional',
      schema: CODE,
      soort: 'professional',
      label: 'Professional',
      kop: 'Professional',
      aliassen: ['Beroep', 'Functie', 'Professional (id)'],
      uitleg: 'De professional, met de code of de naam van blad Keuzelijsten (bijvoorbeeld fysiotherapeut).',
      verplicht: true,
      breedte: 26,
      sql: 'professional',
    },
    {
      veld: 'fte',
      schema: z.number().min(0).max(10_000),
      soort: 'fte',
      label: 'Fte zorg en ondersteuning',
      kop: 'Fte',
      aliassen: ['Aantal fte', 'Formatie', 'Formatie (fte)', 'Fte zorg en ondersteuning', 'Fte zorg'],
      uitleg: `De tijd die deze professional op school aan zorg en ondersteuning besteedt, in fte: een getal ≥ 0 (1,5). Uren mogen ook, met "uur" erachter: het aantal uren per jaar (830 uur); de app rekent ${UREN_PER_FTE.toLocaleString('nl-NL')} uur als 1 fte, zoals het rapport (par. 1.2.4).`,
      verplicht: true,
      breedte: 8,
      sql: 'fte',
    },
    {
      veld: 'kaders',
      /** Optional own split of this professional's cost over the kaders (shares summing to 1). */
      schema: z.partialRecord(z.enum(KADERS), z.number().min(0).max(1)).optional(),
      soort: 'kaderverdeling',
      label: 'Verdeling over de kaders',
      kop: 'Kaders',
      aliassen: [],
      uitleg: 'Optioneel: een eigen verdeling van de kosten over de kaders, samen 100%.',
      verplicht: false,
      breedte: 11,
      sql: 'kaders',
      deelkolommen: KADERS.map((k) => ({
        sleutel: k,
        kop: KADER_LABEL[k],
        aliassen: [`Aandeel ${KADER_LABEL[k]}`, `${KADER_LABEL[k]} (%)`],
        uitleg: `Optioneel: deel van de kosten uit ${KADER_LABEL[k]}, als percentage. Vul de kaders van een rij samen tot 100% in, of laat ze alle leeg.`,
        breedte: 11,
      })),
    },
  ],
});

/** One TLV-bekostigingscategorie count of a school × woongemeente (regio-bestand versie 3). */
const tlvKolom = <const V extends 'laag' | 'midden' | 'hoog'>(veld: V, aliassen: readonly string[]) =>
  ({
    veld,
    schema: z.number().int().min(0).max(MAX_LEERLINGEN_PER_CEL).default(0),
    soort: 'geheelGetal',
    label: `TLV ${veld}`,
    kop: `TLV ${veld}`,
    aliassen: [`TLV-${veld}`, `Aantal TLV ${veld}`, `Categorie ${veld}`, veld, ...aliassen],
    uitleg: `Aantal leerlingen van deze school uit deze gemeente met een toelaatbaarheidsverklaring (TLV) in bekostigingscategorie ${veld}. Een geheel getal ≥ 0; leeg is 0.`,
    verplicht: false,
    breedte: 11,
    sql: veld,
  }) as const;

export const TLVS = tabel({
  id: 'tlvs',
  label: TABEL_LABEL.tlvs,
  inZin: "de TLV's",
  wat: 'TLV-regel',
  blad: 'TLV',
  bladAliassen: ["TLV's", 'TLVs', 'Toelaatbaarheidsverklaringen', 'TLV-categorieën', 'Bekostigingscategorie'],
  bladVerplicht: false,
  uitleg:
    'Optioneel: het aantal leerlingen per school en woongemeente met een toelaatbaarheidsverklaring (TLV) laag, midden of hoog, zoals het samenwerkingsverband ze afgeeft. Eén rij per combinatie van school en woongemeente; samen niet meer dan het aantal leerlingen van die combinatie op blad Leerlingen. Zonder dit blad schat de app de verdeling met de landelijke aandelen (rapport DSP-groep & Oberon 2022, par. 2.3.1).',
  sqlTabel: 'tlv',
  geordend: true,
  sleutel: ['school', 'woongemeente'],
  kolommen: [
    schoolKolom(['Schoolcode', 'Code school', 'BRIN']),
    woongemeenteKolom,
    tlvKolom('laag', ['TLV licht', 'TLV-licht', 'TLV 1', 'Categorie 1']),
    tlvKolom('midden', ['TLV 2', 'Categorie 2']),
    tlvKolom('hoog', ['TLV zwaar', 'TLV 3', 'Categorie 3']),
  ],
});

/** The care kaders a realisatie row can name: every kader but onderwijs. */
export const REALISATIE_KADERS = KADERS.filter((k) => k !== 'onderwijs');
/** Years a realisatie or an index factor may have. */
export const MIN_JAAR = 2000;
export const MAX_JAAR = 2100;
const JAAR = z.number().int().min(MIN_JAAR, { error: `een jaar vanaf ${MIN_JAAR}` }).max(MAX_JAAR, { error: `een jaar tot en met ${MAX_JAAR}` });
/** The largest amount a realisatie row may have: more is a typing error (the whole country spends some € 1 miljard). */
export const MAX_REALISATIE_BEDRAG = 10_000_000_000;

export const REALISATIE = tabel({
  id: 'realisatie',
  label: TABEL_LABEL.realisatie,
  inZin: 'de realisatie',
  wat: 'realisatieregel',
  blad: 'Realisatie',
  bladAliassen: ['Realisaties', 'Uitgaven', 'Werkelijke uitgaven', 'Historisch verbruik'],
  bladVerplicht: false,
  uitleg:
    'Optioneel: wat een financier in een jaar werkelijk uitgaf aan zorg in schooltijd (alle taken) voor leerlingen van de scholen van de regio. Met een school: alleen voor die school; zonder school: het totaal van de financier voor dat kader (zijn schoolregels inbegrepen). Regels met dezelfde financier, kader, school en jaar worden opgeteld; kies per financier, kader en school één jaar. Met rekenbasis "realisatie" rekent de app met deze bedragen in plaats van met de landelijke norm.',
  sqlTabel: 'realisatie',
  geordend: true,
  sleutel: ['financier', 'kader', 'school', 'jaar'],
  kolommen: [
    {
      veld: 'financier',
      schema: CODE,
      soort: 'financier',
      label: 'Financier',
      kop: 'Financier',
      aliassen: ['Partij', 'Betaler', 'Financier (partij)'],
      uitleg: 'Wie betaalde: gemeente:<gemeentecode> (gemeente:GM0363), zorgkantoor, ggd of zorgverzekeraar:<naam> (zorgverzekeraar:VGZ). Een gemeentecode, "Zorgkantoor", "GGD" of de naam van een zorgverzekeraar alleen mag ook.',
      verplicht: true,
      breedte: 26,
      sql: 'financier',
      ontbreekt: 'Kies de financier.',
    },
    {
      veld: 'kader',
      schema: z.enum(REALISATIE_KADERS as ['jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo']),
      soort: 'kader',
      label: 'Kader',
      kop: 'Kader',
      aliassen: ['Financieringskader', 'Wet', 'Domein'],
      uitleg: `Het financieringskader: ${REALISATIE_KADERS.map((k) => KADER_LABEL[k]).join(', ')}. Een gemeente betaalt Jeugdwet en Wmo, het zorgkantoor Wlz, de GGD Wpg, een zorgverzekeraar Zvw.`,
      verplicht: true,
      breedte: 12,
      sql: 'kader',
      keuzes: REALISATIE_KADERS.map((k) => ({ waarde: k, label: KADER_LABEL[k] })),
      ontbreekt: 'Kies het kader.',
    },
    {
      veld: 'jaar',
      schema: JAAR,
      soort: 'jaar',
      label: 'Jaar',
      kop: 'Jaar',
      aliassen: ['Kalenderjaar', 'Boekjaar', 'Jaar uitgaven'],
      uitleg: 'Het kalenderjaar van de uitgaven (2024). Een ander jaar dan het prijspeil wordt omgerekend met de prijsindex.',
      verplicht: true,
      breedte: 8,
      sql: 'jaar',
      ontbreekt: 'Vul het jaar in.',
    },
    {
      veld: 'bedrag',
      schema: z.number().finite().min(-MAX_REALISATIE_BEDRAG).max(MAX_REALISATIE_BEDRAG, { error: `een bedrag tot € ${MAX_REALISATIE_BEDRAG.toLocaleString('nl-NL')}` }),
      soort: 'bedrag',
      label: 'Bedrag (€)',
      kop: 'Bedrag',
      aliassen: ['Bedrag (€)', 'Bedrag (euro)', 'Uitgaven', 'Realisatie', 'Kosten', 'Euro'],
      uitleg: 'Wat de financier dat jaar uitgaf, in euro (1.234.567 of 1234567,50). Een correctie mag negatief zijn.',
      verplicht: true,
      breedte: 16,
      sql: 'bedrag',
      ontbreekt: 'Vul het bedrag in.',
    },
    {
      veld: 'school',
      schema: CODE.optional(),
      soort: 'code',
      label: 'School',
      kop: 'School',
      aliassen: ['Schoolcode', 'Code school', 'BRIN'],
      uitleg: 'Optioneel: code van de school (op blad Scholen) waarvoor het bedrag geldt. Leeg: het totaal van de financier voor dit kader.',
      verplicht: false,
      breedte: 12,
      sql: 'school',
      verwijst: { tabel: 'scholen' },
      hulp: 'Leeg: het totaal van de financier voor dit kader, voor alle scholen samen.',
    },
    {
      veld: 'toelichting',
      schema: z.string().trim().min(1).max(500).optional(),
      soort: 'tekst',
      label: 'Toelichting',
      kop: 'Toelichting',
      aliassen: ['Opmerking', 'Bron', 'Omschrijving'],
      uitleg: 'Optioneel: waar het bedrag vandaan komt (jaarrekening 2024, factuuroverzicht).',
      verplicht: false,
      breedte: 40,
      sql: 'toelichting',
    },
  ],
});

/** The tables of a regio-bestand, in the order of the file, the template and SQLite's dependencies. */
export const TABELLEN = {
  gemeenten: GEMEENTEN,
  samenwerkingsverbanden: SAMENWERKINGSVERBANDEN,
  scholen: SCHOLEN,
  leerlingen: LEERLINGEN,
  zorgverzekeraars: ZORGVERZEKERAARS,
  inventarisaties: INVENTARISATIES,
  tlvs: TLVS,
  realisatie: REALISATIE,
} as const;

/** The tables of a regio-bestand that can be imported one at a time (e.g. from a CSV), with their names. */
export { TABEL_IDS, TABEL_LABEL, type TabelId } from './tabel-namen';

/** Any table's descriptor, for code that handles every table alike. */
export function beschrijvingVan<T extends TabelId>(t: T): TabelBeschrijving<T> {
  return TABELLEN[t] as unknown as TabelBeschrijving<T>;
}

/** The regio's own fields (sheet Regio in the template): its name and that of its zorgkantoor. */
export const REGIO_GEGEVENS = [
  {
    veld: 'regio',
    label: 'Naam regio',
    formulierLabel: 'Naam van de regio',
    wat: 'de naam van de regio',
    uitleg: 'Naam van de regio.',
    aliassen: ['Regio', 'Regionaam', 'Naam van de regio', 'Naam'],
    ontbreekt: 'Vul de naam van de regio in.',
  },
  {
    veld: 'zorgkantoor',
    label: 'Naam zorgkantoor',
    formulierLabel: 'Zorgkantoor (Wlz)',
    wat: 'de naam van het zorgkantoor',
    uitleg: 'Naam van het zorgkantoor in de regio.',
    aliassen: ['Zorgkantoor', 'Zorgkantoorregio'],
    ontbreekt: 'Vul de naam van het zorgkantoor in.',
  },
] as const;
