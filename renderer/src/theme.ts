import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: '"DejaVu Sans", "Segoe UI", system-ui, -apple-system, sans-serif',
  headings: { fontFamily: '"DejaVu Sans", "Segoe UI", system-ui, -apple-system, sans-serif', fontWeight: '650' },
});
