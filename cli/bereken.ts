import { writeFileSync } from 'node:fs';
import { KADERS, KADER_LABEL, SECTOR_LABEL } from '../shared/domain/labels';
import {
  BUITEN_REGIO_LABEL,
  deriveNormenset,
  evalueerVariant,
  naarUitvoer,
  NIET_DEELNEMERS_LABEL,
  ROUTES,
  SCOPE_PRESETS,
  standaardVariant,
  TAKEN,
  leesVariantJson,
  VERDEELSLEUTEL_LABEL,
  REKENBASIS_LABEL,
  type Behoefte,
  type Evaluatie,
  type ScopeKeuze,
  type Variant,
} from '../shared/engine';
import { formatEuro, formatGetal, formatPct } from '../shared/format';
import type { RegioBestand } from '../shared/regio/schema';
import { ontleedArgumenten, type OpdrachtSpec } from './args';
import { leesBytes, leesRegio, metMeldingen } from './lees-regio';
import { tekstTabel, type Uitvoer } from './uitvoer';

export const BEREKEN: OpdrachtSpec = {
  naam: 'bereken',
  omschrijving: 'Berekent de zorgkosten (norm) per school, woongemeente en kader van een regio-bestand.',
  argumenten: ['regio.json|regio.xlsx|regio.ods'],
  opties: {
    scope: { waarde: true, omschrijving: 'breed (standaard), medium, smal of een lijst van taken: behandeling,paramedisch,… (gaat voor de scope van de variant)' },
    variant: { waarde: true, omschrijving: 'variant-bestand (JSON) met pot-kaders, deelname, verdeelsleutel en routes; zonder: de standaardvariant' },
    json: { waarde: true, omschrijving: 'schrijf het volledige resultaat als JSON naar dit bestand' },
  },
};

/** "breed" | "medium" | "smal" | "taak,taak,…" → a scope; throws a Dutch Error on unknown task ids. */
export function leesScope(tekst: string | undefined): ScopeKeuze {
  if (tekst === undefined) return 'breed';
  const t = tekst.trim();
  if ((SCOPE_PRESETS as readonly string[]).includes(t)) return t as ScopeKeuze;
  const taken = t.split(',').map((x) => x.trim()).filter(Boolean);
  if (!taken.length) throw new Error('--scope is leeg: kies breed, medium, smal of een lijst van taken');
  const bekend = new Set(TAKEN.map((x) => x.id));
  const onbekend = taken.filter((x) => !bekend.has(x));
  if (onbekend.length) {
    throw new Error(`onbekende ${onbekend.length === 1 ? 'taak' : 'taken'} in --scope: ${onbekend.join(', ')}. Kies breed, medium, smal of taken uit: ${[...bekend].join(', ')}`);
  }
  return taken;
}

/** Reads and validates a variant-bestand against the regio; problems are reported as `pad: melding`. */
export function leesVariantBestand(pad: string, regio: RegioBestand, io: Uitvoer): Variant | null {
  const bytes = leesBytes(pad, io, 'Variant-bestand');
  if (!bytes) return null;
  return metMeldingen(leesVariantJson(bytes.toString('utf8'), regio, { taken: TAKEN }), pad, 'variant-bestand', io);
}

