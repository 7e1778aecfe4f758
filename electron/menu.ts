import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Gebeurtenis } from '../shared/api/operaties';
import { IPC_GEBEURTENIS } from '../shared/api/operaties';
import { GebruikersFout } from '../shared/api/fout';
import { PROJECT_EXTENSIE, type ProjectSessie } from '../core/services/project-sessie';
import { AlleenLezenLocatie, ProjectInGebruik } from '../core/services/project-slot';

const FILTER = [{ name: 'ZiO-project', extensions: [PROJECT_EXTENSIE.slice(1)] }];

export interface MenuContext {
  venster: () => BrowserWindow | null;
  sessie: ProjectSessie;
  /** Called after the open project changed, to rebuild the menu and tell the renderer. */
  projectGewijzigd: () => void;
}

export function stuur(venster: BrowserWindow | null, g: Gebeurtenis): void {
  venster?.webContents.send(IPC_GEBEURTENIS, g);
}

/** Runs a project action; a user error is shown in Dutch and leaves the open project as it was. */
async function probeer(ctx: MenuContext, titel: string, actie: () => void | Promise<void>): Promise<void> {
  try {
    await actie();
    ctx.projectGewijzigd();
    const waarschuwing = ctx.sessie.instellingenMelding;
    if (waarschuwing) await dialog.showMessageBox({ type: 'warning', title: titel, message: waarschuwing, buttons: ['OK'] });
  } catch (e) {
    const melding = e instanceof GebruikersFout ? e.message : `Er ging iets mis: ${(e as Error).message}`;
    const venster = ctx.venster();
    const opties = { type: 'error' as const, title: titel, message: titel, detail: melding, buttons: ['OK'] };
    if (venster) await dialog.showMessageBox(venster, opties);
    else await dialog.showMessageBox(opties);
  }
}

/** Opens a project; one held by another app, or in a read-only folder, is offered as a read-only copy. */
function openOfKopie(ctx: MenuContext, pad: string): Promise<void> {
  return probeer(ctx, 'Project openen mislukt', async () => {
    try {
      ctx.sessie.open(pad);
    } catch (e) {
      if (!(e instanceof ProjectInGebruik || e instanceof AlleenLezenLocatie)) throw e;
      const opties = { type: 'warning' as const, title: 'Project niet te bewerken', message: e.message, buttons: ['Alleen-lezen kopie openen', 'Annuleren'], defaultId: 0, cancelId: 1 };
      const venster = ctx.venster();
      const keuze = venster ? await dialog.showMessageBox(venster, opties) : await dialog.showMessageBox(opties);
      if (keuze.response === 0) ctx.sessie.openAlleenLezen(pad);
    }
  });
}

async function nieuwProject(ctx: MenuContext): Promise<void> {
  const venster = ctx.venster();
  if (!venster) return;
  const keuze = await dialog.showMessageBox(venster, {
    type: 'question',
    title: 'Nieuw project',
    message: 'Waarmee wilt u het nieuwe project beginnen?',
    buttons: ['Met de demoregio', 'Leeg project', 'Annuleren'],
    cancelId: 2,
    defaultId: 0,
  });
  if (keuze.response === 2) return;
  const doel = await dialog.showSaveDialog(venster, { title: 'Nieuw project opslaan als', defaultPath: `Nieuw project${PROJECT_EXTENSIE}`, filters: FILTER });
  if (doel.canceled || !doel.filePath) return;
  await probeer(ctx, 'Nieuw project maken mislukt', () => ctx.sessie.nieuw(doel.filePath!, { metDemo: keuze.response === 0 }));
}

async function openProject(ctx: MenuContext): Promise<void> {
  const venster = ctx.venster();
  if (!venster) return;
  const keuze = await dialog.showOpenDialog(venster, { title: 'Project openen', filters: FILTER, properties: ['openFile'] });
  if (keuze.canceled || !keuze.filePaths[0]) return;
  await openOfKopie(ctx, keuze.filePaths[0]);
}

