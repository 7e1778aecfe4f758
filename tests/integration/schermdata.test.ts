import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landelijkeRegio } from '../../bench/landelijk';
import { startHost } from '../../core/host/server';
import { GROOTSTE_BIJDRAGEN, type EvaluatieWeergave } from '../../shared/engine/evaluatie-weergave';
import type { BehoefteSchool, SchoolFormatie } from '../../shared/engine';
import type { BehoefteWeergave } from '../../shared/engine/behoefte-weergave';

const TOKEN = 'test-sleutel-schermdata-0123';
const MB = 1024 * 1024;

/**
 * What one variant change sends at national scale (516 schools, 344 gemeenten), through the browser
 * host as the screens ask for it: the key figures and the visible tab's parts, each under 1 MB.
 */
describe('antwoorden van de browser-host op landelijke schaal', () => {
  let map: string;
  let server: Server;
  let basis: string;
  let regioId: number;

  const post = async (op: string, invoer: unknown): Promise<{ bytes: number; data: unknown }> => {
    const r = await fetch(`${basis}/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `zio_token_${new URL(basis).port}=${TOKEN}` }, body: JSON.stringify(invoer) });
    const tekst = await r.text();
    const antwoord = JSON.parse(tekst) as { ok: boolean; data: unknown; fout?: unknown };
    expect(antwoord.ok, JSON.stringify(antwoord.fout)).toBe(true);
    return { bytes: Buffer.byteLength(tekst), data: antwoord.data };
  };

  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), 'zio-schermdata-'));
    mkdirSync(join(map, 'renderer'));
    writeFileSync(join(map, 'renderer', 'index.html'), '<!doctype html><title>ZiO</title>');
    ({ server } = await startHost({ port: 0, dataMap: join(map, 'data'), rendererMap: join(map, 'renderer'), token: TOKEN }));
    basis = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const inhoud = Buffer.from(JSON.stringify(landelijkeRegio())).toString('base64');
    regioId = ((await post('regioImporteren', { bestandsnaam: 'landelijk.json', inhoud, doel: { soort: 'nieuw' } })).data as { regioId: number }).regioId;
  }, 120_000);

  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(map, { recursive: true, force: true });
  });

  // A variant change: one gemeente leaves, the scope narrows.
  const variant = { scope: 'smal', deelname: { 'gemeente:G5': false } };

  it.each([
    ['de kerncijfers (Kerncijfers, Geldstromen, Pot per scope)', [], 150 * 1024],
    ['de bijdragen per financier', ['bijdragen'], MB],
    ['budget en formatie per school', ['scholen'], MB],
    ['beide (Varianten vergelijken)', ['bijdragen', 'scholen'], MB],
  ])('stuurt bij een variantwijziging voor %s minder dan de grens', async (_naam, delen, grens) => {
    const { bytes, data } = await post('evaluatie', { regioId, variant, delen });
    const ev = data as EvaluatieWeergave;
    expect(bytes).toBeLessThan(grens);
    expect(ev.delen).toEqual(delen);
    expect(ev.routes.gemeenteroute.pot.totaal).toBeGreaterThan(0);
    // What was not asked for is not sent.
    expect(ev.financiers.length > 0).toBe(delen.includes('bijdragen'));
    expect(ev.pot.perSchool.length > 0).toBe(delen.includes('scholen'));
    expect(ev.formatie.length > 0).toBe(delen.includes('scholen'));
  }, 60_000);

  it('stuurt het Overzicht samengevat: de behoefte per scope met één regel per school en alleen de grootste bijdragen', async () => {
    for (const scope of ['breed', 'medium', 'smal']) {
      const { bytes, data } = await post('behoefte', { regioId, scope });
      expect(bytes).toBeLessThan(400 * 1024);
      expect((data as BehoefteWeergave).perSchool).toHaveLength(516);
    }
    const { bytes, data } = await post('evaluatie', { regioId, variant: {}, delen: ['grootsteBijdragen'] });
    expect(bytes).toBeLessThan(150 * 1024);
    expect((data as EvaluatieWeergave).financiers).toHaveLength(GROOTSTE_BIJDRAGEN);
    const school = await post('behoefteSchool', { regioId, scope: 'breed', school: 'S1' });
    expect((school.data as BehoefteSchool).perWoongemeente.length).toBeGreaterThan(0);
  }, 60_000);

  it('stuurt bij een variantwijziging op Geldstromen en Scholen de evaluatie en het detail van het tabblad in één antwoord, gelijk aan de losse antwoorden', async () => {
    const sankey = { route: 'gemeenteroute', max: 12, gemarkeerd: null };
    const samen = await post('evaluatieMetDetail', { regioId, variant, delen: ['scholen'], geldstromen: [{ ...sankey, deel: 'pot' }, { ...sankey, deel: 'buiten' }], formatie: ['S1'] });
    expect(samen.bytes).toBeLessThan(MB);
    const { evaluatie, geldstromen, formatie } = samen.data as { evaluatie: EvaluatieWeergave; geldstromen: unknown[]; formatie: unknown[] };
    expect(evaluatie).toEqual((await post('evaluatie', { regioId, variant, delen: ['scholen'] })).data);
    expect(geldstromen).toEqual([(await post('geldstromen', { regioId, variant, ...sankey, deel: 'pot' })).data, (await post('geldstromen', { regioId, variant, ...sankey, deel: 'buiten' })).data]);
    expect(formatie).toEqual([(await post('formatie', { regioId, variant, school: 'S1' })).data]);
  }, 60_000);

  it('stuurt de formatie per professional alleen van de geopende school', async () => {
    const { bytes, data } = await post('formatie', { regioId, variant, school: 'S1' });
    const f = data as SchoolFormatie[];
    expect(f.map((x) => x.school)).toEqual(['S1']);
    expect(Object.keys(f[0].perProfessional).length).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(10 * 1024);
  }, 60_000);
});
