import { useCallback, useState } from 'react';

/**
 * Runs a user action that calls the API: tracks what is in progress (for a spinner) and keeps the
 * error to show. `wat` names the action while it runs (e.g. "Bestand maken…").
 */
export function useActie() {
  const [bezig, zetBezig] = useState<string | null>(null);
  const [fout, zetFout] = useState<Error | null>(null);
  const voerUit = useCallback(async (wat: string, actie: () => Promise<void>) => {
    zetBezig(wat);
    zetFout(null);
    try {
      await actie();
    } catch (e) {
      zetFout(e as Error);
    } finally {
      zetBezig(null);
    }
  }, []);
  const wisFout = useCallback(() => zetFout(null), []);
  return { bezig, fout, voerUit, wisFout };
}
