/**
 * Kleine aantallen in the exported workbooks: no pupil count of 1–4 is visible anywhere, and the
 * figures it could be derived from are left out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { leesWerkmap } from '../../../core/excel';
import { maakBerekeningBuffer, maakOogoBuffer, maakOogoRapport } from '../../../core/export';
import { DOELGROEP_LABEL, DOELGROEPEN } from '../../../shared/domain/labels';
import { deriveNormenset, evalueerVariant, standaardVariant } from '../../../shared/engine';
import { cel, cellen, controleerFormules, demo, open, tabel, tabelVanaf, type GevondenTabel } from './hulp';

const ns = deriveNormenset();
const regio = demo();
const variant = standaardVariant(regio);
const kleineCellen = regio.leerlingen.filter((l) => l.aantal > 0 && l.aantal < 5);

let berekening: XLSX.WorkBook;
let berekeningBuffer: Buffer;
let oogo: XLSX.WorkBook;

beforeAll(() => {
  berekeningBuffer = maakBerekeningBuffer(regio, variant, ns, { kleineAantallen: true, appVersie: 'x' });
  berekening = open(berekeningBuffer);
  oogo = open(maakOogoBuffer(maakOogoRapport(regio, variant, ns, 'PO9901', { kleineAantallen: true, appVersie: 'x' })));
});

/** The pupil-count columns of both workbooks, by sheet and table. */
function leerlingKolommen(wb: XLSX.WorkBook): { plaats: string; tabel: GevondenTabel; ws: XLSX.WorkSheet; kolommen: string[] }[] {
  const uit: { plaats: string; tabel: GevondenTabel; ws: XLSX.WorkSheet; kolommen: string[] }[] = [];
  const voeg = (blad: string, t: GevondenTabel, kolommen: string[]) => uit.push({ plaats: blad, tabel: t, ws: wb.Sheets[blad], kolommen });
  const doelgroepen = DOELGROEPEN.map((d) => DOELGROEP_LABEL[d]);
  if (wb.SheetNames.includes('Behoefte')) {
    voeg('Leerlingen', tabelVanaf(wb.Sheets.Leerlingen, 0), ['Aantal']);
    voeg('Behoefte', tabel(wb.Sheets.Behoefte, 'Kosten per school en kader (€ per schooljaar)'), ['Leerlingen']);
    voeg('Behoefte', tabel(wb.Sheets.Behoefte, /^Kosten per woongemeente/), ['Leerlingen']);
  } else {
    voeg('Gemeenten', tabel(wb.Sheets.Gemeenten, /^Per gemeente/), ['Leerlingen', 'Leerlingen op scholen van het SWV']);
    voeg('Leerlingen', tabel(wb.Sheets.Leerlingen, /^Per gemeente en school/), [...doelgroepen, 'Totaal']);
    voeg('Leerlingen', tabel(wb.Sheets.Leerlingen, /^Per gemeente en doelgroep/), ['Op scholen van het SWV', ...doelgroepen, 'Totaal']);
    voeg('Samenwerkingsverband', tabel(wb.Sheets.Samenwerkingsverband, 'Scholen van het samenwerkingsverband'), ['Leerlingen']);
    // TLV counts estimated from a shown pupil count are shares, not counts of pupils: only the pupils column is a count.
    voeg('TLV', tabel(wb.Sheets.TLV, /^Per school/), ['Leerlingen']);
    voeg('TLV', tabel(wb.Sheets.TLV, /^Per woongemeente/), ['Leerlingen']);
  }
  return uit;
}

