/**
 * The bestuurlijke notitie as an editable Word document (.docx, with the `docx` library): the same
 * model and the same sections as the printed notitie, A4, with regio, variant, prijspeil and date
 * in the header of every page and the page number in the footer. The charts are the SVG drawings of
 * the notitie (Word 2016 and later, LibreOffice); an older Word shows an empty box, the tables
 * beside them carry the same figures.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { POT_ROUTES, ROUTE_LABEL } from '../../shared/domain/routes';
import { NOTITIE_KOPPEN, type Notitie, type NotitieGemeente } from '../../shared/export/notitie-typen';
import { rapportGegevens } from '../../shared/export/rapport-gegevens';
import { formatEuro, formatEuroVerschil, formatGetal, formatPerInwonerVerschil } from '../../shared/format';

/** A4 in twips, margins of 2 cm. */
const A4 = { breedte: 11906, hoogte: 16838, marge: 1134 };
/** Chart width on the page in points (the text width is about 170 mm). */
const GRAFIEK_PT = 480;
/** A transparent 1×1 PNG: the fallback Word requires beside an SVG. */
const LEEG_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');

const euro = (x: number) => formatEuro(x);

const kop1 = (tekst: string) => new Paragraph({ text: tekst, heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 } });
const alinea = (tekst: string) => new Paragraph({ children: [new TextRun(tekst)], spacing: { after: 100 } });
const opsomming = (tekst: string) => new Paragraph({ text: tekst, bullet: { level: 0 } });

const RAND = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };

/** A table with a header row repeated on every page; `rechts` marks the columns of figures. */
function tabel(koppen: string[], rijen: string[][], rechts: boolean[], vetLaatste = false): Table {
  const cel = (tekst: string, c: number, vet: boolean) =>
    new TableCell({
      children: [new Paragraph({ alignment: rechts[c] ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: tekst, bold: vet, size: 18 })] })],
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: RAND, bottom: RAND, left: RAND, right: RAND, insideHorizontal: RAND, insideVertical: RAND },
    rows: [
      new TableRow({ tableHeader: true, children: koppen.map((k, c) => cel(k, c, true)) }),
      ...rijen.map((r, i) => new TableRow({ cantSplit: true, children: r.map((t, c) => cel(t, c, vetLaatste && i === rijen.length - 1)) })),
    ],
  });
}

