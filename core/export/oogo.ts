/**
 * The OOGO report of a samenwerkingsverband (op overeenstemming gericht overleg with the gemeenten
 * in its area): per gemeente the (v)so pupils by doelgroep and school, the care need by kader and who
 * pays it today, what each route means for the gemeente and for the SWV, and the discussion points
 * the numbers raise. Plain data (`OogoRapport`) for both the workbook and the printable view.
 *
 * The area of a SWV (our choice, also written in the report): the woongemeenten of the pupils on
 * its schools (schools whose `swv` is this SWV), plus the vestigingsgemeenten of those schools.
 * Per gemeente the report shows its pupils on all schools of the regio, the SWV's schools first,
 * because a gemeente pays for all of them and they are all part of the conversation.
 */
import { DOELGROEPEN, GEMEENTE_STATUS_LABEL, KADER_FINANCIER, KADERS, type Doelgroep, type Kader } from '../../shared/domain/labels';
import { ROUTE_LABEL, ROUTES, type Normenset, type RouteId, type Variant, type VariantInvoer } from '../../shared/engine';
import type { Getoond, OogoGemeente, OogoHerverdeling, OogoGemeenteRoute, OogoLeerlingenRij, OogoRapport, OogoSamenvatting, OogoSchool, OogoSwvRoute } from '../../shared/export/oogo-typen';
import { formatEuro, formatGetal } from '../../shared/format';
import type { RegioBestand, School } from '../../shared/regio/schema';
import { opsomming } from '../excel/kolommen';
import { maakContext, type ExportContext, type ExportOpties } from './context';
import { kleineAantallenUitleg, toonAantal, toonDeelbedrag, toonTotaal } from './kleine-aantallen';
import { oogoBespreekpunten } from './oogo-bespreekpunten';
import { oogoTlv } from './oogo-tlv';
import { variantNaam, variantZinnen } from '../../shared/domain/variant-tekst';
import { gemeenteId, swvId } from '../../shared/domain/partijen';
import { betaaltNu } from '../../shared/domain/nu';
import { prijspeilTekst } from '../../shared/domain/prijspeil-tekst';

export type OogoOpties = ExportOpties;

export interface SwvGebied {
  scholen: School[];
  /** Gemeentecodes in the order of the regio's gemeenten. */
  gemeenten: string[];
  woongemeenten: Set<string>;
  vestigingsgemeenten: Set<string>;
  /** How the area was determined, for the report. */
  uitleg: string;
}

export const GEBIED_UITLEG =
  'Het gebied van het samenwerkingsverband: de gemeenten waar leerlingen van zijn scholen wonen (de woongemeenten), plus de gemeenten waar zijn scholen staan (de vestigingsgemeenten). Per gemeente staan de leerlingen op alle scholen van de regio, de scholen van het samenwerkingsverband eerst: de gemeente betaalt voor al haar leerlingen.';

export const GEBIED_UITLEG_SWV_VELDEN =
  'Het gebied van het samenwerkingsverband: de gemeenten van de regio die bij dit samenwerkingsverband horen (kolom Samenwerkingsverband PO of VO bij de gemeenten). Dit samenwerkingsverband betaalt de TLV van de leerlingen die daar wonen, op welke school van de regio ook. Per gemeente staan de leerlingen op alle scholen van de regio, de scholen van het samenwerkingsverband eerst.';

const GEBIED_ZONDER_SWV_VELDEN =
  ' Bij geen enkele gemeente staat een samenwerkingsverband (PO of VO): het gebied is daarom afgeleid uit de scholen van het samenwerkingsverband.';

/** A gemeente of the regio with its (optional, regio-bestand versie 2) samenwerkingsverbanden. */
type GemeenteMetSwv = RegioBestand['gemeenten'][number] & { swvPo?: string; swvVo?: string };

/**
 * The schools and the area of a SWV (rekenmodel-v2 §6): the in-regio gemeenten whose swvPo (for a
 * po-SWV) or swvVo (for a vo-SWV) is this SWV; where no gemeente has SWV fields, v1's derivation
 * from the SWV's schools. Throws an Error in Dutch when the code is unknown.
 */
