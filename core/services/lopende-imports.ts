import { GebruikersFout } from '../../shared/api/fout';
import { ImportGeannuleerd } from '../import/uitvoerder';

/**
 * The imports running in the import worker, by the id the UI gave them, so that "Annuleren" can stop
 * one. A cancel that overtakes its upload is remembered and refuses the import on arrival.
 */
export class LopendeImports {
  private readonly lopend = new Map<string, AbortController>();
  private readonly vroegGeannuleerd = new Set<string>();

  /** Stops a running import; false when none with that id runs (not yet arrived, or just finished). */
  annuleer(importId: string): boolean {
    const c = this.lopend.get(importId);
    if (c) {
      c.abort();
      return true;
    }
    this.vroegGeannuleerd.add(importId);
    if (this.vroegGeannuleerd.size > 100) this.vroegGeannuleerd.delete(this.vroegGeannuleerd.values().next().value!);
    return false;
  }

  /** Runs `lees` with an abort signal registered under `importId` (when given). */
  async volg<T>(importId: string | undefined, lees: (signaal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (importId) {
      if (this.vroegGeannuleerd.delete(importId)) throw new ImportGeannuleerd();
      if (this.lopend.has(importId)) throw new GebruikersFout('Dit bestand wordt al ingelezen.');
      this.lopend.set(importId, controller);
    }
    try {
      return await lees(controller.signal);
    } finally {
      if (importId) this.lopend.delete(importId);
    }
  }
}