async function opslaanAls(ctx: MenuContext): Promise<void> {
  const venster = ctx.venster();
  if (!venster) return;
  const doel = await dialog.showSaveDialog(venster, { title: 'Project opslaan als', defaultPath: ctx.sessie.huidigPad() ?? undefined, filters: FILTER });
  if (doel.canceled || !doel.filePath) return;
  await probeer(ctx, 'Opslaan mislukt', () => ctx.sessie.opslaanAls(doel.filePath!));
}

function overApp(ctx: MenuContext): void {
  const venster = ctx.venster();
  const opties = {
    type: 'info' as const,
    title: 'Over ZiO Collectieve Pot',
    message: `ZiO Collectieve Pot ${app.getVersion()}`,
    detail:
      'Ontwerp de collectieve financiering van Zorg in Onderwijstijd: de zorgbehoefte per (v)so-school, ' +
      'wie die nu betaalt, en wat elke financieringsroute betekent voor gemeenten, samenwerkingsverbanden, ' +
      'zorgkantoor en zorgverzekeraars.\n\nRekenbasis: DSP-groep & Oberon (2022), Naar collectieve financiering van Zorg in Onderwijstijd.\n\n' +
      `Gegevens: ${ctx.sessie.dataMap}`,
    buttons: ['OK'],
  };
  if (venster) void dialog.showMessageBox(venster, opties);
}

/** The Dutch application menu; rebuilt when the recent list changes. */
export function bouwMenu(ctx: MenuContext): Menu {
  const recent = ctx.sessie.instellingen.get().recent;
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((pad) => ({ label: pad, click: () => void openOfKopie(ctx, pad) }))
    : [{ label: 'Geen recente projecten', enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Bestand',
      submenu: [
        { label: 'Nieuw project…', accelerator: 'CmdOrCtrl+N', click: () => void nieuwProject(ctx) },
        { label: 'Openen…', accelerator: 'CmdOrCtrl+O', click: () => void openProject(ctx) },
        { label: 'Opslaan als…', accelerator: 'CmdOrCtrl+Shift+S', click: () => void opslaanAls(ctx) },
        { label: 'Recente projecten', submenu: recentItems },
        { type: 'separator' },
        { label: 'Exporteren naar Excel…', accelerator: 'CmdOrCtrl+E', click: () => stuur(ctx.venster(), { soort: 'exporteren-naar-excel' }) },
        { type: 'separator' },
        { label: 'Afsluiten', role: 'quit' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { label: 'Overzicht', accelerator: 'CmdOrCtrl+1', click: () => stuur(ctx.venster(), { soort: 'navigeer', scherm: 'overzicht' }) },
        { label: 'Regio', accelerator: 'CmdOrCtrl+2', click: () => stuur(ctx.venster(), { soort: 'navigeer', scherm: 'regio' }) },
        { label: 'Vergelijken', accelerator: 'CmdOrCtrl+3', click: () => stuur(ctx.venster(), { soort: 'navigeer', scherm: 'vergelijken' }) },
        { label: 'OOGO-rapport', accelerator: 'CmdOrCtrl+4', click: () => stuur(ctx.venster(), { soort: 'navigeer', scherm: 'oogo' }) },
        { label: 'Ontwerptafel', accelerator: 'CmdOrCtrl+5', click: () => stuur(ctx.venster(), { soort: 'navigeer', scherm: 'ontwerptafel' }) },
        { type: 'separator' },
        { label: 'Inzoomen', role: 'zoomIn' },
        { label: 'Uitzoomen', role: 'zoomOut' },
        { label: 'Werkelijke grootte', role: 'resetZoom' },
        { label: 'Volledig scherm', role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : ([{ type: 'separator' }, { label: 'Ontwikkelhulpmiddelen', role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'Over ZiO Collectieve Pot', click: () => overApp(ctx) },
        { label: 'Bronnen en aannames', click: () => stuur(ctx.venster(), { soort: 'navigeer', scherm: 'bronnen' }) },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
