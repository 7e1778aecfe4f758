import { describe, expect, it, vi } from 'vitest';
import { demoSessiePerTest } from '../../hulp/sessie';

const ctx = demoSessiePerTest();

/** How often the regio's gemeenten are read from the database while `f` runs. */
function lezingen(f: () => unknown): number {
  const prepare = vi.spyOn(ctx.s.huidigeDb(), 'prepare');
  try {
    f();
    return prepare.mock.calls.filter(([sql]) => /FROM gemeente WHERE regio_id/.test(sql)).length;
  } finally {
    prepare.mockRestore();
  }
}

describe('de regio en zijn normenset in het geheugen', () => {
  it('leest een regio één keer voor lezen, rekenen en exporteren, en opnieuw na een bewerking, ongedaan maken en opnieuw doen', () => {
    const { s, regioId } = ctx;
    s.diensten.regioLezen({ regioId });
    expect(lezingen(() => {
      s.diensten.regioOverzicht({ regioId });
      s.diensten.behoefte({ regioId, scope: 'breed' });
      s.diensten.evaluatie({ regioId, variant: {} });
    })).toBe(0);
    const g = s.regio(regioId).gemeenten[0];
    s.diensten.regioBewerken({ regioId, wijzigingen: [{ soort: 'gemeente', code: g.code, waarde: { ...g, naam: 'Nieuwe naam' } }] });
    expect(s.regio(regioId).gemeenten[0].naam).toBe('Nieuwe naam');
    s.diensten.regioOngedaanMaken({ regioId });
    expect(s.regio(regioId).gemeenten[0].naam).toBe(g.naam);
    s.diensten.regioOpnieuwDoen({ regioId });
    expect(s.regio(regioId).gemeenten[0].naam).toBe('Nieuwe naam');
  });

  it('rekent na een eigen norm meteen met die norm, en na terug naar landelijk weer landelijk', () => {
    const { s, regioId } = ctx;
    const breed = () => (s.diensten.behoefte({ regioId, scope: 'breed' }) as { totaal: number }).totaal;
    const landelijk = breed();
    const professional = s.huidigeNormenset().professionals[0].id;
    s.diensten.normAanpassen({ regioId, aanpassing: { parameter: 'tarief', professional, waarde: 1_000_000, toelichting: '' } });
    expect(breed()).toBeGreaterThan(landelijk);
    s.diensten.normAanpassen({ regioId, aanpassing: { parameter: 'tarief', professional, waarde: null } });
    expect(breed()).toBe(landelijk);
  });

  it('rekent de zorgbehoefte per scope één keer uit, en opnieuw na een bewerking van de regio', () => {
    const { s, regioId } = ctx;
    const school = s.regio(regioId).scholen[0].code;
    const detail = () => s.diensten.behoefteSchool({ regioId, scope: 'breed', school });
    const eerste = detail();
    s.diensten.behoefte({ regioId, scope: 'breed' });
    s.diensten.behoefte({ regioId, scope: 'smal' });
    // The same need, not computed again: its school is the same object.
    expect(detail()).toBe(eerste);
    const g = s.regio(regioId).gemeenten[0];
    s.diensten.regioBewerken({ regioId, wijzigingen: [{ soort: 'gemeente', code: g.code, waarde: { ...g, naam: 'Nieuwe naam' } }] });
    const na = detail();
    expect(na).not.toBe(eerste);
    expect(na).toEqual(eerste);
  });

  it('geeft de gedeelde regio bevroren door: een dienst die hem zou wijzigen, faalt in de tests in plaats van stil', () => {
    expect(Object.isFrozen(ctx.s.regio(ctx.regioId).gemeenten[0])).toBe(true);
  });
});
