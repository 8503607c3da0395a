import * as vscode from 'vscode';
import { nonOverlapping } from '../core/edits';
import type { TextEdit } from '../core/types';

export { preferredEdits } from '../core/spacing/fixAll';

/** Adds core edits (offsets into `document` as it was at `version`) to a workspace edit. */
export function addEdits(workspaceEdit: vscode.WorkspaceEdit, document: vscode.TextDocument, edits: readonly TextEdit[]): void {
  for (const e of edits) {
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
  }
}

/**
 * Applies edits computed for `version` of the document, as one edit (one undo).
 * Refuses, and says so, when the document changed since the edits were computed.
 */
export async function applyVersionedEdits(uri: vscode.Uri, version: number, edits: readonly TextEdit[]): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== version) {
    void vscode.window.showWarningMessage('Tadqiq: the document changed after this fix was computed; the fix was not applied. Try again once the problems refresh.');
    return false;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  addEdits(workspaceEdit, document, nonOverlapping(edits));
  return vscode.workspace.applyEdit(workspaceEdit);
}
