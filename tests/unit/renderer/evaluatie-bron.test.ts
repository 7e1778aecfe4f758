/** The Vergelijken screen's source of evaluations: what a variant change asks, and what it remembers. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Variant } from '../../../shared/engine';
import type { EvaluatieWeergave, Geldstromen } from '../../../shared/engine/evaluatie-weergave';

const gevraagd: Array<{ op: string; invoer: Record<string, unknown> }> = [];
let geldstromenFaalt = false;

vi.mock('../../../renderer/src/api', () => ({
  zio: {
    evaluatie: async (invoer: Record<string, unknown>) => {
      gevraagd.push({ op: 'evaluatie', invoer });
      // The server answers with its own (checked) copy of the variant.
      return { regioId: invoer.regioId, variant: { ...(invoer.variant as object), gecontroleerd: true }, delen: invoer.delen } as unknown as EvaluatieWeergave;
    },
    formatie: async (invoer: Record<string, unknown>) => {
      gevraagd.push({ op: 'formatie', invoer });
      return [{ school: invoer.school, perProfessional: {} }];
    },
    geldstromen: async (invoer: Record<string, unknown>) => {
      gevraagd.push({ op: 'geldstromen', invoer });
      if (geldstromenFaalt) throw new Error('verbinding weg');
      return { knopen: [], links: [], overige: [], aantalInPot: 1, aantalBuiten: 0, route: invoer.route, deel: invoer.deel } as unknown as Geldstromen;
    },
  },
}));

const { maakEvaluatieBron } = await import('../../../renderer/src/schermen/vergelijken/useEvaluaties');

const variant = (scope: string) => ({ scope }) as unknown as Variant;
const vraag = { deel: 'pot' as const, max: 12, gemarkeerd: null };

describe('evaluation source of Vergelijken', () => {
  beforeEach(() => {
    gevraagd.length = 0;
    geldstromenFaalt = false;
  });

  it('asks what the visible tab needs together with the evaluation of a changed variant', async () => {
    const bron = maakEvaluatieBron();
    bron.volg((b, regioId, v) => b.geldstromenVooruit(regioId, v, 'gemeenteroute', vraag));
    const p = bron.wijziging(1, variant('smal'), []);
    // Both requests leave before the evaluation's answer is in.
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatie', 'geldstromen']);
    const ev = await p;
    // The tab then asks the Sankey of that answer: the request made ahead serves it.
    const stromen = await bron.geldstromen(ev, 'gemeenteroute', vraag);
    expect(gevraagd).toHaveLength(2);
    expect(bron.bekendeGeldstromen(ev, 'gemeenteroute', vraag)).toBe(stromen);
    // Another view of the chart is a new request, for the variant as asked.
    await bron.geldstromen(ev, 'gemeenteroute', { ...vraag, max: null });
    expect(gevraagd[2]).toMatchObject({ op: 'geldstromen', invoer: { route: 'gemeenteroute', max: null } });
  });

  it("asks the shown school's formatie ahead, and serves the screen's request with it", async () => {
    const bron = maakEvaluatieBron();
    bron.volg((b, regioId, v) => b.formatieVooruit(regioId, v, 'S1'));
    const ev = await bron.wijziging(1, variant('smal'), ['scholen']);
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatie', 'formatie']);
    expect(await bron.formatie(ev, 'S1')).toEqual([{ school: 'S1', perProfessional: {} }]);
    expect(bron.bekendeFormatie(ev, 'S1')).toEqual([{ school: 'S1', perProfessional: {} }]);
    // Every school (a download) is a request of its own.
    await bron.formatie(ev, null);
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatie', 'formatie', 'formatie']);
  });

  it('stops asking ahead for a tab that unregistered', async () => {
    const bron = maakEvaluatieBron();
    const stop = bron.volg((b, regioId, v) => b.geldstromenVooruit(regioId, v, 'gemeenteroute', vraag));
    stop();
    await bron.wijziging(1, variant('medium'), []);
    expect(gevraagd.map((g) => g.op)).toEqual(['evaluatie']);
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
