/**
 * Argument parsing for the `zio` command line: `zio <opdracht> <bestand> [--optie waarde]…`.
 * Each command declares its options; anything else is an error with a Dutch message.
 */

export interface OptieSpec {
  /** true when the option takes a value (`--scope smal`, `--scope=smal`). */
  waarde: boolean;
  omschrijving: string;
}

export interface OpdrachtSpec {
  naam: string;
  omschrijving: string;
  /** Names of the positional arguments, all required. */
  argumenten: string[];
  opties: Record<string, OptieSpec>;
}

export type Ontleed =
  | { ok: true; argumenten: string[]; opties: Record<string, string | true> }
  | { ok: false; fout: string };

/** Parses the arguments after the command name. */
export function ontleedArgumenten(spec: OpdrachtSpec, argv: readonly string[]): Ontleed {
  const argumenten: string[] = [];
  const opties: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      argumenten.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [naam, inline] = a.slice(2).split(/=(.*)/s, 2);
      const optie = spec.opties[naam];
      if (!optie) return { ok: false, fout: `onbekende optie --${naam} voor "${spec.naam}"${bekendeOpties(spec)}` };
      if (naam in opties) return { ok: false, fout: `optie --${naam} is twee keer opgegeven` };
      if (!optie.waarde) {
        if (inline !== undefined) return { ok: false, fout: `optie --${naam} neemt geen waarde` };
        opties[naam] = true;
        continue;
      }
      const waarde = inline ?? argv[++i];
      if (waarde === undefined || waarde === '' || (inline === undefined && waarde.startsWith('--'))) {
        return { ok: false, fout: `optie --${naam} verwacht een waarde` };
      }
      opties[naam] = waarde;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) return { ok: false, fout: `onbekende optie ${a} voor "${spec.naam}"${bekendeOpties(spec)}` };
    argumenten.push(a);
  }
  if (argumenten.length < spec.argumenten.length) {
    return { ok: false, fout: `"${spec.naam}" verwacht ${spec.argumenten.map((x) => `<${x}>`).join(' ')}` };
  }
  if (argumenten.length > spec.argumenten.length) {
    return { ok: false, fout: `te veel argumenten voor "${spec.naam}": ${argumenten.slice(spec.argumenten.length).join(' ')}` };
  }
  return { ok: true, argumenten, opties };
}

function bekendeOpties(spec: OpdrachtSpec): string {
  const namen = Object.keys(spec.opties);
  return namen.length ? ` (bekend: ${namen.map((n) => `--${n}`).join(', ')})` : '';
}

/** Usage text of one command. */
export function gebruik(spec: OpdrachtSpec): string {
  const regels = [`  zio ${spec.naam} ${spec.argumenten.map((a) => `<${a}>`).join(' ')}${Object.keys(spec.opties).length ? ' [opties]' : ''}`, `      ${spec.omschrijving}`];
  for (const [naam, o] of Object.entries(spec.opties)) regels.push(`      --${naam}${o.waarde ? ' <waarde>' : ''}  ${o.omschrijving}`);
  return regels.join('\n');
}
