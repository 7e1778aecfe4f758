import { describe, expect, it } from 'vitest';
import { PRESET_GROEPEN, PROFESSIONALS, SCOPE_TAKEN, TAKEN } from '../../../shared/domain/catalogus';
import { NORMEN_LANDELIJK } from '../../../shared/engine';

/**
 * The screens take the names of professionals and tasks from the small catalogue instead of the
 * normen data set; the two must never drift apart.
 */
describe('de catalogus van professionals en taken', () => {
  it('noemt dezelfde professionals, in dezelfde volgorde, als tabel 2.2 van de landelijke normen', () => {
    expect(PROFESSIONALS).toEqual(NORMEN_LANDELIJK.tabellen.ftePer100.rijen.map((r) => ({ id: r.professional, naam: r.naam })));
    expect(PROFESSIONALS).toHaveLength(33);
  });

  it('noemt dezelfde taken met hun groep als tabel 2.4, en de scopes volgen uit de groepen', () => {
    expect(TAKEN).toEqual(NORMEN_LANDELIJK.tabellen.kostenTaak.rijen.map((r) => ({ id: r.taak, naam: r.naam, groep: r.groep })));
    expect(SCOPE_TAKEN.breed).toHaveLength(11);
    for (const [scope, groepen] of Object.entries(PRESET_GROEPEN)) {
      expect(SCOPE_TAKEN[scope as keyof typeof SCOPE_TAKEN]).toEqual(TAKEN.filter((t) => groepen.includes(t.groep)).map((t) => t.id));
    }
  });
});
