/**
 * The OOGO report as a workbook: Toelichting, Bespreekpunten, Gemeenten (one row per gemeente with
 * pupils, care need and contribution per route), Leerlingen (gemeente × school × doelgroep),
 * Zorgbehoefte (gemeente × kader), Routes (gemeente × route) and Samenwerkingsverband (the SWV per
 * route and its schools). Numbers come from the report as they are, hidden counts included.
 */
import * as XLSX from 'xlsx';
import { DOELGROEP_LABEL, DOELGROEPEN, KADER_FINANCIER, KADER_LABEL, KADERS, SECTOR_LABEL, ZORGKOSTEN_NORM, type Sector } from '../../shared/domain/labels';
import { ROUTE_LABEL, ROUTES, type RouteId } from '../../shared/engine';
import type { OogoBespreekpunt, OogoGemeente, OogoGemeenteRoute, OogoLeerlingenRij, OogoRapport, OogoSchool, OogoSwvRoute } from '../../shared/export/oogo-typen';
import { kleineAantallenUitleg } from './kleine-aantallen';
import { GEEN_POT, NU_KOP, NU_UITLEG, zonderPot } from '../../shared/domain/nu';
import { bladLink, som, voegBladToe, Werkblad, type WerkbladKolom } from './werkblad';
import { tlvWerkblad } from './oogo-tlv';

export const OOGO_BLADEN = {
  toelichting: 'Toelichting',
  bespreekpunten: 'Bespreekpunten',
  gemeenten: 'Gemeenten',
  leerlingen: 'Leerlingen',
  zorgbehoefte: ZORGKOSTEN_NORM,
  routes: 'Routes',
  swv: 'Samenwerkingsverband',
  tlv: 'TLV',
} as const;

const INHOUD: Record<string, string> = {
  [OOGO_BLADEN.bespreekpunten]: 'Wat de cijfers op tafel leggen',
  [OOGO_BLADEN.gemeenten]: 'Per gemeente in het gebied: leerlingen, zorgkosten (norm) en bijdrage per route',
  [OOGO_BLADEN.leerlingen]: 'Leerlingen per gemeente, school en doelgroep, en per gemeente en doelgroep',
  [OOGO_BLADEN.zorgbehoefte]: 'Zorgkosten (norm) van de leerlingen per gemeente en kader, en wie die nu betaalt',
  [OOGO_BLADEN.routes]: 'Per gemeente en route: bijdrage, nu, verschil en wat het betekent',
  [OOGO_BLADEN.swv]: 'Wat elke route betekent voor het samenwerkingsverband, en zijn scholen',
  [OOGO_BLADEN.tlv]: "TLV laag, midden en hoog per school en woongemeente (ingevoerd of geschat) met de kengetallen",
};

const DOELGROEP_KOPPEN = DOELGROEPEN.map((d) => DOELGROEP_LABEL[d]);
const routeVan = (g: OogoGemeente, id: RouteId) => g.routes.find((r) => r.route === id)!;

