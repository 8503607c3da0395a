import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_SPACING_OPTIONS, type RunTogetherSensitivity, type SpacingOptions } from '../core/spacing/options';
import type { CliticSetting } from '../core/spacing/shared';
import type { Severity } from '../core/types';

type Level = Severity | 'off';

/** The user's tadqiq.* settings, read fresh each time (they may change at any moment). */
export function spacingOptions(scope?: vscode.Uri): SpacingOptions {
  const c = vscode.workspace.getConfiguration('tadqiq', scope);
  return {
    severity: {
      'run-together': c.get<Level>('rules.runTogether', DEFAULT_SPACING_OPTIONS.severity['run-together']),
      'detached-clitic': c.get<Level>('rules.detachedClitic', DEFAULT_SPACING_OPTIONS.severity['detached-clitic']),
      'punctuation-spacing': c.get<Level>('rules.punctuationSpacing', DEFAULT_SPACING_OPTIONS.severity['punctuation-spacing']),
    },
    maxFindings: c.get<number>('maxDiagnosticsPerFile', 200),
    cliticBeforeQuote: c.get<CliticSetting>('cliticBeforeQuote', DEFAULT_SPACING_OPTIONS.cliticBeforeQuote),
    runTogetherSensitivity: c.get<RunTogetherSensitivity>('runTogether.sensitivity', DEFAULT_SPACING_OPTIONS.runTogetherSensitivity),
    words: c.get<string[]>('words', []).filter((w) => typeof w === 'string'),
  };
}

export function debounceMs(): number {
  return vscode.workspace.getConfiguration('tadqiq').get<number>('debounceMs', 300);
}

export function maxFileBytes(): number {
  return vscode.workspace.getConfiguration('tadqiq').get<number>('maxFileSizeMB', 20) * 1e6;
}

export function corpusGlobs(): { include: string; exclude: string } {
  const c = vscode.workspace.getConfiguration('tadqiq');
  return { include: c.get('corpus.include', '**/*.{txt,md}'), exclude: c.get('corpus.exclude', '**/{node_modules,.git,dist,out}/**') };
}

/** The reference folders (tadqiq.corpus.reference), as URIs: absolute, or relative to the first workspace folder. */
export function referenceFolders(): vscode.Uri[] {
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.workspace
    .getConfiguration('tadqiq')
    .get<string[]>('corpus.reference', [])
    .filter((p) => typeof p === 'string' && p.trim() !== '')
    .flatMap((p) => (path.isAbsolute(p) ? [vscode.Uri.file(p)] : base ? [vscode.Uri.joinPath(base, p)] : []));
}

export const TO_VSCODE_SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
