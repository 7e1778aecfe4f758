import { Combobox, createTheme, DEFAULT_THEME, Menu, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's palette with the text colours darkened where its defaults stay below the 4.5:1 contrast
 * of WCAG 2.1 AA: filled buttons and badges take the darkest shade (white text on teal 6 is 2.5:1),
 * and the two darkest oranges, used for warnings in text, are deepened.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 8 },
  colors: {
    orange: [...DEFAULT_THEME.colors.orange.slice(0, 8), '#c2410c', '#b0400b'] as unknown as typeof DEFAULT_THEME.colors.orange,
  },
  defaultRadius: 'md',
  components: {
    // Without the focus placeholder, a menu holds only menu items (ARIA: a menu's children are items).
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    // A closed select has no hidden option list: Mantine keeps it mounted by default, and each one
    // then measures its position when a screen opens (the Variant panel has seven selects).
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
  },
  fontFamily: '"DejaVu Sans", "Segoe UI", system-ui, -apple-system, sans-serif',
  headings: { fontFamily: '"DejaVu Sans", "Segoe UI", system-ui, -apple-system, sans-serif', fontWeight: '650' },
});

/**
 * Dimmed text (descriptions, captions) and the text of "light" teal controls (the active screen,
 * light buttons) at 4.5:1 or more on white, on grey rows and on their pale teal background, also
 * when hovered (teal 2) and dimmed to 90% (the active screen's description).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5f6770',
    '--mantine-color-teal-light-color': '#055a41',
  },
  dark: {},
});
