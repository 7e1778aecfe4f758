import { z } from 'zod';
import type { ApiOperatie } from './operaties';
import type { RegioBestand } from '../regio/schema';
import type { RegioOverzicht } from '../regio/overzicht';

const RegioId = z.number().int().positive();
const Leeg = z.strictObject({});
const MetRegio = z.strictObject({ regioId: RegioId });

/** The input schema of every operation: the main process validates each payload with these. */
export const INVOER_SCHEMAS = {
  projectInfo: Leeg,
  regioOverzicht: MetRegio,
  regioLezen: MetRegio,
} satisfies Record<ApiOperatie, z.ZodType>;

export interface RegioSamenvatting {
  id: number;
  naam: string;
  leerlingen: number;
  gewijzigd: string;
}

export interface ProjectInfo {
  /** Full path of the project file. */
  pad: string;
  /** File name without extension, shown in the title. */
  naam: string;
  regios: RegioSamenvatting[];
}

interface Uitvoer {
  projectInfo: ProjectInfo;
  regioOverzicht: RegioOverzicht;
  regioLezen: RegioBestand;
}

export type Invoer<K extends ApiOperatie> = z.input<(typeof INVOER_SCHEMAS)[K]>;

/** The operations the UI can call; implemented by the main process and by the browser host. */
export type ZioApi = { [K in ApiOperatie]: (invoer: Invoer<K>) => Promise<Uitvoer[K]> };

/** The same operations as the services implement them: validated input in, plain data out. */
export type ZioDiensten = { [K in ApiOperatie]: (invoer: z.output<(typeof INVOER_SCHEMAS)[K]>) => Uitvoer[K] | Promise<Uitvoer[K]> };
