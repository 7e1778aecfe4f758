import { Badge, Text } from '@mantine/core';
import { KADER_LABEL, SECTOR_LABEL, type SwvType } from '../../../../shared/domain/labels';
import { partijNaam } from '../../../../shared/domain/partijen';
import type { TabelBeschrijving } from '../../../../shared/regio/beschrijving';
import { formatEuro, formatGetal, formatPct } from '../../../../shared/format';
import { leerlingenTellingen } from '../../../../shared/regio/overzicht';
import type { Gemeente, RealisatieRegel, RegioBestand, School, Swv, Zorgverzekeraar } from '../../../../shared/regio/schema';
import {
  GEMEENTEN as GEMEENTEN_BESCHRIJVING,
  REALISATIE as REALISATIE_BESCHRIJVING,
  REGIO_GEGEVENS,
  SAMENWERKINGSVERBANDEN as SAMENWERKINGSVERBANDEN_BESCHRIJVING,
  SCHOLEN as SCHOLEN_BESCHRIJVING,
  ZORGVERZEKERAARS as ZORGVERZEKERAARS_BESCHRIJVING,
} from '../../../../shared/regio/tabellen';
import type { Wijziging } from '../../../../shared/regio/wijziging';
import { naarRij, naarWaarden, valideerVelden, veldVan } from './velden';
import type { RegioTabelKolom } from './RijTabel';
import type { Fouten, Veld, Waarden } from './RijFormulier';

/** What the table definitions need to know about the regio. */
export interface RegioContext {
  regio: RegioBestand;
  tellingen: ReturnType<typeof leerlingenTellingen>;
  scholenPerGemeente: Map<string, number>;
}

export function regioContext(regio: RegioBestand): RegioContext {
  const scholenPerGemeente = new Map<string, number>();
  for (const s of regio.scholen) scholenPerGemeente.set(s.vestigingsgemeente, (scholenPerGemeente.get(s.vestigingsgemeente) ?? 0) + 1);
  return { regio, tellingen: leerlingenTellingen(regio), scholenPerGemeente };
}

/** Everything the screen needs to show and edit one table of the regio. */
export interface TabelDefinitie<T> {
  /** Accessible name of the table, e.g. "Gemeenten". */
  label: string;
  /** One row in words, with capital: "Gemeente". */
  enkelvoud: string;
  leeg: (ctx: RegioContext) => { titel: string; tekst: string };
  rijen: (ctx: RegioContext) => readonly T[];
  sleutel: (rij: T) => string;
  naam: (rij: T) => string;
  kolommen: (ctx: RegioContext) => RegioTabelKolom<T>[];
  velden: (ctx: RegioContext, rij: T | null) => Veld[];
  naarWaarden: (rij: T | null) => Waarden;
  valideer: (w: Waarden, ctx: RegioContext, rij: T | null) => Fouten;
  naarRij: (w: Waarden) => T;
  wijziging: (sleutel: string | null, waarde: T | null) => Wijziging;
  verwijderen: (rij: T, ctx: RegioContext) => { wat: string; waarschuwing?: string };
}

const tekst = (w: Waarden, k: string) => String(w[k] ?? '').trim();
const meervoud = (n: number, een: string, meer: string) => `${formatGetal(n)} ${n === 1 ? een : meer}`;

/**
 * The form checks of a table: each field by its descriptor (required, then its schema), then a key
 * that is unique within the table.
 */
function controleer(b: TabelBeschrijving, velden: readonly string[], w: Waarden, bestaand: readonly string[], huidig: string | null): Fouten {
  const f = valideerVelden(b, velden, w);
  const sleutel = b.sleutel[0];
  const s = tekst(w, sleutel);
  if (!f[sleutel] && s !== huidig && bestaand.includes(s)) f[sleutel] = `Er is al een ${b.wat} met ${sleutel === 'code' ? 'code' : 'de naam'} ${s}.`;
  return f;
}

const codeHulp = (rij: unknown, voorbeeld: string): Partial<Veld> => ({
  beschrijving: rij ? 'Een andere code wordt ook bij scholen en leerlingen aangepast.' : `Een korte, unieke code, bijvoorbeeld ${voorbeeld}.`,
});