describe.each([
  ['berekening', () => berekening],
  ['OOGO', () => oogo],
])('kleine aantallen in de werkmap %s', (_, wb) => {
  it('geen aantal leerlingen van 1 tot en met 4 in een leerlingenkolom, ook niet in de totaalrij', () => {
    let getoond = 0;
    let verborgen = 0;
    for (const { plaats, tabel: t, ws, kolommen } of leerlingKolommen(wb())) {
      for (const kop of kolommen) {
        for (const r of [...t.rijen, ...(t.totaalRij === undefined ? [] : [t.totaalRij])]) {
          const v = cel(ws, r, t.kolom(kop))?.v;
          if (typeof v === 'number') {
            expect(v === 0 || v >= 5, `${plaats} rij ${r + 1} ${kop} = ${v}`).toBe(true);
            getoond++;
          } else if (v !== undefined) {
            // "<5", "x", or (OOGO) a total rounded to tens: "ca. 760".
            expect(String(v), `${plaats} rij ${r + 1} ${kop}`).toMatch(/^(<5|x|ca\. \d[\d.]*0)$/);
            verborgen++;
          }
        }
      }
    }
    expect(getoond).toBeGreaterThan(10);
    expect(verborgen).toBeGreaterThan(10);
  });

  it('niets glipt erdoor: elke andere kolom of regel "Leerlingen…" met getallen is hierboven meegenomen of klopt zelf', () => {
    const bekend = new Set(leerlingKolommen(wb()).flatMap((x) => x.kolommen.map((k) => `${x.plaats}|${x.tabel.kopRij}|${k}`)));
    const isWaarde = (c: XLSX.CellObject | undefined) => c !== undefined && (c.t === 'n' || c.v === '<5' || c.v === 'x');
    let regels = 0;
    for (const naam of wb().SheetNames) {
      const ws = wb().Sheets[naam];
      for (const { r, c, cel: x } of cellen(ws)) {
        if (typeof x.v !== 'string' || !/^Leerlingen\b/.test(x.v)) continue;
        // A header above a column of values.
        if (isWaarde(cel(ws, r + 1, c))) expect(bekend.has(`${naam}|${r}|${x.v}`), `${naam} rij ${r + 1}: ${x.v}`).toBe(true);
        // A label with its value to the right.
        const rechts = cel(ws, r, c + 1);
        if (isWaarde(rechts)) {
          regels++;
          if (rechts!.t === 'n') expect(rechts!.v === 0 || (rechts!.v as number) >= 5, `${naam} rij ${r + 1}`).toBe(true);
        }
      }
    }
    if (wb().SheetNames.includes('Invoer')) expect(regels).toBeGreaterThan(0);
  });

  it('een rijtotaal naast een verborgen aantal is weggelaten; getoonde totalen tellen precies op', () => {
    for (const { tabel: t, ws, kolommen } of leerlingKolommen(wb())) {
      if (!kolommen.includes('Totaal')) continue;
      const delen = kolommen.filter((k) => k !== 'Totaal' && k !== 'Op scholen van het SWV');
      for (const r of t.rijen) {
        const waarden = delen.map((k) => cel(ws, r, t.kolom(k))?.v);
        const totaal = cel(ws, r, t.kolom('Totaal'))?.v;
        if (waarden.some((v) => v === '<5' || v === 'x' || String(v).startsWith('ca. '))) expect(totaal).toBe('x');
        else expect(totaal).toBe(waarden.reduce((s: number, v) => s + ((v as number) ?? 0), 0));
      }
    }
  });

  it('de formules die overblijven rekenen nog steeds na', () => {
    controleerFormules(wb());
  });

  it('de Toelichting zegt dat de afscherming is toegepast', () => {
    const t = XLSX.utils.sheet_to_csv(wb().Sheets.Toelichting);
    expect(t).toContain('afgeschermd (voor delen)');
    expect(t).toContain('staat er als ""<5""');
  });
});

