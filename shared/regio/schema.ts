import { z } from 'zod';
import { NAAM, rijSleutel, vorm } from './beschrijving';
import { GEMEENTEN, INVENTARISATIES, LEERLINGEN, MAX_JAAR, MIN_JAAR, REALISATIE, SAMENWERKINGSVERBANDEN, SCHOLEN, TLVS, ZORGVERZEKERAARS } from './tabellen';
import { KADER_LABEL, type Kader } from '../domain/labels';
import { GGD, ZORGKANTOOR, partijCode, partijSoort } from '../domain/partijen';
import { BASISJAAR, ontbrekendeIndexJaren } from '../engine/prijspeil';
import { leesJson, nlFoutmelding, zodProblemen, type Probleem, type Validatie } from '../validation/problems';

/**
 * The regio-bestand: the open exchange format of one regio model. Keys are Dutch because users
 * read and write these files themselves. The row schemas are assembled from the table descriptors
 * (`tabellen.ts`); this module is the single validator of a regio.
 *
 * Versie 2 added gemeente `swvPo`/`swvVo`, school `aandeelSo` and leerlingen `sector`, all
 * optional: versie 1 files read unchanged. Versie 3 added the optional tables `tlvs` (TLV laag,
 * midden, hoog per school × woongemeente) and `realisatie`, and the regio's `prijspeil`
 * (rekenmodel-v2 §9).
 */
export const REGIO_FORMAAT = 'zio-regio';
export const REGIO_VERSIE = 3;

export const GemeenteSchema = z.strictObject(vorm(GEMEENTEN.kolommen));
export const SwvSchema = z.strictObject(vorm(SAMENWERKINGSVERBANDEN.kolommen));
export const SchoolSchema = z.strictObject(vorm(SCHOLEN.kolommen));
export const LeerlingenCelSchema = z.strictObject(vorm(LEERLINGEN.kolommen));
export const ZorgverzekeraarSchema = z.strictObject(vorm(ZORGVERZEKERAARS.kolommen));
export const InventarisatieSchema = z.strictObject(vorm(INVENTARISATIES.kolommen));
export const TlvSchema = z.strictObject(vorm(TLVS.kolommen));
export const RealisatieRijSchema = z.strictObject(vorm(REALISATIE.kolommen));

/** The regio's prijspeil (rekenmodel-v2 §9): the year of every amount and index factors relative to 2022. */
export const PrijspeilSchema = z.strictObject({
  jaar: z.number().int().min(MIN_JAAR).max(MAX_JAAR).default(BASISJAAR),
  index: z
    .record(z.string().regex(/^\d{4}$/, { error: 'een jaartal van vier cijfers' }), z.number().finite().positive({ error: 'een indexfactor groter dan 0' }).max(100))
    .default({}),
});

/** A regio as it may be while being built up in the app: tables may still be empty. */
export const RegioConceptSchema = z.strictObject({
  formaat: z.literal(REGIO_FORMAAT),
  versie: z.number().int().min(1),
  regio: z.strictObject({ naam: NAAM }),
  gemeenten: z.array(GemeenteSchema),
  samenwerkingsverbanden: z.array(SwvSchema),
  scholen: z.array(SchoolSchema),
  leerlingen: z.array(LeerlingenCelSchema),
  zorgkantoor: z.strictObject({ naam: NAAM }),
  zorgverzekeraars: z.array(ZorgverzekeraarSchema),
  inventarisaties: z.array(InventarisatieSchema).default([]),
  tlvs: z.array(TlvSchema).default([]),
  realisatie: z.array(RealisatieRijSchema).optional(),
  prijspeil: PrijspeilSchema.optional(),
});

/** A complete regio-bestand, as files must be. */
export const RegioBestandSchema = RegioConceptSchema.extend({
  gemeenten: z.array(GemeenteSchema).min(1),
  zorgverzekeraars: z.array(ZorgverzekeraarSchema).min(1),
});

export type Gemeente = z.infer<typeof GemeenteSchema>;
export type Swv = z.infer<typeof SwvSchema>;
export type School = z.infer<typeof SchoolSchema>;
export type LeerlingenCel = z.infer<typeof LeerlingenCelSchema>;
export type Zorgverzekeraar = z.infer<typeof ZorgverzekeraarSchema>;
export type Inventarisatie = z.infer<typeof InventarisatieSchema>;
export type Tlv = z.infer<typeof TlvSchema>;
export type RealisatieRegel = z.infer<typeof RealisatieRijSchema>;
export type Prijspeil = z.infer<typeof PrijspeilSchema>;
export type RegioBestand = z.infer<typeof RegioBestandSchema>;

