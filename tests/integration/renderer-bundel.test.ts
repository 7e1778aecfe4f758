import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwRenderer, type Bundel } from '../../bench/bundel';

/**
 * The production build of the renderer is lean: minified, every screen and the big libraries in
 * chunks of their own that load when needed, and none of the Node-side data (the normen set).
 */
describe('de bundel van de renderer', () => {
  let map: string;
  let bundel: Bundel;
  const inhoud = (bestand: string) => readFileSync(join(map, 'assets', bestand), 'utf8');

  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), 'zio-bundel-'));
    bundel = await bouwRenderer(map);
  }, 120_000);
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('laadt bij de start hooguit 1 MB JavaScript, zonder grafieken, zod of SheetJS', () => {
    expect(bundel.initieelBytes).toBeLessThanOrEqual(1024 * 1024);
    const initieel = bundel.brokken.filter((b) => b.initieel).map((b) => inhoud(b.bestand)).join('\n');
    expect(initieel).not.toMatch(/zrender|ZodError|SheetJS/);
  });

  it('heeft per scherm een eigen brok dat pas laadt als het getoond wordt; het eerste scherm (Overzicht) zit in de start', () => {
    for (const scherm of ['Regio', 'Vergelijken', 'Oogo', 'Ontwerptafel', 'Bronnen']) {
      const brok = bundel.brokken.find((b) => b.bestand.startsWith(`${scherm}-`));
      expect(brok, scherm).toBeDefined();
      expect(brok!.initieel, scherm).toBe(false);
    }
    // The Overzicht's own text is in what loads at start.
    const bevatOverzicht = bundel.brokken.filter((b) => inhoud(b.bestand).includes('Overzicht van de regio: wie er woont'));
    expect(bevatOverzicht.map((b) => b.initieel)).toEqual([true]);
  });

  it('is verkleind', () => {
    // Unminified code has lines of some 40 characters; minified code is a few long lines.
    const grootste = bundel.brokken.find((b) => b.initieel)!;
    const regels = inhoud(grootste.bestand).split('\n');
    expect(grootste.bytes / regels.length).toBeGreaterThan(500);
  });

  it('bevat de normenset niet, noch de validatie daarvan', () => {
    for (const b of bundel.brokken) {
      const tekst = inhoud(b.bestand);
      // The data set's own markers: its format name and the modelling priors' titles.
      expect(tekst, b.bestand).not.toContain('zio-normen');
      expect(tekst, b.bestand).not.toContain('priorFinanciering');
    }
  });
});
