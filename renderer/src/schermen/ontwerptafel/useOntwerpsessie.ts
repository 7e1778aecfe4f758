import { useCallback, useEffect, useRef, useState } from 'react';
import type { OntwerpsessieSamenvatting } from '../../../../shared/api/contract';
import { nieuweSessie, type Ontwerpsessie } from '../../../../shared/ontwerptafel';
import { zio } from '../../api';
import { vandaag } from './sessieBewerken';

/** How long after the last change the session is saved by itself. */
export const AUTOSAVE_MS = 800;

export type Opslagstatus = 'nieuw' | 'gewijzigd' | 'opslaan' | 'opgeslagen' | 'fout';

export interface SessieStand {
  /** The id in the project; null until first saved. */
  id: number | null;
  sessie: Ontwerpsessie;
  /** Counts every change; `opgeslagenVersie` is the one last written. */
  versie: number;
  opgeslagenVersie: number;
  status: Opslagstatus;
  fout: Error | null;
  opgeslagenOm: Date | null;
}

export interface Ontwerpsessies {
  /** Null while the first session is being opened. */
  stand: SessieStand | null;
  /** The sessions saved for this regio. */
  lijst: OntwerpsessieSamenvatting[];
  laadFout: Error | null;
  /** A change by the table; saved by itself shortly after. */
  wijzig(f: (s: Ontwerpsessie) => Ontwerpsessie): void;
  /** Saves now (also when nothing changed, for a new session); resolves when written. */
  opslaan(): Promise<void>;
  nieuw(): Promise<void>;
  open(id: number): Promise<Ontwerpsessie | null>;
  verwijder(): Promise<void>;
}

const sleutel = (regioId: number) => `zio:ontwerptafel:sessie:${regioId}`;

function nieuweStand(): SessieStand {
  const datum = vandaag();
  const sessie = nieuweSessie({ naam: `Ontwerptafel ${new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}`, datum });
  return { id: null, sessie, versie: 0, opgeslagenVersie: 0, status: 'nieuw', fout: null, opgeslagenOm: null };
}

function geopend(id: number, sessie: Ontwerpsessie): SessieStand {
  return { id, sessie, versie: 0, opgeslagenVersie: 0, status: 'opgeslagen', fout: null, opgeslagenOm: null };
}

/**
 * The session of the ontwerptafel, stored in the project through the API: opens the session used
 * last (or the most recent one), saves every change by itself after a short pause, and never
 * writes two saves at once (a second save waits for the first and writes the latest state).
 */
export function useOntwerpsessie(regioId: number): Ontwerpsessies {
  const [stand, zetStand] = useState<SessieStand | null>(null);
  const [lijst, zetLijst] = useState<OntwerpsessieSamenvatting[]>([]);
  const [laadFout, zetLaadFout] = useState<Error | null>(null);
  // The source of truth for saving: updated at once by every change, before React renders.
  const ref = useRef<SessieStand | null>(null);
  const keten = useRef<Promise<void>>(Promise.resolve());
  // Bumped when another session is opened or started: a save still under way then leaves it alone.
  const generatie = useRef(0);
  const zet = useCallback((s: SessieStand | null) => {
    ref.current = s;
    zetStand(s);
  }, []);
  const wissel = useCallback(
    (s: SessieStand) => {
      generatie.current++;
      zet(s);
    },
    [zet],
  );

  useEffect(() => {
    let actief = true;
    (async () => {
      const sessies = await zio.ontwerpsessies({ regioId });
      const bewaard = Number(sessionStorage.getItem(sleutel(regioId)));
      const kies = sessies.find((s) => s.id === bewaard) ?? [...sessies].sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd))[0];
      const s = kies ? geopend(kies.id, await zio.ontwerpsessieLezen({ regioId, id: kies.id })) : nieuweStand();
      if (!actief) return;
      zetLijst(sessies);
      wissel(s);
    })().catch((e: Error) => actief && zetLaadFout(e));
    return () => {
      actief = false;
    };
  }, [regioId, wissel]);

  useEffect(() => {
    if (stand?.id) sessionStorage.setItem(sleutel(regioId), String(stand.id));
  }, [regioId, stand?.id]);

  const opslaan = useCallback((): Promise<void> => {
    keten.current = keten.current.then(async () => {
      const s = ref.current;
      if (!s || (s.id !== null && s.versie === s.opgeslagenVersie)) return;
      const { versie, sessie, id } = s;
      const gen = generatie.current;
      zet({ ...s, status: 'opslaan' });
      try {
        const antwoord = await zio.ontwerpsessieOpslaan({ regioId, id, sessie });
        const nu = ref.current;
        zetLijst(await zio.ontwerpsessies({ regioId }));
        if (!nu || gen !== generatie.current) return;
        const laatste = ref.current!;
        zet({ ...laatste, id: antwoord.id, opgeslagenVersie: versie, status: laatste.versie === versie ? 'opgeslagen' : 'gewijzigd', fout: null, opgeslagenOm: new Date() });
      } catch (e) {
        const nu = ref.current;
        if (nu && gen === generatie.current) zet({ ...nu, status: 'fout', fout: e as Error });
      }
    });
    return keten.current;
  }, [regioId, zet]);

  const wijzig = useCallback(
    (f: (s: Ontwerpsessie) => Ontwerpsessie) => {
      const s = ref.current;
      if (!s) return;
      zet({ ...s, sessie: f(s.sessie), versie: s.versie + 1, status: 'gewijzigd' });
    },
    [zet],
  );

  // Autosave: shortly after the last change; and whatever is pending when the screen closes.
  const versie = stand?.versie ?? 0;
  useEffect(() => {
    if (!versie) return;
    const t = window.setTimeout(() => void opslaan(), AUTOSAVE_MS);
    return () => window.clearTimeout(t);
  }, [versie, opslaan]);
  useEffect(
    () => () => {
      const s = ref.current;
      if (s && s.versie !== s.opgeslagenVersie) void opslaan();
    },
    [opslaan],
  );

  const nieuw = useCallback(async () => {
    const s = ref.current;
    if (s && s.versie !== s.opgeslagenVersie) await opslaan();
    wissel(nieuweStand());
  }, [opslaan, wissel]);

  const open = useCallback(
    async (id: number) => {
      const s = ref.current;
      if (s && s.versie !== s.opgeslagenVersie) await opslaan();
      const sessie = await zio.ontwerpsessieLezen({ regioId, id });
      wissel(geopend(id, sessie));
      return sessie;
    },
    [regioId, opslaan, wissel],
  );

  const verwijder = useCallback(async () => {
    await keten.current;
    const s = ref.current;
    if (!s) return;
    const over = s.id === null ? lijst : await zio.ontwerpsessieVerwijderen({ regioId, id: s.id });
    zetLijst(over);
    const volgende = [...over].sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd))[0];
    wissel(volgende ? geopend(volgende.id, await zio.ontwerpsessieLezen({ regioId, id: volgende.id })) : nieuweStand());
  }, [regioId, lijst, wissel]);

  return { stand, lijst, laadFout, wijzig, opslaan, nieuw, open, verwijder };
}
