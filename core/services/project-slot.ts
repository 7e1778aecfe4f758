import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { GebruikersFout } from '../../shared/api/fout';

/** Who holds a project: written as JSON into the lock file beside the project. */
export interface Houder {
  pid: number;
  computer: string;
  /** "de desktop-app", "de browser-host", … */
  app: string;
  sinds: string;
  /** Tells two sessions in one process apart. */
  sessie: string;
}

/** The project is open for writing elsewhere; the message names who holds it. */
export class ProjectInGebruik extends GebruikersFout {
  constructor(
    readonly pad: string,
    readonly houder: Houder | null,
  ) {
    super(ProjectInGebruik.melding(pad, houder));
    this.name = 'ProjectInGebruik';
  }

  private static melding(pad: string, h: Houder | null): string {
    const sinds = h ? new Date(h.sinds).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' }) : '';
    const wie = !h
      ? 'door een ander programma'
      : h.computer === hostname()
        ? `op deze computer (${h.app}, proces ${h.pid}, sinds ${sinds})`
        : `op computer ${h.computer} (${h.app}, sinds ${sinds})`;
    return `Dit project is al geopend ${wie}: ${pad}. Sluit het daar, of open een alleen-lezen kopie. Klopt dit niet (bijvoorbeeld na een storing), verwijder dan ${slotPad(pad)}.`;
  }
}

/** The project lies where this user cannot write (a read-only share, a CD, another user's folder). */
export class AlleenLezenLocatie extends GebruikersFout {
  constructor(readonly pad: string) {
    super(`Het project ${pad} staat op een plek waar ZiO niet mag schrijven (alleen-lezen). Open een alleen-lezen kopie, of kopieer het project naar een eigen map.`);
    this.name = 'AlleenLezenLocatie';
  }
}

export const slotPad = (project: string) => `${project}.lock`;

function leesHouder(pad: string): Houder | null {
  try {
    const h = JSON.parse(readFileSync(pad, 'utf8')) as Partial<Houder>;
    return typeof h.pid === 'number' && typeof h.computer === 'string' ? ({ app: 'ZiO', sinds: '', sessie: '', ...h } as Houder) : null;
  } catch {
    return null;
  }
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock left by a process of this computer that no longer runs; one of another computer is never stale to us. */
function isVerlaten(h: Houder | null): boolean {
  return h !== null && h.computer === hostname() && h.pid !== process.pid && !leeft(h.pid);
}

/**
 * The exclusive right to write one project: a lock file beside it, created atomically (O_EXCL),
 * holding pid, computer and app. A lock of a process that has ended on this computer is taken over.
 */
export class ProjectSlot {
  private constructor(
    readonly pad: string,
    private readonly houder: Houder,
  ) {}

  static neem(project: string, app: string): ProjectSlot {
    const pad = slotPad(project);
    const houder: Houder = { pid: process.pid, computer: hostname(), app, sinds: new Date().toISOString(), sessie: randomUUID() };
    for (let poging = 0; poging < 2; poging++) {
      let fd: number;
      try {
        fd = openSync(pad, 'wx');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') throw new AlleenLezenLocatie(project);
        if (code !== 'EEXIST') throw e;
        const bestaand = leesHouder(pad);
        if (poging === 0 && isVerlaten(bestaand)) {
          rmSync(pad, { force: true });
          continue;
        }
        throw new ProjectInGebruik(project, bestaand);
      }
      try {
        writeSync(fd, JSON.stringify(houder));
      } finally {
        closeSync(fd);
      }
      return new ProjectSlot(pad, houder);
    }
    throw new ProjectInGebruik(project, leesHouder(pad));
  }

  /** Removes the lock file, but only while it is still ours (never one another process took over). */
  geefVrij(): void {
    if (leesHouder(this.pad)?.sessie === this.houder.sessie) rmSync(this.pad, { force: true });
  }
}
