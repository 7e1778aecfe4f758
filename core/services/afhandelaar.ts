import { INVOER_SCHEMAS, type ZioDiensten } from '../../shared/api/contract';
import { GebruikersFout } from '../../shared/api/fout';
import { API_OPERATIES, type Antwoord, type ApiOperatie } from '../../shared/api/operaties';
import { vertaalOpslagfout } from '../store/db';
import { nlFoutmelding, zodProblemen } from '../../shared/validation/problems';

export interface Logboek {
  fout(bericht: string, e: unknown): void;
  /** Where the log is kept, to tell the user. */
  locatie: string;
}

export const consoleLogboek: Logboek = {
  fout: (bericht, e) => console.error(bericht, e),
  locatie: 'de console',
};

/** Damage found only while reading (not at open) is still the user's file, not a programming error. */
function herkenOpslagFout(e: unknown): unknown {
  return vertaalOpslagfout(e, 'Het open project');
}

const isOperatie = (op: string): op is ApiOperatie => (API_OPERATIES as readonly string[]).includes(op);

/**
 * Turns an untrusted (operation, payload) pair into a validated service call and an envelope.
 * Used by the IPC handlers and the browser host alike, so both validate the same way.
 */
export function maakAfhandelaar(diensten: ZioDiensten, log: Logboek = consoleLogboek) {
  return async (op: string, invoer: unknown): Promise<Antwoord<unknown>> => {
    if (!isOperatie(op)) return { ok: false, fout: { soort: 'gebruiker', melding: `Onbekende opdracht "${op}".`, problemen: [] } };
    const parsed = INVOER_SCHEMAS[op].safeParse(invoer === undefined ? {} : invoer, { error: nlFoutmelding });
    if (!parsed.success) {
      return { ok: false, fout: { soort: 'gebruiker', melding: `Ongeldige gegevens voor "${op}".`, problemen: zodProblemen(parsed.error) } };
    }
    try {
      const dienst = diensten[op] as (i: unknown) => unknown;
      return { ok: true, data: await dienst(parsed.data) };
    } catch (fout) {
      const e = herkenOpslagFout(fout);
      if (e instanceof GebruikersFout) return { ok: false, fout: { soort: 'gebruiker', melding: e.message, problemen: e.problemen } };
      log.fout(`Fout in opdracht ${op}`, fout);
      return { ok: false, fout: { soort: 'intern', melding: `Er ging iets mis. Details staan in het logboek (${log.locatie}).`, problemen: [] } };
    }
  };
}
