/**
 * Regenerates the snapshot of every figure of the CLI's JSON for the demo regio and each variant
 * preset (tests/unit/cli/snapshot/*.json). Run after an intended change of the engine:
 * `npx tsx scripts/maak-cli-snapshot.ts`, then review the diff of the snapshot files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliCijfers, SNAPSHOT_MAP, SNAPSHOT_VARIANTEN } from '../tests/hulp/cli-cijfers';

mkdirSync(SNAPSHOT_MAP, { recursive: true });
for (const v of SNAPSHOT_VARIANTEN) {
  const c = await cliCijfers(v.instellingen);
  writeFileSync(join(SNAPSHOT_MAP, `${v.id}.json`), `${JSON.stringify(c, null, 1)}\n`, 'utf8');
  console.log(`${v.id}: ${Object.keys(c).length} cijfers`);
}