export function swvGebied(regio: RegioBestand, swvCode: string): SwvGebied {
  const swv = regio.samenwerkingsverbanden.find((s) => s.code === swvCode);
  if (!swv) {
    throw new Error(`onbekend samenwerkingsverband "${swvCode}"; bekend: ${regio.samenwerkingsverbanden.map((s) => s.code).join(', ') || 'geen'}`);
  }
  const scholen = regio.scholen.filter((s) => s.swv === swvCode);
  const codes = new Set(scholen.map((s) => s.code));
  const woongemeenten = new Set(regio.leerlingen.filter((l) => codes.has(l.school) && l.aantal > 0).map((l) => l.woongemeente));
  const vestigingsgemeenten = new Set(scholen.map((s) => s.vestigingsgemeente));
  const gemeenten = regio.gemeenten as readonly GemeenteMetSwv[];
  if (gemeenten.some((g) => g.swvPo || g.swvVo)) {
    const eigen = gemeenten.filter((g) => g.inRegio && (swv.type === 'vo' ? g.swvVo === swvCode : g.swvPo === swvCode)).map((g) => g.code);
    return { scholen, gemeenten: eigen, woongemeenten, vestigingsgemeenten, uitleg: GEBIED_UITLEG_SWV_VELDEN };
  }
  const afgeleid = regio.gemeenten.map((g) => g.code).filter((c) => woongemeenten.has(c) || vestigingsgemeenten.has(c));
  return { scholen, gemeenten: afgeleid, woongemeenten, vestigingsgemeenten, uitleg: GEBIED_UITLEG + GEBIED_ZONDER_SWV_VELDEN };
}

const nulDoelgroepen = (): Record<Doelgroep, number[]> => ({ gedrag: [], lvb_ml: [], lb: [], emb: [], lz: [] });

/** The printed report stays short at any scale; the workbook keeps every row. */
export const RAPPORT_MAX = {
  /** Schools per gemeente besides those of the SWV. */
  scholen: 8,
  /** Gemeenten in the overview table. */
  overzicht: 25,
  /** Gemeenten with a section of their own. */
  secties: 8,
} as const;

const somVan = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** "€ 1.234 meer dan nu", "evenveel als nu". */
export function verschilTekst(verschil: number): string {
  if (Math.abs(verschil) < 0.5) return 'evenveel als nu';
  return `${formatEuro(Math.abs(verschil))} ${verschil > 0 ? 'meer' : 'minder'} dan nu`;
}

function budgethouderVan(ctx: ExportContext, id: RouteId): string {
  const t = ctx.ev.toegepast;
  switch (id) {
    case 'huidig':
      return '–';
    case 'gemeenteroute':
      return ctx.naam(gemeenteId(t.centrumgemeente));
    case 'onderwijsroute':
      if (t.onderwijsBudgethouder === 'penvoerder' && t.penvoerder !== null) return ctx.naam(swvId(t.penvoerder));
      return t.onderwijsBudgethouder === 'betalend_swv' ? 'de samenwerkingsverbanden waar de leerlingen wonen' : 'de samenwerkingsverbanden van de scholen';
    case 'integraal':
      return t.integraalNaam;
  }
}

/**
 * What the sections of the area's gemeenten read, grouped by gemeente once per report (a national
 * area has hundreds of gemeenten, the regio tens of thousands of cells): each list keeps the order of
 * the regio, so every sum adds the same amounts in the same order as a scan of the whole list.
 */
interface GebiedIndex {
  swvScholen: Set<string>;
  schoolVolgorde: Map<string, number>;
  schoolNaam: Map<string, string>;
  /** Woongemeente → its leerlingen cells. */
  leerlingen: Map<string, RegioBestand['leerlingen']>;
  /** Gemeente → its cells of the need. */
  behoefte: Map<string, ExportContext['behoefte']['cellen']>;
  /** Gemeente party id → its bijdragen to this SWV in the onderwijsroute. */
  naarSwv: Map<string, number>;
}

function groepeer<T>(xs: readonly T[], sleutel: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = sleutel(x);
    const lijst = m.get(k);
    if (lijst) lijst.push(x);
    else m.set(k, [x]);
  }
  return m;
}