function grafiek(svg: string | null): Paragraph[] {
  if (!svg) return [];
  const m = /<svg[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"/.exec(svg);
  const [b, h] = m ? [Number(m[1]), Number(m[2])] : [680, 320];
  return [
    new Paragraph({
      spacing: { before: 120, after: 120 },
      children: [new ImageRun({ type: 'svg', data: Buffer.from(svg), transformation: { width: GRAFIEK_PT, height: Math.round((GRAFIEK_PT * h) / b) }, fallback: { type: 'png', data: LEEG_PNG } })],
    }),
  ];
}

function gemeenteRij(g: NotitieGemeente): string[] {
  return [g.naam, euro(g.nu), ...POT_ROUTES.flatMap((r) => [euro(g.perRoute[r])]), formatEuroVerschil(g.perRoute.gemeenteroute - g.nu)];
}

function inhoud(n: Notitie): Array<Paragraph | Table> {
  const k = n.kop;
  const uit: Array<Paragraph | Table> = [
    new Paragraph({ text: k.titel, heading: HeadingLevel.TITLE, spacing: { after: 200 } }),
    tabel(['Gegeven', 'Waarde'], rapportGegevens(k), [false, false]),
    kop1(NOTITIE_KOPPEN.samenvatting),
    ...n.samenvatting.map(opsomming),
    kop1(NOTITIE_KOPPEN.variant),
    ...n.variantZinnen.map(opsomming),
    kop1(NOTITIE_KOPPEN.pot),
    alinea(`Bedragen in euro per schooljaar, ${k.prijspeil}.`),
    tabel(
      ['Route', 'Budgethouder', 'Pot', 'Uitvoeringskosten', 'Niet in de pot', 'Geldstromen', 'Loketten per school'],
      n.routes.map((r) => [r.routeNaam, r.budgethouder, euro(r.pot), euro(r.uitvoeringskosten), euro(r.nietInPot), formatGetal(r.stromen), formatGetal(r.lokettenGemiddeld, 1)]),
      [false, false, true, true, true, true, true],
    ),
    kop1(NOTITIE_KOPPEN.gemeenten),
    alinea(
      `Wat elke gemeente nu betaalt (alle taken) en in elke route betaalt (in de pot en nog individueel), ${k.prijspeil}.${n.gemeenten.aantal > n.gemeenten.rijen.length ? ` De ${formatGetal(n.gemeenten.rijen.length - 1)} gemeenten met de grootste verandering; de overige samen in één rij.` : ''}`,
    ),
    tabel(['Gemeente', 'Nu', ...POT_ROUTES.map((r) => ROUTE_LABEL[r]), 'Verschil gemeenteroute'], [...n.gemeenten.rijen, n.gemeenten.totaal].map(gemeenteRij), [false, true, true, true, true, true], true),
    kop1(NOTITIE_KOPPEN.herverdeling),
    alinea(n.herverdeling.tekst),
    ...grafiek(n.grafieken.herverdeling),
    tabel(
      ['Gemeente', 'Inwoners 0–17', 'Herverdeeleffect', 'Per inwoner 0–17'],
      n.herverdeling.overzicht.balken.map((b) => [b.naam, formatGetal(b.inwoners0tot17), formatEuroVerschil(b.bedrag), formatPerInwonerVerschil(b.perInwoner)]),
      [false, true, true, true],
    ),
    kop1(NOTITIE_KOPPEN.ingroei),
    alinea(n.ingroei.tekst),
    ...(n.ingroei.melding ? [new Paragraph({ children: [new TextRun({ text: `Let op: ${n.ingroei.melding}`, bold: true })] })] : []),
    ...grafiek(n.grafieken.ingroei),
    tabel(
      ['Gemeente', 'Start', ...n.ingroei.jaren.map((j) => `Jaar ${j}`), 'Doel'],
      n.ingroei.rijen.map((r) => [r.naam, euro(r.start), ...r.perJaar.map(euro), euro(r.doel)]),
      [false, true, ...n.ingroei.jaren.map(() => true), true],
    ),
    ...(n.ingroei.weggelaten ? [alinea(`De overige ${formatGetal(n.ingroei.weggelaten)} gemeenten en alle jaren staan in de werkmap (blad Ingroeipad).`)] : []),
    kop1(NOTITIE_KOPPEN.buiten),
    tabel(['Wat', 'Bedrag', 'Toelichting'], n.buitenDePot.map((b) => [b.label, euro(b.bedrag), b.tekst]), [false, true, false]),
    kop1(NOTITIE_KOPPEN.aannames),
    ...n.aannames.flatMap((a) => [new Paragraph({ children: [new TextRun({ text: a.titel, bold: true })], spacing: { before: 120 } }), alinea(a.tekst)]),
    ...(n.waarschuwingen.length ? [kop1('Let op'), ...n.waarschuwingen.map(opsomming)] : []),
  ];
  return uit;
}

/** The notitie as a .docx file. */
export async function maakNotitieDocx(n: Notitie): Promise<Buffer> {
  const doc = new Document({
    creator: 'ZiO Collectieve Pot',
    title: n.kop.titel,
    description: n.kop.kopregel,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { width: A4.breedte, height: A4.hoogte }, margin: { top: A4.marge, bottom: A4.marge, left: A4.marge, right: A4.marge } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: n.kop.kopregel, size: 16, color: '555555' })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: 16, color: '555555' })] })] }) },
        children: inhoud(n),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