/** The fields of each table's form, in the order the form shows them. */
const GEMEENTE_VELDEN = ['code', 'naam', 'inwoners0tot17', 'inRegio', 'centrumgemeente', 'swvPo', 'swvVo'] as const;
const SWV_VELDEN = ['code', 'naam', 'type'] as const;
const SCHOOL_VELDEN = ['code', 'naam', 'sector', 'aandeelSo', 'vestigingsgemeente', 'swv'] as const;
const ZORGVERZEKERAAR_VELDEN = ['naam', 'marktaandeel'] as const;

export const GEMEENTEN: TabelDefinitie<Gemeente> = {
  label: 'Gemeenten',
  enkelvoud: 'Gemeente',
  leeg: () => ({ titel: 'Nog geen gemeenten', tekst: 'Voeg de gemeenten toe waar uw leerlingen wonen, ook die buiten de regio.' }),
  rijen: (c) => c.regio.gemeenten,
  sleutel: (g) => g.code,
  naam: (g) => g.naam,
  kolommen: (c) => [
    { kop: 'Code', breedte: 80, inhoud: (g) => g.code },
    {
      kop: 'Gemeente',
      waarde: (g) => g.naam,
      inhoud: (g) => (
        <>
          {g.naam}{' '}
          {g.centrumgemeente && (
            <Badge size="sm" variant="light" ml={4}>
              centrumgemeente
            </Badge>
          )}
        </>
      ),
    },
    { kop: 'Inwoners 0–17', getal: true, waarde: (g) => g.inwoners0tot17, inhoud: (g) => formatGetal(g.inwoners0tot17) },
    { kop: 'Leerlingen (v)so', getal: true, waarde: (g) => c.tellingen.perWoongemeente.get(g.code) ?? 0, inhoud: (g) => formatGetal(c.tellingen.perWoongemeente.get(g.code) ?? 0) },
    {
      kop: 'Per 1.000 jeugdigen',
      getal: true,
      waarde: (g) => (g.inwoners0tot17 ? (1000 * (c.tellingen.perWoongemeente.get(g.code) ?? 0)) / g.inwoners0tot17 : null),
      inhoud: (g) => (g.inwoners0tot17 ? formatGetal((1000 * (c.tellingen.perWoongemeente.get(g.code) ?? 0)) / g.inwoners0tot17, 1) : '–'),
    },
    { kop: 'SWV po', inhoud: (g) => g.swvPo ?? '–' },
    { kop: 'SWV vo', inhoud: (g) => g.swvVo ?? '–' },
    {
      kop: 'Ligging',
      waarde: (g) => (g.inRegio ? 'in de regio' : 'buiten de regio'),
      inhoud: (g) =>
        g.inRegio ? (
          <span className="geen-afbreking">in de regio</span>
        ) : (
          <Text span inherit c="orange.8" className="geen-afbreking">
            buiten de regio
          </Text>
        ),
    },
  ],
  velden: (c, rij) => {
    const centrum = c.regio.gemeenten.find((g) => g.centrumgemeente && g.code !== rij?.code);
    return GEMEENTE_VELDEN.map((v) =>
      veldVan(GEMEENTEN_BESCHRIJVING, v, c, v === 'code' ? codeHulp(rij, 'de CBS-code GM0855') : v === 'centrumgemeente' && centrum ? { beschrijving: `Nu is ${centrum.naam} de centrumgemeente; die is het daarna niet meer.` } : {}),
    );
  },
  naarWaarden: (g) => naarWaarden(GEMEENTEN_BESCHRIJVING, GEMEENTE_VELDEN, g, { inRegio: true }),
  valideer: (w, c, rij) => {
    const f = controleer(GEMEENTEN_BESCHRIJVING, GEMEENTE_VELDEN, w, c.regio.gemeenten.map((g) => g.code), rij?.code ?? null);
    if (w.centrumgemeente && !w.inRegio) f.centrumgemeente = 'Een centrumgemeente ligt in de regio.';
    return f;
  },
  naarRij: (w) => naarRij(GEMEENTEN_BESCHRIJVING, GEMEENTE_VELDEN, w),
  wijziging: (code, waarde) => ({ soort: 'gemeente', code, waarde }),
  verwijderen: (g, c) => {
    const leerlingen = c.tellingen.perWoongemeente.get(g.code) ?? 0;
    const scholen = c.scholenPerGemeente.get(g.code) ?? 0;
    const bezwaren = [
      leerlingen ? `${leerlingen === 1 ? 'woont' : 'wonen'} ${meervoud(leerlingen, 'leerling', 'leerlingen')}` : '',
      scholen ? `${scholen === 1 ? 'staat' : 'staan'} ${meervoud(scholen, 'school', 'scholen')}` : '',
    ].filter(Boolean);
    return {
      wat: `Gemeente ${g.naam} (${g.code})`,
      waarschuwing: bezwaren.length ? `In ${g.naam} ${bezwaren.join(' en ')}. Een gemeente waarnaar nog leerlingen of scholen verwijzen, kan niet worden verwijderd.` : undefined,
    };
  },
};

