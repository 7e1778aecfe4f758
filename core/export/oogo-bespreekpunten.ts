/**
 * The discussion points the numbers of an OOGO report raise, in Dutch: gemeenten whose contribution
 * changes most (or, with the key "eigen leerlingen", who carries the most), schools that depend on
 * many gemeenten, gemeenten outside the regio or not taking part, vestigingsgemeenten paying a
 * school's collective arrangement for pupils from elsewhere, the onderwijsdeel, care costs that stay
 * outside the pot, and the engine's warnings. Every point names the gemeenten and schools it is
 * about. The points the sources raise for the OOGO itself (the ondersteuningsplan, TLV's,
 * thuiszitters) carry their quoted passages (`oogo-bronnen.ts`). How the gemeenten share their part
 * among themselves (a solidaire verdeelsleutel) is for the gemeenten, not for the OOGO.
 */
import { KADER_FINANCIER, KADER_LABEL, KADERS, type Kader } from '../../shared/domain/labels';
import { VERDEELSLEUTEL_LABEL } from '../../shared/engine';
import type { GetoondTlv, OogoBespreekpunt, OogoGemeente, OogoRapport } from '../../shared/export/oogo-typen';
import { formatEuro, formatGetal, formatPct } from '../../shared/format';
import { opsomming } from '../excel/kolommen';
import type { ExportContext } from './context';
import { OOGO_BRONNEN } from './oogo-bronnen';

/** A school with pupils from at least this many gemeenten "depends on many gemeenten". */
export const VEEL_GEMEENTEN = 5;
const TOP = 3;

const teken = (x: number) => (x > 0 ? `+${formatEuro(x)}` : formatEuro(x));

function bijdragePunt(ctx: ExportContext, gemeenten: readonly OogoGemeente[]): OogoBespreekpunt | null {
  const sleutel = ctx.ev.variant.verdeelsleutel.type;
  const route = (g: OogoGemeente) => g.routes.find((r) => r.route === 'gemeenteroute')!;
  const betalers = gemeenten.filter((g) => route(g).bijdrage > 0.5 || route(g).huidig > 0.5);
  if (!betalers.length) return null;
  const veranderd = [...betalers].sort((a, b) => Math.abs(route(b).verschil) - Math.abs(route(a).verschil) || a.naam.localeCompare(b.naam));
  const uk = ctx.ev.toegepast.uitvoeringskosten.gemeenteroute;
  if (Math.abs(route(veranderd[0]).verschil) >= 0.5) {
    const top = veranderd.slice(0, TOP);
    const deel = (g: OogoGemeente) => {
      const r = route(g);
      return `${g.naam} (${teken(r.verschil)}${r.huidig > 0.5 ? `, ${r.verschil > 0 ? '+' : ''}${formatPct(r.verschil / r.huidig)}` : ''})`;
    };
    return {
      id: 'bijdrage-verandert',
      titel: 'Gemeenten waarvan de bijdrage het meest verandert',
      tekst:
        `Met de verdeelsleutel ${VERDEELSLEUTEL_LABEL[sleutel]} gaan ${opsomming(top.map(deel))} het meest meer of minder betalen dan nu (gemeenteroute${uk > 0 ? `, inclusief ${formatPct(uk)} uitvoeringskosten` : ''}). ` +
        'Bespreek of die verschuiving past bij wat de gemeenten met de pot willen bereiken, en of er een overgangsperiode nodig is.',
      gemeenten: top.map((g) => g.naam),
      scholen: [],
    };
  }
  const grootste = [...betalers].sort((a, b) => route(b).bijdrage - route(a).bijdrage).slice(0, TOP);
  return {
    id: 'bijdrage-verandert',
    titel: 'Wie betaalt: elke gemeente haar eigen leerlingen',
    tekst:
      `Met de verdeelsleutel ${VERDEELSLEUTEL_LABEL[sleutel]} betaalt elke gemeente in de pot wat zij nu betaalt: de pot verandert wie het geld beheert, niet wie betaalt. ` +
      `De grootste bijdragen komen van ${opsomming(grootste.map((g) => `${g.naam} (${formatEuro(route(g).bijdrage)})`))}.`,
    gemeenten: grootste.map((g) => g.naam),
    scholen: [],
  };
}

