/**
 * The discussion points the numbers of an OOGO report raise, in Dutch: gemeenten whose contribution
 * changes most (or, with zorggebruik, who carries the most), schools that depend on many gemeenten,
 * gemeenten outside the regio or not taking part, vestigingsgemeenten paying a school's collective
 * arrangement for pupils from elsewhere, the onderwijsdeel, care costs that stay outside the pot,
 * and the engine's warnings. Every point names the gemeenten and schools it is about.
 */
import { KADER_FINANCIER, KADER_LABEL, KADERS, type Kader } from '../../shared/domain/labels';
import { VERDEELSLEUTEL_LABEL } from '../../shared/engine';
import type { OogoBespreekpunt, OogoGemeente, OogoRapport } from '../../shared/export/oogo-typen';
import { formatEuro, formatGetal, formatPct } from '../../shared/format';
import { opsomming } from '../excel/kolommen';
import type { ExportContext } from './context';

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
      `De grootste bijdragen komen van ${opsomming(grootste.map((g) => `${g.naam} (${formatEuro(route(g).bijdrage)})`))}. ` +
      'Bespreek of een solidaire verdeelsleutel (naar leerlingen of naar inwoners van 0 tot en met 17 jaar) gewenst is.',
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
        ? `${swv} brengt in deze variant ${formatPct(fractie)} van het onderwijsdeel van zijn scholen in de pot: ${formatEuro(onderwijs * fractie)} per jaar. Bespreek uit welke middelen (TLV, ondersteuningsmiddelen) dat komt.`
        : `Het onderwijsdeel van de zorg op de scholen van ${swv} (${formatEuro(onderwijs)} per jaar, ${kosten > 0 ? formatPct(onderwijs / kosten) : '0%'} van hun kosten) blijft in deze variant buiten de pot. Bespreek of het samenwerkingsverband met TLV- en ondersteuningsmiddelen wil bijdragen.`,
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
    nietInPotPunt(ctx, rapport),
    ...ctx.ev.waarschuwingen.map((w, i): OogoBespreekpunt => ({ id: `waarschuwing-${i + 1}`, titel: 'Let op', tekst: w, gemeenten: [], scholen: [] })),
  ];
  return punten.filter((p): p is OogoBespreekpunt => p !== null);
}
