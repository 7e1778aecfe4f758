import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The small `vooraf` entry (renderer/src/vooraf.ts) runs first in index.html, `async`: it asks the
 * first screen's data while the browser still fetches and runs the app's own code.
 */
function eersteSchermVooraf(): Plugin {
  return {
    name: 'zio-eerste-scherm-vooraf',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const vooraf = Object.values(ctx.bundle ?? {}).find((b) => b.type === 'chunk' && b.isEntry && b.name === 'vooraf');
        const eerste = html.indexOf('<script');
        if (!vooraf || vooraf.type !== 'chunk' || eerste < 0) return html;
        // Before the app's script, so the browser asks it first; after the CSP, which covers it.
        const preloads = vooraf.imports.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`);
        // Vite announces the shared chunk again further on; once is enough.
        const rest = preloads.reduce((h, p) => h.split(p).join(''), html.slice(eerste)).replace(/^\s*\n/gm, '');
        return [html.slice(0, eerste).trimEnd(), `<script type="module" async crossorigin src="./${vooraf.fileName}"></script>`, ...preloads, rest].join('\n    ');
      },
    },
  };
}

/**
 * Builds the renderer with renderer/src/mantine-id.ts in place of @mantine/hooks' `useId`, which
 * renders every Mantine input a second time when a screen mounts. Says so when the module is no
 * longer found (a Mantine upgrade moved it): the app still works, only slower to open screens.
 */
function mantineIdZonderTweedeRender(): Plugin {
  const eigen = resolve(import.meta.dirname, 'renderer/src/mantine-id.ts');
  let vervangen = false;
  return {
    name: 'zio-mantine-id',
    apply: 'build',
    enforce: 'pre',
    resolveId(bron, importeur) {
      if (!importeur || !/[\\/]@mantine[\\/]hooks[\\/]/.test(importeur) || !/(^|\/)use-id\/use-id\.mjs$/.test(bron)) return null;
      vervangen = true;
      return eigen;
    },
    generateBundle() {
      if (!vervangen) this.warn('@mantine/hooks: use-id/use-id.mjs niet gevonden; Mantine rendert invoervelden bij het openen van een scherm twee keer.');
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The import worker is its own entry: core/import/uitvoerder.ts starts it from out/main.
        input: { main: resolve(import.meta.dirname, 'electron/main.ts'), 'import-werker': resolve(import.meta.dirname, 'core/import/werker.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { preload: resolve(import.meta.dirname, 'electron/preload.ts') },
        // A sandboxed preload cannot use ES modules: emit one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    build: {
      // electron-vite leaves bundles unminified; the renderer is also served by the browser host,
      // so it is minified like any web page. Each screen is its own chunk (renderer/src/schermen/lui.ts),
      // and so are the libraries only some screens need: ECharts, zod and SheetJS.
      minify: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html'), vooraf: resolve(import.meta.dirname, 'renderer/src/vooraf.ts') },
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            ],
          },
        },
        // shared/ is pure (no module does anything when imported), so a module the renderer uses
        // nothing of is left out even when reached through an index: this keeps the normen data
        // set and its validation, which only the Node side needs, out of the renderer.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]/.test(id) },
      },
    },
    plugins: [mantineIdZonderTweedeRender(), react(), eersteSchermVooraf()],
  },
});
