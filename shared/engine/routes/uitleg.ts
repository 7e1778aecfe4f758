import { KADERS, KADER_LABEL, type Kader } from '../../domain/labels';
import { formatEuro, formatGetal, formatPct } from '../../format';
import { VERDEELSLEUTEL_LABEL } from '../variant';
import { partijCode, schoolId } from './partijen';
import { ROUTES, type Evaluatie, type FinancierCijfers, type RouteId, type RouteResultaat } from './typen';

/**
 * Explanations (lazily): for every figure of an Evaluatie, how it was made, as a formula in words
 * with its inputs. `legUit(evaluatie, figuur)` builds one on demand; `figuren(evaluatie)` lists the
 * figure ids. Figure ids:
 *
 *   pot | pot/kader/<kader> | pot/school/<schoolcode>
 *   nietInPot | nietInPot/<partij>
 *   <route>/bijdrage/<partij> | <route>/verschil/<partij> | <route>/budgethouder/<partij>
 *   <route>/stromen | <route>/loketten/<schoolcode> | <route>/stroom/<index in stromen>
 *   formatie/<schoolcode>
 *
 * with <route> one of huidig, gemeenteroute, onderwijsroute, integraal and <partij> a party id.
 */

export type UitlegEenheid = 'euro' | 'aantal' | 'fte' | 'fractie';

export interface UitlegTerm {
  label: string;
  waarde: number;
  eenheid: UitlegEenheid;
}

export interface Uitleg {
  figuur: string;
  titel: string;
  waarde: number;
  eenheid: Exclude<UitlegEenheid, 'fractie'>;
  /** The formula in words. */
  formule: string;
  /** Parts that add up to `waarde` when `somVanTermen` is true. */
  termen: UitlegTerm[];
  somVanTermen: boolean;
  /** Other inputs: shares, weights, percentages. */
  invoer: UitlegTerm[];
  /** Lines for a tooltip (with `titel`, the shape of the UI's MetUitleg). */
  regels: string[];
  /** The whole explanation in one Dutch sentence. */
  tekst: string;
}

const euro = (x: number) => formatEuro(x);
const pct = (f: number) => formatPct(f, f > 0 && f < 0.001 ? 3 : 1);
const fte = (x: number) => formatGetal(x, 2);

/** Index of each financier in `ev.financiers` (and so in every route's `bijdragen`), cached per evaluation. */
const financierIndexen = new WeakMap<Evaluatie, Map<string, number>>();
function financierIndex(ev: Evaluatie, partij: string): number {
  let m = financierIndexen.get(ev);
  if (!m) {
    m = new Map(ev.financiers.map((f, i) => [f.partij, i]));
    financierIndexen.set(ev, m);
  }
  return m.get(partij) ?? -1;
}

function naamVan(ev: Evaluatie, id: string): string {
  return ev.partij[id]?.naam ?? partijCode(id);
}

function maak(
  figuur: string,
  titel: string,
  waarde: number,
  eenheid: Uitleg['eenheid'],
  formule: string,
  termen: UitlegTerm[],
  somVanTermen: boolean,
  tekst: string,
  invoer: UitlegTerm[] = [],
  extraRegels: string[] = [],
): Uitleg {
  const opmaak = (t: UitlegTerm) => (t.eenheid === 'euro' ? euro(t.waarde) : t.eenheid === 'fractie' ? pct(t.waarde) : t.eenheid === 'fte' ? `${fte(t.waarde)} fte` : formatGetal(t.waarde));
  const regels = [tekst];
  const MAX = 12;
  for (const t of termen.slice(0, MAX)) regels.push(`• ${t.label}: ${opmaak(t)}`);
  if (termen.length > MAX) regels.push(`• en ${termen.length - MAX} andere`);
  for (const t of invoer) regels.push(`${t.label}: ${opmaak(t)}`);
  regels.push(...extraRegels);
  return { figuur, titel, waarde, eenheid, formule, termen, somVanTermen, invoer, regels, tekst };
}

/** "Jeugdwet € 1.234 + Wmo € 56" for the non-zero kaders. */
function kaderSom(v: Record<Kader, number>, kaders: readonly Kader[] = KADERS): { tekst: string; termen: UitlegTerm[] } {
  const termen = kaders.filter((k) => v[k] > 0).map((k) => ({ label: KADER_LABEL[k], waarde: v[k], eenheid: 'euro' as const }));
  return { tekst: termen.length ? termen.map((t) => `${t.label} ${euro(t.waarde)}`).join(' + ') : '€ 0', termen };
}

function route(ev: Evaluatie, id: string): RouteResultaat | undefined {
  return (ROUTES as readonly string[]).includes(id) ? ev.routes[id as RouteId] : undefined;
}