function scholenPunt(rapport: OogoRapport): OogoBespreekpunt | null {
  const gesorteerd = [...rapport.scholen].sort((a, b) => b.woongemeenten - a.woongemeenten || a.naam.localeCompare(b.naam));
  const veel = gesorteerd.filter((s) => s.woongemeenten >= VEEL_GEMEENTEN);
  const gekozen = veel.length ? veel : gesorteerd.filter((s) => s.woongemeenten >= 2).slice(0, 1);
  if (!gekozen.length) return null;
  const zin = (s: (typeof gekozen)[number]) =>
    `${s.naam} heeft leerlingen uit ${formatGetal(s.woongemeenten)} gemeenten${s.woongemeentenBuitenRegio ? ` (${formatGetal(s.woongemeentenBuitenRegio)} buiten de regio)` : ''} en haalt nu zorggeld bij ${formatGetal(s.loketten.huidig)} partijen; in de gemeenteroute bij ${formatGetal(s.loketten.gemeenteroute)}, in de onderwijsroute bij ${formatGetal(s.loketten.onderwijsroute)}, in de integrale route bij ${formatGetal(s.loketten.integraal)}.`;
  return {
    id: 'afhankelijke-scholen',
    titel: 'Scholen die van veel gemeenten afhangen',
    tekst: `${gekozen.map(zin).join(' ')} Bespreek hoe deze scholen met één loket kunnen werken en wie de afspraken met de andere gemeenten maakt.`,
    gemeenten: [],
    scholen: gekozen.map((s) => s.naam),
  };
}

function buitenRegioPunt(ctx: ExportContext, gemeenten: readonly OogoGemeente[]): OogoBespreekpunt | null {
  const buiten = gemeenten.filter((g) => !g.inRegio);
  if (!buiten.length) return null;
  const verrekening = ctx.ev.variant.buitenRegio === 'verrekening';
  const individueel = buiten.reduce((s, g) => s + g.routes[0].individueel, 0);
  return {
    id: 'buiten-regio',
    titel: 'Gemeenten buiten de regio',
    tekst:
      `${opsomming(buiten.map((g) => g.naam))} ${buiten.length === 1 ? 'ligt' : 'liggen'} buiten de regio, maar ${buiten.length === 1 ? 'heeft' : 'hebben'} leerlingen op scholen van het samenwerkingsverband. ` +
      (verrekening
        ? 'In deze variant betalen zij de kosten van hun eigen leerlingen in de pot (verrekening). Bespreek hoe die verrekening wordt vastgelegd.'
        : `Hun zorg blijft individueel gefinancierd, buiten de pot: samen ${formatEuro(individueel)} per jaar. Bespreek of u met deze gemeenten een verrekening afspreekt, zodat ook hun leerlingen onder de collectieve afspraken vallen.`),
    gemeenten: buiten.map((g) => g.naam),
    scholen: [],
  };
}

function nietDeelnemersPunt(ctx: ExportContext, gemeenten: readonly OogoGemeente[]): OogoBespreekpunt | null {
  const niet = gemeenten.filter((g) => g.status?.startsWith('niet_'));
  if (!niet.length) return null;
  const b = ctx.ev.variant.nietDeelnemers;
  return {
    id: 'niet-deelnemers',
    titel: 'Gemeenten die niet meedoen',
    tekst:
      `${opsomming(niet.map((g) => g.naam))} ${niet.length === 1 ? 'doet' : 'doen'} in deze variant niet mee. ` +
      (b === 'individueel'
        ? 'Hun leerlingen houden individuele beschikkingen; de scholen blijven voor hen apart geld halen.'
        : b === 'vestigingsgemeente'
          ? 'De gemeenten waar de scholen staan betalen hun kosten in de pot.'
          : 'Hun kosten worden herverdeeld over de gemeenten die wel meedoen.') +
      ' Bespreek wat er nodig is om hen te laten aansluiten.',
    gemeenten: niet.map((g) => g.naam),
    scholen: [],
  };
}

