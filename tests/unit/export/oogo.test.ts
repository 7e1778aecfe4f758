import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { maakOogoBuffer, maakOogoRapport, OOGO_BLADEN, swvGebied } from '../../../core/export';
import { DOELGROEP_LABEL, DOELGROEPEN, KADERS, type Doelgroep } from '../../../shared/domain/labels';
import { deriveNormenset, evalueerVariant, standaardVariant, type VariantInvoer } from '../../../shared/engine';
import type { OogoRapport } from '../../../shared/export/oogo-typen';
import { cel, controleerFormules, demo, open, tabel, tabelVanaf } from './hulp';

const ns = deriveNormenset();
// v1's derivation of the area (from the SWV's schools): the demo without SWV fields at its gemeenten.
const regio = { ...demo(), gemeenten: demo().gemeenten.map((g) => ({ ...g, swvPo: undefined, swvVo: undefined })) } as ReturnType<typeof demo>;
const variant = standaardVariant(regio);
const naam = (code: string) => regio.gemeenten.find((g) => g.code === code)!.naam;

let open_: OogoRapport;
let gedeeld: OogoRapport;

beforeAll(() => {
  open_ = maakOogoRapport(regio, variant, ns, 'PO9901', { kleineAantallen: false, appVersie: '1.2.3', datum: new Date(2026, 2, 12) });
  gedeeld = maakOogoRapport(regio, variant, ns, 'PO9901', { kleineAantallen: true, appVersie: '1.2.3', datum: new Date(2026, 2, 12) });
});

