/**
 * Regio-bestand versie 3 (rekenmodel-v2 §9): the optional table realisatie and the prijspeil, each
 * problem with a Dutch message at its JSON path. Versie 1 and 2 files read unchanged.
 */
import { describe, expect, it } from 'vitest';
import demoJson from '../../../resources/demo/demoregio.json';
import { REGIO_VERSIE, valideerRegio, type RegioBestand } from '../../../shared/regio/schema';

const demo = (): RegioBestand => structuredClone(demoJson) as RegioBestand;
type Rij = NonNullable<RegioBestand['realisatie']>[number];

function met(realisatie: unknown[], prijspeil?: unknown) {
  return { ...demo(), versie: 3, realisatie, ...(prijspeil ? { prijspeil } : {}) };
}

function problemen(data: unknown): string[] {
  const r = valideerRegio(data);
  expect(r.ok, 'verwacht dat de regio wordt geweigerd').toBe(false);
  return r.ok ? [] : r.problemen.map((p) => `${p.pad}: ${p.melding}`);
}

const jeugd = (x: Partial<Rij> = {}): Rij => ({ financier: 'gemeente:GM9901', kader: 'jeugdwet', jaar: 2022, bedrag: 1000, ...x });

describe('regio-bestand versie 3: realisatie en prijspeil', () => {
  it('de app schrijft versie 3 en leest versie 1 en 2 nog', () => {
    expect(REGIO_VERSIE).toBe(3);
    expect(valideerRegio({ ...demo(), versie: 1 }).ok).toBe(true);
    expect(valideerRegio({ ...demo(), versie: 2 }).ok).toBe(true);
    expect(problemen({ ...demo(), versie: 4 })).toEqual(['$.versie: dit bestand heeft versie 4 en is gemaakt met een nieuwere versie van de app (deze app leest tot versie 3)']);
  });

  it('een volledige realisatie met prijspeil wordt gelezen', () => {
    const r = valideerRegio(
      met(
        [
          jeugd({ school: 'S01', toelichting: 'jaarrekening' }),
          jeugd({ bedrag: 500, school: 'S01' }),
          { financier: 'zorgkantoor', kader: 'wlz', jaar: 2024, bedrag: 25000 },
          { financier: 'ggd', kader: 'wpg', jaar: 2023, bedrag: -100 },
          { financier: 'zorgverzekeraar:Zorgverzekeraar Noord (fictief)', kader: 'zvw', jaar: 2026, bedrag: 12.5 },
        ],
        { jaar: 2026, index: { '2023': 1.03, '2024': 1.07, '2026': 1.15 } },
      ),
    );
    expect(r.ok ? [] : r.problemen).toEqual([]);
  });

  it('meldt een onbekende financier, gemeente, zorgverzekeraar, school en kader op hun plaats', () => {
    expect(
      problemen(
        met([
          jeugd({ financier: 'GM9901' }),
          jeugd({ financier: 'gemeente:GM0000' }),
          { financier: 'zorgverzekeraar:Onbekend', kader: 'zvw', jaar: 2022, bedrag: 1 },
          jeugd({ school: 'S99' }),
          { financier: 'ggd', kader: 'jeugdwet', jaar: 2022, bedrag: 1 },
        ]),
      ),
    ).toEqual([
      '$.realisatie[0].financier: onbekende financier "GM9901": gebruik gemeente:<code>, zorgkantoor, ggd of zorgverzekeraar:<naam>; bedoelt u gemeente:GM9901?',
      '$.realisatie[1].financier: onbekende gemeentecode GM0000',
      expect.stringMatching(/^\$\.realisatie\[2\]\.financier: onbekende zorgverzekeraar "Onbekend"; bekend: /),
      '$.realisatie[3].school: onbekende schoolcode S99',
      '$.realisatie[4].kader: de GGD betaalt geen Jeugdwet; kies Wpg',
    ]);
    expect(problemen(met([jeugd({ kader: 'onderwijs' as Rij['kader'] })]))[0]).toMatch(/^\$\.realisatie\[0\]\.kader: /);
  });

  it('twee jaren voor één financier, kader en school: kies één jaar; regels van hetzelfde jaar mogen', () => {
    expect(problemen(met([jeugd({ school: 'S01' }), jeugd({ school: 'S01', jaar: 2023 }), jeugd({ jaar: 2024 })], { jaar: 2022, index: { '2023': 1.03, '2024': 1.07 } }))).toEqual([
      '$.realisatie[1].jaar: gemeente:GM9901, Jeugdwet, school S01 heeft al een bedrag over 2022 ($.realisatie[0]); kies één jaar',
    ]);
  });

  it('een jaar zonder indexfactor is een fout die het jaar noemt', () => {
    expect(problemen(met([jeugd({ jaar: 2024 }), jeugd({ jaar: 2024, school: 'S01' })]))).toEqual([
      '$.realisatie[0].jaar: de indexfactor van 2024 ontbreekt; vul die bij het prijspeil in (ten opzichte van 2022) om bedragen over 2024 om te rekenen naar prijspeil 2022',
    ]);
    expect(problemen(met([], { jaar: 2026, index: { '2024': 1.07 } }))).toEqual(['$.prijspeil.index: de indexfactor van 2026 ontbreekt (het prijspeil is 2026)']);
    expect(problemen(met([], { jaar: 2026, index: { '26': 1.1, '2026': 0 } })).length).toBe(2);
  });
});
