import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { leesWerkmap } from '../../../core/excel';
import { FORMAAT, INVOER_BLADEN, maakBerekeningBuffer, ROUTE_BLAD, VARIANT_KOP } from '../../../core/export';
import { KADER_LABEL, KADERS } from '../../../shared/domain/labels';
import { deriveNormenset, evalueerVariant, routesNaarUitvoer, ROUTES, standaardVariant, valideerVariant, type Evaluatie, type VariantInvoer } from '../../../shared/engine';
import { cel, controleerFormules, demo, open, tabel } from './hulp';

const ns = deriveNormenset();
const regio = demo();
const DATUM = new Date(2026, 2, 12);
/** A variant that exercises differences, uitvoeringskosten, onderwijs and a non-participant. */
const VARIANT: VariantInvoer = {
  naam: 'Jeugdigen met onderwijsbijdrage',
  potKaders: ['jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo'],
  onderwijsbijdragePct: 10,
  deelname: { 'gemeente:GM9909': false },
  nietDeelnemers: 'herverdelen',
  verdeelsleutel: { type: 'jeugdigen' },
  uitvoeringskostenPct: { gemeenteroute: 2, onderwijsroute: 3, integraal: 2.5 },
};

let buffer: Buffer;
let wb: XLSX.WorkBook;
let ev: Evaluatie;

beforeAll(() => {
  buffer = maakBerekeningBuffer(regio, VARIANT, ns, { kleineAantallen: false, appVersie: '9.8.7', datum: DATUM });
  wb = open(buffer);
  ev = evalueerVariant(ns, regio, VARIANT);
});

const tekstVan = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, defval: '' }).map((r) => r.join(' | ')).join('\n');
const dichtbij = (a: unknown, b: number, rijen = 1) => expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(0.005 * rijen + 1e-9);

