/** The scope decision: positions, the proposal by majority, and the effect of each task on the pot (demo regio). */
import { describe, expect, it } from 'vitest';
import { SCOPE_TAKEN, TAKEN, evalueerVariant, standaardVariant } from '../../../shared/engine';
import { STANDAARD_GROEPEN, scopeEffecten, scopeUitVoorstel, scopeVoorstel, type Scopeposities } from '../../../shared/ontwerptafel';
import { demoregio, landelijk } from './hulp';

describe('scopeVoorstel', () => {
  const groepen = STANDAARD_GROEPEN; // seven groups: a majority is four
  const posities: Scopeposities = {
    behandeling: Object.fromEntries(groepen.map((g) => [g.id, 'in'])),
    gedrag: { gemeenten: 'in', samenwerkingsverbanden: 'in', schoolbesturen: 'in', zorgaanbieders: 'in', schoolleiders: 'uit', zorgkantoren_zorgverzekeraars: 'uit', ouders: 'onbeslist' },
    indirect: { gemeenten: 'in', samenwerkingsverbanden: 'in', schoolbesturen: 'in', schoolleiders: 'uit', zorgkantoren_zorgverzekeraars: 'uit', ouders: 'uit' },
    leerstoornissen: { gemeenten: 'uit', samenwerkingsverbanden: 'uit', schoolbesturen: 'uit', zorgaanbieders: 'uit', ouders: 'in' },
  };
  const v = new Map(scopeVoorstel(posities, groepen).map((x) => [x.taak, x]));

  it('lists every task category with every group, a missing position as onbeslist', () => {
    expect([...v.keys()]).toEqual(TAKEN.map((t) => t.id));
    expect(v.get('overig')!.aantallen).toEqual({ in: 0, uit: 0, onbeslist: 7 });
    expect(v.get('indirect')!.posities.zorgaanbieders).toBe('onbeslist');
  });

  it('proposes in or uit only with more than half of all groups', () => {
    expect(v.get('behandeling')).toMatchObject({ voorstel: 'in', unaniem: true, aantallen: { in: 7, uit: 0, onbeslist: 0 } });
    expect(v.get('gedrag')).toMatchObject({ voorstel: 'in', unaniem: false }); // 4 of 7
    expect(v.get('indirect')).toMatchObject({ voorstel: 'onbeslist', aantallen: { in: 3, uit: 3, onbeslist: 1 } });
    expect(v.get('leerstoornissen')).toMatchObject({ voorstel: 'uit' }); // 4 of 7
    expect(v.get('overig')!.voorstel).toBe('onbeslist');
  });

  it('needs a majority of the whole table, not of the groups that decided', () => {
    // 3 in, 1 uit, 3 onbeslist: a majority of the decided groups but not of the table.
    const p: Scopeposities = { overleg: { gemeenten: 'in', samenwerkingsverbanden: 'in', schoolbesturen: 'in', ouders: 'uit' } };
    expect(scopeVoorstel(p, groepen).find((x) => x.taak === 'overleg')!.voorstel).toBe('onbeslist');
  });

  it('turns the proposal into a scope, keeping the variant’s choice for undecided tasks', () => {
    const scope = scopeUitVoorstel([...v.values()], SCOPE_TAKEN.smal);
    // smal + gedrag (in) − nothing of smal removed; leerstoornissen stays out; indirect (undecided) stays out.
    expect(scope).toEqual([...SCOPE_TAKEN.smal, 'gedrag']);
    expect(scopeUitVoorstel([...v.values()], SCOPE_TAKEN.breed)).toEqual(SCOPE_TAKEN.breed.filter((t) => t !== 'leerstoornissen'));
  });
});

describe('scopeEffecten for the demo regio', () => {
  const ns = landelijk();
  const regio = demoregio();
  const breed = standaardVariant(regio);
  const basis = evalueerVariant(ns, regio, breed);
  const effecten = scopeEffecten(ns, regio, breed, basis);

  it('gives per task the pot with and without it; with the task is the current pot when it is in scope', () => {
    expect(effecten.map((e) => e.taak)).toEqual(ns.taken.map((t) => t.id));
    for (const e of effecten) {
      expect(e.inScope).toBe(true);
      expect(e.met.pot).toBe(basis.pot.totaal);
      expect(e.verschil).toBeCloseTo(e.met.pot - e.zonder.pot, 6);
      const zonder = evalueerVariant(ns, regio, { ...breed, scope: SCOPE_TAKEN.breed.filter((t) => t !== e.taak) });
      expect(e.zonder.pot).toBeCloseTo(zonder.pot.totaal, 6);
    }
  });

  it('never lowers the pot by including a task, and the tasks add up to the pot (costs are additive over tasks)', () => {
    for (const e of effecten) expect(e.verschil, e.taak).toBeGreaterThan(0);
    const som = effecten.reduce((s, e) => s + e.verschil, 0);
    expect(som / basis.pot.totaal).toBeCloseTo(1, 9);
  });

  it('gives the onderwijs share of all costs within the scope, with and without the task', () => {
    const b = basis.behoefte!;
    for (const e of effecten) {
      expect(e.met.onderwijsAandeel).toBeCloseTo(b.perKader.onderwijs / b.totaal, 12);
      expect(e.met.kosten).toBeCloseTo(b.totaal, 6);
      expect(e.verschilOnderwijsAandeel).toBeCloseTo(e.met.onderwijsAandeel - e.zonder.onderwijsAandeel, 12);
    }
    // Broad scope: onderwijs carries about two thirds (tabel 2.5: 66% nationally).
    expect(effecten[0].met.onderwijsAandeel).toBeGreaterThan(0.55);
    expect(effecten[0].met.onderwijsAandeel).toBeLessThan(0.75);
    // Paramedische zorg is paid mostly by the zorgkaders: without it onderwijs carries a larger share.
    expect(effecten.find((e) => e.taak === 'paramedisch')!.verschilOnderwijsAandeel).toBeLessThan(0);
  });

  it('adds a task outside the scope to the current scope', () => {
    const smal = { ...breed, scope: 'smal' as const };
    const s = scopeEffecten(ns, regio, smal);
    const potSmal = evalueerVariant(ns, regio, smal).pot.totaal;
    for (const e of s) {
      expect(e.inScope).toBe(SCOPE_TAKEN.smal.includes(e.taak));
      if (!e.inScope) {
        expect(e.zonder.pot).toBeCloseTo(potSmal, 6);
        expect(e.met.pot).toBeGreaterThan(e.zonder.pot);
        expect(e.met.pot).toBeCloseTo(evalueerVariant(ns, regio, { ...smal, scope: [...SCOPE_TAKEN.smal, e.taak] }).pot.totaal, 6);
      }
    }
  });

  it('handles a scope of one task: without it nothing is left', () => {
    const een = scopeEffecten(ns, regio, { ...breed, scope: ['verpleging'] });
    const e = een.find((x) => x.taak === 'verpleging')!;
    expect(e.zonder).toEqual({ pot: 0, kosten: 0, onderwijs: 0, onderwijsAandeel: 0 });
    expect(e.verschil).toBeGreaterThan(0);
  });

  it('reports an invalid variant in Dutch', () => {
    expect(() => scopeEffecten(ns, regio, { ...breed, scope: ['vliegen'] })).toThrow('onbekende taak "vliegen"');
  });
});
