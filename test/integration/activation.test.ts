import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, nextEvent, workspaceUri } from './helpers';

describe('activation', () => {
  it('activates on an Arabic text file and contributes the Events view', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('spacing', 'clean.txt')));
    const tadqiq = await api();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'Tadqiq is active');
    assert.ok(tadqiq.treeView, 'the extension returned its tree view');
    const shown = tadqiq.treeView.visible ? Promise.resolve() : nextEvent(tadqiq.treeView.onDidChangeVisibility, (e) => e.visible);
    await vscode.commands.executeCommand('tadqiq.events.focus'); // throws if the view was not contributed
    await shown;
    assert.strictEqual(tadqiq.treeView.visible, true);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['tadqiq.fixAllInFile', 'tadqiq.fixAllInWorkspace', 'tadqiq.nextRelatedArticle', 'tadqiq.moveToEvent']) assert.ok(commands.includes(c), `${c} is registered`);
  });
});
