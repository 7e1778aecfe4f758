/**
 * Writes `renderer/src/mantine-variabelen.css`: the CSS variables that Mantine's provider would
 * otherwise compute from the app's theme at every start (all colours and shades, some 20 ms before
 * the first screen), computed here once by Mantine itself: its provider rendered to a string.
 * `main.tsx` loads the file and tells the provider not to compute them. A unit test fails when the
 * theme or Mantine changes and this was not run again (`npm run mantine-variabelen`).
 */
import { writeFileSync } from 'node:fs';
import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { cssVariablesResolver, theme } from '../renderer/src/theme';

export const MANTINE_VARIABELEN_BESTAND = 'renderer/src/mantine-variabelen.css';

export function mantineVariabelenCss(): string {
  const html = renderToString(createElement(MantineProvider, { theme, cssVariablesResolver, defaultColorScheme: 'light' }));
  const css = /<style data-mantine-styles="true">(.*?)<\/style>/s.exec(html)?.[1];
  if (!css) throw new Error('Mantine gaf geen CSS-variabelen voor het thema.');
  return `/* Gemaakt door npm run mantine-variabelen uit renderer/src/theme.ts: niet met de hand bewerken. */\n${css.replace(/;/g, ';\n')}\n`;
}

if (process.argv[1]?.endsWith('mantine-variabelen.ts')) {
  writeFileSync(MANTINE_VARIABELEN_BESTAND, mantineVariabelenCss());
  console.log(`${MANTINE_VARIABELEN_BESTAND} geschreven.`);
}
