import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { RouteId, SchoolFormatie, Variant } from '../../../../shared/engine';
import type { EvaluatieDeel, EvaluatieWeergave, Geldstromen } from '../../../../shared/engine/evaluatie-weergave';
import type { SankeyVraag } from '../../../../shared/engine/sankey-beperken';
import type { Uitvoer } from '../../../../shared/api/contract';
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
   * A changed variant: asks the evaluation with `delen` and what the visible tab asks right after it
   * (registered with `volg`) in one request, so the tab's charts do not wait for the evaluation's
   * answer to reach the screen first. An evaluation already asked is not asked again; the tab's parts
   * are then asked on their own.
   */
  wijziging(regioId: number, variant: Variant, delen: readonly EvaluatieDeel[]): Promise<EvaluatieWeergave>;
  /**
   * A variant a click may give soon (the pointer rests on a switch): asked as `wijziging` asks it,
   * with the visible tab's parts in the same request, so the click finds all of it in memory. Nothing
   * is asked when the evaluation was asked already.
   */
  voorspel(regioId: number, variant: Variant, delen: readonly EvaluatieDeel[]): void;
  /**
   * Settles when the evaluation and the parts asked with the last change to this variant are in (or
   * failed): a screen waiting for it draws the figures and the tab's charts in one render.
   */
  compleet(regioId: number, variant: Variant, delen: readonly EvaluatieDeel[]): Promise<unknown>;
  /** Registers what a tab asks for a changed variant; returns the unregistration. */
  volg(vooruit: (bron: EvaluatieBron, regioId: number, variant: Variant) => void): () => void;
  /** Asks a Sankey of a variant before its evaluation's answer is on screen (within `wijziging`: with the evaluation). */
  geldstromenVooruit(regioId: number, variant: Variant, route: RouteId, vraag: SankeyVraag): void;
  /** The formatie per professional of one school of an evaluation this source answered (null: of every school, for a download); asked once per variant. */
  formatie(ev: EvaluatieWeergave, school: string | null): Promise<SchoolFormatie[]>;
  /** That formatie when its answer is in. */
  bekendeFormatie(ev: EvaluatieWeergave, school: string | null): SchoolFormatie[] | undefined;
  /** Asks a school's formatie of a variant before its evaluation's answer is on screen (within `wijziging`: with the evaluation). */
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
  /** The request failed: the next `haal` gets this failure (the screen shows it), the one after asks again. */
  mislukt?: true;
}

/** What a change's followers ask, gathered to be sent with the evaluation. */
interface Bundel {
  geldstromen: Array<SankeyVraag & { route: RouteId }>;
  formatie: Array<string | null>;
  antwoord: Promise<Uitvoer['evaluatieMetDetail']>;
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
  // The parts the followers asked with a change, per variant.
  const vooruitGevraagd = new Map<string, Promise<unknown>[]>();
  const vooruit = (variantSleutel: string, p: Promise<unknown>) => {
    vooruitGevraagd.get(variantSleutel)?.push(p);
    p.catch(() => {});
  };
  // A variant object is not changed once made (a change makes a new one): its text is kept.
  const tekstVan = new WeakMap<Variant, string>();
  const variantSleutelVan = (regioId: number, variant: Variant) => {
    let tekst = tekstVan.get(variant);
    if (tekst === undefined) tekstVan.set(variant, (tekst = JSON.stringify(variant)));
    return `${regioId}:${tekst}`;
  };
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
  // While a change's followers run: their parts go with the evaluation's request.
  let bundel: Bundel | null = null;
  const vraagSankey = (variantSleutel: string, regioId: number, variant: Variant, route: RouteId, vraag: SankeyVraag) =>
    vraagDeel(sankeyVan(variantSleutel, route, vraag), () => {
      if (!bundel) return zio.geldstromen({ regioId, variant, route, ...vraag });
      const i = bundel.geldstromen.push({ route, ...vraag }) - 1;
      return bundel.antwoord.then((a) => a.geldstromen[i]);
    });
  const vraagFormatie = (variantSleutel: string, regioId: number, variant: Variant, school: string | null) =>
    vraagDeel(formatieVan(variantSleutel, school), () => {
      if (!bundel) return zio.formatie({ regioId, variant, school });
      const i = bundel.formatie.push(school) - 1;
      return bundel.antwoord.then((a) => a.formatie[i]);
    });

