import { DOELGROEPEN, KADERS, KADER_LABEL, DOELGROEP_KORT } from '../domain/labels';
import { PGB_BRONNEN, pgbAandelen, type PgbAandelen } from './pgb';
import { kleinsteKwadratenOpSimplex } from './doelgroepmix';
import { pasFinancieringsmixAan, UITGESLOTEN_KADERS } from './financieringsmix';
import { GROEPEN, NORMEN_LANDELIJK, bronTekst, type Groep, type Professional, type PublishedNormen, type Taak } from './normen';
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
  /** w[d]: national doelgroep mix (§1.1). */
  w: number[];
  /** Residual ‖A·w − totaal‖² of the fit of w. */
  wResidu: number;
  /** fte_nat[p] = N/100 · Σ_d w_d·A[p][d] (§1.2). */
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
  /** mix[g][p][d][k]: kader shares of the cost of p for d in group g (§1.4, Σ_k = 1). */
  mix: Record<Groep, number[][][]>;
  /** split[g][p][t]: share of task t in G_g[p] (§1.5); 0 for tasks outside group g. */
  split: Record<Groep, number[][]>;
  /** c[p][t]: share of professional p's broad cost spent on task t (§1.6). */
  c: number[][];
  /** Group index (0 = A, 1 = B, 2 = C) per task. */
  taakGroep: number[];
  convergentie: {
    ipf: Record<Groep, { rondes: number; maxRijfout: number; geconvergeerd: boolean }>;
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

  // §1.1 national doelgroep mix.
  const A = t.ftePer100.rijen.map((r) => DOELGROEPEN.map((d) => r[d]));
  const { w, residu: wResidu } = kleinsteKwadratenOpSimplex(
    A,
    t.ftePer100.rijen.map((r) => r.totaal),
  );

  // §1.2 national fte and tarief.
  const breed = kosten.map((r) => r.breed * MLN);
  const medium = kosten.map((r) => r.medium * MLN);
  const smal = kosten.map((r) => r.smal * MLN);
  const fteNat = A.map((rij) => (N / 100) * rij.reduce((s, a, d) => s + w[d] * a, 0));
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

  // §1.4 financing mix per group (IPF).
  const prior = priorFin.map((r) => KADERS.map((k) => r[k]));
  const mix = {} as Record<Groep, number[][][]>;
  const ipf = {} as Normenset['convergentie']['ipf'];
  for (const g of GROEPEN) {
    const M = A.map((rij, p) =>
      DOELGROEPEN.map((_, d) => (breed[p] > 0 ? ((w[d] * rij[d] * N) / 100) * tarief[p] * (groupCosts[g][p] / breed[p]) : 0)),
    );
    const fit = pasFinancieringsmixAan(M, prior, groupKaderTotals[g]);
    mix[g] = fit.mix;
    ipf[g] = { rondes: fit.aanpassing.rondes, maxRijfout: fit.aanpassing.maxRijfout, geconvergeerd: fit.aanpassing.geconvergeerd };
    if (!fit.aanpassing.geconvergeerd) waarschuwingen.push(`financieringsmix groep ${g}: IPF niet geconvergeerd (rijfout ${fit.aanpassing.maxRijfout.toExponential(2)})`);
    for (const z of fit.zonderPrior) {
      waarschuwingen.push(`financieringsmix groep ${g}: ${professionals[z.p].naam} / ${DOELGROEP_KORT[DOELGROEPEN[z.d]]} heeft geen toegestaan kader in de startverdeling; gelijk verdeeld over de toegestane kaders`);
    }
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
    w,
    wResidu,
    fteNat,
    tarief,
    kostenProfessional: { breed, medium, smal },
    groupCosts,
    groupKaderTotals,
    geklemd,
    mix,
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
    { parameter: 'fteNat', naam: 'Landelijke fte per professional', soort: 'afgeleid', beschrijving: 'fte_nat = N/100 × Σ_d w_d × A[p][d].' },
    {
      parameter: 'tarief',
      naam: 'Tarief per fte (integrale kosten per jaar)',
      soort: 'afgeleid',
      beschrijving: `tarief = landelijke kosten breed (tabel 2.6) / landelijke fte; 0 waar de kosten 0 zijn (vrijwilliger/stagiaire). Voorbeelden: leerkracht ${tariefVan('leerkracht')}, logopedist ${tariefVan('logopedist')}.`,
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
      naam: 'Financieringsmix per taakgroep, professional en doelgroep',
      soort: 'afgeleid',
      beschrijving:
        'Iteratieve proportionele aanpassing (IPF): start met de landelijke kosten per professional en doelgroep × startverdeling × toegestane kaders; ' +
        'daarna afwisselend de rijen (kosten per professional en doelgroep) en de kolommen (kadertotalen van de taakgroep uit tabel 2.5, geschaald naar het groepstotaal) passen tot de grootste relatieve rijfout kleiner is dan 10⁻⁹. ' +
        `Convergentie: ${GROEPEN.map((g) => `groep ${g} ${conv(ns.convergentie.ipf[g])}`).join('; ')}.`,
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
      parameter: 'eenheidskosten',
      naam: 'Kosten per leerling per doelgroep en kader',
      soort: 'afgeleid',
      beschrijving: 'Per doelgroep en kader: Σ over professionals van fte per leerling × tarief × (Σ over de taken in de scope van c × financieringsmix). De kosten van een school zijn het aantal leerlingen per doelgroep × deze bedragen; de formatie is het aantal leerlingen × fte per leerling × Σ c.',
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
