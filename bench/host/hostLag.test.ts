// Runs inside VS Code (../shared/vscode-harness), started by bench/host.ts: how long the extension
// host's event loop is held up while Tadqiq works. Everything the extension does on that thread
// (reading files, handing texts to the worker, turning findings into diagnostics) shows here, and
// so does VS Code's own work in the host (document sync), which the table says.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { api, nextEvent, tadqiqDiagnostics, workspaceUri } from '../../test/integration/helpers';

interface Lag {
  scenario: string;
  maxMs: number;
  p99Ms: number;
  /** The longest garbage collection in the host meanwhile: part of a stall, whoever allocated. */
  gcMs: number;
}

const results: Lag[] = [];

/** Runs `work` with the event loop's delays recorded (10 ms resolution), under `scenario`. */
async function measured(scenario: string, work: () => Promise<void>): Promise<void> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs = Math.max(gcMs, e.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
    gc.disconnect();
  }
  results.push({ scenario, maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, gcMs });
}

describe('extension host responsiveness (benchmark)', () => {
  after(() => {
    const out = process.env.TADQIQ_HOST_LAG;
    if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  });

  it('activation: indexing the folder and grouping its events', async () => {
    await measured('activation: index the folder and group its events', async () => {
      const tadqiq = await api();
      await tadqiq.eventsReady();
      assert.ok(tadqiq.corpus.size > 0, 'articles were indexed');
    });
  });

  it('opening an 11.5 MB file, then checking it', async () => {
    // First with the size limit below the file, so the open is VS Code's work alone (Tadqiq only
    // measures the document and notes that it is too large); then the limit goes back and Tadqiq checks it.
    const settings = vscode.workspace.getConfiguration('tadqiq');
    await settings.update('maxFileSizeMB', 1, vscode.ConfigurationTarget.Workspace);
    const uri = workspaceUri('big', 'big.txt');
    let doc: vscode.TextDocument | undefined;
    await measured('VS Code opens an 11.5 MB file (over the size limit: Tadqiq only notes it)', async () => {
      const noted = tadqiqDiagnostics(uri, (d) => d.length === 1 && /larger than/.test(d[0].message));
      doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await noted;
    });
    await measured('Tadqiq checks the open 11.5 MB file', async () => {
      const checked = tadqiqDiagnostics(uri, (d) => d.some((x) => typeof x.code === 'object' && x.code.value === 'run-together'));
      await settings.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
      await checked;
    });
    assert.ok(doc);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('typing in a 40 KB article: 30 edits, each re-checked', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('article-40k.txt'));
    const editor = await vscode.window.showTextDocument(doc);
    await tadqiqDiagnostics(doc.uri);
    await measured('type in a 40 KB article (30 edits, each re-checked)', async () => {
      for (let k = 0; k < 30; k++) {
        const edited = doc.version + 1;
        const rechecked = nextEvent(vscode.languages.onDidChangeDiagnostics, (e) => doc.version >= edited && e.uris.some((u) => u.toString() === doc.uri.toString()));
        await editor.edit((b) => b.insert(doc.positionAt((k * 997) % doc.getText().length), k % 2 ? ' ' : 'و'));
        await rechecked;
      }
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('fixing every problem of a 40 KB article at once', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('article-40k.txt'));
    await vscode.window.showTextDocument(doc);
    await tadqiqDiagnostics(doc.uri);
    await measured('fix all in a 40 KB article', async () => {
      const pending = tadqiqDiagnostics(doc.uri, (d) => d.filter((x) => x.code && typeof x.code === 'object' && x.code.value === 'run-together').length === 0);
      assert.strictEqual(await vscode.commands.executeCommand('tadqiq.fixAllInFile'), true);
      await pending;
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