function gebiedIndex(ctx: ExportContext, swvCode: string, gebied: SwvGebied): GebiedIndex {
  const swv = swvId(swvCode);
  const naarSwv = new Map<string, number>();
  for (const s of ctx.ev.routes.onderwijsroute.stromen) if (s.naar === swv && s.soort === 'bijdrage') naarSwv.set(s.van, (naarSwv.get(s.van) ?? 0) + s.bedrag);
  return {
    swvScholen: new Set(gebied.scholen.map((s) => s.code)),
    schoolVolgorde: new Map(ctx.regio.scholen.map((s, i) => [s.code, i])),
    schoolNaam: new Map(ctx.regio.scholen.map((s) => [s.code, s.naam])),
    leerlingen: groepeer(ctx.regio.leerlingen, (l) => l.woongemeente),
    behoefte: groepeer(ctx.behoefte.cellen, (c) => c.gemeente),
    naarSwv,
  };
}

function gemeenteRoutes(ctx: ExportContext, code: string, swvCode: string, index: GebiedIndex): OogoGemeenteRoute[] {
  const id = gemeenteId(code);
  const swv = swvId(swvCode);
  return ROUTES.map((route): OogoGemeenteRoute => {
    const r = ctx.ev.routes[route];
    const b = r.bijdragen.find((x) => x.financier === id);
    const bijdrage = b?.bedrag ?? 0;
    const huidig = betaaltNu(ctx.ev, id);
    const individueel = b?.individueel ?? 0;
    const naarSwv = route === 'onderwijsroute' ? (index.naarSwv.get(id) ?? 0) : null;
    const budgethouder = budgethouderVan(ctx, route);
    const ontvangers = r.ontvangersPerFinancier[id] ?? 0;
    let tekst: string;
    if (route === 'huidig') {
      tekst = `Betaalt nu ${formatEuro(huidig)} rechtstreeks aan ${formatGetal(ontvangers)} ${ontvangers === 1 ? 'partij' : 'partijen'} (scholen, en ouders met een pgb).`;
    } else if (bijdrage < 0.5) {
      tekst = individueel > 0 ? `Betaalt niet aan de pot en blijft ${formatEuro(individueel)} individueel aan de scholen betalen.` : 'Betaalt niets: geen leerlingen met kosten in de pot.';
    } else {
      const houder = r.budgethouders.some((h) => h.partij === id);
      const aan = houder ? `Beheert zelf de pot; eigen bijdrage ${formatEuro(bijdrage)}` : `Betaalt ${formatEuro(bijdrage)} aan ${budgethouder}`;
      const swvDeel = naarSwv !== null && naarSwv > 0.5 && ctx.ev.toegepast.onderwijsBudgethouder !== 'penvoerder' ? `, waarvan ${formatEuro(naarSwv)} aan ${ctx.naam(swv)}` : '';
      tekst = `${aan}${swvDeel} (${verschilTekst(bijdrage + individueel - huidig)}).${individueel > 0 ? ` Daarnaast betaalt de gemeente ${formatEuro(individueel)} individueel: zorg die niet in de pot gaat of buiten de scope valt.` : ''}`;
    }
    const verschil = route === 'huidig' ? 0 : bijdrage + individueel - huidig;
    return { route, routeNaam: ROUTE_LABEL[route], budgethouder, bijdrage, huidig, verschil, individueel: route === 'huidig' ? 0 : individueel, naarSwv, tekst };
  });
}