function potUitleg(ev: Evaluatie): Uitleg {
  const p = ev.pot;
  const ks = kaderSom(p.perKader);
  const frac = ev.toegepast.onderwijsFractie;
  const formule =
    'som over alle scholen van de kosten in de pot-kaders van leerlingen van meedoende financiers' + (frac > 0 ? `, plus ${pct(frac)} van het onderwijsdeel` : '');
  return maak('pot', 'Collectieve pot', p.totaal, 'euro', formule, ks.termen, true, `Pot = ${ks.tekst} = ${euro(p.totaal)} (${formule})`, [
    { label: 'Pot-kaders', waarde: ev.toegepast.potKaders.length, eenheid: 'aantal' },
  ], [`Pot-kaders: ${ev.toegepast.potKaders.map((k) => KADER_LABEL[k]).join(', ')}`]);
}

function potKaderUitleg(ev: Evaluatie, k: Kader): Uitleg | undefined {
  if (!KADERS.includes(k)) return undefined;
  const termen = ev.pot.perSchool.filter((s) => s.perKader[k] > 0).map((s) => ({ label: s.naam, waarde: s.perKader[k], eenheid: 'euro' as const }));
  const waarde = ev.pot.perKader[k];
  const kosten = ev.detail.kostenPerKader[k];
  let reden: string;
  if (k === 'onderwijs') reden = `${pct(ev.toegepast.onderwijsFractie)} van het onderwijsdeel ${euro(kosten)}`;
  else if (!ev.toegepast.potKaders.includes(k)) reden = `${KADER_LABEL[k]} zit niet in de pot`;
  else reden = `${KADER_LABEL[k]}-kosten ${euro(kosten)}, waarvan ${euro(kosten - waarde)} buiten de pot blijft`;
  return maak(`pot/kader/${k}`, `Pot ${KADER_LABEL[k]}`, waarde, 'euro', 'som over de scholen', termen, true, `Pot ${KADER_LABEL[k]} = ${reden} = ${euro(waarde)}`);
}

function potSchoolUitleg(ev: Evaluatie, code: string): Uitleg | undefined {
  const s = ev.pot.perSchool.find((x) => x.school === code);
  if (!s) return undefined;
  const frac = ev.toegepast.onderwijsFractie;
  const zorg = KADERS.filter((k) => k !== 'onderwijs');
  const ks = kaderSom(s.perKader, zorg);
  const termen = [...ks.termen];
  let tekst = `Pot ${s.naam} = ${ks.tekst}`;
  if (s.perKader.onderwijs > 0) {
    termen.push({ label: `Onderwijs (${pct(frac)})`, waarde: s.perKader.onderwijs, eenheid: 'euro' });
    tekst += ` + ${pct(frac)} van het onderwijsdeel ${euro(s.perKader.onderwijs / frac)}`;
  }
  tekst += ` = ${euro(s.totaal)}; dat is ${pct(s.aandeelPot)} van alle kosten van de school (${euro(s.kosten)})`;
  return maak(`pot/school/${code}`, `Pot ${s.naam}`, s.totaal, 'euro', 'kosten van de leerlingen van de school in de pot-kaders, van meedoende financiers', termen, true, tekst, [
    { label: 'Aandeel pot in de kosten', waarde: s.aandeelPot, eenheid: 'fractie' },
  ]);
}

/** Why the costs of a financier stay outside the pot. */
function redenBuitenPot(ev: Evaluatie, f: FinancierCijfers): string {
  const inPot = (k: Kader) => ev.toegepast.potKaders.includes(k);
  const redenen: string[] = [];
  const pgbKaders = KADERS.filter((k) => inPot(k) && ev.toegepast.pgbIndividueel[k] && ev.detail.pgbAandeel[k] > 0 && f.individueelPerKader[k] > 0);
  if (pgbKaders.length) redenen.push(`het pgb-deel (${pgbKaders.map((k) => `${KADER_LABEL[k]} ${pct(ev.detail.pgbAandeel[k])}`).join(', ')}) blijft bij de ouders`);
  const kaders = KADERS.filter((k) => f.individueelPerKader[k] > 0 && !pgbKaders.includes(k));
  const nietInPot = kaders.filter((k) => !inPot(k));
  if (nietInPot.length) redenen.push(`${nietInPot.map((k) => KADER_LABEL[k]).join(' en ')} ${nietInPot.length === 1 ? 'zit' : 'zitten'} niet in de pot`);
  if (kaders.some(inPot)) {
    if (f.soort !== 'gemeente') redenen.push(`${f.naam} doet niet mee`);
    else if (f.status === 'buiten_individueel') redenen.push(`${f.naam} ligt buiten de regio (leerlingen van buiten de regio: individueel)`);
    else if (f.status === 'niet_individueel') redenen.push(`${f.naam} doet niet mee (niet-deelnemers: individueel)`);
    else if (f.status === 'niet_vestigingsgemeente') redenen.push(`${f.naam} doet niet mee en de vestigingsgemeente van de school doet zelf niet mee`);
    else redenen.push('de kosten kunnen niet in de pot');
  }
  return redenen.join('; ');
}

