/**
 * The row forms of the Regio screen, driven by the table descriptors (`shared/regio/tabellen.ts`):
 * which input a field gets, its label and help, how a row becomes form values and back, and the
 * checks of one field (a missing required value, then the field's own zod schema).
 */
import type { KolomBeschrijving, TabelBeschrijving } from '../../../../shared/regio/beschrijving';
import { nlFoutmelding } from '../../../../shared/validation/problems';
import type { RegioContext } from './tabellen';
import { GGD, ZORGKANTOOR, gemeenteId, verzekeraarId } from '../../../../shared/domain/partijen';
import type { Fouten, Veld, Waarden } from './RijFormulier';

const kolomVan = (b: TabelBeschrijving, veld: string): KolomBeschrijving => {
  const k = b.kolommen.find((x) => x.veld === veld);
  if (!k) throw new Error(`${b.id}: onbekend veld ${veld}`);
  return k;
};

/** A share (0–1) as the percentage the form shows, without float noise: 0.62 → 62. */
const naarProcent = (aandeel: number) => Math.round(aandeel * 100 * 1e4) / 1e4;

/** The choices of a column that refers to another table: its rows, by name. */
function verwijzingen(k: KolomBeschrijving, ctx: RegioContext): Array<{ value: string; label: string }> {
  switch (k.verwijst?.tabel) {
    case 'gemeenten':
      return ctx.regio.gemeenten.map((g) => ({ value: g.code, label: g.naam }));
    case 'samenwerkingsverbanden':
      return ctx.regio.samenwerkingsverbanden.filter((s) => !k.verwijst?.swvType || s.type === k.verwijst.swvType).map((s) => ({ value: s.code, label: `${s.naam} (${s.type})` }));
    case 'scholen':
      return ctx.regio.scholen.map((s) => ({ value: s.code, label: s.naam }));
    default:
      return [];
  }
}

/** The financiers a realisatie row can name (rekenmodel-v2 §9), by party id. */
function financiers(ctx: RegioContext): Array<{ value: string; label: string }> {
  return [
    ...ctx.regio.gemeenten.map((g) => ({ value: gemeenteId(g.code), label: `Gemeente ${g.naam}` })),
    { value: ZORGKANTOOR, label: `Zorgkantoor (${ctx.regio.zorgkantoor.naam})` },
    { value: GGD, label: 'GGD' },
    ...ctx.regio.zorgverzekeraars.map((z) => ({ value: verzekeraarId(z.naam), label: `Zorgverzekeraar ${z.naam}` })),
  ];
}

const GEEN_OPTIES: Record<string, string> = {
  gemeenten: 'Voeg eerst een gemeente toe op het tabblad Gemeenten.',
  samenwerkingsverbanden: 'Voeg eerst een samenwerkingsverband toe op het tabblad Samenwerkingsverbanden.',
  scholen: 'Voeg eerst een school toe op het tabblad Scholen.',
};

/** The form input of one field; `aanpassing` overrides what depends on the row (help text). */
export function veldVan(b: TabelBeschrijving, veld: string, ctx: RegioContext, aanpassing: Partial<Veld> = {}): Veld {
  const k = kolomVan(b, veld);
  const basis = { sleutel: k.veld, label: k.label, beschrijving: k.hulp, optioneel: !k.verplicht || undefined };
  let v: Veld;
  if (k.verwijst) v = { ...basis, soort: 'keuze', opties: verwijzingen(k, ctx), geenOpties: GEEN_OPTIES[k.verwijst.tabel] };
  else if (k.soort === 'financier') v = { ...basis, soort: 'keuze', opties: financiers(ctx) };
  else if (k.soort === 'jaar') v = { ...basis, soort: 'jaar' };
  else if (k.soort === 'bedrag') v = { ...basis, soort: 'bedrag' };
  else if (k.keuzes) v = { ...basis, soort: 'keuze', opties: k.keuzes.map((c) => ({ value: c.waarde, label: c.label })) };
  else if (k.soort === 'jaNee') v = { ...basis, soort: 'schakelaar' };
  else if (k.soort === 'aandeel') v = { ...basis, soort: 'procent' };
  else if (k.soort === 'geheelGetal') v = { ...basis, soort: 'aantal' };
  else v = { ...basis, soort: 'tekst' };
  return { ...v, ...aanpassing } as Veld;
}

/** A row (or a new one) as form values: shares as percentages, absent values ''. */
export function naarWaarden(b: TabelBeschrijving, velden: readonly string[], rij: object | null, standaard: Waarden = {}): Waarden {
  const w: Waarden = {};
  for (const veld of velden) {
    const k = kolomVan(b, veld);
    const waarde = rij ? (rij as Record<string, unknown>)[veld] : undefined;
    if (waarde === undefined) w[veld] = standaard[veld] ?? (k.soort === 'jaNee' ? false : '');
    else w[veld] = k.soort === 'aandeel' ? naarProcent(waarde as number) : (waarde as string | number | boolean);
  }
  return w;
}

/** The value of one field from the form, or undefined when it is left empty. */
function waardeVan(k: KolomBeschrijving, w: Waarden[string] | undefined): unknown {
  if (k.soort === 'jaNee') return !!w;
  if (w === '' || w === undefined) return undefined;
  if (k.soort === 'aandeel') return Math.round(Number(w) * 1e4) / 1e6;
  if (k.soort === 'geheelGetal' || k.soort === 'jaar' || k.soort === 'bedrag') return Number(w);
  return typeof w === 'string' ? w.trim() : w;
}

/** The form values as a row of the regio-bestand; empty optional fields are left out. */
export function naarRij<T>(b: TabelBeschrijving, velden: readonly string[], w: Waarden): T {
  const rij: Record<string, unknown> = {};
  for (const veld of velden) {
    const waarde = waardeVan(kolomVan(b, veld), w[veld]);
    if (waarde !== undefined) rij[veld] = waarde;
  }
  return rij as T;
}

const hoofdletter = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Per field: a required value that is missing, then the field's own schema (the regio schema's rules). */
export function valideerVelden(b: TabelBeschrijving, velden: readonly string[], w: Waarden): Fouten {
  const f: Fouten = {};
  for (const veld of velden) {
    const k = kolomVan(b, veld);
    const waarde = waardeVan(k, w[veld]);
    if (waarde === undefined || waarde === '') {
      if (k.verplicht) f[veld] = k.ontbreekt ?? `Vul ${k.label.toLowerCase()} in.`;
      continue;
    }
    if (k.soort === 'aandeel' && Number(w[veld]) > 100) {
      f[veld] = `${k.label} is hoogstens 100%.`;
      continue;
    }
    const r = k.schema.safeParse(waarde, { error: nlFoutmelding });
    if (!r.success) f[veld] = `${hoofdletter(r.error.issues[0].message)}.`;
  }
  return f;
}