const SWV_TYPE_LABEL: Record<SwvType, string> = { po: 'primair onderwijs', vo: 'voortgezet onderwijs' };

export const SAMENWERKINGSVERBANDEN: TabelDefinitie<Swv> = {
  label: 'Samenwerkingsverbanden',
  enkelvoud: 'Samenwerkingsverband',
  leeg: () => ({ titel: 'Nog geen samenwerkingsverbanden', tekst: 'Voeg de samenwerkingsverbanden passend onderwijs toe waar uw scholen bij horen.' }),
  rijen: (c) => c.regio.samenwerkingsverbanden,
  sleutel: (s) => s.code,
  naam: (s) => s.naam,
  kolommen: (c) => [
    { kop: 'Code', breedte: 80, inhoud: (s) => s.code },
    { kop: 'Samenwerkingsverband', inhoud: (s) => s.naam },
    { kop: 'Type', inhoud: (s) => SWV_TYPE_LABEL[s.type] },
    { kop: 'Scholen', getal: true, waarde: (s) => c.tellingen.scholenPerSwv.get(s.code) ?? 0, inhoud: (s) => formatGetal(c.tellingen.scholenPerSwv.get(s.code) ?? 0) },
    { kop: 'Leerlingen', getal: true, waarde: (s) => c.tellingen.perSwv.get(s.code) ?? 0, inhoud: (s) => formatGetal(c.tellingen.perSwv.get(s.code) ?? 0) },
  ],
  velden: (c, rij) => SWV_VELDEN.map((v) => veldVan(SAMENWERKINGSVERBANDEN_BESCHRIJVING, v, c, v === 'code' ? codeHulp(rij, 'PO2901') : {})),
  naarWaarden: (s) => naarWaarden(SAMENWERKINGSVERBANDEN_BESCHRIJVING, SWV_VELDEN, s),
  valideer: (w, c, rij) => controleer(SAMENWERKINGSVERBANDEN_BESCHRIJVING, SWV_VELDEN, w, c.regio.samenwerkingsverbanden.map((s) => s.code), rij?.code ?? null),
  naarRij: (w) => naarRij(SAMENWERKINGSVERBANDEN_BESCHRIJVING, SWV_VELDEN, w),
  wijziging: (code, waarde) => ({ soort: 'swv', code, waarde }),
  verwijderen: (s, c) => {
    const scholen = c.tellingen.scholenPerSwv.get(s.code) ?? 0;
    const gemeenten = c.regio.gemeenten.filter((g) => g.swvPo === s.code || g.swvVo === s.code).length;
    const bezwaren = [scholen ? meervoud(scholen, 'school', 'scholen') : '', gemeenten ? meervoud(gemeenten, 'gemeente', 'gemeenten') : ''].filter(Boolean);
    return {
      wat: `Samenwerkingsverband ${s.naam} (${s.code})`,
      waarschuwing: bezwaren.length
        ? `Er ${scholen + gemeenten === 1 ? 'hoort' : 'horen'} nog ${bezwaren.join(' en ')} bij. Koppel die eerst aan een ander samenwerkingsverband.`
        : undefined,
    };
  },
};

