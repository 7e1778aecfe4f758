/**
 * Sheet Normen: every parameter the calculation used, with its kind (gepubliceerd, afgeleid,
 * aanname, keuze, or regionaal aangepast when the normenset overrides the derived value) and its
 * source; then the values themselves: cost per pupil per doelgroep and kader in the variant's
 * scope, the doelgroep mix, the professionals (tarief, fte per 100 pupils), the tasks, the
 * published key figures and the assumptions of the routes.
 */
import { DOELGROEP_LABEL, DOELGROEPEN, KADER_LABEL, KADERS, type Doelgroep } from '../../shared/domain/labels';
import { AANNAMES_ROUTES, deriveNormenset, GROEP_LABEL, type Normenset, type NormParameterBron } from '../../shared/engine';
import { normenOverzicht } from '../../shared/engine/normen-overzicht';
import type { ExportContext } from './context';
import { som, Werkblad, type WerkbladKolom } from './werkblad';

const SOORT_LABEL: Record<NormParameterBron['soort'] | 'aangepast', string> = {
  gepubliceerd: 'gepubliceerd',
  afgeleid: 'afgeleid',
  aanname: 'aanname',
  keuze: 'keuze',
  aangepast: 'regionaal aangepast',
};

/** Parameters that are fields of the Normenset, so an override can be detected by comparing values. */
const VELDEN = ['leerlingen', 'ftePer100', 'kostenProfessional', 'w', 'fteNat', 'tarief', 'groupCosts', 'groupKaderTotals', 'mix', 'split', 'c'] as const;

const referenties = new WeakMap<Normenset['published'], Normenset>();

