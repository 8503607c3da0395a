import * as vscode from 'vscode';
import type { CoreClient } from './coreClient';
import { documentText, startsArabic } from './documentText';
import type { ArticleInput } from './protocol';
import { corpusGlobs, maxFileBytes } from './settings';

const BATCH = 200;
const MAX_FILES = 20_000;

/**
 * The workspace's articles, mirrored into the core worker: read once at start (with progress),
 * then kept in step with file events and with edits in open editors.
 */
export class CorpusWatcher implements vscode.Disposable {
  private readonly ids = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the set or the text of articles changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  private ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly core: CoreClient,
    private readonly log: (line: string) => void,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(corpusGlobs().include);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate((uri) => void this.read([uri])),
      watcher.onDidChange((uri) => void this.read([uri])),
      watcher.onDidDelete((uri) => void this.remove([uri])),
      vscode.workspace.onDidChangeTextDocument((e) => this.editedInEditor(e.document)),
      vscode.workspace.onDidRenameFiles((e) => {
        void this.remove(e.files.map((f) => f.oldUri)).then(() => this.read(e.files.map((f) => f.newUri)));
      }),
    );
  }

  /** Resolves when the first full read of the workspace is done. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  has(uri: vscode.Uri): boolean {
    return this.ids.has(uri.toString());
  }

  get size(): number {
    return this.ids.size;
  }

  /** Reads every article of the workspace, showing progress in the Events view. */
  indexWorkspace(): Promise<void> {
    this.ready = Promise.resolve(
      vscode.window.withProgress({ location: { viewId: 'tadqiq.events' }, title: 'Tadqiq: reading articles' }, async (progress) => {
        const { include, exclude } = corpusGlobs();
        const found = await vscode.workspace.findFiles(include, exclude, MAX_FILES);
        if (found.length === MAX_FILES) this.log(`more than ${MAX_FILES} files match tadqiq.corpus.include; only the first ${MAX_FILES} are read`);
        // In code-unit order: localeCompare took ~27 ms of the host's thread for 1,000 files.
        const uris = found
          .map((uri) => ({ uri, key: uri.toString() }))
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
          .map((x) => x.uri);
        for (let i = 0; i < uris.length; i += BATCH) {
          await this.read(uris.slice(i, i + BATCH), false);
          progress.report({ message: `${Math.min(i + BATCH, uris.length)} / ${uris.length}`, increment: (BATCH / uris.length) * 100 });
        }
        this.log(`indexed ${this.ids.size} article(s) of ${uris.length} file(s)`);
        this.changed.fire();
      }),
    );
    return this.ready;
  }

  private async read(uris: readonly vscode.Uri[], notify = true): Promise<void> {
    const articles: ArticleInput[] = [];
    const gone: vscode.Uri[] = [];
    await Promise.all(
      uris.map(async (uri) => {
        const article = await this.readArticle(uri);
        if (article === undefined) gone.push(uri);
        else articles.push(article);
      }),
    );
    if (articles.length > 0) {
      const { refused } = await this.core.request({ kind: 'upsert', articles }, transferable(articles));
      const notArticles = new Set(refused.map((r) => r.id));
      for (const r of refused) this.log(`${vscode.workspace.asRelativePath(vscode.Uri.parse(r.id))}: ${r.reason}`);
      for (const a of articles) if (!notArticles.has(a.id)) this.ids.add(a.id);
      for (const id of notArticles) this.ids.delete(id);
    }
    if (gone.some((u) => this.ids.has(u.toString()))) await this.remove(gone, false);
    if (notify) this.changed.fire();
  }

  /**
   * The article as the core should read it: an open editor's text wins over the file on disk, whose
   * bytes the worker decodes. Undefined when it cannot be an article here (too large, unreadable, no
   * Arabic in an open editor).
   */
  private async readArticle(uri: vscode.Uri): Promise<ArticleInput | undefined> {
    const id = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    if (open) return startsArabic(open) ? { id, text: await documentText(open, this.core) } : undefined;
    return readArticleFile(uri, vscode.workspace.asRelativePath(uri), this.log);
  }

  private async remove(uris: readonly vscode.Uri[], notify = true): Promise<void> {
    const ids = uris.map((u) => u.toString()).filter((id) => this.ids.has(id));
    if (ids.length === 0) return;
    await this.core.request({ kind: 'remove', ids });
    for (const id of ids) this.ids.delete(id);
    if (notify) this.changed.fire();
  }

  private editedInEditor(document: vscode.TextDocument): void {
    const id = document.uri.toString();
    if (!this.ids.has(id)) return;
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.set(
      id,
      setTimeout(() => {
        this.pendingEdits.delete(id);
        void this.read([document.uri]);
      }, 1000),
    );
  }

  dispose(): void {
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * A file's bytes for the worker, which decodes them there; undefined when the file is over
 * tadqiq.maxFileSizeMB or cannot be read (said in the log, under `name`).
 */
export async function readArticleFile(uri: vscode.Uri, name: string, log: (line: string) => void): Promise<ArticleInput | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxFileBytes()) {
      log(`${name}: ${(stat.size / 1e6).toFixed(1)} MB is over tadqiq.maxFileSizeMB; not read`);
      return undefined;
    }
    return { id: uri.toString(), bytes: await vscode.workspace.fs.readFile(uri) };
  } catch (e) {
    log(`${name}: could not be read (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
}

/**
 * The buffers a request may hand over to the worker rather than copy: those that are the bytes'
 * own (a buffer the bytes only view, shared with other data, is copied).
 */
export function transferable(articles: readonly ArticleInput[]): ArrayBuffer[] {
  const own = (bytes: Uint8Array) => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return articles.flatMap((a) => ('bytes' in a && own(a.bytes) ? [a.bytes.buffer as ArrayBuffer] : []));
}
