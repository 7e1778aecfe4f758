import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The first screen's chunk (the Overzicht) and the chunks it imports are announced in index.html as
 * modulepreload, so the browser fetches them alongside the start bundle instead of after running it.
 */
function eersteSchermVooraf(): Plugin {
  return {
    name: 'zio-eerste-scherm-vooraf',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const brokken = Object.values(ctx.bundle ?? {}).flatMap((b) => (b.type === 'chunk' ? [b] : []));
        const overzicht = brokken.find((b) => b.facadeModuleId?.replace(/\\/g, '/').endsWith('/schermen/Overzicht.tsx'));
        if (!overzicht) return html;
        const bestanden = [overzicht.fileName, ...overzicht.imports].filter((f) => !html.includes(f));
        return bestanden.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const }));
      },
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
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
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
    plugins: [react(), eersteSchermVooraf()],
  },
});