const MARKTAANDEEL_TOLERANTIE = 1e-6;

/**
 * Checks that need the whole regio: unique codes and references between tables. A regio that
 * fails these is inconsistent and is never stored.
 */
function samenhang(r: RegioBestand, professionals?: ReadonlySet<string>): Probleem[] {
  const problemen: Probleem[] = [];
  const uniek = <T>(rows: T[], key: (row: T) => string, wat: string | ((row: T) => string), pad: (i: number) => string) => {
    const gezien = new Map<string, number>();
    rows.forEach((row, i) => {
      const k = key(row);
      const eerder = gezien.get(k);
      if (eerder !== undefined) problemen.push({ pad: pad(i), melding: `${typeof wat === 'string' ? wat : wat(row)} ${k} komt dubbel voor (ook op ${pad(eerder).replace(/\.[a-z]+$/i, '')})` });
      else gezien.set(k, i);
    });
    return new Set(gezien.keys());
  };
  const gemeenten = uniek(r.gemeenten, (g) => g.code, 'gemeentecode', (i) => `$.gemeenten[${i}].code`);
  const swvs = uniek(r.samenwerkingsverbanden, (s) => s.code, 'swv-code', (i) => `$.samenwerkingsverbanden[${i}].code`);
  const scholen = uniek(r.scholen, (s) => s.code, 'schoolcode', (i) => `$.scholen[${i}].code`);
  uniek(r.zorgverzekeraars, (z) => z.naam, 'zorgverzekeraar', (i) => `$.zorgverzekeraars[${i}].naam`);
  uniek(
    r.leerlingen,
    (l) => rijSleutel(LEERLINGEN, l),
    (l) => `de combinatie school / woongemeente / doelgroep${l.sector ? ' / sector' : ''}`,
    (i) => `$.leerlingen[${i}]`,
  );

  const centra = r.gemeenten.flatMap((g, i) => (g.centrumgemeente ? [i] : []));
  if (centra.length > 1) {
    problemen.push({ pad: `$.gemeenten[${centra[1]}].centrumgemeente`, melding: `er mag één centrumgemeente zijn; ook ${r.gemeenten[centra[0]].code} is centrumgemeente` });
  }
  for (const i of centra) {
    if (!r.gemeenten[i].inRegio) problemen.push({ pad: `$.gemeenten[${i}].centrumgemeente`, melding: 'een centrumgemeente moet in de regio liggen (inRegio: true)' });
  }

  // Versie 2: the samenwerkingsverband of type po and of type vo that pays for a gemeente's pupils.
  const swvType = new Map(r.samenwerkingsverbanden.map((s) => [s.code, s.type]));
  r.gemeenten.forEach((g, i) => {
    for (const [veld, type] of [['swvPo', 'po'], ['swvVo', 'vo']] as const) {
      const code = g[veld];
      if (code === undefined) continue;
      const gevonden = swvType.get(code);
      if (gevonden === undefined) problemen.push({ pad: `$.gemeenten[${i}].${veld}`, melding: `onbekend samenwerkingsverband ${code}` });
      else if (gevonden !== type) {
        problemen.push({ pad: `$.gemeenten[${i}].${veld}`, melding: `samenwerkingsverband ${code} is van type ${gevonden}; hier hoort een samenwerkingsverband van type ${type}` });
      }
    }
  });

  const schoolSector = new Map(r.scholen.map((s) => [s.code, s.sector]));
  r.scholen.forEach((s, i) => {
    if (!gemeenten.has(s.vestigingsgemeente)) problemen.push({ pad: `$.scholen[${i}].vestigingsgemeente`, melding: `onbekende gemeentecode ${s.vestigingsgemeente}` });
    if (!swvs.has(s.swv)) problemen.push({ pad: `$.scholen[${i}].swv`, melding: `onbekend samenwerkingsverband ${s.swv}` });
    if (s.aandeelSo !== undefined && s.sector !== 'so-vso') {
      problemen.push({ pad: `$.scholen[${i}].aandeelSo`, melding: `een aandeel so hoort alleen bij een school met so en vso (sector so-vso); school ${s.code} heeft sector ${s.sector}` });
    }
  });
  r.leerlingen.forEach((l, i) => {
    if (!scholen.has(l.school)) problemen.push({ pad: `$.leerlingen[${i}].school`, melding: `onbekende schoolcode ${l.school}` });
    if (!gemeenten.has(l.woongemeente)) problemen.push({ pad: `$.leerlingen[${i}].woongemeente`, melding: `onbekende gemeentecode ${l.woongemeente}` });
    const sector = schoolSector.get(l.school);
    if (l.sector !== undefined && sector !== undefined && sector !== 'so-vso' && l.sector !== sector) {
      problemen.push({ pad: `$.leerlingen[${i}].sector`, melding: `school ${l.school} heeft sector ${sector}; de sector van deze leerlingen moet ${sector} zijn of leeg blijven, maar is ${l.sector}` });
    }
  });

  uniek(r.inventarisaties, (v) => `${v.school} / ${v.professional}`, 'de combinatie school / professional', (i) => `$.inventarisaties[${i}]`);
  r.inventarisaties.forEach((v, i) => {
    if (!scholen.has(v.school)) problemen.push({ pad: `$.inventarisaties[${i}].school`, melding: `onbekende schoolcode ${v.school}` });
    if (professionals && !professionals.has(v.professional)) problemen.push({ pad: `$.inventarisaties[${i}].professional`, melding: `onbekende professional ${v.professional}` });
    if (v.kaders) {
      const som = Object.values(v.kaders).reduce((s, x) => s + (x ?? 0), 0);
      if (Math.abs(som - 1) > MARKTAANDEEL_TOLERANTIE) problemen.push({ pad: `$.inventarisaties[${i}].kaders`, melding: `de kaderverdeling moet samen 1 zijn, maar is ${som.toLocaleString('nl-NL', { maximumFractionDigits: 6 })}` });
    }
  });
  uniek(r.tlvs, (t) => rijSleutel(TLVS, t), 'de combinatie school / woongemeente', (i) => `$.tlvs[${i}]`);
  problemen.push(...tlvSamenhang(r, scholen, gemeenten));
  problemen.push(...realisatieSamenhang(r, gemeenten, scholen));
  return problemen;
}

