import * as vscode from 'vscode';
import type { EventGroup } from '../core/events/cluster';

export type EventNode = { kind: 'event'; event: EventGroup };
export type ArticleNode = { kind: 'article'; event: EventGroup; article: EventGroup['articles'][number] };
export type Node = EventNode | ArticleNode;

/** Events → articles. Ids are stable (event id, article URI) and getParent works, so reveal works. */
export class EventsTreeProvider implements vscode.TreeDataProvider<Node> {
  private groups: EventGroup[] = [];
  private readonly eventNodes = new Map<string, EventNode>();
  private readonly articleNodes = new Map<string, ArticleNode>();
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly problemCount: (id: string) => number) {}

  get events(): readonly EventGroup[] {
    return this.groups;
  }

  setEvents(groups: EventGroup[]): void {
    this.groups = groups;
    this.eventNodes.clear();
    this.articleNodes.clear();
    for (const event of groups) {
      this.eventNodes.set(event.id, { kind: 'event', event });
      for (const article of event.articles) this.articleNodes.set(article.id, { kind: 'article', event, article });
    }
    this.changed.fire(undefined);
  }

  /** Problems changed somewhere: labels and badges are redrawn. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  /**
   * One article's problems changed (a check of its editor): only its item is redrawn. Redrawing the
   * whole tree after every check rebuilt every item of a large corpus on the host, keystroke by keystroke.
   */
  refreshArticle(uri: vscode.Uri): void {
    const node = this.articleNodes.get(uri.toString());
    if (node) this.changed.fire(node);
  }

  articleNode(uri: vscode.Uri): ArticleNode | undefined {
    return this.articleNodes.get(uri.toString());
  }

  getChildren(node?: Node): Node[] {
    if (!node) return [...this.eventNodes.values()];
    if (node.kind === 'event') return node.event.articles.map((a) => this.articleNodes.get(a.id)).filter((n): n is ArticleNode => !!n);
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'article' ? this.eventNodes.get(node.event.id) : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'event') {
      const n = node.event.articles.length;
      const item = new vscode.TreeItem(node.event.title || '(untitled)', n > 1 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `event:${node.event.id}`;
      const span = node.event.dateSpan ? ` · ${node.event.dateSpan.from}${node.event.dateSpan.to !== node.event.dateSpan.from ? `–${node.event.dateSpan.to}` : ''}` : '';
      item.description = leftToRight(`${n} article${n === 1 ? '' : 's'}${span}`);
      item.contextValue = 'event';
      item.iconPath = new vscode.ThemeIcon(n > 1 ? 'layers' : 'file');
      return item;
    }
    const uri = vscode.Uri.parse(node.article.id);
    const item = new vscode.TreeItem(node.article.title || vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.None);
    item.id = node.article.id;
    item.resourceUri = uri;
    const problems = this.problemCount(node.article.id);
    const notes = [vscode.workspace.asRelativePath(uri), node.article.sharedTerms > 0 ? `${node.article.sharedTerms} shared` : '', problems > 0 ? `${problems} spacing` : '', node.article.duplicateOf ? 'duplicate' : '', node.article.note ?? ''].filter(Boolean);
    item.description = leftToRight(notes.join(' · '));
    item.tooltip = new vscode.MarkdownString(`**${escapeMd(node.article.title)}**\n\n${notes.map(escapeMd).join('  \n')}`);
    item.contextValue = 'article';
    item.iconPath = new vscode.ThemeIcon(problems > 0 ? 'warning' : 'file-text');
    item.command = { title: 'Open', command: 'vscode.open', arguments: [uri] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * A description that starts with a left-to-right mark: VS Code draws it in the same line as the
 * Arabic label, and without the mark its leading digits join the label's right-to-left run (the
 * count showed glued to the title: "…في السلي5").
 */
function leftToRight(s: string): string {
  return '\u200e' + s;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
