import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../core/types';
import type { CoreClient } from './coreClient';
import type { Request, ResponseOf } from './protocol';
import { documentLength, documentText, startsArabic } from './documentText';
import { debounceMs, maxFileBytes, spacingOptions, TO_VSCODE_SEVERITY } from './settings';

/** Findings of one document, tied to the version they were computed for. */
export interface CheckedDocument {
  version: number;
  findings: Finding[];
  diagnostics: vscode.Diagnostic[];
}

const CHECKED_LANGUAGES = new Set(['plaintext', 'markdown']);

/**
 * Keeps Tadqiq's diagnostics in step with the open documents: debounced, computed in the core
 * worker, and dropped when the document moved on while they were computed (markdownlint's rule).
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('tadqiq');
  private readonly checked = new Map<string, CheckedDocument>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics were replaced. */
  readonly onDidCheck = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly core: CoreClient,
    private readonly docsRoot: vscode.Uri,
    private readonly log: (line: string) => void,
  ) {
    this.subscriptions.push(
      this.collection,
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, debounceMs())),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tadqiq')) this.recheckAll();
      }),
    );
    this.recheckAll();
  }

  /** The findings of `document` if they are current, else undefined. */
  current(document: vscode.TextDocument): CheckedDocument | undefined {
    const c = this.checked.get(document.uri.toString());
    return c && c.version === document.version ? c : undefined;
  }

  /** Checks now (no debounce) and resolves with findings for the document's current version. */
  async checkNow(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    const current = this.current(document);
    if (current) return current;
    return this.run(document);
  }

  /**
   * Every fix the document needs, as edits on its current version: the preferred fix of each
   * problem, and of what is left after them (fixAll.ts), so one fix-all leaves nothing behind.
   */
  async fixAllEdits(document: vscode.TextDocument): Promise<{ version: number; edits: TextEdit[] } | undefined> {
    if (document.isClosed) return undefined;
    const version = document.version;
    if (tooLarge(document) || !startsArabic(document)) return undefined;
    const edits = await this.ask(document, { kind: 'fixAll', text: await documentText(document, this.core), options: spacingOptions(document.uri) });
    return edits && { version, edits };
  }

  /** A request to the core about `document`; a failure is logged with the file's name and gives undefined. */
  private async ask<K extends Request['kind']>(document: vscode.TextDocument, request: Extract<Request, { kind: K }>): Promise<ResponseOf[K] | undefined> {
    try {
      return await this.core.request(request);
    } catch (e) {
      this.log(`${request.kind} failed for ${document.uri.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!this.isCandidate(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(document);
      }, delay),
    );
  }

  private isCandidate(document: vscode.TextDocument): boolean {
    return CHECKED_LANGUAGES.has(document.languageId) && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled' || document.uri.scheme === 'vscode-remote');
  }

  private async run(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    if (document.isClosed) return undefined;
    const version = document.version;
    const key = document.uri.toString();
    if (tooLarge(document)) {
      this.publish(document, { version, findings: [], diagnostics: [this.note(document, `Tadqiq: this file is larger than tadqiq.maxFileSizeMB; it is not checked.`)] });
      return undefined;
    }
    if (!startsArabic(document)) {
      if (this.checked.has(key)) this.publish(document, { version, findings: [], diagnostics: [] });
      return undefined;
    }
    const result = await this.ask(document, { kind: 'check', text: await documentText(document, this.core), options: spacingOptions(document.uri) });
    if (!result) return undefined;
    if (document.isClosed || document.version !== version) return undefined; // stale: a newer check is on its way
    const diagnostics = result.findings.map((f) => this.toDiagnostic(document, f));
    if (result.omitted > 0) diagnostics.push(this.note(document, `Tadqiq: ${result.omitted} more problem(s) not shown (tadqiq.maxDiagnosticsPerFile).`));
    const checked = { version, findings: result.findings, diagnostics };
    this.publish(document, checked);
    return checked;
  }

  private publish(document: vscode.TextDocument, checked: CheckedDocument): void {
    this.checked.set(document.uri.toString(), checked);
    this.collection.set(document.uri, checked.diagnostics);
    this.changed.fire(document.uri);
  }

  private toDiagnostic(document: vscode.TextDocument, f: Finding): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(f.offset), document.positionAt(f.offset + f.length));
    const d = new vscode.Diagnostic(range, isolateQuoted(f.message), TO_VSCODE_SEVERITY[f.severity]);
    d.source = 'Tadqiq';
    d.code = { value: f.code, target: vscode.Uri.joinPath(this.docsRoot, `${f.code}.md`) };
    return d;
  }

  private note(document: vscode.TextDocument, message: string): vscode.Diagnostic {
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, Math.min(1, document.lineAt(0).text.length)), message, vscode.DiagnosticSeverity.Information);
    d.source = 'Tadqiq';
    d.code = 'unreadable-input';
    return d;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.checked.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * Wraps each quoted piece of Arabic in a message in bidi isolates, so "A" → "B" reads in that order
 * in the left-to-right Problems panel instead of being reordered with its neighbours.
 */
export function isolateQuoted(message: string): string {
  return message.replace(/"([^"]*[\u0600-\u06ff\ufb50-\ufefc][^"]*)"/g, '"\u2068$1\u2069"');
}

/** Larger than tadqiq.maxFileSizeMB (UTF-16: two bytes a code unit): not checked, not fixed. */
function tooLarge(document: vscode.TextDocument): boolean {
  return documentLength(document) * 2 > maxFileBytes();
}
