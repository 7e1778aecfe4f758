import { Badge, Text } from '@mantine/core';
import { SECTOR_LABEL, SECTOREN, SWV_TYPES, type Sector, type SwvType } from '../../../../shared/domain/labels';
import { formatGetal, formatPct } from '../../../../shared/format';
import { leerlingenTellingen } from '../../../../shared/regio/overzicht';
import type { Gemeente, RegioBestand, School, Swv, Zorgverzekeraar } from '../../../../shared/regio/schema';
import type { Wijziging } from '../../../../shared/regio/wijziging';
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

/** Checks shared by every table: a filled-in, unique key and name. */
function controleerSleutel(fouten: Fouten, w: Waarden, sleutel: string, wat: string, bestaand: readonly string[], huidig: string | null) {
  const s = tekst(w, sleutel);
  if (!s) fouten[sleutel] = `Vul ${sleutel === 'code' ? 'een code' : 'een naam'} in.`;
  else if (s.length > (sleutel === 'code' ? 64 : 200)) fouten[sleutel] = `Hoogstens ${sleutel === 'code' ? 64 : 200} tekens.`;
  else if (s !== huidig && bestaand.includes(s)) fouten[sleutel] = `Er is al ${wat} met ${sleutel === 'code' ? 'code' : 'de naam'} ${s}.`;
}

function controleerNaam(fouten: Fouten, w: Waarden) {
  const n = tekst(w, 'naam');
  if (!n) fouten.naam = 'Vul een naam in.';
  else if (n.length > 200) fouten.naam = 'Hoogstens 200 tekens.';
}

const codeVeld = (rij: unknown, voorbeeld: string): Veld => ({
  soort: 'tekst',
  sleutel: 'code',
  label: 'Code',
  beschrijving: rij ? 'Een andere code wordt ook bij scholen en leerlingen aangepast.' : `Een korte, unieke code, bijvoorbeeld ${voorbeeld}.`,
});

