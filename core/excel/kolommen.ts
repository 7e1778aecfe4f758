/**
 * The sheets and columns of the Excel template: Dutch sheet names and headers, the other headers a
 * user may write instead, the kind of value per column and the explanation shown in the template.
 * Reading and writing both follow these definitions, so the template and the import cannot drift.
 */
import { DOELGROEPEN, KADER_LABEL, KADERS, SECTOREN, SWV_TYPES } from '../../shared/domain/labels';
import type { Gemeente, Inventarisatie, LeerlingenCel, School, Swv, Zorgverzekeraar } from '../../shared/regio/schema';
import { TABEL_IDS, type TabelId } from '../../shared/regio/tabellen';
import type { SoortNaam } from './soorten';

/** The tables of a regio-bestand that have their own sheet, by their key in the regio-bestand. */
export { TABEL_IDS, type TabelId };

export interface TabelRijen {
  gemeenten: Gemeente;
  samenwerkingsverbanden: Swv;
  scholen: School;
  leerlingen: LeerlingenCel;
  zorgverzekeraars: Zorgverzekeraar;
  inventarisaties: Inventarisatie;
}

export interface KolomDef {
  /** Field of the row in the regio-bestand; nested fields with a dot: `kaders.jeugdwet`. */
  veld: string;
  /** Header in the template. */
  kop: string;
  /** Other headers that mean this column (compared without case, accents, spaces or punctuation). */
  aliassen: readonly string[];
  soort: SoortNaam;
  /** Required columns must be present and filled in on every row; optional ones may be left out. */
  verplicht: boolean;
  /** Column width in characters. */
  breedte: number;
  /** Explanation for the Toelichting sheet and the header comment. */
  uitleg: string;
}

export interface BladDef<T extends TabelId = TabelId> {
  tabel: T;
  blad: string;
  bladAliassen: readonly string[];
  /** false: a workbook without this sheet gets an empty table (older templates). */
  bladVerplicht: boolean;
  uitleg: string;
  kolommen: readonly KolomDef[];
  /** Rows whose cell in this column is empty or 0 are left out (empty combinations in long format). */
  weglatenBijNul?: string;
}

const code = (uitleg: string, ...aliassen: string[]): KolomDef => ({ veld: 'code', kop: 'Code', aliassen, soort: 'code', verplicht: true, breedte: 12, uitleg });
const naam = (uitleg: string, ...aliassen: string[]): KolomDef => ({ veld: 'naam', kop: 'Naam', aliassen, soort: 'naam', verplicht: true, breedte: 40, uitleg });

export const GEMEENTEN_BLAD: BladDef<'gemeenten'> = {
  tabel: 'gemeenten',
  blad: 'Gemeenten',
  bladAliassen: ['Gemeente'],
  bladVerplicht: true,
  uitleg: 'Alle gemeenten waar leerlingen van de scholen wonen, ook gemeenten buiten de regio. Eén rij per gemeente.',
  kolommen: [
    code('Gemeentecode, bijvoorbeeld de CBS-code GM0363. Elke code komt één keer voor; de andere bladen verwijzen ernaar.', 'Gemeentecode', 'CBS-code', 'GM-code', 'Code gemeente'),
    naam('Naam van de gemeente.', 'Gemeente', 'Gemeentenaam', 'Naam gemeente'),
    {
      veld: 'inwoners0tot17',
      kop: 'Inwoners 0-17',
      aliassen: ['Inwoners 0 t/m 17', 'Inwoners 0 t/m 17 jaar', 'Inwoners 0-17 jaar', 'inwoners0tot17', 'Inwoners 0 tot 18', 'Inwoners 0 tot 18 jaar', 'Aantal inwoners 0-17', 'Jeugdigen 0-17', 'Jeugdigen', 'Inwoners jeugd'],
      soort: 'geheelGetal',
      verplicht: true,
      breedte: 15,
      uitleg: 'Aantal inwoners van 0 tot en met 17 jaar (CBS). Een geheel getal ≥ 0; 1.234 of 1234.',
    },
    {
      veld: 'inRegio',
      kop: 'In regio',
      aliassen: ['inRegio', 'In de regio', 'Binnen regio', 'Hoort bij regio', 'Deelnemer'],
      soort: 'jaNee',
      verplicht: true,
      breedte: 10,
      uitleg: 'ja als de gemeente deelneemt aan de regio, nee als alleen leerlingen er wonen. Ook x, 1 of 0.',
    },
    {
      veld: 'centrumgemeente',
      kop: 'Centrumgemeente',
      aliassen: ['Centrum', 'Coördinerende gemeente', 'Coordinerende gemeente'],
      soort: 'jaNee',
      verplicht: false,
      breedte: 16,
      uitleg: 'ja bij de ene centrumgemeente (die moet in de regio liggen); leeg of nee bij de andere gemeenten.',
    },
  ],
};