/** Versie 3: TLV counts refer to a known school and woongemeente and fit in that combination's pupils. */
function tlvSamenhang(r: RegioBestand, scholen: ReadonlySet<string>, gemeenten: ReadonlySet<string>): Probleem[] {
  const problemen: Probleem[] = [];
  const leerlingen = new Map<string, number>();
  for (const l of r.leerlingen) leerlingen.set(`${l.school} / ${l.woongemeente}`, (leerlingen.get(`${l.school} / ${l.woongemeente}`) ?? 0) + l.aantal);
  r.tlvs.forEach((t, i) => {
    const k = `${t.school} / ${t.woongemeente}`;
    if (!scholen.has(t.school)) problemen.push({ pad: `$.tlvs[${i}].school`, melding: `onbekende schoolcode ${t.school}` });
    if (!gemeenten.has(t.woongemeente)) problemen.push({ pad: `$.tlvs[${i}].woongemeente`, melding: `onbekende gemeentecode ${t.woongemeente}` });
    if (!scholen.has(t.school) || !gemeenten.has(t.woongemeente)) return;
    const tlvs = t.laag + t.midden + t.hoog;
    const aantal = leerlingen.get(k) ?? 0;
    if (tlvs > aantal) {
      problemen.push({
        pad: `$.tlvs[${i}]`,
        melding: `${tlvs.toLocaleString('nl-NL')} TLV's (laag, midden en hoog samen) voor school ${t.school} en woongemeente ${t.woongemeente}, maar ${aantal === 0 ? 'er staan geen leerlingen van die combinatie' : `er staan maar ${aantal.toLocaleString('nl-NL')} leerlingen van die combinatie`} op het blad Leerlingen; een leerling heeft één TLV`,
      });
    }
  });
  return problemen;
}

