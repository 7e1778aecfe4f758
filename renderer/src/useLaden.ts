import { useCallback, useEffect, useState } from 'react';

export type Laadtoestand<T> = { status: 'laden' } | { status: 'klaar'; data: T } | { status: 'fout'; fout: Error };

/** Loads data from the API; reloads when a dependency or `versie` changes. */
export function useLaden<T>(laad: () => Promise<T>, afhankelijk: readonly unknown[]): [Laadtoestand<T>, () => void] {
  const [toestand, zet] = useState<Laadtoestand<T>>({ status: 'laden' });
  const [versie, zetVersie] = useState(0);
  useEffect(() => {
    let actief = true;
    zet({ status: 'laden' });
    laad().then(
      (data) => actief && zet({ status: 'klaar', data }),
      (fout: Error) => actief && zet({ status: 'fout', fout }),
    );
    return () => {
      actief = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...afhankelijk, versie]);
  const herlaad = useCallback(() => zetVersie((v) => v + 1), []);
  return [toestand, herlaad];
}