function swvRoutes(ctx: ExportContext, swvCode: string, scholen: readonly School[]): OogoSwvRoute[] {
  const id = swvId(swvCode);
  const codes = new Set(scholen.map((s) => s.code));
  const potScholen = ctx.ev.pot.perSchool.filter((s) => codes.has(s.school)).reduce((s, x) => s + x.totaal, 0);
  const t = ctx.ev.toegepast;
  return ROUTES.map((route): OogoSwvRoute => {
    const r = ctx.ev.routes[route];
    const h = r.budgethouders.find((x) => x.partij === id);
    const betalers = new Set(r.stromen.filter((s) => s.naar === id).map((s) => s.van)).size;
    const loketten = scholen.map((s) => r.lokettenPerSchool[s.code] ?? 0);
    const gemiddeld = loketten.length ? loketten.reduce((a, b) => a + b, 0) / loketten.length : 0;
    const max = loketten.length ? Math.max(...loketten) : 0;
    const n = scholen.length;
    const lokTekst = `gemiddeld ${formatGetal(gemiddeld, 1)} loketten per school (hoogste ${formatGetal(max)})`;
    let tekst: string;
    if (route === 'huidig') {
      tekst = `Er is geen pot en het samenwerkingsverband heeft geen rol in de zorgfinanciering: de ${formatGetal(n)} scholen halen zorggeld bij ${lokTekst}.`;
    } else if (h) {
      const penvoerder = route === 'onderwijsroute' && t.onderwijsBudgethouder === 'penvoerder';
      tekst =
        `Het samenwerkingsverband is budgethouder${penvoerder ? ` (penvoerder) voor alle ${formatGetal(h.scholen)} scholen in de regio` : ` voor zijn ${formatGetal(h.scholen)} scholen`}: het ontvangt ${formatEuro(h.instroom)} van ${formatGetal(betalers)} financiers` +
        `${h.eigenBijdrage > 0.5 ? ` en brengt zelf ${formatEuro(h.eigenBijdrage)} in` : ''}, en betaalt ${formatEuro(h.uitstroom)} aan de scholen${h.uitvoeringskosten > 0.5 ? `; ${formatEuro(h.uitvoeringskosten)} is voor uitvoeringskosten` : ''}. De scholen: ${lokTekst}.`;
    } else {
      const eigen = r.bijdragen.find((b) => b.financier === id)?.bedrag ?? 0;
      tekst = `${budgethouderVan(ctx, route)} beheert de pot; de scholen van het samenwerkingsverband krijgen daaruit samen ${formatEuro(potScholen)}, ${lokTekst}.${eigen > 0.5 ? ` Het samenwerkingsverband draagt ${formatEuro(eigen)} bij aan de pot.` : ''}`;
    }
    return {
      route,
      routeNaam: ROUTE_LABEL[route],
      budgethouder: h !== undefined,
      budgethouderNaam: route === 'huidig' ? '–' : h ? ctx.naam(id) : budgethouderVan(ctx, route),
      potScholen,
      instroom: h?.instroom ?? 0,
      eigenBijdrage: h?.eigenBijdrage ?? 0,
      uitstroom: h?.uitstroom ?? 0,
      uitvoeringskosten: h?.uitvoeringskosten ?? 0,
      aantalBetalers: betalers,
      lokettenGemiddeld: gemiddeld,
      lokettenMax: max,
      tekst,
    };
  });
}

