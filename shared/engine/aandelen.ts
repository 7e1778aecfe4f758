import { DOELGROEPEN, DOELGROEP_KORT, KADERS, type Doelgroep, type Kader } from '../domain/labels';
import { pasFinancieringsmixAan, type AandeelMarge, type Financieringsmix } from './financieringsmix';
import type { Professional, PublishedNormen } from './normen';
import { CEL_SECTOREN, type CelSector } from './sector';

/**
 * The published kader shares of rekenmodel v2 §11: each is a margin of the financing-mix fit where
 * the fit stays feasible, otherwise a validation shown beside the fitted value. Values come from the
 * kengetallen of the published data set; `regel` is the line of the report's text version.
 */
export interface AandeelDoel {
  id: string;
  naam: string;
  /** Id of the kengetal in the published data set that holds the target. */
  kengetal: string;
  regel: number;
  selectie: { sector?: CelSector; doelgroep?: Doelgroep; professional?: string };
  kaders: readonly Kader[];
  /**
   * `verplicht`: always a margin (the sector shares of §11); `marge`: a margin when feasible;
   * `minimum` / `maximum`: a bound; a margin at the bound only when the fit without it violates it.
   */
  soort: 'verplicht' | 'marge' | 'minimum' | 'maximum';
}

const ZORGKADERS: readonly Kader[] = KADERS.filter((k) => k !== 'onderwijs');

export const AANDEEL_DOELEN: readonly AandeelDoel[] = [
  { id: 'onderwijsSo', naam: 'Onderwijs in het so', kengetal: 'onderwijsAandeelSo', regel: 2628, selectie: { sector: 'so' }, kaders: ['onderwijs'], soort: 'verplicht' },
  { id: 'onderwijsVso', naam: 'Onderwijs in het vso', kengetal: 'onderwijsAandeelVso', regel: 2628, selectie: { sector: 'vso' }, kaders: ['onderwijs'], soort: 'verplicht' },
  { id: 'jeugdwetGedrag', naam: 'Jeugdwet bij gedrag', kengetal: 'jeugdwetAandeelGedrag', regel: 2640, selectie: { doelgroep: 'gedrag' }, kaders: ['jeugdwet'], soort: 'marge' },
  { id: 'zvwGedrag', naam: 'Zvw bij gedrag', kengetal: 'zvwAandeelGedrag', regel: 5156, selectie: { doelgroep: 'gedrag' }, kaders: ['zvw'], soort: 'marge' },
  { id: 'zorgkadersEmb', naam: 'Zorgkaders samen bij EMB', kengetal: 'zorgkaderAandeelEmb', regel: 2636, selectie: { doelgroep: 'emb' }, kaders: ZORGKADERS, soort: 'marge' },
  { id: 'zorgkadersLb', naam: 'Zorgkaders samen bij LB', kengetal: 'zorgkaderAandeelLb', regel: 2636, selectie: { doelgroep: 'lb' }, kaders: ZORGKADERS, soort: 'marge' },
  { id: 'onderwijsVerpleegkundige', naam: 'Onderwijs bij de verpleegkundige', kengetal: 'onderwijsAandeelVerpleegkundige', regel: 5071, selectie: { professional: 'verpleegkundige' }, kaders: ['onderwijs'], soort: 'marge' },
  { id: 'wpgEmb', naam: 'Wpg bij EMB boven de drempel', kengetal: 'wpgDrempel', regel: 2646, selectie: { doelgroep: 'emb' }, kaders: ['wpg'], soort: 'minimum' },
  ...DOELGROEPEN.filter((d) => d !== 'emb').map(
    (d): AandeelDoel => ({ id: `wpg_${d}`, naam: `Wpg bij ${DOELGROEP_KORT[d]} niet boven de drempel`, kengetal: 'wpgDrempel', regel: 2646, selectie: { doelgroep: d }, kaders: ['wpg'], soort: 'maximum' }),
  ),
];

/** How a target ended up in the normenset. */
export interface AandeelUitkomst {
  id: string;
  naam: string;
  kengetal: string;
  regel: number;
  soort: AandeelDoel['soort'];
  /** The published share (for a bound: the bound). */
  doel: number;
  /** The share in the fitted national broad cost. */
  gefit: number;
  /** `marge`: the fit meets it; `validatie`: shown beside the fitted value only. */
  rol: 'marge' | 'validatie';
  /** For a bound: whether the fitted value respects it; for a target: within 1 percentage point. */
  voldaan: boolean;
}

export interface MixMetAandelen {
  fit: Financieringsmix;
  aandelen: AandeelUitkomst[];
}

const TOLERANTIE_GRENS = 1e-9;
/** A target made a margin must be met within this (1 percentage point, v2 §11). */
export const MARGE_AANDEEL = 0.01;

/**
 * The financing-mix fit with the published shares (v2 §11):
 * 1. The sector shares (`verplicht`) are always margins. Their weighted sum must equal the onderwijs
 *    total of tabel 2.5, so both are shifted by the same δ to meet it (δ is a few tenths of a
 *    percentage point for the national data; a warning when it exceeds one).
 * 2. All `marge` targets together; when that fit does not converge (infeasible), each is added in
 *    list order and kept only when the fit still converges. The rest stay validation.
 * 3. Bounds (`minimum`, `maximum`) that the fit violates become margins at the bound, if feasible.
 */