  /** Asks the evaluation and what the followers ask for this variant, in one request. */
  function vraagMetDelen(regioId: number, variantSleutel: string, variant: Variant, delen: readonly EvaluatieDeel[]): Promise<EvaluatieWeergave> {
    let stuur!: (a: Promise<Uitvoer['evaluatieMetDetail']>) => void;
    const b: Bundel = { geldstromen: [], formatie: [], antwoord: new Promise((ok) => (stuur = ok)) };
    bundel = b;
    try {
      for (const f of volgers) f(bron, regioId, variant);
    } finally {
      bundel = null;
    }
    stuur(zio.evaluatieMetDetail({ regioId, variant, delen: [...delen], geldstromen: b.geldstromen, formatie: b.formatie }));
    return onthoud(variantSleutel, delen, b.antwoord.then((a) => a.evaluatie));
  }

  /** Remembers an evaluation asked (`p`); a failed one until a screen has been given its failure, so it is asked once per change. */
  function onthoud(variantSleutel: string, delen: readonly EvaluatieDeel[], antwoord: Promise<EvaluatieWeergave>): Promise<EvaluatieWeergave> {
    const sleutel = `${variantSleutel}|${[...delen].sort().join(',')}`;
    const p = antwoord.then((ev) => {
      variantVan.set(ev, variantSleutel);
      gevraagd.antwoord = ev;
      return ev;
    });
    const gevraagd: EvaluatieGevraagd = { variant: variantSleutel, delen, p };
    p.catch(() => (gevraagd.mislukt = true));
    bijGebruik(onthouden, sleutel, gevraagd, grootte);
    return p;
  }

