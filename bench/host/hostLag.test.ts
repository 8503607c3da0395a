// Runs inside VS Code (../shared/vscode-harness), started by bench/host.ts: how long the extension
// host's event loop is held up while Tadqiq works. Everything the extension does on that thread
// (reading files, handing texts to the worker, turning findings into diagnostics) shows here, and
// so does VS Code's own work in the host (document sync), which the table says. A CPU profile of the
// host thread meanwhile tells Tadqiq's own tasks apart: the longest run of samples inside its code.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, nextEvent, tadqiqDiagnostics, workspaceUri } from '../../test/integration/helpers';

/** One scenario's measures (bench/host.ts turns three runs of them into the table). */
export interface Lag {
  scenario: string;
  maxMs: number;
  p99Ms: number;
  /** The longest garbage collection in the host meanwhile: part of a stall, whoever allocated. */
  gcMs: number;
  /** The longest stretch the host's thread spent in Tadqiq's code (dist/extension.js on the stack). */
  tadqiqMs: number;
}

const results: Lag[] = [];

/**
 * The URL of Tadqiq's bundle as the profiler names it. The whole URL: VS Code's own extensions
 * (typescript-language-features, debug-auto-launch) also ship a `dist/extension.js`, and matching
 * the end of the URL counted their work as Tadqiq's.
 */
function tadqiqBundle(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, 'Tadqiq is installed');
  return pathToFileURL(path.join(ext.extensionPath, 'dist', 'extension.js')).href;
}

/** The parts of a V8 CPU profile this reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The longest run of consecutive samples whose stack is inside `bundle` (a file URL), in ms. */
function longestRunIn(profile: CpuProfile, bundle: string): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inside = new Map<number, boolean>();
  const isInside = (id: number): boolean => {
    let known = inside.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = byId.get(id)?.callFrame.url === bundle || (up !== undefined && isInside(up));
      inside.set(id, known);
    }
    return known;
  };
  let longest = 0;
  let start = -1;
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (isInside(id)) {
      if (start < 0) start = t;
    } else if (start >= 0) {
      longest = Math.max(longest, t - start);
      start = -1;
    }
  });
  return longest / 1000;
}

/** Posts one inspector command. */
function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (e, v) => (e ? reject(e) : resolve(v as T))));
}

/** Runs `work` with the event loop's delays recorded (10 ms resolution), under `scenario`. */
async function measured(scenario: string, work: () => Promise<void>): Promise<void> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs = Math.max(gcMs, e.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
  await post(session, 'Profiler.start');
  histogram.enable();
  let profile: CpuProfile;
  try {
    await work();
  } finally {
    histogram.disable();
    gc.disconnect();
    profile = (await post<{ profile: CpuProfile }>(session, 'Profiler.stop')).profile;
    session.disconnect();
  }
  // For reading in a profiler (Chrome's DevTools, VS Code): TADQIQ_HOST_PROFILES=<folder>.
  const profiles = process.env.TADQIQ_HOST_PROFILES;
  if (profiles) fs.writeFileSync(`${profiles}/${scenario.replace(/\W+/g, '-').slice(0, 40)}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
  results.push({ scenario, maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, gcMs, tadqiqMs: longestRunIn(profile, tadqiqBundle()) });
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
