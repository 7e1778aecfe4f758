import { describe, expect, it } from 'vitest';
import { bereidEersteSchermVoor, eersteSchermAntwoorden, metEersteScherm } from '../../../core/services/eerste-scherm';
import { EERSTE_SCHERM_ID, type MeegegevenAntwoord } from '../../../shared/api/eerste-scherm';
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

describe('de antwoorden van het eerste scherm in de pagina', () => {
  it('geeft het project en wat het Overzicht vraagt, zonder mislukte antwoorden', async () => {
    const afhandel = async (op: string, invoer: unknown): Promise<Antwoord<unknown>> =>
      op === 'projectInfo' ? { ok: true, data: { regios: [{ id: 3 }] } } : op === 'evaluatie' ? { ok: false, fout: { soort: 'intern', melding: 'stuk', problemen: [] } } : { ok: true, data: { op, invoer } };
    const antwoorden = await eersteSchermAntwoorden(afhandel);
    expect(antwoorden.map((a) => a.op)).toEqual(['projectInfo', 'regioOverzicht', 'behoefte', 'behoefte', 'behoefte']);
    expect(antwoorden[1]).toEqual({ op: 'regioOverzicht', invoer: { regioId: 3 }, antwoord: { ok: true, data: { op: 'regioOverzicht', invoer: { regioId: 3 } } } });
  });

  it('zet ze als JSON-gegevensblok voor </head>, zodat geen tekst uit een regio het blok kan beëindigen', () => {
    const html = '<!doctype html><html><head><title>ZiO</title></head><body><div id="root"></div></body></html>';
    const kwaad = '</script><script>alert(1)</script><!-- $& $1 $`';
    const antwoorden: MeegegevenAntwoord[] = [{ op: 'regioOverzicht', invoer: { regioId: 1 }, antwoord: { ok: true, data: { naam: kwaad } } }];
    const uit = metEersteScherm(html, antwoorden);
    expect(uit.match(/<\/script>/g)).toHaveLength(1);
    expect(uit).not.toContain('<script>alert');
    const blok = new RegExp(`<script type="application/json" id="${EERSTE_SCHERM_ID}">(.*)</script>\\n</head>`).exec(uit);
    expect(JSON.parse(blok![1])).toEqual(antwoorden);
    expect(uit.endsWith('<body><div id="root"></div></body></html>')).toBe(true);
    expect(metEersteScherm(html, [])).toBe(html);
  });
});