  const bron: EvaluatieBron = {
    haal(regioId, variant, delen = ALLEEN_KERNCIJFERS) {
      const variantSleutel = variantSleutelVan(regioId, variant);
      const bekend = zoek(variantSleutel, delen);
      if (bekend?.[1].mislukt) onthouden.delete(bekend[0]);
      else if (bekend) bijGebruik(onthouden, bekend[0], bekend[1], grootte);
      if (bekend) return bekend[1].p;
      return onthoud(variantSleutel, delen, zio.evaluatie({ regioId, variant, delen: [...delen] }));
    },
    bekend: (regioId, variant, delen = ALLEEN_KERNCIJFERS) => zoek(variantSleutelVan(regioId, variant), delen)?.[1].antwoord,
    geldstromen: (ev, route, vraag) => vraagSankey(sleutelVanEv(ev), ev.regioId, ev.variant, route, vraag),
    bekendeGeldstromen: (ev, route, vraag) => bekendDeel<Geldstromen>(sankeyVan(sleutelVanEv(ev), route, vraag)),
    geldstromenVooruit(regioId, variant, route, vraag) {
      const variantSleutel = variantSleutelVan(regioId, variant);
      vooruit(variantSleutel, vraagSankey(variantSleutel, regioId, variant, route, vraag));
    },
    formatie: (ev, school) => vraagFormatie(sleutelVanEv(ev), ev.regioId, ev.variant, school),
    bekendeFormatie: (ev, school) => bekendDeel<SchoolFormatie[]>(formatieVan(sleutelVanEv(ev), school)),
    formatieVooruit(regioId, variant, school) {
      const variantSleutel = variantSleutelVan(regioId, variant);
      vooruit(variantSleutel, vraagFormatie(variantSleutel, regioId, variant, school));
    },
    wijziging(regioId, variant, delen) {
      const variantSleutel = variantSleutelVan(regioId, variant);
      bijGebruik(vooruitGevraagd, variantSleutel, [], grootte);
      const eerder = zoek(variantSleutel, delen);
      if (eerder?.[1].mislukt) onthouden.delete(eerder[0]);
      else if (eerder) {
        const p = bron.haal(regioId, variant, delen);
        for (const f of volgers) f(bron, regioId, variant);
        return p;
      }
      return vraagMetDelen(regioId, variantSleutel, variant, delen);
    },
    voorspel(regioId, variant, delen) {
      const variantSleutel = variantSleutelVan(regioId, variant);
      if (!zoek(variantSleutel, delen)) vraagMetDelen(regioId, variantSleutel, variant, delen).catch(() => {});
    },
    compleet(regioId, variant, delen) {
      const delenNaWijziging = vooruitGevraagd.get(variantSleutelVan(regioId, variant)) ?? [];
      // Waiting does not take a failure meant for the screen (see `mislukt`).
      const evaluatie = zoek(variantSleutelVan(regioId, variant), delen)?.[1].p ?? bron.haal(regioId, variant, delen);
      return Promise.allSettled([evaluatie, ...delenNaWijziging]);
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

  // The evaluations shown last (set after each render that showed current ones): kept, as stale,
  // while a newer request runs or after an error.
  const getoond = useRef<{ regioId: number; data: EvaluatieWeergave[] } | null>(null);

  useEffect(() => () => volgorde.current.vergeet(), []);

  const uit = useMemo((): Evaluaties => {
    const bekend = varianten?.map((v) => bron.bekend(regioId, v, laatsteDelen.current));
    const eigen = toestand.sleutel === sleutel && toestand.regioId === regioId ? toestand : null;
    const huidig = bekend?.every((ev) => ev !== undefined) ? (bekend as EvaluatieWeergave[]) : (eigen?.data ?? null);
    if (huidig) return { data: huidig, fout: null, bezig: false };
    const vorige = getoond.current?.regioId === regioId ? getoond.current.data : null;
    const fout = eigen?.fout ?? null;
    return { data: vorige, fout, bezig: sleutel !== null && fout === null };
    // The key stands for the variants and parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bron, regioId, sleutel, toestand]);
  useEffect(() => {
    if (!uit.bezig && !uit.fout && uit.data) getoond.current = { regioId, data: uit.data };
  });

  useEffect(() => {
    const lijst = laatsteVarianten.current;
    if (lijst === null) return;
    const isLaatste = volgorde.current.volgende();
    // Shown by the render from the source's memory: no request, and no second render. (An answer
    // that came after the render but before this effect still goes through the state below.)
    if (!uit.bezig && uit.fout === null) return;
    Promise.all(lijst.map((variant) => bron.haal(regioId, variant, laatsteDelen.current))).then(
      (data) => isLaatste() && zet({ sleutel, regioId, data, fout: null }),
      (fout: Error) => isLaatste() && zet({ sleutel, regioId, data: null, fout }),
    );
    // The render's result for this key is what the effect looks at.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [regioId, sleutel, bron]);
  return uit;
}

/** One variant: its evaluation, or the latest one that arrived. */
export function useEvaluatie(regioId: number, variant: Variant, delen: readonly EvaluatieDeel[] = ALLEEN_KERNCIJFERS): { ev: EvaluatieWeergave | null; fout: Error | null; bezig: boolean } {
  const lijst = useMemo(() => [variant], [variant]);
  const { data, fout, bezig } = useEvaluaties(regioId, lijst, delen);
  return { ev: data?.[0] ?? null, fout, bezig };
}

/**
 * The variant whose figures a screen shows: a changed variant once its answer is in (with the tab's
 * parts asked with the change: its charts), or after `geduldMs` without them (the screen then shows
 * the previous figures dimmed, as stale). Until then the screen stays as it is: no render that only
 * marks figures stale which a quick answer replaces a moment later, and the answer is drawn in one
 * render when it comes.
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
    void bron.compleet(regioId, variant, laatsteDelen.current).then(toon);
    return () => {
      weg = true;
      window.clearTimeout(wacht);
    };
  }, [bron, regioId, variant, getoond, geduldMs]);
  return getoond;
}