export const SCHOLEN: TabelDefinitie<School> = {
  label: 'Scholen',
  enkelvoud: 'School',
  leeg: (c) => ({
    titel: 'Nog geen scholen',
    tekst:
      c.regio.gemeenten.length && c.regio.samenwerkingsverbanden.length
        ? 'Voeg de (v)so-scholen van de regio toe. Daarna vult u per school de leerlingen in.'
        : 'Een school ligt in een gemeente en hoort bij een samenwerkingsverband: voeg die eerst toe op de tabbladen Gemeenten en Samenwerkingsverbanden.',
  }),
  rijen: (c) => c.regio.scholen,
  sleutel: (s) => s.code,
  naam: (s) => s.naam,
  kolommen: (c) => {
    const gemeenteNaam = new Map(c.regio.gemeenten.map((g) => [g.code, g.naam]));
    const swvNaam = new Map(c.regio.samenwerkingsverbanden.map((s) => [s.code, s.naam]));
    return [
      { kop: 'Code', breedte: 80, inhoud: (s) => s.code },
      { kop: 'School', inhoud: (s) => s.naam },
      { kop: 'Sector', inhoud: (s) => (s.aandeelSo === undefined ? SECTOR_LABEL[s.sector] : `${SECTOR_LABEL[s.sector]} (${formatPct(s.aandeelSo)} so)`) },
      { kop: 'Vestigingsgemeente', inhoud: (s) => gemeenteNaam.get(s.vestigingsgemeente) ?? s.vestigingsgemeente },
      { kop: 'Samenwerkingsverband', inhoud: (s) => swvNaam.get(s.swv) ?? s.swv },
      { kop: 'Leerlingen', getal: true, waarde: (s) => c.tellingen.perSchool.get(s.code) ?? 0, inhoud: (s) => formatGetal(c.tellingen.perSchool.get(s.code) ?? 0) },
    ];
  },
  velden: (c, rij) => SCHOOL_VELDEN.map((v) => veldVan(SCHOLEN_BESCHRIJVING, v, c, v === 'code' ? codeHulp(rij, 'het BRIN-nummer 12AB00') : {})),
  naarWaarden: (s) => naarWaarden(SCHOLEN_BESCHRIJVING, SCHOOL_VELDEN, s),
  valideer: (w, c, rij) => {
    const f = controleer(SCHOLEN_BESCHRIJVING, SCHOOL_VELDEN, w, c.regio.scholen.map((s) => s.code), rij?.code ?? null);
    if (w.aandeelSo !== '' && w.sector !== 'so-vso' && !f.aandeelSo) f.aandeelSo = 'Een aandeel so hoort alleen bij een school met so en vso; laat het leeg.';
    return f;
  },
  naarRij: (w) => naarRij(SCHOLEN_BESCHRIJVING, SCHOOL_VELDEN, w),
  wijziging: (code, waarde) => ({ soort: 'school', code, waarde }),
  verwijderen: (s, c) => {
    const n = c.tellingen.perSchool.get(s.code) ?? 0;
    const inventarisatie = c.regio.inventarisaties.some((v) => v.school === s.code);
    const mee = [n ? `haar ${meervoud(n, 'leerling', 'leerlingen')}` : '', inventarisatie ? 'haar inventarisatie' : ''].filter(Boolean);
    return { wat: `School ${s.naam}${mee.length ? ` en ${mee.join(' en ')}` : ''}` };
  },
};

export const ZORGVERZEKERAARS: TabelDefinitie<Zorgverzekeraar> = {
  label: 'Zorgkantoor en zorgverzekeraars',
  enkelvoud: 'Zorgverzekeraar',
  leeg: () => ({ titel: 'Nog geen zorgverzekeraars', tekst: 'Voeg de zorgverzekeraars toe met hun marktaandeel in de regio; samen 100%.' }),
  rijen: (c) => c.regio.zorgverzekeraars,
  sleutel: (z) => z.naam,
  naam: (z) => z.naam,
  kolommen: () => [
    { kop: 'Financier', inhoud: (z) => z.naam },
    { kop: 'Wet', inhoud: () => 'Zvw' },
    { kop: 'Marktaandeel in de regio', getal: true, inhoud: (z) => formatPct(z.marktaandeel) },
  ],
  velden: (c, rij) => {
    const anderen = c.regio.zorgverzekeraars.filter((z) => z.naam !== rij?.naam).reduce((s, z) => s + z.marktaandeel, 0);
    return ZORGVERZEKERAAR_VELDEN.map((v) =>
      veldVan(ZORGVERZEKERAARS_BESCHRIJVING, v, c, v === 'marktaandeel' ? { beschrijving: `De andere zorgverzekeraars hebben samen ${formatPct(anderen)}; samen moet het 100% zijn.` } : {}),
    );
  },
  naarWaarden: (z) => naarWaarden(ZORGVERZEKERAARS_BESCHRIJVING, ZORGVERZEKERAAR_VELDEN, z),
  valideer: (w, c, rij) => controleer(ZORGVERZEKERAARS_BESCHRIJVING, ZORGVERZEKERAAR_VELDEN, w, c.regio.zorgverzekeraars.map((z) => z.naam), rij?.naam ?? null),
  naarRij: (w) => naarRij(ZORGVERZEKERAARS_BESCHRIJVING, ZORGVERZEKERAAR_VELDEN, w),
  wijziging: (naam, waarde) => ({ soort: 'zorgverzekeraar', naam, waarde }),
  verwijderen: (z) => ({ wat: `Zorgverzekeraar ${z.naam} (marktaandeel ${formatPct(z.marktaandeel)})` }),
};