/** The kaders each kind of financier pays (rekenmodel §3). */
const KADERS_VAN: Record<'gemeente' | 'zorgkantoor' | 'ggd' | 'zorgverzekeraar', readonly Kader[]> = {
  gemeente: ['jeugdwet', 'wmo'],
  zorgkantoor: ['wlz'],
  ggd: ['wpg'],
  zorgverzekeraar: ['zvw'],
};
const FINANCIER_WAT = { gemeente: 'een gemeente', zorgkantoor: 'het zorgkantoor', ggd: 'de GGD', zorgverzekeraar: 'een zorgverzekeraar' } as const;

/**
 * Versie 3 (rekenmodel-v2 §9): each realisatie row names a known financier, a kader it pays and a
 * known school; one year per (financier, kader, school); and every year that is needed has an index
 * factor (2022 has 1).
 */
function realisatieSamenhang(r: RegioBestand, gemeenten: ReadonlySet<string>, scholen: ReadonlySet<string>): Probleem[] {
  const problemen: Probleem[] = [];
  const verzekeraars = new Set(r.zorgverzekeraars.map((z) => z.naam));
  const jaarVan = new Map<string, { jaar: number; i: number }>();
  const rijen = r.realisatie ?? [];
  rijen.forEach((rij, i) => {
    const pad = (veld: string) => `$.realisatie[${i}].${veld}`;
    const soort = partijSoort(rij.financier);
    const code = partijCode(rij.financier);
    let bekend: keyof typeof KADERS_VAN | null = null;
    if (rij.financier === ZORGKANTOOR) bekend = 'zorgkantoor';
    else if (rij.financier === GGD) bekend = 'ggd';
    else if (soort === 'gemeente') {
      if (gemeenten.has(code)) bekend = 'gemeente';
      else problemen.push({ pad: pad('financier'), melding: `onbekende gemeentecode ${code}` });
    } else if (soort === 'zorgverzekeraar') {
      if (verzekeraars.has(code)) bekend = 'zorgverzekeraar';
      else problemen.push({ pad: pad('financier'), melding: `onbekende zorgverzekeraar "${code}"; bekend: ${[...verzekeraars].join(', ') || 'geen'}` });
    } else {
      const hint = gemeenten.has(rij.financier) ? `; bedoelt u gemeente:${rij.financier}?` : verzekeraars.has(rij.financier) ? `; bedoelt u zorgverzekeraar:${rij.financier}?` : '';
      problemen.push({ pad: pad('financier'), melding: `onbekende financier "${rij.financier}": gebruik gemeente:<code>, zorgkantoor, ggd of zorgverzekeraar:<naam>${hint}` });
    }
    if (bekend && !KADERS_VAN[bekend].includes(rij.kader)) {
      problemen.push({
        pad: pad('kader'),
        melding: `${FINANCIER_WAT[bekend]} betaalt geen ${KADER_LABEL[rij.kader]}; kies ${KADERS_VAN[bekend].map((k) => KADER_LABEL[k]).join(' of ')}`,
      });
    }
    if (rij.school !== undefined && !scholen.has(rij.school)) problemen.push({ pad: pad('school'), melding: `onbekende schoolcode ${rij.school}` });
    const sleutel = `${rij.financier}\u0000${rij.kader}\u0000${rij.school ?? ''}`;
    const eerder = jaarVan.get(sleutel);
    if (!eerder) jaarVan.set(sleutel, { jaar: rij.jaar, i });
    else if (eerder.jaar !== rij.jaar) {
      problemen.push({
        pad: pad('jaar'),
        melding: `${rij.financier}, ${KADER_LABEL[rij.kader]}, ${rij.school ? `school ${rij.school}` : 'totaal'} heeft al een bedrag over ${eerder.jaar} ($.realisatie[${eerder.i}]); kies één jaar`,
      });
    }
  });
  const prijspeil = r.prijspeil ?? { jaar: BASISJAAR, index: {} };
  const ontbreekt = new Set(ontbrekendeIndexJaren(prijspeil, rijen.map((x) => x.jaar)));
  if (ontbreekt.has(prijspeil.jaar)) problemen.push({ pad: '$.prijspeil.index', melding: `de indexfactor van ${prijspeil.jaar} ontbreekt (het prijspeil is ${prijspeil.jaar})` });
  const gemeld = new Set<number>();
  rijen.forEach((rij, i) => {
    if (!ontbreekt.has(rij.jaar) || rij.jaar === prijspeil.jaar || gemeld.has(rij.jaar)) return;
    gemeld.add(rij.jaar);
    problemen.push({ pad: `$.realisatie[${i}].jaar`, melding: `de indexfactor van ${rij.jaar} ontbreekt; vul die bij het prijspeil in (ten opzichte van ${BASISJAAR}) om bedragen over ${rij.jaar} om te rekenen naar prijspeil ${prijspeil.jaar}` });
  });
  return problemen;
}

