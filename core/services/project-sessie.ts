import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { GebruikersFout } from '../../shared/api/fout';
import type { ProjectInfo, ZioDiensten } from '../../shared/api/contract';
import type { RegioBestand } from '../../shared/regio/schema';
import { kopieerProject, maakLeeskopie, maakProjectBestand, openProjectDb, vertaalSchrijfFout, type ProjectDb } from '../store/db';
import { lijstRegios, voegRegioToe } from '../store/regio-repository';
import { deriveNormenset, valideerVariant, type Normenset, type Variant } from '../../shared/engine';
import { InstellingenOpslag } from './instellingen';
import { AlleenLezenLocatie, ProjectInGebruik, ProjectSlot } from './project-slot';
import { RegioCache } from './regio-cache';
import { RegioGeschiedenis } from './regio-geschiedenis';
import { zioDiensten } from './diensten';
import { dataMapFout } from './data-map';

export const PROJECT_EXTENSIE = '.zio';

export interface NieuwProjectOpties {
  /** Start with a copy of the demo regio instead of an empty project. */
  metDemo: boolean;
}

export interface SessieOpties {
  /** Which app holds the project, named to whoever else tries to open it ("de browser-host"). */
  app?: string;
}

function metExtensie(pad: string): string {
  return extname(pad).toLowerCase() === PROJECT_EXTENSIE ? pad : pad + PROJECT_EXTENSIE;
}

/** The national normenset, derived once (a few milliseconds) on first use. */
let landelijk: Normenset | null = null;
const landelijkeNormenset = () => (landelijk ??= deriveNormenset());

/** An open project: its database and what belongs to it alone (lock, cache, undo history). */
class OpenProject {
  readonly cache: RegioCache;
  readonly geschiedenis = new RegioGeschiedenis();

  constructor(
    readonly db: ProjectDb,
    readonly pad: string,
    /** The write lock; null for a read-only copy. */
    private readonly slot: ProjectSlot | null,
    /** For a read-only copy: the project it copies and the folder of the copy. */
    readonly alleenLezen: { origineel: string; map: string } | null = null,
  ) {
    this.cache = new RegioCache(db, landelijkeNormenset);
  }

  sluit(): void {
    this.db.close();
    this.slot?.geefVrij();
    if (this.alleenLezen) rmSync(this.alleenLezen.map, { recursive: true, force: true });
  }
}

/**
 * The open project: opening, creating, "Opslaan als", the recent list, the write lock, and the
 * cached regios the domain services (./diensten) work on. Shared by the Electron main process and
 * the browser host; knows nothing of windows or HTTP. A failed open/create leaves the current
 * project open.
 */
export class ProjectSessie {
  private project: OpenProject | null = null;
  readonly instellingen: InstellingenOpslag;
  private readonly app: string;

  constructor(
    readonly dataMap: string,
    private readonly demo: () => RegioBestand,
    opties: SessieOpties = {},
  ) {
    this.instellingen = new InstellingenOpslag(dataMap);
    this.app = opties.app ?? 'ZiO';
  }

  /**
   * Opens the last project, or on a first start (or when it is gone) a project with the demo regio.
   * A project open elsewhere is opened as a read-only copy. When the data folder cannot be written
   * and there is no project to open, throws DataMapOnbruikbaar, which names the folder.
   */
  start(): void {
    const laatste = this.instellingen.get().laatsteProject;
    if (laatste && existsSync(laatste)) {
      try {
        this.openOfLeeskopie(laatste);
        return;
      } catch (e) {
        if (!(e instanceof GebruikersFout)) throw e;
        this.bewaarInstelling(() => this.instellingen.vergeetProject(laatste));
        this.opstartMelding = `Het laatst geopende project kon niet worden geopend: ${e.message} Het demoproject is geopend.`;
      }
    }
    const standaard = this.standaardDemoPad();
    if (existsSync(standaard)) {
      try {
        this.openOfLeeskopie(standaard);
        return;
      } catch (e) {
        if (!(e instanceof GebruikersFout)) throw e;
      }
    }
    try {
      this.nieuw(this.vrijPad(standaard), { metDemo: true });
    } catch (e) {
      throw dataMapFout(e, this.dataMap);
    }
  }

