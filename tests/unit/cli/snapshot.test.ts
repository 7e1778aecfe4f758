/**
 * Every figure of the CLI's JSON for the demo regio and each variant preset equals the committed
 * snapshot. After an intended change of the engine: `npx tsx scripts/maak-cli-snapshot.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCijfers, SNAPSHOT_MAP, SNAPSHOT_VARIANTEN } from '../../hulp/cli-cijfers';

describe('zio bereken op de demoregio: elk cijfer gelijk aan de snapshot', () => {
  for (const v of SNAPSHOT_VARIANTEN) {
    it(v.id, async () => {
      const verwacht = JSON.parse(readFileSync(join(SNAPSHOT_MAP, `${v.id}.json`), 'utf8')) as Record<string, number>;
      const werkelijk = await cliCijfers(v.instellingen);
      expect(Object.keys(werkelijk).length).toBeGreaterThan(1000);
      expect(werkelijk).toEqual(verwacht);
    });
  }
});
