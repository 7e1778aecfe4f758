import { describe, expect, it } from 'vitest';
import { bereidEersteSchermVoor } from '../../../core/services/eerste-scherm';
import type { Antwoord } from '../../../shared/api/operaties';

/** A handler that notes what it was asked; the project has the regios given. */
function nepAfhandelaar(regios: Array<{ id: number }>) {
  const gevraagd: Array<[string, unknown]> = [];
  const afhandel = async (op: string, invoer: unknown): Promise<Antwoord<unknown>> => {
    gevraagd.push([op, invoer]);
    return op === 'projectInfo' ? { ok: true, data: { regios } } : { ok: true, data: null };
  };
  return { afhandel, gevraagd };
}

describe('het eerste scherm voorbereiden bij de start', () => {
  it('vraagt wat het Overzicht van de eerste regio vraagt: overzicht, zorgbehoefte per scope en de standaardvariant', async () => {
    const { afhandel, gevraagd } = nepAfhandelaar([{ id: 7 }, { id: 9 }]);
    await bereidEersteSchermVoor(afhandel);
    expect(gevraagd).toEqual([
      ['projectInfo', {}],
      ['regioOverzicht', { regioId: 7 }],
      ['behoefte', { regioId: 7, scope: 'breed' }],
      ['behoefte', { regioId: 7, scope: 'medium' }],
      ['behoefte', { regioId: 7, scope: 'smal' }],
      ['evaluatie', { regioId: 7, variant: {}, delen: ['grootsteBijdragen'] }],
    ]);
  });

  it('vraagt niets meer in een project zonder regio, of als de host sluit', async () => {
    const leeg = nepAfhandelaar([]);
    await bereidEersteSchermVoor(leeg.afhandel);
    expect(leeg.gevraagd.map(([op]) => op)).toEqual(['projectInfo']);
    const gesloten = nepAfhandelaar([{ id: 1 }]);
    const stop = new AbortController();
    stop.abort();
    await bereidEersteSchermVoor(gesloten.afhandel, stop.signal);
    expect(gesloten.gevraagd).toEqual([]);
  });
});
