/**
 * The bestuurlijke notitie of one variant (model in shared/export/notitie-typen): the pot per
 * route, today beside each route per gemeente, the herverdeeleffect per inwoner, the ingroeipad,
 * what stays outside the pot and the assumptions, in plain Dutch with the charts. Every figure comes
 * from the engine's evaluation; this module selects and words them. At national scale the tables are
 * top lists with the others in one row.
 */
import { KADER_LABEL, KADERS } from '../../shared/domain/labels';
import { grootsteBewegers, getoondeJaren, herverdeelOverzicht } from '../../shared/domain/herverdeling';
import { prijspeilTekst } from '../../shared/domain/prijspeil-tekst';
import { POT_ROUTES, ROUTE_LABEL, ROUTES, type PotRouteId } from '../../shared/domain/routes';
import { scopeTekst, variantNaam, variantZinnen } from '../../shared/domain/variant-tekst';
import type { Normenset, Variant, VariantInvoer } from '../../shared/engine';
import { ingroeiBedrag } from '../../shared/engine/routes/ingroeipad';
import { AANNAMES_ROUTES } from '../../shared/engine/routes/aannames';
import { REKENBASIS_LABEL, VERDEELSLEUTEL_LABEL } from '../../shared/engine/variant';
import { herverdeelGrafiek, ingroeiGrafiek } from '../../shared/export/grafieken';
import type { Notitie, NotitieBuitenPot, NotitieGemeente, NotitieIngroeiRij, NotitieRoute } from '../../shared/export/notitie-typen';
import { formatEuro, formatGetal, formatMiljoen, opsomming } from '../../shared/format';
import type { RegioBestand } from '../../shared/regio/schema';
import { maakContext, type ExportContext } from './context';
import { grafiekSvg } from './grafiek-svg';
import { budgethouderTekst } from './routes-bladen';

/** Rows per list before the rest is summed into one row (a notitie stays a few pages at national scale). */
export const NOTITIE_TOP_GEMEENTEN = 20;
/** Bars per side in the herverdeeleffect chart. */
export const NOTITIE_TOP_HERVERDELING = 10;
/** Gemeenten in the ingroeipad table and chart. */
export const NOTITIE_TOP_INGROEI = 8;
/** Chart size in CSS pixels: fits the width of an A4 page. */
export const GRAFIEK_BREEDTE = 680;

export interface NotitieOpties {
  datum?: Date;
  appVersie: string;
}

const HERVERDEEL_ROUTE: PotRouteId = 'gemeenteroute';

/** The assumptions that matter to a reader of the notitie, by id (texts in shared/engine/routes/aannames). */
const AANNAME_IDS = ['financiers', 'huidig', 'prijspeil', 'rekenbasis', 'herverdeeleffect', 'ingroeipad', 'niet-in-pot', 'buiten-scope', 'uitvoeringskosten'];

function routes(ctx: ExportContext): NotitieRoute[] {
  return ROUTES.map((id) => {
    const r = ctx.ev.routes[id];
    return {
      route: id,
      routeNaam: ROUTE_LABEL[id],
      budgethouder: budgethouderTekst(ctx, id),
      pot: r.pot.totaal,
      uitvoeringskosten: r.uitvoeringskosten,
      nietInPot: r.nietInPot.totaal,
      buitenScope: r.buitenScope.totaal,
      stromen: r.aantalStromen,
      lokettenGemiddeld: r.loketten.gemiddeld,
    };
  });
}