export const GEMEENTEN: TabelDefinitie<Gemeente> = {
  label: 'Gemeenten',
  enkelvoud: 'Gemeente',
  leeg: () => ({ titel: 'Nog geen gemeenten', tekst: 'Voeg de gemeenten toe waar uw leerlingen wonen, ook die buiten de regio.' }),
  rijen: (c) => c.regio.gemeenten,
  sleutel: (g) => g.code,
  naam: (g) => g.naam,
  kolommen: (c) => [
    { kop: 'Code', inhoud: (g) => g.code },
    {
      kop: 'Gemeente',
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
    { kop: 'Inwoners 0–17', getal: true, inhoud: (g) => formatGetal(g.inwoners0tot17) },
    { kop: 'Leerlingen (v)so', getal: true, inhoud: (g) => formatGetal(c.tellingen.perWoongemeente.get(g.code) ?? 0) },
    {
      kop: 'Per 1.000 jeugdigen',
      getal: true,
      inhoud: (g) => (g.inwoners0tot17 ? formatGetal((1000 * (c.tellingen.perWoongemeente.get(g.code) ?? 0)) / g.inwoners0tot17, 1) : '–'),
    },
    {
      kop: 'Ligging',
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
    return [
      codeVeld(rij, 'de CBS-code GM0855'),
      { soort: 'tekst', sleutel: 'naam', label: 'Naam' },
      { soort: 'aantal', sleutel: 'inwoners0tot17', label: 'Inwoners van 0 tot en met 17 jaar' },
      { soort: 'schakelaar', sleutel: 'inRegio', label: 'Ligt in de regio', beschrijving: 'Uit voor een gemeente buiten de regio waar ook leerlingen van uw scholen wonen.' },
      {
        soort: 'schakelaar',
        sleutel: 'centrumgemeente',
        label: 'Centrumgemeente',
        beschrijving: centrum ? `Nu is ${centrum.naam} de centrumgemeente; die is het daarna niet meer.` : 'De coördinerende gemeente van de regio (er is er één).',
      },
    ];
  },
  naarWaarden: (g) => ({ code: g?.code ?? '', naam: g?.naam ?? '', inwoners0tot17: g?.inwoners0tot17 ?? '', inRegio: g?.inRegio ?? true, centrumgemeente: g?.centrumgemeente ?? false }),
  valideer: (w, c, rij) => {
    const f: Fouten = {};
    controleerSleutel(f, w, 'code', 'een gemeente', c.regio.gemeenten.map((g) => g.code), rij?.code ?? null);
    controleerNaam(f, w);
    if (w.inwoners0tot17 === '') f.inwoners0tot17 = 'Vul het aantal inwoners van 0 tot en met 17 jaar in (0 als het onbekend is).';
    if (w.centrumgemeente && !w.inRegio) f.centrumgemeente = 'Een centrumgemeente ligt in de regio.';
    return f;
  },
  naarRij: (w) => ({ code: tekst(w, 'code'), naam: tekst(w, 'naam'), inwoners0tot17: Number(w.inwoners0tot17), inRegio: !!w.inRegio, centrumgemeente: !!w.centrumgemeente }),
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
    { kop: 'Code', inhoud: (s) => s.code },
    { kop: 'Samenwerkingsverband', inhoud: (s) => s.naam },
    { kop: 'Type', inhoud: (s) => SWV_TYPE_LABEL[s.type] },
    { kop: 'Scholen', getal: true, inhoud: (s) => formatGetal(c.tellingen.scholenPerSwv.get(s.code) ?? 0) },
    { kop: 'Leerlingen', getal: true, inhoud: (s) => formatGetal(c.tellingen.perSwv.get(s.code) ?? 0) },
  ],
  velden: (_c, rij) => [
    codeVeld(rij, 'PO2901'),
    { soort: 'tekst', sleutel: 'naam', label: 'Naam' },
    { soort: 'keuze', sleutel: 'type', label: 'Type', opties: SWV_TYPES.map((t) => ({ value: t, label: `${SWV_TYPE_LABEL[t]} (${t})` })) },
  ],
  naarWaarden: (s) => ({ code: s?.code ?? '', naam: s?.naam ?? '', type: s?.type ?? '' }),
  valideer: (w, c, rij) => {
    const f: Fouten = {};
    controleerSleutel(f, w, 'code', 'een samenwerkingsverband', c.regio.samenwerkingsverbanden.map((s) => s.code), rij?.code ?? null);
    controleerNaam(f, w);
    if (!w.type) f.type = 'Kies primair of voortgezet onderwijs.';
    return f;
  },
  naarRij: (w) => ({ code: tekst(w, 'code'), naam: tekst(w, 'naam'), type: w.type as SwvType }),
  wijziging: (code, waarde) => ({ soort: 'swv', code, waarde }),
  verwijderen: (s, c) => {
    const scholen = c.tellingen.scholenPerSwv.get(s.code) ?? 0;
    return {
      wat: `Samenwerkingsverband ${s.naam} (${s.code})`,
      waarschuwing: scholen ? `Er ${scholen === 1 ? 'hoort' : 'horen'} nog ${meervoud(scholen, 'school', 'scholen')} bij. Koppel die eerst aan een ander samenwerkingsverband.` : undefined,
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
      { kop: 'Code', inhoud: (s) => s.code },
      { kop: 'School', inhoud: (s) => s.naam },
      { kop: 'Sector', inhoud: (s) => SECTOR_LABEL[s.sector] },
      { kop: 'Vestigingsgemeente', inhoud: (s) => gemeenteNaam.get(s.vestigingsgemeente) ?? s.vestigingsgemeente },
      { kop: 'Samenwerkingsverband', inhoud: (s) => swvNaam.get(s.swv) ?? s.swv },
      { kop: 'Leerlingen', getal: true, inhoud: (s) => formatGetal(c.tellingen.perSchool.get(s.code) ?? 0) },
    ];
  },
  velden: (c, rij) => [
    codeVeld(rij, 'het BRIN-nummer 12AB00'),
    { soort: 'tekst', sleutel: 'naam', label: 'Naam' },
    { soort: 'keuze', sleutel: 'sector', label: 'Sector', opties: SECTOREN.map((s) => ({ value: s, label: SECTOR_LABEL[s] })) },
    {
      soort: 'keuze',
      sleutel: 'vestigingsgemeente',
      label: 'Vestigingsgemeente',
      opties: c.regio.gemeenten.map((g) => ({ value: g.code, label: g.naam })),
      geenOpties: 'Voeg eerst een gemeente toe op het tabblad Gemeenten.',
    },
    {
      soort: 'keuze',
      sleutel: 'swv',
      label: 'Samenwerkingsverband',
      opties: c.regio.samenwerkingsverbanden.map((s) => ({ value: s.code, label: `${s.naam} (${s.type})` })),
      geenOpties: 'Voeg eerst een samenwerkingsverband toe op het tabblad Samenwerkingsverbanden.',
    },
  ],
  naarWaarden: (s) => ({ code: s?.code ?? '', naam: s?.naam ?? '', sector: s?.sector ?? '', vestigingsgemeente: s?.vestigingsgemeente ?? '', swv: s?.swv ?? '' }),
  valideer: (w, c, rij) => {
    const f: Fouten = {};
    controleerSleutel(f, w, 'code', 'een school', c.regio.scholen.map((s) => s.code), rij?.code ?? null);
    controleerNaam(f, w);
    if (!w.sector) f.sector = 'Kies so, vso of beide.';
    if (!w.vestigingsgemeente) f.vestigingsgemeente = 'Kies de gemeente waar de school staat.';
    if (!w.swv) f.swv = 'Kies het samenwerkingsverband van de school.';
    return f;
  },
  naarRij: (w) => ({ code: tekst(w, 'code'), naam: tekst(w, 'naam'), sector: w.sector as Sector, vestigingsgemeente: String(w.vestigingsgemeente), swv: String(w.swv) }),
  wijziging: (code, waarde) => ({ soort: 'school', code, waarde }),
  verwijderen: (s, c) => {
    const n = c.tellingen.perSchool.get(s.code) ?? 0;
    const inventarisatie = c.regio.inventarisaties.some((v) => v.school === s.code);
    const mee = [n ? `haar ${meervoud(n, 'leerling', 'leerlingen')}` : '', inventarisatie ? 'haar inventarisatie' : ''].filter(Boolean);
    return { wat: `School ${s.naam}${mee.length ? ` en ${mee.join(' en ')}` : ''}` };
  },
};

/** A share (0–1) as the percentage the form shows, without float noise: 0.62 → 62. */
const naarProcent = (aandeel: number) => Math.round(aandeel * 100 * 1e4) / 1e4;

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
    return [
      { soort: 'tekst', sleutel: 'naam', label: 'Naam' },
      {
        soort: 'procent',
        sleutel: 'marktaandeel',
        label: 'Marktaandeel in de regio',
        beschrijving: `De andere zorgverzekeraars hebben samen ${formatPct(anderen)}; samen moet het 100% zijn.`,
      },
    ];
  },
  naarWaarden: (z) => ({ naam: z?.naam ?? '', marktaandeel: z ? naarProcent(z.marktaandeel) : '' }),
  valideer: (w, c, rij) => {
    const f: Fouten = {};
    controleerSleutel(f, w, 'naam', 'een zorgverzekeraar', c.regio.zorgverzekeraars.map((z) => z.naam), rij?.naam ?? null);
    if (w.marktaandeel === '') f.marktaandeel = 'Vul het marktaandeel in, als percentage.';
    else if (Number(w.marktaandeel) > 100) f.marktaandeel = 'Een marktaandeel is hoogstens 100%.';
    return f;
  },
  naarRij: (w) => ({ naam: tekst(w, 'naam'), marktaandeel: Math.round(Number(w.marktaandeel) * 1e4) / 1e6 }),
  wijziging: (naam, waarde) => ({ soort: 'zorgverzekeraar', naam, waarde }),
  verwijderen: (z) => ({ wat: `Zorgverzekeraar ${z.naam} (marktaandeel ${formatPct(z.marktaandeel)})` }),
};

/** The regio's own fields: its name and the zorgkantoor (Wlz). */
export const REGIO_VELDEN: Veld[] = [
  { soort: 'tekst', sleutel: 'naam', label: 'Naam van de regio' },
  { soort: 'tekst', sleutel: 'zorgkantoor', label: 'Zorgkantoor (Wlz)', beschrijving: 'Het zorgkantoor van de Wlz-regio waarin uw scholen liggen.' },
];

export function valideerRegioVelden(w: Waarden): Fouten {
  const f: Fouten = {};
  if (!tekst(w, 'naam')) f.naam = 'Vul de naam van de regio in.';
  if (!tekst(w, 'zorgkantoor')) f.zorgkantoor = 'Vul de naam van het zorgkantoor in.';
  return f;
}

export const regioWijziging = (w: Waarden): Wijziging => ({ soort: 'regio', naam: tekst(w, 'naam'), zorgkantoor: tekst(w, 'zorgkantoor') });
