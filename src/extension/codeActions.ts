import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { addEdits, preferredEdits } from './fixes';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('tadqiq');

const RULE_SETTINGS: Record<string, string> = {
  'run-together': 'tadqiq.rules.runTogether',
  'detached-clitic': 'tadqiq.rules.detachedClitic',
  'punctuation-spacing': 'tadqiq.rules.punctuationSpacing',
};

/**
 * Quick fixes for Tadqiq diagnostics. The fixes were computed with the diagnostics (cSpell's way),
 * so this provider does no new work for them; each fix carries the document version it belongs to.
 * Fixing the whole file asks the core for every round of fixes (fixAll.ts), so nothing is left over.
 */
export class SpacingCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly diagnostics: DiagnosticsController) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] | Promise<vscode.CodeAction[]> {
    if (context.only?.contains(FIX_ALL_KIND)) return this.fixAllOnSave(document);
    const checked = this.diagnostics.current(document);
    if (!checked) return [];
    const actions: vscode.CodeAction[] = [];
    const seenCodes = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const index = checked.diagnostics.findIndex((d) => d.source === diagnostic.source && d.message === diagnostic.message && d.range.isEqual(diagnostic.range));
      const finding = checked.findings[index];
      if (!finding) continue;
      finding.fixes.forEach((fix, k) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = k === 0;
        action.command = { title: fix.title, command: 'tadqiq.applyFix', arguments: [document.uri, checked.version, fix.edits] };
        actions.push(action);
      });
      // A name or brand written solid on purpose: the user says so once for the workspace.
      if (finding.code === 'run-together') actions.push(this.command(`Add "${finding.text}" to the words of this workspace (tadqiq.words)`, 'tadqiq.addWord', [finding.text, document.uri]));
      if (!seenCodes.has(finding.code)) {
        seenCodes.add(finding.code);
        const same = checked.findings.filter((f) => f.code === finding.code);
        if (same.length > 1) actions.push(this.command(`Fix all ${finding.code} problems in this file (${same.length})`, 'tadqiq.applyFix', [document.uri, checked.version, preferredEdits(same)]));
        const setting = RULE_SETTINGS[finding.code];
        if (setting) {
          const configure = new vscode.CodeAction(`Configure or turn off the ${finding.code} rule…`, vscode.CodeActionKind.QuickFix);
          configure.command = { title: configure.title, command: 'workbench.action.openSettings', arguments: [setting] };
          actions.push(configure);
        }
      }
    }
    if (actions.length > 0 && checked.findings.length > 1) actions.push(this.command(`Fix all Tadqiq problems in this file (${checked.findings.length})`, 'tadqiq.fixAllInFile', [document.uri]));
    return actions;
  }

  private command(title: string, command: string, args: unknown[]): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = { title, command, arguments: args };
    return action;
  }

  /** Runs on save: an edit, applied by VS Code to the version it asked about (none if the text moved on meanwhile). */
  private async fixAllOnSave(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const fix = await this.diagnostics.fixAllEdits(document);
    if (!fix || fix.edits.length === 0 || document.version !== fix.version) return [];
    const action = new vscode.CodeAction('Tadqiq: fix all spacing problems', FIX_ALL_KIND);
    action.edit = new vscode.WorkspaceEdit();
    addEdits(action.edit, document, fix.edits);
    return [action];
  }
}
