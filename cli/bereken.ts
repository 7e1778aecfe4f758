import { readFileSync, writeFileSync } from 'node:fs';
import { KADERS, KADER_LABEL } from '../shared/domain/labels';
import { berekenBehoefte, deriveNormenset, naarUitvoer, PROFESSIONAL_IDS, SCOPE_PRESETS, TAKEN, type Behoefte, type ScopeKeuze } from '../shared/engine';
import { formatEuro, formatGetal, formatPct } from '../shared/format';
import { leesRegioJson, type RegioBestand } from '../shared/regio/schema';
import { ontleedArgumenten, type OpdrachtSpec } from './args';
import { tekstTabel, type Uitvoer } from './uitvoer';

export const BEREKEN: OpdrachtSpec = {
  naam: 'bereken',
  omschrijving: 'Berekent de zorgbehoefte per school, woongemeente en kader van een regio-bestand.',
  argumenten: ['regio.json'],
  opties: {
    scope: { waarde: true, omschrijving: 'breed (standaard), medium, smal of een lijst van taken: behandeling,paramedisch,…' },
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

/** Reads and validates a regio-bestand; problems are reported as `pad: melding`. */
export function leesRegioBestand(pad: string, io: Uitvoer): RegioBestand | null {
  let tekst: string;
  try {
    tekst = readFileSync(pad, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.fout(code === 'ENOENT' ? `Bestand niet gevonden: ${pad}` : code === 'EISDIR' ? `${pad} is een map, geen bestand` : `Kan ${pad} niet lezen: ${(e as Error).message}`);
    return null;
  }
  const r = leesRegioJson(tekst, { professionals: PROFESSIONAL_IDS });
  if (!r.ok) {
    io.fout(`${pad} is geen geldig regio-bestand (${r.problemen.length} ${r.problemen.length === 1 ? 'probleem' : 'problemen'}):`);
    for (const p of r.problemen) io.fout(`${p.pad}: ${p.melding}`);
    return null;
  }
  return r.waarde;
}

/** `zio bereken <regio.json> [--scope …] [--json uit.json]`; returns the exit code. */
export function bereken(argv: readonly string[], io: Uitvoer): number {
  const args = ontleedArgumenten(BEREKEN, argv);
  if (!args.ok) {
    io.fout(`Fout: ${args.fout}`);
    return 1;
  }
  const [bestand] = args.argumenten;
  const scopeTekst = args.opties.scope;
  const jsonPad = args.opties.json;
  let scope: ScopeKeuze;
  try {
    scope = leesScope(typeof scopeTekst === 'string' ? scopeTekst : undefined);
  } catch (e) {
    io.fout(`Fout: ${(e as Error).message}`);
    return 1;
  }
  const regio = leesRegioBestand(bestand, io);
  if (!regio) return 1;

  const normenset = deriveNormenset();
  const behoefte = berekenBehoefte(normenset, regio, scope);
  io.uit(samenvatting(regio, behoefte));

  if (typeof jsonPad === 'string') {
    try {
      writeFileSync(jsonPad, `${JSON.stringify(naarUitvoer(behoefte, regio.regio), null, 2)}\n`, 'utf8');
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
  regels.push(`Zorgbehoefte totaal: ${formatEuro(b.totaal)} per jaar`);
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
  regels.push(
    tekstTabel(
      ['School', 'Naam', 'Leerlingen', 'Totaal', 'Per leerling', 'Fte'],
      b.perSchool.map((s) => [
        `${s.school}${s.inventarisatie ? ' *' : ''}`,
        s.naam,
        formatGetal(s.leerlingen),
        formatEuro(s.totaal),
        s.leerlingen > 0 ? formatEuro(s.totaal / s.leerlingen) : '–',
        formatGetal(s.fteTotaal, 1),
      ]),
      [false, false, true, true, true, true],
    ),
  );
  if (inventarisatie) regels.push('* behoefte (deels) uit de eigen inventarisatie van de school');
  return regels.join('\n');
}