describe('OOGO-rapport van PO9901 in de demoregio', () => {
  it('het gebied: de woongemeenten van de leerlingen op zijn scholen plus de vestigingsgemeenten', () => {
    const scholen = regio.scholen.filter((s) => s.swv === 'PO9901').map((s) => s.code);
    expect(scholen).toEqual(['S01', 'S04']);
    const verwacht = new Set([...regio.leerlingen.filter((l) => scholen.includes(l.school) && l.aantal > 0).map((l) => l.woongemeente), 'GM9901', 'GM9903']);
    expect(open_.gemeenten.map((g) => g.code)).toEqual(regio.gemeenten.map((g) => g.code).filter((c) => verwacht.has(c)));
    expect(swvGebied(regio, 'PO9901').vestigingsgemeenten).toEqual(new Set(['GM9901', 'GM9903']));
    const dijkhoven = open_.gemeenten.find((g) => g.code === 'GM9903')!;
    expect(dijkhoven.vestigingVan).toEqual(['Mytylschool De Regenboog']);
    expect(dijkhoven.redenInGebied).toContain('vestigingsgemeente van Mytylschool De Regenboog');
    expect(open_.gebied).toMatch(/woongemeenten.*vestigingsgemeenten/);
  });

  it('kop: samenwerkingsverband, regio, variant en datum', () => {
    expect(open_.kop).toMatchObject({
      swv: { code: 'PO9901', naam: 'SWV Passend Primair Onderwijs Centrumstad e.o. (fictief)' },
      regio: 'Demoregio (fictief)',
      variant: 'Standaardvariant (rekenmodel)',
      datum: '2026-03-12',
      datumTekst: '12 maart 2026',
      appVersie: '1.2.3',
      kleineAantallen: false,
    });
  });

  it('leerlingen per gemeente, school en doelgroep zijn die van het regio-bestand; scholen van het SWV eerst', () => {
    for (const g of open_.gemeenten) {
      const cellen = regio.leerlingen.filter((l) => l.woongemeente === g.code && l.aantal > 0);
      expect(g.leerlingen.totaal).toBe(cellen.reduce((s, l) => s + l.aantal, 0));
      for (const d of DOELGROEPEN) expect(g.leerlingen.perDoelgroep[d]).toBe(cellen.filter((l) => l.doelgroep === d).reduce((s, l) => s + l.aantal, 0));
      for (const rij of g.leerlingen.rijen) {
        // An so-vso school may have a cel per sector for one combination: the report adds them up.
        for (const d of DOELGROEPEN) expect(rij.perDoelgroep[d]).toBe(cellen.filter((l) => l.school === rij.school && l.doelgroep === d).reduce((s, l) => s + l.aantal, 0));
      }
      const vanSwv = g.leerlingen.rijen.map((r) => r.vanSwv);
      expect(vanSwv).toEqual([...vanSwv].sort((a, b) => Number(b) - Number(a)));
      expect(g.leerlingen.opScholenVanSwv).toBe(cellen.filter((l) => ['S01', 'S04'].includes(l.school)).reduce((s, l) => s + l.aantal, 0));
    }
    const centrum = open_.gemeenten[0];
    expect(centrum.naam).toBe('Centrumstad');
    expect(centrum.leerlingen.rijen[0]).toMatchObject({ school: 'S01', vanSwv: true, perDoelgroep: { gedrag: 169, lvb_ml: 10 } });
  });

  it('zorgbehoefte per kader en wie die nu betaalt, gelijk aan de rekenkern', () => {
    const ev = evalueerVariant(ns, regio, variant);
    for (const g of open_.gemeenten) {
      const b = ev.behoefte!.perGemeente.find((x) => x.gemeente === g.code)!;
      for (const k of g.zorgbehoefte.kaders) expect(k.bedrag).toBeCloseTo(b.perKader[k.kader], 6);
      expect(g.zorgbehoefte.kaders.map((k) => k.kader)).toEqual([...KADERS]);
      expect(g.zorgbehoefte.kaders.find((k) => k.kader === 'jeugdwet')!.financierNu).toBe(`${g.naam} (woongemeente)`);
      expect(g.zorgbehoefte.kaders.find((k) => k.kader === 'wlz')!.financierNu).toBe('het zorgkantoor');
      expect(g.zorgbehoefte.gemeenteNu).toBeCloseTo(b.perKader.jeugdwet + b.perKader.wmo, 6);
      const opSwv = ev.behoefte!.cellen.filter((c) => c.gemeente === g.code && ['S01', 'S04'].includes(c.school)).reduce((s, c) => s + c.totaal, 0);
      expect(g.zorgbehoefte.opScholenVanSwv as number).toBeCloseTo(opSwv, 6);
    }
  });

  it('wat elke route betekent voor de gemeente en voor het samenwerkingsverband', () => {
    const ev = evalueerVariant(ns, regio, variant);
    const havenveld = open_.gemeenten.find((g) => g.code === 'GM9902')!;
    expect(havenveld.routes.map((r) => r.route)).toEqual(['huidig', 'gemeenteroute', 'onderwijsroute', 'integraal']);
    const gr = havenveld.routes[1];
    expect(gr.bijdrage).toBeCloseTo(ev.routes.gemeenteroute.bijdragen.find((b) => b.financier === 'gemeente:GM9902')!.bedrag, 6);
    expect(gr.budgethouder).toBe('Centrumstad');
    expect(gr.tekst).toMatch(/^Betaalt € [\d.]+ aan Centrumstad \(evenveel als nu\)\.$/);
    const or = havenveld.routes[2];
    const naarSwv = ev.routes.onderwijsroute.stromen.filter((s) => s.van === 'gemeente:GM9902' && s.naar === 'swv:PO9901').reduce((s, x) => s + x.bedrag, 0);
    expect(or.naarSwv).toBeCloseTo(naarSwv, 6);
    expect(or.tekst).toContain('waarvan');
    const buiten = open_.gemeenten.find((g) => g.code === 'GM9981')!;
    expect(buiten.statusTekst).toBe('buiten de regio, blijft individueel betalen');
    expect(buiten.routes[1].tekst).toMatch(/^Betaalt niet aan de pot en blijft € [\d.]+ individueel/);

    const swv = open_.swvRoutes;
    expect(swv.map((r) => r.budgethouder)).toEqual([false, false, true, false]);
    const h = ev.routes.onderwijsroute.budgethouders.find((x) => x.partij === 'swv:PO9901')!;
    expect(swv[2].instroom).toBeCloseTo(h.instroom, 6);
    expect(swv[2].tekst).toMatch(/budgethouder voor zijn 2 scholen/);
    expect(swv[0].potScholen).toBeCloseTo(ev.pot.perSchool.filter((s) => ['S01', 'S04'].includes(s.school)).reduce((s, x) => s + x.totaal, 0), 6);
    expect(swv[0].lokettenGemiddeld).toBe((ev.routes.huidig.lokettenPerSchool.S01 + ev.routes.huidig.lokettenPerSchool.S04) / 2);
  });

  it('de bespreekpunten noemen echte gemeenten en scholen uit het gebied', () => {
    const punten = open_.bespreekpunten;
    expect(punten.length).toBeGreaterThanOrEqual(4);
    const ids = punten.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['bijdrage-verandert', 'afhankelijke-scholen', 'buiten-regio', 'vestigingsgemeente', 'onderwijsdeel', 'niet-in-pot']));
    const gebied = new Set(open_.gemeenten.map((g) => g.naam));
    const genoemd = punten.flatMap((p) => p.gemeenten);
    expect(genoemd.length).toBeGreaterThan(0);
    for (const g of genoemd) expect(gebied.has(g), g).toBe(true);
    for (const p of punten) for (const g of p.gemeenten) expect(p.tekst).toContain(g);
    const buiten = punten.find((p) => p.id === 'buiten-regio')!;
    expect(buiten.gemeenten).toEqual([naam('GM9981'), naam('GM9982'), naam('GM9983')]);
    const scholen = punten.find((p) => p.id === 'afhankelijke-scholen')!;
    expect(scholen.scholen).toEqual(expect.arrayContaining(['SO De Wissel (cluster 4)', 'Mytylschool De Regenboog']));
    expect(scholen.tekst).toMatch(/leerlingen uit 12 gemeenten \(3 buiten de regio\)/);
    // With zorggebruik nobody pays more or less; the point names the biggest payers instead.
    expect(punten[0].titel).toMatch(/eigen leerlingen/);
    expect(punten[0].gemeenten[0]).toBe('Centrumstad');
  });

  it('met een andere verdeelsleutel: de gemeenten waarvan de bijdrage het meest verandert, met bedrag en procent', () => {
    const v: VariantInvoer = { ...variant, verdeelsleutel: { type: 'jeugdigen' }, deelname: { 'gemeente:GM9905': false } };
    const r = maakOogoRapport(regio, v, ns, 'PO9901', { kleineAantallen: true, appVersie: 'x' });
    const p = r.bespreekpunten.find((x) => x.id === 'bijdrage-verandert')!;
    expect(p.titel).toBe('Gemeenten waarvan de bijdrage het meest verandert');
    expect(p.gemeenten).toHaveLength(3);
    const grootste = [...r.gemeenten.filter((g) => g.inRegio)].sort((a, b) => Math.abs(b.routes[1].verschil) - Math.abs(a.routes[1].verschil))[0];
    expect(p.gemeenten[0]).toBe(grootste.naam);
    expect(p.tekst).toMatch(/\([+-]?€ [\d.]+, [+-]?[\d,]+%\)/);
    expect(r.bespreekpunten.find((x) => x.id === 'niet-deelnemers')!.gemeenten).toEqual([naam('GM9905')]);
  });

  it('met kleine aantallen: cellen van 1–4 als "<5", totalen met zo\'n cel afgerond op tientallen, bedragen per gemeente blijven', () => {
    const centrum = gedeeld.gemeenten[0];
    const s04 = centrum.leerlingen.rijen.find((r) => r.school === 'S04')!;
    expect(s04.perDoelgroep.lz).toBe('<5');
    expect(s04.totaal).toMatch(/^ca\. \d+0$/);
    expect(centrum.leerlingen.rijen[0].totaal).toBe(179);
    expect(centrum.leerlingen.perDoelgroep.gedrag).toBe(422);
    // Centrumstad (759 pupils) keeps its total: rounded, not hidden.
    expect(centrum.leerlingen.totaal).toBe('ca. 760');
    expect(gedeeld.kleineAantallen.join(' ')).toContain('ca. 760');
    expect(centrum.zorgbehoefte.totaal).toBeCloseTo(open_.gemeenten[0].zorgbehoefte.totaal, 6);
    expect(centrum.zorgbehoefte.opScholenVanSwv).toBe('x');
    const alle = gedeeld.gemeenten.flatMap((g) => [g.leerlingen.totaal, g.leerlingen.opScholenVanSwv, ...Object.values(g.leerlingen.perDoelgroep), ...g.leerlingen.rijen.flatMap((r) => [r.totaal, ...Object.values(r.perDoelgroep)])]);
    for (const v of alle) if (typeof v === 'number') expect(v === 0 || v >= 5).toBe(true);
    expect(gedeeld.kleineAantallen.join(' ')).toContain('"<5"');
    expect(open_.kleineAantallen).toEqual([]);
  });

  it('een onbekend samenwerkingsverband: een Nederlandse fout met de bekende codes', () => {
    expect(() => maakOogoRapport(regio, variant, ns, 'XX0000', { kleineAantallen: true, appVersie: 'x' })).toThrow('onbekend samenwerkingsverband "XX0000"; bekend: PO9901, PO9902, VO9901, VO9902');
  });
});

