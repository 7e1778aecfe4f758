import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ZioDiensten } from '../../shared/api/contract';
import { API_OPERATIES, IPC_KANAAL_PREFIX } from '../../shared/api/operaties';
import { maakAfhandelaar, type Logboek } from '../../core/services/afhandelaar';

/** Only the app's own page may call the API, not an iframe or a page navigated to by accident. */
function vertrouwd(event: IpcMainInvokeEvent, isEigenPagina: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return !!frame && frame === event.sender.mainFrame && isEigenPagina(frame.url);
}

export function registreerIpc(diensten: ZioDiensten, log: Logboek, isEigenPagina: (url: string) => boolean): void {
  const afhandelaar = maakAfhandelaar(diensten, log);
  for (const op of API_OPERATIES) {
    ipcMain.handle(IPC_KANAAL_PREFIX + op, (event, invoer: unknown) => {
      if (!vertrouwd(event, isEigenPagina)) {
        return { ok: false, fout: { soort: 'gebruiker', melding: 'Aanroep van een onbekende pagina geweigerd.', problemen: [] } };
      }
      return afhandelaar(op, invoer);
    });
  }
}
