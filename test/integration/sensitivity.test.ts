import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, runTogetherTexts, workspaceUri } from './helpers';

describe('run-together sensitivity setting in VS Code', () => {
  const config = () => vscode.workspace.getConfiguration('tadqiq');

  after(async () => {
    await config().update('runTogether.sensitivity', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('cautious by default; thorough adds a split with weaker evidence; back again when reset', async () => {
    await api();
    const uri = workspaceUri('spacing', 'weak-evidence.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    // الأممالمتحدة has strong evidence; يهتمبها only the letters of the two words, too little even in a
    // folder this small.
    const cautious = await runTogetherTexts(uri, document, (t) => t.includes('الأممالمتحدة'));
    assert.deepStrictEqual(cautious, ['الأممالمتحدة']);

    const thorough = runTogetherTexts(uri, document, (t) => t.length === 2);
    await config().update('runTogether.sensitivity', 'thorough', vscode.ConfigurationTarget.Workspace);
    assert.deepStrictEqual(await thorough, ['يهتمبها', 'الأممالمتحدة']);

    const reset = runTogetherTexts(uri, document, (t) => t.length === 1);
    await config().update('runTogether.sensitivity', undefined, vscode.ConfigurationTarget.Workspace);
    assert.deepStrictEqual(await reset, ['الأممالمتحدة']);
  });
});
