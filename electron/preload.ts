/**
 * Exposes exactly the API contract as `window.zio`, each operation an IPC call that the main
 * process validates. Nothing else of Electron or Node reaches the renderer.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_OPERATIES, IPC_GEBEURTENIS, IPC_KANAAL_PREFIX, type Gebeurtenis } from '../shared/api/operaties';

const operaties = Object.fromEntries(API_OPERATIES.map((op) => [op, (invoer: unknown) => ipcRenderer.invoke(IPC_KANAAL_PREFIX + op, invoer)]));

contextBridge.exposeInMainWorld('zio', {
  ...operaties,
  opGebeurtenis(terugroep: (g: Gebeurtenis) => void): () => void {
    const luisteraar = (_e: IpcRendererEvent, g: Gebeurtenis) => terugroep(g);
    ipcRenderer.on(IPC_GEBEURTENIS, luisteraar);
    return () => ipcRenderer.removeListener(IPC_GEBEURTENIS, luisteraar);
  },
});