/** `zio bereken <regio.json|.xlsx|.ods> [--scope …] [--variant variant.json] [--json uit.json]`; returns the exit code. */
export async function bereken(argv: readonly string[], io: Uitvoer): Promise<number> {
  const args = ontleedArgumenten(BEREKEN, argv);
  if (!args.ok) {
    io.fout(`Fout: ${args.fout}`);
    return 1;
  }
  const [bestand] = args.argumenten;
  const scopeTekst = args.opties.scope;
  const variantPad = args.opties.variant;
  const jsonPad = args.opties.json;
  let scope: ScopeKeuze | undefined;
  try {
    scope = typeof scopeTekst === 'string' ? leesScope(scopeTekst) : undefined;
  } catch (e) {
    io.fout(`Fout: ${(e as Error).message}`);
    return 1;
  }
  const regio = await leesRegio(bestand, io);
  if (!regio) return 1;
  let variant: Variant;
  if (typeof variantPad === 'string') {
    const v = leesVariantBestand(variantPad, regio, io);
    if (!v) return 1;
    variant = v;
  } else {
    variant = standaardVariant(regio);
  }
  // --scope goes before the variant's scope.
  if (scope !== undefined) variant = { ...variant, scope };

  const normenset = deriveNormenset();
  const evaluatie = evalueerVariant(normenset, regio, variant);
  const behoefte = evaluatie.behoefte!;
  io.uit(samenvatting(regio, behoefte));
  io.uit(`\n${routesSamenvatting(evaluatie, typeof variantPad === 'string' ? variantPad : null)}`);

  if (typeof jsonPad === 'string') {
    try {
      writeFileSync(jsonPad, `${JSON.stringify(naarUitvoer(behoefte, regio.regio, evaluatie), null, 2)}\n`, 'utf8');
    } catch (e) {
      io.fout(`Kan ${jsonPad} niet schrijven: ${(e as Error).message}`);
      return 1;
    }
    io.uit(`\nVolledig resultaat geschreven naar ${jsonPad}`);
  }
  return 0;
}

/** The readable Dutch summary of a need calculation. */
export function samenvatting(regio: RegioBestand, b: Behoefte): string {
  const naamVanTaak = new Map(TAKEN.map((t) => [t.id, t]));
  const regels: string[] = [];
  regels.push(`Regio: ${regio.regio.naam}`);
  regels.push(`Normenset: ${b.normenset}`);
  regels.push(`Scope: ${b.scope.naam} (${b.taken.length} ${b.taken.length === 1 ? 'taak' : 'taken'})`);
  for (const id of b.taken) {
    const t = naamVanTaak.get(id);
    regels.push(`  - ${id}: ${t?.naam ?? id} (groep ${t?.groep ?? '?'})`);
  }
  regels.push(`Leerlingen: ${formatGetal(b.leerlingen)} op ${formatGetal(b.perSchool.length)} ${b.perSchool.length === 1 ? 'school' : 'scholen'}`);
  regels.push('');
  regels.push(`Zorgkosten (norm) totaal: ${formatEuro(b.totaal)} per jaar`);
  regels.push(
    tekstTabel(
      ['Kader', 'Bedrag', 'Aandeel'],
      KADERS.map((k) => [KADER_LABEL[k], formatEuro(b.perKader[k]), b.totaal > 0 ? formatPct(b.perKader[k] / b.totaal) : '–']),
      [false, true, true],
    ),
  );
  regels.push('');
  regels.push('Per school:');
  const inventarisatie = b.perSchool.some((s) => s.inventarisatie);
  const sectorVan = new Map(regio.scholen.map((s) => [s.code, SECTOR_LABEL[s.sector]]));
  regels.push(
    tekstTabel(
      ['School', 'Naam', 'Sector', 'Leerlingen', 'Totaal', 'Per leerling', 'Onderwijs', 'Fte'],
      b.perSchool.map((s) => [
        `${s.school}${s.inventarisatie ? ' *' : ''}`,
        s.naam,
        `${sectorVan.get(s.school) ?? '–'}${s.sectorGeschat ? ' (geschat)' : ''}`,
        formatGetal(s.leerlingen),
        formatEuro(s.totaal),
        s.leerlingen > 0 ? formatEuro(s.totaal / s.leerlingen) : '–',
        s.totaal > 0 ? formatPct(s.perKader.onderwijs / s.totaal) : '–',
        formatGetal(s.fteTotaal, 1),
      ]),
      [false, false, false, true, true, true, true, true],
    ),
  );
  if (inventarisatie) regels.push('* behoefte (deels) uit de eigen inventarisatie van de school');
  if (b.perSchool.some((s) => s.sectorGeschat)) regels.push('(geschat): leerlingen zonder sector verdeeld over so en vso met het aandeel so van de school (zonder opgave 42%)');
  return regels.join('\n');
}

