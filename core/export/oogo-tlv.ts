/**
 * The TLV section of an OOGO report: TLV laag / midden / hoog on the schools of the samenwerkingsverband,
 * per school and per woongemeente, as the regio entered them or estimated from the report's shares
 * (`shared/engine/tlv.ts`), with the kengetallen per category and their sources.
 */
import { TLV_AANDEEL_PER_SECTOR, TLV_BEDRAG, TLV_BRON, TLV_CATEGORIEEN, TLV_IMPLICIET_AANDEEL_SO, TLV_LANDELIJK, tlvRijen, tlvTotaal, type TlvRij } from '../../shared/engine/tlv';
import { KLEIN_AANTAL, WEGGELATEN, type OogoRapport, type OogoTlv, type OogoTlvRij } from '../../shared/export/oogo-typen';
import { formatEuro, formatPct } from '../../shared/format';
import type { ExportContext } from './context';
import { isKlein, toonAantal, toonSom } from './kleine-aantallen';
import { Werkblad, type WerkbladKolom } from './werkblad';

interface Benoemd {
  code: string;
  naam: string;
}

const pct = (x: number) => formatPct(x, 1);

/** The shares and amounts behind the estimate, in words with their report lines. */
export function tlvToelichting(): string[] {
  const so = TLV_AANDEEL_PER_SECTOR.so;
  const vso = TLV_AANDEEL_PER_SECTOR.vso;
  const b = TLV_BEDRAG.perCategorie;
  return [
    `Landelijk (${TLV_BRON}, ${TLV_LANDELIJK.regels}): "${TLV_LANDELIJK.citaat}"`,
    `Schatting waar de regio geen TLV's invult: so ${pct(so.laag)} laag, ${pct(so.midden)} midden, ${pct(so.hoog)} hoog; vso ${pct(vso.laag)} laag, ${pct(vso.midden)} midden, ${pct(vso.hoog)} hoog. ` +
      `Het rapport noemt alleen het aandeel laag per sector; het deel dat niet laag is, is in beide sectoren verdeeld in de landelijke verhouding midden : hoog = 11 : 9. Zo komen de aandelen uit op 80 / 11 / 9 bij ${pct(TLV_IMPLICIET_AANDEEL_SO)} so-leerlingen.`,
    `Kengetallen (${TLV_BRON}, ${TLV_BEDRAG.regel}): "${TLV_BEDRAG.citaat}" Dat zijn ${TLV_BEDRAG.kanttekening}. Laag ${formatEuro(b.laag)}, midden ${formatEuro(b.midden)}, hoog ${formatEuro(b.hoog)} per TLV per jaar.`,
  ];
}

/** One row as shown: hidden when the kleine-aantallen rule is on and a pupil count behind it is 1–4. */
function toonRij(ctx: ExportContext, naam: string, rijen: readonly TlvRij[], totaal = false): OogoTlvRij {
  const t = tlvTotaal(rijen);
  const herkomst = !t.geschat ? 'ingevoerd' : t.geheelGeschat ? 'schatting' : 'deels';
  // The total of the SWV's schools is one count; a school's or gemeente's row sums cells that may be small.
  const leerlingen = totaal ? toonAantal(t.leerlingen, ctx.kleineAantallen) : toonSom(
    rijen.map((r) => r.leerlingen),
    ctx.kleineAantallen,
  );
  if (leerlingen === WEGGELATEN || leerlingen === KLEIN_AANTAL) return { naam, leerlingen, laag: WEGGELATEN, midden: WEGGELATEN, hoog: WEGGELATEN, bedrag: WEGGELATEN, herkomst };
  const aantal = (c: (typeof TLV_CATEGORIEEN)[number]) => {
    const n = t.aantallen[c];
    // An entered count of 1–4 is a count of pupils; an estimate is a share of a shown count.
    return ctx.kleineAantallen && !t.geschat && isKlein(n) ? KLEIN_AANTAL : n;
  };
  return { naam, leerlingen, laag: aantal('laag'), midden: aantal('midden'), hoog: aantal('hoog'), bedrag: t.bedrag, herkomst };
}

/** The TLV section for the schools `scholen` of the SWV and the gemeenten of the report. */
export function oogoTlv(ctx: ExportContext, scholen: readonly Benoemd[], gemeenten: readonly Benoemd[]): OogoTlv {
  const codes = new Set(scholen.map((s) => s.code));
  const rijen = tlvRijen(
    ctx.behoefte.cellen.filter((c) => codes.has(c.school)),
    ctx.regio.tlvs,
  );
  return {
    scholen: scholen.map((s) =>
      toonRij(
        ctx,
        s.naam,
        rijen.filter((r) => r.school === s.code),
      ),
    ),
    gemeenten: gemeenten
      .map((g) => ({ g, eigen: rijen.filter((r) => r.gemeente === g.code) }))
      .filter((x) => x.eigen.length > 0)
      .map((x) => toonRij(ctx, x.g.naam, x.eigen)),
    totaal: toonRij(ctx, 'Totaal', rijen, true),
    bedragen: { ...TLV_BEDRAG.perCategorie },
    toelichting: tlvToelichting(),
  };
}

const HERKOMST: Record<OogoTlvRij['herkomst'], string> = { ingevoerd: 'ingevoerd', schatting: 'schatting', deels: 'deels schatting' };

/** The TLV sheet of the OOGO workbook: per school and per woongemeente, with the sources. */
export function tlvWerkblad(r: OogoRapport): Werkblad {
  const blad = new Werkblad({ kleineAantallen: r.kop.kleineAantallen });
  blad.tekst(`TLV laag, midden en hoog op de scholen van ${r.kop.swv.naam}`, ...r.tlv.toelichting).leeg();
  const kolommen = (eerste: string): WerkbladKolom<OogoTlvRij>[] => [
    { kop: eerste, soort: 'tekst', waarde: (x) => x.naam, breedte: 32 },
    { kop: 'Leerlingen', soort: 'leerlingen', waarde: (x) => x.leerlingen },
    { kop: 'TLV laag', soort: 'decimaal', waarde: (x) => x.laag, totaal: false },
    { kop: 'TLV midden', soort: 'decimaal', waarde: (x) => x.midden, totaal: false },
    { kop: 'TLV hoog', soort: 'decimaal', waarde: (x) => x.hoog, totaal: false },
    { kop: 'TLV-bekostiging (kengetallen)', soort: 'euro', waarde: (x) => x.bedrag, totaal: false },
    { kop: 'Herkomst', soort: 'tekst', waarde: (x) => HERKOMST[x.herkomst], breedte: 16 },
  ];
  blad.tabel(kolommen('School'), [...r.tlv.scholen, r.tlv.totaal], { titel: 'Per school', totaal: false });
  blad.leeg();
  blad.tabel(kolommen('Woongemeente'), r.tlv.gemeenten, { titel: 'Per woongemeente (leerlingen op scholen van het samenwerkingsverband)', totaal: false });
  return blad;
}
