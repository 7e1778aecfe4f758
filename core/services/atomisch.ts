import { writeFileSync, renameSync, rmSync, openSync, fsyncSync, closeSync } from 'node:fs';

/** Writes a file so that readers see either the old or the complete new content, never a half. */
export function schrijfAtomisch(pad: string, inhoud: string | Uint8Array): void {
  const tmp = `${pad}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, inhoud);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, pad);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