export function pasMixMetAandelenAan(
  published: PublishedNormen,
  professionals: readonly Professional[],
  M: number[][][][],
  prior: number[][],
  kaderTotalen: number[][],
  waarschuwingen: string[],
): MixMetAandelen {
  const waardeVan = (doel: AandeelDoel) => {
    const v = published.kengetallen[doel.kengetal]?.waarde;
    if (!(typeof v === 'number' && v >= 0 && v <= 1)) throw new Error(`normenset ${published.id}: het kengetal ${doel.kengetal} ontbreekt of ligt niet tussen 0 en 1`);
    return v;
  };
  const selectie = (doel: AandeelDoel): AandeelMarge['selectie'] => {
    const s = doel.selectie;
    const sIdx = s.sector ? CEL_SECTOREN.indexOf(s.sector) : -1;
    const dIdx = s.doelgroep ? DOELGROEPEN.indexOf(s.doelgroep) : -1;
    const pIdx = s.professional ? professionals.findIndex((x) => x.id === s.professional) : -1;
    if (s.professional && pIdx < 0) throw new Error(`normenset ${published.id}: onbekende professional ${s.professional} in het gepubliceerde aandeel ${doel.id}`);
    return (p, d, sector) => (sIdx < 0 || sector === sIdx) && (dIdx < 0 || d === dIdx) && (pIdx < 0 || p === pIdx);
  };
  const marge = (doel: AandeelDoel, aandeel: number): AandeelMarge => ({ selectie: selectie(doel), kaders: doel.kaders.map((k) => KADERS.indexOf(k)), aandeel });

  // 1. Sector shares, reconciled with the onderwijs total.
  const verplicht = AANDEEL_DOELEN.filter((d) => d.soort === 'verplicht');
  const kosten = (sel: AandeelMarge['selectie']) => {
    let s = 0;
    for (const Mg of M) Mg.forEach((rij, p) => rij.forEach((cel, d) => cel.forEach((v, sector) => sel(p, d, sector) && (s += v))));
    return s;
  };
  const onderwijs = KADERS.indexOf('onderwijs');
  const onderwijsTotaal = kaderTotalen.reduce((t, kolom, g) => {
    const som = kolom.reduce((a, b) => a + Math.max(0, b), 0);
    const somM = M[g].flat(2).reduce((a, b) => a + b, 0);
    return t + (som > 0 ? (Math.max(0, kolom[onderwijs]) * somM) / som : 0);
  }, 0);
  const sectorKosten = verplicht.map((d) => kosten(selectie(d)));
  const somSector = sectorKosten.reduce((a, b) => a + b, 0);
  const delta = somSector > 0 ? (onderwijsTotaal - verplicht.reduce((t, d, i) => t + waardeVan(d) * sectorKosten[i], 0)) / somSector : 0;
  if (Math.abs(delta) > MARGE_AANDEEL) {
    waarschuwingen.push(`onderwijsaandeel per sector: ${(delta * 100).toFixed(1)} procentpunt verschoven om het onderwijstotaal van tabel 2.5 te halen`);
  }
  const gekozen: { doel: AandeelDoel; waarde: number }[] = verplicht.map((d) => ({ doel: d, waarde: Math.min(1, Math.max(0, waardeVan(d) + delta)) }));

  const probeer = (lijst: readonly { doel: AandeelDoel; waarde: number }[], vanaf?: Financieringsmix) =>
    pasFinancieringsmixAan(
      M,
      prior,
      kaderTotalen,
      lijst.map((x) => marge(x.doel, x.waarde)),
      { start: vanaf?.X },
    );

  // 2. The targets.
  const optioneel = AANDEEL_DOELEN.filter((d) => d.soort === 'marge').map((d) => ({ doel: d, waarde: waardeVan(d) }));
  let fit = probeer([...gekozen, ...optioneel]);
  if (fit.geconvergeerd) gekozen.push(...optioneel);
  else {
    fit = probeer(gekozen);
    for (const o of optioneel) {
      const f = probeer([...gekozen, o], fit);
      if (f.geconvergeerd) {
        gekozen.push(o);
        fit = f;
      }
    }
  }

  // 3. Bounds.
  const grenzen = AANDEEL_DOELEN.filter((d) => d.soort === 'minimum' || d.soort === 'maximum');
  const geschonden = (f: Financieringsmix, d: AandeelDoel) => {
    const x = f.aandelen(marge(d, 0));
    return d.soort === 'minimum' ? x < waardeVan(d) - TOLERANTIE_GRENS : x > waardeVan(d) + TOLERANTIE_GRENS;
  };
  for (let ronde = 0; ronde < 3; ronde++) {
    const nieuw = grenzen.filter((d) => !gekozen.some((g) => g.doel === d) && geschonden(fit, d)).map((d) => ({ doel: d, waarde: waardeVan(d) }));
    if (!nieuw.length) break;
    const f = probeer([...gekozen, ...nieuw], fit);
    if (!f.geconvergeerd) break;
    gekozen.push(...nieuw);
    fit = f;
  }

  const aandelen = AANDEEL_DOELEN.map((d): AandeelUitkomst => {
    const doel = waardeVan(d);
    const gefit = fit.aandelen(marge(d, 0));
    const voldaan = d.soort === 'minimum' ? gefit >= doel - TOLERANTIE_GRENS : d.soort === 'maximum' ? gefit <= doel + TOLERANTIE_GRENS : Math.abs(gefit - doel) <= MARGE_AANDEEL;
    return { id: d.id, naam: d.naam, kengetal: d.kengetal, regel: d.regel, soort: d.soort, doel, gefit, rol: gekozen.some((g) => g.doel === d) ? 'marge' : 'validatie', voldaan };
  });
  return { fit, aandelen };
}