describe('maakBerekeningWerkmap', () => {
  it('heeft de bladen in de volgorde van de issue, met de invoerbladen van het sjabloon', () => {
    expect(wb.SheetNames).toEqual([
      'Toelichting',
      'Invoer',
      'Regio',
      'Gemeenten',
      'Samenwerkingsverbanden',
      'Scholen',
      'Leerlingen',
      'Zorgverzekeraars',
      'Inventarisatie',
      'TLV',
      'Realisatie',
      'Normen',
      'Behoefte',
      'Huidige situatie',
      'Gemeenteroute',
      'Onderwijsroute',
      'Integrale route',
      'Vergelijking',
      'Herverdeeleffect',
      'Ingroeipad',
    ]);
    expect(INVOER_BLADEN).toEqual(['Regio', 'Gemeenten', 'Samenwerkingsverbanden', 'Scholen', 'Leerlingen', 'Zorgverzekeraars', 'Inventarisatie', 'TLV', 'Realisatie']);
  });

  it('Toelichting: regio, datum, app- en normensetversie, de variant in zinnen en hoe de bladen te lezen', () => {
    const t = tekstVan(wb.Sheets.Toelichting);
    expect(t).toContain('Regio | Demoregio (fictief)');
    expect(t).toContain('Variant | Jeugdigen met onderwijsbijdrage');
    expect(t).toContain('Datum | 12 maart 2026');
    expect(t).toContain('App | ZiO Collectieve Pot 9.8.7');
    expect(t).toContain(`Normenset | ${ns.naam} (${ns.id})`);
    expect(t).toContain('Verdeelsleutel jeugdigen');
    expect(t).toContain('Niet mee doen: Klaverdijk.');
    expect(t).toContain('gemeenteroute 2,0%, onderwijsroute 3,0%, integrale route 2,5%');
    expect(t).toContain('10,0% van het onderwijsdeel');
    expect(t).toMatch(/Kleine aantallen \| niet afgeschermd/);
    expect(t).toMatch(/importeer deze werkmap in de app/);
    for (const b of wb.SheetNames.filter((x) => x !== 'Toelichting')) expect(t, b).toContain(`\n${b} | `);
    // The sheet guide links to every sheet.
    const links = Object.values(wb.Sheets.Toelichting).filter((c): c is XLSX.CellObject => typeof c === 'object' && c !== null && 'l' in c && !!(c as XLSX.CellObject).l);
    expect(links.map((c) => c.l!.Target)).toContain("#'Huidige situatie'!A1");
  });

  it('elke formule in de werkmap rekent na tot haar opgeslagen uitkomst', () => {
    expect(controleerFormules(wb)).toBeGreaterThan(200);
  });

  it('Behoefte: kosten per school en kader met totalen als formules die gelijk zijn aan de rekenkern', () => {
    const ws = wb.Sheets.Behoefte;
    const t = tabel(ws, 'Kosten per school en kader (€ per schooljaar)');
    const b = ev.behoefte!;
    expect(t.koppen).toEqual(['School', 'Naam', 'Vestigingsgemeente', 'Samenwerkingsverband', 'Inventarisatie', 'Leerlingen', ...KADERS.map((k) => KADER_LABEL[k]), 'Totaal', 'Per leerling', 'Formatie (fte)']);
    expect(t.rijen.map((r) => t.waarde(r, 'School'))).toEqual(b.perSchool.map((s) => s.school));
    t.rijen.forEach((r, i) => {
      for (const k of KADERS) dichtbij(t.waarde(r, KADER_LABEL[k]), b.perSchool[i].perKader[k]);
      dichtbij(t.waarde(r, 'Totaal'), b.perSchool[i].totaal, 6);
      expect(cel(ws, r, t.kolom('Jeugdwet'))!.z).toBe(FORMAAT.euro);
    });
    const totaal = cel(ws, t.totaalRij!, t.kolom('Totaal'))!;
    expect(totaal.f).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
    dichtbij(totaal.v, b.totaal, 6 * 6);
    expect(t.waarde(t.totaalRij!, 'Leerlingen')).toBe(b.leerlingen);
    expect(cel(ws, t.totaalRij!, t.kolom('Leerlingen'))!.f).toBeDefined();
    expect(ws['!autofilter']).toEqual({ ref: XLSX.utils.encode_range({ s: { r: t.kopRij, c: 0 }, e: { r: t.rijen.at(-1)!, c: t.koppen.length - 1 } }) });
    const formatie = tabel(ws, /^Formatie per school en professional/);
    dichtbij(formatie.waarde(formatie.totaalRij!, 'Totaal fte'), b.fteTotaal, 100);
  });

  it('elk routeblad: bijdrage per financier nu, in de route en het verschil als formule; budgetten, stromen en kerncijfers', () => {
    for (const id of ROUTES) {
      const ws = wb.Sheets[ROUTE_BLAD[id]];
      const r = ev.routes[id];
      const t = tabel(ws, 'Bijdragen per financier (€ per schooljaar)');
      expect(t.rijen).toHaveLength(r.bijdragen.length);
      if (id === 'huidig') {
        // Today there is no pot: only what each party pays now.
        expect(t.koppen).toEqual(['Financier', 'Soort', 'Nu', 'Betaalt aan (partijen)']);
        t.rijen.forEach((rij, i) => dichtbij(t.waarde(rij, 'Nu'), r.bijdragen[i].huidig));
        expect(tekstVan(ws)).not.toContain('Budget per school (de pot van de school)');
      } else {
        expect(t.koppen.slice(0, 8)).toEqual(['Financier', 'Soort', 'Status', 'Nu', 'In de pot', 'Nog individueel', 'Totaal in deze route', 'Verschil']);
        t.rijen.forEach((rij, i) => {
          const b = r.bijdragen[i];
          expect(t.waarde(rij, 'Financier')).toBe(ev.partij[b.financier].naam);
          dichtbij(t.waarde(rij, 'In de pot'), b.bedrag);
          dichtbij(t.waarde(rij, 'Verschil'), b.verschil, 3);
          expect(cel(ws, rij, t.kolom('Totaal in deze route'))!.f).toBe(`SUM(E${rij + 1}:F${rij + 1})`);
          expect(cel(ws, rij, t.kolom('Verschil'))!.f).toBe(`G${rij + 1}-D${rij + 1}`);
        });
        dichtbij(t.waarde(t.totaalRij!, 'In de pot'), r.pot.totaal + r.uitvoeringskosten, r.bijdragen.length);
        const budget = tabel(ws, 'Budget per school (de pot van de school)');
        dichtbij(budget.waarde(budget.totaalRij!, 'Pot van de school'), ev.pot.totaal, 36);
      }
      expect(ws['!autofilter']!.ref).toBe(XLSX.utils.encode_range({ s: { r: t.kopRij, c: 0 }, e: { r: t.rijen.at(-1)!, c: t.koppen.length - 1 } }));

      const stromen = tabel(ws, /^Geldstromen/);
      expect(stromen.rijen).toHaveLength(r.stromen.length);
      dichtbij(stromen.waarde(stromen.totaalRij!, 'Bedrag'), r.stromen.reduce((s, x) => s + x.bedrag, 0), r.stromen.length);
      const tekst = tekstVan(ws);
      expect(tekst).toContain(`Aantal geldstromen | ${r.aantalStromen}`);
      if (r.budgethouders.length) {
        const h = tabel(ws, /^Budgethouders/);
        for (const rij of h.rijen) expect(Math.abs(h.waarde(rij, 'Controle') as number)).toBeLessThan(0.02);
      }
    }
    // The percentage of uitvoeringskosten is a percentage cell.
    const pct = Object.values(wb.Sheets.Gemeenteroute).find((c) => typeof c === 'object' && c !== null && (c as XLSX.CellObject).v === 0.02) as XLSX.CellObject;
    expect(pct.z).toBe('0.0%');
  });

  it('Vergelijking: kerncijfers van alle routes naast elkaar en de bijdrage per financier per route', () => {
    const ws = wb.Sheets.Vergelijking;
    const tekst = tekstVan(ws);
    expect(tekst).toContain('Kerncijfer | Huidige situatie | Gemeenteroute | Onderwijsroute | Integrale route');
    expect(tekst).toMatch(/Geldstromen \| \d+ \| \d+ \| \d+ \| \d+/);
    const t = tabel(ws, 'Bijdrage per financier per route (€ per schooljaar)');
    expect(t.koppen).toEqual(['Financier', 'Soort', 'Nu', 'Gemeenteroute', 'Verschil gemeenteroute', 'Onderwijsroute', 'Verschil onderwijsroute', 'Integrale route', 'Verschil integrale route']);
    const centrum = t.rijen.find((r) => t.waarde(r, 'Financier') === 'Centrumstad')!;
    const b = ev.routes.gemeenteroute.bijdragen.find((x) => x.financier === 'gemeente:GM9901')!;
    // What the gemeente pays in the route: into the pot and still individually.
    dichtbij(t.waarde(centrum, 'Gemeenteroute'), b.bedrag + b.individueel, 2);
    dichtbij(t.waarde(centrum, 'Verschil gemeenteroute'), b.verschil, 2);
    expect(b.verschil).not.toBe(0);
  });

  it('de huidige situatie heeft geen pot: "–" in plaats van een pot, en Nu is wat elke partij vandaag betaalt', () => {
    const tekst = tekstVan(wb.Sheets.Vergelijking);
    for (const rij of ['Pot', 'Bijdragen samen', 'Niet in de pot (individueel)', 'Buiten de scope']) expect(tekst).toMatch(new RegExp(`^${rij.replace(/[()]/g, '\\$&')} \\| – \\| `, 'm'));
    expect(tekstVan(wb.Sheets['Huidige situatie'])).not.toMatch(/in de pot|niet in de pot|bijdrage aan de pot/i);
    // Today of a non-participant (GM9909), a gemeente outside the regio and the GGD: what they pay now, not € 0.
    const t = tabel(wb.Sheets.Vergelijking, 'Bijdrage per financier per route (€ per schooljaar)');
    const nuVan = (naam: string) => t.waarde(t.rijen.find((r) => t.waarde(r, 'Financier') === naam)!, 'Nu') as number;
    for (const [naam, partij] of [['Klaverdijk', 'gemeente:GM9909'], ['Noorderstad (buiten regio)', 'gemeente:GM9981'], ['GGD', 'ggd']] as const) {
      const f = ev.financiers.find((x) => x.partij === partij)!;
      expect(f.huidig).toBeGreaterThan(0);
      dichtbij(nuVan(naam), f.huidig);
    }
  });

  it('Normen: elke parameter met soort en bron; een regionaal aangepast tarief heet zo', () => {
    const t = tabel(wb.Sheets.Normen, 'Parameters');
    expect(t.rijen.map((r) => t.waarde(r, 'Parameter'))).toEqual(ns.bronnen.map((b) => b.parameter));
    expect(new Set(t.rijen.map((r) => t.waarde(r, 'Soort')))).toEqual(new Set(['gepubliceerd', 'afgeleid', 'aanname', 'keuze']));
    const eenheid = tabel(wb.Sheets.Normen, /^Kosten per leerling per doelgroep en kader/);
    dichtbij(eenheid.waarde(eenheid.rijen[0], 'Jeugdwet'), ev.behoefte!.perDoelgroep.gedrag.jeugdwet);
    const mix = tabel(wb.Sheets.Normen, /^Landelijke doelgroepmix/);
    expect(mix.waarde(mix.totaalRij!, 'Aandeel landelijk')).toBeCloseTo(1, 9);

    const eigen = { ...ns, tarief: ns.tarief.map((x, i) => (i === 0 ? x * 1.1 : x)) };
    const aangepast = open(maakBerekeningBuffer(regio, VARIANT, eigen, { kleineAantallen: false, appVersie: 'x' }));
    const p = tabel(aangepast.Sheets.Normen, 'Parameters');
    const tarief = p.rijen.find((r) => p.waarde(r, 'Parameter') === 'tarief')!;
    expect(p.waarde(tarief, 'Soort')).toBe('regionaal aangepast');
    expect(p.waarde(p.rijen.find((r) => p.waarde(r, 'Parameter') === 'w')!, 'Soort')).toBe('afgeleid');
  });

  it('opnieuw ingelezen als regio (leesWerkmap) geeft dezelfde regio en dezelfde uitkomsten', () => {
    const r = leesWerkmap(buffer, 'berekening.xlsx');
    if (!r.ok) throw new Error(r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('\n'));
    expect(r.waarde).toEqual(regio);
    const opnieuw = evalueerVariant(ns, r.waarde, VARIANT);
    expect(routesNaarUitvoer(opnieuw)).toEqual(routesNaarUitvoer(ev));
  });

  it('het blad Invoer bevat de variant als variant-bestand: met de ingelezen regio dezelfde uitkomsten', () => {
    const rijen = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Invoer, { header: 1, defval: '' });
    const i = rijen.findIndex((r) => r[0] === VARIANT_KOP);
    expect(i).toBeGreaterThan(0);
    const v = valideerVariant(JSON.parse(rijen[i + 2][0]), regio, { taken: ns.taken });
    if (!v.ok) throw new Error(JSON.stringify(v.problemen));
    expect(v.waarde.naam).toBe('Jeugdigen met onderwijsbijdrage');
    const r = leesWerkmap(buffer, 'berekening.xlsx');
    if (!r.ok) throw new Error('niet inleesbaar');
    expect(routesNaarUitvoer(evalueerVariant(ns, r.waarde, v.waarde))).toEqual(routesNaarUitvoer(ev));
  });

  it('ook met inventarisaties en een eigen scope blijft de werkmap inleesbaar en sluitend', () => {
    const metInv = demo();
    metInv.inventarisaties = [
      { school: 'S03', professional: 'fysiotherapeut', fte: 1.5 },
      { school: 'S04', professional: 'ergotherapeut', fte: 2, kaders: { onderwijs: 0.2, jeugdwet: 0.3, zvw: 0.5 } },
    ];
    const v = { ...standaardVariant(metInv), scope: ['behandeling', 'paramedisch'] };
    const buf = maakBerekeningBuffer(metInv, v, ns, { kleineAantallen: false, appVersie: 'x' });
    const w = open(buf);
    controleerFormules(w);
    const r = leesWerkmap(buf, 'inv.xlsx');
    expect(r.ok && r.waarde.inventarisaties).toEqual(metInv.inventarisaties);
    const t = tabel(w.Sheets.Behoefte, 'Kosten per school en kader (€ per schooljaar)');
    expect(t.waarde(t.rijen.find((x) => t.waarde(x, 'School') === 'S03')!, 'Inventarisatie')).toBe('ja');
    expect(tekstVan(w.Sheets.Toelichting)).toContain('maatwerk');
  });

  it('een variant die niet bij de regio past: een Nederlandse fout', () => {
    expect(() => maakBerekeningBuffer(regio, { centrumgemeente: 'GM0000' }, ns, { kleineAantallen: false, appVersie: 'x' })).toThrow(/onbekende gemeentecode GM0000/);
  });
});