function vestigingPunt(ctx: ExportContext, rapport: OogoRapport): OogoBespreekpunt | null {
  const { behoefte, regio } = ctx;
  const zinnen: string[] = [];
  const gemeenten: string[] = [];
  const scholen: string[] = [];
  for (const s of regio.scholen.filter((x) => x.swv === rapport.kop.swv.code)) {
    const cellen = behoefte.cellen.filter((c) => c.school === s.code);
    const totaal = cellen.reduce((t, c) => t + c.perKader.jeugdwet + c.perKader.wmo, 0);
    if (totaal <= 0) continue;
    const eigen = cellen.filter((c) => c.gemeente === s.vestigingsgemeente).reduce((t, c) => t + c.perKader.jeugdwet + c.perKader.wmo, 0);
    const anderen = new Set(cellen.filter((c) => c.gemeente !== s.vestigingsgemeente && c.perKader.jeugdwet + c.perKader.wmo > 0).map((c) => c.gemeente)).size;
    const aandeelAnderen = 1 - eigen / totaal;
    if (aandeelAnderen <= 0.5 || anderen === 0) continue;
    const vg = regio.gemeenten.find((g) => g.code === s.vestigingsgemeente)?.naam ?? s.vestigingsgemeente;
    // The share is money of one school × gemeente: left out when a hidden count lies behind it.
    const verborgen = ctx.kleineAantallen && ctx.cellen.heeftKleine(s.code, s.vestigingsgemeente);
    zinnen.push(`${vg} is vestigingsgemeente van ${s.naam}, maar ${verborgen ? 'het grootste deel' : formatPct(aandeelAnderen, 0)} van de Jeugdwet- en Wmo-kosten van die school komt van leerlingen uit ${formatGetal(anderen)} andere gemeenten.`);
    gemeenten.push(vg);
    scholen.push(s.naam);
  }
  if (!zinnen.length) return null;
  return {
    id: 'vestigingsgemeente',
    titel: 'Vestigingsgemeenten en leerlingen van elders',
    tekst: `${zinnen.join(' ')} Een collectieve afspraak van alleen de vestigingsgemeente dekt deze leerlingen niet: zonder regionale afspraak betaalt zij voor anderen of blijven de scholen per leerling geld halen (rapport par. 3.2).`,
    gemeenten: [...new Set(gemeenten)],
    scholen,
  };
}

function onderwijsPunt(ctx: ExportContext, rapport: OogoRapport): OogoBespreekpunt {
  const codes = new Set(rapport.scholen.map((s) => s.code));
  const per = ctx.behoefte.perSchool.filter((s) => codes.has(s.school));
  const onderwijs = per.reduce((t, s) => t + s.perKader.onderwijs, 0);
  const kosten = per.reduce((t, s) => t + s.totaal, 0);
  const fractie = ctx.ev.toegepast.onderwijsFractie;
  const swv = rapport.kop.swv.naam;
  return {
    id: 'onderwijsdeel',
    titel: 'Het onderwijsdeel en de middelen van het samenwerkingsverband',
    tekst:
      fractie > 0
        ? `${swv} brengt in deze variant ${formatPct(fractie)} van het onderwijsdeel van zijn scholen in de pot: ${formatEuro(onderwijs * fractie)} per jaar. ${ONDERWIJS_KADER} Bespreek uit welke middelen (TLV, ondersteuningsmiddelen) het samenwerkingsverband dat inbrengt en wat de schoolbesturen en de EMB-middelen zelf blijven dragen.`
        : `Het onderwijsdeel van de zorg op de scholen van ${swv} (${formatEuro(onderwijs)} per jaar, ${kosten > 0 ? formatPct(onderwijs / kosten) : '0%'} van hun kosten) blijft in deze variant buiten de pot. ${ONDERWIJS_KADER} Bespreek of het samenwerkingsverband met TLV- en ondersteuningsmiddelen wil bijdragen, en welk deel de schoolbesturen en de EMB-middelen nu dragen.`,
    bronnen: [OOGO_BRONNEN.onderwijsKader],
    gemeenten: [],
    scholen: [],
  };
}

