import type { ZioDiensten } from '../../shared/api/contract';
import { GebruikersFout } from '../../shared/api/fout';
import type { Evaluatie } from '../../shared/engine';
import {
  gewichtsgevoeligheid,
  leesMeerjarenInstellingen,
  maakMomentopname,
  meerjarenraming,
  meerjarenUitEvaluatie,
  scopeEffecten,
  scoregevoeligheid,
  sessieWeging,
  valideerOntwerpsessie,
  voegMomentopnameToe,
  vrijeMomentnaam,
  type Ontwerpsessie,
  type ScopeEffect,
} from '../../shared/ontwerptafel';
import { maakSessieWerkmap } from '../export/ontwerpsessie';
import { leesOntwerpsessieRij, lijstOntwerpsessies, slaOntwerpsessieOp, verwijderOntwerpsessie } from '../store/ontwerpsessie-repository';
import type { ProjectSessie } from './project-sessie';
import { bestandsstamMet, XLSX_MIME } from './regio-bestanden';

type OntwerptafelOperatie =
  | 'ontwerptafelWeging'
  | 'scopeEffecten'
  | 'meerjarenraming'
  | 'momentopnameMaken'
  | 'ontwerpsessies'
  | 'ontwerpsessieLezen'
  | 'ontwerpsessieOpslaan'
  | 'ontwerpsessieVerwijderen'
  | 'ontwerpsessieExporteren';

/**
 * The operations of the ontwerptafel: weighting and sensitivity, scope effects, the meerjarenraming,
 * snapshots and the stored sessions. All computing happens here, with the project's normenset.
 * `evaluatie` is the project's cache of recent evaluations (shared with the other screens), so the
 * table's requests for one variant evaluate it once. The scope effects (one evaluation per task) are
 * kept with the evaluation they start from: the same variant on an unchanged regio answers at once,
 * and an edited regio, which gets a new evaluation, never answers stale.
 */
export function ontwerptafelDiensten(p: ProjectSessie, evaluatie: (regioId: number, variant: unknown) => Evaluatie): Pick<ZioDiensten, OntwerptafelOperatie> {
  const effectenVan = new WeakMap<Evaluatie, ScopeEffect[]>();
  const sessieVan = (data: unknown): Ontwerpsessie => {
    const r = valideerOntwerpsessie(data, { taken: p.huidigeNormenset().taken });
    if (!r.ok) throw new GebruikersFout('De sessie van de ontwerptafel klopt niet.', r.problemen);
    return r.waarde;
  };
  const evalueer = (regioId: number, variant: unknown) => ({ regio: p.regio(regioId), ns: p.normensetVoor(regioId), ev: evaluatie(regioId, variant) });
  const effecten = (regioId: number, variant: unknown): ScopeEffect[] => {
    const { regio, ns, ev } = evalueer(regioId, variant);
    let e = effectenVan.get(ev);
    if (!e) effectenVan.set(ev, (e = scopeEffecten(ns, regio, ev.variant, ev)));
    return e;
  };
  return {
    ontwerptafelWeging: ({ regioId, variant, sessie }) => {
      const s = sessieVan(sessie);
      const { tabel, weging } = sessieWeging(s, evalueer(regioId, variant).ev);
      return { tabel, weging, gewichten: gewichtsgevoeligheid(tabel, s.groepen, s.gewichten), scores: scoregevoeligheid(tabel, s.groepen, s.gewichten) };
    },
    scopeEffecten: ({ regioId, variant }) => effecten(regioId, variant),
    meerjarenraming: ({ regioId, variant, instellingen }) => {
      const i = leesMeerjarenInstellingen(instellingen);
      if (!i.ok) throw new GebruikersFout('De instellingen van de meerjarenraming kloppen niet.', i.problemen);
      const regio = p.regio(regioId);
      return meerjarenraming(p.normensetVoor(regioId), regio, p.controleerVariant(variant, regio), i.waarde);
    },
    momentopnameMaken: ({ regioId, variant, sessie, naam }) => {
      const s = sessieVan(sessie);
      const m = maakMomentopname(s, evalueer(regioId, variant).ev, vrijeMomentnaam(s, naam), new Date());
      return voegMomentopnameToe(s, m);
    },
    ontwerpsessies: ({ regioId }) => lijstOntwerpsessies(p.huidigeDb(), regioId),
    ontwerpsessieLezen: ({ regioId, id }) => sessieVan(leesOntwerpsessieRij(p.huidigeDb(), regioId, id)),
    ontwerpsessieOpslaan: ({ regioId, id, sessie }) => {
      const nieuwId = slaOntwerpsessieOp(p.huidigeDb(), regioId, id, sessieVan(sessie));
      return lijstOntwerpsessies(p.huidigeDb(), regioId).find((x) => x.id === nieuwId)!;
    },
    ontwerpsessieVerwijderen: ({ regioId, id }) => {
      verwijderOntwerpsessie(p.huidigeDb(), regioId, id);
      return lijstOntwerpsessies(p.huidigeDb(), regioId);
    },
    ontwerpsessieExporteren: ({ regioId, variant, sessie }) => {
      const s = sessieVan(sessie);
      const { regio, ev } = evalueer(regioId, variant);
      const inhoud = maakSessieWerkmap(s, regio, {
        scopeEffecten: effecten(regioId, variant),
        meerjaren: meerjarenUitEvaluatie(ev, s.meerjaren),
        taken: p.huidigeNormenset().taken,
      });
      return { bestandsnaam: `${bestandsstamMet('Ontwerptafel', s.naam)}.xlsx`, mime: XLSX_MIME, inhoud: Buffer.from(inhoud).toString('base64') };
    },
  };
}
