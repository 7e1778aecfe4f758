import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { RouteId, SchoolFormatie, Variant } from '../../../../shared/engine';
import type { EvaluatieDeel, EvaluatieWeergave, Geldstromen } from '../../../../shared/engine/evaluatie-weergave';
import type { SankeyVraag } from '../../../../shared/engine/sankey-beperken';
import { zio } from '../../api';
import { maakVolgorde } from './volgorde';

/**
 * Where evaluations come from: the API, with the last few answers remembered by variant and the
 * parts asked for (`delen`: what the visible screen shows besides the key figures; see
 * EvaluatieWeergave). The screen asks for a changed variant at the moment of the change (before
 * React renders anything), so the request and the render of the panel overlap; going back to an
 * earlier variant or tab costs no request at all, and an answer with more parts serves a screen
 * that needs fewer.
 */
export interface EvaluatieBron {
  haal(regioId: number, variant: Variant, delen?: readonly EvaluatieDeel[]): Promise<EvaluatieWeergave>;
  /** That evaluation when its answer is in (a screen rendering the variant then shows it at once). */
  bekend(regioId: number, variant: Variant, delen?: readonly EvaluatieDeel[]): EvaluatieWeergave | undefined;
  /**
   * The Sankey of one route of an evaluation this source answered, as a chart shows it (limited by
   * the server; every flow with `max: null`); asked once per variant and view.
   */
  geldstromen(ev: EvaluatieWeergave, route: RouteId, vraag: SankeyVraag): Promise<Geldstromen>;
  /** That Sankey when its answer is in (a chart asking it again draws at once). */
  bekendeGeldstromen(ev: EvaluatieWeergave, route: RouteId, vraag: SankeyVraag): Geldstromen | undefined;
  /**
   * A changed variant: asks the evaluation with `delen` and, in the same moment, what the visible
   * tab asks right after it (registered with `volg`), so those requests do not wait for the
   * evaluation's answer to reach the screen first.
   */
  wijziging(regioId: number, variant: Variant, delen: readonly EvaluatieDeel[]): Promise<EvaluatieWeergave>;
  /** Registers what a tab asks for a changed variant; returns the unregistration. */
  volg(vooruit: (bron: EvaluatieBron, regioId: number, variant: Variant) => void): () => void;
  /** Asks a Sankey of a variant before its evaluation's answer is on screen. */
  geldstromenVooruit(regioId: number, variant: Variant, route: RouteId, vraag: SankeyVraag): void;
  /** The formatie per professional of one school of an evaluation this source answered (null: of every school, for a download); asked once per variant. */
  formatie(ev: EvaluatieWeergave, school: string | null): Promise<SchoolFormatie[]>;
  /** That formatie when its answer is in. */
  bekendeFormatie(ev: EvaluatieWeergave, school: string | null): SchoolFormatie[] | undefined;
  /** Asks a school's formatie of a variant before its evaluation's answer is on screen. */
  formatieVooruit(regioId: number, variant: Variant, school: string | null): void;
}

/** No parts: the key figures only. */
export const ALLEEN_KERNCIJFERS: readonly EvaluatieDeel[] = [];

const sankeySleutel = (route: RouteId, v: SankeyVraag) => `${route}\u0000${v.deel}\u0000${v.max ?? 'alle'}\u0000${v.gemarkeerd ?? ''}`;

interface Gevraagd<T> {
  belofte: Promise<T>;
  antwoord?: T;
}

/** An evaluation asked: for which variant (its key) and parts, and its answer once in. */
interface EvaluatieGevraagd {
  variant: string;
  delen: readonly EvaluatieDeel[];
  p: Promise<EvaluatieWeergave>;
  antwoord?: EvaluatieWeergave;
}

/** Keeps at most `grootte` entries, the most recently used last. */
function bijGebruik<K, V>(m: Map<K, V>, k: K, v: V, grootte: number): void {
  m.delete(k);
  m.set(k, v);
  while (m.size > grootte) m.delete(m.keys().next().value!);
}

