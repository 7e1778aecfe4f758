/**
 * Files that used to hang the app, be read with rows missing, or get a misleading message. Every
 * hostile file is made here, from the demo template or the demo regio-bestand. These run the
 * reading in this thread (the worker runs the same code; its limits are tested in werker.test.ts).
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { leesCsvTabel, leesWerkmap, maakSjabloon } from '../../../core/excel';
import { toonBladnaam } from '../../../core/excel/bladnaam';
import { importLimieten, type ImportLimieten } from '../../../core/excel/limieten';
import { leesImportBestand, type ImportDoel, type ImportUitkomst } from '../../../core/import/lezen';
import { maakZip, wijzigDeel, zipDelen } from '../../hulp/zip';
import { demo, demoBladen, problemenVan, schrijf, verwachtNederlands, werkmapVan } from '../excel/hulp';

const LEERLINGEN = 'xl/worksheets/sheet6.xml';
const demoXlsx = () => Buffer.from(maakSjabloon(demo()));
const limieten = (anders: Partial<ImportLimieten> = {}): ImportLimieten => ({ ...importLimieten(), ...anders });

function lees(bestandsnaam: string, inhoud: Uint8Array, doel: ImportDoel = { soort: 'nieuw' }, anders: Partial<ImportLimieten> = {}): ImportUitkomst {
  return leesImportBestand({ bestandsnaam, inhoud, doel, limieten: limieten(anders) });
}

function geweigerd(u: ImportUitkomst): string {
  expect(u.ok, 'verwacht een weigering').toBe(false);
  if (u.ok) return '';
  verwachtNederlands(u.problemen);
  return u.problemen.map((p) => `${p.pad}: ${p.melding}`).join('\n');
}

/** The demo template with cell D2 of Leerlingen (the first Aantal, 169) replaced by `cel`. */
const metAantalCel = (cel: string) => wijzigDeel(demoXlsx(), LEERLINGEN, (x) => x.replace('<c r="D2" s="1"><v>169</v></c>', cel));

