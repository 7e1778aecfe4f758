/** The JSON output contract with routes (zio bereken --variant … --json …). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BehoefteUitvoerSchema, deriveNormenset, evalueerVariant, naarUitvoer, ROUTES, valideerVariant, type VariantInvoer } from '../../../shared/engine';
import { valideerRegio, type RegioBestand } from '../../../shared/regio/schema';

const ns = deriveNormenset();

function demo(): RegioBestand {
  const r = valideerRegio(JSON.parse(readFileSync(new URL('../../../resources/demo/demoregio.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error('demoregio ongeldig');
  return r.waarde;
}

const variant: VariantInvoer = {
  naam: 'Test',
  deelname: { 'gemeente:GM9909': false },
  nietDeelnemers: 'vestigingsgemeente',
  buitenRegio: 'verrekening',
  verdeelsleutel: { type: 'mix', alpha: 0.3 },
  onderwijsbijdragePct: 5,
  onderwijsroute: { budgethouder: 'penvoerder' },
  uitvoeringskostenPct: { integraal: 3 },
};

describe('naarUitvoer with an evaluation', () => {
  const regio = demo();
  const ev = evalueerVariant(ns, regio, variant);
  const doc = JSON.parse(JSON.stringify(naarUitvoer(ev.behoefte!, regio.regio, ev)));

  it('satisfies the schema and keeps every part-1 field', () => {
    const r = BehoefteUitvoerSchema.safeParse(doc);
    expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
    expect(doc).toMatchObject({ formaat: 'zio-berekening', versie: 2, normenset: 'landelijk-2022', scope: { naam: 'breed' } });
    expect(doc.behoefte.perSchool).toHaveLength(6);
    // A part-1 document (no evaluation) is still valid and has no route fields.
    const deel1 = naarUitvoer(ev.behoefte!, regio.regio);
    expect(BehoefteUitvoerSchema.safeParse(JSON.parse(JSON.stringify(deel1))).success).toBe(true);
    expect('routes' in deel1).toBe(false);
  });

  it('writes the four routes with pot, contributions, flows, school budgets, loketten and not-in-pot', () => {
    expect(Object.keys(doc.routes)).toEqual([...ROUTES]);
    const partijId = /^(gemeente:|school:|swv:|zorgverzekeraar:).+|^(ggd|zorgkantoor|entiteit:integraal|ouders:pgb|scholen:onderwijs)$/;
    for (const id of ROUTES) {
      const r = doc.routes[id];
      // Today there is no pot; every route splits the same Z into pot, niet in de pot and buiten de scope.
      expect(r.pot.totaal).toBe(id === 'huidig' ? 0 : Math.round(ev.pot.totaal * 100) / 100);
      expect(Math.abs(r.pot.totaal - r.pot.perKader.onderwijs + r.nietInPot.totaal + r.buitenScope.totaal - doc.zorgTotaal)).toBeLessThan(0.05);
      expect(r.aantalStromen).toBe(r.stromen.length);
      for (const s of r.stromen) {
        expect(s.van).toMatch(partijId);
        expect(s.naar).toMatch(partijId);
      }
      for (const b of r.bijdragen) expect(b.financier).toMatch(partijId);
      expect(Object.keys(r.lokettenPerSchool)).toEqual(['S01', 'S02', 'S03', 'S04', 'S05', 'S06']);
      expect(r.nietInPot.totaal).toBe(Math.round((id === 'huidig' ? ev.zorgTotaal : ev.nietInPot.totaal) * 100) / 100);
    }
    expect(doc.routes.onderwijsroute.budgethouders.map((h: { partij: string }) => h.partij)).toEqual(['swv:VO9901']);
    expect(doc.routes.integraal.uitvoeringskostenPct).toBe(3);
    const gm = doc.routes.gemeenteroute.bijdragen.find((b: { financier: string }) => b.financier === 'gemeente:GM9902');
    const echt = ev.routes.gemeenteroute.bijdragen.find((b) => b.financier === 'gemeente:GM9902')!;
    expect(gm.bedrag).toBe(Math.round(echt.bedrag * 100) / 100);
    expect(doc.partijen.find((p: { id: string }) => p.id === 'entiteit:integraal').naam).toBe('Regionale onderwijszorgautoriteit');
    expect(doc.uitleg['gemeenteroute/bijdrage/gemeente:GM9902']).toMatch(/^Bijdrage Havenveld \(Gemeenteroute\) = /);
  });

  it('writes the variant completed with its defaults, so that it reproduces the same result', () => {
    expect(doc.variant).toMatchObject({ formaat: 'zio-variant', naam: 'Test', centrumgemeente: 'GM9901', onderwijsroute: { budgethouder: 'penvoerder', penvoerder: 'VO9901' } });
    const v = valideerVariant(doc.variant, regio);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const opnieuw = evalueerVariant(ns, regio, v.waarde);
    expect(opnieuw.routes).toEqual(ev.routes);
  });

  it('converts to a JSON Schema that documents the routes', () => {
    const schema = z.toJSONSchema(BehoefteUitvoerSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['behoefte', 'variant', 'routes', 'pot', 'partijen', 'uitleg']));
  });
});
