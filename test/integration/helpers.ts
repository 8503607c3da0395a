import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { TadqiqApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'tadqiq.tadqiq';

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (out/test-workspace)');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function api(): Promise<TadqiqApi> {
  const ext = vscode.extensions.getExtension<TadqiqApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this VS Code`);
  return ext.activate();
}

/** Resolves with the Tadqiq diagnostics of `uri` once a change brings some: an event, not a sleep. */
export function tadqiqDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Tadqiq');
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = current();
      if (accept(d)) {
        listener.dispose();
        resolve(d);
      }
    });
    const now = current();
    if (accept(now)) {
      listener.dispose();
      resolve(now);
    }
  });
}

/** Resolves on the next event of `event` that satisfies `accept`. */
export function nextEvent<T>(event: vscode.Event<T>, accept: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const listener = event((value) => {
      if (!accept(value)) return;
      listener.dispose();
      resolve(value);
    });
  });
}

/** The flagged texts of the run-together diagnostics of `uri`, once they satisfy `accept`. */
export async function runTogetherTexts(uri: vscode.Uri, document: vscode.TextDocument, accept: (texts: string[]) => boolean): Promise<string[]> {
  const texts = (d: vscode.Diagnostic[]) => d.filter((x) => (x.code as { value: string }).value === 'run-together').map((x) => document.getText(x.range));
  return texts(await tadqiqDiagnostics(uri, (d) => accept(texts(d))));
}

/** The quick fixes VS Code gathers for a range of a document (from every provider, Tadqiq's among them). */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
}