function toelichting(r: OogoRapport): Werkblad {
  const k = r.kop;
  const blad = new Werkblad();
  blad.tekst(k.titel).leeg();
  blad.tekst(
    'Wat is dit: de cijfers voor het op overeenstemming gericht overleg (OOGO) tussen het samenwerkingsverband en de gemeenten in zijn gebied over zorg in onderwijstijd in het (voortgezet) speciaal onderwijs: per gemeente de leerlingen per doelgroep en school, hun zorgkosten (norm) per kader, wie die nu betaalt, en wat de gemeenteroute, de onderwijsroute en de integrale route zouden betekenen voor de gemeente en voor het samenwerkingsverband.',
  );
  blad.leeg();
  blad.paren([
    ['Samenwerkingsverband', `${k.swv.naam} (${k.swv.code})`],
    ['Regio', k.regio],
    ['Variant', k.variant],
    ['Datum', k.datumTekst],
    ['App', `ZiO Collectieve Pot ${k.appVersie}`],
    ['Normenset', `${k.normenset.naam} (${k.normenset.id})`],
    ['Scope', k.scope],
    ['Kleine aantallen', k.kleineAantallen ? 'afgeschermd (voor delen)' : 'niet afgeschermd'],
  ]);
  blad.leeg();
  blad.tekst('De variant', ...r.variantZinnen.map((z) => `• ${z}`)).leeg();
  blad.tekst('Het gebied', `• ${r.gebied}`).leeg();
  blad.tekst('Kleine aantallen', ...kleineAantallenUitleg(k.kleineAantallen, true).map((z) => `• ${z}`)).leeg();
  blad.tekst('Zo leest u de bladen');
  blad.rijVan(['Blad', 'Inhoud']);
  for (const b of Object.values(OOGO_BLADEN)) if (b !== OOGO_BLADEN.toelichting) blad.rijVan([{ waarde: b, soort: 'tekst', link: bladLink(b) }, INHOUD[b]]);
  blad.leeg();
  blad.tekst(
    'Rekenregels en controle',
    '• Bedragen in euro per schooljaar, opgeslagen op centen en getoond in hele euro’s. Totalen en verschillen zijn formules over de rijen: iedereen kan ze zonder de app nagaan.',
    '• "Nu" is wat een gemeente vandaag betaalt voor de kosten die in de variant in de pot gaan; "buiten de pot" betaalt zij nu en in elke route individueel.',
    '• De volledige berekening (normen, alle scholen en financiers, geldstromen) staat in de Excel-export van de berekening van dezelfde variant.',
  );
  if (r.waarschuwingen.length) blad.leeg().tekst('Let op', ...r.waarschuwingen.map((w) => `• ${w}`));
  blad.breedte(0, 24).breedte(1, 60);
  return blad;
}

function bespreekpunten(r: OogoRapport): Werkblad {
  const blad = new Werkblad();
  blad.tekst(`Bespreekpunten voor het OOGO van ${r.kop.swv.naam}`).leeg();
  const kolommen: WerkbladKolom<OogoBespreekpunt & { nr: number }>[] = [
    { kop: 'Nr', soort: 'aantal', waarde: (p) => p.nr, breedte: 5 },
    { kop: 'Onderwerp', soort: 'tekst', waarde: (p) => p.titel, breedte: 40 },
    { kop: 'Toelichting', soort: 'tekst', waarde: (p) => p.tekst, breedte: 60 },
    { kop: 'Gemeenten', soort: 'tekst', waarde: (p) => p.gemeenten.join(', '), breedte: 30 },
    { kop: 'Scholen', soort: 'tekst', waarde: (p) => p.scholen.join(', '), breedte: 30 },
    { kop: 'Bron', soort: 'tekst', waarde: (p) => (p.bronnen ?? []).map((b) => `${b.document}, ${b.plaats}: "${b.citaat}"`).join(' '), breedte: 60 },
  ];
  blad.tabel(
    kolommen,
    r.bespreekpunten.map((p, i) => ({ ...p, nr: i + 1 })),
    { totaal: false, autofilter: true },
  );
  return blad;
}

