import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { GebruikersFout } from '../../shared/api/fout';
import type { ProjectInfo, RegioStand, ZioDiensten } from '../../shared/api/contract';
import { regioOverzicht } from '../../shared/regio/overzicht';
import { onvolledigheden, REGIO_FORMAAT, REGIO_VERSIE, type RegioBestand } from '../../shared/regio/schema';
import { kopieerProject, maakProjectBestand, openProjectDb, type ProjectDb } from '../store/db';
import { leesRegio, lijstRegios, vervangRegio, verwijderRegio, voegRegioToe } from '../store/regio-repository';
import { bewerkRegio } from '../store/regio-bewerken';
import { InstellingenOpslag } from './instellingen';
import { ontwerptafelDiensten } from './ontwerptafel-diensten';
import { bestandsstam, leesImport, maakDownload, XLSX_MIME } from './regio-bestanden';
import { maakBerekeningBuffer, maakOogoBuffer, maakOogoRapport } from '../export';
import { APP_VERSIE } from '../../shared/versie';
import { TABEL_LABEL } from '../../shared/regio/tabellen';
import { berekenBehoefte, deriveNormenset, evalueerVariant, pasNormensetAan, valideerVariant, type Normenset, type Variant } from '../../shared/engine';
import { leesNormAanpassingen, zetNormAanpassing } from '../store/normen-repository';
import { evaluatieWeergave } from '../../shared/engine/evaluatie-weergave';
import { uitlegDiensten } from './uitleg-dienst';
import { lijstVarianten, slaVariantOp, verwijderVariant } from '../store/variant-repository';
import { normenOverzicht } from '../../shared/engine/normen-overzicht';

export const PROJECT_EXTENSIE = '.zio';
const MAX_ONGEDAAN = 100;

export interface NieuwProjectOpties {
  /** Start with a copy of the demo regio instead of an empty project. */
  metDemo: boolean;
}

function metExtensie(pad: string): string {
  return extname(pad).toLowerCase() === PROJECT_EXTENSIE ? pad : pad + PROJECT_EXTENSIE;
}

/**
 * The open project and the operations on it. Shared by the Electron main process and the browser
 * host; knows nothing of windows or HTTP. A failed open/create leaves the current project open.
 */
export class ProjectSessie {
  private db: ProjectDb | null = null;
  private pad: string | null = null;
  readonly instellingen: InstellingenOpslag;

  constructor(
    readonly dataMap: string,
    private readonly demo: () => RegioBestand,
  ) {
    this.instellingen = new InstellingenOpslag(dataMap);
  }

