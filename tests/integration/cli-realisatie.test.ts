/**
 * `zio bereken --json` with the realisatie of rekenmodel-v2 §9–§10: top-level prijspeil, kalibratie
 * and ingroeipad `[{jaar, perGemeente}]`, herverdeeleffect per route, and `bijdragen[].huidig` is the
 * realisatie where the rekenbasis is realisatie. The document satisfies the published schema.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BehoefteUitvoerSchema } from '../../shared/engine';
import demoJson from '../../resources/demo/demoregio.json';
import { voerZioUit } from '../hulp/cli';

const map = mkdtempSync(join(tmpdir(), 'zio-cli-realisatie-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

function schrijf(naam: string, inhoud: unknown): string {
  const pad = join(map, naam);
  writeFileSync(pad, JSON.stringify(inhoud), 'utf8');
  return pad;
}

const regio = {
  ...demoJson,
  versie: 3,
  prijspeil: { jaar: 2026, index: { '2025': 1.12, '2026': 1.15 } },
  realisatie: [
    { financier: 'gemeente:GM9901', kader: 'jeugdwet', jaar: 2025, bedrag: 3_000_000 },
    { financier: 'gemeente:GM9902', kader: 'jeugdwet', jaar: 2025, bedrag: 600_000 },
    { financier: 'gemeente:GM9903', kader: 'jeugdwet', jaar: 2025, bedrag: 500_000 },
    { financier: 'zorgkantoor', kader: 'wlz', jaar: 2025, bedrag: 2_500_000 },
  ],
};

describe('zio bereken met realisatie, prijspeil en ingroei', () => {
  it('schrijft prijspeil, kalibratie, herverdeeleffect en ingroeipad; huidig is de realisatie', async () => {
    const variant = { rekenbasis: 'realisatie', verdeelsleutel: { type: 'jeugdigen' }, ingroei: { jaren: 3, maxNadeelPerInwoner: 15 } };
    const uit = join(map, 'uit.json');
    const r = await voerZioUit('bereken', schrijf('regio.json', regio), '--variant', schrijf('variant.json', variant), '--json', uit);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toContain('Rekenbasis: de realisatie (wat de regio werkelijk uitgaf); alle bedragen in prijspeil 2026');
    const doc = JSON.parse(readFileSync(uit, 'utf8'));
    expect(BehoefteUitvoerSchema.safeParse(doc).success).toBe(true);
    expect(doc.prijspeil).toEqual({ jaar: 2026, factor: 1.15, index: { '2025': 1.12, '2026': 1.15 } });
    expect(doc.kalibratie.map((k: { financier: string; kader: string }) => `${k.financier} ${k.kader}`)).toEqual(['gemeente:GM9901 jeugdwet', 'gemeente:GM9902 jeugdwet', 'gemeente:GM9903 jeugdwet', 'zorgkantoor wlz']);
    // Today of the zorgkantoor is its realisatie at prijspeil 2026: 2.500.000 × 1,15 / 1,12.
    const huidigZk = doc.routes.integraal.bijdragen.find((b: { financier: string }) => b.financier === 'zorgkantoor').huidig;
    expect(huidigZk).toBeCloseTo((2_500_000 * 1.15) / 1.12, 1);
    const jeugd = doc.kalibratie[0];
    expect(jeugd.realisatie).toBeCloseTo((3_000_000 * 1.15) / 1.12, 1);
    expect(jeugd.factor).toBeCloseTo(jeugd.realisatie / jeugd.norm, 5);
    // The ingroeipad: years from 1, every participating in-regio gemeente, the same sum every year.
    expect(doc.ingroeipad[0].jaar).toBe(1);
    const sommen = doc.ingroeipad.map((j: { perGemeente: Record<string, number> }) => Object.values(j.perGemeente).reduce((a, b) => a + b, 0));
    for (const s of sommen) expect(Math.abs(s - sommen[0])).toBeLessThan(1);
    expect(Object.keys(doc.ingroeipad[0].perGemeente)).toEqual(expect.arrayContaining(['gemeente:GM9901', 'gemeente:GM9902']));
    expect(doc.herverdeeleffect.gemeenteroute.length).toBeGreaterThan(0);
    expect(typeof doc.ingroeipadVoltooid).toBe('boolean');
  });

  it('weigert een realisatie over een jaar zonder prijsindex, met het jaar in de melding', async () => {
    const fout = { ...regio, realisatie: [{ financier: 'ggd', kader: 'wpg', jaar: 2024, bedrag: 1 }] };
    const r = await voerZioUit('bereken', schrijf('fout.json', fout));
    expect(r.code).not.toBe(0);
    expect(r.fout).toMatch(/indexfactor van 2024 ontbreekt/);
  });
});