/** The readable Dutch summary of a variant: per route pot, budgethouder, flows, loketten, not in pot, top 5 contributions. */
export function routesSamenvatting(ev: Evaluatie, variantPad: string | null): string {
  const v = ev.variant;
  const t = ev.toegepast;
  const naam = (id: string) => ev.partij[id]?.naam ?? id;
  const regels: string[] = [];
  regels.push(`Variant: ${v.naam ?? (variantPad ? variantPad : 'standaard (rekenmodel)')}`);
  regels.push(`  Pot-kaders: ${t.potKaders.map((k) => KADER_LABEL[k]).join(', ') || 'geen'}; onderwijsbijdrage ${formatPct(t.onderwijsFractie)}`);
  regels.push(
    `  Verdeelsleutel: ${VERDEELSLEUTEL_LABEL[v.verdeelsleutel.type]}${v.verdeelsleutel.type === 'mix' ? ` (α ${formatGetal(v.verdeelsleutel.alpha, 2)})` : ''}; niet-deelnemers: ${NIET_DEELNEMERS_LABEL[v.nietDeelnemers]}; buiten de regio: ${BUITEN_REGIO_LABEL[v.buitenRegio]}`,
  );
  regels.push(`  Rekenbasis: ${REKENBASIS_LABEL[v.rekenbasis]}; alle bedragen in ${ev.prijspeil.label}`);
  if (ev.ingroeipad.pad.length > 1) {
    const m = ev.ingroeipad.maxNadeelPerInwoner;
    regels.push(`  Ingroei: ${formatGetal(ev.ingroeipad.pad.length)} jaar${m !== null ? `, hoogstens ${formatEuro(m, 2)} nadeel per inwoner van 0 tot en met 17 jaar per jaar` : ''}${ev.ingroeipad.voltooid ? '' : ' (doel niet bereikt)'}`);
  }
  const uit = Object.entries(v.deelname).filter(([, mee]) => !mee).map(([id]) => naam(id));
  const MAX_NAMEN = 10;
  const uitTekst = uit.length > MAX_NAMEN ? `${uit.slice(0, MAX_NAMEN).join(', ')} en ${uit.length - MAX_NAMEN} andere` : uit.join(', ');
  regels.push(`  Doet niet mee: ${uit.length ? uitTekst : 'niemand'}`);
  for (const w of ev.waarschuwingen) regels.push(`  Let op: ${w}`);
  regels.push('');
  regels.push('Routes:');
  const budgethouder = (id: (typeof ROUTES)[number]) => {
    const r = ev.routes[id];
    if (id === 'huidig') return '– (individueel)';
    if (r.budgethouders.length === 1) return naam(r.budgethouders[0].partij);
    return `${formatGetal(r.budgethouders.length)} samenwerkingsverbanden (per school)`;
  };
  regels.push(
    tekstTabel(
      ['Route', 'Budgethouder', 'Pot', 'Stromen', 'Loketten/school (gem./max)', 'Niet in de pot'],
      ROUTES.map((id) => {
        const r = ev.routes[id];
        return [r.naam, budgethouder(id), formatEuro(r.pot.totaal), formatGetal(r.aantalStromen), `${formatGetal(r.loketten.gemiddeld, 1)} / ${formatGetal(r.loketten.max)}`, formatEuro(r.nietInPot.totaal)];
      }),
      [false, false, true, true, true, true],
    ),
  );
  for (const id of ROUTES) {
    const r = ev.routes[id];
    regels.push('');
    const uk = r.uitvoeringskostenFractie > 0 ? `, inclusief ${formatPct(r.uitvoeringskostenFractie)} uitvoeringskosten` : '';
    regels.push(`Grootste bijdragen, ${r.naam}${uk}:`);
    const top = [...r.bijdragen].sort((a, b) => b.bedrag - a.bedrag || a.financier.localeCompare(b.financier)).slice(0, 5);
    regels.push(
      tekstTabel(
        ['Financier', 'Bijdrage', 'Nu', 'Verschil'],
        top.map((b) => [naam(b.financier), formatEuro(b.bedrag), formatEuro(b.huidig), `${b.verschil > 0.5 ? '+' : ''}${formatEuro(b.verschil)}`]),
        [false, true, true, true],
      ),
    );
  }
  return regels.join('\n');
}
