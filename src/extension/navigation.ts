import * as vscode from 'vscode';
import type { ArticleNode, EventsTreeProvider } from './eventsTree';

/** The article `step` places away from `uri` in its event (cyclic), or undefined when it is alone. */
export function relatedArticle(tree: EventsTreeProvider, uri: vscode.Uri, step: number): vscode.Uri | undefined {
  const node = tree.articleNode(uri);
  if (!node || node.event.articles.length < 2) return undefined;
  const list = node.event.articles;
  const i = list.findIndex((a) => a.id === node.article.id);
  return vscode.Uri.parse(list[(i + step + list.length) % list.length].id);
}

/** The article a command is about: the tree item it was invoked on, else the active editor's. */
export function targetArticle(tree: EventsTreeProvider, node?: ArticleNode): ArticleNode | undefined {
  if (node?.kind === 'article') return node;
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && tree.articleNode(uri);
}

export async function openRelated(tree: EventsTreeProvider, step: number, beside = false, node?: ArticleNode): Promise<vscode.TextEditor | undefined> {
  const from = targetArticle(tree, node);
  if (!from) {
    void vscode.window.showInformationMessage('Tadqiq: the active file is not an article of the corpus.');
    return undefined;
  }
  const to = relatedArticle(tree, vscode.Uri.parse(from.article.id), step);
  if (!to) {
    void vscode.window.showInformationMessage('Tadqiq: no other article reports this event.');
    return undefined;
  }
  if (beside && node) await vscode.window.showTextDocument(vscode.Uri.parse(from.article.id), { preview: false, viewColumn: vscode.ViewColumn.One });
  return vscode.window.showTextDocument(to, { preview: !beside, viewColumn: beside ? vscode.ViewColumn.Beside : undefined });
}
