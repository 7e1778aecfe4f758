import { POSITIE_LABEL, type Positie } from '../../../../shared/ontwerptafel';
import { volgendePositie } from './sessieBewerken';

const SYMBOOL: Record<Positie, string> = { in: '✓', uit: '✗', onbeslist: '?' };
const TOETS: Record<string, Positie> = { i: 'in', u: 'uit', o: 'onbeslist', '?': 'onbeslist' };

/**
 * A group's position on a task in one compact button: a press moves it on (onbeslist → erin →
 * eruit); the keys I, U and O set it directly. Symbol and colour both say it, for colour blindness.
 */
export function PositieKnop({ positie, groepNaam, taakNaam, onChange }: { positie: Positie; groepNaam: string; taakNaam: string; onChange: (p: Positie) => void }) {
  return (
    <button
      type="button"
      className={`positie-knop positie-${positie}`}
      data-positie={positie}
      aria-label={`${groepNaam} over ${taakNaam}: ${POSITIE_LABEL[positie]}`}
      title={`${groepNaam}: ${POSITIE_LABEL[positie]}. Klik om te wisselen; toets I (erin), U (eruit) of O (onbeslist).`}
      onClick={() => onChange(volgendePositie(positie))}
      onKeyDown={(e) => {
        const p = TOETS[e.key.toLowerCase()];
        if (p && !e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          onChange(p);
        }
      }}
    >
      {SYMBOOL[positie]}
    </button>
  );
}