/**
 * What a regio still lacks before its results mean anything: a file must have none of these, a
 * regio being edited in the app may (the app shows them as aandachtspunten).
 */
export function onvolledigheden(r: Pick<RegioBestand, 'gemeenten' | 'zorgverzekeraars'>): Probleem[] {
  const problemen: Probleem[] = [];
  if (r.gemeenten.length === 0) problemen.push({ pad: '$.gemeenten', melding: 'er zijn nog geen gemeenten' });
  else if (!r.gemeenten.some((g) => g.inRegio)) problemen.push({ pad: '$.gemeenten', melding: 'minstens één gemeente moet in de regio liggen (inRegio: true)' });
  if (r.zorgverzekeraars.length === 0) problemen.push({ pad: '$.zorgverzekeraars', melding: 'er is nog geen zorgverzekeraar' });
  else {
    const somAandeel = r.zorgverzekeraars.reduce((s, z) => s + z.marktaandeel, 0);
    if (Math.abs(somAandeel - 1) > MARKTAANDEEL_TOLERANTIE) {
      problemen.push({ pad: '$.zorgverzekeraars', melding: `de marktaandelen moeten samen 1 (100%) zijn, maar zijn samen ${somAandeel.toLocaleString('nl-NL', { maximumFractionDigits: 6 })}` });
    }
  }
  return problemen;
}

export interface RegioValidatieOpties {
  /** Known professional ids; when given, inventarisaties must use one of them. */
  professionals?: ReadonlySet<string>;
}

/** Validates a parsed JSON value as a regio-bestand; every problem carries its JSON path. */
export function valideerRegio(data: unknown, opties: RegioValidatieOpties = {}): Validatie<RegioBestand> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problemen: [{ pad: '$', melding: 'dit is geen regio-bestand: verwacht een JSON-object' }] };
  }
  const formaat = (data as Record<string, unknown>).formaat;
  if (formaat !== REGIO_FORMAAT) {
    return { ok: false, problemen: [{ pad: '$.formaat', melding: `dit is geen regio-bestand: verwacht formaat "${REGIO_FORMAAT}"` }] };
  }
  const versie = (data as Record<string, unknown>).versie;
  if (typeof versie === 'number' && versie > REGIO_VERSIE) {
    return { ok: false, problemen: [{ pad: '$.versie', melding: `dit bestand heeft versie ${versie} en is gemaakt met een nieuwere versie van de app (deze app leest tot versie ${REGIO_VERSIE})` }] };
  }
  const parsed = RegioBestandSchema.safeParse(data, { error: nlFoutmelding });
  if (!parsed.success) return { ok: false, problemen: zodProblemen(parsed.error) };
  const problemen = [...samenhang(parsed.data, opties.professionals), ...onvolledigheden(parsed.data)];
  return problemen.length ? { ok: false, problemen } : { ok: true, waarde: parsed.data };
}

/**
 * Validates a regio being edited in the app: types and consistency must hold, completeness may
 * not yet (see `onvolledigheden`).
 */
export function valideerConcept(data: unknown, opties: RegioValidatieOpties = {}): Validatie<RegioBestand> {
  const parsed = RegioConceptSchema.safeParse(data, { error: nlFoutmelding });
  if (!parsed.success) return { ok: false, problemen: zodProblemen(parsed.error) };
  const problemen = samenhang(parsed.data, opties.professionals);
  return problemen.length ? { ok: false, problemen } : { ok: true, waarde: parsed.data };
}

/** Parses the text of a regio-bestand; JSON syntax errors become a problem too. */
export function leesRegioJson(tekst: string, opties: RegioValidatieOpties = {}): Validatie<RegioBestand> {
  const json = leesJson(tekst);
  return json.ok ? valideerRegio(json.waarde, opties) : json;
}
