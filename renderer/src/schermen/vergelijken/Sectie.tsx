import './vergelijken.css';
import type { ReactNode } from 'react';

/**
 * A titled block of the comparison with its explanation and its download menu at the right. Plain
 * HTML with the look of a bordered Mantine card: it redraws with every what-if change.
 */
export function Sectie({ titel, omschrijving, acties, children }: { titel: string; omschrijving?: ReactNode; acties?: ReactNode; children: ReactNode }) {
  return (
    <section className="sectie" aria-label={titel}>
      <div className="sectie-kop">
        <div className="sectie-tekst">
          <h3 className="sectie-titel">{titel}</h3>
          {omschrijving && <p className="sectie-omschrijving">{omschrijving}</p>}
        </div>
        {acties && <div className="sectie-acties">{acties}</div>}
      </div>
      {children}
    </section>
  );
}
