// The picture in the README: with TADQIQ_SCENE=1 the test index sets this scene after the tests,
// while the harness takes its screenshot (npm run screenshot).
import * as vscode from 'vscode';
import type { TadqiqApi } from '../../src/extension/extension';

export async function setScene(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const api = await vscode.extensions.getExtension<TadqiqApi>('tadqiq.tadqiq')?.activate();
  const file = process.env.TADQIQ_SCENE_FILE ?? 'spacing/glued.txt';
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, ...file.split('/')));
  const editor = await vscode.window.showTextDocument(doc);
  const checked = await api?.diagnostics.checkNow(doc);
  await vscode.commands.executeCommand('tadqiq.events.focus');
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const first = checked?.diagnostics[0];
  if (first) {
    editor.selection = new vscode.Selection(first.range.start, first.range.start);
    await vscode.commands.executeCommand('editor.action.quickFix');
  }
}