/** Why the onderwijsdeel is not the SWV's money alone (r. 2593). */
const ONDERWIJS_KADER =
  'Het onderwijsdeel is in het rapport het kader Onderwijs: het voegt middelen van de school(besturen), het samenwerkingsverband en de EMB-middelen samen (r. 2593), dus niet alleen geld van het samenwerkingsverband.';

/** Whether the SWV will issue higher TLV's less often once care is pooled (r. 4366), with the TLV's on its schools. */
function hogereTlvPunt(rapport: OogoRapport): OogoBespreekpunt {
  const t = rapport.tlv.totaal;
  const swv = rapport.kop.swv.naam;
  const geschat = t.herkomst !== 'ingevoerd';
  const aantal = (w: GetoondTlv) => (typeof w === 'number' ? formatGetal(w) : 'een klein aantal');
  const cijfers =
    typeof t.bedrag === 'number'
      ? `Op de scholen van ${swv} hebben ${geschat ? 'naar schatting ' : ''}${aantal(t.midden)} leerlingen een TLV midden en ${aantal(t.hoog)} een TLV hoog; alle TLV's samen zijn ${geschat ? 'ongeveer ' : ''}${formatEuro(t.bedrag)} per jaar aan TLV-bekostiging (globale bedragen per categorie, r. 2494)${t.herkomst === 'schatting' ? ', geschat met de landelijke aandelen omdat de regio geen TLV\'s heeft ingevuld' : t.herkomst === 'deels' ? ', deels geschat met de landelijke aandelen' : ''}. `
      : '';
  return {
    id: 'hogere-tlv',
    titel: "Hogere TLV's als de zorg collectief is",
    tekst:
      cijfers +
      "Schoolbesturen wijzen op het risico dat samenwerkingsverbanden minder vaak hogere TLV's afgeven zodra de zorg collectief wordt gefinancierd (r. 4366). " +
      `Bespreek hoe ${swv} de afgifte van TLV midden en hoog afstemt op wat de pot betaalt, zodat zorg niet in de plaats komt van onderwijsondersteuning of omgekeerd.`,
    bronnen: [OOGO_BRONNEN.hogereTlv, OOGO_BRONNEN.tlvBedragen],
    gemeenten: [],
    scholen: [],
  };
}

/** The ondersteuningsplan items the OOGO is about: distribution of funds, placement criteria, agreements with jeugdhulp (notitie r. 241–250). */
function ondersteuningsplanPunt(ctx: ExportContext, rapport: OogoRapport): OogoBespreekpunt {
  const swv = rapport.kop.swv.naam;
  const jeugdwetInPot = ctx.ev.toegepast.potKaders.includes('jeugdwet');
  return {
    id: 'ondersteuningsplan',
    titel: 'Wat de pot betekent voor het ondersteuningsplan',
    tekst:
      `Het OOGO gaat over het ondersteuningsplan van ${swv}. Drie onderwerpen daarvan raken de pot: ` +
      '(1) de verdeling van de middelen: wat het samenwerkingsverband inbrengt en hoe het geld naar de school en haar zorgaanbieders gaat; ' +
      "(2) de procedures en criteria voor plaatsing in het (v)so, en daarmee de TLV-categorie; " +
      `(3) de afspraken met jeugdhulp, ${jeugdwetInPot ? 'waarvan het geld in deze variant in de pot zit' : 'waarvan het geld in deze variant buiten de pot blijft'}. ` +
      'Bespreek welke afspraken over de pot in het ondersteuningsplan komen.',
    bronnen: [OOGO_BRONNEN.ondersteuningsplan, OOGO_BRONNEN.jeugdhulp],
    gemeenten: [],
    scholen: [],
  };
}

