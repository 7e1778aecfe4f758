/** The session workbook for the verslag: opened with SheetJS, sheets and key cells. */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { maakSessieWerkmap, momentBlad, SESSIE_BLADEN } from '../../../core/export/ontwerpsessie';
import { FORMAAT } from '../../../core/export/werkblad';
import { evalueerVariant, standaardVariant } from '../../../shared/engine';
import {
  maakMomentopname,
  meerjarenUitEvaluatie,
  nieuweSessie,
  scopeEffecten,
  voegMomentopnameToe,
  type Ontwerpsessie,
} from '../../../shared/ontwerptafel';
import { alleen, demoregio, landelijk } from './hulp';

const ns = landelijk();
const regio = demoregio();
const breed = standaardVariant(regio);
const evBreed = evalueerVariant(ns, regio, breed);
const smal = { ...breed, naam: 'Smal', scope: 'smal' as const };
const evSmal = evalueerVariant(ns, regio, smal);

function sessie(): Ontwerpsessie {
  let s = nieuweSessie({
    naam: 'Ontwerptafel Demoregio',
    datum: '2025-03-12',
    scopeposities: {
      behandeling: { gemeenten: 'in', samenwerkingsverbanden: 'in', schoolbesturen: 'in', schoolleiders: 'in', zorgaanbieders: 'in', zorgkantoren_zorgverzekeraars: 'in', ouders: 'in' },
      leerstoornissen: { gemeenten: 'uit', samenwerkingsverbanden: 'uit', schoolbesturen: 'uit', zorgaanbieders: 'uit', ouders: 'in' },
    },
    notities: 'De tafel kiest voorlopig de integrale route.',
    // At Start the gemeenten weigh ontschotting double: the integrale route comes first for them.
    gewichten: { gemeenten: { ontschotting: 10 } },
  });
  s = voegMomentopnameToe(s, maakMomentopname(s, evBreed, 'Start', '2025-03-12T09:30:00Z'));
  s = { ...s, gewichten: { gemeenten: alleen({ eenvoud: 10, budgettoets: 4 }) } };
  return voegMomentopnameToe(s, maakMomentopname(s, evSmal, 'Smal', '2025-03-12T11:00:00Z'));
}

type Rij = (XLSX.CellObject | undefined)[];
function lees(buffer: Buffer): XLSX.WorkBook {
  return XLSX.read(buffer, { dense: true, cellNF: true, cellStyles: true });
}
const rijen = (wb: XLSX.WorkBook, blad: string) => (wb.Sheets[blad]['!data'] ?? []) as Rij[];
const tekstVan = (r: Rij | undefined) => (r ?? []).map((c) => (c?.v === undefined ? '' : String(c.v)));
/** The row whose first cell is `label`. */
const rijMet = (wb: XLSX.WorkBook, blad: string, label: string) => rijen(wb, blad).find((r) => r?.[0]?.v === label);
const kolom = (koppen: Rij, kop: string) => tekstVan(koppen).indexOf(kop);

