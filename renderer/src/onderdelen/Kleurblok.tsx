/** A small square in a kader's, route's or party's colour, before its name. */
export function Kleurblok({ kleur }: { kleur: string }) {
  return <span aria-hidden className="kleurblok" style={{ background: kleur }} />;
}