function nietInPotUitleg(ev: Evaluatie, partij?: string): Uitleg | undefined {
  const n = ev.nietInPot;
  if (partij === undefined) {
    const termen = Object.entries(n.perFinancier).map(([id, x]) => ({ label: naamVan(ev, id), waarde: x, eenheid: 'euro' as const }));
    const tekst = termen.length ? `Niet in de pot = ${termen.map((t) => `${t.label} ${euro(t.waarde)}`).join(' + ')} = ${euro(n.totaal)}` : 'Niet in de pot = € 0: alle zorgkosten zitten in de pot';
    return maak('nietInPot', 'Niet in de pot', n.totaal, 'euro', 'zorgkosten die buiten de pot blijven, per financier; zij blijven individueel betaald', termen, true, tekst);
  }
  const fi = financierIndex(ev, partij);
  const f = fi >= 0 ? ev.financiers[fi] : undefined;
  if (!f || !(f.individueel > 0)) return undefined;
  const ks = kaderSom(f.individueelPerKader);
  return maak(`nietInPot/${partij}`, `Niet in de pot: ${f.naam}`, f.individueel, 'euro', 'zorgkosten van deze financier die buiten de pot blijven', ks.termen, true, `${f.naam} betaalt ${ks.tekst} = ${euro(f.individueel)} buiten de pot, individueel aan de scholen, omdat ${redenBuitenPot(ev, f)}`);
}

function gewichtTekst(ev: Evaluatie, f: FinancierCijfers): { tekst: string; invoer: UitlegTerm[] } {
  const d = ev.detail.sleutel;
  const s = f.sleutel!;
  const code = f.partij;
  if (d.gelijkVerdeeld && d.type !== 'mix') return { tekst: 'gelijke delen over de deelnemers (de verdeelsleutel gaf hun samen gewicht 0)', invoer: [{ label: 'Aandeel', waarde: s.aandeel, eenheid: 'fractie' }] };
  const kosten = ev.detail.gemeenteKosten[code];
  switch (d.type) {
    case 'leerlingen':
      return {
        tekst: `${formatGetal(kosten.leerlingen)} van ${formatGetal(d.somLeerlingen)} leerlingen uit deelnemende gemeenten`,
        invoer: [
          { label: 'Leerlingen uit deze gemeente', waarde: kosten.leerlingen, eenheid: 'aantal' },
          { label: 'Leerlingen uit deelnemende gemeenten', waarde: d.somLeerlingen, eenheid: 'aantal' },
          { label: 'Aandeel', waarde: s.aandeel, eenheid: 'fractie' },
        ],
      };
    case 'jeugdigen':
      return {
        tekst: `${formatGetal(kosten.inwoners)} van ${formatGetal(d.somInwoners)} inwoners van 0–17 jaar in deelnemende gemeenten`,
        invoer: [
          { label: 'Inwoners 0–17', waarde: kosten.inwoners, eenheid: 'aantal' },
          { label: 'Inwoners 0–17 deelnemers', waarde: d.somInwoners, eenheid: 'aantal' },
          { label: 'Aandeel', waarde: s.aandeel, eenheid: 'fractie' },
        ],
      };
    case 'vast':
      return {
        tekst: `vast percentage ${formatGetal(s.gewicht, 2)} van ${formatGetal(d.somPercentages, 2)} (de deelnemers samen)`,
        invoer: [
          { label: 'Vast percentage', waarde: s.gewicht, eenheid: 'aantal' },
          { label: 'Aandeel na herschalen', waarde: s.aandeel, eenheid: 'fractie' },
        ],
      };
    case 'mix': {
      const zs = d.zorggebruikAandeel[code] ?? 0;
      const js = d.jeugdigenAandeel[code] ?? 0;
      const a = d.alpha;
      return {
        tekst: `α ${formatGetal(a, 2)} × aandeel eigen leerlingen ${pct(zs)} + ${formatGetal(1 - a, 2)} × jeugdigen-aandeel ${pct(js)}`,
        invoer: [
          { label: 'α', waarde: a, eenheid: 'aantal' },
          { label: 'Aandeel eigen leerlingen', waarde: zs, eenheid: 'fractie' },
          { label: 'Aandeel jeugdigen', waarde: js, eenheid: 'fractie' },
          { label: 'Aandeel', waarde: s.aandeel, eenheid: 'fractie' },
        ],
      };
    }
    case 'normkosten':
      return {
        tekst: `normkosten van de eigen leerlingen ${euro(s.gewicht)} van ${euro(d.somGewicht)} (de deelnemers samen, volgens de landelijke norm)`,
        invoer: [
          { label: 'Normkosten eigen leerlingen', waarde: s.gewicht, eenheid: 'euro' },
          { label: 'Normkosten deelnemers', waarde: d.somGewicht, eenheid: 'euro' },
          { label: 'Aandeel', waarde: s.aandeel, eenheid: 'fractie' },
        ],
      };
    default:
      return { tekst: `kosten eigen leerlingen ${euro(s.gewicht)} van ${euro(d.somZorggebruik)}`, invoer: [{ label: 'Aandeel', waarde: s.aandeel, eenheid: 'fractie' }] };
  }
}

