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
  define: { CORPUS_LINT_VERSION: JSON.stringify(version) },
};

const builds = [
  { entryPoints: { cli: 'server/src/cli/main.ts', worker: 'server/src/cli/worker.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
];

const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...common, ...options })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