const REALISATIE_VELDEN = ['financier', 'kader', 'jaar', 'bedrag', 'school', 'toelichting'] as const;

/** A realisatie row with its position (1-based), by which an edit addresses it: rows may repeat. */
export type RealisatieRij = RealisatieRegel & { regel: number };

export const REALISATIE: TabelDefinitie<RealisatieRij> = {
  label: 'Realisatie',
  enkelvoud: 'Realisatieregel',
  leeg: () => ({
    titel: 'Nog geen realisatie',
    tekst: 'Vul in wat gemeenten, het zorgkantoor, de GGD of zorgverzekeraars werkelijk uitgaven aan zorg in schooltijd; met rekenbasis "realisatie" rekent de app daarmee in plaats van met de landelijke norm.',
  }),
  rijen: (c) => (c.regio.realisatie ?? []).map((r, i) => ({ ...r, regel: i + 1 })),
  sleutel: (r) => String(r.regel),
  naam: (r) => String(r.regel),
  kolommen: (c) => {
    const schoolNaam = new Map(c.regio.scholen.map((s) => [s.code, s.naam]));
    return [
      { kop: 'Financier', inhoud: (r) => partijNaam(c.regio, r.financier) },
      { kop: 'Kader', inhoud: (r) => KADER_LABEL[r.kader] },
      { kop: 'Jaar', inhoud: (r) => String(r.jaar) },
      { kop: 'Bedrag', getal: true, inhoud: (r) => formatEuro(r.bedrag) },
      { kop: 'School', inhoud: (r) => (r.school ? (schoolNaam.get(r.school) ?? r.school) : 'alle scholen (totaal)') },
      { kop: 'Toelichting', inhoud: (r) => r.toelichting ?? '' },
    ];
  },
  velden: (c) => REALISATIE_VELDEN.map((v) => veldVan(REALISATIE_BESCHRIJVING, v, c)),
  naarWaarden: (r) => naarWaarden(REALISATIE_BESCHRIJVING, REALISATIE_VELDEN, r),
  valideer: (w) => valideerVelden(REALISATIE_BESCHRIJVING, REALISATIE_VELDEN, w),
  naarRij: (w) => ({ ...naarRij<RealisatieRegel>(REALISATIE_BESCHRIJVING, REALISATIE_VELDEN, w), regel: 0 }),
  wijziging: (regel, waarde) => {
    if (!waarde) return { soort: 'realisatie', regel: regel === null ? null : Number(regel), waarde: null };
    const { regel: _positie, ...rij } = waarde;
    return { soort: 'realisatie', regel: regel === null ? null : Number(regel), waarde: rij };
  },
  verwijderen: (r, c) => ({ wat: `Realisatieregel ${r.regel}: ${partijNaam(c.regio, r.financier)}, ${KADER_LABEL[r.kader]} ${r.jaar}, ${formatEuro(r.bedrag)}` }),
};

/** The regio's own fields: its name and the zorgkantoor (Wlz). */
const [REGIO_NAAM, ZORGKANTOOR] = REGIO_GEGEVENS;

export const REGIO_VELDEN: Veld[] = [
  { soort: 'tekst', sleutel: 'naam', label: REGIO_NAAM.formulierLabel },
  { soort: 'tekst', sleutel: 'zorgkantoor', label: ZORGKANTOOR.formulierLabel, beschrijving: 'Het zorgkantoor van de Wlz-regio waarin uw scholen liggen.' },
];

export function valideerRegioVelden(w: Waarden): Fouten {
  const f: Fouten = {};
  if (!tekst(w, 'naam')) f.naam = REGIO_NAAM.ontbreekt;
  if (!tekst(w, 'zorgkantoor')) f.zorgkantoor = ZORGKANTOOR.ontbreekt;
  return f;
}

export const regioWijziging = (w: Waarden): Wijziging => ({ soort: 'regio', naam: tekst(w, 'naam'), zorgkantoor: tekst(w, 'zorgkantoor') });
