import type { ZioDiensten } from '../../shared/api/contract';
import { GebruikersFout } from '../../shared/api/fout';
import type { Evaluatie } from '../../shared/engine';
import { APP_VERSIE } from '../../shared/versie';
import { maakBerekeningBuffer, maakNotitie, maakNotitieDocx, maakOogoBuffer, maakOogoRapport } from '../export';
import type { ProjectSessie } from './project-sessie';
import { bestandsstam, bestandsstamMet, XLSX_MIME } from './regio-bestanden';

type ExportOperatie = 'berekeningExporteren' | 'oogoRapport' | 'oogoExporteren' | 'pdfOpslaan' | 'notitie' | 'notitieWord';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The reports and workbooks a user takes away: the berekening, the OOGO report, the PDF. The OOGO
 * report takes its evaluation from `evaluatie`, the project's cache of recent evaluations: the
 * variant a screen showed before is not evaluated again.
 */
export function exportDiensten(p: ProjectSessie, evaluatie: (regioId: number, variant: unknown) => Evaluatie): Pick<ZioDiensten, ExportOperatie> {
  const oogo = ({ regioId, swv, variant, kleineAantallen }: { regioId: number; swv: string; variant: unknown; kleineAantallen: boolean }) => {
    const regio = p.regio(regioId);
    if (!regio.samenwerkingsverbanden.some((s) => s.code === swv)) throw new GebruikersFout(`Samenwerkingsverband ${swv} bestaat niet in deze regio.`);
    return maakOogoRapport(regio, p.controleerVariant(variant, regio), p.normensetVoor(regioId), swv, { kleineAantallen, appVersie: APP_VERSIE, evaluatie: evaluatie(regioId, variant) });
  };
  const notitie = ({ regioId, variant }: { regioId: number; variant: unknown }) => {
    const regio = p.regio(regioId);
    return maakNotitie(regio, p.controleerVariant(variant, regio), p.normensetVoor(regioId), { appVersie: APP_VERSIE });
  };
  return {
    notitie,
    notitieWord: async (invoer) => {
      const n = notitie(invoer);
      return { bestandsnaam: `Bestuurlijke notitie ${bestandsstam(n.kop.regio)} - ${bestandsstam(n.kop.variant)}.docx`, mime: DOCX_MIME, inhoud: (await maakNotitieDocx(n)).toString('base64') };
    },
    berekeningExporteren: ({ regioId, variant, kleineAantallen }) => {
      const regio = p.regio(regioId);
      const v = p.controleerVariant(variant, regio);
      const inhoud = maakBerekeningBuffer(regio, v, p.normensetVoor(regioId), { kleineAantallen, appVersie: APP_VERSIE });
      return { bestandsnaam: `${bestandsstam(regio.regio.naam)} - berekening.xlsx`, mime: XLSX_MIME, inhoud: Buffer.from(inhoud).toString('base64') };
    },
    oogoRapport: (invoer) => oogo(invoer),
    oogoExporteren: (invoer) => {
      const rapport = oogo(invoer);
      return { bestandsnaam: `${bestandsstamMet('OOGO', rapport.kop.swv.naam)}.xlsx`, mime: XLSX_MIME, inhoud: Buffer.from(maakOogoBuffer(rapport)).toString('base64') };
    },
    pdfOpslaan: () => {
      throw new GebruikersFout('Opslaan als PDF kan in de desktop-app. Gebruik in de browser Afdrukken en kies daar "Opslaan als PDF".');
    },
  };
}