function bijdrageUitleg(ev: Evaluatie, r: RouteResultaat, partij: string): Uitleg | undefined {
  const i = financierIndex(ev, partij);
  if (i < 0) return undefined;
  const f = ev.financiers[i];
  const b = r.bijdragen[i];
  const figuur = `${r.route}/bijdrage/${partij}`;
  const titel = `Bijdrage ${f.naam} (${r.naam})`;
  const termen: UitlegTerm[] = [];
  const delen: string[] = [];
  let formule: string;

  if (r.route === 'huidig') {
    // Today there is no pot: the figure of the Huidige situatie is what the party pays now ("Nu").
    const ks = kaderSom(f.huidigPerKader);
    const swv = f.soort === 'swv' ? ' (het onderwijsdeel dat het in de variant inbrengt; nu binnen de school, zonder geldstroom)' : '';
    return maak(figuur, `Nu: ${f.naam}`, f.huidig, 'euro', ks.termen.length ? ks.termen.map((t) => t.label).join(' + ') : 'geen kosten', ks.termen, true, `${f.naam} betaalt nu ${ks.tekst} = ${euro(f.huidig)} zelf, per school en per kader, alle taken${swv}`);
  }

  const d = ev.detail;
  switch (f.soort) {
    case 'gemeente': {
      const status = f.status;
      if (status === 'deelnemer') {
        const s = f.sleutel!;
        if (d.sleutel.type === 'zorggebruik' && !d.sleutel.gelijkVerdeeld) {
          const eigen = kaderSom(f.huidigGedektPerKader, ['jeugdwet', 'wmo']);
          termen.push(...eigen.termen.map((t) => ({ ...t, label: `Eigen ${t.label}` })));
          delen.push(`kosten eigen leerlingen (${eigen.tekst}) volgens verdeelsleutel eigen leerlingen`);
          const herv = s.bedrag - f.huidigGedekt;
          if (herv > 0) {
            termen.push({ label: 'Aandeel in herverdeelde kosten van niet-deelnemers', waarde: herv, eenheid: 'euro' });
            delen.push(`aandeel ${pct(s.aandeel)} in de herverdeelde kosten van niet-deelnemers (${euro(d.sleutel.herverdeeld)}) ${euro(herv)}`);
          }
          formule = 'kosten eigen leerlingen + aandeel in herverdeelde kosten + kosten van niet-deelnemers als vestigingsgemeente + uitvoeringskosten';
        } else {
          const g = gewichtTekst(ev, f);
          const pGem = d.sleutel.eigenDeelnemers + d.sleutel.herverdeeld;
          termen.push({ label: `Aandeel volgens verdeelsleutel ${VERDEELSLEUTEL_LABEL[d.sleutel.type]}`, waarde: s.bedrag, eenheid: 'euro' });
          const samenstelling = d.sleutel.herverdeeld > 0 ? ` (eigen kosten deelnemers ${euro(d.sleutel.eigenDeelnemers)} + herverdeeld ${euro(d.sleutel.herverdeeld)})` : '';
          delen.push(`${pct(s.aandeel)} van het gemeentelijk deel ${euro(pGem)}${samenstelling} volgens verdeelsleutel ${VERDEELSLEUTEL_LABEL[d.sleutel.type]} (${g.tekst})`);
          formule = 'aandeel volgens de verdeelsleutel × gemeentelijk deel + kosten van niet-deelnemers als vestigingsgemeente + uitvoeringskosten';
          const eigen = kaderSom(f.huidigGedektPerKader, ['jeugdwet', 'wmo']);
          const u = vestigingEnUitvoering(ev, r, f, b, termen, delen);
          if (delen.length > 1) delen[0] += ` = ${euro(s.bedrag)}`;
          return maak(figuur, titel, b.bedrag, 'euro', formule, termen, true, `${titel} = ${delen.join(' + ')} = ${euro(b.bedrag)}`, [...g.invoer, ...u], [
            `Ter vergelijking, kosten eigen leerlingen: ${eigen.tekst}`,
          ]);
        }
      } else if (status === 'buiten_verrekening') {
        const eigen = kaderSom(f.huidigGedektPerKader, ['jeugdwet', 'wmo']);
        termen.push(...eigen.termen.map((t) => ({ ...t, label: `Eigen ${t.label}` })));
        delen.push(`eigen kosten van zijn leerlingen (${eigen.tekst}), verrekend omdat ${f.naam} buiten de regio ligt`);
        formule = 'eigen kosten (verrekening, buiten de verdeelsleutel) + uitvoeringskosten';
      } else {
        const kosten = f.huidigGedekt + f.individueel;
        const wat =
          status === 'buiten_individueel'
            ? `${f.naam} ligt buiten de regio: de kosten van zijn leerlingen (${euro(kosten)}) blijven individueel`
            : status === 'niet_vestigingsgemeente'
              ? `${f.naam} doet niet mee: de vestigingsgemeente van de school betaalt de kosten van zijn leerlingen (${euro(f.huidigGedekt)})${f.individueel > 0 ? `; ${euro(f.individueel)} blijft individueel` : ''}`
              : status === 'niet_herverdelen'
                ? `${f.naam} doet niet mee: de kosten van zijn leerlingen (${euro(f.huidigGedekt)}) worden over de deelnemende gemeenten herverdeeld${f.individueel > 0 ? `; ${euro(f.individueel)} blijft individueel` : ''}`
                : `${f.naam} doet niet mee: de kosten van zijn leerlingen (${euro(kosten)}) blijven individueel`;
        return maak(figuur, titel, b.bedrag, 'euro', 'geen bijdrage aan de pot', [], true, `${titel} = ${euro(b.bedrag)}: ${wat}`);
      }
      break;
    }
    case 'zorgkantoor':
    case 'ggd': {
      const k: Kader = f.soort === 'ggd' ? 'wpg' : 'wlz';
      termen.push({ label: `${KADER_LABEL[k]}-kosten in de pot`, waarde: f.potdeel, eenheid: 'euro' });
      delen.push(`${KADER_LABEL[k]}-kosten van de leerlingen in de pot ${euro(f.potdeel)}`);
      formule = `${KADER_LABEL[k]}-kosten in de pot + uitvoeringskosten`;
      if (!(f.potdeel > 0)) return maak(figuur, titel, b.bedrag, 'euro', 'geen bijdrage aan de pot', [], true, `${titel} = ${euro(0)}: ${redenBuitenPot(ev, f)}`);
      break;
    }
    case 'zorgverzekeraar': {
      const aandeel = d.marktaandeel[f.partij] ?? 0;
      if (!(f.potdeel > 0)) return maak(figuur, titel, b.bedrag, 'euro', 'geen bijdrage aan de pot', [], true, `${titel} = ${euro(0)}: ${redenBuitenPot(ev, f)}`);
      termen.push({ label: 'Zvw-kosten naar marktaandeel', waarde: f.potdeel, eenheid: 'euro' });
      delen.push(`marktaandeel ${pct(aandeel)} × Zvw-kosten ${euro(d.zvwTotaal)}`);
      formule = 'marktaandeel × Zvw-kosten + uitvoeringskosten';
      break;
    }
    case 'swv': {
      termen.push({ label: 'Onderwijsdeel van de leerlingen waarvoor het betaalt', waarde: f.potdeel, eenheid: 'euro' });
      delen.push(`${pct(ev.toegepast.onderwijsFractie)} van het onderwijsdeel van de leerlingen waarvoor het samenwerkingsverband betaalt (woonachtig in zijn gebied) ${euro(f.potdeel)}`);
      formule = 'onderwijsbijdrage-percentage × onderwijsdeel van de leerlingen waarvoor het betaalt + uitvoeringskosten';
      break;
    }
    case 'scholen':
      return maak(figuur, titel, b.bedrag, 'euro', 'geen bijdrage aan de pot', [], true, `${titel} = ${euro(0)}: de scholen betalen de zorg buiten de scope (${euro(f.buitenScope)}) zelf, als onderwijs`);
    default:
      return undefined;
  }
  const eerste = termen.length ? termen.reduce((x, t) => x + t.waarde, 0) : 0;
  const u = vestigingEnUitvoering(ev, r, f, b, termen, delen);
  if (delen.length > 1 && f.soort === 'zorgverzekeraar') delen[0] += ` = ${euro(eerste)}`;
  return maak(figuur, titel, b.bedrag, 'euro', formule, termen, true, `${titel} = ${delen.join(' + ')} = ${euro(b.bedrag)}`, u);
}

