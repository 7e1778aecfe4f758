/** The Vergelijken screen's source of evaluations: what a variant change asks, and what it remembers. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Variant } from '../../../shared/engine';
import type { EvaluatieWeergave, Geldstromen } from '../../../shared/engine/evaluatie-weergave';

const gevraagd: Array<{ op: string; invoer: Record<string, unknown> }> = [];
let geldstromenFaalt = false;

let detailFaalt = false;
let geldstromenPoort: Promise<void> | null = null;

vi.mock('../../../renderer/src/api', () => {
  // The server answers with its own (checked) copy of the variant.
  const evaluatie = (invoer: Record<string, unknown>) => ({ regioId: invoer.regioId, variant: { ...(invoer.variant as object), gecontroleerd: true }, delen: invoer.delen }) as unknown as EvaluatieWeergave;
  const formatie = (school: unknown) => [{ school, perProfessional: {} }];
  const geldstromen = (v: Record<string, unknown>) => ({ knopen: [], links: [], overige: [], aantalInPot: 1, aantalBuiten: 0, route: v.route, deel: v.deel }) as unknown as Geldstromen;
  return {
    zio: {
      evaluatie: async (invoer: Record<string, unknown>) => {
        gevraagd.push({ op: 'evaluatie', invoer });
        return evaluatie(invoer);
      },
      evaluatieMetDetail: async (invoer: Record<string, unknown>) => {
        gevraagd.push({ op: 'evaluatieMetDetail', invoer });
        if (detailFaalt) throw new Error('verbinding weg');
        return { evaluatie: evaluatie(invoer), geldstromen: (invoer.geldstromen as Array<Record<string, unknown>>).map(geldstromen), formatie: (invoer.formatie as unknown[]).map(formatie) };
      },
      formatie: async (invoer: Record<string, unknown>) => {
        gevraagd.push({ op: 'formatie', invoer });
        return formatie(invoer.school);
      },
      geldstromen: async (invoer: Record<string, unknown>) => {
        gevraagd.push({ op: 'geldstromen', invoer });
        if (geldstromenFaalt) throw new Error('verbinding weg');
        await geldstromenPoort;
        return geldstromen(invoer);
      },
    },
  };
});

const { maakEvaluatieBron } = await import('../../../renderer/src/schermen/vergelijken/useEvaluaties');

const variant = (scope: string) => ({ scope }) as unknown as Variant;
const vraag = { deel: 'pot' as const, max: 12, gemarkeerd: null };

describe('evaluation source of Vergelijken', () => {
  beforeEach(() => {
    gevraagd.length = 0;
    geldstromenFaalt = false;
    detailFaalt = false;
    geldstromenPoort = null;
  });

  it('asks what the visible tab needs in the same request as the evaluation of a changed variant', async () => {
    const bron = maakEvaluatieBron();
    bron.volg((b, regioId, v) => {
      b.geldstromenVooruit(regioId, v, 'gemeenteroute', vraag);
      b.geldstromenVooruit(regioId, v, 'gemeenteroute', { ...vraag, deel: 'buiten' });
    });
    const p = bron.wijziging(1, variant('smal'), []);
    expect(gevraagd).toEqual([
      {
        op: 'evaluatieMetDetail',
        invoer: { regioId: 1, variant: variant('smal'), delen: [], geldstromen: [{ route: 'gemeenteroute', ...vraag }, { route: 'gemeenteroute', ...vraag, deel: 'buiten' }], formatie: [] },
      },
    ]);
    const ev = await p;
    // The tab then asks the Sankeys of that answer: the one request served them.
    const stromen = await bron.geldstromen(ev, 'gemeenteroute', vraag);
    expect(stromen).toMatchObject({ route: 'gemeenteroute', deel: 'pot' });
    expect(await bron.geldstromen(ev, 'gemeenteroute', { ...vraag, deel: 'buiten' })).toMatchObject({ deel: 'buiten' });
    expect(gevraagd).toHaveLength(1);
    expect(bron.bekendeGeldstromen(ev, 'gemeenteroute', vraag)).toBe(stromen);
    // Another view of the chart is a request of its own, for the variant as asked.
    await bron.geldstromen(ev, 'gemeenteroute', { ...vraag, max: null });
    expect(gevraagd[1]).toMatchObject({ op: 'geldstromen', invoer: { route: 'gemeenteroute', max: null, variant: variant('smal') } });
  });

  it("asks the shown school's formatie with the evaluation, and serves the screen's request with it", async () => {
    const bron = maakEvaluatieBron();
    bron.volg((b, regioId, v) => b.formatieVooruit(regioId, v, 'S1'));
    const ev = await bron.wijziging(1, variant('smal'), ['scholen']);
    expect(gevraagd).toMatchObject([{ op: 'evaluatieMetDetail', invoer: { delen: ['scholen'], geldstromen: [], formatie: ['S1'] } }]);
    expect(await bron.formatie(ev, 'S1')).toEqual([{ school: 'S1', perProfessional: {} }]);
    expect(bron.bekendeFormatie(ev, 'S1')).toEqual([{ school: 'S1', perProfessional: {} }]);
    // Every school (a download) is a request of its own.
    await bron.formatie(ev, null);
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatieMetDetail', 'formatie']);
  });

  it('asks only the parts for a variant whose evaluation was asked before, and settles "compleet" when they are in', async () => {
    const bron = maakEvaluatieBron();
    await bron.haal(1, variant('smal'), []);
    let laatGaan!: () => void;
    geldstromenPoort = new Promise<void>((ok) => (laatGaan = ok));
    bron.volg((b, regioId, v) => b.geldstromenVooruit(regioId, v, 'integraal', vraag));
    const ev = await bron.wijziging(1, variant('smal'), []);
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatie', 'geldstromen']);
    const klaar = vi.fn();
    void bron.compleet(1, variant('smal'), []).then(klaar);
    await new Promise((r) => setTimeout(r, 10));
    // The evaluation is in, the Sankey asked with the change is not: not complete yet.
    expect(klaar).not.toHaveBeenCalled();
    expect(bron.bekendeGeldstromen(ev, 'integraal', vraag)).toBeUndefined();
    laatGaan();
    await vi.waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(bron.bekendeGeldstromen(ev, 'integraal', vraag)).toMatchObject({ route: 'integraal' });
  });

  it('asks a predicted variant as a change asks it, so the click after it asks nothing and is complete', async () => {
    const bron = maakEvaluatieBron();
    bron.volg((b, regioId, v) => b.geldstromenVooruit(regioId, v, 'gemeenteroute', vraag));
    bron.voorspel(1, variant('medium'), []);
    expect(gevraagd).toMatchObject([{ op: 'evaluatieMetDetail', invoer: { variant: variant('medium'), geldstromen: [{ route: 'gemeenteroute', ...vraag }] } }]);
    // Predicting it again (the pointer comes back) asks nothing.
    bron.voorspel(1, variant('medium'), []);
    const ev = await bron.wijziging(1, variant('medium'), []);
    await bron.compleet(1, variant('medium'), []);
    expect(bron.bekendeGeldstromen(ev, 'gemeenteroute', vraag)).toMatchObject({ route: 'gemeenteroute', deel: 'pot' });
    expect(gevraagd).toHaveLength(1);
  });

  it('asks a failed change once: the screen gets its failure, asking again asks the API again', async () => {
    const bron = maakEvaluatieBron();
    bron.volg((b, regioId, v) => b.geldstromenVooruit(regioId, v, 'gemeenteroute', vraag));
    detailFaalt = true;
    await expect(bron.wijziging(1, variant('smal'), [])).rejects.toThrow('verbinding weg');
    // A failed part counts as settled: the screen shows what it has instead of waiting.
    await expect(bron.compleet(1, variant('smal'), [])).resolves.toBeDefined();
    expect(bron.bekend(1, variant('smal'), [])).toBeUndefined();
    // The screen that shows the variant gets the change's failure, without a second request.
    await expect(bron.haal(1, variant('smal'), [])).rejects.toThrow('verbinding weg');
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatieMetDetail']);
    // Asking again (the user tries again) asks the API, and so does the failed Sankey.
    detailFaalt = false;
    const ev = await bron.haal(1, variant('smal'), []);
    await bron.geldstromen(ev, 'gemeenteroute', vraag);
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatieMetDetail', 'evaluatie', 'geldstromen']);
  });

  it('asks a variant whose change failed anew when it is chosen again', async () => {
    const bron = maakEvaluatieBron();
    detailFaalt = true;
    await expect(bron.wijziging(1, variant('smal'), [])).rejects.toThrow('verbinding weg');
    detailFaalt = false;
    await expect(bron.wijziging(1, variant('smal'), [])).resolves.toMatchObject({ regioId: 1 });
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatieMetDetail', 'evaluatieMetDetail']);
  });

  it('stops asking ahead for a tab that unregistered', async () => {
    const bron = maakEvaluatieBron();
    const stop = bron.volg((b, regioId, v) => b.geldstromenVooruit(regioId, v, 'gemeenteroute', vraag));
    stop();
    await bron.wijziging(1, variant('medium'), []);
    expect(gevraagd).toMatchObject([{ op: 'evaluatieMetDetail', invoer: { geldstromen: [], formatie: [] } }]);
  });

  it('does not remember a failed Sankey: showing it again asks again', async () => {
    const bron = maakEvaluatieBron();
    const ev = await bron.haal(1, variant('breed'), []);
    geldstromenFaalt = true;
    await expect(bron.geldstromen(ev, 'integraal', vraag)).rejects.toThrow('verbinding weg');
    geldstromenFaalt = false;
    await bron.geldstromen(ev, 'integraal', vraag);
    expect(gevraagd.filter((g) => g.op === 'geldstromen')).toHaveLength(2);
  });

  it('remembers an evaluation per variant and parts: a screen needing fewer parts asks nothing', async () => {
    const bron = maakEvaluatieBron();
    const a = await bron.haal(1, variant('smal'), ['bijdragen']);
    expect(await bron.haal(1, variant('smal'), [])).toBe(a);
    await bron.haal(1, variant('smal'), ['scholen']);
    expect(gevraagd.filter((g) => g.op === 'evaluatie')).toHaveLength(2);
  });

  it('knows an answer once it is in, for the variant and any subset of its parts', async () => {
    const bron = maakEvaluatieBron();
    const p = bron.wijziging(1, variant('smal'), ['bijdragen']);
    // Asked, not yet answered: a screen rendering the variant now shows it as stale.
    expect(bron.bekend(1, variant('smal'), ['bijdragen'])).toBeUndefined();
    const ev = await p;
    expect(bron.bekend(1, variant('smal'), ['bijdragen'])).toBe(ev);
    expect(bron.bekend(1, variant('smal'), [])).toBe(ev);
    expect(bron.bekend(1, variant('smal'), ['scholen'])).toBeUndefined();
    expect(bron.bekend(2, variant('smal'), [])).toBeUndefined();
    expect(bron.bekend(1, variant('breed'), [])).toBeUndefined();
  });
});