function gemeenteSectie(ctx: ExportContext, code: string, swvCode: string, gebied: SwvGebied, index: GebiedIndex): OogoGemeente {
  const aan = ctx.kleineAantallen;
  const { regio, ev } = ctx;
  const g = regio.gemeenten.find((x) => x.code === code)!;
  const { swvScholen, schoolVolgorde, schoolNaam } = index;

  // Leerlingen cells of this gemeente per school and doelgroep.
  const perSchool = new Map<string, Record<Doelgroep, number[]>>();
  const perDoelgroep = nulDoelgroepen();
  const alle: number[] = [];
  const opSwv: number[] = [];
  for (const l of index.leerlingen.get(code) ?? []) {
    if (l.aantal <= 0) continue;
    const s = perSchool.get(l.school) ?? perSchool.set(l.school, nulDoelgroepen()).get(l.school)!;
    s[l.doelgroep].push(l.aantal);
    perDoelgroep[l.doelgroep].push(l.aantal);
    alle.push(l.aantal);
    if (swvScholen.has(l.school)) opSwv.push(l.aantal);
  }
  const gesorteerd = [...perSchool].sort(([a], [b]) => Number(swvScholen.has(b)) - Number(swvScholen.has(a)) || (schoolVolgorde.get(a) ?? 0) - (schoolVolgorde.get(b) ?? 0));
  // The summary: the SWV's schools and the other schools with the most pupils of this gemeente.
  const leerlingenOp = new Map(gesorteerd.map(([school, c]) => [school, somVan(DOELGROEPEN.flatMap((d) => c[d]))]));
  const anderen = gesorteerd.filter(([school]) => !swvScholen.has(school)).sort(([a], [b]) => leerlingenOp.get(b)! - leerlingenOp.get(a)!);
  const inKort = new Set([...gesorteerd.filter(([school]) => swvScholen.has(school)), ...anderen.slice(0, RAPPORT_MAX.scholen)].map(([school]) => school));
  const weg = gesorteerd.filter(([school]) => !inKort.has(school));
  const overige = weg.length
    ? {
        aantal: weg.length,
        perDoelgroep: Object.fromEntries(DOELGROEPEN.map((d) => [d, toonTotaal(weg.flatMap(([, c]) => c[d]), aan)])) as Record<Doelgroep, Getoond>,
        totaal: toonTotaal(weg.flatMap(([, c]) => DOELGROEPEN.flatMap((d) => c[d])), aan),
      }
    : null;
  const rijen: OogoLeerlingenRij[] = gesorteerd
    .map(([school, cellen]) => ({
      school,
      schoolNaam: schoolNaam.get(school) ?? school,
      vanSwv: swvScholen.has(school),
      // One cell per school × woongemeente × doelgroep (the regio schema keeps combinations unique).
      perDoelgroep: Object.fromEntries(DOELGROEPEN.map((d) => [d, cellen[d].length === 1 ? toonAantal(cellen[d][0], aan) : toonTotaal(cellen[d], aan)])) as Record<Doelgroep, Getoond>,
      totaal: toonTotaal(DOELGROEPEN.flatMap((d) => cellen[d]), aan),
    }));

  // Care need of its pupils per kader, all schools and on the SWV's schools.
  const totaal = ctx.behoefte.perGemeente.find((x) => x.gemeente === code);
  const swvPerKader = Object.fromEntries(KADERS.map((k) => [k, 0])) as Record<Kader, number>;
  for (const c of index.behoefte.get(code) ?? []) if (swvScholen.has(c.school)) for (const k of KADERS) swvPerKader[k] += c.perKader[k];
  const alleOpSwv = opSwv.length === alle.length;
  const deel = (bedrag: number) => (alleOpSwv ? bedrag : toonDeelbedrag(bedrag, opSwv, aan));
  const inPot = (k: Kader) => (k === 'onderwijs' ? ev.toegepast.onderwijsFractie > 0 : ev.toegepast.potKaders.includes(k));
  const kaders = KADERS.map((k) => ({
    kader: k,
    financierNu: k === 'jeugdwet' || k === 'wmo' ? `${g.naam} (woongemeente)` : KADER_FINANCIER[k],
    bedrag: totaal?.perKader[k] ?? 0,
    opScholenVanSwv: deel(swvPerKader[k]),
    inPot: inPot(k),
  }));

  const status = ev.financiers.find((f) => f.partij === gemeenteId(code))?.status;
  const vestigingVan = gebied.scholen.filter((s) => s.vestigingsgemeente === code).map((s) => s.naam);
  const swvVeld = (g as GemeenteMetSwv).swvPo === swvCode ? 'Samenwerkingsverband PO' : (g as GemeenteMetSwv).swvVo === swvCode ? 'Samenwerkingsverband VO' : null;
  const reden = [
    ...(swvVeld ? [`gemeente van dit samenwerkingsverband (${swvVeld})`] : []),
    ...(gebied.woongemeenten.has(code) ? ['woongemeente van leerlingen op scholen van het samenwerkingsverband'] : []),
    ...(vestigingVan.length ? [`vestigingsgemeente van ${opsomming(vestigingVan)}`] : []),
  ];
  return {
    code,
    naam: g.naam,
    inRegio: g.inRegio,
    ...(status ? { status } : {}),
    statusTekst: status ? GEMEENTE_STATUS_LABEL[status] : g.inRegio ? 'doet mee' : 'buiten de regio',
    redenInGebied: reden.join('; '),
    vestigingVan,
    leerlingen: {
      rijen,
      kort: { rijen: rijen.filter((r) => inKort.has(r.school)), overige },
      perDoelgroep: Object.fromEntries(DOELGROEPEN.map((d) => [d, toonTotaal(perDoelgroep[d], aan)])) as Record<Doelgroep, Getoond>,
      totaal: toonTotaal(alle, aan),
      opScholenVanSwv: toonTotaal(opSwv, aan),
    },
    zorgbehoefte: {
      kaders,
      totaal: totaal?.totaal ?? 0,
      opScholenVanSwv: deel(KADERS.reduce((s, k) => s + swvPerKader[k], 0)),
      gemeenteNu: betaaltNu(ev, gemeenteId(code)),
    },
    routes: gemeenteRoutes(ctx, code, swvCode, index),
  };
}