describe('kleine aantallen: afleidbare cijfers in de berekening', () => {
  it('het blad Leerlingen toont elke kleine cel als "<5"; de werkmap is niet opnieuw in te lezen en zegt dat', () => {
    const t = tabelVanaf(berekening.Sheets.Leerlingen, 0);
    const kleinGetoond = t.rijen.filter((r) => t.waarde(r, 'Aantal') === '<5').length;
    expect(kleinGetoond).toBe(kleineCellen.length);
    const r = leesWerkmap(berekeningBuffer, 'gedeeld.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problemen[0].melding).toMatch(/verwacht een geheel getal/);
    expect(XLSX.utils.sheet_to_csv(berekening.Sheets.Toelichting)).toContain('niet opnieuw als regio worden ingelezen');
  });

  it('een aantal leerlingen per school of gemeente met een kleine cel erin is weggelaten, anders precies de som', () => {
    const ws = berekening.Sheets.Behoefte;
    const verwacht = (cellen: typeof regio.leerlingen) => (cellen.some((l) => l.aantal > 0 && l.aantal < 5) ? 'x' : cellen.reduce((s, l) => s + l.aantal, 0));
    const s = tabel(ws, 'Kosten per school en kader (€ per schooljaar)');
    for (const r of s.rijen) expect(s.waarde(r, 'Leerlingen')).toBe(verwacht(regio.leerlingen.filter((l) => l.school === s.waarde(r, 'School'))));
    const g = tabel(ws, /^Kosten per woongemeente/);
    for (const r of g.rijen) expect(g.waarde(r, 'Leerlingen')).toBe(verwacht(regio.leerlingen.filter((l) => l.woongemeente === g.waarde(r, 'Gemeente'))));
    expect(XLSX.utils.sheet_to_csv(berekening.Sheets.Invoer)).toMatch(/\nLeerlingen,x,*\n/);
    // A school whose cells are all 5 or more keeps its count.
    const groot = demo();
    groot.leerlingen = groot.leerlingen.map((l) => ({ ...l, aantal: Math.max(5, l.aantal) }));
    const w = open(maakBerekeningBuffer(groot, variant, ns, { kleineAantallen: true, appVersie: 'x' }));
    const t = tabel(w.Sheets.Behoefte, 'Kosten per school en kader (€ per schooljaar)');
    expect(t.waarde(t.rijen[0], 'Leerlingen')).toBe(groot.leerlingen.filter((l) => l.school === 'S01').reduce((a, l) => a + l.aantal, 0));
    expect(typeof t.waarde(t.rijen[0], 'Per leerling')).toBe('number');
  });

  it('een bedrag per leerling bij een weggelaten aantal is ook weggelaten', () => {
    const ws = berekening.Sheets.Behoefte;
    const t = tabel(ws, 'Kosten per school en kader (€ per schooljaar)');
    for (const r of t.rijen) if (typeof t.waarde(r, 'Leerlingen') !== 'number') expect(t.waarde(r, 'Per leerling')).toBe('x');
  });

  it('een geldstroom van een gemeente naar één school met een verborgen aantal is weggelaten, en het bedrag staat nergens', () => {
    const ev = evalueerVariant(ns, regio, variant);
    // Klaverdijk (GM9909) has 1 pupil (gedrag) on S01: its Jeugdwet flow would be 1 × the norm amount.
    const stroom = ev.routes.huidig.stromen.find((s) => s.van === 'gemeente:GM9909' && s.naar === 'school:S01' && s.kader === 'jeugdwet')!;
    expect(stroom.bedrag).toBeGreaterThan(0);
    const ws = berekening.Sheets['Huidige situatie'];
    const t = tabel(ws, /^Geldstromen/);
    const rij = t.rijen.find((r) => t.waarde(r, 'Van') === 'Klaverdijk' && t.waarde(r, 'Naar') === 'SO De Wissel (cluster 4)' && t.waarde(r, 'Kader') === 'Jeugdwet')!;
    expect(t.waarde(rij, 'Bedrag')).toBe('x');
    expect(t.waarde(t.totaalRij!, 'Bedrag')).toBe('x');
    // With one pupil the flow is exactly the norm amount per so pupil less its pgb part (paid through
    // the parents): nowhere else may it appear.
    const centen = Math.round(stroom.bedrag * 100) / 100;
    expect(centen).toBe(Math.round(ev.behoefte!.perDoelgroepEnSector.so.gedrag.jeugdwet * (1 - ns.pgbAandeel.jeugdwet) * 100) / 100);
    for (const naam of berekening.SheetNames.filter((b) => b !== 'Normen')) for (const { cel: c } of cellen(berekening.Sheets[naam])) expect(c.v === centen, naam).toBe(false);
    // A flow from a gemeente with only large cells on that school stays.
    const groot = t.rijen.find((r) => t.waarde(r, 'Van') === 'Centrumstad' && t.waarde(r, 'Naar') === 'SO De Wissel (cluster 4)' && t.waarde(r, 'Kader') === 'Jeugdwet')!;
    expect(typeof t.waarde(groot, 'Bedrag')).toBe('number');
  });

  it('zonder afscherming staan de kleine aantallen er gewoon', () => {
    const wb = open(maakBerekeningBuffer(regio, variant, ns, { kleineAantallen: false, appVersie: 'x' }));
    const t = tabelVanaf(wb.Sheets.Leerlingen, 0);
    expect(t.rijen.filter((r) => (t.waarde(r, 'Aantal') as number) < 5)).toHaveLength(kleineCellen.length);
    expect(XLSX.utils.sheet_to_csv(wb.Sheets.Toelichting)).toContain('niet afgeschermd');
  });
});