function gemeenten(ctx: ExportContext): Notitie['gemeenten'] {
  const ev = ctx.ev;
  const alle: NotitieGemeente[] = [];
  ev.financiers.forEach((f, i) => {
    if (f.soort !== 'gemeente') return;
    const perRoute = Object.fromEntries(POT_ROUTES.map((r) => [r, ev.routes[r].bijdragen[i].bedrag + ev.routes[r].bijdragen[i].individueel])) as Record<PotRouteId, number>;
    alle.push({ partij: f.partij, naam: f.naam, nu: f.huidig, perRoute });
  });
  const verandering = (g: NotitieGemeente) => Math.abs(g.perRoute[HERVERDEEL_ROUTE] - g.nu);
  const gesorteerd = [...alle].sort((a, b) => verandering(b) - verandering(a) || a.naam.localeCompare(b.naam, 'nl'));
  const som = (naam: string, xs: readonly NotitieGemeente[]): NotitieGemeente => ({
    partij: null,
    naam,
    nu: xs.reduce((s, g) => s + g.nu, 0),
    perRoute: Object.fromEntries(POT_ROUTES.map((r) => [r, xs.reduce((s, g) => s + g.perRoute[r], 0)])) as Record<PotRouteId, number>,
  });
  const rijen = gesorteerd.length > NOTITIE_TOP_GEMEENTEN + 1 ? [...gesorteerd.slice(0, NOTITIE_TOP_GEMEENTEN), som(`Overige ${formatGetal(gesorteerd.length - NOTITIE_TOP_GEMEENTEN)} gemeenten`, gesorteerd.slice(NOTITIE_TOP_GEMEENTEN))] : gesorteerd;
  return { rijen, totaal: som('Alle gemeenten', alle), aantal: alle.length };
}

function ingroei(ctx: ExportContext): Notitie['ingroei'] {
  const pad = ctx.ev.ingroeipad;
  const cap = pad.maxNadeelPerInwoner;
  const getoond = new Set(grootsteBewegers(pad, NOTITIE_TOP_INGROEI));
  const jaren = getoondeJaren(pad.pad.length);
  const rijen: NotitieIngroeiRij[] = pad.gemeenten
    .filter((g) => getoond.has(g.partij))
    .sort((a, b) => Math.abs(b.doel - b.start) - Math.abs(a.doel - a.start))
    .map((g) => ({ naam: g.naam, start: g.start, perJaar: jaren.map((j) => ingroeiBedrag(pad, pad.pad[j - 1], g.partij)), doel: g.doel }));
  const verdeling = VERDEELSLEUTEL_LABEL[ctx.ev.variant.verdeelsleutel.type];
  const tekst =
    pad.jaren === 1 && cap === null
      ? `De nieuwe verdeling (verdeelsleutel ${verdeling}) gaat in één keer in: in jaar 1 betaalt elke gemeente haar doelbijdrage.`
      : `De gemeenten groeien in ${formatGetal(pad.jaren)} jaar van hun bijdrage onder de verdeelsleutel eigen leerlingen naar die onder de verdeelsleutel ${verdeling}${cap === null ? '' : `, met ten hoogste ${formatEuro(cap, 2)} extra nadeel per inwoner van 0 tot en met 17 jaar per jaar`}.${pad.voltooid ? ` Alle gemeenten bereiken hun doel in jaar ${formatGetal(pad.pad.length)}.` : ''}`;
  return { tekst, melding: pad.melding, jaren, rijen, weggelaten: Math.max(0, pad.gemeenten.length - rijen.length) };
}

