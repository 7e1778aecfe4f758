/**
 * Project benchmarks: opening a project file holding a national-scale regio and reading that regio
 * (target ≤ 1 s), one edit of the leerlingen with its validation, and the same edit through the
 * session (its undo step reads the regio before and after) followed by its undo (checked against
 * the regio as stored, then written back).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maakProjectBestand, openProjectDb } from '../core/store/db';
import { demoRegio } from '../core/services/demo-regio';
import { ProjectSessie } from '../core/services/project-sessie';
import { bewerkRegio } from '../core/store/regio-bewerken';
import { leesRegio, voegRegioToe } from '../core/store/regio-repository';
import { landelijkeRegio } from './landelijk';
import { meet, type Meting } from './run';

export function projectMetingen(): Meting[] {
  const map = mkdtempSync(join(tmpdir(), 'zio-bench-'));
  try {
    const pad = join(map, 'landelijk.zio');
    const regio = landelijkeRegio({ inventarisaties: 500 });
    let id = 0;
    maakProjectBestand(pad, (db) => {
      id = voegRegioToe(db, regio);
    });
    const openen = meet(
      `Project openen en landelijke regio lezen (${regio.leerlingen.length.toLocaleString('nl-NL')} leerlingcellen)`,
      () => {
        const db = openProjectDb(pad);
        try {
          return leesRegio(db, id);
        } finally {
          db.close();
        }
      },
      { iteraties: 10, doelMs: 1000 },
    );
    const db = openProjectDb(pad);
    let n = 0;
    const bewerken = meet(
      'Eén bewerking van de leerlingen, landelijke regio (opslaan + hele regio controleren)',
      () => bewerkRegio(db, id, [{ soort: 'leerlingen', school: regio.scholen[0].code, cellen: [{ woongemeente: regio.gemeenten[0].code, doelgroep: 'gedrag', aantal: 1 + (n++ % 9) }] }]),
      { iteraties: 20 },
    );
    db.close();
    const sessie = new ProjectSessie(join(map, 'data'), demoRegio);
    sessie.open(pad);
    const cel = () => [{ soort: 'leerlingen' as const, school: regio.scholen[0].code, cellen: [{ woongemeente: regio.gemeenten[0].code, doelgroep: 'gedrag' as const, aantal: 1 + (n++ % 9) }] }];
    const metOngedaan = meet(
      'Eén bewerking met ongedaan maken ervan via de sessie, landelijke regio',
      () => {
        sessie.diensten.regioBewerken({ regioId: id, wijzigingen: cel() });
        return sessie.diensten.regioOngedaanMaken({ regioId: id });
      },
      { iteraties: 5 },
    );
    sessie.sluit();
    return [openen, bewerken, metOngedaan];
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