export const SWV_BLAD: BladDef<'samenwerkingsverbanden'> = {
  tabel: 'samenwerkingsverbanden',
  blad: 'Samenwerkingsverbanden',
  bladAliassen: ['Samenwerkingsverband', 'SWV', "SWV's", 'SWVs'],
  bladVerplicht: true,
  uitleg: 'De samenwerkingsverbanden passend onderwijs waartoe de scholen behoren. Eén rij per samenwerkingsverband.',
  kolommen: [
    code('Code van het samenwerkingsverband, bijvoorbeeld PO2701. Elke code komt één keer voor.', 'SWV-code', 'Code SWV', 'Code samenwerkingsverband'),
    naam('Naam van het samenwerkingsverband.', 'Naam SWV', 'Samenwerkingsverband', 'Naam samenwerkingsverband'),
    {
      veld: 'type',
      kop: 'Type',
      aliassen: ['Soort', 'PO/VO', 'Sector'],
      soort: 'swvType',
      verplicht: true,
      breedte: 8,
      uitleg: `${SWV_TYPES.join(' of ')}: primair of voortgezet onderwijs.`,
    },
  ],
};

export const SCHOLEN_BLAD: BladDef<'scholen'> = {
  tabel: 'scholen',
  blad: 'Scholen',
  bladAliassen: ['School', 'Scholen (v)so', 'Vestigingen'],
  bladVerplicht: true,
  uitleg: 'De scholen (vestigingen) voor (voortgezet) speciaal onderwijs. Eén rij per school.',
  kolommen: [
    code('Code van de school, bijvoorbeeld het brinnummer met vestiging (12AB00). Elke code komt één keer voor.', 'Schoolcode', 'BRIN', 'Brinnummer', 'Brin-code', 'Vestigingscode', 'Code school'),
    naam('Naam van de school.', 'Schoolnaam', 'Naam school', 'School'),
    {
      veld: 'vestigingsgemeente',
      kop: 'Vestigingsgemeente',
      aliassen: ['Vestigingsgemeente (code)', 'Gemeente', 'Gemeentecode', 'Code vestigingsgemeente'],
      soort: 'code',
      verplicht: true,
      breedte: 18,
      uitleg: 'Code van de gemeente waar de school staat; moet op blad Gemeenten staan.',
    },
    {
      veld: 'swv',
      kop: 'Samenwerkingsverband',
      aliassen: ['SWV', 'SWV-code', 'Samenwerkingsverband (code)', 'Code samenwerkingsverband', 'Code SWV'],
      soort: 'code',
      verplicht: true,
      breedte: 20,
      uitleg: 'Code van het samenwerkingsverband van de school; moet op blad Samenwerkingsverbanden staan.',
    },
    {
      veld: 'sector',
      kop: 'Sector',
      aliassen: ['Onderwijssoort', 'Soort', 'Type', 'Soort onderwijs'],
      soort: 'sector',
      verplicht: true,
      breedte: 10,
      uitleg: `${SECTOREN.join(', ')}: speciaal onderwijs, voortgezet speciaal onderwijs of beide.`,
    },
  ],
};

export const LEERLINGEN_BLAD: BladDef<'leerlingen'> = {
  tabel: 'leerlingen',
  blad: 'Leerlingen',
  bladAliassen: ['Leerling', 'Leerlingaantallen', 'Leerlingtelling', 'Aantallen'],
  bladVerplicht: true,
  uitleg:
    'Aantal leerlingen per school, woongemeente en doelgroep, één rij per combinatie ("lange" vorm). Alleen aantallen, nooit namen of geboortedata. Rijen met aantal 0 of een leeg aantal worden overgeslagen.',
  weglatenBijNul: 'aantal',
  kolommen: [
    {
      veld: 'school',
      kop: 'School',
      aliassen: ['Schoolcode', 'Code school', 'BRIN'],
      soort: 'code',
      verplicht: true,
      breedte: 12,
      uitleg: 'Code van de school; moet op blad Scholen staan.',
    },
    {
      veld: 'woongemeente',
      kop: 'Woongemeente',
      aliassen: ['Woongemeente (code)', 'Gemeente', 'Gemeentecode', 'Code woongemeente'],
      soort: 'code',
      verplicht: true,
      breedte: 16,
      uitleg: 'Code van de gemeente waar de leerlingen wonen; moet op blad Gemeenten staan.',
    },
    {
      veld: 'doelgroep',
      kop: 'Doelgroep',
      aliassen: ['Leerlingcategorie', 'Categorie', 'Doelgroep leerling'],
      soort: 'doelgroep',
      verplicht: true,
      breedte: 14,
      uitleg: `${DOELGROEPEN.join(', ')}, of de omschrijving uit het rapport (zie blad Keuzelijsten).`,
    },
    {
      veld: 'aantal',
      kop: 'Aantal',
      aliassen: ['Aantal leerlingen', 'Leerlingen', 'Aantal lln', 'Lln'],
      soort: 'geheelGetal',
      verplicht: true,
      breedte: 10,
      uitleg: 'Aantal leerlingen: een geheel getal ≥ 0.',
    },
  ],
};

