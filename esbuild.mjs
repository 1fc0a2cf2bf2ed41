import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  define: { CORPUS_LINT_VERSION: JSON.stringify(version), 'import.meta.url': 'importMetaUrl' },
  // ESM-only dependencies (fdir, under tinyglobby) read import.meta.url; give the CommonJS bundle one.
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { entryPoints: { cli: 'server/src/cli/main.ts', worker: 'server/src/node/worker.ts', server: 'server/src/serverMain.ts' }, outdir: 'dist', banner: { js: `#!/usr/bin/env node\n${"const importMetaUrl = require('url').pathToFileURL(__filename).href;"}` } },
  // The VS Code extension: the editor provides `vscode` at run time.
  { entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The extension test suite (test/vscode), run inside VS Code; mocha is loaded from node_modules.
  { entryPoints: ['test/vscode/suite/index.ts', 'test/vscode/suite/*.test.ts'], outdir: 'out/test', external: ['vscode', 'mocha'] },
];

const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...common, ...options })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
