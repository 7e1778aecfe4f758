import { DOELGROEPEN, KADERS, KADER_LABEL, DOELGROEP_KORT } from '../domain/labels';
import { pasMixMetAandelenAan, type AandeelUitkomst } from './aandelen';
import { PGB_BRONNEN, pgbAandelen, type PgbAandelen } from './pgb';
import { kleinsteKwadratenOpSimplex } from './doelgroepmix';
import { UITGESLOTEN_KADERS } from './financieringsmix';
import { GROEPEN, NORMEN_LANDELIJK, bronTekst, type Groep, type Professional, type PublishedNormen, type Taak } from './normen';
import { CEL_SECTOREN, leidSectorAf } from './sector';
import { pasTaakverdelingAan, priorTaakGewichten } from './taakverdeling';

/**
 * The derived normenset (rekenmodel §1): everything the need calculation (§2) uses, as plain
 * arrays indexed by professional (order of `professionals`), doelgroep (order of DOELGROEPEN),
 * kader (order of KADERS) and task (order of `taken`). Treat a normenset as immutable: a regional
 * override is a copy with some arrays replaced (e.g. `{ ...ns, tarief: eigenTarieven }`) or
 * `deriveNormenset(eigenGepubliceerdeData)`.
 */
export interface Normenset {
  /** Id of the published data set it was derived from, e.g. "landelijk-2022". */
  id: string;
  naam: string;
  published: PublishedNormen;
  professionals: readonly Professional[];
  taken: readonly Taak[];
  /** N: pupils nationally (par. 1.2.1). */
  leerlingen: number;
  /** A[p][d]: fte per 100 pupils (tabel 2.2). */
  ftePer100: number[][];
  /** A[p][d][σ]: fte per 100 pupils per sector (so, vso), derived from tabel 2.2 (v2 §11). */
  ftePer100Sector: number[][][];
  /** Share of so pupils nationally (0,42) and in the study's dataset (0,46), footnote 14. */
  aandeelSo: { landelijk: number; dataset: number };
  /** w[d]: national doelgroep mix (§1.1). */
  w: number[];
  /** Residual ‖A·w − totaal‖² of the fit of w. */
  wResidu: number;
  /** fte_nat[p] = N/100 · Σ_{d,σ} w_d·a_σ·A[p][d][σ] with the national sector split a (§1.2, v2 §11). */
  fteNat: number[];
  /** tarief[p]: all-in cost per fte per year in € (§1.2). */
  tarief: number[];
  /** Published national cost per professional per scenario in € (tabel 2.6). */
  kostenProfessional: { breed: number[]; medium: number[]; smal: number[] };
  /** G_g[p]: national cost of professional p in task group g in € (§1.3, with the clamp). */
  groupCosts: Record<Groep, number[]>;
  /** col_g[k]: national cost per kader in task group g in € (§1.3, from tabel 2.5). */
  groupKaderTotals: Record<Groep, number[]>;
  /** Professionals whose published medium exceeds breed, so G_C was clamped to 0. */
  geklemd: string[];
  /** mix[g][p][d][σ][k]: kader shares of the cost of p for d in sector σ in group g (§1.4, v2 §11, Σ_k = 1). */
  mix: Record<Groep, number[][][][]>;
  /** The published kader shares of v2 §11: target, fitted value and whether it is a margin. */
  aandelen: AandeelUitkomst[];
  /** split[g][p][t]: share of task t in G_g[p] (§1.5); 0 for tasks outside group g. */
  split: Record<Groep, number[][]>;
  /** c[p][t]: share of professional p's broad cost spent on task t (§1.6). */
  c: number[][];
  /** Group index (0 = A, 1 = B, 2 = C) per task. */
  taakGroep: number[];
  convergentie: {
    /** One IPF over all task groups (the share targets span the groups). */
    ipf: { rondes: number; maxFout: number; geconvergeerd: boolean };
    ras: Record<Groep, { rondes: number; maxRijfout: number; geconvergeerd: boolean }>;
  };
  /** Share of each kader's care cost paid through a pgb (rekenmodel-v2 §7). */
  pgbAandeel: PgbAandelen;
  /** Where every parameter comes from, in Dutch, for the "Bronnen en aannames" view. */
  bronnen: NormParameterBron[];
  /** Anything noteworthy found while deriving (empty for the national data). */
  waarschuwingen: string[];
}

