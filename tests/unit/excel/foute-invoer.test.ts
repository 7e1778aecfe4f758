/**
 * Bad inputs, table-driven: each must be refused as a whole, with exactly the listed problems
 * (place = sheet/file, row, column; a Dutch message saying what was expected).
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { leesBlad, leesCsvTabel, leesWerkmap, maakSjabloon, MAX_PROBLEMEN } from '../../../core/excel';
import type { Probleem, Validatie } from '../../../shared/validation/problems';
import { demoBladen, demoMetInventarisatie, problemenVan, verwachtNederlands, xlsx, type Celwaarde } from './hulp';

type Bladen = Record<string, Celwaarde[][]>;

/** The demo template with `wijzig` applied, imported as .xlsx. */
function demoMet(wijzig: (b: Bladen) => void): () => Validatie<unknown> {
  return () => {
    const b = demoBladen(demoMetInventarisatie());
    wijzig(b);
    return leesWerkmap(xlsx(b), 'regio.xlsx');
  };
}

/** Sets the cell at a 1-based row (as Excel shows it) and a column letter. */
function zet(b: Bladen, blad: string, adres: string, waarde: Celwaarde): void {
  const { r, c } = XLSX.utils.decode_cell(adres);
  b[blad][r] ??= [];
  b[blad][r][c] = waarde;
}

function versleuteld(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  const xml = '<?xml version="1.0" encoding="UTF-8"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>';
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(xml)]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

function zipZonderWerkmap(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/word/document.xml', Buffer.from('<document/>'));
  return XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'zip' }) as Buffer;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1c1d30000000049454e44ae426082', 'hex');
const WILLEKEURIG = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 73 + 11) % 256));
const BESCHADIGD = 'het bestand is beschadigd of geen werkmap die de app kan lezen; open het in Excel of LibreOffice en sla het opnieuw op als .xlsx';
const LEERLING_KOLOMMEN = 'verwacht de kolommen School, Woongemeente, Doelgroep en Aantal';
const ALLE_BLADEN = 'Toelichting, Regio, Gemeenten, Samenwerkingsverbanden, Scholen, Zorgverzekeraars, Inventarisatie, TLV, Realisatie, Keuzelijsten';

interface Geval {
  naam: string;
  lees: () => Validatie<unknown>;
  verwacht: Probleem[];
}

const p = (pad: string, melding: string): Probleem => ({ pad, melding });