function scholenVanSwv(ctx: ExportContext, gebied: SwvGebied): OogoSchool[] {
  const aan = ctx.kleineAantallen;
  const inRegio = new Map(ctx.regio.gemeenten.map((g) => [g.code, g.inRegio]));
  const gemeenteNaam = new Map(ctx.regio.gemeenten.map((g) => [g.code, g.naam]));
  const pot = new Map(ctx.ev.pot.perSchool.map((s) => [s.school, s]));
  return gebied.scholen.map((s) => {
    const cellen = ctx.regio.leerlingen.filter((l) => l.school === s.code && l.aantal > 0);
    const woon = new Set(cellen.map((l) => l.woongemeente));
    return {
      code: s.code,
      naam: s.naam,
      vestigingsgemeente: gemeenteNaam.get(s.vestigingsgemeente) ?? s.vestigingsgemeente,
      sector: s.sector,
      leerlingen: toonTotaal(
        cellen.map((l) => l.aantal),
        aan,
      ),
      woongemeenten: woon.size,
      woongemeentenBuitenRegio: [...woon].filter((g) => inRegio.get(g) === false).length,
      kosten: pot.get(s.code)?.kosten ?? 0,
      pot: pot.get(s.code)?.totaal ?? 0,
      loketten: Object.fromEntries(ROUTES.map((r) => [r, ctx.ev.routes[r].lokettenPerSchool[s.code] ?? 0])) as Record<RouteId, number>,
    };
  });
}

/** The gemeenten of the report by their number of pupils: the overview, its "overige" and the sections. */
function samenvattingVan(ctx: ExportContext, gemeenten: readonly OogoGemeente[]): OogoSamenvatting {
  const leerlingen = new Map<string, number[]>();
  for (const l of ctx.regio.leerlingen) if (l.aantal > 0) (leerlingen.get(l.woongemeente) ?? leerlingen.set(l.woongemeente, []).get(l.woongemeente)!).push(l.aantal);
  const grootste = [...gemeenten].sort((a, b) => somVan(leerlingen.get(b.code) ?? []) - somVan(leerlingen.get(a.code) ?? []));
  const inOverzicht = grootste.slice(0, RAPPORT_MAX.overzicht);
  const rest = grootste.slice(RAPPORT_MAX.overzicht);
  const metSectie = grootste.slice(0, RAPPORT_MAX.secties).map((g) => g.code);
  const volgorde = new Map(gemeenten.map((g, i) => [g.code, i]));
  const ingekort = rest.length > 0 || gemeenten.length > metSectie.length || gemeenten.some((g) => g.leerlingen.kort.overige);
  return {
    gemeenten: inOverzicht.map((g) => g.code),
    overige: rest.length
      ? {
          aantal: rest.length,
          leerlingen: toonTotaal(
            rest.flatMap((g) => leerlingen.get(g.code) ?? []),
            ctx.kleineAantallen,
          ),
          zorgbehoefte: somVan(rest.map((g) => g.zorgbehoefte.totaal)),
          nu: somVan(rest.map((g) => g.zorgbehoefte.gemeenteNu)),
        }
      : null,
    metSectie: metSectie.sort((a, b) => volgorde.get(a)! - volgorde.get(b)!),
    tekst: ingekort
      ? `Dit rapport vat lange lijsten samen: de ${formatGetal(Math.min(gemeenten.length, RAPPORT_MAX.overzicht))} gemeenten met de meeste leerlingen staan in het overzicht${rest.length ? ` (de andere ${formatGetal(rest.length)} samen als "overige")` : ''}, de ${formatGetal(metSectie.length)} grootste met een eigen paragraaf, en per gemeente de scholen van het samenwerkingsverband en de ${RAPPORT_MAX.scholen} andere scholen met de meeste leerlingen. Alle gemeenten en scholen staan in de Excel-werkmap bij dit rapport.`
      : 'Alle gemeenten en scholen staan in dit rapport; dezelfde gegevens staan in de Excel-werkmap bij dit rapport.',
  };
}