/** Adds the vestigingsgemeente payments and the uitvoeringskosten to an explanation. */
function vestigingEnUitvoering(ev: Evaluatie, r: RouteResultaat, f: FinancierCijfers, b: RouteResultaat['bijdragen'][number], termen: UitlegTerm[], delen: string[]): UitlegTerm[] {
  const invoer: UitlegTerm[] = [];
  if (f.vestigingsgemeente && f.vestigingsgemeente > 0) {
    const voor = ev.detail.vestigingsgemeenteVoor[f.partij] ?? {};
    termen.push({ label: 'Kosten van niet-deelnemers als vestigingsgemeente', waarde: f.vestigingsgemeente, eenheid: 'euro' });
    delen.push(`kosten van niet-deelnemers als vestigingsgemeente ${euro(f.vestigingsgemeente)} (${Object.entries(voor).map(([id, x]) => `${naamVan(ev, id)} ${euro(x)}`).join(', ')})`);
  }
  if (b.uitvoeringskosten > 0) {
    termen.push({ label: 'Uitvoeringskosten', waarde: b.uitvoeringskosten, eenheid: 'euro' });
    delen.push(`uitvoeringskosten ${pct(r.uitvoeringskostenFractie)} van ${euro(b.potdeel)} = ${euro(b.uitvoeringskosten)}`);
    invoer.push({ label: 'Uitvoeringskosten (fractie van de pot)', waarde: r.uitvoeringskostenFractie, eenheid: 'fractie' });
  }
  return invoer;
}

