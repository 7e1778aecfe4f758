import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The start in index.html, for the first screen to appear after one round of requests:
 * - the small `vooraf` entry runs first (`async`), and asks the first screen's data while the
 *   app's own code still loads and runs (renderer/src/vooraf.ts);
 * - the first screen's chunk (the Overzicht), every chunk it needs and their CSS are announced, so
 *   the browser fetches them alongside the start bundle instead of after running it.
 */
function eersteSchermVooraf(): Plugin {
  return {
    name: 'zio-eerste-scherm-vooraf',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const brokken = Object.values(ctx.bundle ?? {}).flatMap((b) => (b.type === 'chunk' ? [b] : []));
        const perNaam = new Map(brokken.map((b) => [b.fileName, b]));
        /** A chunk and all it imports, statically, recursively. */
        const metImports = (begin: (typeof brokken)[number]) => {
          const gezien = new Set<string>();
          const bezoek = (f: string) => {
            if (gezien.has(f)) return;
            gezien.add(f);
            for (const i of perNaam.get(f)?.imports ?? []) bezoek(i);
          };
          bezoek(begin.fileName);
          return [...gezien].flatMap((f) => perNaam.get(f) ?? []);
        };
        const tags: Array<{ tag: string; attrs: Record<string, string | boolean>; injectTo: 'head' }> = [];
        const vooraf = brokken.find((b) => b.isEntry && b.name === 'vooraf');
        if (vooraf) {
          // Before the app's script, so the browser asks it first; after the CSP, which covers it.
          const eerste = html.indexOf('<script');
          const voor = [`<script type="module" async crossorigin src="./${vooraf.fileName}"></script>`, ...vooraf.imports.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`)];
          html = eerste < 0 ? html : `${html.slice(0, eerste)}${voor.join('\n    ')}\n    ${html.slice(eerste)}`;
        }
        const overzicht = brokken.find((b) => b.facadeModuleId?.replace(/\\/g, '/').endsWith('/schermen/Overzicht.tsx'));
        if (overzicht) {
          const nodig = metImports(overzicht);
          for (const b of nodig) {
            if (!html.includes(b.fileName)) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${b.fileName}` }, injectTo: 'head' });
          }
          const css = new Set(nodig.flatMap((b) => [...(b.viteMetadata?.importedCss ?? [])]));
          for (const f of css) if (!html.includes(f)) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` }, injectTo: 'head' });
        }
        return { html, tags };
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
    plugins: [react(), eersteSchermVooraf()],
  },
});