export function maakEvaluatieBron(grootte = 12): EvaluatieBron {
  const onthouden = new Map<string, EvaluatieGevraagd>();
  const zoek = (variantSleutel: string, delen: readonly EvaluatieDeel[]) => [...onthouden].find(([, x]) => x.variant === variantSleutel && delen.every((d) => x.delen.includes(d)));
  // Which asked variant an answer belongs to: the parts asked after it (Sankeys, formatie) are
  // remembered under that variant, so a part asked ahead of the answer serves it.
  const variantVan = new WeakMap<EvaluatieWeergave, string>();
  const delenNa = new Map<string, Gevraagd<unknown>>();
  const volgers = new Set<(bron: EvaluatieBron, regioId: number, variant: Variant) => void>();
  const variantSleutelVan = (regioId: number, variant: Variant) => `${regioId}:${JSON.stringify(variant)}`;
  const sleutelVanEv = (ev: EvaluatieWeergave) => variantVan.get(ev) ?? variantSleutelVan(ev.regioId, ev.variant);

  /** A part of a variant's figures asked after its evaluation, once per variant and view. */
  function vraagDeel<T>(sleutel: string, vraag: () => Promise<T>): Promise<T> {
    let g = delenNa.get(sleutel) as Gevraagd<T> | undefined;
    if (!g) {
      const nieuw: Gevraagd<T> = {
        belofte: vraag().then(
          (antwoord) => (nieuw.antwoord = antwoord),
          (e: unknown) => {
            if (delenNa.get(sleutel) === nieuw) delenNa.delete(sleutel);
            throw e;
          },
        ),
      };
      g = nieuw;
    }
    // Two routes with two charts, a few views each, and a school or two, for the last few variants.
    bijGebruik(delenNa, sleutel, g as Gevraagd<unknown>, 6 * grootte);
    return g.belofte;
  }
  const bekendDeel = <T>(sleutel: string) => (delenNa.get(sleutel) as Gevraagd<T> | undefined)?.antwoord;
  const sankeyVan = (variantSleutel: string, route: RouteId, vraag: SankeyVraag) => `${variantSleutel}|sankey|${sankeySleutel(route, vraag)}`;
  const formatieVan = (variantSleutel: string, school: string | null) => `${variantSleutel}|formatie|${school ?? ''}`;
  const vraagSankey = (variantSleutel: string, regioId: number, variant: Variant, route: RouteId, vraag: SankeyVraag) =>
    vraagDeel(sankeyVan(variantSleutel, route, vraag), () => zio.geldstromen({ regioId, variant, route, ...vraag }));
  const vraagFormatie = (variantSleutel: string, regioId: number, variant: Variant, school: string | null) =>
    vraagDeel(formatieVan(variantSleutel, school), () => zio.formatie({ regioId, variant, school }));

  const bron: EvaluatieBron = {
    haal(regioId, variant, delen = ALLEEN_KERNCIJFERS) {
      const variantSleutel = variantSleutelVan(regioId, variant);
      const bekend = zoek(variantSleutel, delen);
      if (bekend) {
        bijGebruik(onthouden, bekend[0], bekend[1], grootte);
        return bekend[1].p;
      }
      const sleutel = `${variantSleutel}|${[...delen].sort().join(',')}`;
      const p = zio.evaluatie({ regioId, variant, delen: [...delen] }).then((ev) => {
        variantVan.set(ev, variantSleutel);
        gevraagd.antwoord = ev;
        return ev;
      });
      const gevraagd: EvaluatieGevraagd = { variant: variantSleutel, delen, p };
      // A failed request is not remembered: asking again asks the API again.
      p.catch(() => onthouden.get(sleutel)?.p === p && onthouden.delete(sleutel));
      bijGebruik(onthouden, sleutel, gevraagd, grootte);
      return p;
    },
    bekend: (regioId, variant, delen = ALLEEN_KERNCIJFERS) => zoek(variantSleutelVan(regioId, variant), delen)?.[1].antwoord,
    geldstromen: (ev, route, vraag) => vraagSankey(sleutelVanEv(ev), ev.regioId, ev.variant, route, vraag),
    bekendeGeldstromen: (ev, route, vraag) => bekendDeel<Geldstromen>(sankeyVan(sleutelVanEv(ev), route, vraag)),
    geldstromenVooruit(regioId, variant, route, vraag) {
      vraagSankey(variantSleutelVan(regioId, variant), regioId, variant, route, vraag).catch(() => {});
    },
    formatie: (ev, school) => vraagFormatie(sleutelVanEv(ev), ev.regioId, ev.variant, school),
    bekendeFormatie: (ev, school) => bekendDeel<SchoolFormatie[]>(formatieVan(sleutelVanEv(ev), school)),
    formatieVooruit(regioId, variant, school) {
      vraagFormatie(variantSleutelVan(regioId, variant), regioId, variant, school).catch(() => {});
    },
    wijziging(regioId, variant, delen) {
      const p = bron.haal(regioId, variant, delen);
      for (const f of volgers) f(bron, regioId, variant);
      return p;
    },
    volg(vooruit) {
      volgers.add(vooruit);
      return () => void volgers.delete(vooruit);
    },
  };
  return bron;
}

const standaardBron = maakEvaluatieBron();
export const EvaluatieBronContext = createContext<EvaluatieBron>(standaardBron);

export interface Evaluaties {
  /** The latest evaluations that arrived (kept while a newer request runs or after an error). */
  data: EvaluatieWeergave[] | null;
  /** The error of the latest request (the data are then those of an earlier variant). */
  fout: Error | null;
  bezig: boolean;
}

