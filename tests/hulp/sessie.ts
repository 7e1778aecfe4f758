import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { demoRegio } from '../../core/services/demo-regio';
import { ProjectSessie } from '../../core/services/project-sessie';
import { GebruikersFout } from '../../shared/api/fout';

/**
 * A project session on the demo regio in a fresh temporary data folder for every test. Read the
 * fields inside tests (they are replaced before each one).
 */
export function demoSessiePerTest(): { s: ProjectSessie; regioId: number } {
  const context = {} as { s: ProjectSessie; regioId: number; map: string };
  beforeEach(() => {
    context.map = mkdtempSync(join(tmpdir(), 'zio-sessie-'));
    context.s = new ProjectSessie(join(context.map, 'data'), demoRegio);
    context.s.start();
    context.regioId = context.s.info().regios[0].id;
  });
  afterEach(() => {
    context.s.sluit();
    rmSync(context.map, { recursive: true, force: true });
  });
  return context;
}

/** The GebruikersFout a call throws; fails the test when it throws nothing or something else. */
export function gebruikersFout(f: () => unknown): GebruikersFout {
  try {
    f();
  } catch (e) {
    if (e instanceof GebruikersFout) return e;
    throw e;
  }
  throw new Error('verwacht een GebruikersFout');
}

/** The GebruikersFout an async call rejects with; fails the test when it resolves or rejects with something else. */
export async function gebruikersFoutAsync(f: () => Promise<unknown>): Promise<GebruikersFout> {
  try {
    await f();
  } catch (e) {
    if (e instanceof GebruikersFout) return e;
    throw e;
  }
  throw new Error('verwacht een GebruikersFout');
}
