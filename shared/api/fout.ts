import type { Probleem } from '../validation/problems';

/**
 * An error the user caused or can act on (a bad file, a missing project, a full disk). Its message
 * is Dutch and shown as is; `problemen` lists located problems, e.g. of an import.
 */
export class GebruikersFout extends Error {
  readonly problemen: Probleem[];
  constructor(melding: string, problemen: Probleem[] = []) {
    super(melding);
    this.name = 'GebruikersFout';
    this.problemen = problemen;
  }
}