describe('geen stil verlies', () => {
  it('een formule zonder opgeslagen uitkomst (zoals openpyxl schrijft) wordt geweigerd met blad, rij en kolom', () => {
    const melding = geweigerd(lees('openpyxl.xlsx', metAantalCel('<c r="D2" s="1"><f>SUM(100,69)</f></c>')));
    expect(melding).toBe('Blad Leerlingen, rij 2, kolom Aantal: de cel bevat een formule (=SUM(100,69)) zonder opgeslagen uitkomst, zoals sommige programma\'s die schrijven; open het bestand in Excel en sla het op, dan bewaart Excel de uitkomsten');
  });

  it('ook een gedeelde formule zonder uitkomst, en niet alleen in de eerste rij', () => {
    const xlsx = wijzigDeel(demoXlsx(), LEERLINGEN, (x) => x.replace('<c r="D3" s="1"><v>21</v></c>', '<c r="D3" s="1"><f t="shared" si="0"/></c>'));
    expect(geweigerd(lees('gedeeld.xlsx', xlsx))).toMatch(/^Blad Leerlingen, rij 3, kolom Aantal: de cel bevat een formule \(een gedeelde formule\) zonder opgeslagen uitkomst/);
  });

  it('een formule mét uitkomst wordt gewoon gelezen', () => {
    const u = lees('met-uitkomst.xlsx', metAantalCel('<c r="D2" s="1"><f>SUM(100,69)</f><v>169</v></c>'));
    expect(u.ok && u.regio).toEqual(demo());
  });

  it('een datumcel (t="d") waar een aantal hoort wordt geweigerd, niet gelezen als 45.566 leerlingen', () => {
    const melding = geweigerd(lees('datum.xlsx', metAantalCel('<c r="D2" t="d"><v>2024-10-01T00:00:00Z</v></c>')));
    expect(melding).toBe('Blad Leerlingen, rij 2, kolom Aantal: verwacht een geheel getal ≥ 0, maar vond een datum (1-10-2024)');
  });

  it('een getal met datumopmaak waar een aantal hoort wordt geweigerd', () => {
    const bladen = demoBladen();
    bladen.Leerlingen[1][3] = { t: 'n', v: 45566, z: 'd-m-yyyy' };
    expect(geweigerd(lees('datumopmaak.xlsx', schrijf(werkmapVan(bladen))))).toMatch(/^Blad Leerlingen, rij 2, kolom Aantal: verwacht een geheel getal ≥ 0, maar vond een datum/);
  });

  it('een verborgen oud blad Leerlingen wint niet van het zichtbare "Leerlingen 2024": de app weigert en zegt waarom', () => {
    const bladen = demoBladen();
    const wb = werkmapVan({ ...bladen, 'Leerlingen 2024': bladen.Leerlingen });
    wb.Workbook = { Sheets: wb.SheetNames.map((naam) => ({ name: naam, Hidden: naam === 'Leerlingen' ? 1 : 0 })) };
    const melding = geweigerd(lees('verborgen.xlsx', schrijf(wb)));
    expect(melding).toContain('het blad "Leerlingen" is verborgen; de app leest alleen zichtbare bladen');
    expect(melding).toContain('geef het zichtbare blad met de gegevens de naam Leerlingen');
  });

  it('een zichtbaar blad wint van een verborgen blad met dezelfde naam, en de melding noemt het verborgen blad', () => {
    const bladen = demoBladen();
    const oud = bladen.Leerlingen.slice(0, 3).map((r) => [...r]);
    const wb = werkmapVan({ ...bladen, LEERLINGEN: oud });
    wb.Workbook = { Sheets: wb.SheetNames.map((naam) => ({ name: naam, Hidden: naam === 'LEERLINGEN' ? 1 : 0 })) };
    const opmerkingen: string[] = [];
    const r = leesWerkmap(schrijf(wb), 'twee.xlsx', undefined, { opmerkingen });
    expect(r.ok && r.waarde).toEqual(demo());
    expect(opmerkingen).toEqual(['Bestand twee.xlsx: het verborgen blad "LEERLINGEN" is niet gelezen; de gegevens komen van het zichtbare blad "Leerlingen".']);
  });

  it('een onderdeel met een verkeerde CRC weigert het hele bestand', () => {
    const delen = zipDelen(demoXlsx()).map((d) => (d.naam === LEERLINGEN ? { ...d, crc: 0x12345678 } : d));
    expect(geweigerd(lees('crc.xlsx', maakZip(delen)))).toBe(
      'Bestand crc.xlsx: het bestand is beschadigd (de controlesom (CRC) van onderdeel xl/worksheets/sheet6.xml klopt niet); open het in Excel of LibreOffice en sla het opnieuw op als .xlsx',
    );
  });

  it('een werkmap met omgedraaide bits wordt geweigerd of gelijk aan het origineel gelezen, nooit met rijen minder', () => {
    const origineel = demoXlsx();
    let willekeur = 17;
    const volgende = () => (willekeur = (willekeur * 1103515245 + 12345) % 2 ** 31);
    for (let poging = 0; poging < 20; poging++) {
      const b = Buffer.from(origineel);
      for (let i = 0; i < 17; i++) b[volgende() % b.length] ^= 1 << volgende() % 8;
      const u = lees('bits.xlsx', b);
      if (u.ok) expect(u.regio).toEqual(demo());
      else verwachtNederlands(u.problemen);
    }
  });

  it('een verwijzing naar gedeelde tekst die niet bestaat is een beschadigd bestand, niet "het blad is leeg"', () => {
    const sst = XLSX.write(werkmapVan(demoBladen()), { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer;
    const kapot = wijzigDeel(sst, LEERLINGEN, (x) => x.replace(/(<c r="A2" t="s"><v>)\d+/, '$1999999'));
    expect(geweigerd(lees('sst.xlsx', kapot))).toMatch(/^Bestand sst\.xlsx: het bestand is beschadigd: Blad Leerlingen, cel A2 verwijst naar gedeelde tekst nr\. 999999, maar de werkmap heeft er \d+/);
  });

  it('een getalcel waarin geen getal staat ("1x", wat SheetJS als 1 zou lezen) is een beschadigd bestand', () => {
    expect(geweigerd(lees('1x.xlsx', metAantalCel('<c r="D2" s="1"><v>1x</v></c>')))).toBe(
      'Bestand 1x.xlsx: het bestand is beschadigd: Blad Leerlingen, cel D2 is een getalcel met "1x", geen getal; open het in Excel of LibreOffice en sla het opnieuw op als .xlsx',
    );
  });
});

describe('aannemelijke waarden', () => {
  it('9.007.199.254.740.991 leerlingen in een regio-bestand wordt geweigerd', () => {
    const regio = demo();
    regio.leerlingen[0].aantal = Number.MAX_SAFE_INTEGER;
    expect(geweigerd(lees('groot.json', Buffer.from(JSON.stringify(regio))))).toBe(
      '$.leerlingen[0].aantal: 9.007.199.254.740.991 leerlingen in één cel (school, woongemeente, doelgroep) is niet aannemelijk; de grens is 100.000',
    );
  });

  it('meer dan 100.000 leerlingen in één cel van een werkmap wordt geweigerd met blad, rij en kolom', () => {
    expect(geweigerd(lees('veel.xlsx', metAantalCel('<c r="D2" s="1"><v>250000</v></c>')))).toBe(
      'Blad Leerlingen, rij 2, kolom Aantal: 250.000 leerlingen in één cel (school, woongemeente, doelgroep) is niet aannemelijk; de grens is 100.000',
    );
  });

  it('een onmogelijk aantal inwoners wordt geweigerd', () => {
    const regio = demo();
    regio.gemeenten[0].inwoners0tot17 = 40_000_000;
    expect(geweigerd(lees('inwoners.json', Buffer.from(JSON.stringify(regio))))).toMatch(/^\$\.gemeenten\[0\]\.inwoners0tot17: 40\.000\.000 inwoners van 0–17 jaar in één gemeente is niet aannemelijk/);
  });
});

describe('grenzen, gecontroleerd vóór het lezen', () => {
  it('een zip-bom (klein bestand, enorm blad) wordt geweigerd op de uitgepakte grootte, zonder uit te pakken', () => {
    const rij = (r: number) => `<row r="${r}"><c r="A${r}" t="str"><v>S01</v></c></row>`;
    const blad = Buffer.from(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: 60_000 }, (_, i) => rij(i + 1)).join('')}</sheetData></worksheet>`);
    const bom = maakZip(zipDelen(demoXlsx()).map((d) => (d.naam === LEERLINGEN ? { ...d, data: blad } : d)));
    expect(bom.length).toBeLessThan(blad.length / 10);
    const begin = performance.now();
    expect(geweigerd(lees('bom.xlsx', bom, { soort: 'nieuw' }, { maxUitgepakt: 2 * 1024 * 1024 }))).toBe(
      'Bestand bom.xlsx: uitgepakt is het bestand groter dan de grens van 2 MB (een zip-bom, of een werkmap met veel meer dan de gegevens van een regio?)',
    );
    expect(performance.now() - begin).toBeLessThan(500);
  });

  it('een ODS-bom (één rij met een waarde, een miljoen keer herhaald) wordt geweigerd vóór SheetJS hem uitvouwt', () => {
    const ods = Buffer.from(maakSjabloon(demo(), 'ods'));
    const bom = wijzigDeel(ods, 'content.xml', (x) => {
      const blad = x.indexOf('table:name="Leerlingen"');
      const eind = x.indexOf('</table:table>', blad);
      const rij = '<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"/></table:table-row>';
      return x.slice(0, eind) + rij + x.slice(eind);
    });
    const begin = performance.now();
    expect(geweigerd(lees('bom.ods', bom))).toBe('Bestand bom.ods: Blad Leerlingen heeft meer dan 100.000 rijen; de grens is 100.000 rijen');
    expect(performance.now() - begin).toBeLessThan(1_000);
  });

  it('een zip die over zijn uitgepakte grootte liegt wordt geweigerd', () => {
    const delen = zipDelen(demoXlsx()).map((d) => (d.naam === LEERLINGEN ? { ...d, grootte: 100 } : d));
    expect(geweigerd(lees('liegt.xlsx', maakZip(delen)))).toContain('het bestand is beschadigd (onderdeel xl/worksheets/sheet6.xml is niet uit te pakken)');
  });

  it('meer rijen dan de grens wordt geweigerd vóór SheetJS de werkmap leest', () => {
    const rijen = Array.from({ length: 1_001 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="str"><v>S01</v></c></row>`).join('');
    const xlsx = wijzigDeel(demoXlsx(), LEERLINGEN, (x) => x.replace('</sheetData>', `${rijen}</sheetData>`));
    expect(geweigerd(lees('rijen.xlsx', xlsx, { soort: 'nieuw' }, { maxRijen: 1_000 }))).toBe('Bestand rijen.xlsx: Blad Leerlingen heeft meer dan 1.000 rijen; de grens is 1.000 rijen');
  });

  it('meer cellen dan de grens wordt geweigerd', () => {
    expect(geweigerd(lees('cellen.xlsx', demoXlsx(), { soort: 'nieuw' }, { maxCellen: 500 }))).toBe('Bestand cellen.xlsx: De werkmap heeft meer dan 500 cellen; de grens is 500 cellen');
  });

  it('een te groot bestand wordt geweigerd op zijn grootte', () => {
    expect(geweigerd(lees('groot.xlsx', demoXlsx(), { soort: 'nieuw' }, { maxBestand: 1024 }))).toMatch(/^Bestand groot\.xlsx: het bestand is \d+ kB; de grens is 1 kB$/);
  });

  it('een regio-bestand met miljoenen fouten geeft de eerste 500 en telt de rest', () => {
    const regio = demo() as unknown as { leerlingen: unknown[] };
    regio.leerlingen = Array.from({ length: 20_000 }, () => ({ school: 'S01', woongemeente: 'GM9901', doelgroep: 'x', aantal: -1 }));
    const u = lees('fouten.json', Buffer.from(JSON.stringify(regio)));
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.problemen).toHaveLength(500);
    expect(u.problemen[499].melding).toMatch(/^en nog [\d.]+ problemen; los eerst deze op en importeer opnieuw$/);
  });

  it('een regio-bestand met meer rijen dan de grens wordt geweigerd vóór het valideren', () => {
    const regio = demo() as unknown as { leerlingen: unknown[] };
    regio.leerlingen = Array.from({ length: 1_001 }, () => ({}));
    expect(geweigerd(lees('lang.json', Buffer.from(JSON.stringify(regio)), { soort: 'nieuw' }, { maxRijen: 1_000 }))).toBe('$.leerlingen: Leerlingen heeft 1.001 rijen; de grens is 1.000 rijen');
  });

  it('een CSV met meer rijen dan de grens wordt geweigerd', () => {
    const csv = `School;Woongemeente;Doelgroep;Aantal\n${'S01;GM9901;gedrag;1\n'.repeat(1_001)}`;
    expect(geweigerd(lees('lang.csv', Buffer.from(csv), { soort: 'tabel', tabel: 'leerlingen', regio: demo() }, { maxRijen: 1_000 }))).toBe('Bestand lang.csv: het bestand heeft 1.002 rijen; de grens is 1.000 rijen');
  });
});

