import { dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { GebruikersFout } from '../shared/api/fout';

/**
 * Saves what the window shows as an A4 PDF (the print stylesheet decides what is on the pages):
 * the user picks where, the file is written only when the PDF is complete.
 */
export async function slaPdfOp(venster: BrowserWindow | null, bestandsnaam: string): Promise<{ pad: string | null }> {
  if (!venster) throw new GebruikersFout('Er is geen venster om af te drukken.');
  const keuze = await dialog.showSaveDialog(venster, { title: 'Opslaan als PDF', defaultPath: bestandsnaam.endsWith('.pdf') ? bestandsnaam : `${bestandsnaam}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (keuze.canceled || !keuze.filePath) return { pad: null };
  const pdf = await venster.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  try {
    await writeFile(keuze.filePath, pdf);
  } catch (e) {
    throw new GebruikersFout(`De PDF kon niet worden opgeslagen in ${keuze.filePath}: ${(e as NodeJS.ErrnoException).code === 'EACCES' ? 'geen toestemming' : (e as Error).message}.`);
  }
  return { pad: keuze.filePath };
}
