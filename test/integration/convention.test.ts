import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, tadqiqDiagnostics, workspaceUri } from './helpers';

describe('the convention before a quote in VS Code (tadqiq.cliticBeforeQuote)', () => {
  const config = () => vscode.workspace.getConfiguration('tadqiq');
  const tatweelNotes = (d: vscode.Diagnostic[]) => d.filter((x) => /takes a tatweel/.test(x.message)).length;

  after(async () => {
    await config().update('cliticBeforeQuote', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('consistent by default: the workspace joins ل, ب, ك to a quote directly more often, so that is no problem; tatweel asks for one; reset, none again', async () => {
    // The convention is the corpus's: wait until the workspace is read.
    await (await api()).eventsReady();
    // This file joins four times directly; the rest of the workspace once with a tatweel.
    const uri = workspaceUri('spacing', 'joined-directly.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const checked = await (await api()).diagnostics.checkNow(document);
    assert.ok(checked, 'the file was checked');
    assert.deepStrictEqual(checked.findings.map((f) => f.message), [], 'nothing to say under the workspace\'s own convention');

    const tatweel = tadqiqDiagnostics(uri, (d) => tatweelNotes(d) > 0);
    await config().update('cliticBeforeQuote', 'tatweel', vscode.ConfigurationTarget.Workspace);
    assert.strictEqual(tatweelNotes(await tatweel), 4, 'ل"الهيئة", ب"وضوح", ك"مساعدة", ل«الأهالي»');

    const reset = tadqiqDiagnostics(uri, (d) => tatweelNotes(d) === 0);
    await config().update('cliticBeforeQuote', undefined, vscode.ConfigurationTarget.Workspace);
    assert.strictEqual(tatweelNotes(await reset), 0);
  });
});
