/**
 * The command line reads files in the import worker with the app's limits: a workbook without an
 * extension is recognised, and a regio-bestand with hundreds of thousands of errors prints a
 * bounded list (it used to print 320 MB and crash Node when stderr was a pipe).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { maakSjabloon } from '../../core/excel';
import { voerZioUit } from '../hulp/cli';
import demoJson from '../../resources/demo/demoregio.json';

const map = mkdtempSync(join(tmpdir(), 'zio-import-cli-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));
const root = fileURLToPath(new URL('../../', import.meta.url));

function schrijf(naam: string, inhoud: string | Uint8Array): string {
  const pad = join(map, naam);
  writeFileSync(pad, inhoud);
  return pad;
}

describe('zio bereken leest bestanden zoals de app', () => {
  it('een werkmap zonder extensie wordt herkend aan de inhoud', async () => {
    const r = await voerZioUit('bereken', schrijf('regio-zonder-extensie', maakSjabloon(demoJson as never)));
    expect(r.fout).toBe('');
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Regio: Demoregio (fictief)');
  });

  it('een regio-bestand met 60.000 fouten geeft er 500, met een telling van de rest, ook als echt proces met een pipe', { timeout: 90_000 }, () => {
    const leerlingen = Array.from({ length: 30_000 }, () => ({ school: 'S01', woongemeente: 'GM9901', doelgroep: 'x', aantal: -1 }));
    const pad = schrijf('fouten.json', JSON.stringify({ ...demoJson, leerlingen }));
    const p = spawnSync(process.execPath, ['--import', 'tsx', 'cli/zio.ts', 'bereken', pad], { cwd: root, encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 });
    expect(p.status).toBe(1);
    const regels = p.stderr.trimEnd().split('\n');
    expect(regels[0]).toBe(`${pad} is geen geldig regio-bestand (500 problemen):`);
    expect(regels).toHaveLength(501);
    expect(regels[500]).toMatch(/^Bestand: en nog [\d.]+ problemen; los eerst deze op en importeer opnieuw$/);
    expect(p.stderr.length).toBeLessThan(100_000);
  });
});