/**
 * Evaluates one or more variants of a regio (all four routes each), with the parts the screen shows.
 * Re-evaluates when a variant or the parts change in content; answers to superseded requests are
 * dropped. While a request runs, `data` still holds the previous answer and `bezig` is true: the
 * screen must mark those figures as stale.
 */
export function useEvaluaties(regioId: number, varianten: readonly Variant[] | null, delen: readonly EvaluatieDeel[] = ALLEEN_KERNCIJFERS): Evaluaties {
  const bron = useContext(EvaluatieBronContext);
  const delenSleutel = [...delen].sort().join(',');
  const sleutel = useMemo(() => (varianten === null ? null : `${regioId}:${JSON.stringify(varianten)}|${delenSleutel}`), [regioId, varianten, delenSleutel]);
  const laatsteDelen = useRef(delen);
  laatsteDelen.current = delen;
  // What arrived last, for which request; "bezig" is derived (no extra render when a request starts).
  const [toestand, zet] = useState<{ sleutel: string | null; regioId: number; data: EvaluatieWeergave[] | null; fout: Error | null }>({ sleutel: null, regioId, data: null, fout: null });
  const volgorde = useRef(maakVolgorde());
  const laatsteVarianten = useRef(varianten);
  laatsteVarianten.current = varianten;

  useEffect(() => {
    const lijst = laatsteVarianten.current;
    if (lijst === null) return;
    const isLaatste = volgorde.current.volgende();
    Promise.all(lijst.map((variant) => bron.haal(regioId, variant, laatsteDelen.current))).then(
      (data) => isLaatste() && zet({ sleutel, regioId, data, fout: null }),
      (fout: Error) => isLaatste() && zet((t) => ({ sleutel, regioId, data: t.regioId === regioId ? t.data : null, fout })),
    );
  }, [regioId, sleutel, bron]);

  useEffect(() => () => volgorde.current.vergeet(), []);

  // Answers already in (asked at the change, or remembered) are shown in this very render, without
  // a render that marks the figures stale first and another when the effect above has read them.
  const direct = useMemo(() => {
    if (varianten === null || toestand.sleutel === sleutel) return null;
    const bekend = varianten.map((v) => bron.bekend(regioId, v, laatsteDelen.current));
    return bekend.every((ev) => ev !== undefined) ? (bekend as EvaluatieWeergave[]) : null;
    // The key stands for the variants and parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bron, regioId, sleutel, toestand.sleutel]);
  return useMemo(
    () =>
      direct
        ? { data: direct, fout: null, bezig: false }
        : toestand.regioId === regioId
          ? { data: toestand.data, fout: toestand.fout, bezig: sleutel !== null && toestand.sleutel !== sleutel }
          : { data: null, fout: null, bezig: true },
    [direct, toestand, regioId, sleutel],
  );
}

/** One variant: its evaluation, or the latest one that arrived. */
export function useEvaluatie(regioId: number, variant: Variant, delen: readonly EvaluatieDeel[] = ALLEEN_KERNCIJFERS): { ev: EvaluatieWeergave | null; fout: Error | null; bezig: boolean } {
  const lijst = useMemo(() => [variant], [variant]);
  const { data, fout, bezig } = useEvaluaties(regioId, lijst, delen);
  return { ev: data?.[0] ?? null, fout, bezig };
}

/**
 * The variant whose figures a screen shows: a changed variant once its answer is in, or after
 * `geduldMs` without one (the screen then shows the previous figures dimmed, as stale). Until then
 * the screen stays as it is: no render that only marks figures stale which a quick answer replaces a
 * moment later, and the answer is drawn in one render when it comes.
 */
export function useVariantNaAntwoord(regioId: number, variant: Variant, delen: readonly EvaluatieDeel[], geduldMs = 120): Variant {
  const bron = useContext(EvaluatieBronContext);
  const [getoond, zetGetoond] = useState(variant);
  const laatsteDelen = useRef(delen);
  laatsteDelen.current = delen;
  // Since when the screen waits: a series of changes (a slider) still shows "stale" after `geduldMs`.
  const wachtSinds = useRef<number | null>(null);
  useEffect(() => {
    if (getoond === variant) {
      wachtSinds.current = null;
      return;
    }
    const sinds = (wachtSinds.current ??= performance.now());
    let weg = false;
    const toon = () => void (weg || zetGetoond(variant));
    const wacht = window.setTimeout(toon, Math.max(0, geduldMs - (performance.now() - sinds)));
    bron.haal(regioId, variant, laatsteDelen.current).then(toon, toon);
    return () => {
      weg = true;
      window.clearTimeout(wacht);
    };
  }, [bron, regioId, variant, getoond, geduldMs]);
  return getoond;
}