  /**
   * At start-up a project held by another app, or in a folder this user cannot write, is not lost
   * from view: it opens as a read-only copy.
   */
  private openOfLeeskopie(pad: string): void {
    try {
      this.open(pad);
    } catch (e) {
      if (!(e instanceof ProjectInGebruik || e instanceof AlleenLezenLocatie)) throw e;
      this.openAlleenLezen(pad);
      this.opstartMelding = `${e.message} Er is nu een alleen-lezen kopie geopend.`;
    }
  }

  /** A message for the user from start-up, e.g. that the last project could not be opened. */
  opstartMelding: string | null = null;

  private standaardDemoPad(): string {
    return join(this.dataMap, 'projecten', `Demoregio${PROJECT_EXTENSIE}`);
  }

  private vrijPad(pad: string): string {
    if (!existsSync(pad)) return pad;
    const basis = pad.slice(0, -PROJECT_EXTENSIE.length);
    for (let i = 2; ; i++) if (!existsSync(`${basis} (${i})${PROJECT_EXTENSIE}`)) return `${basis} (${i})${PROJECT_EXTENSIE}`;
  }

  /**
   * Switches to a project that is already open. The settings are written only after the switch;
   * failing to write them (full disk) does not undo it, the user is told instead.
   */
  private wissel(project: OpenProject): void {
    this.project?.sluit();
    this.project = project;
    if (!project.alleenLezen) this.onthoud(project.pad);
  }

  private onthoud(pad: string): void {
    this.instellingenMelding = null;
    this.bewaarInstelling(() => this.instellingen.onthoudProject(pad));
  }

  private bewaarInstelling(wijzig: () => void): void {
    try {
      wijzig();
    } catch (e) {
      this.instellingenMelding = `Het project is geopend, maar de lijst met recente projecten kon niet worden bewaard: ${dataMapFout(e, this.dataMap).message}`;
    }
  }

  /** Set when the last switch could not record the project in the settings. */
  instellingenMelding: string | null = null;

  /** Takes the write lock of `pad`; a lock that cannot be written is a folder the user cannot write. */
  private neemSlot(pad: string): ProjectSlot {
    try {
      return ProjectSlot.neem(pad, this.app);
    } catch (e) {
      if (e instanceof GebruikersFout) throw e;
      throw vertaalSchrijfFout(e, pad);
    }
  }

  /** Opens `pad` under a lock already taken; releases the lock when the file is refused. */
  private openMetSlot(pad: string, slot: ProjectSlot): void {
    let db: ProjectDb;
    try {
      db = openProjectDb(pad);
    } catch (e) {
      slot.geefVrij();
      throw e;
    }
    this.wissel(new OpenProject(db, pad, slot));
  }

  /** Opens a project for writing; refused with ProjectInGebruik while another app holds it. */
  open(pad: string): void {
    const volledig = resolve(pad);
    if (this.project?.pad === volledig && !this.project.alleenLezen) return this.onthoud(volledig);
    if (!existsSync(volledig)) throw new GebruikersFout(`Het projectbestand ${volledig} bestaat niet (meer).`);
    this.openMetSlot(volledig, this.neemSlot(volledig));
  }

  /**
   * Opens a snapshot of `pad` in a temporary folder, without a lock and without touching `pad`:
   * for a project another app holds. Every change is refused; "Opslaan als" makes it a project.
   */
  openAlleenLezen(pad: string): void {
    const origineel = resolve(pad);
    const map = mkdtempSync(join(tmpdir(), 'zio-alleen-lezen-'));
    try {
      const kopie = join(map, basename(origineel));
      maakLeeskopie(origineel, kopie);
      const db = openProjectDb(kopie);
      db.pragma('query_only = ON');
      this.wissel(new OpenProject(db, kopie, null, { origineel, map }));
    } catch (e) {
      rmSync(map, { recursive: true, force: true });
      throw e;
    }
  }