const GEVALLEN: Geval[] = [
  // The file itself.
  { naam: 'leeg bestand', lees: () => leesWerkmap(new Uint8Array(0), 'regio.xlsx'), verwacht: [p('Bestand regio.xlsx', 'het bestand is leeg (0 bytes)')] },
  { naam: 'PNG hernoemd naar .xlsx', lees: () => leesWerkmap(PNG, 'foto.xlsx'), verwacht: [p('Bestand foto.xlsx', 'dit is een afbeelding (PNG), geen werkmap')] },
  {
    naam: 'willekeurige bytes als .xlsx',
    lees: () => leesWerkmap(WILLEKEURIG, 'ruis.xlsx'),
    verwacht: [p('Bestand ruis.xlsx', 'dit is geen Excel- of OpenDocument-werkmap: de inhoud past niet bij .xlsx; open het in Excel of LibreOffice en sla het opnieuw op als .xlsx')],
  },
  {
    naam: 'tekst als .ods',
    lees: () => leesWerkmap(Buffer.from('School;Aantal\nS01;3\n'), 'regio.ods'),
    verwacht: [p('Bestand regio.ods', 'dit is geen Excel- of OpenDocument-werkmap: de inhoud past niet bij .ods; open het in Excel of LibreOffice en sla het opnieuw op als .xlsx')],
  },
  { naam: 'met wachtwoord versleutelde .xlsx', lees: () => leesWerkmap(versleuteld(), 'geheim.xlsx'), verwacht: [p('Bestand geheim.xlsx', 'het bestand is beveiligd met een wachtwoord; sla het zonder wachtwoord op en importeer het opnieuw')] },
  { naam: 'afgebroken zip (halve .xlsx)', lees: () => leesWerkmap(maakSjabloon().subarray(0, 3000), 'half.xlsx'), verwacht: [p('Bestand half.xlsx', 'het bestand is beschadigd (de inhoudsopgave van het zip-bestand ontbreekt; is het afgebroken tijdens downloaden of kopiëren?); open het in Excel of LibreOffice en sla het opnieuw op als .xlsx')] },
  { naam: 'zip zonder werkmap (een .docx hernoemd)', lees: () => leesWerkmap(zipZonderWerkmap(), 'brief.xlsx'), verwacht: [p('Bestand brief.xlsx', BESCHADIGD)] },
  {
    naam: 'CSV aangeboden als hele regio',
    lees: () => leesWerkmap(Buffer.from('School;Woongemeente;Doelgroep;Aantal\n'), 'leerlingen.csv'),
    verwacht: [p('Bestand leerlingen.csv', 'een CSV-bestand bevat één tabel, geen hele regio; importeer het als tabel (bijvoorbeeld de leerlingen) of kies een .xlsx-, .xls- of .ods-werkmap')],
  },
  { naam: 'onbekende extensie', lees: () => leesWerkmap(Buffer.from('%PDF-1.4\n'), 'regio.pdf'), verwacht: [p('Bestand regio.pdf', 'onbekend bestandstype .pdf; kies een Excel- of OpenDocument-werkmap (.xlsx, .xls of .ods)')] },

  // Sheets and headers.
  {
    naam: 'blad Leerlingen ontbreekt',
    lees: demoMet((b) => delete b.Leerlingen),
    verwacht: [p('Blad Leerlingen', `dit blad ontbreekt in de werkmap (gevonden: ${ALLE_BLADEN}); gebruik het sjabloon van de app`)],
  },
  {
    naam: 'twee bladen voor de leerlingen',
    lees: demoMet((b) => (b.Leerlingaantallen = b.Leerlingen)),
    verwacht: [p('Bestand regio.xlsx', 'de bladen "Leerlingen" en "Leerlingaantallen" zijn allebei het blad Leerlingen; laat er één over')],
  },
  {
    naam: 'verplichte kolom Aantal ontbreekt',
    lees: demoMet((b) => (b.Leerlingen = b.Leerlingen.map((r) => r.slice(0, 3)))),
    verwacht: [p('Blad Leerlingen, rij 1', `de kolom Aantal ontbreekt in de kopregel; ${LEERLING_KOLOMMEN}`)],
  },
  {
    naam: 'kolom twee keer',
    lees: demoMet((b) => zet(b, 'Leerlingen', 'F1', 'aantal leerlingen')),
    verwacht: [p('Blad Leerlingen, rij 1, kolom F', 'de kolom Aantal staat er twee keer in (kolom D en F); laat er één over')],
  },
  {
    naam: 'blad Gemeenten helemaal leeg',
    lees: demoMet((b) => (b.Gemeenten = [])),
    verwacht: [p('Blad Gemeenten', 'het blad is leeg; verwacht een kopregel met de kolommen Code, Naam, Inwoners 0–17 en In regio')],
  },
  {
    naam: 'blad Gemeenten met alleen een kopregel',
    lees: demoMet((b) => (b.Gemeenten = b.Gemeenten.slice(0, 1))),
    verwacht: [p('Blad Gemeenten', 'er staan geen rijen met gegevens in; vul er minstens 1 in')],
  },

  // Cells.
  {
    naam: 'onbekende doelgroep',
    lees: demoMet((b) => zet(b, 'Leerlingen', 'C12', 'gedrag en zo')),
    verwacht: [p('Blad Leerlingen, rij 12, kolom Doelgroep', 'onbekende doelgroep "gedrag en zo"; kies uit gedrag, lvb_ml, lb, emb, lz of hun omschrijving')],
  },
  { naam: 'negatief aantal', lees: demoMet((b) => zet(b, 'Leerlingen', 'D7', -3)), verwacht: [p('Blad Leerlingen, rij 7, kolom Aantal', 'verwacht een geheel getal ≥ 0, maar vond -3')] },
  { naam: 'gebroken aantal', lees: demoMet((b) => zet(b, 'Leerlingen', 'D8', 2.5)), verwacht: [p('Blad Leerlingen, rij 8, kolom Aantal', 'verwacht een geheel getal ≥ 0, maar vond 2,5')] },
  { naam: 'gebroken aantal als tekst', lees: demoMet((b) => zet(b, 'Leerlingen', 'D8', '2,5')), verwacht: [p('Blad Leerlingen, rij 8, kolom Aantal', 'verwacht een geheel getal ≥ 0, maar vond "2,5"')] },
  { naam: 'aantal in woorden', lees: demoMet((b) => zet(b, 'Leerlingen', 'D12', 'twaalf')), verwacht: [p('Blad Leerlingen, rij 12, kolom Aantal', 'verwacht een geheel getal ≥ 0, maar vond "twaalf"')] },
  { naam: 'WAAR als aantal', lees: demoMet((b) => zet(b, 'Leerlingen', 'D2', true)), verwacht: [p('Blad Leerlingen, rij 2, kolom Aantal', 'verwacht een geheel getal ≥ 0, maar vond WAAR')] },
  {
    naam: 'formulefout #REF!',
    lees: demoMet((b) => zet(b, 'Leerlingen', 'D9', { t: 'e', v: 0x17, f: 'Blad9!A1' })),
    verwacht: [p('Blad Leerlingen, rij 9, kolom Aantal', 'de cel bevat een formulefout (#REF!); verwacht een geheel getal ≥ 0')],
  },
  {
    naam: 'datum waar een getal hoort',
    lees: demoMet((b) => zet(b, 'Gemeenten', 'C4', new Date(Date.UTC(2024, 2, 12)))),
    verwacht: [p('Blad Gemeenten, rij 4, kolom Inwoners 0–17', 'verwacht een geheel getal ≥ 0, maar vond een datum (12-3-2024)')],
  },
  {
    naam: 'Engelse schrijfwijze 1,234.5',
    lees: demoMet((b) => zet(b, 'Inventarisatie', 'C2', '1,234.5')),
    verwacht: [p('Blad Inventarisatie, rij 2, kolom Fte', `onduidelijk getal "1,234.5": schrijf getallen op z'n Nederlands, met een punt tussen duizendtallen en een komma voor decimalen (1.234,5)`)],
  },
  {
    naam: 'decimale punt 12.5',
    lees: demoMet((b) => zet(b, 'Inventarisatie', 'C3', '12.5')),
    verwacht: [p('Blad Inventarisatie, rij 3, kolom Fte', 'onduidelijk getal "12.5": gebruik een komma voor decimalen (12,5); een punt staat alleen tussen duizendtallen (1.234)')],
  },
  {
    naam: 'lege verplichte cel in een rij met aantal',
    lees: demoMet((b) => zet(b, 'Leerlingen', 'B20', null)),
    verwacht: [p('Blad Leerlingen, rij 20, kolom Woongemeente', 'verwacht een code, maar de cel is leeg')],
  },
  {
    naam: 'ja/nee onleesbaar',
    lees: demoMet((b) => zet(b, 'Gemeenten', 'D5', 'misschien')),
    verwacht: [p('Blad Gemeenten, rij 5, kolom In regio', 'verwacht ja of nee (of x, 1, 0), maar vond "misschien"')],
  },
  { naam: 'In regio leeg', lees: demoMet((b) => zet(b, 'Gemeenten', 'D6', null)), verwacht: [p('Blad Gemeenten, rij 6, kolom In regio', 'verwacht ja of nee, maar de cel is leeg')] },
  { naam: 'onbekende sector', lees: demoMet((b) => zet(b, 'Scholen', 'E3', 'speciaal')), verwacht: [p('Blad Scholen, rij 3, kolom Sector', 'onbekende sector "speciaal"; kies uit so, vso, so-vso')] },
  { naam: 'onbekend type swv', lees: demoMet((b) => zet(b, 'Samenwerkingsverbanden', 'C2', 'mbo')), verwacht: [p('Blad Samenwerkingsverbanden, rij 2, kolom Type', 'onbekend type "mbo"; kies uit po of vo')] },
  {
    naam: 'marktaandeel 62 zonder procentteken',
    lees: demoMet((b) => zet(b, 'Zorgverzekeraars', 'B2', 62)),
    verwacht: [p('Blad Zorgverzekeraars, rij 2, kolom Marktaandeel', 'verwacht een percentage (62%) of een aandeel tussen 0 en 1 (0,62), maar vond 62; bedoelt u 62%?')],
  },
  {
    naam: 'marktaandeel boven 100%',
    lees: demoMet((b) => zet(b, 'Zorgverzekeraars', 'B3', '120%')),
    verwacht: [p('Blad Zorgverzekeraars, rij 3, kolom Marktaandeel', 'een aandeel kan niet meer dan 100% zijn, maar vond 120%')],
  },
  { naam: 'lege regionaam', lees: demoMet((b) => zet(b, 'Regio', 'B2', null)), verwacht: [p('Blad Regio, rij 2, kolom B', 'verwacht de naam van de regio, maar de cel is leeg')] },
  {
    naam: 'regel zorgkantoor ontbreekt',
    lees: demoMet((b) => (b.Regio = b.Regio.slice(0, 2))),
    verwacht: [p('Blad Regio', 'de regel "Naam zorgkantoor" ontbreekt; zet in kolom A "Naam zorgkantoor" en in kolom B de naam')],
  },

  // Whole-regio checks of the schema, translated to sheet, row and column.
  {
    naam: 'onbekende schoolcode in Leerlingen',
    lees: demoMet((b) => zet(b, 'Leerlingen', 'A5', 'S99')),
    verwacht: [p('Blad Leerlingen, rij 5, kolom School', 'onbekende schoolcode S99 (staat niet op blad Scholen)')],
  },
  {
    naam: 'onbekende woongemeente in Leerlingen',
    lees: demoMet((b) => zet(b, 'Leerlingen', 'B6', 'GM0000')),
    verwacht: [p('Blad Leerlingen, rij 6, kolom Woongemeente', 'onbekende gemeentecode GM0000 (staat niet op blad Gemeenten)')],
  },
  {
    naam: 'school bij onbekend samenwerkingsverband',
    lees: demoMet((b) => zet(b, 'Scholen', 'D4', 'PO9999')),
    verwacht: [p('Blad Scholen, rij 4, kolom Samenwerkingsverband', 'onbekend samenwerkingsverband PO9999 (staat niet op blad Samenwerkingsverbanden)')],
  },
  {
    naam: 'dubbele gemeentecode',
    lees: demoMet((b) => b.Gemeenten.push([...b.Gemeenten[2]])),
    verwacht: [p('Blad Gemeenten, rij 14, kolom Code', 'gemeentecode GM9902 komt dubbel voor (ook op rij 3)')],
  },
  {
    naam: 'gemeentecode overschreven: verwijzingen gaan nergens meer heen',
    lees: demoMet((b) => zet(b, 'Gemeenten', 'A13', 'GM9901')),
    verwacht: [
      p('Blad Gemeenten, rij 13, kolom Code', 'gemeentecode GM9901 komt dubbel voor (ook op rij 2)'),
      ...[13, 30, 60, 77, 89, 101, 127, 169, 170].map((rij) => p(`Blad Leerlingen, rij ${rij}, kolom Woongemeente`, 'onbekende gemeentecode GM9983 (staat niet op blad Gemeenten)')),
    ],
  },
  {
    naam: 'dubbele combinatie school / woongemeente / doelgroep',
    lees: demoMet((b) => (b.Leerlingen[2] = [...b.Leerlingen[1]])),
    verwacht: [p('Blad Leerlingen, rij 3', 'de combinatie school / woongemeente / doelgroep S01 / GM9901 / gedrag komt dubbel voor (ook op rij 2)')],
  },
  {
    naam: 'marktaandelen samen geen 100%',
    lees: demoMet((b) => zet(b, 'Zorgverzekeraars', 'B3', '28%')),
    verwacht: [p('Blad Zorgverzekeraars, kolom Marktaandeel', 'de marktaandelen moeten samen 1 (100%) zijn, maar zijn samen 0,9')],
  },
  {
    naam: 'twee centrumgemeenten',
    lees: demoMet((b) => zet(b, 'Gemeenten', 'E3', 'ja')),
    verwacht: [p('Blad Gemeenten, rij 3, kolom Centrumgemeente', 'er mag één centrumgemeente zijn; ook GM9901 is centrumgemeente')],
  },
  {
    naam: 'centrumgemeente buiten de regio',
    lees: demoMet((b) => zet(b, 'Gemeenten', 'D2', 'nee')),
    verwacht: [p('Blad Gemeenten, rij 2, kolom Centrumgemeente', 'een centrumgemeente moet in de regio liggen (In regio: ja)')],
  },
  {
    naam: 'onbekende professional',
    lees: demoMet((b) => zet(b, 'Inventarisatie', 'B2', 'tovenaar')),
    verwacht: [p('Blad Inventarisatie, rij 2, kolom Professional', 'onbekende professional tovenaar; kies een code of naam van blad Keuzelijsten in het sjabloon')],
  },
  {
    naam: 'kaderverdeling niet samen 100%',
    lees: demoMet((b) => zet(b, 'Inventarisatie', 'G3', 0.5)),
    verwacht: [p('Blad Inventarisatie, rij 3, kolommen Onderwijs, Jeugdwet, Zvw, Wlz, Wpg, Wmo', 'de kaderverdeling moet samen 1 zijn, maar is 1,25')],
  },
  {
    naam: 'te lange code',
    lees: demoMet((b) => zet(b, 'Samenwerkingsverbanden', 'A5', 'X'.repeat(65))),
    verwacht: [
      p('Blad Samenwerkingsverbanden, rij 5, kolom Code', 'is te lang (hoogstens 64 tekens)'),
    ],
  },

  // Several problems at once: all are reported, in sheet order.
  {
    naam: 'meerdere problemen op verschillende bladen',
    lees: demoMet((b) => {
      zet(b, 'Gemeenten', 'C3', 'veel');
      zet(b, 'Leerlingen', 'C4', 'onbekend');
      zet(b, 'Leerlingen', 'D5', -1);
    }),
    verwacht: [
      p('Blad Gemeenten, rij 3, kolom Inwoners 0–17', 'verwacht een geheel getal ≥ 0, maar vond "veel"'),
      p('Blad Leerlingen, rij 4, kolom Doelgroep', 'onbekende doelgroep "onbekend"; kies uit gedrag, lvb_ml, lb, emb, lz of hun omschrijving'),
      p('Blad Leerlingen, rij 5, kolom Aantal', 'verwacht een geheel getal ≥ 0, maar vond -1'),
    ],
  },

  // CSV tables and single sheets.
  {
    naam: 'CSV met verkeerde kopregel',
    lees: () => leesCsvTabel('Schoolnaam;Gemeente;Groep;Aantal\nDe Wissel;GM9901;gedrag;3\n', 'leerlingen', { bestandsnaam: 'leerlingen.csv' }),
    verwacht: [
      p('Bestand leerlingen.csv, rij 1', `de kolom School ontbreekt in de kopregel; ${LEERLING_KOLOMMEN}`),
      p('Bestand leerlingen.csv, rij 1', `de kolom Doelgroep ontbreekt in de kopregel; ${LEERLING_KOLOMMEN}`),
    ],
  },
  {
    naam: 'CSV met gemengde scheidingstekens',
    lees: () => leesCsvTabel('School;Woongemeente;Doelgroep;Aantal\nS01;GM9901;gedrag;3\nS01,GM9902,gedrag,4\n', 'leerlingen', { bestandsnaam: 'll.csv' }),
    verwacht: [p('Bestand ll.csv, rij 3', 'deze rij gebruikt komma (,) als scheidingsteken, de kopregel puntkomma (;); gebruik overal hetzelfde scheidingsteken')],
  },
  {
    naam: 'CSV-kopregel met ; en ,',
    lees: () => leesCsvTabel('School;Woongemeente,Doelgroep;Aantal\n', 'leerlingen'),
    verwacht: [p('CSV-bestand, rij 1', 'de kopregel gebruikt zowel ; als , als scheidingsteken; gebruik één van beide in het hele bestand')],
  },
  {
    naam: 'CSV met komma als scheidingsteken en een decimale komma',
    lees: () => leesCsvTabel('Naam,Marktaandeel\nNoord,0,62\nZuid,38%\n', 'zorgverzekeraars'),
    verwacht: [p('CSV-bestand, rij 2', 'deze rij heeft 3 velden, de kopregel 2; staat er een getal met een decimale komma zonder aanhalingstekens in? Gebruik dan ; als scheidingsteken')],
  },
  {
    naam: 'CSV met open aanhalingsteken',
    lees: () => leesCsvTabel('Code;Naam;Type\nPO01;"SWV West;po\n', 'samenwerkingsverbanden'),
    verwacht: [p('CSV-bestand, rij 2', 'een aanhalingsteken (") wordt niet gesloten')],
  },
  { naam: 'lege CSV', lees: () => leesCsvTabel(' \n\n', 'leerlingen'), verwacht: [p('CSV-bestand', 'het bestand is leeg; verwacht een kopregel en rijen met gegevens')] },
  {
    naam: 'CSV met een foutwaarde uit Nederlandse Excel',
    lees: () => leesCsvTabel('School;Woongemeente;Doelgroep;Aantal\nS01;GM9901;gedrag;#VERW!\n', 'leerlingen'),
    verwacht: [p('CSV-bestand, rij 2, kolom Aantal', 'de cel bevat een formulefout (#VERW!); verwacht een geheel getal ≥ 0')],
  },
  {
    naam: 'los blad: werkmap zonder blad Leerlingen en met meerdere bladen',
    lees: () => leesBlad(xlsx({ Blad1: [['x']], Blad2: [['y']] }), 'los.xlsx', 'leerlingen'),
    verwacht: [p('Blad Leerlingen', 'dit blad ontbreekt in de werkmap (gevonden: Blad1, Blad2)')],
  },
];

