/** The command line with workbooks: `zio bereken <regio.xlsx|.ods>` and `zio sjabloon`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { leesWerkmap, maakSjabloon } from '../../core/excel';
import { voerZioUit } from '../hulp/cli';
import demoJson from '../../resources/demo/demoregio.json';

const map = mkdtempSync(join(tmpdir(), 'zio-excel-cli-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));
const root = fileURLToPath(new URL('../../', import.meta.url));
const demoPad = join(root, 'resources/demo/demoregio.json');

function schrijf(naam: string, inhoud: string | Uint8Array): string {
  const pad = join(map, naam);
  writeFileSync(pad, inhoud);
  return pad;
}

const run = voerZioUit;

/** The demo template with one cell changed, as .xlsx. */
function demoMetCel(blad: string, adres: string, waarde: string | number): Buffer {
  const wb = XLSX.read(maakSjabloon(demoJson as never));
  XLSX.utils.sheet_add_aoa(wb.Sheets[blad], [[waarde]], { origin: adres });
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('zio bereken met een werkmap', () => {
  it.each([
    ['xlsx', () => maakSjabloon(demoJson as never)],
    ['ods', () => maakSjabloon(demoJson as never, 'ods')],
  ])('een .%s geeft dezelfde uitkomst en hetzelfde JSON-resultaat als het regio-bestand', async (ext, maak) => {
    const werkmap = schrijf(`demo.${ext}`, maak());
    const jsonUit = join(map, `uit-json-${ext}.json`);
    const werkmapUit = join(map, `uit-werkmap-${ext}.json`);
    const viaJson = await run('bereken', demoPad, '--json', jsonUit);
    const viaWerkmap = await run('bereken', werkmap, '--json', werkmapUit);
    expect(viaWerkmap.fout).toBe('');
    expect(viaWerkmap.code).toBe(0);
    expect(viaJson.code).toBe(0);
    expect(viaWerkmap.uit).toContain('Regio: Demoregio (fictief)');
    expect(viaWerkmap.uit).toMatch(/Zorgkosten \(norm\) totaal: € \d{1,3}(\.\d{3})+ per jaar/);
    expect(viaWerkmap.uit.replaceAll(werkmapUit, '…')).toBe(viaJson.uit.replaceAll(jsonUit, '…'));
    expect(readFileSync(werkmapUit, 'utf8')).toBe(readFileSync(jsonUit, 'utf8'));
  });

  it('een foute .xlsx: exit 1 met blad, rij, kolom en melding', async () => {
    const pad = schrijf('fout.xlsx', demoMetCel('Leerlingen', 'D12', 'twaalf'));
    const r = await run('bereken', pad);
    expect(r.code).toBe(1);
    expect(r.uit).toBe('');
    expect(r.fout).toBe(`${pad} is geen geldig regio-bestand (1 probleem):\nBlad Leerlingen, rij 12, kolom Aantal: verwacht een geheel getal ≥ 0, maar vond "twaalf"`);
  });

  it('een foute .ods met een verwijzing naar een onbekende school: exit 1', async () => {
    const wb = XLSX.read(maakSjabloon(demoJson as never));
    XLSX.utils.sheet_add_aoa(wb.Sheets.Leerlingen, [['S99']], { origin: 'A5' });
    const pad = schrijf('fout.ods', XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer);
    const r = await run('bereken', pad);
    expect(r.code).toBe(1);
    expect(r.fout).toContain('Blad Leerlingen, rij 5, kolom School: onbekende schoolcode S99 (staat niet op blad Scholen)');
  });

  it('een PNG met extensie .xlsx, een CSV en een ontbrekend bestand: exit 1 met een Nederlandse melding', async () => {
    const png = schrijf('plaatje.xlsx', Buffer.from('89504e470d0a1a0a0000000d4948445200', 'hex'));
    expect(await run('bereken', png)).toMatchObject({ code: 1, fout: expect.stringContaining('Bestand plaatje.xlsx: dit is een afbeelding (PNG), geen werkmap') });
    const csv = schrijf('leerlingen.csv', 'School;Woongemeente;Doelgroep;Aantal\n');
    expect(await run('bereken', csv)).toMatchObject({ code: 1, fout: expect.stringContaining('een CSV-bestand bevat één tabel, geen hele regio') });
    expect(await run('bereken', join(map, 'bestaat-niet.xlsx'))).toMatchObject({ code: 1, fout: `Bestand niet gevonden: ${join(map, 'bestaat-niet.xlsx')}` });
  });

  it('een regio-bestand (.json) met BOM, zoals Kladblok het opslaat, wordt ook gelezen', async () => {
    const pad = schrijf('bom.json', `\ufeff${JSON.stringify(demoJson)}`);
    const r = await run('bereken', pad);
    expect(r.fout).toBe('');
    expect(r.code).toBe(0);
  });

  it('werkt als echt proces: node --import tsx cli/zio.ts bereken regio.xlsx', () => {
    const goed = schrijf('proces.xlsx', maakSjabloon(demoJson as never));
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'cli/zio.ts', 'bereken', goed, '--scope', 'smal'], { cwd: root, encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Scope: smal (5 taken)');

    const slecht = schrijf('proces-fout.xlsx', demoMetCel('Zorgverzekeraars', 'B2', '50%'));
    const fout = spawnSync(process.execPath, ['--import', 'tsx', 'cli/zio.ts', 'bereken', slecht], { cwd: root, encoding: 'utf8' });
    expect(fout.status).toBe(1);
    expect(fout.stderr).toContain('Blad Zorgverzekeraars, kolom Marktaandeel: de marktaandelen moeten samen 1 (100%) zijn, maar zijn samen 0,88');
  });
});

describe('zio sjabloon', () => {
  it('schrijft een leeg sjabloon', async () => {
    const uit = join(map, 'leeg.xlsx');
    const r = await run('sjabloon', uit);
    expect(r).toMatchObject({ code: 0, fout: '', uit: `Leeg sjabloon geschreven naar ${uit}` });
    const wb = XLSX.read(readFileSync(uit));
    expect(wb.SheetNames).toContain('Leerlingen');
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Leerlingen)).toHaveLength(0);
  });

  it('schrijft met --regio een gevuld sjabloon dat de regio exact teruggeeft, ook als .ods', async () => {
    for (const naam of ['gevuld.xlsx', 'gevuld.ods']) {
      const uit = join(map, naam);
      const r = await run('sjabloon', uit, '--regio', demoPad);
      expect(r).toMatchObject({ code: 0, fout: '', uit: `Sjabloon met de gegevens van Demoregio (fictief) geschreven naar ${uit}` });
      const terug = leesWerkmap(readFileSync(uit), naam);
      expect(terug.ok && terug.waarde).toStrictEqual(demoJson);
    }
  });

  it('weigert een andere extensie en een fout regio-bestand met exit 1', async () => {
    expect(await run('sjabloon', join(map, 'uit.csv'))).toMatchObject({ code: 1, fout: `Fout: het sjabloon wordt een .xlsx- of .ods-bestand; ${join(map, 'uit.csv')} heeft extensie .csv` });
    const slecht = schrijf('slecht.json', '{"formaat": "zio-regio"');
    const r = await run('sjabloon', join(map, 'niet.xlsx'), '--regio', slecht);
    expect(r.code).toBe(1);
    expect(r.fout).toContain(`${slecht} is geen geldig regio-bestand`);
    expect(await run('sjabloon')).toMatchObject({ code: 1, fout: 'Fout: "sjabloon" verwacht <uit.xlsx>' });
  });

  it('staat in de hulptekst', async () => {
    const r = await run('help');
    expect(r.uit).toContain('zio sjabloon <uit.xlsx> [opties]');
  });
});
