import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegioStand } from '../../../../shared/api/contract';
import type { Wijziging } from '../../../../shared/regio/wijziging';
import { zio } from '../../api';
import type { Laadtoestand } from '../../useLaden';

export interface RegioBewerking {
  /** Applies edits as one atomic, undoable step; throws the ApiFout when the regio refuses them. */
  bewerk(wijzigingen: Wijziging[]): Promise<RegioStand>;
  ongedaanMaken(): Promise<void>;
  opnieuwDoen(): Promise<void>;
  /** Number of calls on their way to the project file. */
  bezig: number;
  /** The last failed undo or redo (edits report their own errors where they were made). */
  fout: Error | null;
  wisFout(): void;
}

/**
 * The regio as the editing screens see it. Every edit goes straight to the project file; calls run
 * one after the other so that the shown stand is always the answer to the latest one.
 */
export function useRegioStand(regioId: number, naWijziging?: () => void): [Laadtoestand<RegioStand>, RegioBewerking] {
  const [toestand, zetToestand] = useState<Laadtoestand<RegioStand>>({ status: 'laden' });
  const [bezig, zetBezig] = useState(0);
  const [fout, zetFout] = useState<Error | null>(null);
  const rij = useRef<Promise<unknown>>(Promise.resolve());
  const actueel = useRef(regioId);
  const naWijzigingRef = useRef(naWijziging);
  useEffect(() => {
    naWijzigingRef.current = naWijziging;
  }, [naWijziging]);

  useEffect(() => {
    actueel.current = regioId;
    let actief = true;
    zetToestand({ status: 'laden' });
    zetFout(null);
    zio.regioStand({ regioId }).then(
      (stand) => actief && zetToestand({ status: 'klaar', data: stand }),
      (e: Error) => actief && zetToestand({ status: 'fout', fout: e }),
    );
    return () => {
      actief = false;
    };
  }, [regioId]);

  /** Queues a call; its answer becomes the shown stand if the same regio is still open. */
  const inRij = useCallback(
    (roep: () => Promise<RegioStand>): Promise<RegioStand> => {
      const id = regioId;
      zetBezig((n) => n + 1);
      const resultaat = rij.current.then(roep).then(
        (stand) => {
          if (actueel.current === id) zetToestand({ status: 'klaar', data: stand });
          naWijzigingRef.current?.();
          return stand;
        },
      );
      const klaar = () => zetBezig((n) => n - 1);
      resultaat.then(klaar, klaar);
      rij.current = resultaat.catch(() => undefined);
      return resultaat;
    },
    [regioId],
  );

  const bewerk = useCallback((wijzigingen: Wijziging[]) => inRij(() => zio.regioBewerken({ regioId, wijzigingen })), [inRij, regioId]);

  const stap = useCallback(
    (roep: () => Promise<RegioStand>) =>
      inRij(roep).then(
        () => zetFout(null),
        (e: Error) => zetFout(e),
      ),
    [inRij],
  );
  const ongedaanMaken = useCallback(() => stap(() => zio.regioOngedaanMaken({ regioId })), [stap, regioId]);
  const opnieuwDoen = useCallback(() => stap(() => zio.regioOpnieuwDoen({ regioId })), [stap, regioId]);
  const wisFout = useCallback(() => zetFout(null), []);

  return [toestand, { bewerk, ongedaanMaken, opnieuwDoen, bezig, fout, wisFout }];
}
