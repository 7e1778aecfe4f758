/**
 * Request sequencing: every new request gets a ticket; an answer counts only while its ticket is
 * still the latest, so a slow answer never overwrites a newer one.
 */
export interface Volgorde {
  /** Starts a new request; the returned function says whether it is still the latest. */
  volgende(): () => boolean;
  /** Makes every outstanding request stale (e.g. on unmount). */
  vergeet(): void;
}

export function maakVolgorde(): Volgorde {
  let laatste = 0;
  return {
    volgende() {
      const nummer = ++laatste;
      return () => nummer === laatste;
    },
    vergeet() {
      laatste++;
    },
  };
}
