import * as vscode from 'vscode';
import type { TextEdit } from '../core/types';
import { SpacingCodeActions } from './codeActions';
import { CoreClient } from './coreClient';
import { CorpusWatcher } from './corpus';
import { DiagnosticsController } from './diagnostics';
import { OverridesFile } from './eventOverrides';
import { EventsTreeProvider, type ArticleNode, type Node } from './eventsTree';
import { addEdits, applyVersionedEdits } from './fixes';
import { openRelated, targetArticle } from './navigation';
import { ReferenceCorpus } from './reference';
import { spacingOptions } from './settings';
import { TadqiqStatusBar } from './statusBar';
import { addWord } from './words';
import type { EventOverrides } from './protocol';

/** What tests (and other extensions) can reach. */
export interface TadqiqApi {
  diagnostics: DiagnosticsController;
  tree: EventsTreeProvider;
  treeView: vscode.TreeView<Node>;
  corpus: CorpusWatcher;
  reference: ReferenceCorpus;
  statusBar: TadqiqStatusBar;
  /** Resolves after the events were regrouped following the latest corpus change. */
  eventsReady(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): TadqiqApi {
  const output = vscode.window.createOutputChannel('Tadqiq', { log: true });
  const log = (line: string) => output.info(line);
  const core = new CoreClient(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, log);
  const diagnostics = new DiagnosticsController(core, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'), log);
  const corpus = new CorpusWatcher(core, log);
  const reference = new ReferenceCorpus(core, log);
  // Problems per article: the open editor's live count, else the worker's count over the corpus.
  let corpusProblems: Record<string, number> = {};
  // By article id (its URI as a string). The badge asks for every article after every check, so it
  // passes the open documents in (VS Code builds a new list of them on every read of textDocuments).
  const openDocuments = () => new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const problemCount = (id: string, open = openDocuments()) => {
    const document = open.get(id);
    const checked = document && diagnostics.current(document);
    return checked ? checked.findings.length : (corpusProblems[id] ?? 0);
  };
  const tree = new EventsTreeProvider(problemCount);
  const treeView = vscode.window.createTreeView('tadqiq.events', { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new TadqiqStatusBar(diagnostics);
  const overridesFile = new OverridesFile(vscode.workspace.workspaceFolders?.[0]?.uri);
  let overrides: EventOverrides = { moves: {}, splits: [] };

  let regrouping: Promise<void> = Promise.resolve();
  const regroup = () => {
    regrouping = regrouping.then(async () => {
      try {
        tree.setEvents(await core.request({ kind: 'events', overrides }));
        await vscode.commands.executeCommand('setContext', 'tadqiq.noArticles', corpus.size === 0);
        updateBadge();
        await revealActive();
        corpusProblems = await core.request({ kind: 'problemCounts', options: spacingOptions() });
        updateBadge();
        tree.refresh();
      } catch (e) {
        log(`grouping failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
    return regrouping;
  };
  const updateBadge = () => {
    const open = openDocuments();
    const withProblems = tree.events.flatMap((e) => e.articles).filter((a) => problemCount(a.id, open) > 0).length;
    treeView.badge = withProblems > 0 ? { value: withProblems, tooltip: `${withProblems} article(s) with spacing problems` } : undefined;
  };
  const revealActive = async () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const node = uri && tree.articleNode(uri);
    await vscode.commands.executeCommand('setContext', 'tadqiq.activeArticle', !!node);
    if (node && treeView.visible) await treeView.reveal(node, { select: true, focus: false });
  };
  const saveOverrides = async () => {
    await overridesFile.write(overrides);
    await regroup();
  };

  context.subscriptions.push(
    output,
    { dispose: () => core.dispose() },
    diagnostics,
    corpus,
    tree,
    treeView,
    statusBar,
    vscode.languages.registerCodeActionsProvider([{ language: 'plaintext' }, { language: 'markdown' }], new SpacingCodeActions(diagnostics), SpacingCodeActions.metadata),
    corpus.onDidChange(() => void regroup()),
    reference,
    // New spelling evidence: every open article is checked again, and the corpus's problem counts.
    reference.onDidLoad(() => {
      diagnostics.recheckAll();
      void regroup();
    }),
    // The badge first: a redraw of the tree is the event that says the counts changed.
    diagnostics.onDidCheck((uri) => {
      updateBadge();
      tree.refreshArticle(uri);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void revealActive()),
    treeView.onDidChangeVisibility(() => void revealActive()),
    vscode.commands.registerCommand('tadqiq.applyFix', (uri: vscode.Uri, version: number, edits: TextEdit[]) => applyVersionedEdits(uri, version, edits)),
    vscode.commands.registerCommand('tadqiq.addWord', (word?: string, uri?: vscode.Uri) => addWord(word, uri)),
    vscode.commands.registerCommand('tadqiq.fixAllInFile', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) return false;
      const fix = await diagnostics.fixAllEdits(document);
      if (!fix || fix.edits.length === 0) return false;
      return applyVersionedEdits(document.uri, fix.version, fix.edits);
    }),
    vscode.commands.registerCommand('tadqiq.fixAllInWorkspace', async () => {
      await corpus.whenReady();
      const edit = new vscode.WorkspaceEdit();
      let files = 0;
      let fixes = 0;
      for (const event of tree.events) {
        for (const article of event.articles) {
          const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(article.id));
          const fix = await diagnostics.fixAllEdits(document);
          if (!fix || fix.edits.length === 0 || document.version !== fix.version) continue;
          addEdits(edit, document, fix.edits);
          files++;
          fixes += fix.edits.length;
        }
      }
      if (fixes === 0) {
        void vscode.window.showInformationMessage('Tadqiq: no spacing problems to fix in the corpus.');
        return false;
      }
      const applied = await vscode.workspace.applyEdit(edit);
      if (applied) void vscode.window.showInformationMessage(`Tadqiq: ${fixes} spacing fix(es) made in ${files} file(s). Review and save.`);
      return applied;
    }),
    vscode.commands.registerCommand('tadqiq.refreshEvents', () => corpus.indexWorkspace()),
    vscode.commands.registerCommand('tadqiq.nextRelatedArticle', (node?: ArticleNode) => openRelated(tree, +1, false, node)),
    vscode.commands.registerCommand('tadqiq.previousRelatedArticle', (node?: ArticleNode) => openRelated(tree, -1, false, node)),
    vscode.commands.registerCommand('tadqiq.openSideBySide', (node?: ArticleNode) => openRelated(tree, +1, true, node)),
    // `target` (an article id of the event to join) lets other commands and tests skip the picker.
    vscode.commands.registerCommand('tadqiq.moveToEvent', async (node?: ArticleNode, target?: string) => {
      const from = targetArticle(tree, node);
      if (!from) return;
      if (!target) {
        const choice = await vscode.window.showQuickPick(
          tree.events.filter((e) => e.id !== from.event.id).map((e) => ({ label: e.title, description: `${e.articles.length} article(s)`, target: e.articles[0].id })),
          { placeHolder: `Move "${from.article.title}" to…`, matchOnDescription: true },
        );
        target = choice?.target;
      }
      if (!target) return;
      overrides.splits = overrides.splits.filter((id) => id !== from.article.id);
      overrides.moves[from.article.id] = target;
      await saveOverrides();
    }),
    vscode.commands.registerCommand('tadqiq.splitFromEvent', async (node?: ArticleNode) => {
      const from = targetArticle(tree, node);
      if (!from) return;
      delete overrides.moves[from.article.id];
      if (!overrides.splits.includes(from.article.id)) overrides.splits.push(from.article.id);
      await saveOverrides();
    }),
    vscode.commands.registerCommand('tadqiq.showLog', () => output.show()),
  );

  if (vscode.workspace.getConfiguration('tadqiq').get<string[]>('corpus.reference', []).length > 0) void reference.load();
  const indexed = overridesFile.read().then((o) => {
    overrides = o;
    return corpus.indexWorkspace();
  });
  log('Tadqiq activated');
  return { diagnostics, tree, treeView, corpus, reference, statusBar, eventsReady: () => indexed.then(() => corpus.whenReady()).then(() => regrouping) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
