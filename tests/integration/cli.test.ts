import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { voerZioUit } from '../hulp/cli';
import { DOELGROEPEN, KADERS } from '../../shared/domain/labels';
import { BehoefteUitvoerSchema, deriveNormenset, NORMEN_LANDELIJK } from '../../shared/engine';

const map = mkdtempSync(join(tmpdir(), 'zio-cli-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));
const root = fileURLToPath(new URL('../../', import.meta.url));

function regio() {
  return {
    formaat: 'zio-regio',
    versie: 1,
    regio: { naam: 'Testregio West' },
    gemeenten: [
      { code: 'GM0001', naam: 'Aastad', inwoners0tot17: 12000, inRegio: true, centrumgemeente: true },
      { code: 'GM0002', naam: 'Bedorp', inwoners0tot17: 3000, inRegio: true },
      { code: 'GM0003', naam: 'Elders', inwoners0tot17: 5000, inRegio: false },
    ],
    samenwerkingsverbanden: [{ code: 'PO01', naam: 'SWV PO West', type: 'po' }],
    scholen: [
      { code: 'S1', naam: 'De Brug', vestigingsgemeente: 'GM0001', swv: 'PO01', sector: 'so' },
      { code: 'S2', naam: 'Het Anker', vestigingsgemeente: 'GM0002', swv: 'PO01', sector: 'so-vso' },
    ],
    leerlingen: [
      { school: 'S1', woongemeente: 'GM0001', doelgroep: 'gedrag', aantal: 60 },
      { school: 'S1', woongemeente: 'GM0002', doelgroep: 'gedrag', aantal: 15 },
      { school: 'S2', woongemeente: 'GM0002', doelgroep: 'emb', aantal: 12 },
      { school: 'S2', woongemeente: 'GM0003', doelgroep: 'lb', aantal: 8 },
    ],
    zorgkantoor: { naam: 'Zorgkantoor West' },
    zorgverzekeraars: [{ naam: 'Zorgverzekeraars', marktaandeel: 1 }],
    inventarisaties: [{ school: 'S2', professional: 'fysiotherapeut', fte: 1.5 }],
  };
}

function schrijf(naam: string, inhoud: unknown): string {
  const pad = join(map, naam);
  writeFileSync(pad, typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud), 'utf8');
  return pad;
}

const run = voerZioUit;

describe('zio bereken', () => {
  it('computes a valid regio, prints a Dutch summary and writes the JSON contract', async () => {
    const invoer = schrijf('goed.json', regio());
    const jsonPad = join(map, 'uit.json');
    const r = await run('bereken', invoer, '--scope', 'medium', '--json', jsonPad);
    expect(r.fout).toBe('');
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Regio: Testregio West');
    expect(r.uit).toContain('Scope: medium (8 taken)');
    expect(r.uit).toContain('Leerlingen: 95 op 2 scholen');
    expect(r.uit).toMatch(/Zorgkosten \(norm\) totaal: € \d{1,3}(\.\d{3})+ per jaar/);
    expect(r.uit).toMatch(/S2 \*\s+Het Anker/);

    const doc = JSON.parse(readFileSync(jsonPad, 'utf8'));
    expect(BehoefteUitvoerSchema.safeParse(doc).success).toBe(true);
    expect(doc.scope.naam).toBe('medium');
    expect(doc.behoefte.perSchool.map((s: { school: string; inventarisatie: boolean }) => [s.school, s.inventarisatie])).toEqual([
      ['S1', false],
      ['S2', true],
    ]);
    const s1 = doc.behoefte.perSchool[0];
    expect(s1.perWoongemeente.map((g: { gemeente: string }) => g.gemeente)).toEqual(['GM0001', 'GM0002']);
    // The printed total is the JSON total formatted nl-NL.
    const totaal = Math.round(doc.behoefte.totaal).toLocaleString('nl-NL');
    expect(r.uit).toContain(`Zorgkosten (norm) totaal: € ${totaal} per jaar`);
    // Gedrag pupils cost less than EMB pupils per head.
    expect(s1.totaal / 75).toBeLessThan(doc.behoefte.perSchool[1].totaal / 20);
  });

  it('accepts a list of tasks as scope and calls it maatwerk', async () => {
    const r = await run('bereken', schrijf('goed2.json', regio()), '--scope=behandeling,paramedisch');
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Scope: maatwerk (2 taken)');
    expect(r.uit).toContain('  - paramedisch: Paramedische zorg/ondersteuning (groep A)');
  });

  it('reports every problem of a bad file with its JSON path, in Dutch, and exits 1', async () => {
    const slecht = regio();
    slecht.leerlingen[1].aantal = -3;
    slecht.inventarisaties[0].professional = 'tandarts';
    const r = await run('bereken', schrijf('slecht.json', slecht));
    expect(r.code).toBe(1);
    expect(r.uit).toBe('');
    expect(r.fout).toContain('$.leerlingen[1].aantal: mag niet negatief zijn');
    const ref = regio();
    ref.inventarisaties[0].professional = 'tandarts';
    const r2 = await run('bereken', schrijf('slecht2.json', ref));
    expect(r2.code).toBe(1);
    expect(r2.fout).toContain('$.inventarisaties[0].professional: onbekende professional tandarts');
  });

  it('rejects invalid JSON, a missing file, an unknown option and an unknown task', async () => {
    const kapot = await run('bereken', schrijf('kapot.json', '{"formaat": "zio-regio",'));
    expect(kapot.code).toBe(1);
    expect(kapot.fout).toMatch(/^.*geen geldig regio-bestand[\s\S]*\$: geen geldige JSON/);

    const weg = await run('bereken', join(map, 'bestaat-niet.json'));
    expect(weg).toMatchObject({ code: 1 });
    expect(weg.fout).toContain('Bestand niet gevonden');

    const optie = await run('bereken', schrijf('goed3.json', regio()), '--snel');
    expect(optie.code).toBe(1);
    expect(optie.fout).toContain('onbekende optie --snel');

    const taak = await run('bereken', schrijf('goed4.json', regio()), '--scope', 'behandeling,tandarts');
    expect(taak.code).toBe(1);
    expect(taak.fout).toContain('onbekende taak in --scope: tandarts');

    expect((await run('opruimen')).code).toBe(1);
    expect((await run()).fout).toContain('geef een opdracht op');
    expect((await run('help')).code).toBe(0);
  });

  it('works as a real process: node --import tsx cli/zio.ts', () => {
    const goed = schrijf('proces.json', regio());
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'cli/zio.ts', 'bereken', goed, '--scope', 'smal'], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Scope: smal (5 taken)');

    const slecht = regio() as Record<string, unknown>;
    delete slecht.zorgkantoor;
    const fout = spawnSync(process.execPath, ['--import', 'tsx', 'cli/zio.ts', 'bereken', schrijf('proces-slecht.json', slecht)], { cwd: root, encoding: 'utf8' });
    expect(fout.status).toBe(1);
    expect(fout.stderr).toContain('$.zorgkantoor: ontbreekt (verplicht veld)');
  });
});

