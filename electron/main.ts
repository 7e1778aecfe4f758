import { app, BrowserWindow, dialog, Menu } from 'electron';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { registreerIpc } from './ipc/registreer';
import { bouwMenu, stuur, type MenuContext } from './menu';
import { demoRegio } from '../core/services/demo-regio';
import { PRODUCT_NAAM } from '../core/services/data-map';
import { ProjectSessie } from '../core/services/project-sessie';
import type { Logboek } from '../core/services/afhandelaar';
import { bewaakNavigatie, beveiligSessie, isEigenPagina, maakVenster } from './venster';
import { slaPdfOp } from './pdf';

app.setName(PRODUCT_NAAM);
if (process.env.ZIO_DATA_DIR) app.setPath('userData', process.env.ZIO_DATA_DIR);

function maakLogboek(): Logboek {
  const map = join(app.getPath('userData'), 'logs');
  mkdirSync(map, { recursive: true });
  const pad = join(map, 'zio.log');
  return {
    locatie: pad,
    fout(bericht, e) {
      const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
      appendFileSync(pad, `${new Date().toISOString()} ${bericht}\n${stack}\n\n`);
      console.error(bericht, e);
    },
  };
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let venster: BrowserWindow | null = null;
  const sessie = new ProjectSessie(app.getPath('userData'), demoRegio);

  const titel = () => `${sessie.huidigPad() ? sessie.info().naam + ' — ' : ''}${PRODUCT_NAAM}`;
  const ctx: MenuContext = {
    venster: () => venster,
    sessie,
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
      sessie.start();
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
    if (sessie.opstartMelding) {
      const melding = sessie.opstartMelding;
      venster.once('ready-to-show', () => void dialog.showMessageBox(venster!, { type: 'warning', title: 'Project niet geopend', message: melding, buttons: ['OK'] }));
    }
  });

  app.on('window-all-closed', () => {
    sessie.sluit();
    app.quit();
  });
}