export interface NormParameterBron {
  /** Field name in the Normenset (or a rule name for choices of the need calculation). */
  parameter: string;
  naam: string;
  soort: 'gepubliceerd' | 'afgeleid' | 'aanname' | 'keuze';
  beschrijving: string;
  bron?: string;
}

const MLN = 1e6;

const nl = (x: number, d = 4) => x.toLocaleString('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d });

/** Derives the normenset from published data (rekenmodel §1). Pure and deterministic. */
export function deriveNormenset(published: PublishedNormen = NORMEN_LANDELIJK): Normenset {
  const t = published.tabellen;
  const waarschuwingen: string[] = [];
  const professionals: Professional[] = t.ftePer100.rijen.map((r) => ({ id: r.professional, naam: r.naam }));
  const taken: Taak[] = t.kostenTaak.rijen.map((r) => ({ id: r.taak, naam: r.naam, groep: r.groep }));
  const NT = taken.length;

  const dubbel = (ids: string[], wat: string) => {
    const gezien = new Set<string>();
    for (const id of ids) {
      if (gezien.has(id)) throw new Error(`normenset ${published.id}: ${wat} ${id} komt dubbel voor`);
      gezien.add(id);
    }
  };
  dubbel(professionals.map((p) => p.id), 'professional');
  dubbel(taken.map((x) => x.id), 'taak');

  const perProfessional = <R extends { professional: string }>(rijen: readonly R[], tabel: string): R[] =>
    professionals.map((p) => {
      const rij = rijen.find((r) => r.professional === p.id);
      if (!rij) throw new Error(`normenset ${published.id}: professional ${p.id} ontbreekt in ${tabel}`);
      return rij;
    });
  const kosten = perProfessional(t.kostenProfessional.rijen, 'de kosten per professional (tabel 2.6)');
  const priorFin = perProfessional(published.aannames.priorFinanciering.rijen, 'de startverdeling over de kaders (prior_financiering)');
  const kaderRijen = KADERS.map((k) => {
    const rij = t.kostenKader.rijen.find((r) => r.kader === k);
    if (!rij) throw new Error(`normenset ${published.id}: kader ${k} ontbreekt in de kosten per kader (tabel 2.5)`);
    return rij;
  });
  for (const r of published.aannames.priorTaken.rijen) {
    if (!taken.some((x) => x.id === r.taak)) throw new Error(`normenset ${published.id}: onbekende taak ${r.taak} in de startgewichten van de taken`);
    if (r.professional !== '*' && !professionals.some((p) => p.id === r.professional)) {
      throw new Error(`normenset ${published.id}: onbekende professional ${r.professional} in de startgewichten van de taken`);
    }
  }
  const N = published.kengetallen.leerlingen?.waarde;
  if (!(typeof N === 'number' && N > 0)) throw new Error(`normenset ${published.id}: het kengetal leerlingen (N) ontbreekt of is niet positief`);
  const aandeelKengetal = (id: string) => {
    const v = published.kengetallen[id]?.waarde;
    if (!(typeof v === 'number' && v >= 0 && v <= 1)) throw new Error(`normenset ${published.id}: het kengetal ${id} ontbreekt of ligt niet tussen 0 en 1`);
    return v;
  };
  const aandeelSo = { landelijk: aandeelKengetal('aandeelSo'), dataset: aandeelKengetal('aandeelSoDataset') };
  const sectorAandeel = [aandeelSo.landelijk, 1 - aandeelSo.landelijk];

  // §1.1 national doelgroep mix.
  const A = t.ftePer100.rijen.map((r) => DOELGROEPEN.map((d) => r[d]));
  const { w, residu: wResidu } = kleinsteKwadratenOpSimplex(
    A,
    t.ftePer100.rijen.map((r) => r.totaal),
  );

  // v2 §11: fte per 100 pupils per sector.
  const { ftePer100: ASector } = leidSectorAf(
    A,
    t.ftePer100.rijen.map((r) => [r.so, r.vso]),
    w,
    aandeelSo.dataset,
  );

  // §1.2 national fte and tarief (national pupils: N·w_d·a_σ).
  const breed = kosten.map((r) => r.breed * MLN);
  const medium = kosten.map((r) => r.medium * MLN);
  const smal = kosten.map((r) => r.smal * MLN);
  const fteNat = ASector.map((rij) => (N / 100) * rij.reduce((s, a, d) => s + w[d] * (sectorAandeel[0] * a[0] + sectorAandeel[1] * a[1]), 0));
  const tarief = breed.map((b, p) => {
    if (b > 0 && !(fteNat[p] > 0)) {
      waarschuwingen.push(`${professionals[p].naam}: kosten zonder fte in tabel 2.2; tarief op 0 gezet`);
      return 0;
    }
    return b > 0 ? b / fteNat[p] : 0;
  });

  // §1.3 group costs and group kader totals.
  const groupCosts: Record<Groep, number[]> = {
    A: smal.slice(),
    B: medium.map((m, p) => Math.max(0, m - smal[p])),
    C: breed.map((b, p) => Math.max(0, b - medium[p])),
  };
  const geklemd = professionals.filter((_, p) => medium[p] > breed[p]).map((p) => p.id);
  const geklemdB = professionals.filter((_, p) => smal[p] > medium[p]).map((p) => p.id);
  const groupKaderTotals: Record<Groep, number[]> = {
    A: kaderRijen.map((r) => r.smal * MLN),
    B: kaderRijen.map((r) => (r.medium - r.smal) * MLN),
    C: kaderRijen.map((r) => (r.breed - r.medium) * MLN),
  };
  for (const g of GROEPEN) {
    groupKaderTotals[g].forEach((v, k) => {
      if (v < 0) waarschuwingen.push(`groep ${g}: negatief kadertotaal voor ${KADER_LABEL[KADERS[k]]} (${nl(v / MLN, 2)} mln); als 0 behandeld`);
    });
  }

  // §1.4 and v2 §11: financing mix per group, professional, doelgroep and sector (one IPF).
  const prior = priorFin.map((r) => KADERS.map((k) => r[k]));
  const M = GROEPEN.map((g) =>
    ASector.map((rij, p) =>
      DOELGROEPEN.map((_, d) =>
        CEL_SECTOREN.map((_, s) => (breed[p] > 0 ? ((w[d] * sectorAandeel[s] * rij[d][s] * N) / 100) * tarief[p] * (groupCosts[g][p] / breed[p]) : 0)),
      ),
    ),
  );
  const { fit, aandelen } = pasMixMetAandelenAan(published, professionals, M, prior, GROEPEN.map((g) => groupKaderTotals[g]), waarschuwingen);
  const mix = Object.fromEntries(GROEPEN.map((g, i) => [g, fit.mix[i]])) as Record<Groep, number[][][][]>;
  const ipf = { rondes: fit.rondes, maxFout: fit.maxFout, geconvergeerd: fit.geconvergeerd };
  if (!fit.geconvergeerd) waarschuwingen.push(`financieringsmix: IPF niet geconvergeerd (fout ${fit.maxFout.toExponential(2)})`);
  for (const z of fit.zonderPrior) {
    waarschuwingen.push(`financieringsmix: ${professionals[z.p].naam} / ${DOELGROEP_KORT[DOELGROEPEN[z.d]]} heeft geen toegestaan kader in de startverdeling; gelijk verdeeld over de toegestane kaders`);
  }

  // §1.5 task split per group (RAS).
  const split = {} as Record<Groep, number[][]>;
  const ras = {} as Normenset['convergentie']['ras'];
  for (const g of GROEPEN) {
    const idx = taken.flatMap((x, i) => (x.groep === g ? [i] : []));
    const ids = idx.map((i) => taken[i].id);
    const prior = professionals.map((p) => priorTaakGewichten(published.aannames.priorTaken.rijen, p.id, ids));
    const fit = pasTaakverdelingAan(
      groupCosts[g],
      prior,
      idx.map((i) => t.kostenTaak.rijen[i].breed * MLN),
    );
    split[g] = professionals.map((_, p) => {
      const rij = new Array<number>(NT).fill(0);
      idx.forEach((i, j) => (rij[i] = fit.split[p][j]));
      return rij;
    });
    ras[g] = { rondes: fit.aanpassing.rondes, maxRijfout: fit.aanpassing.maxRijfout, geconvergeerd: fit.aanpassing.geconvergeerd };
    if (!fit.aanpassing.geconvergeerd) waarschuwingen.push(`taakverdeling groep ${g}: RAS niet geconvergeerd (rijfout ${fit.aanpassing.maxRijfout.toExponential(2)})`);
  }

  // §1.6 task share.
  const taakGroep = taken.map((x) => GROEPEN.indexOf(x.groep));
  const c = professionals.map((_, p) =>
    taken.map((x, i) => (breed[p] > 0 ? (groupCosts[x.groep][p] / breed[p]) * split[x.groep][p][i] : 0)),
  );

  const ns: Normenset = {
    id: published.id,
    naam: published.naam,
    published,
    professionals,
    taken,
    leerlingen: N,
    ftePer100: A,
    ftePer100Sector: ASector,
    aandeelSo,
    w,
    wResidu,
    fteNat,
    tarief,
    kostenProfessional: { breed, medium, smal },
    groupCosts,
    groupKaderTotals,
    geklemd,
    mix,
    aandelen,
    split,
    c,
    taakGroep,
    convergentie: { ipf, ras },
    pgbAandeel: pgbAandelen(),
    bronnen: [],
    waarschuwingen,
  };
  ns.bronnen = [...beschrijfBronnen(ns, geklemdB), ...PGB_BRONNEN];
  return ns;
}

function beschrijfBronnen(ns: Normenset, geklemdB: string[]): NormParameterBron[] {
  const p = ns.published;
  const t = p.tabellen;
  const naamVan = (id: string) => ns.professionals.find((x) => x.id === id)?.naam ?? id;
  const tariefVan = (id: string) => {
    const i = ns.professionals.findIndex((x) => x.id === id);
    return i >= 0 ? `€ ${Math.round(ns.tarief[i]).toLocaleString('nl-NL')}` : '–';
  };
  const conv = (r: { rondes: number; maxRijfout: number }) => `${r.rondes} rondes, rijfout ${r.maxRijfout.toExponential(1)}`;
  const uitgesloten = UITGESLOTEN_KADERS.map((u) => `${DOELGROEP_KORT[u.doelgroep]} – ${KADER_LABEL[u.kader]} (${u.reden})`).join('; ');
  return [
    { parameter: 'leerlingen', naam: 'Leerlingen landelijk (N)', soort: 'gepubliceerd', beschrijving: `${ns.leerlingen.toLocaleString('nl-NL')} leerlingen in het (v)so cluster 3 en 4 (2021).`, bron: bronTekst(p.kengetallen.leerlingen.bron) },
    { parameter: 'ftePer100', naam: 'Fte per 100 leerlingen per professional en doelgroep (A)', soort: 'gepubliceerd', beschrijving: t.ftePer100.toelichting, bron: bronTekst(t.ftePer100.bron) },
    { parameter: 'kostenProfessional', naam: 'Landelijke kosten per professional en scenario', soort: 'gepubliceerd', beschrijving: t.kostenProfessional.toelichting, bron: bronTekst(t.kostenProfessional.bron) },
    { parameter: 'kostenKader', naam: 'Landelijke kosten per kader en scenario', soort: 'gepubliceerd', beschrijving: t.kostenKader.toelichting, bron: bronTekst(t.kostenKader.bron) },
    { parameter: 'kostenTaak', naam: 'Landelijke kosten per taak (breed) met taakgroep', soort: 'gepubliceerd', beschrijving: t.kostenTaak.toelichting, bron: bronTekst(t.kostenTaak.bron) },
    { parameter: 'priorFinanciering', naam: 'Startverdeling over de kaders per professional', soort: 'aanname', beschrijving: p.aannames.priorFinanciering.onderbouwing, bron: bronTekst(p.aannames.priorFinanciering.bron) },
    { parameter: 'priorTaken', naam: 'Startgewichten van de taken per professional', soort: 'aanname', beschrijving: p.aannames.priorTaken.onderbouwing, bron: bronTekst(p.aannames.priorTaken.bron) },
    { parameter: 'eligibiliteit', naam: 'Uitgesloten combinaties van doelgroep en kader', soort: 'aanname', beschrijving: `Deze kaders betalen nooit voor deze doelgroep: ${uitgesloten}.`, bron: bronTekst({ document: p.bron.document, plaats: 'par. 5.1' }) },
    {
      parameter: 'w',
      naam: 'Landelijke doelgroepmix (w)',
      soort: 'afgeleid',
      beschrijving:
        `Kleinste-kwadratenschatting met w ≥ 0 en Σw = 1 zodat de fte per 100 leerlingen per doelgroep, gewogen met w, de kolom "totaal" van tabel 2.2 zo goed mogelijk benadert (33 rijen). ` +
        `Uitkomst: ${DOELGROEPEN.map((d, i) => `${DOELGROEP_KORT[d]} ${nl(ns.w[i] * 100, 2)}%`).join(', ')}.`,
      bron: bronTekst(t.ftePer100.bron),
    },
    {
      parameter: 'ftePer100Sector',
      naam: 'Fte per 100 leerlingen per professional, doelgroep en sector (so, vso)',
      soort: 'afgeleid',
      beschrijving:
        `Tabel 2.2 geeft per professional de fte per doelgroep én per sector (so ${nl(t.ftePer100.gepubliceerdTotaal.so, 2)}, vso ${nl(t.ftePer100.gepubliceerdTotaal.vso, 2)} fte per 100 leerlingen), maar niet per doelgroep en sector samen. ` +
        `Per professional is die tabel geschat met IPF: de kolommen per doelgroep blijven precies gelijk aan tabel 2.2, de verhouding so : vso volgt de sectorkolommen. ` +
        `Daarbij is de mix van de dataset van het onderzoek gebruikt: ${nl(ns.aandeelSo.dataset * 100, 0)}% so en ${nl(100 - ns.aandeelSo.dataset * 100, 0)}% vso (voetnoot 14). ` +
        'Aanname: het rapport geeft geen doelgroepmix per sector; we nemen in so en vso dezelfde doelgroepmix w. Een kleinste-kwadratenschatting per sectorkolom zou LB alleen in het so en LZ alleen in het vso plaatsen en de fte van zeldzame combinaties tot tienmaal opblazen; dat is te onstabiel om mee te rekenen.',
      bron: bronTekst({ document: p.bron.document, plaats: 'tabel 2.2 en voetnoot 14' }),
    },
    {
      parameter: 'fteNat',
      naam: 'Landelijke fte per professional',
      soort: 'afgeleid',
      beschrijving: `fte_nat = N/100 × Σ over doelgroep en sector van w_d × a_σ × A[p][d][σ], met landelijk a = ${nl(ns.aandeelSo.landelijk * 100, 0)}% so en ${nl(100 - ns.aandeelSo.landelijk * 100, 0)}% vso (voetnoot 14; het rapport weegt de dataset naar deze verdeling). Zo geeft een landelijke regio met deze verdeling precies de kosten van tabel 2.6.`,
      bron: bronTekst({ document: p.bron.document, plaats: 'voetnoot 14' }),
    },
    {
      parameter: 'aandelen',
      naam: 'Gepubliceerde aandelen per sector, doelgroep en professional',
      soort: 'gepubliceerd',
      beschrijving:
        'Het rapport noemt aandelen van de kaders die niet uit de tabellen volgen: onderwijs 58% in het so en 74% in het vso, Jeugdwet 22% en Zvw 2% bij gedrag, zorgkaders ca. 60% bij EMB en LB, Wpg alleen bij EMB boven 0,5%, verpleegkundige 20% uit onderwijsmiddelen. ' +
        'Ze zijn marges van de financieringsmix waar de aanpassing haalbaar blijft, anders een controle naast de uitkomst; de Wpg-drempel is een grens die alleen een marge wordt als de aanpassing hem overschrijdt. ' +
        `De twee sectoraandelen worden samen ${nl(Math.abs((ns.aandelen[0]?.gefit ?? 0) - (ns.aandelen[0]?.doel ?? 0)) * 100, 1)} procentpunt ${(ns.aandelen[0]?.gefit ?? 0) < (ns.aandelen[0]?.doel ?? 0) ? 'verlaagd' : 'verhoogd'} zodat het onderwijstotaal van tabel 2.5 blijft kloppen. ` +
        `Uitkomst: ${ns.aandelen.map((a) => `${a.naam} ${nl(a.gefit * 100, 1)}% (${a.rol})`).join('; ')}.`,
      bron: bronTekst({ document: p.bron.document, plaats: 'par. 2.3.2 en 5.1' }),
    },
    {
      parameter: 'tarief',
      naam: 'Tarief per fte (integrale kosten per jaar)',
      soort: 'afgeleid',
      beschrijving: `tarief = landelijke kosten breed (tabel 2.6) / landelijke fte (met ${nl(ns.aandeelSo.landelijk * 100, 0)}% so); 0 waar de kosten 0 zijn (vrijwilliger/stagiaire). Voorbeelden: leerkracht ${tariefVan('leerkracht')}, logopedist ${tariefVan('logopedist')}.`,
      bron: bronTekst(t.kostenProfessional.bron),
    },
    {
      parameter: 'groupCosts',
      naam: 'Kosten per professional per taakgroep',
      soort: 'afgeleid',
      beschrijving:
        `Groep A = smal, B = medium − smal, C = breed − medium (tabel 2.6), met ondergrens 0. ` +
        (ns.geklemd.length
          ? `Bij ${ns.geklemd.map(naamVan).join(', ')} is medium hoger dan breed in de bron; groep C is daar 0, zodat het brede bedrag van deze professionals gelijk wordt aan hun medium-bedrag.`
          : '') +
        (geklemdB.length ? ` Bij ${geklemdB.map(naamVan).join(', ')} is smal hoger dan medium; groep B is daar 0.` : ''),
      bron: bronTekst(t.kostenProfessional.bron),
    },
    { parameter: 'groupKaderTotals', naam: 'Kosten per kader per taakgroep', soort: 'afgeleid', beschrijving: 'Groep A = smal, B = medium − smal, C = breed − medium per kader (tabel 2.5).', bron: bronTekst(t.kostenKader.bron) },
    {
      parameter: 'mix',
      naam: 'Financieringsmix per taakgroep, professional, doelgroep en sector',
      soort: 'afgeleid',
      beschrijving:
        'Iteratieve proportionele aanpassing (IPF) over taakgroep × professional × doelgroep × sector × kader: start met de landelijke kosten per professional, doelgroep en sector (leerlingen N × w × so/vso-verdeling) × startverdeling × toegestane kaders; ' +
        'daarna telkens de gepubliceerde aandelen (zie "Gepubliceerde aandelen"), de kadertotalen per taakgroep (tabel 2.5, geschaald naar het groepstotaal) en de rijen (kosten per professional, doelgroep en sector) passen, tot de grootste relatieve fout kleiner is dan 10⁻⁹. ' +
        `Convergentie: ${ns.convergentie.ipf.rondes} rondes, fout ${ns.convergentie.ipf.maxFout.toExponential(1)}.`,
      bron: bronTekst(t.kostenKader.bron),
    },
    {
      parameter: 'split',
      naam: 'Taakverdeling per taakgroep en professional',
      soort: 'afgeleid',
      beschrijving:
        'RAS: start met de groepskosten per professional × startgewichten van de taken; daarna afwisselend rijen (groepskosten per professional) en kolommen (kosten per taak uit tabel 2.4, geschaald naar het groepstotaal) passen. ' +
        `Convergentie: ${GROEPEN.map((g) => `groep ${g} ${conv(ns.convergentie.ras[g])}`).join('; ')}.`,
      bron: bronTekst(t.kostenTaak.bron),
    },
    { parameter: 'scope', naam: 'Scope (welke taken tellen als ZiO)', soort: 'keuze', beschrijving: 'Breed = alle 11 taken, medium = taakgroepen A en B, smal = taakgroep A (tabel 2.3), of een eigen keuze van taken (maatwerk). Een eigen keuze die precies gelijk is aan een scenario heet naar dat scenario en geeft dezelfde uitkomsten.', bron: bronTekst({ document: p.bron.document, plaats: 'tabel 2.3' }) },
    { parameter: 'c', naam: 'Taakaandeel per professional', soort: 'afgeleid', beschrijving: 'c[p][t] = groepskosten van de groep van t / kosten breed × taakverdeling: het deel van de brede zorgkosten van professional p dat aan taak t wordt besteed.' },
    {
      parameter: 'sector',
      naam: 'Sector van de leerlingen van een school',
      soort: 'keuze',
      beschrijving:
        `Elke leerlingencel rekent met de normen van haar sector: de sector van de cel als die is opgegeven, anders die van de school (so of vso). ` +
        `Bij een school voor so en vso zonder sector per cel wordt elke cel verdeeld: het aandeel so van de school (aandeelSo; zonder opgave landelijk ${nl(ns.aandeelSo.landelijk * 100, 0)}%) in het so, de rest in het vso. Zulke scholen krijgen het kenmerk "sector geschat".`,
      bron: bronTekst({ document: p.bron.document, plaats: 'voetnoot 14' }),
    },
    {
      parameter: 'eenheidskosten',
      naam: 'Kosten per leerling per doelgroep en kader',
      soort: 'afgeleid',
      beschrijving: 'Per doelgroep, sector en kader: Σ over professionals van fte per leerling in die sector × tarief × (Σ over de taken in de scope van c × financieringsmix van die sector). De kosten van een school zijn het aantal leerlingen per doelgroep en sector × deze bedragen; de formatie is het aantal leerlingen × fte per leerling × Σ c.',
    },
    {
      parameter: 'inventarisatie',
      naam: 'School met eigen inventarisatie',
      soort: 'keuze',
      beschrijving:
        'Voor elke professional in de inventarisatie van een school telt de gemeten fte in plaats van de normatieve fte; voor professionals die niet in de inventarisatie staan blijft de normatieve fte gelden. ' +
        'Een inventarisatie meet alle zorg van die professional, dus alleen het deel binnen de scope telt: gemeten fte × (Σ c over de taken in de scope / Σ c over alle taken). ' +
        'Kosten = die fte × tarief, verdeeld over de kaders volgens de eigen kaderverdeling van de regel als die is opgegeven, anders volgens de normatieve mix van die professional op die school (naar leerlingen per doelgroep, voor de taken in de scope; zonder leerlingen: de landelijke mix). ' +
        'Het totaal van de school per kader wordt aan de woongemeenten toegerekend naar rato van de normatieve kosten van hun leerlingen in dat kader; is dat kader normatief 0, dan naar rato van de normatieve totale kosten, dan naar leerlingen, en zonder leerlingen aan de vestigingsgemeente.',
    },
  ];
}
