/** The panel's light switches draw exactly what Mantine's Checkbox and Chip draw in the app's theme. */
import { Checkbox, Chip, MantineProvider } from '@mantine/core';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LichteChip, LichteVink } from '../../../renderer/src/onderdelen/LichteKeuze';
import { theme } from '../../../renderer/src/theme';

const niets = () => undefined;

/** The markup without Mantine's style tags, with ids made comparable (both count their own). */
function markup(inhoud: ReactNode): string {
  return renderToStaticMarkup(h(MantineProvider, { theme }, inhoud))
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/mantine-[A-Za-z0-9_]*_R_[A-Za-z0-9_]+_/g, 'ID');
}

describe('LichteVink', () => {
  for (const size of ['xs', 'sm'] as const) {
    for (const checked of [true, false]) {
      it(`is Mantine's Checkbox (${size}, ${checked ? 'aan' : 'uit'})`, () => {
        const label = h('span', null, 'Persoonlijke verzorging');
        const mantine = markup(h(Checkbox, { size, label, checked, onChange: niets, wrapperProps: { title: 'x' } }));
        const licht = markup(h(LichteVink, { size, label, checked, onChange: niets, wrapperProps: { title: 'x' } }));
        expect(licht).toBe(mantine);
        expect(licht).toContain('type="checkbox"');
      });
    }
  }
});

describe('LichteChip', () => {
  it("is Mantine's Chip in a Chip.Group (gekozen en niet gekozen)", () => {
    const keuzes = ['breed', 'smal'];
    const mantine = markup(h(Chip.Group, { multiple: false, value: 'breed', onChange: niets }, keuzes.map((k) => h(Chip, { key: k, value: k, size: 'sm', variant: 'outline', type: 'radio', wrapperProps: { title: k }, children: k }))));
    const licht = markup(keuzes.map((k) => h(LichteChip, { key: k, value: k, checked: k === 'breed', onKies: niets, wrapperProps: { title: k }, children: k })));
    expect(licht).toBe(mantine);
    expect(licht).toContain('data-checked="true"');
  });
});