function gelijk(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => gelijk(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => gelijk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** Parameter ids whose value differs from the normenset derived from the same published data. */
export function aangepasteParameters(ns: Normenset): Set<string> {
  let ref = referenties.get(ns.published);
  if (!ref) {
    ref = deriveNormenset(ns.published);
    referenties.set(ns.published, ref);
  }
  return new Set(VELDEN.filter((v) => !gelijk(ns[v], ref[v])));
}

export function normenBlad(ctx: ExportContext): Werkblad {
  const ns = ctx.normenset;
  const o = normenOverzicht(ns);
  const aangepast = aangepasteParameters(ns);
  const b = ctx.behoefte;
  const blad = new Werkblad();
  blad.tekst('Normen: elke parameter van de berekening met zijn herkomst').leeg();
  blad.paren([
    ['Normenset', `${o.naam} (${o.id})`],
    ['Bron', o.bron.document],
    ['Scope van de variant', `${b.scope.naam} (${b.taken.length} taken)`],
  ]);
  if (aangepast.size) blad.tekst(`Let op: deze normenset wijkt regionaal af van de landelijke afleiding bij: ${[...aangepast].join(', ')}.`);
  blad.leeg();

  const parameters: WerkbladKolom<NormParameterBron>[] = [
    { kop: 'Parameter', soort: 'tekst', waarde: (p) => p.parameter },
    { kop: 'Naam', soort: 'tekst', waarde: (p) => p.naam, breedte: 45 },
    { kop: 'Soort', soort: 'tekst', waarde: (p) => SOORT_LABEL[aangepast.has(p.parameter) ? 'aangepast' : p.soort], uitleg: 'gepubliceerd (tabel uit het rapport), afgeleid (berekend volgens het rekenmodel), aanname, keuze, of regionaal aangepast.' },
    { kop: 'Beschrijving', soort: 'tekst', waarde: (p) => p.beschrijving, breedte: 60 },
    { kop: 'Bron', soort: 'tekst', waarde: (p) => p.bron ?? 'rekenmodel', breedte: 50 },
  ];
  blad.tabel(parameters, o.parameters, { titel: 'Parameters', totaal: false, autofilter: true });
  blad.leeg();

  const eenheid: WerkbladKolom<Doelgroep>[] = [
    { kop: 'Doelgroep', soort: 'tekst', waarde: (d) => DOELGROEP_LABEL[d] },
    ...KADERS.map((k): WerkbladKolom<Doelgroep> => ({ kop: KADER_LABEL[k], soort: 'euro', waarde: (d) => b.perDoelgroep[d][k] })),
    { kop: 'Totaal', soort: 'euro', rekenregel: som(...KADERS.map((k) => KADER_LABEL[k])) },
  ];
  blad.tabel(eenheid, DOELGROEPEN, { titel: `Kosten per leerling per doelgroep en kader (€ per jaar, scope ${b.scope.naam})`, totaal: false });
  blad.leeg();

  blad.tabel(
    [
      { kop: 'Doelgroep', soort: 'tekst', waarde: (r) => DOELGROEP_LABEL[r.doelgroep] },
      { kop: 'Aandeel landelijk', soort: 'pct', waarde: (r) => r.aandeel, totaal: true },
    ],
    o.doelgroepmix,
    { titel: 'Landelijke doelgroepmix (w, afgeleid uit tabel 2.2)' },
  );
  blad.leeg();

  const scopeIdx = b.taken.map((id) => ns.taken.findIndex((t) => t.id === id));
  const profIdx = new Map(ns.professionals.map((p, i) => [p.id, i]));
  type ProfRij = (typeof o.professionals)[number];
  const aandeelScope = (p: ProfRij) => {
    const c = ns.c[profIdx.get(p.id)!];
    const alle = c.reduce((s, x) => s + x, 0);
    return alle > 0 ? scopeIdx.reduce((s, t) => s + c[t], 0) / alle : 0;
  };
  blad.tabel(
    [
      { kop: 'Professional', soort: 'tekst', waarde: (p: ProfRij) => p.naam },
      { kop: 'Tarief per fte', soort: 'euro', waarde: (p: ProfRij) => p.tarief, totaal: false, uitleg: 'Integrale kosten per fte per jaar: landelijke kosten breed (tabel 2.6) / landelijke fte.' },
      { kop: 'Fte landelijk', soort: 'fte', waarde: (p: ProfRij) => p.fteLandelijk },
      { kop: 'Kosten breed landelijk', soort: 'euro', waarde: (p: ProfRij) => p.kostenBreed, uitleg: 'Tabel 2.6, breed scenario.' },
      { kop: 'Geklemd', soort: 'tekst', waarde: (p: ProfRij) => p.geklemd, uitleg: 'ja: in de bron is medium hoger dan breed; zie parameter groupCosts.' },
      { kop: 'Aandeel in scope', soort: 'pct', waarde: aandeelScope, uitleg: 'Deel van de zorgkosten van deze professional dat binnen de taken van de scope valt.' },
      ...DOELGROEPEN.map((d, di): WerkbladKolom<ProfRij> => ({ kop: `Fte per 100 lln ${DOELGROEP_LABEL[d]}`, soort: 'fte', totaal: false, waarde: (p) => ns.ftePer100[profIdx.get(p.id)!][di], uitleg: 'Tabel 2.2.' })),
    ],
    o.professionals,
    { titel: 'Professionals: tarief en fte per 100 leerlingen' },
  );
  blad.leeg();

  const inScope = new Set(b.taken);
  blad.tabel(
    [
      { kop: 'Taak', soort: 'tekst', waarde: (t) => t.naam },
      { kop: 'Groep', soort: 'tekst', waarde: (t) => GROEP_LABEL[t.groep] },
      { kop: 'Kosten breed landelijk', soort: 'euro', waarde: (t) => t.kostenBreed, uitleg: 'Tabel 2.4.' },
      { kop: 'In de scope', soort: 'tekst', waarde: (t) => inScope.has(t.id) },
    ],
    o.taken,
    { titel: 'Taken (tabel 2.3 en 2.4)' },
  );
  blad.leeg();

  blad.tabel(
    [
      { kop: 'Kengetal', soort: 'tekst', waarde: (k) => k.omschrijving, breedte: 45 },
      { kop: 'Waarde', soort: 'tekst', waarde: (k) => k.waarde.toLocaleString('nl-NL') },
      { kop: 'Eenheid', soort: 'tekst', waarde: (k) => k.eenheid },
      { kop: 'Bron', soort: 'tekst', waarde: (k) => k.bronTekst },
    ],
    o.kengetallen,
    { titel: 'Kengetallen uit het rapport', totaal: false },
  );
  blad.leeg();

  blad.tabel(
    [
      { kop: 'Aanname', soort: 'tekst', waarde: (a) => a.titel, breedte: 45 },
      { kop: 'Toelichting', soort: 'tekst', waarde: (a) => a.tekst, breedte: 60 },
    ],
    AANNAMES_ROUTES,
    { titel: 'Aannames van de routes (waar het rekenmodel een keuze laat)', totaal: false },
  );
  for (const w of o.waarschuwingen) blad.tekst(`Let op: ${w}`);
  return blad;
}
