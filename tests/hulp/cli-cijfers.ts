/**
 * Every figure of the CLI's JSON (`zio bereken demoregio.json --variant … --json …`) for the demo
 * regio and each variant preset, flattened to `pad → getal`. The committed snapshot in
 * tests/unit/cli/snapshot proves that a refactor keeps every number; regenerate it after an
 * intended change of the engine with `npx tsx scripts/maak-cli-snapshot.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VARIANT_PRESETS } from '../../shared/engine/variant';
import { voerZioUit } from './cli';

export const DEMOREGIO = fileURLToPath(new URL('../../resources/demo/demoregio.json', import.meta.url));
export const SNAPSHOT_MAP = fileURLToPath(new URL('../unit/cli/snapshot/', import.meta.url));

/** The variants of the snapshot: the default variant and every preset, by id. */
export const SNAPSHOT_VARIANTEN: readonly { id: string; instellingen: object | null }[] = [
  { id: 'standaard', instellingen: null },
  ...VARIANT_PRESETS.map((p) => ({ id: p.id, instellingen: p.instellingen })),
];

/** Every number in a JSON value by its path (`routes.gemeente.pot.totaal`, `partijen[3].bijdrage`). */
export function cijfers(waarde: unknown, pad = '', uit: Record<string, number> = {}): Record<string, number> {
  if (typeof waarde === 'number') uit[pad] = waarde;
  else if (Array.isArray(waarde)) waarde.forEach((w, i) => cijfers(w, `${pad}[${i}]`, uit));
  else if (waarde !== null && typeof waarde === 'object') {
    for (const [k, w] of Object.entries(waarde)) cijfers(w, pad ? `${pad}.${k}` : k, uit);
  }
  return uit;
}

/** Runs `zio bereken` on the demo regio with the given variant settings and returns its figures. */
export async function cliCijfers(instellingen: object | null): Promise<Record<string, number>> {
  const map = mkdtempSync(join(tmpdir(), 'zio-snapshot-'));
  try {
    const uitPad = join(map, 'uit.json');
    const argv = ['bereken', DEMOREGIO, '--json', uitPad];
    if (instellingen) {
      const variantPad = join(map, 'variant.json');
      writeFileSync(variantPad, JSON.stringify(instellingen), 'utf8');
      argv.push('--variant', variantPad);
    }
    const r = await voerZioUit(...argv);
    if (r.code !== 0) throw new Error(`zio bereken faalde: ${r.fout}`);
    return cijfers(JSON.parse(readFileSync(uitPad, 'utf8')));
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
