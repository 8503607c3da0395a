import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';

/** "Tadqiq: N" for the active editor (cSpell's habit): what the checker found, one click from the list. */
export class TadqiqStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tadqiq.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'Tadqiq';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [this.item, vscode.window.onDidChangeActiveTextEditor(() => this.update()), diagnostics.onDidCheck(() => this.update())];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const checked = document && this.diagnostics.current(document);
    if (!checked) {
      this.item.hide();
      return;
    }
    const n = checked.findings.length;
    this.item.text = n > 0 ? `$(warning) Tadqiq: ${n}` : '$(check) Tadqiq';
    this.item.tooltip = n > 0 ? `${n} spacing problem(s) in this file: open the Problems panel` : 'No spacing problems in this file';
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
