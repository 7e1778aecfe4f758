/** What a printable report's title page says about where its figures come from. */
export interface RapportHerkomst {
  regio: string;
  variant: string;
  /** Left out where the report does not name it under its title. */
  prijspeil?: string;
  datumTekst: string;
  scope: string;
  normenset: { id: string; naam: string };
  appVersie: string;
}

/**
 * The data under a report's title (label and value), the same for the bestuurlijke notitie (print
 * and Word) and the OOGO report, which adds its own rows around them.
 */
export function rapportGegevens(k: RapportHerkomst): Array<[string, string]> {
  return [
    ['Regio', k.regio],
    ['Variant', k.variant],
    ...(k.prijspeil === undefined ? [] : [['Prijspeil', k.prijspeil] as [string, string]]),
    ['Datum', k.datumTekst],
    ['Scope', k.scope],
    ['Normenset', `${k.normenset.naam} (${k.normenset.id})`],
    ['Gemaakt met', `ZiO Collectieve Pot ${k.appVersie}`],
  ];
}