/** Thuiszitters: the notitie asks for agreements (r. 255); the report expects fewer (r. 4143) and parents fear more (r. 4293). */
function thuiszittersPunt(rapport: OogoRapport): OogoBespreekpunt {
  return {
    id: 'thuiszitters',
    titel: 'Afspraken over thuiszitters',
    tekst:
      'Schoolbesturen en samenwerkingsverbanden verwachten dat collectieve zorg onnodig thuiszitten voorkomt, omdat zorg sneller kan worden ingezet (r. 4143). ' +
      'Oudergroeperingen vrezen juist dat kinderen met intensieve zorgbehoeften vaker worden geweigerd als het collectieve zorgaanbod niet in hun behoeften voorziet, met meer thuiszitters als gevolg (r. 4293). ' +
      `Afspraken over thuiszittende leerlingen horen bij het ondersteuningsplan (notitie 2013, r. 255). Bespreek welke afspraken ${rapport.kop.swv.naam} en de gemeenten maken over leerlingen voor wie de pot geen passend aanbod heeft, en hoe het aantal thuiszitters wordt gevolgd.`,
    bronnen: [OOGO_BRONNEN.thuiszittersNotitie, OOGO_BRONNEN.thuiszittenVoorkomen, OOGO_BRONNEN.meerThuiszitters],
    gemeenten: [],
    scholen: [],
  };
}

function nietInPotPunt(ctx: ExportContext, rapport: OogoRapport): OogoBespreekpunt | null {
  const codes = new Set(rapport.scholen.map((s) => s.code));
  const zorg = KADERS.filter((k) => k !== 'onderwijs');
  const buiten = Object.fromEntries(KADERS.map((k) => [k, 0])) as Record<Kader, number>;
  const pot = new Map(ctx.ev.pot.perSchool.map((s) => [s.school, s]));
  for (const s of ctx.behoefte.perSchool) {
    if (!codes.has(s.school)) continue;
    for (const k of zorg) buiten[k] += s.perKader[k] - (pot.get(s.school)?.perKader[k] ?? 0);
  }
  const kaders = zorg.filter((k) => buiten[k] > 0.5);
  if (!kaders.length) return null;
  const totaal = kaders.reduce((t, k) => t + buiten[k], 0);
  const potKaders = ctx.ev.toegepast.potKaders;
  const waarom = (k: Kader) =>
    potKaders.includes(k)
      ? k === 'jeugdwet' || k === 'wmo'
        ? 'leerlingen uit gemeenten buiten de regio of die niet meedoen'
        : 'financiers die niet meedoen'
      : `niet in de pot, nu betaald door ${KADER_FINANCIER[k]}`;
  const nietInPot = kaders.filter((k) => !potKaders.includes(k));
  return {
    id: 'niet-in-pot',
    titel: 'Zorgkosten die buiten de pot blijven',
    tekst:
      `Op de scholen van het samenwerkingsverband blijft ${formatEuro(totaal)} per jaar aan zorgkosten buiten de pot: ${opsomming(kaders.map((k) => `${KADER_LABEL[k]} ${formatEuro(buiten[k])} (${waarom(k)})`))}. Daarvoor blijven de scholen per leerling geld halen.` +
      (nietInPot.length ? ` Bespreek of ${opsomming(nietInPot.map((k) => KADER_LABEL[k]))} mee ${nietInPot.length === 1 ? 'kan' : 'kunnen'} in de pot.` : ' Bespreek hoe ook deze leerlingen onder de collectieve afspraken kunnen vallen.'),
    gemeenten: [],
    scholen: [],
  };
}

export function oogoBespreekpunten(ctx: ExportContext, rapport: OogoRapport): OogoBespreekpunt[] {
  const punten = [
    bijdragePunt(ctx, rapport.gemeenten.filter((g) => g.inRegio)),
    scholenPunt(rapport),
    buitenRegioPunt(ctx, rapport.gemeenten),
    nietDeelnemersPunt(ctx, rapport.gemeenten),
    vestigingPunt(ctx, rapport),
    onderwijsPunt(ctx, rapport),
    hogereTlvPunt(rapport),
    ondersteuningsplanPunt(ctx, rapport),
    thuiszittersPunt(rapport),
    nietInPotPunt(ctx, rapport),
    ...ctx.ev.waarschuwingen.map((w, i): OogoBespreekpunt => ({ id: `waarschuwing-${i + 1}`, titel: 'Let op', tekst: w, gemeenten: [], scholen: [] })),
  ];
  return punten.filter((p): p is OogoBespreekpunt => p !== null);
}