  /** Opens the last project, or on a first start (or when it is gone) a project with the demo regio. */
  start(): void {
    const laatste = this.instellingen.get().laatsteProject;
    if (laatste && existsSync(laatste)) {
      try {
        this.open(laatste);
        return;
      } catch (e) {
        if (!(e instanceof GebruikersFout)) throw e;
        this.instellingen.vergeetProject(laatste);
        this.opstartMelding = `Het laatst geopende project kon niet worden geopend: ${e.message} Het demoproject is geopend.`;
      }
    }
    const standaard = this.standaardDemoPad();
    if (existsSync(standaard)) {
      try {
        this.open(standaard);
        return;
      } catch (e) {
        if (!(e instanceof GebruikersFout)) throw e;
      }
    }
    this.nieuw(this.vrijPad(standaard), { metDemo: true });
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

  private wissel(db: ProjectDb, pad: string): void {
    this.db?.close();
    this.geschiedenis.clear();
    this.db = db;
    this.pad = pad;
    this.instellingen.onthoudProject(pad);
  }

  open(pad: string): void {
    const volledig = resolve(pad);
    const db = openProjectDb(volledig);
    this.wissel(db, volledig);
  }

  nieuw(pad: string, opties: NieuwProjectOpties): void {
    const doel = resolve(metExtensie(pad));
    mkdirSync(dirname(doel), { recursive: true });
    maakProjectBestand(doel, (db) => {
      if (opties.metDemo) voegRegioToe(db, this.demo());
    });
    this.open(doel);
  }

  /** Copies the open project to a new file and continues working in that copy. */
  opslaanAls(pad: string): void {
    const doel = resolve(metExtensie(pad));
    if (doel === this.pad) return;
    if (!existsSync(dirname(doel))) throw new GebruikersFout(`De map ${dirname(doel)} bestaat niet.`);
    kopieerProject(this.huidigeDb(), doel);
    this.open(doel);
  }

  sluit(): void {
    this.db?.close();
    this.db = null;
  }

  huidigPad(): string | null {
    return this.pad;
  }

  huidigeDb(): ProjectDb {
    if (!this.db) throw new GebruikersFout('Er is geen project geopend.');
    return this.db;
  }

  info(): ProjectInfo {
    const db = this.huidigeDb();
    return { pad: this.pad!, naam: basename(this.pad!, PROJECT_EXTENSIE), regios: lijstRegios(db) };
  }

  private normenset: Normenset | null = null;

  /** Undo and redo per regio, for this session: the regio as it was before each edit. */
  private readonly geschiedenis = new Map<number, { ongedaan: RegioBestand[]; opnieuw: RegioBestand[] }>();

  private historie(regioId: number) {
    let h = this.geschiedenis.get(regioId);
    if (!h) this.geschiedenis.set(regioId, (h = { ongedaan: [], opnieuw: [] }));
    return h;
  }

  private stand(regioId: number, regio = leesRegio(this.huidigeDb(), regioId)): RegioStand {
    const h = this.historie(regioId);
    return { regio, aandachtspunten: onvolledigheden(regio), kanOngedaanMaken: h.ongedaan.length > 0, kanOpnieuwDoen: h.opnieuw.length > 0 };
  }

  bewerk(regioId: number, wijzigingen: Parameters<typeof bewerkRegio>[2]): RegioStand {
    return this.metOngedaan(regioId, (db) => bewerkRegio(db, regioId, wijzigingen));
  }

  /** Runs one change of a regio as one undo step. */
  private metOngedaan(regioId: number, wijzig: (db: ProjectDb) => RegioBestand): RegioStand {
    const db = this.huidigeDb();
    const voor = leesRegio(db, regioId);
    const na = wijzig(db);
    const h = this.historie(regioId);
    h.ongedaan.push(voor);
    if (h.ongedaan.length > MAX_ONGEDAAN) h.ongedaan.shift();
    h.opnieuw = [];
    return this.stand(regioId, na);
  }

  /** Steps back (or forward again) one edit; the step itself is stored atomically like any edit. */
  private stap(regioId: number, van: 'ongedaan' | 'opnieuw'): RegioStand {
    const h = this.historie(regioId);
    const doel = h[van].pop();
    if (!doel) throw new GebruikersFout(van === 'ongedaan' ? 'Er is niets om ongedaan te maken.' : 'Er is niets om opnieuw te doen.');
    const db = this.huidigeDb();
    h[van === 'ongedaan' ? 'opnieuw' : 'ongedaan'].push(leesRegio(db, regioId));
    vervangRegio(db, regioId, doel);
    return this.stand(regioId, doel);
  }

  /** The national normenset, derived once (a few milliseconds) on first use. */
  huidigeNormenset(): Normenset {
    this.normenset ??= deriveNormenset();
    return this.normenset;
  }

  /** The normenset a regio computes with: the national one with the regio's own overrides. */
  normensetVoor(regioId: number): Normenset {
    return pasNormensetAan(this.huidigeNormenset(), leesNormAanpassingen(this.huidigeDb(), regioId));
  }

  /** The name, or with " (2)", " (3)"… when a regio of that name is already in the project. */
  private vrijeRegioNaam(naam: string): string {
    const bestaand = new Set(lijstRegios(this.huidigeDb()).map((r) => r.naam));
    if (!bestaand.has(naam)) return naam;
    for (let i = 2; ; i++) if (!bestaand.has(`${naam} (${i})`)) return `${naam} (${i})`;
  }

  private oogo({ regioId, swv, variant, kleineAantallen }: { regioId: number; swv: string; variant: unknown; kleineAantallen: boolean }) {
    const regio = leesRegio(this.huidigeDb(), regioId);
    if (!regio.samenwerkingsverbanden.some((s) => s.code === swv)) throw new GebruikersFout(`Samenwerkingsverband ${swv} bestaat niet in deze regio.`);
    return maakOogoRapport(regio, this.controleerVariant(variant, regio), this.normensetVoor(regioId), swv, { kleineAantallen, appVersie: APP_VERSIE });
  }

  /** A variant checked against the regio; a user error lists every problem with its JSON path. */
  controleerVariant(data: unknown, regio: RegioBestand): Variant {
    const r = valideerVariant(data, regio, { taken: this.huidigeNormenset().taken });
    if (!r.ok) throw new GebruikersFout('De variant klopt niet bij deze regio.', r.problemen);
    return r.waarde;
  }

  /** The API operations as services, over the open project. */
  readonly diensten: ZioDiensten = {
    ...ontwerptafelDiensten(this),
    ...uitlegDiensten(this),
    projectInfo: () => this.info(),
    regioLezen: ({ regioId }) => leesRegio(this.huidigeDb(), regioId),
    regioOverzicht: ({ regioId }) => regioOverzicht(leesRegio(this.huidigeDb(), regioId)),
    regioStand: ({ regioId }) => this.stand(regioId),
    regioBewerken: ({ regioId, wijzigingen }) => this.bewerk(regioId, wijzigingen),
    regioOngedaanMaken: ({ regioId }) => this.stap(regioId, 'ongedaan'),
    regioOpnieuwDoen: ({ regioId }) => this.stap(regioId, 'opnieuw'),
    regioNieuw: ({ naam }) => {
      const db = this.huidigeDb();
      const id = voegRegioToe(db, { formaat: REGIO_FORMAAT, versie: REGIO_VERSIE, regio: { naam }, gemeenten: [], samenwerkingsverbanden: [], scholen: [], leerlingen: [], zorgkantoor: { naam: 'Zorgkantoor' }, zorgverzekeraars: [], inventarisaties: [] });
      return lijstRegios(db).find((r) => r.id === id)!;
    },
    regioImporteren: ({ bestandsnaam, inhoud, doel }) => {
      const bytes = Buffer.from(inhoud, 'base64');
      if (doel.soort === 'nieuw') {
        const gelezen = leesImport(bestandsnaam, bytes, doel);
        const regio = { ...gelezen, regio: { naam: this.vrijeRegioNaam(gelezen.regio.naam) } };
        const regioId = voegRegioToe(this.huidigeDb(), regio);
        const leerlingen = regio.leerlingen.reduce((s, l) => s + l.aantal, 0);
        return { regioId, melding: `Regio ${regio.regio.naam} ingelezen: ${regio.gemeenten.length} gemeenten, ${regio.scholen.length} scholen, ${leerlingen.toLocaleString('nl-NL')} leerlingen.` };
      }
      const huidig = leesRegio(this.huidigeDb(), doel.regioId);
      this.metOngedaan(doel.regioId, (db) => {
        const nieuw = leesImport(bestandsnaam, bytes, { soort: 'tabel', tabel: doel.tabel, regio: huidig });
        vervangRegio(db, doel.regioId, nieuw);
        return nieuw;
      });
      return { regioId: doel.regioId, melding: `${TABEL_LABEL[doel.tabel]} vervangen door de inhoud van ${basename(bestandsnaam)}. Ongedaan maken kan.` };
    },
    regioDownload: ({ regioId, soort }) => {
      const b = maakDownload(regioId === null ? null : leesRegio(this.huidigeDb(), regioId), soort);
      return { ...b, inhoud: Buffer.from(b.inhoud).toString('base64') };
    },
    regioVerwijderen: ({ regioId }) => {
      verwijderRegio(this.huidigeDb(), regioId);
      this.geschiedenis.delete(regioId);
      return this.info();
    },
    behoefte: ({ regioId, scope }) => {
      const { cellen: _cellen, ...behoefte } = berekenBehoefte(this.normensetVoor(regioId), leesRegio(this.huidigeDb(), regioId), scope);
      return behoefte;
    },
    formatieNorm: ({ regioId, school }) => {
      const regio = leesRegio(this.huidigeDb(), regioId);
      const s = regio.scholen.find((x) => x.code === school);
      if (!s) throw new GebruikersFout(`School ${school} bestaat niet in deze regio.`);
      const b = berekenBehoefte(this.normensetVoor(regioId), { scholen: [s], leerlingen: regio.leerlingen.filter((l) => l.school === school) }, 'breed');
      return b.perSchool[0]?.fte ?? {};
    },
    normen: ({ regioId }) => {
      if (regioId === null) return normenOverzicht(this.huidigeNormenset());
      const aanpassingen = leesNormAanpassingen(this.huidigeDb(), regioId);
      return normenOverzicht(pasNormensetAan(this.huidigeNormenset(), aanpassingen), { landelijk: this.huidigeNormenset(), aanpassingen });
    },
    normAanpassen: ({ regioId, aanpassing }) => {
      const db = this.huidigeDb();
      if (!db.prepare('SELECT 1 FROM regio WHERE id = ?').get(regioId)) throw new GebruikersFout(`Regio ${regioId} bestaat niet in dit project.`);
      const { waarde, ...sleutel } = aanpassing;
      if (!this.huidigeNormenset().professionals.some((x) => x.id === sleutel.professional)) throw new GebruikersFout(`Onbekende professional ${sleutel.professional}.`);
      zetNormAanpassing(db, regioId, sleutel, waarde === null ? null : { waarde, toelichting: aanpassing.toelichting ?? '' });
      const aanpassingen = leesNormAanpassingen(db, regioId);
      return normenOverzicht(pasNormensetAan(this.huidigeNormenset(), aanpassingen), { landelijk: this.huidigeNormenset(), aanpassingen });
    },
    evaluatie: ({ regioId, variant }) => {
      const regio = leesRegio(this.huidigeDb(), regioId);
      return evaluatieWeergave(evalueerVariant(this.normensetVoor(regioId), regio, this.controleerVariant(variant, regio)), regioId);
    },
    varianten: ({ regioId }) => lijstVarianten(this.huidigeDb(), regioId),
    variantOpslaan: ({ regioId, id, naam, instellingen }) => {
      this.controleerVariant(instellingen, leesRegio(this.huidigeDb(), regioId));
      return slaVariantOp(this.huidigeDb(), regioId, id, naam, instellingen);
    },
    berekeningExporteren: ({ regioId, variant, kleineAantallen }) => {
      const regio = leesRegio(this.huidigeDb(), regioId);
      const v = this.controleerVariant(variant, regio);
      const inhoud = maakBerekeningBuffer(regio, v, this.normensetVoor(regioId), { kleineAantallen, appVersie: APP_VERSIE });
      return { bestandsnaam: `${bestandsstam(regio.regio.naam)} - berekening.xlsx`, mime: XLSX_MIME, inhoud: Buffer.from(inhoud).toString('base64') };
    },
    oogoRapport: (invoer) => this.oogo(invoer),
    oogoExporteren: (invoer) => {
      const rapport = this.oogo(invoer);
      return { bestandsnaam: `OOGO ${bestandsstam(rapport.kop.swv.naam)}.xlsx`, mime: XLSX_MIME, inhoud: Buffer.from(maakOogoBuffer(rapport)).toString('base64') };
    },
    pdfOpslaan: () => {
      throw new GebruikersFout('Opslaan als PDF kan in de desktop-app. Gebruik in de browser Afdrukken en kies daar "Opslaan als PDF".');
    },
    variantVerwijderen: ({ regioId, id }) => {
      verwijderVariant(this.huidigeDb(), regioId, id);
      return lijstVarianten(this.huidigeDb(), regioId);
    },
  };
}
