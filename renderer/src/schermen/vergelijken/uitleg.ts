import type { TooltipComponentOption } from 'echarts/components';
import { useEffect, useState } from 'react';
import type { EvaluatieWeergave, FiguurUitleg } from '../../../../shared/engine/evaluatie-weergave';
import { partijCode } from '../../../../shared/domain/partijen';
import { zio } from '../../api';
import { laadUitleg, type UitlegBron, type UitlegTekst } from '../../onderdelen/Uitleg';

const NORMEN = 'kosten per leerling: DSP-groep & Oberon (2022), tabellen 2.2–2.6 (zie Bronnen en aannames)';
const INVOER = 'invoer: leerlingen per school, woongemeente en doelgroep uit het regiomodel';

/** Where the numbers behind a figure come from, by the kind of figure. */
function bronVoor(figuur: string): string {
  const [a, b] = figuur.split('/');
  if (a === 'pot') return `Rekenmodel §2–§3 (pot = kosten in de pot-kaders van meedoende financiers); ${INVOER}; ${NORMEN}`;
  if (a === 'nietInPot') return `Rekenmodel §3 (kosten buiten de pot blijven individueel); ${INVOER}; ${NORMEN}`;
  if (a === 'formatie') return `Rekenmodel §2 (formatie) en aanname "formatie uit de pot" (Bronnen en aannames); fte per 100 leerlingen: DSP-groep & Oberon (2022), tabel 2.2`;
  if (b === 'bijdrage' || b === 'verschil') return `Rekenmodel §3 (financiers, deelname en verdeelsleutel); ${INVOER} en inwoners 0–17 per gemeente; ${NORMEN}`;
  return `Rekenmodel §4 (routes: budgethouders en geldstromen); DSP-groep & Oberon (2022), par. 4.5 en 5.3`;
}

/** Per evaluation: figure key → the engine's explanation, asked once and kept as long as the evaluation. */
const gevraagd = new WeakMap<EvaluatieWeergave, Map<string, Promise<FiguurUitleg | undefined>>>();

/**
 * The engine's explanations of figures of an evaluation (undefined where a figure has none). The
 * figures not asked before go in one request; a failed request is asked again next time.
 */
export async function haalUitleg(ev: EvaluatieWeergave, figuren: readonly string[]): Promise<Record<string, FiguurUitleg | undefined>> {
  let perFiguur = gevraagd.get(ev);
  if (!perFiguur) gevraagd.set(ev, (perFiguur = new Map()));
  const nieuw = [...new Set(figuren.filter((f) => !perFiguur.has(f)))];
  if (nieuw.length) {
    const antwoord = zio.uitleg({ regioId: ev.regioId, variant: ev.variant, figuren: nieuw });
    for (const f of nieuw) {
      perFiguur.set(
        f,
        antwoord.then(
          (r) => r[f],
          (e: unknown) => {
            perFiguur.delete(f);
            throw e;
          },
        ),
      );
    }
  }
  const uitleg = await Promise.all(figuren.map((f) => perFiguur.get(f)!));
  return Object.fromEntries(figuren.map((f, i) => [f, uitleg[i]]));
}

/** The engine's explanation of a figure, with its source, in the shape of the tooltip; asked for when shown. */
export function uitlegVan(ev: EvaluatieWeergave, figuur: string, ...anders: string[]): UitlegBron;
export function uitlegVan(ev: EvaluatieWeergave, figuur: string | undefined, ...anders: string[]): UitlegBron | undefined;
export function uitlegVan(ev: EvaluatieWeergave, figuur: string | undefined, ...anders: string[]): UitlegBron | undefined {
  if (!figuur) return undefined;
  return async () => {
    const kandidaten = [figuur, ...anders];
    const r = await haalUitleg(ev, kandidaten);
    const gevonden = kandidaten.find((f) => r[f]);
    const u = gevonden ? r[gevonden] : undefined;
    return u && gevonden ? { titel: u.titel, regels: u.regels, bron: bronVoor(gevonden) } : undefined;
  };
}

/**
 * An explanation whose lines are the one-sentence explanations of several figures (with a fallback
 * per figure). The figures may be given as a function: a list over every school or gemeente is then
 * only built when the explanation is shown, not on every redraw of the table.
 */
export function uitlegUitZinnen(ev: EvaluatieWeergave, titel: string, figuren: ReadonlyArray<[string, string]> | (() => ReadonlyArray<[string, string]>), bron?: string): UitlegBron {
  return async () => {
    const lijst = typeof figuren === 'function' ? figuren() : figuren;
    const r = await haalUitleg(
      ev,
      lijst.map(([f]) => f),
    );
    return { titel, regels: lijst.map(([f, anders]) => r[f]?.tekst ?? anders), ...(bron ? { bron } : {}) };
  };
}

/** The name of a party as the evaluation gives it; its code when the evaluation does not know it. */
export function partijNaam(ev: EvaluatieWeergave, partij: string): string {
  return ev.partij[partij]?.naam ?? partijCode(partij);
}

/** HTML-escaped text for chart tooltips (ECharts renders tooltip strings as HTML). */
export function html(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An explanation as tooltip HTML: title in bold, then at most `max` lines. */
export function uitlegHtml(u: UitlegTekst | undefined, max = 8): string {
  if (!u) return '';
  const regels = u.regels.slice(0, max).map((r) => `<div style="white-space:normal">${html(r)}</div>`);
  return `<div style="max-width:380px;font-size:12px;line-height:1.45"><div style="font-weight:700;margin-bottom:4px">${html(u.titel)}</div>${regels.join('')}</div>`;
}

type TooltipFormatter = Exclude<NonNullable<TooltipComponentOption['formatter']>, string>;

/**
 * A chart tooltip (ECharts formatter) for explanations on demand: `kies` gives, for the hovered
 * item, the explanation, the HTML shown at once (`terugval`) and HTML to put below it (`extra`);
 * the explanation replaces the fallback when it answers.
 */
export function uitlegFormatter(kies: (p: unknown) => { bron: UitlegBron | undefined; terugval: string; max?: number; extra?: string }): TooltipFormatter {
  const formatter = (p: unknown, ticket: string, terug?: (ticket: string, html: string) => void) => {
    const { bron, terugval, max = 8, extra = '' } = kies(p);
    if (bron && terug) void laadUitleg(bron).then((u) => u && terug(ticket, `${uitlegHtml(u, max)}${extra}`));
    return terugval;
  };
  return formatter as TooltipFormatter;
}

/** The one-sentence explanations of figures shown as text (each undefined until its answer is in). */
export function useUitlegZinnen(ev: EvaluatieWeergave, figuren: readonly string[]): Record<string, string | undefined> {
  const sleutel = figuren.join('\n');
  const [zinnen, zet] = useState<{ ev: EvaluatieWeergave; sleutel: string; tekst: Record<string, string | undefined> } | null>(null);
  useEffect(() => {
    if (!figuren.length) return;
    let actueel = true;
    haalUitleg(ev, figuren).then(
      (r) => actueel && zet({ ev, sleutel, tekst: Object.fromEntries(Object.entries(r).map(([f, u]) => [f, u?.tekst])) }),
      () => undefined,
    );
    return () => {
      actueel = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `sleutel` stands for the figures
  }, [ev, sleutel]);
  return zinnen && zinnen.ev === ev && zinnen.sleutel === sleutel ? zinnen.tekst : {};
}