function buitenDePot(ctx: ExportContext): NotitieBuitenPot[] {
  const ev = ctx.ev;
  const r = ev.routes[HERVERDEEL_ROUTE];
  const buitenKaders = KADERS.filter((k) => k !== 'onderwijs' && !ev.toegepast.potKaders.includes(k));
  const uit = Object.entries(ev.variant.deelname).filter(([, mee]) => !mee).map(([id]) => ctx.naam(id));
  const regels: NotitieBuitenPot[] = [
    {
      label: 'Niet in de pot (blijft individueel betaald)',
      bedrag: r.nietInPot.totaal,
      tekst: [
        buitenKaders.length ? `Zorgkosten uit ${opsomming(buitenKaders.map((k) => KADER_LABEL[k]))} gaan niet in de pot.` : 'Alle zorgkaders gaan in de pot.',
        uit.length ? `${opsomming(uit)} ${uit.length === 1 ? 'doet' : 'doen'} niet mee.` : '',
        'Ook wat ouders via een pgb betalen blijft buiten de pot.',
      ]
        .filter(Boolean)
        .join(' '),
    },
    { label: 'Buiten de scope', bedrag: r.buitenScope.totaal, tekst: `Zorg voor taken die niet tot de gekozen scope (${scopeTekst(ev.variant.scope)}) horen.` },
  ];
  const onderwijs = ctx.behoefte.perKader.onderwijs * ev.prijspeil.factor - (r.pot.perKader.onderwijs ?? 0);
  if (onderwijs > 0.5) regels.push({ label: 'Onderwijsdeel bij de scholen', bedrag: onderwijs, tekst: 'Het deel van de kosten dat het onderwijs zelf betaalt en niet in de pot brengt.' });
  return regels;
}

function samenvatting(ctx: ExportContext, n: Notitie['gemeenten'], h: Notitie['herverdeling'], i: Notitie['ingroei']): string[] {
  const ev = ctx.ev;
  const pot = ev.routes[HERVERDEEL_ROUTE].pot.totaal;
  const zinnen = [
    `De collectieve pot voor zorg in onderwijstijd is ${formatMiljoen(pot)} per schooljaar (${prijspeilTekst(ev.prijspeil)}), voor ${formatGetal(ctx.behoefte.leerlingen)} leerlingen van ${formatGetal(ctx.regio.scholen.length)} scholen in ${ctx.regio.regio.naam}.`,
    `De gemeenten betalen nu samen ${formatMiljoen(n.totaal.nu)} en in de ${ROUTE_LABEL[HERVERDEEL_ROUTE].toLowerCase()} ${formatMiljoen(n.totaal.perRoute[HERVERDEEL_ROUTE])} (in de pot en nog individueel).`,
  ];
  const o = h.overzicht;
  if (o.nadeel.aantal || o.voordeel.aantal) {
    zinnen.push(`Met de verdeelsleutel ${VERDEELSLEUTEL_LABEL[ev.variant.verdeelsleutel.type]} betalen ${formatGetal(o.nadeel.aantal)} gemeenten meer dan nu (samen ${formatEuro(o.nadeel.bedrag)}) en ${formatGetal(o.voordeel.aantal)} minder (samen ${formatEuro(-o.voordeel.bedrag)}).`);
    const metInwoners = ev.herverdeeleffect[HERVERDEEL_ROUTE].filter((g) => g.perInwoner !== null).sort((a, b) => b.perInwoner! - a.perInwoner!);
    const hoog = metInwoners[0];
    const laag = metInwoners[metInwoners.length - 1];
    if (hoog && hoog.perInwoner! > 0.005) zinnen.push(`Het grootste nadeel per inwoner van 0 tot en met 17 jaar heeft ${hoog.naam} (${formatEuro(hoog.perInwoner!, 2)}), het grootste voordeel ${laag.naam} (${formatEuro(-laag.perInwoner!, 2)}).`);
  } else zinnen.push('De verdeelsleutel verschuift niets tussen gemeenten: elke gemeente betaalt in de pot wat zij nu betaalt voor hetzelfde deel.');
  zinnen.push(i.tekst);
  zinnen.push(`De rekenbasis is ${REKENBASIS_LABEL[ev.variant.rekenbasis]}.`);
  return zinnen;
}

