import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migreer } from '../../../core/store/db';
import { MIGRATIES } from '../../../core/store/migrations';
import { leesNormAanpassingen, zetNormAanpassing } from '../../../core/store/normen-repository';
import { voegRegioToe } from '../../../core/store/regio-repository';
import { demoRegio } from '../../../core/services/demo-regio';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function project(migraties = MIGRATIES): { db: Database.Database; regioId: number } {
  const db = new Database(':memory:');
  open.push(db);
  db.pragma('foreign_keys = ON');
  migreer(db, migraties);
  return { db, regioId: voegRegioToe(db, demoRegio()) };
}

describe('regionale normen in het projectbestand', () => {
  it('bewaart een pgb-aandeel naast tarief en fte en leest alles terug zoals opgeslagen', () => {
    const { db, regioId } = project();
    zetNormAanpassing(db, regioId, { parameter: 'pgbAandeel', kader: 'wlz' }, { waarde: 0.4, toelichting: 'telling zorgkantoor' });
    zetNormAanpassing(db, regioId, { parameter: 'tarief', professional: 'psycholoog' }, { waarde: 120000, toelichting: '' });
    zetNormAanpassing(db, regioId, { parameter: 'ftePer100', professional: 'sph', doelgroep: 'gedrag' }, { waarde: 1.4, toelichting: '' });
    zetNormAanpassing(db, regioId, { parameter: 'pgbAandeel', kader: 'jeugdwet' }, { waarde: 0.3, toelichting: '' });
    zetNormAanpassing(db, regioId, { parameter: 'pgbAandeel', kader: 'wlz' }, { waarde: 0.45, toelichting: 'bijgewerkt' });
    expect(leesNormAanpassingen(db, regioId)).toEqual([
      { parameter: 'ftePer100', professional: 'sph', doelgroep: 'gedrag', waarde: 1.4, toelichting: '' },
      { parameter: 'pgbAandeel', kader: 'jeugdwet', waarde: 0.3, toelichting: '' },
      { parameter: 'pgbAandeel', kader: 'wlz', waarde: 0.45, toelichting: 'bijgewerkt' },
      { parameter: 'tarief', professional: 'psycholoog', waarde: 120000, toelichting: '' },
    ]);
    // The kader sits in the professional column with doelgroep ''.
    expect(db.prepare("SELECT professional, doelgroep FROM norm_aanpassing WHERE parameter = 'pgbAandeel' ORDER BY professional").all()).toEqual([
      { professional: 'jeugdwet', doelgroep: '' },
      { professional: 'wlz', doelgroep: '' },
    ]);
    zetNormAanpassing(db, regioId, { parameter: 'pgbAandeel', kader: 'wlz' }, null);
    expect(leesNormAanpassingen(db, regioId).map((a) => (a.parameter === 'pgbAandeel' ? a.kader : a.parameter))).toEqual(['ftePer100', 'jeugdwet', 'tarief']);
  });

  it('weigert in de tabel een pgb-aandeel boven 1', () => {
    const { db, regioId } = project();
    expect(() => zetNormAanpassing(db, regioId, { parameter: 'pgbAandeel', kader: 'wlz' }, { waarde: 1.2, toelichting: '' })).toThrow(/CHECK/);
  });

  it('houdt bij de migratie van een ouder bestand de bestaande aanpassingen', () => {
    const { db, regioId } = project(MIGRATIES.filter((m) => m.versie < 6));
    zetNormAanpassing(db, regioId, { parameter: 'tarief', professional: 'psycholoog' }, { waarde: 120000, toelichting: 'oud' });
    expect(() => zetNormAanpassing(db, regioId, { parameter: 'pgbAandeel', kader: 'wlz' }, { waarde: 0.4, toelichting: '' })).toThrow(/CHECK/);
    migreer(db, MIGRATIES);
    zetNormAanpassing(db, regioId, { parameter: 'pgbAandeel', kader: 'wlz' }, { waarde: 0.4, toelichting: '' });
    expect(leesNormAanpassingen(db, regioId)).toEqual([
      { parameter: 'pgbAandeel', kader: 'wlz', waarde: 0.4, toelichting: '' },
      { parameter: 'tarief', professional: 'psycholoog', waarde: 120000, toelichting: 'oud' },
    ]);
    db.prepare('DELETE FROM regio WHERE id = ?').run(regioId);
    expect(db.prepare('SELECT count(*) FROM norm_aanpassing').pluck().get()).toBe(0);
  });
});