function verschilUitleg(ev: Evaluatie, r: RouteResultaat, partij: string): Uitleg | undefined {
  const i = financierIndex(ev, partij);
  if (i < 0) return undefined;
  const f = ev.financiers[i];
  const b = r.bijdragen[i];
  const termen = [
    { label: 'Bijdrage aan de pot', waarde: b.bedrag, eenheid: 'euro' as const },
    { label: 'Nog individueel', waarde: b.individueel, eenheid: 'euro' as const },
    { label: 'Nu (min)', waarde: -b.huidig, eenheid: 'euro' as const },
  ];
  const formule = 'bijdrage aan de pot + nog individueel − wat de partij nu betaalt (alle taken)';
  if (r.route === 'huidig') {
    return maak(`${r.route}/verschil/${partij}`, `Verschil ${f.naam} (${r.naam})`, b.verschil, 'euro', formule, termen, true, `Verschil ${f.naam} = ${euro(b.verschil)}: de huidige situatie is wat ${f.naam} nu betaalt`);
  }
  const richting = b.verschil > 0.005 ? 'meer' : b.verschil < -0.005 ? 'minder' : 'evenveel';
  return maak(
    `${r.route}/verschil/${partij}`,
    `Verschil ${f.naam} (${r.naam})`,
    b.verschil,
    'euro',
    formule,
    termen,
    true,
    `Verschil ${f.naam} = bijdrage ${euro(b.bedrag)} + nog individueel ${euro(b.individueel)} − nu ${euro(b.huidig)} = ${euro(b.verschil)}: ${f.naam} betaalt in de ${r.naam.toLowerCase()} ${richting === 'evenveel' ? 'evenveel als nu' : `${richting} dan nu`}`,
  );
}

function budgethouderUitleg(ev: Evaluatie, r: RouteResultaat, partij: string): Uitleg | undefined {
  const h = r.budgethouders.find((x) => x.partij === partij);
  if (!h) return undefined;
  const naam = `${naamVan(ev, partij)} (budgethouder)`;
  const termen = [
    { label: 'Instroom van andere financiers', waarde: h.instroom, eenheid: 'euro' as const },
    { label: 'Eigen bijdrage (interne boeking)', waarde: h.eigenBijdrage, eenheid: 'euro' as const },
  ];
  return maak(
    `${r.route}/budgethouder/${partij}`,
    naam,
    h.instroom + h.eigenBijdrage,
    'euro',
    'instroom + eigen bijdrage = uitstroom naar de scholen en hun zorgaanbieders + uitvoeringskosten',
    termen,
    true,
    `${naam}: instroom ${euro(h.instroom)} + eigen bijdrage ${euro(h.eigenBijdrage)} = uitstroom naar ${formatGetal(h.scholen)} ${h.scholen === 1 ? 'school' : 'scholen'} ${euro(h.uitstroom)} + uitvoeringskosten ${euro(h.uitvoeringskosten)}`,
    [
      { label: 'Uitstroom naar scholen', waarde: h.uitstroom, eenheid: 'euro' },
      { label: 'Uitvoeringskosten (houdt de budgethouder)', waarde: h.uitvoeringskosten, eenheid: 'euro' },
    ],
  );
}

function stromenUitleg(r: RouteResultaat): Uitleg {
  const tel = { individueel: 0, bijdrage: 0, budget: 0 };
  for (const s of r.stromen) tel[s.soort]++;
  const termen = [
    { label: 'Individuele stromen (financier → school, per kader)', waarde: tel.individueel, eenheid: 'aantal' as const },
    { label: 'Bijdragen aan een budgethouder', waarde: tel.bijdrage, eenheid: 'aantal' as const },
    { label: 'Budgetten naar scholen', waarde: tel.budget, eenheid: 'aantal' as const },
  ].filter((t) => t.waarde > 0);
  return maak(`${r.route}/stromen`, `Aantal geldstromen (${r.naam})`, r.aantalStromen, 'aantal', 'aantal stromen met een bedrag groter dan 0', termen, true, `Aantal geldstromen = ${termen.map((t) => `${formatGetal(t.waarde)} ${t.label.toLowerCase()}`).join(' + ') || '0'} = ${formatGetal(r.aantalStromen)}`);
}

