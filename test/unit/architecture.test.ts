import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('src/core imports neither vscode nor Node built-ins (except the lexicon file loader)', () => {
    const files = sources(path.join(root, 'src', 'core'));
    assert.ok(files.length >= 8, `found ${files.length} core files`);
    const offenders: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        const isVscode = spec === 'vscode';
        const isNode = spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads'].includes(spec);
        if (isVscode || (isNode && !(path.basename(f) === 'lexicon.ts' && spec.endsWith('fs')))) offenders.push(`${path.relative(root, f)}: ${spec}`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it("the extension's bundle leaves the spacing engine to the worker (the host only passes options along)", () => {
    // esbuild marks each bundled source with a "// src/…" comment.
    const bundled = (name: string) => [...fs.readFileSync(path.join(root, 'dist', name), 'utf8').matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((m) => m[1]);
    const host = bundled('extension.js');
    assert.ok(host.includes('src/core/spacing/options.ts'), host.join(' '));
    assert.deepStrictEqual(host.filter((f) => /core\/(spacing\/checker|spacing\/runTogether|tokenize|normalize|wordStats|lexicon)\.ts$/.test(f)), []);
    assert.ok(bundled('worker.js').includes('src/core/spacing/checker.ts'), 'the worker has the engine');
  });

  it('the check above catches a vscode import (guards against a vacuous pass)', () => {
    const sample = "import * as vscode from 'vscode';";
    assert.ok([...sample.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)].some((m) => m[1] === 'vscode'));
  });
});