describe('zio bereken: landelijke regio per sector (rekenmodel v2 §11)', () => {
  it('gives onderwijs 58% in the so school and 74% in the vso school, and tabel 2.5 per kader', async () => {
    const ns = deriveNormenset();
    const school = (code: string, sector: 'so' | 'vso') => ({ code, naam: `Nederland ${sector}`, vestigingsgemeente: 'NL', swv: 'SWV', sector });
    const landelijk = {
      ...regio(),
      regio: { naam: 'Nederland per sector' },
      gemeenten: [{ code: 'NL', naam: 'Nederland', inwoners0tot17: 3_400_000, inRegio: true, centrumgemeente: true }],
      samenwerkingsverbanden: [{ code: 'SWV', naam: 'Alle samenwerkingsverbanden', type: 'po' }],
      scholen: [school('SO', 'so'), school('VSO', 'vso')],
      // 42% so and 58% vso in the national doelgroep mix, whole pupils.
      leerlingen: DOELGROEPEN.flatMap((d, i) => [
        { school: 'SO', woongemeente: 'NL', doelgroep: d, aantal: Math.round(ns.leerlingen * ns.w[i] * 0.42) },
        { school: 'VSO', woongemeente: 'NL', doelgroep: d, aantal: Math.round(ns.leerlingen * ns.w[i] * 0.58) },
      ]),
      inventarisaties: [],
    };
    const jsonPad = join(map, 'landelijk-uit.json');
    const r = await run('bereken', schrijf('landelijk.json', landelijk), '--json', jsonPad);
    expect(r.fout).toBe('');
    expect(r.code).toBe(0);
    expect(r.uit).toMatch(/SO\s+Nederland so\s+so\s+.*\s5[78],\d%/);
    expect(r.uit).toMatch(/VSO\s+Nederland vso\s+vso\s+.*\s7[34],\d%/);
    const doc = JSON.parse(readFileSync(jsonPad, 'utf8'));
    const [so, vso] = doc.behoefte.perSchool;
    expect(Math.abs(so.perKader.onderwijs / so.totaal - 0.58)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(vso.perKader.onderwijs / vso.totaal - 0.74)).toBeLessThanOrEqual(0.01);
    for (const k of KADERS) {
      const gepubliceerd = NORMEN_LANDELIJK.tabellen.kostenKader.rijen.find((x) => x.kader === k)!.breed * 1e6;
      expect(Math.abs(doc.behoefte.perKader[k] / gepubliceerd - 1), k).toBeLessThan(0.005);
    }
  });
});