/** The notitie of `variant` for the regio. Throws an Error with a Dutch message on an invalid variant. */
export function maakNotitie(regio: RegioBestand, variant: VariantInvoer | Variant, normenset: Normenset, opties: NotitieOpties): Notitie {
  const ctx = maakContext(regio, variant, normenset, { kleineAantallen: false, appVersie: opties.appVersie, datum: opties.datum });
  const ev = ctx.ev;
  const prijspeil = prijspeilTekst(ev.prijspeil);
  const naam = variantNaam(ev.variant);
  const effecten = ev.herverdeeleffect[HERVERDEEL_ROUTE];
  const overzicht = herverdeelOverzicht(effecten, NOTITIE_TOP_HERVERDELING, 'perInwoner');
  const routesGelijk = POT_ROUTES.every((r) => Math.abs(ev.routes[r].uitvoeringskosten - ev.routes[HERVERDEEL_ROUTE].uitvoeringskosten) < 0.5);
  const herverdeling: Notitie['herverdeling'] = {
    route: HERVERDEEL_ROUTE,
    routeNaam: ROUTE_LABEL[HERVERDEEL_ROUTE],
    tekst: `Het herverdeeleffect is wat een gemeente in de ${ROUTE_LABEL[HERVERDEEL_ROUTE].toLowerCase()} aan de pot bijdraagt min wat zij nu betaalt voor hetzelfde deel, per inwoner van 0 tot en met 17 jaar. ${routesGelijk ? 'De andere routes geven hetzelfde beeld.' : 'De andere routes verschillen alleen door hun uitvoeringskosten.'}${effecten.length > 2 * NOTITIE_TOP_HERVERDELING ? ` De ${NOTITIE_TOP_HERVERDELING} grootste nadelen en voordelen staan apart; de overige gemeenten samen in één balk. Alle gemeenten staan in de werkmap (blad Herverdeeleffect).` : ''}`,
    overzicht,
  };
  const ing = ingroei(ctx);
  const gem = gemeenten(ctx);
  const pad = ev.ingroeipad;
  const grafieken = {
    herverdeling: overzicht.balken.length ? grafiekSvg(herverdeelGrafiek(overzicht.balken, 'perInwoner', ev.prijspeil), GRAFIEK_BREEDTE, Math.max(200, overzicht.balken.length * 24 + 80)) : null,
    ingroei: pad.gemeenten.length ? grafiekSvg(ingroeiGrafiek(pad, grootsteBewegers(pad, NOTITIE_TOP_INGROEI), ev.prijspeil), GRAFIEK_BREEDTE, 320) : null,
  };
  return {
    kop: {
      titel: `Bestuurlijke notitie collectieve pot zorg in onderwijstijd: ${regio.regio.naam}`,
      regio: regio.regio.naam,
      variant: naam,
      prijspeil,
      datum: ctx.datum.iso,
      datumTekst: ctx.datum.tekst,
      appVersie: ctx.appVersie,
      normenset: { id: normenset.id, naam: normenset.naam },
      scope: `${ctx.behoefte.scope.naam} (${ctx.behoefte.taken.length} taken)`,
      kopregel: `${regio.regio.naam} · ${naam} · ${prijspeil} · ${ctx.datum.tekst}`,
    },
    samenvatting: samenvatting(ctx, gem, herverdeling, ing),
    variantZinnen: variantZinnen(ev.variant, regio, normenset.taken),
    routes: routes(ctx),
    gemeenten: gem,
    herverdeling,
    ingroei: ing,
    buitenDePot: buitenDePot(ctx),
    aannames: [
      { titel: 'Normen', tekst: `De zorgbehoefte volgt de normenset ${normenset.naam}: landelijke normen per leerling uit DSP-groep & Oberon (2022), Naar collectieve financiering van Zorg in Onderwijstijd, met de eigen aanpassingen van de regio. Alle bedragen zijn in euro per schooljaar, ${prijspeil}.` },
      ...AANNAME_IDS.map((id) => AANNAMES_ROUTES.find((a) => a.id === id)).filter((a) => a !== undefined).map((a) => ({ titel: a.titel, tekst: a.tekst })),
    ],
    waarschuwingen: ev.waarschuwingen.slice(),
    grafieken,
  };
}
