import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { schrijfAtomisch } from './atomisch';

const MAX_RECENT = 8;

const InstellingenSchema = z.object({
  laatsteProject: z.string().nullable().default(null),
  recent: z.array(z.string()).default([]),
});
export type Instellingen = z.infer<typeof InstellingenSchema>;

/** The app's own settings (last project, recent projects), kept as JSON in the data folder. */
export class InstellingenOpslag {
  private readonly pad: string;
  private waarde: Instellingen;

  constructor(readonly dataMap: string) {
    this.pad = join(dataMap, 'instellingen.json');
    this.waarde = this.lees();
  }

  private lees(): Instellingen {
    if (!existsSync(this.pad)) return InstellingenSchema.parse({});
    try {
      return InstellingenSchema.parse(JSON.parse(readFileSync(this.pad, 'utf8')));
    } catch {
      // A damaged settings file only costs the recent list; the projects themselves are untouched.
      return InstellingenSchema.parse({});
    }
  }

  get(): Instellingen {
    return { ...this.waarde, recent: [...this.waarde.recent] };
  }

  /** Records `pad` as the open project and the first of the recent list. */
  onthoudProject(pad: string): void {
    const recent = [pad, ...this.waarde.recent.filter((p) => p !== pad)].slice(0, MAX_RECENT);
    this.bewaar({ laatsteProject: pad, recent });
  }

  vergeetProject(pad: string): void {
    this.bewaar({
      laatsteProject: this.waarde.laatsteProject === pad ? null : this.waarde.laatsteProject,
      recent: this.waarde.recent.filter((p) => p !== pad),
    });
  }

  /** Written atomically; kept in memory only once it is on disk, so both always agree. */
  private bewaar(waarde: Instellingen): void {
    mkdirSync(this.dataMap, { recursive: true });
    schrijfAtomisch(this.pad, JSON.stringify(waarde, null, 2));
    this.waarde = waarde;
  }
}