describe('meldingen noemen het echte probleem', () => {
  it('een werkmap zonder extensie wordt herkend aan de inhoud, niet "geen geldige JSON"', () => {
    const u = lees('regio', demoXlsx());
    expect(u.ok && u.regio).toEqual(demo());
  });

  it('een regio-bestand zonder extensie wordt als JSON gelezen; andere tekst krijgt een duidelijke melding', () => {
    expect(lees('regio', Buffer.from(JSON.stringify(demo()))).ok).toBe(true);
    expect(geweigerd(lees('notities', Buffer.from('hallo')))).toMatch(/^Bestand notities: onbekend bestandstype: geen werkmap en geen regio-bestand \(JSON\)/);
  });

  it('UTF-16-tekst (Excel: "Unicode-tekst", met BOM FF FE en tabs) wordt als tekst gelezen, niet als binaire gegevens', () => {
    const tekst = 'School\tWoongemeente\tDoelgroep\tAantal\r\nS01\tGM9901\tgedrag\t12\r\nS02\tGM9902\tLVB/ML\t7\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tekst, 'utf16le')]);
    const r = leesCsvTabel(bytes, 'leerlingen', { bestandsnaam: 'unicode.txt' });
    expect(r.ok && r.waarde.rijen).toEqual([
      { school: 'S01', woongemeente: 'GM9901', doelgroep: 'gedrag', aantal: 12 },
      { school: 'S02', woongemeente: 'GM9902', doelgroep: 'lvb_ml', aantal: 7 },
    ]);
    const zonderBom = leesCsvTabel(Buffer.from(tekst, 'utf16le'), 'leerlingen');
    expect(zonderBom.ok).toBe(true);
  });

  it('bladnamen met richtingtekens of lijkende letters worden veilig getoond, met een opmerking', () => {
    expect(toonBladnaam('Leerlingen')).toBe('Leerlingen');
    expect(toonBladnaam('\u202EnegnilreeL')).toBe('"[U+202E]negnilreeL" (let op: de naam bevat onzichtbare tekens of tekens die de leesrichting omdraaien)');
    expect(toonBladnaam('L\u0435\u0435rlingen')).toBe('"L\u0435\u0435rlingen" (let op: de naam bevat letters uit een ander schrift die op Latijnse letters lijken)');
    const bladen = demoBladen();
    const { Leerlingen, ...rest } = bladen;
    const r = leesWerkmap(schrijf(werkmapVan({ ...rest, '\u202Enegnilreel': Leerlingen })), 'rlo.xlsx');
    const melding = problemenVan(r).map((p) => p.melding).join('\n');
    expect(melding).toContain('"[U+202E]negnilreel" (let op: de naam bevat onzichtbare tekens');
    expect(melding).not.toContain('\u202E');
  });
});