describe('foute invoer: alles of niets, met blad, rij, kolom en een Nederlandse melding', () => {
  it('er zijn minstens 30 gevallen', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(30);
    expect(new Set(GEVALLEN.map((g) => g.naam)).size).toBe(GEVALLEN.length);
  });

  it.each(GEVALLEN.map((g) => [g.naam, g] as const))('%s', (_naam, geval) => {
    const problemen = problemenVan(geval.lees());
    expect(problemen).toStrictEqual(geval.verwacht);
    verwachtNederlands(problemen);
  });
});

describe('grenzen aan de lijst van problemen', () => {
  it('bij duizenden foute rijen komen de eerste problemen terug en een telling van de rest', () => {
    const b = demoBladen();
    b.Leerlingen = [b.Leerlingen[0], ...Array.from({ length: 2000 }, (_, i) => ['S01', 'GM9901', 'gedrag', `x${i}`] as Celwaarde[])];
    const problemen = problemenVan(leesWerkmap(xlsx(b), 'veel.xlsx'));
    expect(problemen).toHaveLength(MAX_PROBLEMEN);
    expect(problemen[0]).toStrictEqual(p('Blad Leerlingen, rij 2, kolom Aantal', 'verwacht een geheel getal ≥ 0, maar vond "x0"'));
    expect(problemen[MAX_PROBLEMEN - 1]).toStrictEqual(p('Bestand', `en nog ${(2000 - MAX_PROBLEMEN + 1).toLocaleString('nl-NL')} problemen; los eerst deze op en importeer opnieuw`));
  });
});