describe('OOGO-werkmap', () => {
  it('bladen, koppen, formaten, autofilters en formules die narekenen', () => {
    const wb = open(maakOogoBuffer(open_));
    expect(wb.SheetNames).toEqual(Object.values(OOGO_BLADEN));
    expect(wb.SheetNames).toEqual(['Toelichting', 'Bespreekpunten', 'Gemeenten', 'Leerlingen', 'Zorgkosten (norm)', 'Routes', 'Samenwerkingsverband', 'TLV']);
    expect(controleerFormules(wb)).toBeGreaterThan(100);

    const toel = XLSX.utils.sheet_to_csv(wb.Sheets.Toelichting);
    for (const t of ['SWV Passend Primair Onderwijs Centrumstad e.o. (fictief) (PO9901)', 'Demoregio (fictief)', 'Standaardvariant (rekenmodel)', '12 maart 2026', 'ZiO Collectieve Pot 1.2.3', 'Het gebied']) expect(toel).toContain(t);

    const bp = tabelVanaf(wb.Sheets.Bespreekpunten, 2);
    expect(bp.koppen).toEqual(['Nr', 'Onderwerp', 'Toelichting', 'Gemeenten', 'Scholen', 'Bron']);
    expect(bp.rijen.map((x) => bp.waarde(x, 'Onderwerp'))).toEqual(open_.bespreekpunten.map((p) => p.titel));
    expect(wb.Sheets.Bespreekpunten['!autofilter']).toBeDefined();

    const g = tabel(wb.Sheets.Gemeenten, /^Per gemeente/);
    expect(g.rijen.map((r) => g.waarde(r, 'Gemeente'))).toEqual(open_.gemeenten.map((x) => x.naam));
    const eerste = g.rijen[0];
    expect(cel(wb.Sheets.Gemeenten, eerste, g.kolom('Gemeenteroute'))!.z).toBe('"€ "#,##0;"\u2212€ "#,##0');
    expect(cel(wb.Sheets.Gemeenten, eerste, g.kolom('Verschil gemeenteroute'))!.f).toBeDefined();
    expect(g.waarde(eerste, 'Leerlingen')).toBe(open_.gemeenten[0].leerlingen.totaal);
    expect(wb.Sheets.Gemeenten['!autofilter']!.ref).toBe(XLSX.utils.encode_range({ s: { r: g.kopRij, c: 0 }, e: { r: g.rijen.at(-1)!, c: g.koppen.length - 1 } }));
    expect(g.waarde(g.totaalRij!, 'Zorgkosten (norm)') as number).toBeCloseTo(open_.gemeenten.reduce((s, x) => s + x.zorgbehoefte.totaal, 0), 0);

    const l = tabel(wb.Sheets.Leerlingen, /^Per gemeente en school/);
    expect(l.koppen).toEqual(['Gemeente', 'School', 'Naam school', 'School van het SWV', ...DOELGROEPEN.map((d: Doelgroep) => DOELGROEP_LABEL[d]), 'Totaal']);
    expect(l.rijen).toHaveLength(open_.gemeenten.reduce((s, x) => s + x.leerlingen.rijen.length, 0));
    expect(l.waarde(l.totaalRij!, 'Totaal')).toBe(open_.gemeenten.reduce((s, x) => s + (x.leerlingen.totaal as number), 0));

    const z = tabel(wb.Sheets['Zorgkosten (norm)'], /^Zorgkosten \(norm\) van de leerlingen/);
    // "Nu" is what the gemeente pays today (all tasks), the same figure on every sheet.
    expect(z.waarde(z.rijen[0], 'Gemeente betaalt nu (Jeugdwet + Wmo, alle taken)') as number).toBeCloseTo(open_.gemeenten[0].zorgbehoefte.gemeenteNu, 1);
    expect(g.waarde(eerste, 'Nu') as number).toBeCloseTo(open_.gemeenten[0].zorgbehoefte.gemeenteNu, 1);

    const r = tabel(wb.Sheets.Routes, /^Per gemeente en route/);
    expect(r.rijen).toHaveLength(open_.gemeenten.length * 4);
    // The Huidige situatie has no pot: no contribution and nothing "buiten de pot", but today's figure.
    const nuRij = r.rijen.find((x) => r.waarde(x, 'Route') === 'Huidige situatie')!;
    expect([r.waarde(nuRij, 'Bijdrage'), r.waarde(nuRij, 'Buiten de pot')]).toEqual(['–', '–']);
    expect(r.waarde(nuRij, 'Nu') as number).toBeGreaterThan(0);
    const s = tabel(wb.Sheets.Samenwerkingsverband, 'Per route');
    expect(s.rijen.map((x) => s.waarde(x, 'Route'))).toEqual(['Huidige situatie', 'Gemeenteroute', 'Onderwijsroute', 'Integrale route']);
  });
});