describe('zio bereken --variant', () => {
  const variant = {
    formaat: 'zio-variant',
    naam: 'Zonder Bedorp',
    scope: 'medium',
    deelname: { 'gemeente:GM0002': false },
    nietDeelnemers: 'vestigingsgemeente',
    verdeelsleutel: { type: 'jeugdigen' },
    uitvoeringskostenPct: { gemeenteroute: 2 },
  };

  it('computes the four routes, prints them per route and writes routes and variant to the JSON contract', async () => {
    const jsonPad = join(map, 'uit-variant.json');
    const r = await run('bereken', schrijf('v-regio.json', regio()), '--variant', schrijf('variant.json', variant), '--json', jsonPad);
    expect(r.fout).toBe('');
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Scope: medium (8 taken)');
    expect(r.uit).toContain('Variant: Zonder Bedorp');
    expect(r.uit).toContain('Doet niet mee: Bedorp');
    // Bedorp's pupils at Het Anker (in Bedorp itself) cannot be paid by their vestigingsgemeente.
    expect(r.uit).toMatch(/Let op: De vestigingsgemeente van Het Anker \(Bedorp\) doet niet mee/);
    expect(r.uit).toMatch(/Gemeenteroute\s+Aastad\s+€ [\d.]+\s+\d+\s+\d+,\d \/ \d+\s+€ [\d.]+/);
    expect(r.uit).toMatch(/Onderwijsroute\s+SWV PO West/);
    expect(r.uit).toContain('Grootste bijdragen, Gemeenteroute, inclusief 2,0% uitvoeringskosten:');

    const doc = JSON.parse(readFileSync(jsonPad, 'utf8'));
    const check = BehoefteUitvoerSchema.safeParse(doc);
    expect(check.success).toBe(true);
    expect(doc.variant).toMatchObject({ naam: 'Zonder Bedorp', centrumgemeente: 'GM0001', verdeelsleutel: { type: 'jeugdigen' } });
    const g = doc.routes.gemeenteroute;
    expect(g.budgethouders.map((h: { partij: string }) => h.partij)).toEqual(['gemeente:GM0001']);
    const bedorp = g.bijdragen.find((b: { financier: string }) => b.financier === 'gemeente:GM0002');
    expect(bedorp.bedrag).toBe(0);
    expect(bedorp.individueel).toBeGreaterThan(0);
    // Contributions = pot + 2% uitvoeringskosten (to the cent, up to rounding of each line).
    const som = g.bijdragen.reduce((s: number, b: { bedrag: number }) => s + b.bedrag, 0);
    expect(Math.abs(som - g.pot.totaal * 1.02)).toBeLessThan(0.01 * g.bijdragen.length);
    expect(doc.routes.huidig.stromen.every((s: { soort: string }) => s.soort === 'individueel')).toBe(true);
    // The printed pot is the JSON pot.
    expect(r.uit).toContain(`Gemeenteroute     Aastad`);
    expect(r.uit).toContain(`€ ${Math.round(g.pot.totaal).toLocaleString('nl-NL')}`);
  });

  it('lets --scope go before the scope of the variant', async () => {
    const r = await run('bereken', schrijf('v-regio2.json', regio()), '--variant', schrijf('variant2.json', variant), '--scope', 'smal');
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Scope: smal (5 taken)');
  });

  it('reports every problem of a bad variant file with its JSON path, in Dutch, and exits 1', async () => {
    const invoer = schrijf('v-regio3.json', regio());
    const schema = await run('bereken', invoer, '--variant', schrijf('slecht-variant.json', { potKaders: ['jeugdwet', 'tandzorg'], verdeelsleutel: { type: 'mix', alpha: 2 } }));
    expect(schema.code).toBe(1);
    expect(schema.uit).toBe('');
    expect(schema.fout).toContain('slecht-variant.json is geen geldig variant-bestand (2 problemen):');
    expect(schema.fout).toContain('$.potKaders[1]: moet een van');
    expect(schema.fout).toContain('$.verdeelsleutel.alpha: mag hoogstens 1 zijn');

    const ref = await run('bereken', invoer, '--variant', schrijf('slecht-variant2.json', { centrumgemeente: 'GM0003', deelname: { 'gemeente:GM0009': false }, onderwijsroute: { budgethouder: 'penvoerder', penvoerder: 'PO99' } }));
    expect(ref.code).toBe(1);
    expect(ref.fout).toContain('$.deelname["gemeente:GM0009"]: onbekende gemeentecode GM0009');
    expect(ref.fout).toContain('$.centrumgemeente: gemeente GM0003 ligt buiten de regio en kan geen centrumgemeente zijn');
    expect(ref.fout).toContain('$.onderwijsroute.penvoerder: onbekend samenwerkingsverband PO99');

    const kapot = await run('bereken', invoer, '--variant', schrijf('kapot-variant.json', '{"naam": '));
    expect(kapot.code).toBe(1);
    expect(kapot.fout).toMatch(/\$: geen geldige JSON/);

    const weg = await run('bereken', invoer, '--variant', join(map, 'geen-variant.json'));
    expect(weg.code).toBe(1);
    expect(weg.fout).toContain('Variant-bestand niet gevonden');
  });

  it('computes the standard variant without --variant', async () => {
    const r = await run('bereken', schrijf('v-regio4.json', regio()));
    expect(r.code).toBe(0);
    expect(r.uit).toContain('Variant: standaard (rekenmodel)');
    expect(r.uit).toContain('Pot-kaders: Jeugdwet, Zvw, Wlz, Wmo; onderwijsbijdrage 0,0%');
  });
});
