import '@mantine/core/styles.layer.css';
import './mantine-variabelen.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { cssVariablesResolver, theme } from './theme';
import { vraagEersteSchermVooraf } from './eersteScherm';

vraagEersteSchermVooraf();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The theme's CSS variables come from mantine-variabelen.css (scripts/mantine-variabelen.ts), not computed at every start. */}
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} withCssVariables={false} defaultColorScheme="light">
      <App />
    </MantineProvider>
  </StrictMode>,
);
