import * as vscode from 'vscode';

/**
 * `tadqiq.words`: words written solid on purpose (names, brands) that the run-together rule leaves
 * alone, as cSpell keeps its words. The quick fix adds the flagged word to the workspace's list (the
 * user's own when no folder is open); the change of setting re-checks every open document.
 */
export async function addWord(word?: string, scope?: vscode.Uri): Promise<boolean> {
  // From the command palette: the word asked for, the selection offered.
  if (word === undefined) {
    const editor = vscode.window.activeTextEditor;
    const selected = editor ? editor.document.getText(editor.selection).trim() : '';
    word = (await vscode.window.showInputBox({ prompt: 'A word written solid on purpose (a name, a brand): Tadqiq will not flag it as run-together', value: selected }))?.trim();
    scope = editor?.document.uri;
    if (!word) return false;
  }
  const config = vscode.workspace.getConfiguration('tadqiq', scope);
  const inWorkspace = vscode.workspace.workspaceFolders !== undefined;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('words');
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(word)) return false;
  await config.update('words', [...current, word], target);
  return true;
}
