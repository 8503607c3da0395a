import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { PIECE } from '../../src/extension/documentText';
import { api, tadqiqDiagnostics, workspaceUri } from './helpers';

// Runs last (file order): it edits every article of the workspace and reverts them at the end.
describe('bad input and workspace-wide fixes in VS Code', () => {
  it('opens empty, non-UTF-8 and English files without a finding or a crash', async () => {
    const tadqiq = await api();
    for (const name of ['empty.txt', 'windows-1256.txt', 'english.txt']) {
      const doc = await vscode.workspace.openTextDocument(workspaceUri('bad', name));
      await vscode.window.showTextDocument(doc);
      const checked = await tadqiq.diagnostics.checkNow(doc);
      assert.strictEqual(checked, undefined, `${name}: no Arabic text, nothing to check`);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Tadqiq'), []);
    }
  });

  it('caps diagnostics per file and says how many were left out, on a 1 MB single line with a 100,000-letter word', async () => {
    const line = 'وصلت الولاياتالمتحدة و مستشفى المدينة '.repeat(25_000) + 'ب'.repeat(100_000);
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: line });
    const pending = tadqiqDiagnostics(doc.uri);
    await vscode.window.showTextDocument(doc);
    const diagnostics = await pending;
    const cap = vscode.workspace.getConfiguration('tadqiq').get<number>('maxDiagnosticsPerFile', 200);
    assert.strictEqual(diagnostics.length, cap + 1, 'the cap, plus one note');
    assert.match(diagnostics[diagnostics.length - 1].message, /more problem\(s\) not shown/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('checks a long document sent to the core in pieces: findings land where they are, across the pieces and CRLF line ends', async () => {
    // documentText.ts sends long texts in pieces; one glued word straddles the first seam.
    const seam = PIECE;
    const glued = 'الولاياتالمتحدة';
    const line = 'وصلت الولايات المتحدة إلى المدينة\r\n';
    const head = line.repeat(Math.floor((seam - 8) / line.length));
    const content = head + ' '.repeat(seam - 8 - head.length) + glued + '\r\n' + line.repeat(20_000) + 'وقالت ' + glued + ' ذلك';
    // A named untitled document: an unnamed one may take the name (and, for a moment, the
    // diagnostics) of the one the test before closed.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('untitled:long-crlf.txt'));
    const editor = await vscode.window.showTextDocument(doc);
    const isRunTogether = (d: vscode.Diagnostic) => typeof d.code === 'object' && d.code.value === 'run-together';
    const pending = tadqiqDiagnostics(doc.uri, (d) => d.some(isRunTogether));
    await editor.edit((b) => {
      b.setEndOfLine(vscode.EndOfLine.CRLF);
      b.insert(new vscode.Position(0, 0), content);
    });
    assert.strictEqual(doc.getText(), content);
    assert.ok(content.length > 2 * seam, 'long enough for three pieces');
    const runTogether = (await pending).filter(isRunTogether);
    assert.deepStrictEqual(
      runTogether.map((d) => [doc.offsetAt(d.range.start), doc.getText(d.range)]),
      [
        [seam - 8, glued],
        [content.length - glued.length - 4, glued],
      ],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('fixes the whole corpus as one workspace edit', async () => {
    const glued = await vscode.workspace.openTextDocument(workspaceUri('spacing', 'glued.txt'));
    const applied = await vscode.commands.executeCommand<boolean>('tadqiq.fixAllInWorkspace');
    assert.strictEqual(applied, true);
    assert.ok(glued.getText().includes('الولايات المتحدة') && !glued.getText().includes('الولاياتالمتحدة'));
    const seed = vscode.workspace.textDocuments.filter((d) => d.uri.path.includes('/corpus/') && d.isDirty);
    assert.ok(seed.length > 0, 'corpus articles were fixed too');
    for (const d of vscode.workspace.textDocuments.filter((x) => x.isDirty)) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.ok(vscode.workspace.textDocuments.every((d) => !d.isDirty), 'nothing left modified');
  });
});