function lokettenUitleg(ev: Evaluatie, r: RouteResultaat, code: string): Uitleg | undefined {
  if (!(code in r.lokettenPerSchool)) return undefined;
  const naar = schoolId(code);
  const perVan = new Map<string, number>();
  for (const s of r.stromen) if (s.naar === naar) perVan.set(s.van, (perVan.get(s.van) ?? 0) + s.bedrag);
  const termen = [...perVan.keys()].map((id) => ({ label: naamVan(ev, id), waarde: 1, eenheid: 'aantal' as const }));
  const invoer = [...perVan].map(([id, x]) => ({ label: `Ontvangen van ${naamVan(ev, id)}`, waarde: x, eenheid: 'euro' as const }));
  const n = r.lokettenPerSchool[code];
  return maak(`${r.route}/loketten/${code}`, `Loketten ${naamVan(ev, naar)} (${r.naam})`, n, 'aantal', 'aantal verschillende partijen waarvan de school zorggeld ontvangt', termen, true, `${naamVan(ev, naar)} ontvangt zorggeld van ${formatGetal(n)} ${n === 1 ? 'partij' : 'partijen'}${termen.length ? `: ${termen.map((t) => t.label).join(', ')}` : ''}`, invoer);
}

function stroomUitleg(ev: Evaluatie, r: RouteResultaat, index: number): Uitleg | undefined {
  const s = r.stromen[index];
  if (!s) return undefined;
  const van = naamVan(ev, s.van);
  const naar = naamVan(ev, s.naar);
  const figuur = `${r.route}/stroom/${index}`;
  const titel = `${van} → ${naar}`;
  const term = [{ label: titel, waarde: s.bedrag, eenheid: 'euro' as const }];
  if (s.soort === 'individueel') {
    const fi = financierIndex(ev, s.van);
    const f = fi >= 0 ? ev.financiers[fi] : undefined;
    const wat = s.kader ? `${KADER_LABEL[s.kader]}-kosten` : 'kosten';
    const waarom = r.route === 'huidig' ? 'zoals nu: individuele financiering' : `buiten de pot${f ? ` omdat ${redenBuitenPot(ev, f)}` : ''}`;
    return maak(figuur, titel, s.bedrag, 'euro', 'kosten van de leerlingen van deze financier op deze school in dit kader', term, true, `${van} betaalt ${naar} rechtstreeks de ${wat} ${euro(s.bedrag)} (${waarom})`);
  }
  if (s.soort === 'budget') {
    return maak(figuur, titel, s.bedrag, 'euro', 'pot van de school', term, true, `${van} (budgethouder) betaalt ${naar} haar pot ${euro(s.bedrag)}`);
  }
  const i = financierIndex(ev, s.van);
  const b = i >= 0 ? r.bijdragen[i] : undefined;
  const fractie = b && b.bedrag > 0 ? s.bedrag / b.bedrag : 1;
  const deel = fractie < 1 - 1e-12 ? `${pct(fractie)} van de bijdrage ${euro(b!.bedrag)} (het aandeel van ${naar} in het zorgdeel van de pot)` : `de bijdrage`;
  return maak(figuur, titel, s.bedrag, 'euro', 'bijdrage van de financier aan de budgethouder', term, true, `${van} betaalt ${naar} (budgethouder) ${deel}: ${euro(s.bedrag)}`, [{ label: 'Deel van de bijdrage', waarde: fractie, eenheid: 'fractie' }]);
}

function formatieUitleg(ev: Evaluatie, code: string): Uitleg | undefined {
  const f = ev.formatie.find((x) => x.school === code);
  if (!f) return undefined;
  const s = ev.pot.perSchool.find((x) => x.school === code)!;
  const termen = Object.entries(f.perProfessional)
    .filter(([, v]) => v.uitPot > 0)
    .map(([p, v]) => ({ label: p, waarde: v.uitPot, eenheid: 'fte' as const }));
  return maak(
    `formatie/${code}`,
    `Formatie uit de pot ${s.naam}`,
    f.fteUitPot,
    'fte',
    'formatie van de school × aandeel van de pot in de kosten van de school',
    termen,
    true,
    `Formatie uit de pot ${s.naam} = ${fte(f.fteTotaal)} fte × ${pct(f.aandeelPot)} (pot ${euro(s.totaal)} van de kosten ${euro(s.kosten)}) = ${fte(f.fteUitPot)} fte`,
    [{ label: 'Aandeel pot', waarde: f.aandeelPot, eenheid: 'fractie' }],
  );
}

