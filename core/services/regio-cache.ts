import { pasNormensetAan, type Normenset } from '../../shared/engine';
import type { RegioBestand } from '../../shared/regio/schema';
import type { ProjectDb } from '../store/db';
import { leesNormAanpassingen } from '../store/normen-repository';
import { leesRegio } from '../store/regio-repository';

/**
 * The regios of the open project and their normensets, read once and kept until an edit of that
 * regio (`vergeet`) or a commit by another connection (SQLite's data_version) makes them stale.
 * Cached values are shared and frozen: a caller that would change one fails loudly instead.
 */
export class RegioCache {
  private readonly regios = new Map<number, RegioBestand>();
  private readonly normensets = new Map<number, Normenset>();
  private dataVersie: number | null = null;

  constructor(
    private readonly db: ProjectDb,
    private readonly landelijk: () => Normenset,
  ) {}

  /** Another connection's commit changes data_version; ours do not, those are forgotten explicitly. */
  private bijwerken(): void {
    const versie = this.db.pragma('data_version', { simple: true }) as number;
    if (versie === this.dataVersie) return;
    this.regios.clear();
    this.normensets.clear();
    this.dataVersie = versie;
  }

  regio(regioId: number): RegioBestand {
    this.bijwerken();
    let r = this.regios.get(regioId);
    if (!r) this.regios.set(regioId, (r = vries(leesRegio(this.db, regioId))));
    return r;
  }

  /** The national normenset with the regio's own overrides. */
  normenset(regioId: number): Normenset {
    this.bijwerken();
    let n = this.normensets.get(regioId);
    if (!n) this.normensets.set(regioId, (n = vries(pasNormensetAan(this.landelijk(), leesNormAanpassingen(this.db, regioId)))));
    return n;
  }

  /** After an edit, undo, redo, import or norm change of this regio. */
  vergeet(regioId: number): void {
    this.regios.delete(regioId);
    this.normensets.delete(regioId);
  }
}

function vries<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) vries(v);
  }
  return o;
}