  nieuw(pad: string, opties: NieuwProjectOpties): void {
    const doel = resolve(metExtensie(pad));
    mkdirSync(dirname(doel), { recursive: true });
    const slot = this.neemSlot(doel);
    try {
      maakProjectBestand(doel, (db) => {
        if (opties.metDemo) voegRegioToe(db, this.demo());
      });
    } catch (e) {
      slot.geefVrij();
      throw e;
    }
    this.openMetSlot(doel, slot);
  }

  /** Copies the open project to a new file and continues working in that copy. */
  opslaanAls(pad: string): void {
    const doel = resolve(metExtensie(pad));
    if (doel === this.project?.pad) return;
    if (!existsSync(dirname(doel))) throw new GebruikersFout(`De map ${dirname(doel)} bestaat niet.`);
    const slot = this.neemSlot(doel);
    try {
      kopieerProject(this.huidigeDb(), doel);
    } catch (e) {
      slot.geefVrij();
      throw e;
    }
    this.openMetSlot(doel, slot);
  }

  sluit(): void {
    this.project?.sluit();
    this.project = null;
  }

  huidigPad(): string | null {
    return this.project?.pad ?? null;
  }

  private huidig(): OpenProject {
    if (!this.project) throw new GebruikersFout('Er is geen project geopend.');
    return this.project;
  }

  huidigeDb(): ProjectDb {
    return this.huidig().db;
  }

  info(): ProjectInfo {
    const p = this.huidig();
    const info: ProjectInfo = { pad: p.pad, naam: basename(p.alleenLezen?.origineel ?? p.pad, PROJECT_EXTENSIE), regios: lijstRegios(p.db) };
    if (p.alleenLezen) info.alleenLezen = `Alleen-lezen kopie van ${p.alleenLezen.origineel}`;
    return info;
  }

  /** Undo and redo of the open project's regios. */
  geschiedenis(): RegioGeschiedenis {
    return this.huidig().geschiedenis;
  }

  /** The regio as stored, cached until it changes. Shared: never change it. */
  regio(regioId: number): RegioBestand {
    return this.huidig().cache.regio(regioId);
  }

  /** Called by every service that changed a regio or its norms. */
  regioGewijzigd(regioId: number): void {
    this.huidig().cache.vergeet(regioId);
  }

  /** The national normenset. */
  huidigeNormenset(): Normenset {
    return landelijkeNormenset();
  }

  /** The normenset a regio computes with: the national one with the regio's own overrides. */
  normensetVoor(regioId: number): Normenset {
    return this.huidig().cache.normenset(regioId);
  }

  /** A variant checked against the regio; a user error lists every problem with its JSON path. */
  controleerVariant(data: unknown, regio: RegioBestand): Variant {
    const r = valideerVariant(data, regio, { taken: this.huidigeNormenset().taken });
    if (!r.ok) throw new GebruikersFout('De variant klopt niet bij deze regio.', r.problemen);
    return r.waarde;
  }

  /** A write refused by a read-only copy, in words. */
  vertaalFout(e: unknown): unknown {
    const origineel = this.project?.alleenLezen?.origineel;
    if (origineel && (e as { code?: string }).code === 'SQLITE_READONLY') {
      return new GebruikersFout(`Dit is een alleen-lezen kopie van ${origineel}: de wijziging is niet opgeslagen. Kies Opslaan als om er een eigen project van te maken, of open het project opnieuw zodra het elders gesloten is.`);
    }
    return e;
  }

  /** The API operations as services, over the open project. */
  readonly diensten: ZioDiensten = zioDiensten(this);
}