function buitenScopeUitleg(ev: Evaluatie): Uitleg {
  const n = ev.buitenScope;
  const termen = Object.entries(n.perFinancier).map(([id, x]) => ({ label: naamVan(ev, id), waarde: x, eenheid: 'euro' as const }));
  const wie = ev.toegepast.buitenScope === 'onderwijs' ? 'de scholen betalen haar als onderwijs' : 'de huidige financiers blijven haar individueel betalen';
  const tekst = n.totaal > 0 ? `Buiten de scope = ${euro(n.totaal)}: zorg van taken buiten de scope; ${wie}` : 'Buiten de scope = € 0: de scope omvat alle taken';
  return maak('buitenScope', 'Buiten de scope', n.totaal, 'euro', 'zorgkosten (alle zorgkaders) van de taken buiten de scope', termen, true, tekst);
}

function zorgTotaalUitleg(ev: Evaluatie): Uitleg {
  const r = ev.routes.gemeenteroute;
  const potZorg = ev.pot.totaal - ev.pot.perKader.onderwijs;
  const termen = [
    { label: 'In de pot (zorgdeel)', waarde: potZorg, eenheid: 'euro' as const },
    { label: 'Niet in de pot', waarde: r.nietInPot.totaal, eenheid: 'euro' as const },
    { label: 'Buiten de scope', waarde: r.buitenScope.totaal, eenheid: 'euro' as const },
  ];
  return maak(
    'zorgTotaal',
    'Zorgkosten, alle taken',
    ev.zorgTotaal,
    'euro',
    'zorgkosten van alle taken (breed) van alle leerlingen: wat nu betaald wordt',
    termen,
    true,
    `Zorgkosten nu = ${euro(ev.zorgTotaal)}, in elke route verdeeld over de pot (${euro(potZorg)}), niet in de pot (${euro(r.nietInPot.totaal)}) en buiten de scope (${euro(r.buitenScope.totaal)})`,
  );
}

/** The explanation of one figure, or undefined for an unknown figure id. */
export function legUit(ev: Evaluatie, figuur: string): Uitleg | undefined {
  const [a, b, ...rest] = figuur.split('/');
  const c = rest.join('/');
  if (a === 'pot') {
    if (b === undefined) return potUitleg(ev);
    if (b === 'kader') return potKaderUitleg(ev, c as Kader);
    if (b === 'school') return potSchoolUitleg(ev, c);
    return undefined;
  }
  if (a === 'nietInPot') return nietInPotUitleg(ev, b === undefined ? undefined : [b, ...rest].join('/'));
  if (a === 'buitenScope' && b === undefined) return buitenScopeUitleg(ev);
  if (a === 'zorgTotaal' && b === undefined) return zorgTotaalUitleg(ev);
  if (a === 'formatie') return formatieUitleg(ev, [b, ...rest].join('/'));
  const r = route(ev, a);
  if (!r) return undefined;
  switch (b) {
    case 'bijdrage':
      return bijdrageUitleg(ev, r, c);
    case 'verschil':
      return verschilUitleg(ev, r, c);
    case 'budgethouder':
      return budgethouderUitleg(ev, r, c);
    case 'stromen':
      return stromenUitleg(r);
    case 'loketten':
      return lokettenUitleg(ev, r, c);
    case 'stroom':
      return /^\d+$/.test(c) ? stroomUitleg(ev, r, Number(c)) : undefined;
    default:
      return undefined;
  }
}

export interface FigurenOpties {
  /** Include one id per flow (`<route>/stroom/<i>`), per school's loketten and formatie (default true). */
  details?: boolean;
}

/** Every figure id of an evaluation that `legUit` explains. */
export function figuren(ev: Evaluatie, opties: FigurenOpties = {}): string[] {
  const details = opties.details ?? true;
  const ids = ['pot', ...KADERS.map((k) => `pot/kader/${k}`), ...ev.pot.perSchool.map((s) => `pot/school/${s.school}`), 'nietInPot', ...Object.keys(ev.nietInPot.perFinancier).map((p) => `nietInPot/${p}`), 'buitenScope', 'zorgTotaal'];
  for (const id of ROUTES) {
    const r = ev.routes[id];
    for (const f of ev.financiers) ids.push(`${id}/bijdrage/${f.partij}`, `${id}/verschil/${f.partij}`);
    for (const h of r.budgethouders) ids.push(`${id}/budgethouder/${h.partij}`);
    ids.push(`${id}/stromen`);
    if (details) {
      for (const code of Object.keys(r.lokettenPerSchool)) ids.push(`${id}/loketten/${code}`);
      r.stromen.forEach((_, i) => ids.push(`${id}/stroom/${i}`));
    }
  }
  if (details) for (const f of ev.formatie) ids.push(`formatie/${f.school}`);
  return ids;
}

/** Figure id → explanation sentence, for the export (without the per-flow details by default). */
export function uitlegTeksten(ev: Evaluatie, opties: FigurenOpties = { details: false }): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const id of figuren(ev, opties)) {
    const u = legUit(ev, id);
    if (u) uit[id] = u.tekst;
  }
  return uit;
}

