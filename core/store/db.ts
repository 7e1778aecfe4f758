import { existsSync, openSync, readSync, closeSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATIES, SCHEMA_VERSIE, type Migratie } from './migrations';
import { GebruikersFout } from '../../shared/api/fout';

export type ProjectDb = Database.Database;

/** 'ZIO1': marks a SQLite file as a ZiO project, so foreign databases are refused. */
export const APPLICATION_ID = 0x5a494f31;
const SQLITE_KOP = 'SQLite format 3\u0000';

function leesKop(pad: string): string {
  const fd = openSync(pad, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * An error while opening a file: every SQLite error there means the file is not a usable project
 * (e.g. "unsupported file format" for a damaged header).
 */
function vertaalOpenFout(e: unknown, pad: string): Error {
  const vertaald = vertaalOpslagfout(e, `Het bestand ${pad}`);
  const code = (e as { code?: string }).code ?? '';
  if (!(vertaald instanceof GebruikersFout) && code.startsWith('SQLITE_')) {
    return new GebruikersFout(`Het bestand ${pad} is beschadigd of geen ZiO-project (${(e as Error).message}).`);
  }
  return vertaald;
}

/**
 * Storage errors the user can act on (damaged file, read-only location, full disk) become a Dutch
 * GebruikersFout whose subject is `wat` ("Het open project"); anything else passes unchanged.
 */
export function vertaalOpslagfout(e: unknown, wat: string): Error {
  if (e instanceof GebruikersFout) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new GebruikersFout(`${wat} is beschadigd of geen ZiO-project.`);
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_CANTOPEN')) return new GebruikersFout(`${wat} kan niet worden geopend om te schrijven. Staat het op een alleen-lezen locatie?`);
  if (code === 'SQLITE_FULL') return new GebruikersFout('De schijf is vol: het project kon niet worden opgeslagen.');
  // SQLITE_BUSY, _SNAPSHOT, _RECOVERY, _TIMEOUT and SQLITE_LOCKED*: another connection holds the file.
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new GebruikersFout(`${wat} is even bezet door een ander programma dat het ook open heeft: de wijziging is niet opgeslagen. Probeer het zo opnieuw, of sluit het project in dat andere programma.`);
  }
  return e instanceof Error ? e : new Error(String(e));
}

function weigerNieuwereVersie(versie: number, laatste: number): void {
  if (versie > laatste) {
    throw new GebruikersFout(`Dit project is gemaakt met een nieuwere versie van de app (schema ${versie}; deze versie kent tot ${laatste}). Werk de app bij om het te openen.`);
  }
}

/** Applies the migrations newer than the file's user_version, all in one transaction. */
export function migreer(db: ProjectDb, migraties: readonly Migratie[] = MIGRATIES): void {
  const huidig = db.pragma('user_version', { simple: true }) as number;
  const laatste = migraties.length ? migraties[migraties.length - 1].versie : 0;
  weigerNieuwereVersie(huidig, laatste);
  const openstaand = migraties.filter((m) => m.versie > huidig);
  if (!openstaand.length) return;
  db.transaction(() => {
    for (const m of openstaand) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.versie}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  })();
}

function isLeeg(db: ProjectDb): boolean {
  return (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n === 0;
}

export interface OpenOpties {
  /** Create the file when it does not exist (used only for new projects). */
  maakAan?: boolean;
  migraties?: readonly Migratie[];
}

/**
 * Opens a project file, refusing anything that is not a healthy ZiO project of this or an older
 * version. Never modifies a file it refuses.
 */
export function openProjectDb(pad: string, opties: OpenOpties = {}): ProjectDb {
  const bestaat = existsSync(pad);
  if (!bestaat && !opties.maakAan) throw new GebruikersFout(`Het projectbestand ${pad} bestaat niet (meer).`);
  if (bestaat) {
    let kop: string;
    try {
      kop = leesKop(pad);
    } catch {
      throw new GebruikersFout(`Het bestand ${pad} kan niet worden gelezen.`);
    }
    if (kop.length === 0 && !opties.maakAan) throw new GebruikersFout(`Het bestand ${pad} is leeg: het is geen ZiO-project.`);
    if (kop.length > 0 && kop !== SQLITE_KOP) throw new GebruikersFout(`Het bestand ${pad} is geen ZiO-project (het is geen projectdatabase).`);
  }
  let db: ProjectDb | undefined;
  try {
    db = new Database(pad, { fileMustExist: !opties.maakAan });
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID && !isLeeg(db)) throw new GebruikersFout(`Het bestand ${pad} is een database van een ander programma, geen ZiO-project.`);
    const controle = db.pragma('quick_check', { simple: true });
    if (controle !== 'ok') throw new GebruikersFout(`Het bestand ${pad} is beschadigd (${String(controle)}).`);
    const versie = db.pragma('user_version', { simple: true }) as number;
    if (appId === APPLICATION_ID && versie < 1) throw new GebruikersFout(`Het bestand ${pad} is beschadigd (ongeldige schemaversie ${versie}).`);
    weigerNieuwereVersie(versie, (opties.migraties ?? MIGRATIES).at(-1)?.versie ?? 0);
    // A rollback journal, not WAL: every committed edit is in the .zio file itself at once, so the
    // file alone (copied, mailed, backed up while the app runs, or left after a kill) always holds
    // every acknowledged edit. WAL's gain, readers beside a writer, is not needed: one app writes
    // a project at a time (the lock beside it), and a read-only viewer works on its own copy.
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    migreer(db, opties.migraties);
    return db;
  } catch (e) {
    db?.close();
    throw vertaalOpenFout(e, pad);
  }
}

/**
 * Writes a consistent copy of an open project to `doel` atomically: a temporary file next to the
 * target is filled with VACUUM INTO and renamed over it only when complete.
 */
export function kopieerProject(db: ProjectDb, doel: string): void {
  const tmp = `${doel}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    renameSync(tmp, doel);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw vertaalSchrijfFout(e, doel);
  }
}

/** Creates a new project file atomically: built under a temporary name, renamed when complete. */
export function maakProjectBestand(doel: string, vul: (db: ProjectDb) => void): void {
  const tmp = `${doel}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  try {
    const db = openProjectDb(tmp, { maakAan: true });
    try {
      db.prepare('INSERT INTO project_meta (sleutel, waarde) VALUES (?, ?)').run('aangemaakt', new Date().toISOString());
      vul(db);
    } finally {
      db.close();
    }
    renameSync(tmp, doel);
  } catch (e) {
    for (const f of [tmp, `${tmp}-journal`]) rmSync(f, { force: true });
    throw vertaalSchrijfFout(e, doel);
  }
}

/** A consistent snapshot of the project at `bron` written to `doel`, without writing to `bron`. */
export function maakLeeskopie(bron: string, doel: string): void {
  let db: ProjectDb;
  try {
    db = new Database(bron, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw vertaalOpenFout(e, bron);
  }
  try {
    db.pragma('busy_timeout = 3000');
    kopieerProject(db, doel);
  } finally {
    db.close();
  }
}

/** An error while writing a file (project, lock, copy) that names the place and what to do. */
export function vertaalSchrijfFout(e: unknown, doel: string): Error {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new GebruikersFout(`Geen toestemming om ${doel} te schrijven. Kies een andere map.`);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new GebruikersFout('De schijf is vol: het project kon niet worden opgeslagen.');
  if (code === 'ENOENT') return new GebruikersFout(`De map voor ${doel} bestaat niet.`);
  return vertaalOpenFout(e, doel);
}

export { SCHEMA_VERSIE };