describe('OOGO-rapport per gemeente, voor elk samenwerkingsverband', () => {
  // The sections read the regio grouped per gemeente; every figure must equal a scan of the whole regio.
  const zwaar: VariantInvoer = { scope: 'medium', onderwijsroute: { budgethouder: 'betalend_swv' } };
  for (const v of [variant, zwaar]) {
    it(`leerlingen, zorgkosten op de scholen van het SWV en bijdragen aan het SWV (${v === variant ? 'standaardvariant' : 'betalend samenwerkingsverband'})`, () => {
      const ev = evalueerVariant(ns, regio, v);
      for (const swv of regio.samenwerkingsverbanden) {
        const r = maakOogoRapport(regio, v, ns, swv.code, { kleineAantallen: false, appVersie: '1.2.3', datum: new Date(2026, 2, 12) });
        const scholen = new Set(regio.scholen.filter((s) => s.swv === swv.code).map((s) => s.code));
        expect(r.gemeenten.length).toBeGreaterThan(0);
        for (const g of r.gemeenten) {
          const cellen = regio.leerlingen.filter((l) => l.woongemeente === g.code && l.aantal > 0);
          expect(g.leerlingen.totaal).toBe(cellen.reduce((s, l) => s + l.aantal, 0));
          expect(g.leerlingen.opScholenVanSwv).toBe(cellen.filter((l) => scholen.has(l.school)).reduce((s, l) => s + l.aantal, 0));
          const opSwv = ev.behoefte!.cellen.filter((c) => c.gemeente === g.code && scholen.has(c.school)).reduce((s, c) => s + c.totaal, 0);
          expect(g.zorgbehoefte.opScholenVanSwv as number).toBeCloseTo(opSwv, 6);
          const naarSwv = ev.routes.onderwijsroute.stromen.filter((s) => s.van === `gemeente:${g.code}` && s.naar === `swv:${swv.code}` && s.soort === 'bijdrage').reduce((s, x) => s + x.bedrag, 0);
          expect(g.routes.find((x) => x.route === 'onderwijsroute')!.naarSwv).toBe(naarSwv);
          expect(g.routes.filter((x) => x.route !== 'onderwijsroute').every((x) => x.naarSwv === null)).toBe(true);
        }
      }
    });
  }

  it('met de evaluatie die de aanroeper al heeft: hetzelfde rapport', () => {
    const opties = { kleineAantallen: true, appVersie: '1.2.3', datum: new Date(2026, 2, 12) };
    const ev = evalueerVariant(ns, regio, variant);
    expect(maakOogoRapport(regio, variant, ns, 'VO9901', { ...opties, evaluatie: ev })).toEqual(maakOogoRapport(regio, variant, ns, 'VO9901', opties));
  });
});
