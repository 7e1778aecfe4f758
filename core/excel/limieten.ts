/**
 * The limits of an import, checked before a file is parsed where possible: a file that passes a
 * limit is refused with a Dutch message naming that limit, instead of keeping a process busy for
 * minutes or taking gigabytes. Generous for any real regio (all of the Netherlands is some 20.000
 * rows of pupils); each can be raised with an environment variable for an exceptional file.
 */
export interface ImportLimieten {
  /** Size of the file as chosen (bytes). */
  maxBestand: number;
  /** Sum of the uncompressed sizes of a zip's entries (bytes): .xlsx, .xlsm and .ods are zips. */
  maxUitgepakt: number;
  /** Number of entries in a zip. */
  maxOnderdelen: number;
  /** Rows of one sheet, CSV file or table of a regio-bestand. */
  maxRijen: number;
  /** Cells of the whole workbook or CSV file. */
  maxCellen: number;
  /** Time for parsing and checking one file in the import worker (ms). */
  maxTijdMs: number;
  /** Heap of the import worker (MB). */
  maxGeheugenMb: number;
}

function uitOmgeving(naam: string, standaard: number): number {
  const w = Number(process.env[naam]);
  return Number.isFinite(w) && w > 0 ? w : standaard;
}

/** The limits, with overrides such as `ZIO_IMPORT_MAX_TIJD_S=60` from the environment. */
export function importLimieten(): ImportLimieten {
  return {
    maxBestand: uitOmgeving('ZIO_IMPORT_MAX_BESTAND_MB', 30) * 1024 * 1024,
    maxUitgepakt: uitOmgeving('ZIO_IMPORT_MAX_UITGEPAKT_MB', 200) * 1024 * 1024,
    maxOnderdelen: uitOmgeving('ZIO_IMPORT_MAX_ONDERDELEN', 2_000),
    maxRijen: uitOmgeving('ZIO_IMPORT_MAX_RIJEN', 100_000),
    maxCellen: uitOmgeving('ZIO_IMPORT_MAX_CELLEN', 2_000_000),
    maxTijdMs: uitOmgeving('ZIO_IMPORT_MAX_TIJD_S', 30) * 1000,
    maxGeheugenMb: uitOmgeving('ZIO_IMPORT_MAX_GEHEUGEN_MB', 1024),
  };
}

export const nl = (n: number): string => n.toLocaleString('nl-NL');

export function mb(bytes: number): string {
  if (bytes < 1024 * 1024) return `${nl(Math.ceil(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}
