/** The theme's CSS variables are a file made by Mantine itself: it must match the theme and the Mantine in use. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANTINE_VARIABELEN_BESTAND, mantineVariabelenCss } from '../../../scripts/mantine-variabelen';

describe('Mantine-variabelen', () => {
  it('het bestand is wat Mantine voor het thema van de app maakt (anders: npm run mantine-variabelen)', () => {
    expect(readFileSync(MANTINE_VARIABELEN_BESTAND, 'utf8')).toBe(mantineVariabelenCss());
  });

  it('bevat de eigen kleuren van het thema', () => {
    const css = mantineVariabelenCss();
    expect(css).toContain('--mantine-color-dimmed: #5f6770');
    expect(css).toContain('--mantine-primary-color-filled');
    expect(css).toContain('DejaVu Sans');
  });
});