describe('maakSessieWerkmap', () => {
  const s = sessie();
  const effecten = scopeEffecten(ns, regio, breed, evBreed);
  const mj = meerjarenUitEvaluatie(evBreed, { jaren: 2, basisjaar: 2025 });
  const wb = lees(maakSessieWerkmap(s, regio, { scopeEffecten: effecten, huidigeScope: effecten.filter((e) => e.inScope).map((e) => e.taak), meerjaren: mj, gemaakt: new Date('2025-03-12T16:00:00Z') }));

  it('has the sheets of the verslag, one per momentopname', () => {
    expect(wb.SheetNames).toEqual(['Toelichting', 'Besluiten', 'Gewichten', 'Momentopname 1', 'Momentopname 2', 'Vergelijking', 'Meerjarenraming']);
    expect(momentBlad(0)).toBe('Momentopname 1');
  });

  it('Toelichting: session, regio, date, what the table decided, the method and the criteria', () => {
    expect(rijen(wb, 'Toelichting')[0][0]!.v).toBe('Ontwerptafel: Ontwerptafel Demoregio');
    expect(tekstVan(rijMet(wb, 'Toelichting', 'Regio'))).toEqual(['Regio', 'Demoregio (fictief)']);
    expect(tekstVan(rijMet(wb, 'Toelichting', 'Datum van de sessie'))).toEqual(['Datum van de sessie', '12 maart 2025']);
    expect(tekstVan(rijMet(wb, 'Toelichting', 'Taken erin (meerderheid)'))[1]).toBe('Behandeling psychische problematiek');
    expect(tekstVan(rijMet(wb, 'Toelichting', 'Taken eruit (meerderheid)'))[1]).toBe('Begeleiding leerstoornissen');
    expect(tekstVan(rijMet(wb, 'Toelichting', 'Momentopname "Start"'))[1]).toMatch(/^12 maart 2025 om 10:30: bovenaan \(totaal\) .+; scope Breed \(11 van 11 taken\); pot € [\d.]+\.$/);
    expect(tekstVan(rijMet(wb, 'Toelichting', 'Notities'))[1]).toBe('De tafel kiest voorlopig de integrale route.');
    const alles = rijen(wb, 'Toelichting').flatMap(tekstVan).join('\n');
    expect(alles).toContain('Regie dicht bij de bron');
    expect(alles).toContain('Grootste verandering voor een gemeente');
    expect(alles).toContain('de huidige situatie bij een gelijke stand eerste');
    expect(alles).toContain('Ruimte voor individueel maatwerk');
    expect(alles).toContain('Schakels heeft een vaste schaal');
    // The survey of the report, with its caveat.
    expect(alles).toContain('Ter vergelijking: de enquête van het rapport');
    expect(alles).toContain('• Onderwijsroute: 6,6 (“De onderwijsroute krijgt van de respondenten de meeste bijval');
    expect(alles).toContain('• Integrale route: middenpositie');
    expect(alles).toContain('niet kunnen spreken van representatieve uitkomsten.” (par. 1.4, r. 1485)');
  });

  it('Besluiten: positions per group, the proposal and the effect on the pot, with euro and percentage formats', () => {
    const data = rijen(wb, 'Besluiten');
    const kopIndex = data.findIndex((r) => r?.[0]?.v === 'Taak');
    const koppen = data[kopIndex];
    expect(tekstVan(koppen).slice(0, 9)).toEqual(['Taak', 'Taakgroep', 'Gemeenten', 'Samenwerkingsverbanden', 'Schoolbesturen', 'Schoolleiders', 'Zorgaanbieders', 'Zorgkantoren en zorgverzekeraars', 'Ouders']);
    const ls = rijMet(wb, 'Besluiten', 'Begeleiding leerstoornissen')!;
    expect(ls[kolom(koppen, 'Gemeenten')]!.v).toBe('eruit');
    expect(ls[kolom(koppen, 'Zorgkantoren en zorgverzekeraars')]!.v).toBe('onbeslist');
    expect(ls[kolom(koppen, 'Eruit')]!.v).toBe(4);
    expect(ls[kolom(koppen, 'Voorstel')]!.v).toBe('eruit');
    expect(ls[kolom(koppen, 'In de variant')]!.v).toBe('ja');
    const e = effecten.find((x) => x.taak === 'leerstoornissen')!;
    const pot = ls[kolom(koppen, 'Pot zonder de taak')]!;
    expect(pot.v).toBeCloseTo(e.zonder.pot, 1);
    expect(pot.z).toBe(FORMAAT.euro);
    expect(ls[kolom(koppen, 'Aandeel onderwijs met')]!.z).toBe(FORMAAT.pct);
    // The difference is a formula over the two pot columns, written with its result.
    const v = ls[kolom(koppen, 'Verschil pot')]!;
    expect(v.f).toMatch(/^[A-Z]+\d+-[A-Z]+\d+$/);
    expect(v.v).toBeCloseTo(e.verschil, 1);
    expect(rijMet(wb, 'Besluiten', 'Behandeling psychische problematiek')![kolom(koppen, 'Unaniem')]!.v).toBe('ja');
    expect(wb.Sheets.Besluiten['!autofilter']!.ref).toBe(`A${kopIndex + 1}:${XLSX.utils.encode_col(koppen.length - 1)}${kopIndex + 12}`);
    expect(wb.Sheets.Besluiten['!cols']![0].wch).toBeGreaterThan(30);
  });

  it('Gewichten: the current weights and those of each momentopname', () => {
    const data = rijen(wb, 'Gewichten');
    const blokken = data.map((r) => r?.[0]?.v).filter((v) => typeof v === 'string' && (v === 'Huidige stand' || v.startsWith('Momentopname')));
    expect(blokken).toEqual(['Huidige stand', 'Momentopname 1: Start', 'Momentopname 2: Smal']);
    // Now the gemeenten weigh only eenvoud (10) and budgettoets (4); at Start every weight was 5.
    const eenvoud = data.filter((r) => r?.[0]?.v === 'Eenvoud: weinig schakels, geen nieuwe partij');
    expect(eenvoud.map((r) => [r[2]!.v, r[3]!.v])).toEqual([
      [10, 5],
      [5, 5],
      [10, 5],
    ]);
  });

  it('Momentopname: key figures, ranking per group and overall, scores with their origin, contributions', () => {
    const m = s.momentopnamen[1];
    expect(rijen(wb, 'Momentopname 2')[0][0]!.v).toBe('Momentopname: Smal');
    const pot = rijMet(wb, 'Momentopname 2', 'Pot, totaal')!;
    expect(pot[1]!.v).toBeCloseTo(evSmal.pot.totaal, 1);
    expect(pot[1]!.z).toBe(FORMAAT.euro);
    expect(tekstVan(rijMet(wb, 'Momentopname 2', 'Scope'))[1]).toBe('Smal (5 van 11 taken)');
    const totaal = rijMet(wb, 'Momentopname 2', 'Totaal (gemiddelde van de groepen)')!;
    expect(totaal[1]!.v).toContain(
      m.resultaten.weging.totaal.rangorde
        .filter((p) => p.plaats === 1)
        .map((p) => ({ huidig: 'Huidige situatie', gemeenteroute: 'Gemeenteroute', onderwijsroute: 'Onderwijsroute', integraal: 'Integrale route' })[p.route])[0],
    );
    expect(totaal[2]!.v).toBeCloseTo(m.resultaten.weging.totaal.scores.huidig!, 9);
    expect(totaal[2]!.z).toBe(FORMAAT.fte); // two decimals
    expect(rijMet(wb, 'Momentopname 2', 'Gemeenten')![1]!.v).toBe('Gemeenteroute');
    const scores = rijen(wb, 'Momentopname 2').filter((r) => r?.[0]?.v === 'Regie dicht bij de bron');
    expect(scores.map((r) => [r[1]!.v, r[2]!.v, r[3]!.v])).toEqual([
      ['Huidige situatie', 2, 'startpunt (rapport)'],
      ['Gemeenteroute', 3, 'startpunt (rapport)'],
      ['Onderwijsroute', 5, 'startpunt (rapport)'],
      ['Integrale route', 3, 'startpunt (rapport)'],
    ]);
    const loketten = rijen(wb, 'Momentopname 2').find((r) => r?.[0]?.v === 'Loketten per school' && r[1]?.v === 'Huidige situatie')!;
    expect(loketten[3]!.v).toBe('gemeten (rekenkern)');
    expect(loketten[4]!.v).toBe(evSmal.routes.huidig.loketten.gemiddeld);
    const gm = rijMet(wb, 'Momentopname 2', evSmal.partij['gemeente:GM9901'].naam)!;
    expect(gm[1]!.v).toBeCloseTo(evSmal.financiers.find((f) => f.partij === 'gemeente:GM9901')!.potdeel, 1);
    // The contributions end with a total row of SUM formulas.
    const som = rijen(wb, 'Momentopname 2').find((r) => r?.[0]?.v === 'Totaal')!;
    expect(som[1]!.f).toMatch(/^SUM\(B\d+:B\d+\)$/);
    expect(som[1]!.v).toBeCloseTo(evSmal.pot.totaal, 0);
    expect(wb.Sheets['Momentopname 2']['!autofilter']).toBeDefined();
  });

  it('Vergelijking: the momentopnamen side by side and what changed', () => {
    const start = rijMet(wb, 'Vergelijking', 'Start')!;
    const tweede = rijMet(wb, 'Vergelijking', 'Smal')!;
    expect(start[1]!.v).toBe('12 maart 2025 om 10:30');
    expect(start[3]!.v).toBeCloseTo(evBreed.pot.totaal, 1);
    expect(start[4]).toBeUndefined();
    expect(tweede[4]!.v).toBeCloseTo(evSmal.pot.totaal - evBreed.pot.totaal, 1);
    const wat = tekstVan(rijMet(wb, 'Vergelijking', 'Start → Smal'))[1];
    expect(wat).toContain('taken eraf: Begeleiding gedragsproblemen');
    expect(wat).toMatch(/pot \u2212€ [\d.]+/);
    expect(wat).toContain('14 gewichten anders');
    expect(wat).toContain('Gemeenten: bovenaan');
  });

  it('Meerjarenraming: years as columns, the pot per year and the assumptions', () => {
    const kop = rijen(wb, 'Meerjarenraming')[1];
    expect(tekstVan(kop)).toEqual(['', '2025/26', '2026/27', '2027/28']);
    const pot = rijMet(wb, 'Meerjarenraming', 'Pot, totaal')!;
    expect(pot[3]!.v).toBeCloseTo(evBreed.pot.totaal * 1.03 ** 2, 1);
    expect(tekstVan(rijMet(wb, 'Meerjarenraming', 'Prijsindex standaard 3% per jaar'))[1]).toContain('Bron: aanname');
    // The base year's price level is stated, and each year's index factor relative to it (default 1).
    expect(String(rijen(wb, 'Meerjarenraming')[0]![0]!.v)).toContain('basisjaar op prijspeil 2022');
    expect(rijMet(wb, 'Meerjarenraming', 'Indexfactor t.o.v. prijspeil 2022')!.slice(1).map((c) => c!.v)).toEqual([1, 1, 1]);
  });

  it('takes "In de variant" from the scope effects, else from the last momentopname', () => {
    const inVariant = (w: XLSX.WorkBook) => {
      const koppen = rijen(w, 'Besluiten').find((r) => r?.[0]?.v === 'Taak')!;
      return ['Verpleging', 'Begeleiding gedragsproblemen'].map((t) => rijMet(w, 'Besluiten', t)![kolom(koppen, 'In de variant')]!.v);
    };
    // The effects of the smal variant: verpleging in, gedrag (group B) out.
    expect(inVariant(lees(maakSessieWerkmap(s, regio, { scopeEffecten: scopeEffecten(ns, regio, smal, evSmal) })))).toEqual(['ja', 'nee']);
    // No effects: the last momentopname ("Smal").
    const w = lees(maakSessieWerkmap(s, regio));
    expect(inVariant(w)).toEqual(['ja', 'nee']);
    expect(rijen(w, 'Besluiten').some((r) => r?.[0]?.v === '"In de variant": de scope van de laatste momentopname ("Smal").')).toBe(true);
  });

  it('works for a session without momentopnamen or scope effects', () => {
    const leeg = lees(maakSessieWerkmap(nieuweSessie(), { regio: { naam: 'Testregio' } }));
    expect(leeg.SheetNames).toEqual(['Toelichting', 'Besluiten', 'Gewichten', 'Vergelijking']);
    expect(tekstVan(rijMet(leeg, 'Toelichting', 'Datum van de sessie'))[1]).toBe('niet ingevuld');
    expect(tekstVan(rijen(leeg, 'Vergelijking')[1])[0]).toBe('Er zijn nog geen momentopnamen gemaakt.');
    const koppen = tekstVan(rijen(leeg, 'Besluiten').find((r) => r?.[0]?.v === 'Taak'));
    expect(koppen).not.toContain('In de variant');
    expect(koppen).not.toContain('Pot met de taak');
    expect(SESSIE_BLADEN.besluiten).toBe('Besluiten');
  });
});
