import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, nextEvent, runTogetherTexts, workspaceUri } from './helpers';

describe('reference articles (tadqiq.corpus.reference) in VS Code', () => {
  const config = () => vscode.workspace.getConfiguration('tadqiq');

  after(async () => {
    await config().update('corpus.reference', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('learns spelling from a folder outside the workspace, without checking or grouping it', async () => {
    const { reference, tree, diagnostics } = await api();
    const uri = workspaceUri('spacing', 'reference-needed.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    // كشكصحف: two words no list calls common; this workspace never writes them, apart or glued.
    const checked = await diagnostics.checkNow(document);
    assert.ok(checked, 'checked');
    assert.deepStrictEqual(checked.findings.filter((f) => f.code === 'run-together').map((f) => f.text), []);

    // The archive (out/test-reference, beside the workspace) writes the pair apart.
    const loaded = nextEvent(reference.onDidLoad);
    const flagged = runTogetherTexts(uri, document, (t) => t.includes('كشكصحف'));
    await config().update('corpus.reference', ['../test-reference'], vscode.ConfigurationTarget.Workspace);
    assert.strictEqual(await loaded, 1, 'one article read (its README is no article)');
    assert.deepStrictEqual(await flagged, ['كشكصحف']);
    assert.ok(!tree.events.some((e) => e.articles.some((a) => a.id.includes('test-reference'))), 'reference articles are not grouped');
    assert.deepStrictEqual(vscode.languages.getDiagnostics().filter(([u, d]) => u.path.includes('test-reference') && d.length > 0), [], 'nor checked');

    const dropped = nextEvent(reference.onDidLoad);
    const unflagged = runTogetherTexts(uri, document, (t) => !t.includes('كشكصحف'));
    await config().update('corpus.reference', undefined, vscode.ConfigurationTarget.Workspace);
    assert.strictEqual(await dropped, 0);
    assert.deepStrictEqual(await unflagged, []);
  });
});
