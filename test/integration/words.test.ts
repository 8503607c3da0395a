import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, quickFixes, tadqiqDiagnostics, workspaceUri } from './helpers';

describe('the words of a workspace (tadqiq.words) in VS Code', () => {
  const config = () => vscode.workspace.getConfiguration('tadqiq');

  after(async () => {
    await config().update('words', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('a quick fix adds a flagged word to the workspace\'s words: it is no longer flagged, and the setting holds it', async () => {
    await (await api()).eventsReady();
    const uri = workspaceUri('spacing', 'own-words.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const checked = await (await api()).diagnostics.checkNow(document);
    assert.ok(checked, 'the file was checked');
    const diagnostic = checked.diagnostics.find((d) => document.getText(d.range) === 'الأممالمتحدة');
    assert.ok(diagnostic, 'الأممالمتحدة is flagged');
    const add = (await quickFixes(uri, diagnostic.range)).find((a) => a.title === 'Add "الأممالمتحدة" to the words of this workspace (tadqiq.words)');
    assert.ok(add?.command, 'the quick fix is offered');

    const cleared = tadqiqDiagnostics(uri, (d) => !d.some((x) => document.getText(x.range) === 'الأممالمتحدة'));
    assert.strictEqual(await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? [])), true);
    await cleared;
    assert.deepStrictEqual(config().inspect<string[]>('words')?.workspaceValue, ['الأممالمتحدة']);
    assert.strictEqual(document.getText().includes('الأممالمتحدة'), true, 'the text is untouched');
    assert.strictEqual(await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? [])), false, 'added once');
  });
});
