import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import type { UitlegTekst } from '../../onderdelen/Uitleg';
import { partijCode } from '../../../../shared/domain/partijen';

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

/** The engine's explanation of a figure, with its source, in the shape of the tooltip. */
export function uitlegVan(ev: EvaluatieWeergave, figuur: string | undefined): UitlegTekst | undefined {
  if (!figuur) return undefined;
  const u = ev.uitleg[figuur];
  return u ? { titel: u.titel, regels: u.regels, bron: bronVoor(figuur) } : undefined;
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
