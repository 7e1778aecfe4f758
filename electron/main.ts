import { app, BrowserWindow, dialog, Menu } from 'electron';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { registreerIpc } from './ipc/registreer';
import { bouwMenu, stuur, type MenuContext } from './menu';
import { demoRegio } from '../core/services/demo-regio';
import { DataMapOnbruikbaar, PRODUCT_NAAM } from '../core/services/data-map';
import { ProjectSessie } from '../core/services/project-sessie';
import { maakAfhandelaar, type Logboek } from '../core/services/afhandelaar';
import { bereidEersteSchermVoor } from '../core/services/eerste-scherm';
import { warmRekenkernOp } from '../core/services/rekenkern-opwarmen';
import { bewaakNavigatie, beveiligSessie, isEigenPagina, maakVenster } from './venster';
import { slaPdfOp } from './pdf';

app.setName(PRODUCT_NAAM);
if (process.env.ZIO_DATA_DIR) app.setPath('userData', process.env.ZIO_DATA_DIR);

function maakLogboek(): Logboek {
  const map = join(app.getPath('userData'), 'logs');
  const pad = join(map, 'zio.log');
  return {
    locatie: pad,
    fout(bericht, e) {
      const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
      console.error(bericht, e);
      try {
        mkdirSync(map, { recursive: true });
        appendFileSync(pad, `${new Date().toISOString()} ${bericht}\n${stack}\n\n`);
      } catch {
        // A read-only or full data folder: the console keeps the message.
      }
    },
  };
}

const APP = { app: 'de desktop-app' };

/**
 * Starts the session; when the data folder cannot be used (read-only, full), says so and lets the
 * user choose another folder, or quit. Returns the started session, or null to quit.
 */
function startMetKeuze(sessie: ProjectSessie): ProjectSessie | null {
  for (;;) {
    try {
      sessie.start();
      return sessie;
    } catch (e) {
      if (!(e instanceof DataMapOnbruikbaar)) throw e;
      const keuze = dialog.showMessageBoxSync({ type: 'error', title: 'Gegevensmap niet bruikbaar', message: e.message, buttons: ['Andere map kiezen…', 'Afsluiten'], defaultId: 0, cancelId: 1 });
      if (keuze !== 0) return null;
      const map = dialog.showOpenDialogSync({ title: 'Kies een map voor de ZiO-gegevens', properties: ['openDirectory', 'createDirectory'] })?.[0];
      if (!map) return null;
      sessie = new ProjectSessie(map, demoRegio, APP);
    }
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let venster: BrowserWindow | null = null;
  let sessie = new ProjectSessie(app.getPath('userData'), demoRegio, APP);

  const titel = () => `${sessie.huidigPad() ? sessie.info().naam + ' — ' : ''}${PRODUCT_NAAM}`;
  const ctx: MenuContext = {
    venster: () => venster,
    get sessie() {
      return sessie;
    },
    projectGewijzigd: () => {
      Menu.setApplicationMenu(bouwMenu(ctx));
      venster?.setTitle(titel());
      stuur(venster, { soort: 'project-gewijzigd' });
    },
  };

  app.on('second-instance', () => {
    if (venster?.isMinimized()) venster.restore();
    venster?.focus();
  });

  app.on('web-contents-created', (_e, contents) => bewaakNavigatie(contents));

  void app.whenReady().then(() => {
    const log = maakLogboek();
    try {
      const gestart = startMetKeuze(sessie);
      if (!gestart) {
        app.quit();
        return;
      }
      sessie = gestart;
    } catch (e) {
      log.fout('Opstarten mislukt', e);
      dialog.showErrorBox('ZiO kon niet starten', `Er ging iets mis bij het openen van het project. Details staan in ${log.locatie}.`);
      app.quit();
      return;
    }
    beveiligSessie();
    registreerIpc({ ...sessie.diensten, pdfOpslaan: ({ bestandsnaam }) => slaPdfOp(venster, bestandsnaam) }, log, isEigenPagina);
    Menu.setApplicationMenu(bouwMenu(ctx));
    venster = maakVenster(titel());
    venster.on('closed', () => (venster = null));
    // While the window loads the app: the first screen's answers, computed once.
    void bereidEersteSchermVoor(maakAfhandelaar(sessie.diensten, log))
      .then(() => warmRekenkernOp(demoRegio()))
      .catch(() => {});
    if (sessie.opstartMelding) {
      const melding = sessie.opstartMelding;
      venster.once('ready-to-show', () => void dialog.showMessageBox(venster!, { type: 'warning', title: 'Bij het starten', message: melding, buttons: ['OK'] }));
    }
  });

  app.on('window-all-closed', () => {
    sessie.sluit();
    app.quit();
  });
}
