import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Three imports of antd redirected so that what the first page never runs stays out of it (issue 10
 * point 9), each to code with the same behaviour:
 * - antd's form context (imported by every popup: tooltip, menu, dropdown, modal) takes only
 *   `FormProvider` from @rc-component/form, but through the package's index, whose side effects keep
 *   the whole form engine and its validator (≈ 30 KB minified) in any page that shows a tooltip: it
 *   gets the module that defines `FormProvider` (the same object the index re-exports);
 * - antd's ConfigProvider imports the tooltips' UniqueProvider (with the popup engine, ≈ 20 KB) for
 *   `tooltip={{ unique: true }}` only: it gets a lazy wrapper that loads it if that is ever asked;
 * - antd's ConfigProvider takes only the motion Provider from @rc-component/motion, whose index brings
 *   the animation components along: it gets the Provider alone.
 */
const shim = (file: string) => fileURLToPath(new URL(`./web/src/app/antd-shims/${file}`, import.meta.url));

function antdFirstPageImports(): Plugin {
  const from = (importer: string | undefined, file: string) =>
    !!importer && importer.replaceAll('\\', '/').endsWith(`/node_modules/antd/es/${file}`);
  return {
    name: 'skillreg:antd-first-page-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@rc-component/form' && from(importer, 'form/context.js'))
        return this.resolve('@rc-component/form/es/FormContext', importer, { skipSelf: true });
      if (source === '../tooltip/UniqueProvider' && from(importer, 'config-provider/index.js'))
        return shim('tooltip-unique-provider.tsx');
      if (source === '@rc-component/motion' && from(importer, 'config-provider/MotionWrapper.js'))
        return shim('motion-provider.ts');
      return null;
    },
  };
}

// The web app is built into dist/web and served by the same Fastify process (src/http/static.ts).
// Every page is its own chunk (web/src/app/router.tsx); the first public page stays under 500 KB of
// script (e2e/public-script-size.e2e.ts).
export default defineConfig({
  root: 'web',
  plugins: [react(), antdFirstPageImports()],
  // dayjs with the visitor's locale, loaded by the pages that use dates (web/src/app/antd-shims/dayjs.ts).
  resolve: { alias: [{ find: /^dayjs$/, replacement: shim('dayjs.ts') }] },
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
