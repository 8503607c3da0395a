// Test index for the integration tests, run inside VS Code's extension host by
// ../shared/vscode-harness (offline) or @vscode/test-electron (online). Contract with the harness:
// write results to VSCODE_HARNESS_RESULTS, append the log to VSCODE_HARNESS_LOG.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';

/** The extension host locks console.log & co., so the whole console is swapped for one that also writes the log. */
function teeConsoleTo(file: string): void {
  const original = globalThis.console;
  const tee = Object.create(original) as Console;
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    Object.defineProperty(tee, level, {
      value: (...args: unknown[]) => {
        fs.appendFileSync(file, util.format(...args) + '\n');
        original[level](...args);
      },
    });
  }
  globalThis.console = tee;
}

function waitForFile(file: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const watcher = fs.watch(path.dirname(file), () => {
      if (fs.existsSync(file)) done();
    });
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      watcher.close();
      resolve();
    }
    if (fs.existsSync(file)) done();
  });
}

export async function run(): Promise<void> {
  const { VSCODE_HARNESS_RESULTS: resultsFile, VSCODE_HARNESS_LOG: logFile, VSCODE_HARNESS_ACK: ackFile } = process.env;
  if (logFile) teeConsoleTo(logFile);
  // Required after the console swap: mocha's reporters keep a reference to console.log.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require(process.env.VSCODE_HARNESS_MOCHA || 'mocha');
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  const results = { passed: 0, failed: 0, failures: [] as { title: string; error: string }[] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => results.passed++);
    runner.on('fail', (test: { fullTitle(): string }, err: Error) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
    });
  });
  if (process.env.TADQIQ_SCENE) await (await import('./scene')).setScene();
  if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  if (ackFile) await waitForFile(ackFile, 30_000);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
  if (results.passed === 0) throw new Error('no test ran');
}
