import type { ZioDiensten } from '../../shared/api/contract';
import { GebruikersFout } from '../../shared/api/fout';
import { berekenBehoefte, bewaardeBehoefte, pasNormensetAan, type ScopeKeuze } from '../../shared/engine';
import { normenOverzicht } from '../../shared/engine/normen-overzicht';
import { behoefteWeergave } from '../../shared/engine/behoefte-weergave';
import { heeftRegio, leesNormAanpassingen, zetNormAanpassing } from '../store/normen-repository';
import type { ProjectSessie } from './project-sessie';

type NormenOperatie = 'normen' | 'normAanpassen' | 'behoefte' | 'behoefteSchool' | 'formatieNorm';

/** The normenset (national, or a regio's own) and the need it gives for a regio's pupils. */
export function normenDiensten(p: ProjectSessie): Pick<ZioDiensten, NormenOperatie> {
  // The need as the engine keeps it per regio object and scope, shared with the what-ifs on it (an edited regio is a new object).
  const behoefte = (regioId: number, scope: ScopeKeuze) => bewaardeBehoefte(p.normensetVoor(regioId), p.regio(regioId), scope);
  return {
    behoefte: ({ regioId, scope }) => behoefteWeergave(behoefte(regioId, scope)),
    behoefteSchool: ({ regioId, scope, school }) => {
      const s = behoefte(regioId, scope).perSchool.find((x) => x.school === school);
      if (!s) throw new GebruikersFout(`School ${school} bestaat niet in deze regio.`);
      return s;
    },
    formatieNorm: ({ regioId, school }) => {
      const regio = p.regio(regioId);
      const s = regio.scholen.find((x) => x.code === school);
      if (!s) throw new GebruikersFout(`School ${school} bestaat niet in deze regio.`);
      const b = berekenBehoefte(p.normensetVoor(regioId), { scholen: [s], leerlingen: regio.leerlingen.filter((l) => l.school === school) }, 'breed');
      return b.perSchool[0]?.fte ?? {};
    },
    normen: ({ regioId }) => {
      if (regioId === null) return normenOverzicht(p.huidigeNormenset());
      const aanpassingen = leesNormAanpassingen(p.huidigeDb(), regioId);
      return normenOverzicht(pasNormensetAan(p.huidigeNormenset(), aanpassingen), { landelijk: p.huidigeNormenset(), aanpassingen });
    },
    normAanpassen: ({ regioId, aanpassing }) => {
      const db = p.huidigeDb();
      if (!heeftRegio(db, regioId)) throw new GebruikersFout(`Regio ${regioId} bestaat niet in dit project.`);
      const { waarde, toelichting, ...sleutel } = aanpassing;
      if (sleutel.parameter !== 'pgbAandeel' && !p.huidigeNormenset().professionals.some((x) => x.id === sleutel.professional)) throw new GebruikersFout(`Onbekende professional ${sleutel.professional}.`);
      zetNormAanpassing(db, regioId, sleutel, waarde === null ? null : { waarde, toelichting: toelichting ?? '' });
      p.regioGewijzigd(regioId);
      const aanpassingen = leesNormAanpassingen(db, regioId);
      return normenOverzicht(pasNormensetAan(p.huidigeNormenset(), aanpassingen), { landelijk: p.huidigeNormenset(), aanpassingen });
    },
  };
}
