// Builds Tadqiq: the extension, its core worker and the CLI as separate bundles in dist/,
// the lexicon (dist/lexicon/), and with --tests the unit/integration tests and benchmarks in out/.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

const products = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

const listTs = (dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

async function build() {
  execFileSync(process.execPath, ['scripts/build-lexicon.mjs', '--out', 'dist/lexicon'], { stdio: 'inherit' });
  for (const p of products) await esbuild.build({ ...common, ...p });
  if (!args.has('--tests')) return;
  // Tests and benchmarks: one bundle per file; vscode and the test tools stay external.
  const external = ['vscode', 'mocha', 'fast-check'];
  await esbuild.build({ ...common, entryPoints: listTs('test/unit'), outdir: 'out/test/unit', external });
  await esbuild.build({ ...common, entryPoints: listTs('test/integration'), outdir: 'out/test/integration', external });
  await esbuild.build({ ...common, entryPoints: ['bench/run.ts', 'bench/eventsScale.ts', 'bench/tuneSpacing.ts', 'bench/listFlags.ts', 'bench/explainFlags.ts', 'bench/tuneWeights.ts', 'bench/flagBands.ts'], outdir: 'out/bench', external });
  // The host benchmark runs in VS Code like the integration tests, with the same test index.
  await esbuild.build({ ...common, entryPoints: { index: 'test/integration/index.ts', 'hostLag.test': 'bench/host/hostLag.test.ts' }, outdir: 'out/bench/host', external });
  await esbuild.build({ ...common, entryPoints: ['test/electron.ts'], outdir: 'out/test', external: [...external, '@vscode/test-electron'] });
  // A fresh workspace for the integration tests: the corpus plus our own fixtures, never the originals.
  rmSync('out/test-workspace', { recursive: true, force: true });
  mkdirSync('out/test-workspace', { recursive: true });
  cpSync('corpus', 'out/test-workspace/corpus', { recursive: true });
  cpSync('test/fixtures/workspace', 'out/test-workspace', { recursive: true });
  // Reference articles (tadqiq.corpus.reference) live beside the workspace, outside its corpus.
  rmSync('out/test-reference', { recursive: true, force: true });
  cpSync('test/fixtures/reference', 'out/test-reference', { recursive: true });
}

if (watch) {
  for (const p of products) await (await esbuild.context({ ...common, ...p })).watch();
} else {
  await build();
}
