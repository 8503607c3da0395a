import * as vscode from 'vscode';
import type { CoreClient } from './coreClient';
import { readArticleFile, transferable } from './corpus';
import type { ArticleInput } from './protocol';
import { referenceFolders } from './settings';

const BATCH = 200;
const MAX_FILES = 20_000;
const ARTICLE = /\.(txt|md)$/i;
const SKIPPED = new Set(['node_modules', 'dist', 'out']);

/**
 * The reference articles (tadqiq.corpus.reference): folders of other articles whose words the core
 * learns spelling from, as it does from the workspace's own; never checked, grouped or watched.
 * Read when the extension starts and again when the setting changes.
 */
export class ReferenceCorpus implements vscode.Disposable {
  private readonly loaded = new vscode.EventEmitter<number>();
  /** Fires with the number of reference articles once a reading is done. */
  readonly onDidLoad = this.loaded.event;
  private readonly subscriptions: vscode.Disposable[] = [this.loaded];
  private reading: Promise<number> = Promise.resolve(0);
  private wanted = 0;
  private articles = 0;

  constructor(
    private readonly core: CoreClient,
    private readonly log: (line: string) => void,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tadqiq.corpus.reference')) void this.load();
      }),
    );
  }

  /** Reads the folders the setting names (after any reading under way; a newer request supersedes it). */
  load(): Promise<number> {
    const ticket = ++this.wanted;
    this.reading = this.reading.then(async () => {
      if (ticket !== this.wanted) return this.articles;
      try {
        return (this.articles = await this.read());
      } catch (e) {
        this.log(`reference: not read (${e instanceof Error ? e.message : String(e)})`);
        return this.articles;
      }
    });
    return this.reading;
  }

  private async read(): Promise<number> {
    const folders = referenceFolders();
    const uris: vscode.Uri[] = [];
    for (const folder of folders) {
      try {
        await collect(folder, uris);
      } catch (e) {
        this.log(`reference ${folder.fsPath}: could not be read (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    if (uris.length >= MAX_FILES) this.log(`more than ${MAX_FILES} reference files; only the first ${MAX_FILES} are read`);
    let articles = 0;
    let reset = true;
    for (let i = 0; i === 0 || i < uris.length; i += BATCH) {
      const batch = await Promise.all(uris.slice(i, i + BATCH).map((uri) => readArticleFile(uri, `reference ${uri.fsPath}`, this.log)));
      const inputs = batch.filter((a): a is ArticleInput => a !== undefined);
      const reply = await this.core.request({ kind: 'reference', articles: inputs, reset }, transferable(inputs));
      reset = false;
      articles = reply.articles;
      for (const r of reply.refused) this.log(`reference ${vscode.Uri.parse(r.id).fsPath}: ${r.reason}`);
    }
    if (folders.length > 0) this.log(`reference: ${articles} article(s) from ${folders.length} folder(s) teach spelling`);
    this.loaded.fire(articles);
    return articles;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The article files under `folder` (or `folder` itself when it is one), up to MAX_FILES, in name order. */
async function collect(folder: vscode.Uri, into: vscode.Uri[]): Promise<void> {
  const { type } = await vscode.workspace.fs.stat(folder);
  if (type & vscode.FileType.File) {
    if (ARTICLE.test(folder.path)) into.push(folder);
    return;
  }
  const entries = (await vscode.workspace.fs.readDirectory(folder)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, kind] of entries) {
    if (into.length >= MAX_FILES) return;
    if (name.startsWith('.') || SKIPPED.has(name)) continue;
    const child = vscode.Uri.joinPath(folder, name);
    // A linked folder is not followed: a link back up the tree would never end.
    if (kind & vscode.FileType.SymbolicLink && kind & vscode.FileType.Directory) continue;
    if (kind & vscode.FileType.Directory) await collect(child, into);
    else if (kind & vscode.FileType.File && ARTICLE.test(name)) into.push(child);
  }
}