function gemeenten(r: OogoRapport): Werkblad {
  const blad = new Werkblad({ kleineAantallen: r.kop.kleineAantallen });
  blad.tekst(`Gemeenten in het gebied van ${r.kop.swv.naam}`, r.gebied).leeg();
  const potRoutes = ROUTES.filter((id) => id !== 'huidig');
  const kolommen: WerkbladKolom<OogoGemeente>[] = [
    { kop: 'Gemeente', soort: 'tekst', waarde: (g) => g.naam },
    { kop: 'Code', soort: 'tekst', waarde: (g) => g.code },
    { kop: 'Ligging', soort: 'tekst', waarde: (g) => (g.inRegio ? 'in de regio' : 'buiten de regio') },
    { kop: 'Status in de variant', soort: 'tekst', waarde: (g) => g.statusTekst },
    { kop: 'Waarom in het gebied', soort: 'tekst', waarde: (g) => g.redenInGebied, breedte: 40 },
    { kop: 'Leerlingen', soort: 'leerlingen', waarde: (g) => g.leerlingen.totaal, uitleg: 'Leerlingen die in de gemeente wonen, op alle scholen van de regio.' },
    { kop: 'Leerlingen op scholen van het SWV', soort: 'leerlingen', waarde: (g) => g.leerlingen.opScholenVanSwv },
    { kop: 'Zorgkosten (norm)', soort: 'euro', waarde: (g) => g.zorgbehoefte.totaal, uitleg: 'Alle kosten van haar leerlingen, alle kaders, alle scholen.' },
    { kop: NU_KOP, soort: 'euro', waarde: (g) => routeVan(g, 'huidig').huidig, uitleg: NU_UITLEG },
    { kop: 'Buiten de pot', soort: 'euro', waarde: (g) => routeVan(g, 'gemeenteroute').individueel, uitleg: 'Wat de gemeente in elke route nog individueel betaalt: zorg die niet in de pot gaat of buiten de scope valt.' },
    ...potRoutes.flatMap((id): WerkbladKolom<OogoGemeente>[] => [
      { kop: ROUTE_LABEL[id], soort: 'euro', waarde: (g) => routeVan(g, id).bijdrage, uitleg: `Bijdrage aan de pot in de ${ROUTE_LABEL[id].toLowerCase()}.` },
      { kop: `Verschil ${ROUTE_LABEL[id].toLowerCase()}`, soort: 'euro', rekenregel: { plus: [ROUTE_LABEL[id], 'Buiten de pot'], min: [NU_KOP] }, uitleg: `${ROUTE_LABEL[id]} + buiten de pot − Nu.` },
    ]),
    { kop: 'Waarvan naar dit SWV (onderwijsroute)', soort: 'euro', waarde: (g) => routeVan(g, 'onderwijsroute').naarSwv },
  ];
  blad.tabel(kolommen, r.gemeenten, { titel: 'Per gemeente (€ per schooljaar)', autofilter: true });
  return blad;
}

interface LeerlingRij extends OogoLeerlingenRij {
  gemeente: string;
}

function leerlingen(r: OogoRapport): Werkblad {
  const blad = new Werkblad({ kleineAantallen: r.kop.kleineAantallen });
  blad.tekst('Leerlingen per gemeente, school en doelgroep');
  if (r.kop.kleineAantallen) blad.tekst('Kleine aantallen zijn afgeschermd: zie de Toelichting.');
  blad.leeg();
  const rijen: LeerlingRij[] = r.gemeenten.flatMap((g) => g.leerlingen.rijen.map((x) => ({ ...x, gemeente: g.naam })));
  const kolommen: WerkbladKolom<LeerlingRij>[] = [
    { kop: 'Gemeente', soort: 'tekst', waarde: (x) => x.gemeente },
    { kop: 'School', soort: 'tekst', waarde: (x) => x.school },
    { kop: 'Naam school', soort: 'tekst', waarde: (x) => x.schoolNaam },
    { kop: 'School van het SWV', soort: 'tekst', waarde: (x) => x.vanSwv },
    ...DOELGROEPEN.map((d): WerkbladKolom<LeerlingRij> => ({ kop: DOELGROEP_LABEL[d], soort: 'leerlingen', waarde: (x) => x.perDoelgroep[d] })),
    { kop: 'Totaal', soort: 'leerlingen', rekenregel: som(...DOELGROEP_KOPPEN) },
  ];
  blad.tabel(kolommen, rijen, { titel: 'Per gemeente en school (filter op de gemeente)', autofilter: true });
  blad.leeg();
  const perGemeente: WerkbladKolom<OogoGemeente>[] = [
    { kop: 'Gemeente', soort: 'tekst', waarde: (g) => g.naam },
    { kop: 'Code', soort: 'tekst', waarde: (g) => g.code },
    { kop: 'Scholen', soort: 'aantal', waarde: (g) => g.leerlingen.rijen.length, uitleg: 'Aantal scholen waar leerlingen uit deze gemeente naartoe gaan.' },
    { kop: 'Op scholen van het SWV', soort: 'leerlingen', waarde: (g) => g.leerlingen.opScholenVanSwv },
    ...DOELGROEPEN.map((d): WerkbladKolom<OogoGemeente> => ({ kop: DOELGROEP_LABEL[d], soort: 'leerlingen', waarde: (g) => g.leerlingen.perDoelgroep[d] })),
    { kop: 'Totaal', soort: 'leerlingen', rekenregel: som(...DOELGROEP_KOPPEN) },
  ];
  blad.tabel(perGemeente, r.gemeenten, { titel: 'Per gemeente en doelgroep (alle scholen)' });
  return blad;
}