/**
 * The OOGO report of samenwerkingsverband `swvCode` for a variant. Throws an Error in Dutch on an
 * unknown SWV or a variant that does not fit the regio.
 */
/** The herverdeeleffect in the gemeenteroute of the area's gemeenten, largest nadeel per inwoner first. */
function herverdelingVanGebied(ctx: ExportContext, codes: readonly string[]): OogoHerverdeling[] {
  const inGebied = new Set(codes.map((c) => `gemeente:${c}`));
  return ctx.ev.herverdeeleffect.gemeenteroute
    .filter((h) => inGebied.has(h.partij))
    .map((h) => ({ code: h.partij.slice('gemeente:'.length), naam: h.naam, inwoners0tot17: h.inwoners0tot17, huidigGedekt: h.huidigGedekt, bijdrage: h.bijdrage, bedrag: h.bedrag, perInwoner: h.perInwoner }))
    .sort((a, b) => (b.perInwoner ?? 0) - (a.perInwoner ?? 0) || a.naam.localeCompare(b.naam, 'nl'));
}

export function maakOogoRapport(regio: RegioBestand, variant: VariantInvoer | Variant, normenset: Normenset, swvCode: string, opties: OogoOpties): OogoRapport {
  const gebied = swvGebied(regio, swvCode);
  const ctx = maakContext(regio, variant, normenset, opties);
  const swv = regio.samenwerkingsverbanden.find((s) => s.code === swvCode)!;
  const index = gebiedIndex(ctx, swvCode, gebied);
  const gemeenten = gebied.gemeenten.map((c) => gemeenteSectie(ctx, c, swvCode, gebied, index));
  const samenvatting = samenvattingVan(ctx, gemeenten);
  const scholen = scholenVanSwv(ctx, gebied);
  const swvR = swvRoutes(ctx, swvCode, gebied.scholen);
  const rapport: OogoRapport = {
    kop: {
      titel: `Zorg in onderwijstijd: cijfers voor het OOGO van ${swv.naam}`,
      swv: { code: swv.code, naam: swv.naam, type: swv.type },
      regio: regio.regio.naam,
      variant: variantNaam(ctx.ev.variant, regio),
      datum: ctx.datum.iso,
      datumTekst: ctx.datum.tekst,
      appVersie: ctx.appVersie,
      normenset: { id: normenset.id, naam: normenset.naam },
      scope: `${ctx.behoefte.scope.naam} (${ctx.behoefte.taken.length} taken)`,
      kleineAantallen: ctx.kleineAantallen,
    },
    variantZinnen: variantZinnen(ctx.ev.variant, regio, normenset.taken),
    gebied: gebied.uitleg,
    kleineAantallen: ctx.kleineAantallen ? kleineAantallenUitleg(true, true) : [],
    scholen,
    gemeenten,
    samenvatting,
    swvRoutes: swvR,
    bespreekpunten: [],
    tlv: oogoTlv(ctx, gebied.scholen, regio.gemeenten),
    waarschuwingen: ctx.ev.waarschuwingen.slice(),
    prijspeil: prijspeilTekst(ctx.ev.prijspeil),
    herverdeling: herverdelingVanGebied(ctx, gebied.gemeenten),
  };
  rapport.bespreekpunten = oogoBespreekpunten(ctx, rapport);
  return rapport;
}

export { maakOogoWerkmap, maakOogoBuffer, OOGO_BLADEN } from './oogo-werkmap';
