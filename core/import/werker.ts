/**
 * The import worker: reads one file per message, off the main thread, so the app answers while a
 * file is parsed, and a file that takes too long or too much memory can be stopped.
 */
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { leesImportBestand, weigering, type ImportTaak } from './lezen';

// SheetJS writes notes about damaged files ("Missing Info for XLS Record …") to the console; the
// worker reports everything through its answer, so the CLI's stderr and the host's log stay clean.
for (const methode of ['log', 'info', 'warn', 'error', 'debug'] as const) console[methode] = () => undefined;

parentPort?.on('message', ({ id, taak }: { id: number; taak: ImportTaak }) => {
  let uitkomst;
  try {
    uitkomst = leesImportBestand(taak);
  } catch {
    // A parser failing on a damaged file is still the file's problem: refuse it in Dutch.
    const naam = basename(taak.bestandsnaam);
    uitkomst = weigering(naam, [{ pad: `Bestand ${naam}`, melding: 'het bestand is beschadigd of geen bestand dat de app kan lezen; open het in Excel of LibreOffice en sla het opnieuw op' }]);
  }
  parentPort!.postMessage({ id, uitkomst });
});
