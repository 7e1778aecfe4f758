/**
 * Explanations on demand: the evaluation answer carries the figures (small enough to send for every
 * change), and every figure's explanation and every route's flows can be asked for afterwards.
 */
import { describe, expect, it } from 'vitest';
import { deriveNormenset, evalueerVariant, figuren, ROUTES, standaardVariant } from '../../../shared/engine';
import { demoRegio } from '../../../core/services/demo-regio';
import { demoSessiePerTest, gebruikersFout } from '../../hulp/sessie';

const ctx = demoSessiePerTest();
const KB = 1000;

/** The project session answers synchronously; its type allows a promise. */
function direct<T>(x: T | Promise<T>): T {
  if (x instanceof Promise) throw new Error('verwacht een direct antwoord');
  return x;
}
const dienst = () => {
  const d = ctx.s.diensten;
  return {
    evaluatie: (i: Parameters<typeof d.evaluatie>[0]) => direct(d.evaluatie(i)),
    uitleg: (i: Parameters<typeof d.uitleg>[0]) => direct(d.uitleg(i)),
    geldstromen: (i: Parameters<typeof d.geldstromen>[0]) => direct(d.geldstromen(i)),
    regioLezen: (i: Parameters<typeof d.regioLezen>[0]) => direct(d.regioLezen(i)),
  };
};

describe('uitleg op verzoek', () => {
  it('houdt het antwoord op een evaluatie van de demoregio (standaardvariant) onder 64 kB', () => {
    const ev = dienst().evaluatie({ regioId: ctx.regioId, variant: {} });
    const grootte = Buffer.byteLength(JSON.stringify(ev), 'utf8');
    // 60 kB before the herverdeeleffect per route and the ingroeipad (rekenmodel-v2 §9–§10) joined the answer.
    expect(grootte).toBeLessThanOrEqual(64 * KB);
    expect(ev.routes.huidig.aantalStromen).toBeGreaterThan(0);
  });

  it('legt elk soort cijfer uit: pot, kader, school, niet in de pot, bijdrage, verschil, budgethouder, stromen, loketten, stroom en formatie', () => {
    const regio = demoRegio();
    const alle = figuren(evalueerVariant(deriveNormenset(), regio, standaardVariant(regio)));
    const WOORDEN = new Set(['pot', 'kader', 'school', 'nietInPot', 'buitenScope', 'zorgTotaal', 'bijdrage', 'verschil', 'budgethouder', 'stromen', 'loketten', 'stroom', 'formatie']);
    const soort = (f: string) => f.split('/').map((d) => ((ROUTES as readonly string[]).includes(d) ? '<route>' : WOORDEN.has(d) ? d : '…')).join('/');
    const soorten = new Map<string, string>();
    for (const f of alle) if (!soorten.has(soort(f))) soorten.set(soort(f), f);
    expect(new Set(soorten.keys())).toEqual(new Set(['<route>/bijdrage/…', '<route>/budgethouder/…', '<route>/loketten/…', '<route>/stroom/…', '<route>/stromen', '<route>/verschil/…', 'formatie/…', 'nietInPot', 'nietInPot/…', 'buitenScope', 'zorgTotaal', 'pot', 'pot/kader/…', 'pot/school/…']));
    const antwoord = dienst().uitleg({ regioId: ctx.regioId, variant: {}, figuren: alle });
    for (const [s, f] of soorten) {
      expect(antwoord[f], `${s} (${f})`).toBeDefined();
      expect(antwoord[f].titel.length, f).toBeGreaterThan(0);
      expect(antwoord[f].tekst.length, f).toBeGreaterThan(10);
    }
    expect(Object.keys(antwoord)).toHaveLength(alle.length);
  });

  it('laat een onbekende sleutel weg en geeft de geldstromen van elke route', () => {
    expect(dienst().uitleg({ regioId: ctx.regioId, variant: {}, figuren: ['pot', 'koffie/zetten'] })).toEqual({ pot: expect.objectContaining({ titel: expect.any(String) }) });
    const ev = dienst().evaluatie({ regioId: ctx.regioId, variant: {} });
    for (const route of ROUTES) {
      const g = dienst().geldstromen({ regioId: ctx.regioId, variant: {}, route, deel: 'alles', max: null, gemarkeerd: null });
      expect(g.aantalInPot + g.aantalBuiten).toBe(ev.routes[route].aantalStromen);
      expect(g.links.length).toBeGreaterThanOrEqual(ev.routes[route].aantalStromen);
      // The first links are the route's flows, each explained by its index.
      const stroom = g.links.find((l) => l.index === 0)!;
      expect(dienst().uitleg({ regioId: ctx.regioId, variant: {}, figuren: [`${route}/stroom/0`] })[`${route}/stroom/0`].tekst).toContain(g.knopen.find((k) => k.id === stroom.naar)!.naam.replace(/ \(budgethouder\)$/, ''));
    }
  });

  it('rekent met de regio zoals die nu is: na een wijziging geen verouderde uitleg', () => {
    const voor = dienst().uitleg({ regioId: ctx.regioId, variant: {}, figuren: ['pot'] }).pot.tekst;
    const regio = dienst().regioLezen({ regioId: ctx.regioId });
    const l = regio.leerlingen[0];
    ctx.s.diensten.regioBewerken({ regioId: ctx.regioId, wijzigingen: [{ soort: 'leerlingen', school: l.school, cellen: [{ woongemeente: l.woongemeente, doelgroep: l.doelgroep, aantal: l.aantal + 40 }] }] });
    expect(dienst().uitleg({ regioId: ctx.regioId, variant: {}, figuren: ['pot'] }).pot.tekst).not.toBe(voor);
  });

  it('weigert een variant die niet bij de regio past', () => {
    expect(gebruikersFout(() => ctx.s.diensten.uitleg({ regioId: ctx.regioId, variant: { centrumgemeente: 'GM0000' }, figuren: ['pot'] })).message).toBe('De variant klopt niet bij deze regio.');
  });
});
