/**
 * The sheets Herverdeeleffect and Ingroeipad of the calculation workbook (rekenmodel-v2 §9–§10):
 * per gemeente its contribution in each pot route beside what it pays today for the same part, the
 * effect as a formula (route − nu) and per inwoner 0–17; and its contribution in every year of the
 * ingroeipad. Every total is a SUM formula over the rows, so the sheet checks itself: the yearly
 * totals of the path equal the start total.
 */
import { POT_ROUTES, ROUTE_LABEL, type PotRouteId } from '../../shared/domain/routes';
import { bedragenOnderschrift } from '../../shared/domain/prijspeil-tekst';
import type { HerverdeeleffectGemeente } from '../../shared/engine/routes/herverdeeleffect';
import { ingroeiBedrag, type IngroeiGemeente } from '../../shared/engine/routes/ingroeipad';
import { formatEuro, formatGetal } from '../../shared/format';
import type { ExportContext } from './context';
import { verschil, Werkblad, type WerkbladKolom } from './werkblad';

export const HERVERDEEL_BLAD = 'Herverdeeleffect';
export const INGROEI_BLAD = 'Ingroeipad';

/** One gemeente with its effect in every pot route. */
interface HerverdeelRij {
  eerste: HerverdeeleffectGemeente;
  perRoute: Record<PotRouteId, HerverdeeleffectGemeente>;
}

export function herverdeelBlad(ctx: ExportContext): Werkblad {
  const ev = ctx.ev;
  const blad = new Werkblad({ kleineAantallen: ctx.kleineAantallen });
  blad.tekst(`Herverdeeleffect per gemeente (${bedragenOnderschrift(ev.prijspeil).toLowerCase()})`);
  blad.tekst(
    'Het herverdeeleffect van een gemeente is haar bijdrage aan de pot in een route (met haar deel van de uitvoeringskosten) min wat zij nu betaalt voor het deel dat in de pot gaat. Positief is nadeel (de gemeente betaalt meer dan nu), negatief voordeel. De effecten zijn formules (bijdrage − nu); de totalen zijn SOM-formules.',
  );
  blad.leeg();
  const rijen: HerverdeelRij[] = ev.herverdeeleffect.gemeenteroute.map((g, i) => ({
    eerste: g,
    perRoute: Object.fromEntries(POT_ROUTES.map((r) => [r, ev.herverdeeleffect[r][i]])) as Record<PotRouteId, HerverdeeleffectGemeente>,
  }));
  const kolommen: WerkbladKolom<HerverdeelRij>[] = [
    { kop: 'Gemeente', soort: 'tekst', waarde: (r) => r.eerste.naam },
    { kop: 'Inwoners 0–17', soort: 'aantal', waarde: (r) => r.eerste.inwoners0tot17, totaal: true },
    { kop: 'Nu', soort: 'euro', waarde: (r) => r.eerste.huidigGedekt, uitleg: 'Wat de gemeente nu betaalt voor het deel dat in deze variant in de pot gaat.' },
    ...POT_ROUTES.flatMap((id): WerkbladKolom<HerverdeelRij>[] => [
      { kop: ROUTE_LABEL[id], soort: 'euro', waarde: (r) => r.perRoute[id].bijdrage, uitleg: `Bijdrage aan de pot in de ${ROUTE_LABEL[id].toLowerCase()}, met uitvoeringskosten.` },
      { kop: `Effect ${ROUTE_LABEL[id].toLowerCase()}`, soort: 'euro', rekenregel: verschil(ROUTE_LABEL[id], 'Nu'), uitleg: `${ROUTE_LABEL[id]} − Nu: positief is nadeel.` },
      { kop: `Per inwoner 0–17 ${ROUTE_LABEL[id].toLowerCase()}`, soort: 'decimaal', waarde: (r) => r.perRoute[id].perInwoner, totaal: false, uitleg: 'Het effect gedeeld door het aantal inwoners van 0 tot en met 17 jaar (€).' },
    ]),
  ];
  blad.tabel(kolommen, rijen, { titel: 'Herverdeeleffect per gemeente en route (€ per schooljaar)', autofilter: true, leeg: 'Geen gemeenten in deze variant.' });
  return blad;
}

export function ingroeiBlad(ctx: ExportContext): Werkblad {
  const pad = ctx.ev.ingroeipad;
  const blad = new Werkblad({ kleineAantallen: ctx.kleineAantallen });
  blad.tekst(`Ingroeipad (${bedragenOnderschrift(ctx.ev.prijspeil).toLowerCase()})`);
  blad.tekst(
    'De bijdrage aan de pot van elke deelnemende gemeente per jaar, van de start (bijdrage onder de verdeelsleutel eigen leerlingen) naar het doel (bijdrage onder de verdeelsleutel van de variant), zonder uitvoeringskosten: die bijdrage is in elke route gelijk. De totalen zijn SOM-formules; elk jaar is het totaal gelijk aan dat van de start.',
  );
  blad.paren([
    ['Aantal jaren ingroei', pad.jaren, 'aantal'],
    ['Grens nadeel per inwoner 0–17 per jaar', pad.maxNadeelPerInwoner === null ? 'geen grens' : formatEuro(pad.maxNadeelPerInwoner, 2)],
    ['Doel bereikt', pad.voltooid ? `ja, in jaar ${formatGetal(pad.pad.length)}` : 'nee'],
  ]);
  if (pad.melding) blad.tekst(`Let op: ${pad.melding}`);
  blad.leeg();
  const kolommen: WerkbladKolom<IngroeiGemeente>[] = [
    { kop: 'Gemeente', soort: 'tekst', waarde: (g) => g.naam },
    { kop: 'Inwoners 0–17', soort: 'aantal', waarde: (g) => g.inwoners0tot17, totaal: true },
    { kop: 'Start', soort: 'euro', waarde: (g) => g.start, uitleg: 'Bijdrage onder de verdeelsleutel eigen leerlingen (zonder uitvoeringskosten).' },
    ...pad.pad.map((j): WerkbladKolom<IngroeiGemeente> => ({ kop: `Jaar ${j.jaar}`, soort: 'euro', waarde: (g) => ingroeiBedrag(pad, j, g.partij) })),
    { kop: 'Doel', soort: 'euro', waarde: (g) => g.doel, uitleg: 'Bijdrage onder de verdeelsleutel van de variant (zonder uitvoeringskosten).' },
  ];
  blad.tabel(kolommen, pad.gemeenten, { titel: 'Bijdrage per gemeente en jaar (€ per schooljaar)', autofilter: true, leeg: 'Geen deelnemende gemeenten in de regio.' });
  return blad;
}