function zorgbehoefte(r: OogoRapport): Werkblad {
  const blad = new Werkblad();
  blad.tekst('Zorgkosten (norm) per gemeente en kader, en wie die nu betaalt');
  blad.tekst(`Nu betaalt: ${KADERS.map((k) => `${KADER_LABEL[k]} → ${KADER_FINANCIER[k]}`).join('; ')}.`).leeg();
  const kopVan = (k: (typeof KADERS)[number]) => KADER_LABEL[k];
  const kolommen: WerkbladKolom<OogoGemeente>[] = [
    { kop: 'Gemeente', soort: 'tekst', waarde: (g) => g.naam },
    { kop: 'Code', soort: 'tekst', waarde: (g) => g.code },
    ...KADERS.map((k): WerkbladKolom<OogoGemeente> => ({ kop: kopVan(k), soort: 'euro', waarde: (g) => g.zorgbehoefte.kaders.find((x) => x.kader === k)!.bedrag, uitleg: `Nu betaald door ${KADER_FINANCIER[k]}.` })),
    { kop: 'Totaal', soort: 'euro', rekenregel: som(...KADERS.map(kopVan)) },
    { kop: 'Gemeente betaalt nu (Jeugdwet + Wmo, alle taken)', soort: 'euro', waarde: (g) => g.zorgbehoefte.gemeenteNu, uitleg: NU_UITLEG },
    { kop: 'Op scholen van het SWV', soort: 'euro', waarde: (g) => g.zorgbehoefte.opScholenVanSwv, uitleg: 'Het deel van de zorgkosten (norm) op scholen van dit samenwerkingsverband.' },
  ];
  blad.tabel(kolommen, r.gemeenten, { titel: 'Zorgkosten (norm) van de leerlingen die in de gemeente wonen, alle scholen (€ per schooljaar)', autofilter: true });
  return blad;
}

interface RouteRij extends OogoGemeenteRoute {
  gemeente: string;
}

function routes(r: OogoRapport): Werkblad {
  const blad = new Werkblad();
  blad.tekst('Wat elke route betekent voor de gemeenten').leeg();
  const rijen: RouteRij[] = r.gemeenten.flatMap((g) => g.routes.map((x) => ({ ...x, gemeente: g.naam })));
  const kolommen: WerkbladKolom<RouteRij>[] = [
    { kop: 'Gemeente', soort: 'tekst', waarde: (x) => x.gemeente },
    { kop: 'Route', soort: 'tekst', waarde: (x) => x.routeNaam },
    { kop: 'Budgethouder', soort: 'tekst', waarde: (x) => x.budgethouder, breedte: 30 },
    { kop: 'Bijdrage', soort: 'euro', waarde: (x) => (zonderPot(x.route) ? GEEN_POT : x.bijdrage), uitleg: 'Bijdrage aan de pot; in de huidige situatie is er geen pot.' },
    { kop: NU_KOP, soort: 'euro', waarde: (x) => x.huidig, uitleg: NU_UITLEG },
    { kop: 'Buiten de pot', soort: 'euro', waarde: (x) => (zonderPot(x.route) ? GEEN_POT : x.individueel) },
    { kop: 'Verschil', soort: 'euro', rekenregel: { plus: ['Bijdrage', 'Buiten de pot'], min: [NU_KOP] }, uitleg: 'Bijdrage + buiten de pot − Nu.' },
    { kop: 'Naar dit SWV', soort: 'euro', waarde: (x) => x.naarSwv },
    { kop: 'Wat het betekent', soort: 'tekst', waarde: (x) => x.tekst, breedte: 60 },
  ];
  blad.tabel(kolommen, rijen, { titel: 'Per gemeente en route (filter op de gemeente of de route)', totaal: false, autofilter: true });
  return blad;
}