export const ZORGVERZEKERAARS_BLAD: BladDef<'zorgverzekeraars'> = {
  tabel: 'zorgverzekeraars',
  blad: 'Zorgverzekeraars',
  bladAliassen: ['Zorgverzekeraar', 'Verzekeraars'],
  bladVerplicht: true,
  uitleg: 'De zorgverzekeraars in de regio met hun marktaandeel. De marktaandelen zijn samen 100%.',
  kolommen: [
    naam('Naam van de zorgverzekeraar; elke naam komt één keer voor.', 'Zorgverzekeraar', 'Verzekeraar', 'Naam zorgverzekeraar'),
    {
      veld: 'marktaandeel',
      kop: 'Marktaandeel',
      aliassen: ['Aandeel', 'Marktaandeel (%)', 'Marktaandeel %', 'Percentage'],
      soort: 'aandeel',
      verplicht: true,
      breedte: 14,
      uitleg: 'Marktaandeel als percentage (62%) of als aandeel tussen 0 en 1 (0,62).',
    },
  ],
};

export const INVENTARISATIE_BLAD: BladDef<'inventarisaties'> = {
  tabel: 'inventarisaties',
  blad: 'Inventarisatie',
  bladAliassen: ['Inventarisaties', 'Formatie', 'Inventarisatie formatie'],
  bladVerplicht: false,
  uitleg:
    'Optioneel: de eigen inventarisatie van een school, in fte per professional. Voor een school met regels hier rekent de app met deze formatie in plaats van met de landelijke normen. De kolommen Onderwijs t/m Wmo zijn optioneel: een eigen verdeling van de kosten van deze professional over de kaders, samen 100%.',
  kolommen: [
    {
      veld: 'school',
      kop: 'School',
      aliassen: ['Schoolcode', 'Code school'],
      soort: 'code',
      verplicht: true,
      breedte: 12,
      uitleg: 'Code van de school; moet op blad Scholen staan.',
    },
    {
      veld: 'professional',
      kop: 'Professional',
      aliassen: ['Beroep', 'Functie', 'Professional (id)'],
      soort: 'professional',
      verplicht: true,
      breedte: 26,
      uitleg: 'De professional, met de code of de naam van blad Keuzelijsten (bijvoorbeeld fysiotherapeut).',
    },
    {
      veld: 'fte',
      kop: 'Fte',
      aliassen: ['Aantal fte', 'Formatie', 'Formatie (fte)'],
      soort: 'fte',
      verplicht: true,
      breedte: 8,
      uitleg: 'Formatie in fte, een getal ≥ 0 (1,5).',
    },
    ...KADERS.map(
      (k): KolomDef => ({
        veld: `kaders.${k}`,
        kop: KADER_LABEL[k],
        aliassen: [`Aandeel ${KADER_LABEL[k]}`, `${KADER_LABEL[k]} (%)`],
        soort: 'aandeel',
        verplicht: false,
        breedte: 11,
        uitleg: `Optioneel: deel van de kosten uit ${KADER_LABEL[k]}, als percentage. Vul de kaders van een rij samen tot 100% in, of laat ze alle leeg.`,
      }),
    ),
  ],
};

export const BLADEN: { [T in TabelId]: BladDef<T> } = {
  gemeenten: GEMEENTEN_BLAD,
  samenwerkingsverbanden: SWV_BLAD,
  scholen: SCHOLEN_BLAD,
  leerlingen: LEERLINGEN_BLAD,
  zorgverzekeraars: ZORGVERZEKERAARS_BLAD,
  inventarisaties: INVENTARISATIE_BLAD,
};

/** The sheet with the regio's own name and that of its zorgkantoor, as label / value rows. */
export const REGIO_BLAD = {
  blad: 'Regio',
  bladAliassen: ['Algemeen', 'Regiogegevens'],
  kopLabel: 'Gegeven',
  kopWaarde: 'Waarde',
  regels: [
    { veld: 'regio', label: 'Naam regio', wat: 'de naam van de regio', aliassen: ['Regio', 'Regionaam', 'Naam van de regio', 'Naam'] },
    { veld: 'zorgkantoor', label: 'Naam zorgkantoor', wat: 'de naam van het zorgkantoor', aliassen: ['Zorgkantoor', 'Zorgkantoorregio'] },
  ],
  uitleg: 'De naam van de regio en van het zorgkantoor, elk in kolom Waarde naast het gegeven.',
} as const;

export type RegioRegel = (typeof REGIO_BLAD.regels)[number]['veld'];

export const TOELICHTING_BLAD = 'Toelichting';
export const KEUZELIJSTEN_BLAD = 'Keuzelijsten';

/** "A, B en C". */
export { opsomming } from '../../shared/format';

/** Reads a (possibly nested) field of a row. */
export function veldWaarde(rij: object, veld: string): unknown {
  let w: unknown = rij;
  for (const deel of veld.split('.')) {
    if (w === null || typeof w !== 'object') return undefined;
    w = (w as Record<string, unknown>)[deel];
  }
  return w;
}

/** Sets a (possibly nested) field of a row under construction. */
export function zetVeld(rij: Record<string, unknown>, veld: string, waarde: unknown): void {
  const delen = veld.split('.');
  let doel = rij;
  for (const deel of delen.slice(0, -1)) {
    doel[deel] ??= {};
    doel = doel[deel] as Record<string, unknown>;
  }
  doel[delen[delen.length - 1]] = waarde;
}
