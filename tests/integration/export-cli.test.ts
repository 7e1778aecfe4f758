/** The export commands on the command line: `zio exporteer` and `zio oogo`, for batch use. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { main } from '../../cli/main';
import { controleerFormules, open, tabelVanaf } from '../unit/export/hulp';

const map = mkdtempSync(join(tmpdir(), 'zio-export-cli-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));
const root = fileURLToPath(new URL('../../', import.meta.url));
const demoPad = join(root, 'resources/demo/demoregio.json');
const pakket = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

async function run(...argv: string[]) {
  const uit: string[] = [];
  const fout: string[] = [];
  const code = await main(argv, { uit: (t) => uit.push(t), fout: (t) => fout.push(t) });
  return { code, uit: uit.join('\n'), fout: fout.join('\n') };
}

const kleineAantallen = (wb: XLSX.WorkBook) => {
  const t = tabelVanaf(wb.Sheets.Leerlingen, 0);
  return t.rijen.map((r) => t.waarde(r, 'Aantal')).filter((v) => v === '<5' || (typeof v === 'number' && v < 5)).map((v) => typeof v);
};

describe('zio exporteer', () => {
  it('schrijft de werkmap van de standaardvariant; standaard zonder afscherming, en opnieuw in te lezen met zio bereken', async () => {
    const uit = join(map, 'berekening.xlsx');
    const r = await run('exporteer', demoPad, '--xlsx', uit);
    expect(r.fout).toBe('');
    expect(r.code).toBe(0);
    expect(r.uit).toContain(`Berekening van de standaardvariant voor Demoregio (fictief) geschreven naar ${uit}`);
    const wb = open(readFileSync(uit));
    expect(wb.SheetNames[0]).toBe('Toelichting');
    expect(wb.SheetNames.at(-1)).toBe('Ingroeipad');
    expect(XLSX.utils.sheet_to_csv(wb.Sheets.Toelichting)).toContain(`ZiO Collectieve Pot ${pakket.version}`);
    expect(new Set(kleineAantallen(wb))).toEqual(new Set(['number']));
    controleerFormules(wb);

    // The workbook is a regio: `bereken` on it gives the same result as on the JSON file.
    const viaJson = await run('bereken', demoPad);
    const viaWerkmap = await run('bereken', uit);
    expect(viaWerkmap.code).toBe(0);
    expect(viaWerkmap.uit).toBe(viaJson.uit);
  });

  it('met --variant, --scope en --kleine-aantallen ja', async () => {
    const variant = join(map, 'variant.json');
    writeFileSync(variant, JSON.stringify({ naam: 'Solidair', verdeelsleutel: { type: 'jeugdigen' } }));
    const uit = join(map, 'gedeeld.xlsx');
    const r = await run('exporteer', demoPad, '--variant', variant, '--scope', 'smal', '--kleine-aantallen', 'ja', '--xlsx', uit);
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Berekening van Solidair');
    expect(r.uit).toContain('Kleine aantallen zijn afgeschermd');
    const wb = open(readFileSync(uit));
    const toel = XLSX.utils.sheet_to_csv(wb.Sheets.Toelichting);
    expect(toel).toContain('Variant,Solidair');
    expect(toel).toContain('Scope,smal (5 taken)');
    expect(new Set(kleineAantallen(wb))).toEqual(new Set(['string']));
    // A shared workbook is refused as a regio, with the place of the first hidden count.
    const b = await run('bereken', uit);
    expect(b.code).toBe(1);
    expect(b.fout).toMatch(/Blad Leerlingen, rij \d+, kolom Aantal: verwacht een geheel getal ≥ 0, maar vond "<5"/);
  });

  it('fouten van de gebruiker: exit 1 met een Nederlandse melding, er wordt niets geschreven', async () => {
    const uit = join(map, 'nooit.xlsx');
    expect(await run('exporteer', demoPad)).toMatchObject({ code: 1, fout: expect.stringContaining('geef met --xlsx aan waar de werkmap moet komen') });
    expect(await run('exporteer', demoPad, '--xlsx', join(map, 'uit.ods'))).toMatchObject({ code: 1, fout: expect.stringContaining('--xlsx moet een .xlsx-bestand zijn') });
    expect(await run('exporteer', demoPad, '--xlsx', uit, '--kleine-aantallen', 'misschien')).toMatchObject({ code: 1, fout: 'Fout: --kleine-aantallen verwacht ja of nee, niet "misschien"' });
    expect(await run('exporteer', demoPad, '--xlsx', uit, '--scope', 'heel-breed')).toMatchObject({ code: 1, fout: expect.stringContaining('onbekende taak in --scope: heel-breed') });
    expect(await run('exporteer', join(map, 'bestaat-niet.json'), '--xlsx', uit)).toMatchObject({ code: 1, fout: `Bestand niet gevonden: ${join(map, 'bestaat-niet.json')}` });
    expect(await run('exporteer', demoPad, '--xlsx', join(map, 'geen-map', 'uit.xlsx'))).toMatchObject({ code: 1, fout: expect.stringContaining('Kan ') });
    expect(existsSync(uit)).toBe(false);
  });
});

describe('zio oogo', () => {
  it('schrijft het OOGO-rapport; standaard met kleine aantallen afgeschermd', async () => {
    const uit = join(map, 'oogo.xlsx');
    const r = await run('oogo', demoPad, '--swv', 'PO9901', '--xlsx', uit);
    expect(r.fout).toBe('');
    expect(r.code).toBe(0);
    expect(r.uit).toContain(`OOGO-rapport van PO9901 (5 gemeenten in het gebied) geschreven naar ${uit}`);
    expect(r.uit).toMatch(/Bespreekpunten:\n {2}1\. /);
    const wb = open(readFileSync(uit));
    expect(wb.SheetNames).toEqual(['Toelichting', 'Bespreekpunten', 'Gemeenten', 'Leerlingen', 'Zorgkosten (norm)', 'Routes', 'Samenwerkingsverband', 'TLV']);
    expect(XLSX.utils.sheet_to_csv(wb.Sheets.Toelichting)).toContain('afgeschermd (voor delen)');
    expect(XLSX.utils.sheet_to_csv(wb.Sheets.Leerlingen)).toContain('<5');
    controleerFormules(wb);
    const open_ = join(map, 'oogo-open.xlsx');
    expect((await run('oogo', demoPad, '--swv', 'PO9901', '--kleine-aantallen', 'nee', '--xlsx', open_)).code).toBe(0);
    expect(XLSX.utils.sheet_to_csv(open(readFileSync(open_)).Sheets.Leerlingen)).not.toContain('<5');
  });

  it('zonder of met een onbekend --swv: exit 1 met de bekende codes', async () => {
    const uit = join(map, 'oogo-fout.xlsx');
    expect(await run('oogo', demoPad, '--xlsx', uit)).toMatchObject({ code: 1, fout: 'Fout: geef met --swv het samenwerkingsverband op (bekend: PO9901, PO9902, VO9901, VO9902)' });
    expect(await run('oogo', demoPad, '--swv', 'PO0000', '--xlsx', uit)).toMatchObject({ code: 1, fout: 'Fout: onbekend samenwerkingsverband "PO0000"; bekend: PO9901, PO9902, VO9901, VO9902' });
    expect(existsSync(uit)).toBe(false);
  });

  it('npm run zio -- oogo werkt als los proces (batch)', () => {
    const uit = join(map, 'oogo-proces.xlsx');
    const p = spawnSync(process.execPath, ['--import', 'tsx', 'cli/zio.ts', 'oogo', demoPad, '--swv', 'VO9901', '--xlsx', uit], { encoding: 'utf8', cwd: root });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    expect(existsSync(uit)).toBe(true);
  });
});