function samenwerkingsverband(r: OogoRapport): Werkblad {
  const blad = new Werkblad({ kleineAantallen: r.kop.kleineAantallen });
  blad.tekst(`Wat de routes betekenen voor ${r.kop.swv.naam}`).leeg();
  const per: WerkbladKolom<OogoSwvRoute>[] = [
    { kop: 'Route', soort: 'tekst', waarde: (x) => x.routeNaam },
    { kop: 'Budgethouder', soort: 'tekst', waarde: (x) => x.budgethouderNaam, breedte: 30 },
    { kop: 'Pot van de scholen', soort: 'euro', waarde: (x) => (zonderPot(x.route) ? GEEN_POT : x.potScholen) },
    { kop: 'Instroom', soort: 'euro', waarde: (x) => x.instroom },
    { kop: 'Eigen bijdrage', soort: 'euro', waarde: (x) => x.eigenBijdrage },
    { kop: 'Uitstroom naar scholen', soort: 'euro', waarde: (x) => x.uitstroom },
    { kop: 'Uitvoeringskosten', soort: 'euro', waarde: (x) => x.uitvoeringskosten },
    { kop: 'Betalers', soort: 'aantal', waarde: (x) => x.aantalBetalers, uitleg: 'Aantal partijen dat het samenwerkingsverband betaalt.' },
    { kop: 'Loketten per school, gemiddeld', soort: 'decimaal', waarde: (x) => x.lokettenGemiddeld },
    { kop: 'Loketten per school, hoogste', soort: 'aantal', waarde: (x) => x.lokettenMax },
    { kop: 'Wat het betekent', soort: 'tekst', waarde: (x) => x.tekst, breedte: 60 },
  ];
  blad.tabel(per, r.swvRoutes, { titel: 'Per route', totaal: false, autofilter: true });
  blad.leeg();
  const scholen: WerkbladKolom<OogoSchool>[] = [
    { kop: 'School', soort: 'tekst', waarde: (s) => s.code },
    { kop: 'Naam', soort: 'tekst', waarde: (s) => s.naam },
    { kop: 'Vestigingsgemeente', soort: 'tekst', waarde: (s) => s.vestigingsgemeente },
    { kop: 'Sector', soort: 'tekst', waarde: (s) => SECTOR_LABEL[s.sector as Sector] ?? s.sector },
    { kop: 'Leerlingen', soort: 'leerlingen', waarde: (s) => s.leerlingen },
    { kop: 'Woongemeenten', soort: 'aantal', waarde: (s) => s.woongemeenten },
    { kop: 'Waarvan buiten de regio', soort: 'aantal', waarde: (s) => s.woongemeentenBuitenRegio },
    { kop: 'Kosten', soort: 'euro', waarde: (s) => s.kosten, uitleg: 'Alle kosten van de school: zorg en onderwijs.' },
    { kop: 'Pot', soort: 'euro', waarde: (s) => s.pot },
    ...ROUTES.map((id): WerkbladKolom<OogoSchool> => ({ kop: `Loketten ${ROUTE_LABEL[id].toLowerCase()}`, soort: 'aantal', waarde: (s) => s.loketten[id] })),
  ];
  blad.tabel(scholen, r.scholen, { titel: 'Scholen van het samenwerkingsverband' });
  return blad;
}

/** The OOGO report as a workbook. */
export function maakOogoWerkmap(r: OogoRapport): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  voegBladToe(wb, OOGO_BLADEN.toelichting, toelichting(r).naarSheet());
  voegBladToe(wb, OOGO_BLADEN.bespreekpunten, bespreekpunten(r).naarSheet());
  voegBladToe(wb, OOGO_BLADEN.gemeenten, gemeenten(r).naarSheet());
  voegBladToe(wb, OOGO_BLADEN.leerlingen, leerlingen(r).naarSheet());
  voegBladToe(wb, OOGO_BLADEN.zorgbehoefte, zorgbehoefte(r).naarSheet());
  voegBladToe(wb, OOGO_BLADEN.routes, routes(r).naarSheet());
  voegBladToe(wb, OOGO_BLADEN.swv, samenwerkingsverband(r).naarSheet());
  voegBladToe(wb, OOGO_BLADEN.tlv, tlvWerkblad(r).naarSheet());
  wb.Props = { Title: r.kop.titel, Author: 'ZiO Collectieve Pot', CreatedDate: new Date(`${r.kop.datum}T12:00:00`) };
  return wb;
}

/** The OOGO report as an .xlsx file. */
export function maakOogoBuffer(r: OogoRapport): Buffer {
  return XLSX.write(maakOogoWerkmap(r), { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true }) as Buffer;
}
